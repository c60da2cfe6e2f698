"""Numbers and phrases as Chinese officials write them — 通报用语. Pure Python.

- Money: 亿元 and 万元 at 2 decimals, half-up, trailing zeros dropped (14亿元, 7.28亿元; the
  seed prints 14亿元, not 14.00亿元), always in the indicator's own unit: 15278.41万元 stays
  万元 (written 1.53亿元 it could no longer be checked against the data to the 万元). Other
  units keep the indicator's decimals, trimmed (3.92件).
- Rates keep fixed decimals: completion and time progress 2 (55.26%), growth 1 (53.2%), gaps
  in 个百分点 with the rate's decimals. Signs become words: 同比增长 / 同比下降, 超出 / 低于.
- The subject of a sentence follows the indicator's name and kind: a name that starts with a
  verb takes 已 (已培育高新技术企业42家); a flow of money takes 完成 (完成工业投资14亿元); a stock
  of countable things takes 共有 (全市共有省级工程技术研发中心14家); a level or ratio takes 达.
"""

from __future__ import annotations

from decimal import Decimal

from jindu.progress import GROWTH_PLACES, PERCENT_PLACES, Kind, format_amount, format_decimal
from jindu.progress.rounding import round_half_up

MONEY_PLACES = 2

_VERB_STARTS = (
    "培育",
    "新建",
    "新增",
    "引进",
    "建设",
    "建成",
    "认定",
    "培养",
    "组织",
    "开展",
    "实施",
    "兑现",
    "减免",
    "完成",
    "实现",
    "争取",
    "获得",
    "招引",
    "推动",
    "培训",
)
_FLOW_ENDS = ("投资", "投入", "产值", "支出", "成交额", "收入", "销售额", "出口额", "营业额")
_COUNT_UNITS = ("家", "个", "所", "项", "人", "座", "支", "台", "户")
_MONEY = ("亿元", "万元")

_EN_UNITS = {"亿元": "billion yuan", "万元": "million yuan", "%": "%"}


def amount(value: Decimal, unit: str, decimals: int) -> tuple[str, str]:
    """(number, unit) as printed: 14 亿元; 3023.8 万元; 3.922 件 → 3.92 件."""
    if unit in _MONEY:
        return format_amount(value, MONEY_PLACES), unit
    return format_amount(value, decimals), unit


def amount_zh(value: Decimal, unit: str, decimals: int) -> str:
    number, shown = amount(value, unit, decimals)
    return f"{number}{shown}"


def amount_en(value: Decimal, unit: str, decimals: int) -> str:
    """Money in English scale words (14亿元 → 1.4 billion yuan); other units as in Chinese."""
    if unit == "亿元":
        return f"{format_amount(value / 10, MONEY_PLACES + 1)} billion yuan"
    if unit == "万元":
        return f"{format_amount(value / 100, MONEY_PLACES)} million yuan"
    number = format_amount(value, decimals)
    return f"{number}{unit}" if unit == "%" else f"{number} {_EN_UNITS.get(unit, unit)}"


def percent(value: Decimal) -> str:
    return format_decimal(value, PERCENT_PLACES)


def points(value: Decimal, growth: bool = False) -> str:
    """The size of a gap in 个百分点, without its sign (the sign is said in words)."""
    return format_decimal(abs(value), GROWTH_PLACES if growth else PERCENT_PLACES)


def rounds_to_zero(value: Decimal, places: int) -> bool:
    return round_half_up(value, places).is_zero()


def growth_zh(value: Decimal | None, prefix: str = "同比") -> str:
    """同比增长53.2% / 同比下降3.1% / 与上年同期持平."""
    if value is None:
        return ""
    if rounds_to_zero(value, GROWTH_PLACES):
        return "与上年同期持平"
    word = "增长" if value > 0 else "下降"
    return f"{prefix}{word}{format_decimal(abs(value), GROWTH_PLACES)}%"


def target_growth_zh(value: Decimal) -> str:
    """A target growth as stated in the plan: 增长15% (trimmed, not 15.0%)."""
    word = "下降" if value < 0 else "增长"
    return f"{word}{format_amount(abs(value), GROWTH_PLACES)}%"


def growth_en(value: Decimal | None) -> str:
    if value is None:
        return ""
    if rounds_to_zero(value, GROWTH_PLACES):
        return "level with a year earlier"
    word = "up" if value > 0 else "down"
    return f"{word} {format_decimal(abs(value), GROWTH_PLACES)}% year on year"


def is_flow(kind: str) -> bool:
    return kind in (Kind.CUMULATIVE.value, Kind.GROWTH.value)


def period_zh(year: int, month: int, kind: str) -> str:
    """一季度 / 上半年 / 前三季度 / 全年 / 1—5月 for flows; 截至3月底 for stocks and ratios."""
    if not is_flow(kind):
        return "截至年底" if month == 12 else f"截至{month}月底"
    named = {1: "1月份", 3: "一季度", 6: "上半年", 9: "前三季度", 12: "全年"}
    return named.get(month, f"1—{month}月")


_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def month_en(month: int) -> str:
    return _MONTHS_EN[month - 1]


def period_en(year: int, month: int, kind: str) -> str:
    if not is_flow(kind):
        return f"At the end of {month_en(month)}"
    if month == 1:
        return "In January"
    return f"In January–{month_en(month)}"


def scope_zh(unit: str) -> str:
    """全市 for 开平市, 全区 for 蓬江区, 全县 for a 县; nothing for a department."""
    for ending, word in (("市", "全市"), ("区", "全区"), ("县", "全县")):
        if unit.endswith(ending):
            return word
    return ""


def subject_kind(name: str, kind: str, unit: str) -> str:
    """verb (已培育…), flow (完成…投资), stock (共有…), level (…达), or bare (the name alone)."""
    if is_flow(kind):
        if name.startswith(_VERB_STARTS):
            return "verb"
        if unit in _MONEY and name.endswith(_FLOW_ENDS):
            return "flow"
        return "bare"
    if kind == Kind.LEVEL.value and unit in _COUNT_UNITS:
        return "stock"
    return "level"


def subject_zh(name: str, kind: str, unit: str, scope: str = "") -> str:
    """The words before the figure (see the module docstring)."""
    return {
        "verb": f"已{name}",
        "flow": f"完成{name}",
        "stock": f"{scope}共有{name}",
        "level": f"{name}达",
        "bare": name,
    }[subject_kind(name, kind, unit)]


def subject_tail_zh(name: str, kind: str, unit: str) -> str:
    """The subject without its lead word, for the second and later items of a shared clause:
    全市共有A14家、B27家; 已培育A42家、B27家."""
    if subject_kind(name, kind, unit) == "level":
        return f"{name}达"
    return name


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (section numbers; up to 99)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else f"{_DIGITS[tens]}十")
    return head + (_DIGITS[ones] if ones else "")
