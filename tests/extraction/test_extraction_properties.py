"""Properties: the normaliser and the extractor never raise; normalising is idempotent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jindu.extraction import extract, normalize, to_json

REPORT_ALPHABET = (
    "0123456789.,%，。；：、（）()“”\n 　０１２％．年月日万亿元家件个项人多余超过约近不足以上左右"
    "同比增长下降完成率目标计划将培育分别和序时进度个百分点第三千百十一二两〇"
    "創(chuàng)新驅(qū)動(dòng)發(fā)展工業投資GDPXabcāáǎà"
    "|||\t\t单位表县区"  # tables: cells split by bars or tabs, a units line
)
report_like = st.text(alphabet=REPORT_ALPHABET, max_size=200)
anything = st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.one_of(report_like, anything))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize(text)
    assert normalize(once.text).text == once.text
    assert len(once.offsets) == len(once.text)
    assert all(0 <= o < len(text) for o in once.offsets)


@settings(max_examples=300, deadline=None)
@given(st.one_of(report_like, anything))
def test_extract_never_raises_and_spans_are_inside_the_text(text: str) -> None:
    result = extract(text)
    to_json(result)
    for figure in result.figures:
        assert 0 <= figure.span[0] <= figure.span[1] <= len(text)
