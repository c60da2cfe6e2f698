"""Reading Arabic, Chinese and mixed numerals exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jindu.extraction.numerals import parse_number, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("42", "42"),
        ("3.92", "3.92"),
        ("92.50", "92.50"),
        ("1,286", "1286"),
        ("十二", "12"),
        ("一百零五", "105"),
        ("两千五百", "2500"),
        ("二〇一六", "2016"),
        ("一万二千", "12000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_the_stated_decimals_are_kept() -> None:
    assert str(parse_number("92.50")) == "92.50"


@pytest.mark.parametrize(
    ("run", "value", "multiplier", "more"),
    [
        ("1.4万亿", "1.4", "万亿", False),
        ("三千多万", "3000", "万", True),
        ("千亿", "1000", "亿", False),
        ("3000多万", "3000", "万", True),
        ("10余万", "10", "万", True),
        ("一亿二千万", "12000", "万", False),
    ],
)
def test_read_number_splits_the_multiplier_into_the_unit(
    run: str, value: str, multiplier: str, more: bool
) -> None:
    reading = read_number(run)
    assert reading is not None
    assert (reading.value, reading.multiplier, reading.more) == (Decimal(value), multiplier, more)


def test_unreadable_runs_are_none() -> None:
    assert read_number("万") is None
    assert parse_number("1.2.3") is None


@pytest.mark.parametrize("text", ["五六", "三四", "二三", "一两"])
def test_two_neighbouring_digits_are_a_range_not_a_number(text: str) -> None:
    # 五六家 is "five or six", 分列二三位 "second and third"; 二〇 is a year's start
    assert parse_number(text) is None
    assert parse_number("二〇") == Decimal(20)
