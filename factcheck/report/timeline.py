"""The geometry of a figure's timeline: publication date across, the figure up, one mark a report.

Small pure functions turn dates, figures and the intervals their wording allows into pixels; the
HTML template (``templates/timeline.svg.j2``) only draws the ``Chart`` that ``chart`` returns.
A hedged figure is a bar over its interval ("over 200" runs to the top edge and ends in an arrow,
"nearly 2,500" is a short bar below 2,500), a range without a single figure a hollow point.
Reports without a date stand in a band beside the dated axis, at their figure's height, so that a
contradiction between a dated and an undated report shows. Reports of one day and one figure are
one mark ("TASS +2"). A label is drawn only where it overlaps no other label (the point's tooltip
and the chart's summary still name every report). A chart is drawn at its natural size, at a
width the page picks (``WIDE`` on a desktop and paper, ``NARROW`` on a phone), so its text keeps
its size: 12 px.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Count
from .words import date_label

#: The drawing's widths (desktop and paper; phone) and height, and the plot area's edges, in pixels.
WIDE, NARROW, HEIGHT = 600, 320, 240
LEFT, TOP, BOTTOM = 48, 18, 200
#: Room kept right of the plot: the undated band's width when there is one, else a margin.
BAND, MARGIN = 72, 16
#: Points stay this far inside the plot's left and right edges; reports of one day sit this far apart.
INSET, SPREAD = 30, 12
#: Date labels closer than this to the previous one are left out.
LABEL_GAP = 70
#: Text: its size, and the width of a character and height of a line assumed when placing labels.
FONT, CHAR, LINE = 12, 7.2, 14


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One report of a figure, as the chart receives it; ``date`` None when the report has none."""

    date: dt.date | None
    value: Count
    label: str
    """Who reported it (outlet, or the document when the outlet is unknown)."""
    text: str
    """The figure in words: "more than 200"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """One report drawn: a point at (x, y), a bar from ``bar_top`` to ``bar_bottom`` (or none)."""

    x: float
    y: float
    solid: bool
    bar_top: float | None
    bar_bottom: float | None
    open_top: bool
    open_bottom: bool
    label: str
    text: str
    date: str
    """The publication date in words, or "undated"."""
    place: Place | None
    """Where the label goes, or None when it would overlap another."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A label's anchor point and alignment: two lines, the source then the figure."""

    x: float
    y: float
    anchor: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    marks: tuple[Mark, ...]
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]
    path: str
    """The line through the dated points in date order, as SVG path data."""
    band: tuple[float, float] | None
    """The undated band's left and right edges, or None when every report is dated."""


def scale(value: float, lo: float, hi: float, start: float, end: float) -> float:
    """``value`` in [lo, hi] mapped linearly onto [start, end] (the middle when lo == hi).

    >>> scale(5, 0, 10, 100, 200), scale(0, 0, 10, 190, 18), scale(3, 3, 3, 0, 50)
    (150.0, 190.0, 25.0)
    """
    if hi == lo:
        return (start + end) / 2
    return start + (value - lo) / (hi - lo) * (end - start)


def nice_step(span: float, count: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) that cuts ``span`` into about ``count`` parts.

    >>> nice_step(250), nice_step(2750), nice_step(8), nice_step(0)
    (50, 1000, 2, 1)
    """
    if span <= 0:
        return 1
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return int(step) if step == int(step) else step


def y_range(values: Sequence[Count]) -> tuple[float, float]:
    """The figure axis: from zero to a round number above every bounded figure, with headroom.

    Open-ended intervals do not stretch it: their bars run to its top edge instead.

    >>> y_range([Count(nominal=None, low=24, high=146, qualifier="between"),
    ...          Count(nominal=200, low=200, high=None, qualifier="more than")])
    (0, 250)
    >>> y_range([Count(nominal=2000, low=1800, high=2200, qualifier="about")])
    (0, 3000)
    >>> y_range([Count(nominal=0, low=0, high=0)])
    (0, 1)
    """
    finite = [x for v in values for x in (v.nominal, v.low, v.high) if x is not None]
    peak = max(finite, default=0) * 1.15
    if peak <= 0:
        return 0, 1
    step = nice_step(peak)
    return 0, math.ceil(peak / step) * step


def y_ticks(lo: float, hi: float) -> list[float]:
    """Round figures from ``lo`` to ``hi`` for the axis and grid lines.

    >>> y_ticks(0, 250)
    [0, 50, 100, 150, 200, 250]
    >>> y_ticks(0, 1)
    [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    """
    step = nice_step(hi - lo)
    n = round((hi - lo) / step)
    return [lo + round(i * step, 10) for i in range(n + 1)]


def date_x(date: dt.date, first: dt.date, last: dt.date, right: float) -> float:
    """A publication date across the plot (``LEFT`` to ``right``), days evenly spaced, the first and last
    inset from the edges.

    >>> date_x(dt.date(2022, 1, 13), dt.date(2022, 1, 13), dt.date(2022, 1, 19), 584)
    78.0
    >>> date_x(dt.date(2022, 1, 19), dt.date(2022, 1, 13), dt.date(2022, 1, 19), 584)
    554.0
    >>> date_x(dt.date(2022, 1, 13), dt.date(2022, 1, 13), dt.date(2022, 1, 13), 584)
    316.0
    """
    return scale((date - first).days, 0, (last - first).days, LEFT + INSET, right - INSET)


def spread(index: int, count: int, gap: float = SPREAD) -> float:
    """The sideways offset of report ``index`` of ``count`` published on one day, centred on the day.

    >>> [spread(i, 3) for i in range(3)], spread(0, 1)
    ([-12.0, 0.0, 12.0], 0.0)
    """
    return (index - (count - 1) / 2) * gap


def interval_px(value: Count, lo: float, hi: float) -> tuple[float | None, float | None, bool, bool]:
    """The bar of a hedged figure as (top y, bottom y, open top, open bottom); (None, None, ...) when exact.

    An unbounded end runs to the plot's edge (the template ends it in an arrow).

    >>> interval_px(Count(nominal=200, low=200, high=None, qualifier="more than"), 0, 250)
    (18.0, 54.4, True, False)
    >>> interval_px(Count(nominal=2500, low=2250, high=2500, qualifier="nearly"), 0, 2500)
    (18.0, 36.2, False, False)
    >>> interval_px(Count(nominal=10, low=None, high=10, qualifier="up to"), 0, 20)
    (109.0, 200.0, False, True)
    >>> interval_px(Count(nominal=19, low=19, high=19), 0, 25)
    (None, None, False, False)
    """
    if value.low is not None and value.low == value.high:
        return None, None, False, False
    top = TOP if value.high is None else scale(value.high, lo, hi, BOTTOM, TOP)
    bottom = BOTTOM if value.low is None else scale(value.low, lo, hi, BOTTOM, TOP)
    return round(float(top), 1), round(float(bottom), 1), value.high is None, value.low is None


def point_value(value: Count) -> float:
    """Where the point sits: the figure as written, else the middle of a bounded range, else its bound.

    >>> point_value(Count(nominal=None, low=24, high=146, qualifier="between"))
    85.0
    >>> point_value(Count(nominal=200, low=200, high=None, qualifier="more than"))
    200
    >>> point_value(Count(nominal=None, low=2000000, high=None, qualifier="vague"))
    2000000
    """
    if value.nominal is not None:
        return value.nominal
    if value.low is not None and value.high is not None:
        return (value.low + value.high) / 2
    return value.low if value.low is not None else value.high or 0


def thin(positions: Sequence[float], gap: float = LABEL_GAP) -> list[int]:
    """The indexes of the labels to keep so that none sits closer than ``gap`` to the previous one;
    the first and the last label are kept in preference to those next to them.

    >>> thin([100, 130, 200, 508]), thin([100, 480, 508]), thin([100, 110]), thin([])
    ([0, 2, 3], [0, 2], [0], [])
    """
    keep: list[int] = []
    for i, x in enumerate(positions):
        if not keep or x - positions[keep[-1]] >= gap:
            keep.append(i)
        elif i == len(positions) - 1 and len(keep) > 1:
            keep[-1] = i
    return keep


def fmt_tick(x: float) -> str:
    """A figure on the axis: ``2,500``, ``0.2``.

    >>> fmt_tick(2500), fmt_tick(0.2), fmt_tick(1.0)
    ('2,500', '0.2', '1')
    """
    return f"{int(x):,}" if x == int(x) else f"{x:g}"


def chart(reports: Sequence[Report], width: int = WIDE) -> Chart:
    """The whole drawing of ``reports`` (at least one dated), ``width`` pixels wide."""
    dated = sorted((r for r in reports if r.date is not None), key=lambda r: (r.date, point_value(r.value)))
    undated = sorted((r for r in reports if r.date is None), key=lambda r: point_value(r.value))
    lo, hi = y_range([r.value for r in reports])
    right = width - (BAND if undated else MARGIN)
    groups = _groups(dated) + _groups(undated)
    days = sorted({r.date for r in dated if r.date is not None})
    first, last = days[0], days[-1]
    per_day: dict[dt.date | None, int] = {}
    for r, _ in groups:
        per_day[r.date] = per_day.get(r.date, 0) + 1
    seen: dict[dt.date | None, int] = {}
    raw: list[tuple[Report, int, float, float]] = []
    for r, count in groups:
        i = seen[r.date] = seen.get(r.date, -1) + 1
        centre = date_x(r.date, first, last, right) if r.date is not None else (right + width) / 2
        x = round(centre + spread(i, per_day[r.date], SPREAD if r.date is not None else 16), 1)
        raw.append((r, count, x, round(scale(point_value(r.value), lo, hi, BOTTOM, TOP), 1)))
    places = _labels([(x, y, _label(r, count), r.text) for r, count, x, y in raw], width, [c for _, c, _, _ in raw])
    marks = []
    for (r, count, x, y), place in zip(raw, places, strict=True):
        top, bottom, open_top, open_bottom = interval_px(r.value, lo, hi)
        marks.append(
            Mark(
                x=x,
                y=y,
                solid=r.value.nominal is not None,
                bar_top=top,
                bar_bottom=bottom,
                open_top=open_top,
                open_bottom=open_bottom,
                label=_label(r, count),
                text=r.text,
                date=date_label(r.date) if r.date is not None else "undated",
                place=place,
            )
        )
    xs = [date_x(d, first, last, right) for d in days]
    years = first.year != last.year
    x_ticks = tuple(Tick(at=round(xs[i], 1), label=date_label(days[i], year=years or i == 0)) for i in thin(xs))
    ticks = tuple(Tick(at=round(scale(t, lo, hi, BOTTOM, TOP), 1), label=fmt_tick(t)) for t in y_ticks(lo, hi))
    on_axis = [m for m in marks if m.date != "undated"]
    path = " ".join(f"{'M' if i == 0 else 'L'}{m.x},{m.y}" for i, m in enumerate(on_axis))
    return Chart(
        width=width,
        height=HEIGHT,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=BOTTOM,
        marks=tuple(marks),
        y_ticks=ticks,
        x_ticks=x_ticks,
        path=path,
        band=(right + 4, width - 2) if undated else None,
    )


def _groups(reports: Sequence[Report]) -> list[tuple[Report, int]]:
    """Reports of one date and one figure as one, with how many they are (the first names them)."""
    out: dict[tuple[dt.date | None, str], list[Report]] = {}
    for r in reports:
        out.setdefault((r.date, r.text), []).append(r)
    return [(group[0], len(group)) for group in out.values()]


def _label(r: Report, count: int) -> str:
    return r.label if count == 1 else f"{r.label} +{count - 1}"


Box = tuple[float, float, float, float]
#: Where a label may go from its point (offset of its first baseline, alignment), nearest first.
_SPOTS = tuple((dx, dy, anchor) for dy in (-4, 26, -32, 54, -60, 82) for dx, anchor in ((9, "start"), (-9, "end")))


def _labels(points: Sequence[tuple[float, float, str, str]], width: int, weights: Sequence[int]) -> list[Place | None]:
    """A place for each point's two-line label that overlaps no label placed before it and stays in
    the drawing, or None. The points standing for most reports, then the first and last, go first.

    >>> _labels([(100, 100, "a", "1"), (104, 100, "b", "1")], 600, [1, 1])
    [Place(x=109, y=96, anchor='start'), Place(x=95, y=96, anchor='end')]
    >>> places = _labels([(100, 100, str(i), "1")  for i in range(20)], 600, [1] * 20)
    >>> sum(p is not None for p in places)  # two sides, six heights: the rest would overlap
    12
    """
    order = sorted(range(len(points)), key=lambda i: (-weights[i], i not in (0, len(points) - 1), i))
    placed: list[Box] = []
    out: list[Place | None] = [None] * len(points)
    for i in order:
        x, y, source, figure = points[i]
        w = max(len(source), len(figure)) * CHAR
        for dx, dy, anchor in _SPOTS:
            ax, ay = round(x + dx), round(y + dy)
            left = ax if anchor == "start" else ax - w
            box = (left, ay - FONT, left + w, ay - FONT + 2 * LINE)
            inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= BOTTOM + 4
            if inside and not any(_overlap(box, other) for other in placed):
                placed.append(box)
                out[i] = Place(x=ax, y=ay, anchor=anchor)
                break
    return out


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
