"""Read Arabic and Chinese numerals (数字): 42, 3.92, 1.4万亿, 三千多万, 千亿, 二〇一六.

Values are exact ``Decimal``; a stated ``92.50`` keeps its two decimals because
the number of decimals tells how the figure was rounded.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from jindu.extraction.units import MULTIPLIERS

CHINESE_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
NUMERAL_CHARS = "".join(CHINESE_DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
# 4兆2,664亿元, 1.3兆元 (Taiwan): 兆 is 万亿; not among NUMERAL_CHARS, as 兆瓦 is a unit of power
TRILLION = "兆"

_ARABIC = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]*\.[0-9]+")
_TOKEN = re.compile(rf"[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?|[{NUMERAL_CHARS}{TRILLION}]")
_TRAILING_MULTIPLIER = re.compile(f"(万亿|{TRILLION}|亿|万)$")


# 7億580萬4千元 (Taiwan): written down to the thousand, so counted in thousands (705804千元)
_TRAILING_THOUSANDS = re.compile("[萬万亿億][0-9,]*[0-9](千)$")


class NumberReading(NamedTuple):
    """A number as written: ``三千多万`` → value 3000, ``multiplier`` 万, ``more`` True."""

    value: Decimal
    multiplier: str
    more: bool
    arabic: bool


def parse_arabic(text: str) -> Decimal | None:
    if not _ARABIC.fullmatch(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def parse_number(text: str) -> Decimal | None:
    """Arabic, Chinese or mixed numerals to an exact Decimal; None when unreadable."""
    if not text:
        return None
    arabic = parse_arabic(text)
    if arabic is not None:
        return arabic
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != text:
        return None
    if len(tokens) > 1 and all(t in CHINESE_DIGITS for t in tokens):
        if len(tokens) == 2 and not {"零", "〇"} & set(tokens):
            return None  # 五六家, 分列二三位: five or six, second and third; no number
        # 二〇一六: digit by digit
        return Decimal("".join(str(CHINESE_DIGITS[t]) for t in tokens))
    return _positional(tokens)


def _positional(tokens: list[str]) -> Decimal | None:
    trillions = Decimal(0)  # 4兆2,664亿: what came before 兆 is not multiplied by 亿 again
    total = Decimal(0)
    section = Decimal(0)
    number: Decimal | None = None
    for token in tokens:
        if token in SMALL_UNITS:
            # 三千零十一: a ten after 零 is one ten
            section += (number if number else Decimal(1)) * SMALL_UNITS[token]
            number = None
        elif token in BIG_UNITS or token == TRILLION:
            if number is not None:
                section += number
            if section == 0 and total == 0:
                section = Decimal(1)
            if token == TRILLION:
                trillions, total = trillions + (total + section) * 10**12, Decimal(0)
            elif token == "亿":
                total = (total + section) * BIG_UNITS[token]
            else:
                total += section * BIG_UNITS[token]
            section = Decimal(0)
            number = None
        else:
            value = Decimal(CHINESE_DIGITS[token]) if token in CHINESE_DIGITS else None
            if value is None:
                value = parse_arabic(token)
            if value is None or (number is not None and number != 0):
                return None
            number = value
    return trillions + total + section + (number if number is not None else Decimal(0))


@lru_cache(maxsize=16384)
def read_number(run: str) -> NumberReading | None:
    """Split a run such as ``1.4万亿`` or ``3000多万`` into value, multiplier and 多."""
    if _ARABIC.fullmatch(run):
        return NumberReading(Decimal(run.replace(",", "")), "", False, True)  # most runs
    more = False
    for mark in ("多", "余"):
        if mark in run:
            more = True
            run = run.replace(mark, "", 1)
    multiplier = ""
    found = _TRAILING_MULTIPLIER.search(run) or _TRAILING_THOUSANDS.search(run)
    if found:
        multiplier = found.group(1)
        run = run[: found.start(1)]
    if multiplier == "万亿" and not run:
        value: Decimal | None = Decimal(1)  # 首超万亿元, 突破万亿: one 万亿
    elif multiplier and any(big in run for big in (*BIG_UNITS, TRILLION)):
        # 一亿二千万: read the whole number, then express it in the trailing multiplier
        whole = parse_number(run + multiplier)
        value = None if whole is None else whole / MULTIPLIERS[multiplier]
    else:
        value = parse_number(run)
    if value is None:
        return None
    arabic = any(map(str.isdigit, run))
    return NumberReading(value=value, multiplier=multiplier, more=more, arabic=arabic)
