"""Terminal output: aligned tables with Chinese text, and a progress bar that only shows on a
terminal (quiet when output goes to a file or a pipe)."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO, TypeVar

T = TypeVar("T")


def width(text: str) -> int:
    """Columns a text takes on a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int] | None = None
) -> str:
    """A plain aligned table; columns in `numeric` are right-aligned."""
    numeric = numeric or set()
    body = [list(map(str, r)) for r in rows]
    widths = [max([width(h)] + [width(r[i]) for r in body]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - width(cell))
            out.append(pad + cell if i in numeric else cell + pad)
        return "  ".join(out).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in body)])


def progress(items: Sequence[T], label: str, stream: TextIO | None = None) -> Iterator[T]:
    """Yield items, drawing a bar on a terminal; silent otherwise."""
    stream = stream or sys.stderr
    show = stream.isatty() and len(items) > 1
    total = len(items)
    for n, item in enumerate(items, 1):
        yield item
        if show and (n == total or n % max(1, total // 50) == 0):
            done = int(30 * n / total)
            stream.write(f"\r{label} [{'#' * done}{'.' * (30 - done)}] {n}/{total}")
            stream.flush()
    if show:
        stream.write("\n")
