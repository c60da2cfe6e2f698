"""Match figures to a framework's indicators (指标匹配): names and aliases, then similarity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jindu.extraction.units import compatible

SIMILARITY_THRESHOLD = 0.5


@dataclass(frozen=True)
class IndicatorRef:
    """An indicator of a framework, as plain values (no Django)."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    unit: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams (0 … 1)."""
    if not a or not b:
        return 0.0
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


def match_indicator(
    phrase: str, unit: str | None, indicators: Sequence[IndicatorRef]
) -> IndicatorRef | None:
    """The indicator a phrase names: exact name or alias, then the longest name or alias
    the phrase contains (or that contains it), then the most similar above the threshold.
    Indicators whose unit cannot be converted to the figure's unit are skipped."""
    if not phrase:
        return None
    usable = [i for i in indicators if compatible(unit, i.unit)]
    for ref in usable:
        if phrase in ref.names:
            return ref
    best: tuple[int, IndicatorRef] | None = None
    for ref in usable:
        for name in ref.names:
            if name and (name in phrase or phrase in name) and min(len(name), len(phrase)) >= 2:
                score = min(len(name), len(phrase))
                if best is None or score > best[0]:
                    best = (score, ref)
    if best is not None:
        return best[1]
    scored = [(max(similarity(phrase, n) for n in ref.names), ref) for ref in usable]
    scored = [s for s in scored if s[0] >= SIMILARITY_THRESHOLD]
    if not scored:
        return None
    return max(scored, key=lambda s: s[0])[1]
