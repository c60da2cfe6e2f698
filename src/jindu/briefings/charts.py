"""Charts of a briefing — 图表: completion against time progress by lever, and the trend of
key indicators. See docs/adr/0005-briefing-charts.md.

A chart is computed once as a list of shapes (rectangles, lines, text) in a fixed coordinate
space; `to_svg` writes them as SVG (HTML page and PDF), `to_png` draws them with Pillow and
Debian's Noto CJK font (Word). Both come from the same shapes, so the two never disagree.
The figures come from the snapshot, so an archived briefing draws the same charts.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from itertools import pairwise
from pathlib import Path

from jindu.briefings.compose import shortfall
from jindu.briefings.snapshot import BriefingData, IndicatorFigures
from jindu.progress import PERCENT_PLACES, Kind, format_decimal

HUNDRED = Decimal(100)
TREND_LINES = 5  # key indicators in the trend chart
COLOURS = ("#1f5fa8", "#d9822b", "#2e8b57", "#b03a2e", "#6c4ca1", "#7f8c8d")
FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif"
FONT_PATHS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
)
FONT_INDEX_SC = 2  # the simplified-Chinese face inside NotoSansCJK-Regular.ttc


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    stroke: str
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float = 12.0
    anchor: str = "start"  # start | middle | end
    fill: str = "#333333"


Shape = Rect | Line | Text


@dataclass(frozen=True)
class Chart:
    title: str
    width: int
    height: int
    shapes: tuple[Shape, ...]


def _weighted_mean(pairs: list[tuple[Decimal, Decimal]]) -> Decimal | None:
    total = sum((w for _, w in pairs), Decimal(0))
    if total == 0:
        return None
    return sum((v * w for v, w in pairs), Decimal(0)) / total


def lever_progress(data: BriefingData) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """Per lever: weighted mean completion (each capped at 100%) and weighted mean time
    progress over the same indicators. A summary for the chart only; the text states each
    indicator's own figures (percentages are not averaged in the text)."""
    out = []
    for lever in data.levers:
        inds = [
            i
            for i in data.lever_indicators(lever.code)
            if i.completion_rate is not None and i.kind != Kind.GROWTH.value
        ]
        done = _weighted_mean(
            [(min(i.completion_rate or HUNDRED, HUNDRED), i.weight) for i in inds]
        )
        due = _weighted_mean([(i.time_progress, i.weight) for i in inds])
        out.append((lever.name, done, due))
    return out


def key_indicators(data: BriefingData) -> list[IndicatorFigures]:
    """Heaviest weight first; among equals the furthest behind time progress."""
    candidates = [
        i for i in data.indicators if i.kind != Kind.GROWTH.value and i.completion_rate is not None
    ]
    return sorted(candidates, key=lambda i: (-i.weight, shortfall(i) or Decimal(0)))[:TREND_LINES]


def _f(value: Decimal) -> float:
    # Geometry only: pixel positions, never a figure that is printed.
    return float(value)


def lever_chart(data: BriefingData, lang: str = "zh") -> Chart:
    rows = lever_progress(data)
    label_w, right, top, bar_h, gap = 190.0, 70.0, 46.0, 11.0, 12.0
    width = 720
    height = int(top + len(rows) * (2 * bar_h + gap) + 40)
    plot_w = width - label_w - right
    scale = max(
        [HUNDRED] + [v for _, a, b in rows for v in (a, b) if v is not None], default=HUNDRED
    )
    title = (
        "各抓手平均完成率与时间进度" if lang == "zh" else "Completion and time progress by lever"
    )
    legend = ("平均完成率", "时间进度") if lang == "zh" else ("Completion", "Time progress")
    shapes: list[Shape] = [Text(width / 2, 20, title, 14, "middle", "#111111")]
    for n, (name, colour) in enumerate(zip(legend, COLOURS[:2], strict=True)):
        x = label_w + n * 120
        shapes += [Rect(x, 28, 10, 10, colour), Text(x + 14, 37, name, 11)]
    y = top
    for name, done, due in rows:
        shapes.append(Text(label_w - 8, y + bar_h + 4, name, 11, "end"))
        for value, colour, dy in ((done, COLOURS[0], 0.0), (due, COLOURS[1], bar_h)):
            if value is None:
                continue
            w = plot_w * _f(value / scale)
            shapes.append(Rect(label_w, y + dy, w, bar_h - 1, colour))
            label = f"{format_decimal(value, PERCENT_PLACES)}%"
            shapes.append(Text(label_w + w + 4, y + dy + bar_h - 2, label, 9))
        y += 2 * bar_h + gap
    shapes.append(Line(((label_w, top - 4), (label_w, y)), "#888888"))
    return Chart(title, width, height, tuple(shapes))


def trend_chart(data: BriefingData, lang: str = "zh") -> Chart:
    keys = key_indicators(data)
    months = data.month.month
    width, height = 720, 300
    left, right, top, bottom = 50.0, 200.0, 40.0, 40.0
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for i in keys for v in i.trend if v is not None] + list(data.time_progress_trend)
    scale = max([HUNDRED, *values])
    title = "重点指标完成率走势" if lang == "zh" else "Completion of key indicators by month"
    shapes: list[Shape] = [Text(width / 2, 20, title, 14, "middle", "#111111")]

    def xy(month: int, value: Decimal) -> tuple[float, float]:
        x = left + (plot_w * (month - 0.5) / months)
        return x, top + plot_h - plot_h * _f(value / scale)

    for tick in range(0, 101, 25):
        _, y = xy(1, Decimal(tick))
        shapes.append(Line(((left, y), (left + plot_w, y)), "#dddddd"))
        shapes.append(Text(left - 6, y + 4, f"{tick}%", 9, "end"))
    for m in range(1, months + 1):
        x, _ = xy(m, Decimal(0))
        label = f"{m}月" if lang == "zh" else f"M{m}"
        shapes.append(Text(x, top + plot_h + 16, label, 10, "middle"))
    series = [(i.name, i.trend) for i in keys]
    reference = "时间进度" if lang == "zh" else "Time progress"
    series.append((reference, tuple(data.time_progress_trend)))
    for n, (name, trend) in enumerate(series):
        colour = COLOURS[n % len(COLOURS)]
        dashed = n == len(series) - 1
        points = tuple(xy(m, v) for m, v in enumerate(trend, start=1) if v is not None)
        if len(points) > 1:
            shapes.append(Line(points, colour, 2.0, dashed))
        shapes += [Rect(x - 3, y - 3, 6, 6, colour) for x, y in points]
        ly = top + 10 + n * 20
        shapes.append(Line(((left + plot_w + 12, ly - 4), (left + plot_w + 30, ly - 4)), colour, 2))
        shapes.append(Text(left + plot_w + 34, ly, name[:12], 10))
    return Chart(title, width, height, tuple(shapes))


def charts(data: BriefingData, lang: str = "zh") -> list[Chart]:
    return [lever_chart(data, lang), trend_chart(data, lang)]


def to_svg(chart: Chart) -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {chart.width} {chart.height}" '
        f'width="{chart.width}" height="{chart.height}" role="img" '
        f'aria-label="{escape(chart.title)}" font-family="{FONT_FAMILY}">',
        f'<rect width="{chart.width}" height="{chart.height}" fill="#ffffff"/>',
    ]
    for s in chart.shapes:
        if isinstance(s, Rect):
            parts.append(
                f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" height="{s.h:.1f}" '
                f'fill="{s.fill}"/>'
            )
        elif isinstance(s, Line):
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in s.points)
            dash = ' stroke-dasharray="6 4"' if s.dashed else ""
            parts.append(
                f'<polyline points="{points}" fill="none" stroke="{s.stroke}" '
                f'stroke-width="{s.width}"{dash}/>'
            )
        else:
            parts.append(
                f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size}" '
                f'text-anchor="{s.anchor}" fill="{s.fill}">{escape(s.text)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def font_path() -> Path:
    """Debian's Noto Sans CJK (fonts-noto-cjk); JINDU_CJK_FONT names another file."""
    candidates = [os.environ.get("JINDU_CJK_FONT", ""), *FONT_PATHS]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise FileNotFoundError("no CJK font: install Debian's fonts-noto-cjk or set JINDU_CJK_FONT")


def to_png(chart: Chart, scale: int = 2) -> bytes:
    """The same shapes drawn by Pillow, at `scale` × the SVG size for print."""
    from PIL import Image, ImageDraw, ImageFont

    path = font_path()
    index = FONT_INDEX_SC if path.suffix == ".ttc" else 0
    fonts: dict[float, ImageFont.FreeTypeFont] = {}

    def font(size: float) -> ImageFont.FreeTypeFont:
        if size not in fonts:
            fonts[size] = ImageFont.truetype(str(path), int(size * scale), index=index)
        return fonts[size]

    image = Image.new("RGB", (chart.width * scale, chart.height * scale), "white")
    draw = ImageDraw.Draw(image)
    for s in chart.shapes:
        if isinstance(s, Rect):
            box = (s.x * scale, s.y * scale, (s.x + s.w) * scale, (s.y + s.h) * scale)
            draw.rectangle(box, fill=s.fill)
        elif isinstance(s, Line):
            points = [(x * scale, y * scale) for x, y in s.points]
            if s.dashed:
                _dashed(draw, points, s.stroke, int(s.width * scale))
            else:
                draw.line(points, fill=s.stroke, width=int(s.width * scale), joint="curve")
        else:
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[s.anchor]
            draw.text(
                (s.x * scale, s.y * scale), s.text, fill=s.fill, font=font(s.size), anchor=anchor
            )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _dashed(draw: object, points: list[tuple[float, float]], colour: str, width: int) -> None:
    from PIL import ImageDraw

    assert isinstance(draw, ImageDraw.ImageDraw)
    dash, gap = 12.0, 8.0
    for (x1, y1), (x2, y2) in pairwise(points):
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        t = 0.0
        while t < length:
            end = min(t + dash, length)
            a, b = t / length, end / length
            draw.line(
                [
                    (x1 + (x2 - x1) * a, y1 + (y2 - y1) * a),
                    (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b),
                ],
                fill=colour,
                width=width,
            )
            t = end + gap
