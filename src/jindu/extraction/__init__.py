"""Extraction of reported figures from report text (数据提取). Pure Python, no Django.

>>> result = extract("已培育高新技术企业42家，完成率达55.26%。")
>>> figure = result.figures[0]
>>> (figure.indicator, figure.value, figure.unit, figure.target)
('培育高新技术企业', Decimal('42'), '家', Decimal('76'))
"""

from jindu.extraction.checks import Check, Interval
from jindu.extraction.extract import ExtractionResult, Figure, StoredFacts, extract
from jindu.extraction.match import IndicatorRef
from jindu.extraction.normalize import Normalized, normalize
from jindu.extraction.serialize import to_json

__all__ = [
    "Check",
    "ExtractionResult",
    "Figure",
    "IndicatorRef",
    "Interval",
    "Normalized",
    "StoredFacts",
    "extract",
    "normalize",
    "to_json",
]
