"""Charts as SVG drawn on the server, with no library and no script: a line chart over dates and a
bar chart over categories.  Each is an ``<svg role="img">`` with a title and a description, and
each figure it draws is also in a table on the page (the chart is the picture, not the record).

Amounts stay ``Decimal``; only the pixel coordinates are computed from them (to 0.1 px).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 84, 16, 28, 40
#: Colours of the series, in order (readable on white, distinct in grey scale).
COLOURS = ("#1f5f8b", "#c0612b", "#4b8b3b", "#7a4b9a", "#8a8a8a")
_PX = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class Series:
    """A named series of (x, value) points; x is a date (line chart) or a category (bar chart)."""

    name: str
    points: Sequence[tuple[date | str, Decimal]]


def _px(value: Decimal) -> str:
    return str(value.quantize(_PX))


def _nice_max(value: Decimal) -> Decimal:
    """A round top for the value axis: 1, 2, 2.5 or 5 times a power of ten, at least ``value``."""
    if value <= 0:
        return Decimal(1)
    power = Decimal(10) ** (value.adjusted())
    for step in (1, 2, Decimal("2.5"), 5, 10):
        top = power * step
        if top >= value:
            return top
    return power * 10  # pragma: no cover - the loop ends at 10


def _short(value: Decimal) -> str:
    """An axis label: 1.5M, 250k, 40."""
    for unit, letter in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(1000), "k")):
        if abs(value) >= unit:
            return f"{(value / unit).normalize():f}{letter}"
    return f"{value.normalize():f}"


def _frame(title: str, description: str, body: list[str], legend: Sequence[str]) -> Markup:
    key = [
        f'<g transform="translate({LEFT + i * 190},{12})"><rect width="12" height="12" y="-10" '
        f'fill="{COLOURS[i % len(COLOURS)]}"/><text x="16">{escape(name)}</text></g>'
        for i, name in enumerate(legend)
    ]
    return Markup(
        f"<figcaption>{escape(title)}</figcaption>"
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title><desc>{escape(description)}</desc>"
        + "".join(key) + "".join(body) + "</svg>"
    )  # fmt: skip


def _value_axis(top: Decimal) -> tuple[list[str], Decimal]:
    """Grid lines and labels of the value axis (0 to ``top`` in four steps); pixels per unit."""
    plot = Decimal(HEIGHT - TOP - BOTTOM)
    scale = plot / top
    out = []
    for i in range(5):
        v = top * i / 4
        y = Decimal(HEIGHT - BOTTOM) - v * scale
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{_px(y)}" '
                   f'y2="{_px(y)}"/><text class="tick" x="{LEFT - 6}" y="{_px(y + 4)}" '
                   f'text-anchor="end">{_short(v)}</text>')  # fmt: skip
    return out, scale


def line_chart(title: str, series: Sequence[Series], description: str = "") -> Markup:
    """Lines over dates (balance and accrued interest over time)."""
    days = sorted({d for s in series for d, _ in s.points if isinstance(d, date)})
    if len(days) < 2:
        return Markup(f'<p class="muted">{escape(title)}: not enough history to draw.</p>')
    top = _nice_max(max(v for s in series for _, v in s.points))
    body, scale = _value_axis(top)
    first, span = days[0], Decimal(max((days[-1] - days[0]).days, 1))
    width = Decimal(WIDTH - LEFT - RIGHT)

    def x(d: date) -> Decimal:
        return Decimal(LEFT) + width * (d - first).days / span

    for i, s in enumerate(series):
        pts = " ".join(f"{_px(x(d))},{_px(Decimal(HEIGHT - BOTTOM) - v * scale)}"
                       for d, v in s.points if isinstance(d, date))  # fmt: skip
        body.append(f'<polyline fill="none" stroke="{COLOURS[i % len(COLOURS)]}" '
                    f'stroke-width="2" points="{pts}"/>')  # fmt: skip
    for d, anchor in ((days[0], "start"), (days[len(days) // 2], "middle"), (days[-1], "end")):
        body.append(f'<text class="tick" x="{_px(x(d))}" y="{HEIGHT - BOTTOM + 16}" '
                    f'text-anchor="{anchor}">{d.isoformat()}</text>')  # fmt: skip
    return _frame(title, description or title, body, [s.name for s in series])


def bar_chart(title: str, series: Sequence[Series], description: str = "") -> Markup:
    """Grouped bars over categories (payments against the schedule, OID by year, ladders)."""
    categories: list[str] = []
    for s in series:
        for c, _ in s.points:
            if str(c) not in categories:
                categories.append(str(c))
    if not categories:
        return Markup(f'<p class="muted">{escape(title)}: nothing to draw.</p>')
    top = _nice_max(max((v for s in series for _, v in s.points), default=Decimal(0)))
    body, scale = _value_axis(top)
    slot = Decimal(WIDTH - LEFT - RIGHT) / len(categories)
    bar = slot * Decimal("0.8") / len(series)
    values = [{str(c): v for c, v in s.points} for s in series]
    label_every = max(1, len(categories) // 12)
    for n, c in enumerate(categories):
        x0 = Decimal(LEFT) + slot * n + slot * Decimal("0.1")
        for i, by in enumerate(values):
            v = by.get(c, Decimal(0))
            h = v * scale
            body.append(f'<rect x="{_px(x0 + bar * i)}" y="{_px(Decimal(HEIGHT - BOTTOM) - h)}" '
                        f'width="{_px(bar)}" height="{_px(h)}" '
                        f'fill="{COLOURS[i % len(COLOURS)]}"><title>{escape(series[i].name)} '
                        f"{escape(c)}: {v}</title></rect>")  # fmt: skip
        if n % label_every == 0:
            body.append(f'<text class="tick" x="{_px(x0 + slot * Decimal("0.4"))}" '
                        f'y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">{escape(c)}</text>')  # fmt: skip
    return _frame(title, description or title, body, [s.name for s in series])
