"""Normalise report text (规范化) and keep a map back to the original.

Steps, in order: drop pinyin a broken converter inserted after characters
(創(chuàng)新 → 創新, only when the bracket holds a reading of the character before
it), traditional → simplified (OpenCC ``t2s``), full-width → half-width where it
matters for numbers, and whitespace: spaces inside numbers and between Chinese
characters go, hard line breaks inside sentences go, blank lines stay as one
line break. Every character of the result knows the index of the original
character it came from, so a figure can show its source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import opencc
from pypinyin import Style, pinyin

from jindu.extraction.numerals import parse_number
from jindu.extraction.units import ANY_UNIT

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007"
_TONE_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿêếềɑɡ\u0300-\u036f"
# The patterns that scan a whole text start with the character they look for and look
# behind it only then: the engine skips quickly to a character it knows, but tries a
# pattern that opens with a look-behind at every position.
_READING = rf"[{_TONE_LETTERS} ]{{1,60}}[)）]"  # after the opening bracket
_PINYIN_BRACKETS = re.compile(
    rf"[(（](?<=[{_CJK}][(（]){_READING}(?:[(（]{_READING})*", re.IGNORECASE
)
_ONE_BRACKET = re.compile(r"[(（]([^()（）]*)[)）]")
# 公办(繁体:辦), 二(读:èr), 其中{拼音:zhōng}: a converter's notes on the character before,
# labelled, in any kind of bracket
_LABELLED_NOTE = re.compile(
    r"[(（\[【《{](?:繁体字|繁体|繁|简体|读音|读|拼音|注音|练|pinyin)[:：]"
    r"[^()（）\[\]【】《》{}，。；]{1,12}[)）\]】》}]",
    re.IGNORECASE,
)
# 古浪làng 县: a reading written straight after its character, without brackets
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹńň"
_TONED_LETTER = re.compile(f"[{_TONED}]")
_BARE_READING = re.compile(
    rf"(?<=[{_CJK}])[a-z{_TONED}]*[{_TONED}][a-z{_TONED}]* ?(?=[{_CJK}])", re.IGNORECASE
)
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_WHITESPACE = re.compile("[ \t\r\n\u00a0\u3000\u2002\u2003\u2009\u202f\u000b\u000c]+")
# 现价人均地区生产总值[2]36935元: a footnote marker after a word (web pages of reports)
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff”）)])(?:\[[0-9]{1,2}\])+")
# 248(取整数,下同)亿元: an aside between a number and its unit goes (the span keeps it)
_ASIDE_BEFORE_UNIT = re.compile(
    rf"\((?<=[0-9]\()[^()0-9%]{{2,16}}\)(?=(?:万亿|亿|万|千)?(?:{ANY_UNIT}))"
    # 较上(105)年同月: the year of the Republic named in an aside of 上年 (Taiwan)
    r"|\((?<=[上去前]\()1?[0-9]{2}\)(?=年)"
)
# 规模以上(500万元口径)工业总产值: the basis a statistic is counted on, an aside in its name
_ASIDE_BASIS = re.compile(r"[(（][^()（），。；]{1,12}口径[)）]")
# 4.9个亿: the colloquial 个 before a multiplier (6个亿元以上项目 counts projects: only 个亿
# that ends the phrase goes)
_COLLOQUIAL_GE = re.compile(r"(?<=[0-9十百千两几])个(?=亿元?(?:[，。；、：,;:)）\s]|$))")
# 已开(复)工69个: the two stages said as one, as 开复工 is
_BOTH_STAGES = re.compile(r"开\(复\)工")
# 地区生产总值(GDP,下同)200亿元: an aside that names or qualifies what is said again below
# goes, comma and all (a clause would end at its comma); (下同) alone stays for the reader
_ASIDE_SAME_BELOW = re.compile(r"[(（][^()（）0-9%，,。；]{1,16}[，,]\s*下同[)）]")
# 1089,0827,000元, 18,4055,000元 (Taiwan budgets): digits grouped by ten thousands above the
# last three
_BY_TEN_THOUSANDS = re.compile(r"(?<![0-9.,])[0-9]{1,4}(?:,[0-9]{4})+,[0-9]{3}(?![0-9])")
# a comma that does not group thousands (1,234), a colon that is not in a time (8:30)
_COMMA = re.compile(r",(?:(?<![0-9],)|(?![0-9]{3}(?![0-9])))")
_OTHER_ASCII_PUNCT = re.compile(
    rf":(?:(?<![0-9]:)|(?![0-9]))|;|\?|!|\.(?<=[{_CJK}%]\.)(?=[{_CJK}]|\s|$)(?![^（()）。，；]*[)）])"
)  # 19312万元.各市: a full stop typed as a point
_ASCII_TO_CHINESE = {":": "：", ";": "；", "?": "？", "!": "！", ",": "，", ".": "。"}
_SENTENCE_END = set("。！？；：…!?;:")
_CLOSE_QUOTES = set("”’」』》)")

# Full-width ASCII range → half-width, except the punctuation that Chinese text uses
# as clause separators (，；：！？), which stays full-width.
_KEEP_FULL = set("，；：！？")
_FULL_TO_HALF = {
    code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP_FULL
}
# ﹪ is %, ﹐ a comma, ﹒ (in 1﹒98万个) a point
_FULL_TO_HALF.update({0x3000: 0x20, 0xFE6A: 0x25, 0x2212: 0x2D, 0xFE50: 0xFF0C, 0xFE52: 0x2E})
# 增长15℅: the care-of sign, typed for % by some input methods
_FULL_TO_HALF[0x2105] = 0x25
# 増 (the Japanese form, from pages typed with a Japanese input method, which OpenCC keeps)
# is 增; it rides on the same one-character translation
_FULL_TO_HALF[ord("増")] = ord("增")
# str.translate looks every character up; translating only the runs that need it is
# several times faster on Chinese text, where such characters are sparse.
_FULL_WIDTH = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FULL_TO_HALF)) + "]+")

# 二〇二三年: a year written in Chinese digits is the year in Arabic digits (as long)
# (○ and Ｏ stand for 〇 in some pages: 二○一五年)
_CHINESE_YEAR = re.compile("(?:一九|二[〇零○Ｏ])[〇零○Ｏ一二三四五六七八九]{2}(?=年)")
_YEAR_DIGITS = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")

# 七点〇六%, 一二三点四四, 十三.八%, 四〇三〇亿元, 八七六亿元, 一〇九年 (some Taiwan papers
# write every number in Chinese digits, one by one): the number in Arabic digits. A run is
# read so only where it cannot be words: with a point, a 〇, or three digits before a unit
# (一二三产业 are three industries; 零 is in 零售)
# Taiwan papers also write the point as a middle dot (七四三七·三, 卅七‧九) and 20, 30, 40
# as 廿, 卅, 卌 (增幅达廿六%)
_D = "〇○Ｏ一二三四五六七八九"
_DOT = "·‧・"  # (only before a unit: 五·一劳动节 is a day)
_POINT = "点." + _DOT
_SCORES = {"廿": 20, "卅": 30, "卌": 40}
_DIGITS_ONE_BY_ONE = re.compile(
    # (the look-ahead for the first character spares the engine a try at every position)
    rf"(?=[{_D}十廿卅卌两])(?<![{_D}十百千万亿零两廿卅卌])(?:"
    # 两百一十九点八, 三千零十一点一: hundreds and thousands, then the point
    rf"(?P<whole>[一二三四五六七八九两][百千][{_D}十百千两零]*)[点][{_D}]+(?![{_D}十百千滴线])|"
    rf"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[廿卅卌][一二三四五六七八九]?|[{_D}]+)"
    rf"(?:[点.][{_D}]+(?![{_D}十百千滴线])|[{_DOT}][{_D}]+(?=[%亿万兆个倍]))"
    rf"|[一二三四五六七八九][{_D}]*[〇○Ｏ][{_D}]*(?![{_D}十百千])"
    rf"|[一二三四五六七八九][{_D}]{{2,}}(?=[亿万%])"
    rf"|[廿卅卌][一二三四五六七八九]?(?=%)"
    ")"
)
_ONE_BY_ONE = str.maketrans(_D + _POINT, "000123456789" + "." * len(_POINT))
_TENS = re.compile("(?:([一二三四五六七八九]?)十|([廿卅卌]))([一二三四五六七八九]?)")


def _arabic_digits(match: re.Match[str]) -> str:
    text = match.group(0)
    if match.group("whole"):
        integer = parse_number(match.group("whole").replace("〇", "零"))
        if integer is None:
            return text
        return f"{integer}" + text[len(match.group("whole")) :].translate(_ONE_BY_ONE)
    tens = _TENS.match(text)
    if tens:  # 十三.八, 二十.五, 廿六
        tens_digit, score, ones = tens.groups()
        whole = _SCORES[score] if score else int(tens_digit.translate(_ONE_BY_ONE) or 1) * 10
        whole += int(ones.translate(_ONE_BY_ONE) or 0)
        return str(whole) + text[tens.end() :].translate(_ONE_BY_ONE)
    return text.translate(_ONE_BY_ONE)


_converter = opencc.OpenCC("t2s")


@dataclass(frozen=True)
class Normalized:
    """Normalised text with ``offsets[i]`` = index in ``original`` of ``text[i]``."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to one of the original text."""
        if not self.offsets:
            return (0, 0)
        start = min(max(start, 0), len(self.offsets) - 1)
        end = min(max(end, start), len(self.offsets))
        if end == start:
            pos = self.offsets[start]
            return (pos, pos)
        return (self.offsets[start], self.offsets[end - 1] + 1)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch == "〇")


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """Every reading pypinyin knows for ``char`` and its simplified form, tone-marked and
    without tones (some pages insert 现(xian)落户(hu))."""
    found: set[str] = set()
    for form in {char, _converter.convert(char)}:
        for style in (Style.TONE, Style.NORMAL):
            for options in pinyin(form, heteronym=True, style=style, errors="ignore"):
                found.update(unicodedata.normalize("NFC", o).lower() for o in options)
    return frozenset(found)


def _is_reading(chars: str, bracket: str) -> bool:
    syllables = unicodedata.normalize("NFC", bracket).lower().replace("ɡ", "g").split()
    if not syllables or len(syllables) > len(chars):
        return False
    tail = chars[len(chars) - len(syllables) :]
    return all(syl in _readings(ch) for ch, syl in zip(tail, syllables, strict=True))


Edit = Callable[[re.Match[str]], str | None]


def _rewrite(
    text: str, offsets: list[int], pattern: re.Pattern[str], edit: Edit
) -> tuple[str, list[int]]:
    """Apply ``edit`` to every match (``None`` keeps it) and carry the offsets along."""
    parts: list[str] = []
    new_offsets: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        replacement = edit(match)
        if replacement is None or replacement == match.group(0):
            continue
        start, end = match.span()
        parts.append(text[last:start])
        new_offsets.extend(offsets[last:start])
        parts.append(replacement)
        if len(replacement) == end - start:
            new_offsets.extend(offsets[start:end])
        else:
            new_offsets.extend([offsets[start]] * len(replacement))
        last = end
    if not parts:
        return text, offsets
    parts.append(text[last:])
    new_offsets.extend(offsets[last:])
    return "".join(parts), new_offsets


def _drop_pinyin(match: re.Match[str]) -> str | None:
    text = match.string
    context = text[max(0, match.start() - 8) : match.start()]
    chars = "".join(ch for ch in context if _is_cjk(ch))  # (the same for every bracket)
    kept: list[str] = []
    for bracket in _ONE_BRACKET.finditer(match.group(0)):
        syllables = bracket.group(1).split()
        if chars and len(syllables) <= len(chars) and _is_reading(chars, bracket.group(1)):
            continue
        kept.append(bracket.group(0))
    return "".join(kept)


def _drop_bare_reading(match: re.Match[str]) -> str | None:
    before = match.string[match.start() - 1]
    return "" if _is_reading(before, match.group(0).strip()) else None


_CLAUSE_GOES_ON = frozenset(",，、;；:：")
# 分地区完成情况详见下表：<blank line>地区…: the table below opens a block of its own
_TABLE_BELOW = re.compile(r"(?:下表|附表|如下表)[:：]$")


def _space(match: re.Match[str]) -> str | None:
    text = match.string
    start, end = match.span()
    left = text[start - 1] if start > 0 else ""
    right = text[end] if end < len(text) else ""
    run = match.group(0)
    breaks = run.count("\n") + (run.count("\r") if "\n" not in run else 0)
    if not left or not right:
        return ""
    if breaks >= 2 and left in _CLAUSE_GOES_ON and not _TABLE_BELOW.search(_line_to(text, start)):
        return ""  # 收入完成1175.4亿元，<blank line>同口径增长7%: a page break inside a sentence
    if breaks >= 2 and _is_cjk(left) and _AMOUNT_OPENS.match(text, end):
        return ""  # 筹措到位资金<blank line>95603万元: a page break before the amount
    if breaks >= 2:
        return "\n\n"  # a blank line stays a paragraph break, also when normalised again
    if breaks == 1 and left == "." and right.isdigit() and text[start - 2 : start - 1].isdigit():
        # 同比增长8.\n3%: a line wrapped after the point of a number (not a heading's "4.")
        return "\n" if _numbers_a_heading(text, start - 1) else ""
    if breaks == 1:
        joinable = (_is_cjk(left) or left.isalnum()) and (_is_cjk(right) or right.isalnum())
        joinable = joinable or (left.isdigit() and right in "%‰")  # 97\n%
        joinable = joinable or (left in "%‰" and right in "和与及或至到")  # 增长8.5%\n和9%
        # 城镇、\n农村居民, 57.20%\n、56.37%: a list wrapped at its comma goes on
        joinable = joinable or (left in "，,、" and right != "\n") or right in "、，,"
        if left in _SENTENCE_END or not joinable or _is_heading(text, start):
            return "\n"
        if (
            _ITEM_OPENS.match(text, end)
            or _next_item(text, end)
            or _table_row(text, end)
            or _table_row(text, start, -1)
            or _spaced_row(text, end)
            or _spaced_row(text, start - 1)
            or _labelled_lines(text, start, end)
        ):
            # 长葛市 91.06分\n第二名：禹州市…: a list of one item a line; 单位：亿元\n隶属|…: the
            # lines of a table and those above it
            return "\n"
        return ""
    if breaks == 0 and _is_cjk(left) and _is_cjk(right) and _spaced_heading(text, start):
        return "\n"  # (二)目标任务 完成国家创新型县…: a heading, spaced off from its text
    if "\t" in run and _table_row(text, text.rfind("\n", 0, start) + 1):
        return "|"  # 高新技术企业\t家\t80: the cells of a table copied from a sheet
    if breaks == 0 and _spaced_row(text, start):
        if _word_spaced_out(text, start, end):
            return ""  # 序号 考核指标 单 位 工作目标: one header word, spaced out to fit
        return "|"  # 2 湖北 3053 2660 87.1%: the cells of a table copied from a PDF
    if _is_cjk(left) or _is_cjk(right) or not left.isascii() or not right.isascii():
        return ""
    if left == "." and right.isdigit() and _numbers_a_heading(text, start - 1):
        return " "  # 4. 4个重点州增速低于全省水平: a heading's number, then a figure
    if (left.isdigit() or left == ".") and (right.isdigit() or right in ".%"):
        return ""
    if left in "-~" and right.isdigit() and text[start - 2 : start - 1].isdigit():
        return ""  # 1- 8月: a span of months
    if _single_capital(text, start - 1, -1) and _single_capital(text, end, 1):
        return ""
    return " "


# a cell of a table copied from a PDF with spaces between the cells
_SPACED_NUMBER = re.compile(r"[-−]?[0-9][0-9,]*(?:\.[0-9]+)?%?")
_SPACED_MIN_CELLS = 3
_ROW_MAX = 200  # characters: a longer line is prose, not a row
_NOT_A_ROW = re.compile("[，。；：,;:]")


_LABEL_REACH = 16  # characters from a line's start to the colon after its label


def _labelled_lines(text: str, start: int, end: int) -> bool:
    """GDP总量第一：成都 2968.49亿元<line>GDP增速第一：阿坝 10.3%: lines each a label, a colon
    and what it labels, one item a line."""
    line = text.rfind("\n", 0, start) + 1
    return (
        "：" in text[line : min(start, line + _LABEL_REACH)]
        and "：" in text[end : end + _LABEL_REACH].split("\n", 1)[0]
    )


def _spaced_row(text: str, at: int) -> bool:
    """Whether the line ``at`` is on is a row of a table whose cells are split by spaces:
    three cells or more, no clause marks, and two numbers (or, for a header, a row of numbers
    on one of the two lines below), beside another such line."""
    line = _short_line(text, at)
    kind = _spaced_kind(text, *line) if line else None
    if line is None or kind is None:
        return False
    below = _short_line(text, line[1] + 1) if line[1] < len(text) else None
    nxt = _spaced_kind(text, *below) if below else None
    if kind == "header":
        after = _short_line(text, below[1] + 1) if below and below[1] < len(text) else None
        return nxt == "numbers" or (
            nxt == "header" and after is not None and _spaced_kind(text, *after) == "numbers"
        )
    above = _short_line(text, line[0] - 1) if line[0] > 0 else None
    return nxt is not None or (above is not None and _spaced_kind(text, *above) is not None)


def _word_spaced_out(text: str, start: int, end: int) -> bool:
    """Whether the space between ``start`` and ``end`` splits a two-character word of a
    header row (单 位, 备  注): a lone Chinese character on each side."""
    if not (_is_cjk(text[start - 1]) and _is_cjk(text[end])):
        return False
    if start >= 2 and not text[start - 2].isspace():
        return False
    if end + 1 < len(text) and not text[end + 1].isspace():
        return False
    line = _short_line(text, start)
    return line is not None and _spaced_kind(text, *line) == "header"


def _short_line(text: str, at: int) -> tuple[int, int] | None:
    """The bounds of the line ``at`` is on, if it is short enough to be a row of a table (the
    search stops there, so that a long line costs no more than a short one)."""
    lo = text.rfind("\n", max(0, at - _ROW_MAX), at) + 1
    if lo == 0 and at > _ROW_MAX:
        return None
    end = text.find("\n", at, at + _ROW_MAX)
    if end < 0:
        if len(text) - at > _ROW_MAX:
            return None
        end = len(text)
    return lo, end


def _spaced_kind(text: str, lo: int, hi: int) -> str | None:
    """ "numbers" for a line of spaced cells with two numbers or more, "header" for one with
    none, None for anything else."""
    line = text[lo:hi]
    cells = line.split()
    if len(cells) < _SPACED_MIN_CELLS or _NOT_A_ROW.search(line) or "|" in line:
        return None
    numbers = sum(1 for cell in cells if _SPACED_NUMBER.fullmatch(cell))
    if numbers >= 2 and any(_is_cjk(cell[0]) for cell in cells):
        return "numbers"
    return "header" if numbers == 0 else None


def _numbers_a_heading(text: str, point: int) -> bool:
    """Whether the point at ``point`` ends a heading's number (1 or 2 digits opening a line)."""
    first = point
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    opens = first == 0 or text[first - 1] in "\n" or text[first - 1] in _SENTENCE_END
    return 1 <= point - first <= 2 and opens


_AMOUNT_OPENS = re.compile(rf"[0-9][0-9.,]*\s*(?:万亿|亿|万|千)?(?:{ANY_UNIT})")
_HEADING = re.compile(
    r"\s*(?:[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．])"
)


# 第二名：, 第3名 opening a line: the next item of a ranking, not the rest of a sentence;
# 单位：个、亿元: the units of the table below
_ITEM_OPENS = re.compile(r"第[0-9一二三四五六七八九十]{1,3}名|[（(]?(?:计量)?单位\s*[:：]")
# …其中10家在原特区外\n2、全市常住人口…: the next item of a numbered list, a line each
_NUMBERED_ITEM = re.compile(r"([1-9][0-9]?)[、．](?![0-9])")
_LIST_REACH = 400  # characters back to the item before


def _table_row(text: str, at: int, step: int = 1) -> bool:
    """Whether the line after ``at`` (before it, with ``step`` -1) is a row of a table: cells
    split by two bars or more (or tabs)."""
    if step > 0:
        end = text.find("\n", at)
        line = text[at : len(text) if end < 0 else end]
    else:
        line = _line_to(text, at)
    return line.count("|") + line.count("\t") >= 2


def _line_to(text: str, end: int) -> str:
    """The line ``end`` is on, up to ``end``."""
    return text[text.rfind("\n", 0, end) + 1 : end]


def _next_item(text: str, at: int) -> bool:
    """Whether the line from ``at`` opens item N of a list whose item N-1 opened a line
    not far before (a page number wrapped into a sentence opens none)."""
    item = _NUMBERED_ITEM.match(text, at)
    if item is None:
        return False
    before = f"{int(item.group(1)) - 1}{text[item.end(1)]}"
    lo = max(0, at - _LIST_REACH)
    return f"\n{before}" in text[lo:at] or (lo == 0 and text.startswith(before))


def _is_heading(text: str, end: int) -> bool:
    """A line such as ``（一）企业培育`` or ``二、研发投入`` is a heading, not a broken sentence."""
    line = _line_to(text, end)
    return bool(_HEADING.match(line)) and not any(ch in line for ch in "，。；,;")


_HEADING_WORDS = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _spaced_heading(text: str, end: int) -> bool:
    """(二)目标任务 完成…: the line so far is a numbered heading of a few words."""
    line = _line_to(text, end)
    numbered = _HEADING.match(line)
    return numbered is not None and bool(_HEADING_WORDS.fullmatch(line, numbered.end()))


def _single_capital(text: str, index: int, step: int) -> bool:
    """True for a capital letter standing alone, as in ``G D P``."""
    if not ("A" <= text[index] <= "Z"):
        return False
    beyond = index + step
    return not (0 <= beyond < len(text) and text[beyond].isalpha() and text[beyond].isascii())


# variants OpenCC keeps that simplified reports write otherwise (賸餘數 → 剩余数, 化粧品 → 化妆品)
_VARIANTS = {"賸": "剩", "粧": "妆", "祇": "只"}


def _simplified(text: str) -> str:
    converted: str = _converter.convert(text)
    for variant, simple in _VARIANTS.items():
        if variant in converted:  # (a search per variant: str.translate looks up every char)
            converted = converted.replace(variant, simple)
    return converted


def _to_simplified(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    converted = _simplified(text)
    if len(converted) == len(text):
        return converted, offsets
    # Rare phrase conversions change the length: convert per character to keep the map.
    parts: list[str] = []
    new_offsets: list[int] = []
    for ch, off in zip(text, offsets, strict=True):
        simple = _simplified(ch)
        parts.append(simple)
        new_offsets.extend([off] * len(simple))
    return "".join(parts), new_offsets


# 分别增长7%,、8%,, and 结果,。 (a converter's doubled marks): the first of two goes
# (one class first, the look-behind after it: the engine scans for the class)
_DOUBLED_MARK = re.compile("[，、](?:(?=[，、；。！？])|(?<=[。；！？][，、]))")
# 占年度目标的的105.62%: a 的 typed twice before a number (目的的, 的的确确 are words)
_DOUBLED_OF = re.compile("的+(?=的[0-9])")


# 增长3。6%, 提高0。5个百分点: a converter made the point of a number a full stop
# (…2975。55亿元: an amount of money or a measure, too; a count of 家 or 个 has no point)
_STOP_AS_POINT = re.compile(
    r"。(?<=[0-9]。)(?=[0-9]+(?:%|个百分点|(?:万亿|亿|万)?(?:元|美元)|(?:万)?(?:吨|亩|平方米|公里)))"
)


# 按年上升12.3% (Hong Kong and Macau): the same year-on-year comparison as 同比
_YEAR_ON_YEAR = re.compile(
    "按年(?=(?:分别|实质|实际|名义)?(?:上升|下跌|下降|增加|减少|增长|升|跌|上涨|回落|收缩))"
)


# 规上工№业增加值, 全⌒县, 三大园区▂增加值: a symbol dropped inside a word by a spam filter
# (letterlike symbols but ℃, arrows, mathematical and technical signs, box drawing, shapes,
# miscellaneous symbols, dingbats, 〖〗; not ○ or ◯, written for zero)
_SYMBOL = re.compile(
    "[\u2100-\u2102\u2104-\u2108\u210a-\u214f\u2190-\u21ff\u2200-\u22ff\u2300-\u23ff"
    "\u2500-\u25ca\u25cc-\u25ee\u25f0-\u27bf\u3016\u3017]"
)
# 城镇新增就业70万人以上 ●居民消费价格涨幅2%左右: a bullet after words on its line, spaced
# off, opens the next item (a slide or a poster run together)
_BULLET_ITEM = re.compile(
    "(?<=[^\\s。；！？：，、;:,])[ \t\u3000\u00a0]+[●■◆▲★•◇□◎]+[ \t\u3000\u00a0]*(?=[^\\s])"
)
_STRAY_SYMBOL = re.compile(f"(?<=[\u4e00-\u9fff]){_SYMBOL.pattern}+(?=[\u4e00-\u9fff])")


def _one_pass(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    # rare characters: looking for each is faster than a scan for any of them
    if any(ch in text for ch in _INVISIBLE_CHARS):
        text, offsets = _rewrite(text, offsets, _INVISIBLE, lambda m: "")
    if any(ch in text for ch in "：:"):
        text, offsets = _rewrite(text, offsets, _LABELLED_NOTE, lambda m: "")
    text, offsets = _rewrite(text, offsets, _PINYIN_BRACKETS, _drop_pinyin)
    if _TONED_LETTER.search(text):
        text, offsets = _rewrite(text, offsets, _BARE_READING, _drop_bare_reading)
    if _SYMBOL.search(text) or "•" in text:  # (a scan for the symbols alone is faster)
        text, offsets = _rewrite(text, offsets, _BULLET_ITEM, lambda m: "；")
        text, offsets = _rewrite(text, offsets, _STRAY_SYMBOL, lambda m: "")
    text, offsets = _to_simplified(text, offsets)
    text = _FULL_WIDTH.sub(lambda m: m.group(0).translate(_FULL_TO_HALF), text)
    if "[" in text:
        text, offsets = _rewrite(text, offsets, _FOOTNOTE, lambda m: "")
    if "(" in text:
        text, offsets = _rewrite(text, offsets, _ASIDE_BEFORE_UNIT, lambda m: "")
    if "(复)" in text:
        text, offsets = _rewrite(text, offsets, _BOTH_STAGES, lambda m: "开复工")
    if "个亿" in text:
        text, offsets = _rewrite(text, offsets, _COLLOQUIAL_GE, lambda m: "")
    if "下同" in text:
        text, offsets = _rewrite(text, offsets, _ASIDE_SAME_BELOW, lambda m: "")
    if "口径" in text:
        text, offsets = _rewrite(text, offsets, _ASIDE_BASIS, lambda m: "")
    if "," in text:
        text, offsets = _rewrite(text, offsets, _BY_TEN_THOUSANDS, lambda m: m[0].replace(",", ""))
    text, offsets = _rewrite(text, offsets, _COMMA, lambda m: "，")
    text, offsets = _rewrite(text, offsets, _DOUBLED_MARK, lambda m: "")
    if "的的" in text:
        text, offsets = _rewrite(text, offsets, _DOUBLED_OF, lambda m: "")
    if "。" in text:
        text = _STOP_AS_POINT.sub(".", text)  # as long as what it replaces: offsets hold
    if "按年" in text:
        text = _YEAR_ON_YEAR.sub("同比", text)  # as long as what it replaces: offsets hold
    if "年" in text and any(ch in text for ch in "〇零九○Ｏ"):
        text = _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_YEAR_DIGITS), text)
    if any(ch in text for ch in "点.〇○Ｏ亿万%" + _DOT):
        text, offsets = _rewrite(text, offsets, _DIGITS_ONE_BY_ONE, _arabic_digits)
    if any(ch in text for ch in ":;?!."):  # (as with invisible characters)
        text, offsets = _rewrite(
            text, offsets, _OTHER_ASCII_PUNCT, lambda m: _ASCII_TO_CHINESE[m.group(0)]
        )
    text, offsets = _rewrite(text, offsets, _WHITESPACE, _space)
    return text, offsets


def normalize(text: str) -> Normalized:
    """Normalise ``text``; normalising the result again changes nothing."""
    offsets: list[int] | None = None  # None while the text is unchanged
    current = text
    for _ in range(4):
        nxt, pass_offsets = _one_pass(current, list(range(len(current))))
        if nxt == current:
            break
        offsets = pass_offsets if offsets is None else [offsets[i] for i in pass_offsets]
        current = nxt
    return Normalized(
        original=text,
        text=current,
        offsets=tuple(range(len(text)) if offsets is None else offsets),
    )
