"""Normalising report text: pinyin artefacts, traditional characters, widths, spaces."""

from __future__ import annotations

from jindu.extraction import normalize


def test_pinyin_after_a_character_is_dropped_when_it_is_that_characters_reading() -> None:
    assert normalize("創(chuàng)新驅(qū)動(dòng)發(fā)展").text == "创新驱动发展"


def test_brackets_that_are_not_readings_stay() -> None:
    text = "研发投入(含)占GDP(2023年)比重(GDP)，长(cháng)期"
    # (cháng) is a reading of 长, so it goes; the others are real brackets
    assert normalize(text).text == "研发投入(含)占GDP(2023年)比重(GDP)，长期"


def test_a_latin_word_that_is_not_the_reading_stays() -> None:
    assert normalize("企业(abc)").text == "企业(abc)"
    assert normalize("企业(hé)").text == "企业(hé)"


def test_full_width_digits_and_percent_become_ascii() -> None:
    assert normalize("完成率８１．２５％").text == "完成率81.25%"


def test_spaces_inside_numbers_and_letters_go() -> None:
    assert normalize("新增 1 .1万家，G D P增长 5 %").text == "新增1.1万家，GDP增长5%"


def test_a_line_break_inside_a_sentence_goes_and_a_paragraph_break_stays() -> None:
    assert (
        normalize("全市高新技术企业达到\n1032家。\n\n下一步").text
        == "全市高新技术企业达到1032家。\n\n下一步"
    )
    # a blank line ends a paragraph even after a line without punctuation, and stays so
    once = normalize("牵头单位:区发改局\n\n2.规模以上工业增加值增长5%左右。").text
    assert once == "牵头单位：区发改局\n\n2.规模以上工业增加值增长5%左右。"
    assert normalize(once).text == once


def test_a_list_wrapped_at_its_comma_goes_on() -> None:
    text = "城镇、\n农村居民人均可支配收入分别增长6.1%\n、7.3%。"
    assert normalize(text).text == "城镇、农村居民人均可支配收入分别增长6.1%、7.3%。"
    assert normalize("完成投资12亿元，\n同比增长5%").text == "完成投资12亿元，同比增长5%"
    assert normalize("一是工业，\n\n二是农业").text == "一是工业，二是农业"  # as before


def test_a_heading_line_keeps_its_line_break() -> None:
    assert normalize("（一）企业培育\n全市新增").text == "(一)企业培育\n全市新增"


def test_ascii_commas_become_clause_commas_but_thousands_separators_stay() -> None:
    assert normalize("上午,全市1,286项").text == "上午，全市1,286项"


def test_offsets_map_back_to_the_original_text() -> None:
    original = "完成工業(yè)投資14億(yì)元"
    normalized = normalize(original)
    start = normalized.text.index("14")
    end = start + len("14亿元")
    source = original[slice(*normalized.to_original(start, end))]
    assert source == "14億(yì)元"


def test_doubled_marks_of_a_converter_become_one() -> None:
    result = normalize("分别增长6%,、9%,,居民消费价格涨幅3%左右,。")
    assert result.text == "分别增长6%、9%，居民消费价格涨幅3%左右。"
    # every character kept still points at its place in the original
    assert result.original[result.offsets[result.text.index("9")]] == "9"
    assert result.original[result.offsets[result.text.index("居")]] == "居"


def test_a_de_typed_twice_before_a_number_is_one() -> None:
    result = normalize("完成投资12.8亿元，占年度目标的的96.4%，达到了目的的确很好")
    assert result.text == "完成投资12.8亿元，占年度目标的96.4%，达到了目的的确很好"
    assert result.original[result.offsets[result.text.index("96")]] == "9"


def test_a_full_stop_written_for_the_point_of_a_rate_is_a_point() -> None:
    text = "全年规模以上工业增加值增長4。2%，比上年提高0。7個百分點。全年完成3。6月份任务。"
    result = normalize(text)
    assert "增长4.2%" in result.text and "提高0.7个百分点" in result.text
    assert "完成3。6月份" in result.text  # a sentence that ends before a month stays two


def test_a_list_of_percentages_wrapped_before_he_goes_on() -> None:
    # own words: a PDF line ends after 6.2% and the next begins with 和
    assert normalize("两项分别增长6.2%\n和7.4%。").text == "两项分别增长6.2%和7.4%。"
