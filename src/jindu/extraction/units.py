"""Unit words (单位) and conversions between them (14亿元 ↔ 140000万元)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

PERCENT = "%"
POINTS = "个百分点"

# Base units; a multiplier (万, 亿, 万亿) may stand in front of any of them.
BASE_UNITS: tuple[str, ...] = (
    "个百分点", "百分点", "个点", "%", "‰", "倍",
    "亿美元", "美元", "港元", "澳门元", "欧元", "日元", "元",
    "平方公里", "平方千米", "平方米", "平米", "㎡", "立方米", "公顷", "芯千米",
    "微克/立方米", "毫克/立方米", "微克每立方米", "毫克每立方米",
    # air quality: 53μg/m3 (μ the Greek letter or µ the micro sign)
    "μg/m3", "µg/m3", "μg/m³", "µg/m³", "ug/m3", "mg/m3",
    "人公里", "吨公里", "千米", "公里", "km", "米", "立方", "方",
    "千瓦小时", "千瓦时", "千瓦", "kWh", "KWH", "KWh", "kwh", "兆瓦时", "兆瓦",
    # 农机总动力55万kW, 耕地面积6.1万hm^2
    "kW", "KW", "hm^2", "hm2", "hm²",
    # 万立米 (of earth), 6000延长米 (of pipe), 9.08万m3
    "立米", "延长米", "m3", "m³",
    "吨标准煤", "吨标煤", "吨", "公斤", "千克", "斤", "亩",
    "人次", "件次", "人年", "台次", "台套", "台件", "家次", "场次", "批次", "户次", "天次",
    "剂次", "项次",
    "家", "件", "个", "项", "人", "名", "位", "台", "套",
    "座", "所", "篇", "场", "次", "户", "条", "张", "款", "支", "批", "辆", "部", "只", "份", "宗",
    "头", "册", "车次", "架次", "艘", "例", "期", "度", "分", "成", "笔", "种",
    "起", "趟", "栋", "幢", "间", "处", "剂", "株", "棵", "席", "通", "片", "块",
    "羽", "峰", "口", "匹", "盏", "轮次", "把", "枚", "本", "段", "条段",
    "个工作日", "工作日", "工日", "小时", "天", "台班", "岁",
    # 平均逗留时间为1.3日, 平均住院日9.2日: days, with a decimal (3月5日 is a date)
    "日",
    # ports and transport: 41.89万标箱, 1.2万TEU, 1200班次
    "标箱", "标准箱", "TEU", "班次",
    # 结婚登记10064对 (couples), 养蜂1600箱, 流动红旗22面, 6组, 信件120封
    "对", "箱", "面", "组", "封",
    # 降水量1203毫米, 间隔15分钟, 桥梁320延米, 住院床日2.38床日, 烤烟2.1万担
    "毫米", "分钟", "延米", "床日", "担",
    # 食用菌4000万袋
    "袋",
)  # fmt: skip
# for a regex alternation: 个百分点 is tried before 个, 亿美元 before 美元
LONGEST_FIRST: tuple[str, ...] = tuple(sorted(BASE_UNITS, key=len, reverse=True))
ANY_UNIT = "|".join(re.escape(unit) for unit in LONGEST_FIRST)
COUNT_UNITS = frozenset(
    {"家", "件", "个", "项", "人", "名", "位", "台", "套", "座", "所", "篇", "场", "次", "户",
     "件次", "条", "张", "款", "支", "批", "辆", "部", "只", "份", "宗", "头", "人次", "家次",
     "场次",
     "批次", "册", "车次", "架次", "艘", "例", "台次", "台套", "期", "笔", "种", "项次",
     "起", "趟", "栋", "幢", "间", "处", "户次", "天次", "剂次", "剂", "株", "棵", "席", "通",
     "片", "块", "羽", "峰", "口", "匹", "盏", "轮次", "把", "枚", "本", "段", "条段",
     "标箱", "标准箱", "TEU", "班次", "对", "箱", "面", "组", "封", "袋"}
)  # fmt: skip
MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "兆": Decimal(10) ** 12,  # Taiwan: 1.3兆元
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4,
    "千": Decimal(1000),
    "": Decimal(1),
}
_SAME = {
    "平米": "平方米",
    "百分点": "个百分点",
    "个点": "个百分点",
    "亿美元": "美元",
    "千瓦小时": "千瓦时",
    "kWh": "千瓦时",
    "KWH": "千瓦时",
    "KWh": "千瓦时",
    "kwh": "千瓦时",
    "立方": "立方米",  # 98万方, 82万立方 (of earth): cubic metres
    "立米": "立方米",
    "m3": "立方米",
    "m³": "立方米",
    "方": "立方米",
    "kW": "千瓦",
    "KW": "千瓦",
    "hm^2": "公顷",
    "hm2": "公顷",
    "hm²": "公顷",
}


@lru_cache(maxsize=1024)
def split_unit(unit: str) -> tuple[Decimal, str]:
    """``万元`` → (10000, ``元``); ``亿`` → (10**8, ``""``); ``家`` → (1, ``家``)."""
    if unit in BASE_UNITS:
        if unit == "亿美元":
            return MULTIPLIERS["亿"], "美元"
        return Decimal(1), _SAME.get(unit, unit)
    for prefix in ("万亿", "兆", "千万", "百万", "亿", "万", "千"):
        if unit.startswith(prefix):
            rest = unit[len(prefix) :]
            factor, base = split_unit(rest) if rest else (Decimal(1), "")
            return MULTIPLIERS[prefix] * factor, base
    return Decimal(1), unit


def is_count(unit: str | None) -> bool:
    """Whole-number units: a count of 42 家 is exact, not rounded."""
    if not unit:
        return False
    factor, base = split_unit(unit)
    return factor == 1 and base in COUNT_UNITS


def counts_things(unit: str | None) -> bool:
    """A count, maybe in a unit of ten thousand (1万多个, 18.48万套)."""
    return bool(unit) and split_unit(unit)[1] in COUNT_UNITS


def compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    base_a, base_b = split_unit(a)[1], split_unit(b)[1]
    return base_a == base_b or not base_a or not base_b


def convert(value: Decimal, from_unit: str | None, to_unit: str | None) -> Decimal | None:
    """Convert between units of one kind (亿元 → 万元); None when they differ in kind."""
    if not from_unit or not to_unit or from_unit == to_unit:
        return value
    if not compatible(from_unit, to_unit) or PERCENT in (from_unit, to_unit):
        return None  # (亿 and %: a share is no amount, whatever the multiplier)
    return value * split_unit(from_unit)[0] / split_unit(to_unit)[0]


def in_unit(value: Decimal, from_unit: str | None, to_unit: str | None) -> Decimal | None:
    """``convert``, a whole number written whole (1.5万人 → 15000人, not 15000.0)."""
    converted = convert(value, from_unit, to_unit)
    if converted is None or converted == value or converted != converted.to_integral_value():
        return converted
    return converted.quantize(Decimal(1))
