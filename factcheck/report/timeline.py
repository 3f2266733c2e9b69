"""The geometry of a figure's timeline: publication date across, the figure up, one mark a report.

Small pure functions turn dates, figures and the intervals their wording allows into pixels; the
HTML template (``templates/timeline.svg.j2``) only draws the ``Chart`` that ``chart`` returns.
A hedged figure is a bar over its interval ("over 200" runs to the top edge and ends in an arrow,
"nearly 2,500" is a short bar below 2,500), a range without a single figure a hollow point.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Count

#: The drawing's size and the plot area inside it, in pixels.
WIDTH, HEIGHT = 560, 230
LEFT, RIGHT, TOP, BOTTOM = 64, 544, 18, 190
#: Points stay this far inside the plot's left and right edges; reports of one day sit this far apart.
INSET, SPREAD = 36, 12
#: Date labels closer than this to the previous one are left out.
LABEL_GAP = 70


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One dated report of a figure, as the chart receives it."""

    date: dt.date
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
    anchor: str
    date: str


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
    """The line through the points in date order, as SVG path data."""


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


def date_x(date: dt.date, first: dt.date, last: dt.date) -> float:
    """A publication date across the plot, days evenly spaced, the first and last inset from the edges.

    >>> date_x(dt.date(2022, 1, 13), dt.date(2022, 1, 13), dt.date(2022, 1, 19))
    100.0
    >>> date_x(dt.date(2022, 1, 19), dt.date(2022, 1, 13), dt.date(2022, 1, 19))
    508.0
    >>> date_x(dt.date(2022, 1, 13), dt.date(2022, 1, 13), dt.date(2022, 1, 13))
    304.0
    """
    return scale((date - first).days, 0, (last - first).days, LEFT + INSET, RIGHT - INSET)


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
    (18.0, 52.4, True, False)
    >>> interval_px(Count(nominal=2500, low=2250, high=2500, qualifier="nearly"), 0, 2500)
    (18.0, 35.2, False, False)
    >>> interval_px(Count(nominal=10, low=None, high=10, qualifier="up to"), 0, 20)
    (104.0, 190.0, False, True)
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


def date_label(date: dt.date, *, year: bool = True) -> str:
    """A publication date as a reader writes it.

    >>> date_label(dt.date(2022, 1, 3)), date_label(dt.date(2022, 1, 13), year=False)
    ('3 Jan 2022', '13 Jan')
    """
    return f"{date.day} {date:%b}" + (f" {date.year}" if year else "")


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


def chart(reports: Sequence[Report]) -> Chart:
    """The whole drawing of ``reports`` (at least one), in date order."""
    ordered = sorted(reports, key=lambda r: (r.date, point_value(r.value)))
    first, last = ordered[0].date, ordered[-1].date
    lo, hi = y_range([r.value for r in ordered])
    years = first.year != last.year
    per_day: dict[dt.date, list[Report]] = {}
    for r in ordered:
        per_day.setdefault(r.date, []).append(r)
    mid = (LEFT + RIGHT) / 2
    marks = []
    for day, group in per_day.items():
        for i, r in enumerate(group):
            x = round(date_x(day, first, last) + spread(i, len(group)), 1)
            top, bottom, open_top, open_bottom = interval_px(r.value, lo, hi)
            marks.append(
                Mark(
                    x=x,
                    y=round(scale(point_value(r.value), lo, hi, BOTTOM, TOP), 1),
                    solid=r.value.nominal is not None,
                    bar_top=top,
                    bar_bottom=bottom,
                    open_top=open_top,
                    open_bottom=open_bottom,
                    label=r.label,
                    text=r.text,
                    anchor="start" if x <= mid else "end",
                    date=date_label(day),
                )
            )
    days = list(per_day)
    xs = [date_x(d, first, last) for d in days]
    x_ticks = tuple(Tick(at=round(xs[i], 1), label=date_label(days[i], year=years or i == 0)) for i in thin(xs))
    ticks = tuple(Tick(at=round(scale(t, lo, hi, BOTTOM, TOP), 1), label=fmt_tick(t)) for t in y_ticks(lo, hi))
    path = " ".join(f"{'M' if i == 0 else 'L'}{m.x},{m.y}" for i, m in enumerate(marks))
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=RIGHT,
        top=TOP,
        bottom=BOTTOM,
        marks=tuple(marks),
        y_ticks=ticks,
        x_ticks=x_ticks,
        path=path,
    )
