"""Patterns behind a look-ahead for their first characters (patterns.starting_with) match
exactly what the pattern alone matches: the look-ahead must admit every character a match
can start with. The characters are derived here from the parsed pattern."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest

import jindu.extraction as package
from jindu.extraction import figures, phrases
from jindu.extraction.patterns import starting_with

# the standard library's own regular expression parser (typeshed does not describe it)
P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")
_SPACE = set(" \t\n\r\f\v\xa0\u3000")


def _first(items: Any) -> tuple[set[str], bool]:
    """Characters a match of the parsed ``items`` can start with, and whether it can be
    empty (then what follows may start it)."""
    found: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            found.add(chr(av))
            return found, False
        if op is C.IN:
            for kind, arg in av:
                if kind is C.LITERAL:
                    found.add(chr(arg))
                elif kind is C.RANGE:
                    found.update(chr(c) for c in range(arg[0], arg[1] + 1))
                elif kind is C.CATEGORY and arg is C.CATEGORY_SPACE:
                    found |= _SPACE
                elif kind is C.CATEGORY and arg is C.CATEGORY_DIGIT:
                    found.update("0123456789")
                else:
                    raise AssertionError(f"no first characters for {kind} {arg}")
            return found, False
        if op is C.SUBPATTERN:
            chars, empty = _first(av[3])
        elif op is C.BRANCH:
            parts = [_first(alternative) for alternative in av[1]]
            chars = set().union(*(p[0] for p in parts))
            empty = any(p[1] for p in parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            chars, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # look-arounds and anchors consume nothing
        else:
            raise AssertionError(f"no first characters for {op}")
        found |= chars
        if not empty:
            return found, False
    return found, True


def _guarded() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in pkgutil.iter_modules(package.__path__):
        loaded = importlib.import_module(f"{package.__name__}.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=["):
                found.append((f"{module.name}.{name}", value))
    return found


def test_the_patterns_of_the_hot_paths_are_guarded() -> None:
    names = {name for name, _ in _guarded()}
    assert {"patterns.MENTION", "phrases._TRAILING", "phrases.RANKED_LIST"} <= names


@pytest.mark.parametrize(("name", "pattern"), _guarded(), ids=[n for n, _ in _guarded()])
def test_a_look_ahead_admits_every_first_character(name: str, pattern: re.Pattern[str]) -> None:
    parsed = list(P.parse(pattern.pattern))
    admitted, _ = _first(parsed[0][1][1])  # the look-ahead's class
    starts, empty = _first(parsed[1:])
    assert not empty, f"{name} can match the empty string"
    assert starts <= admitted, f"{name} can start with {''.join(sorted(starts - admitted))}"


def test_a_missing_first_character_is_caught() -> None:
    pattern = starting_with("甲", "甲乙|丙丁")
    parsed = list(P.parse(pattern.pattern))
    starts, _ = _first(parsed[1:])
    assert starts - _first(parsed[0][1][1])[0] == {"丙"}


def _needs(items: Any, needle: str, word: bool) -> bool:
    """Whether every match of the parsed ``items`` (with its look-arounds, which read the same
    text) holds ``needle``: the word itself, or one of its characters."""
    literals = ""
    for op, av in items:
        if op is C.LITERAL:
            literals += chr(av)
            if (needle in literals) if word else (chr(av) in needle):
                return True
            continue
        literals = ""
        if op is C.IN and not word:
            chars, _ = _first([(op, av)])
            if chars <= set(needle):
                return True
        elif (
            (op is C.SUBPATTERN and _needs(av[3], needle, word))
            or (op is C.BRANCH and all(_needs(branch, needle, word) for branch in av[1]))
            or (op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _needs(av[2], needle, word))
            or (op is C.ASSERT and _needs(av[1], needle, word))
        ):
            return True
    return False


def _gates() -> list[tuple[str, str, bool, re.Pattern[str]]]:
    found = [
        (f"phrases {needle}", needle, word, pattern)
        for needle, word, patterns in phrases.GATES
        for pattern in patterns
    ]
    found += [(f"figures {chars}", chars, False, pattern) for pattern, chars in figures.SCAN_NEEDS]
    return found


@pytest.mark.parametrize(
    ("name", "needle", "word", "pattern"), _gates(), ids=[g[0] for g in _gates()]
)
def test_a_gate_holds_what_every_match_needs(
    name: str, needle: str, word: bool, pattern: re.Pattern[str]
) -> None:
    # clean and the sentence scan run a pattern only where its gate is in the text
    assert _needs(list(P.parse(pattern.pattern)), needle, word), f"{name}: {pattern.pattern[:60]}"


def test_a_gate_a_pattern_can_do_without_is_caught() -> None:
    pattern = re.compile("甲(?:乙|丙)|丁乙")
    assert _needs(list(P.parse(pattern.pattern)), "乙丙", word=False)
    assert not _needs(list(P.parse(pattern.pattern)), "乙", word=False)  # 甲丙 has no 乙
    assert not _needs(list(P.parse("总?的")), "总的", word=True)
    assert _needs(list(P.parse("(?<=[一-龥])总的")), "总的", word=True)


def test_a_region_that_is_a_place_is_not_split_for_a_province_before_it() -> None:
    # 江苏百强镇: a province before a title; 川东北经济区 is a region of its own, kept whole
    from jindu.extraction import phrases as ph

    assert ph.split_place("江苏百强镇") == ("江苏", "百强镇")
    assert ph.split_place("川东北经济区") == (None, "川东北经济区")
