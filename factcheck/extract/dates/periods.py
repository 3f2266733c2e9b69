"""Resolve the period-shaped candidates: named and rolling periods, parts of periods, quarters, decades,
numbered weeks, day ranges inside one month, "the 18th", and offsets from the reference ("3 days ago").

Boundaries that readers draw differently follow one table, the Recognizers-Text English conventions:
the start, middle and end of a year are January-April, May-August and September-December ("the end of
this year" is its second half); of a month the 1st-15th, 10th-20th and 16th-last; a named week runs
Monday to Sunday, a work week Monday to Friday; "the last 3 months" ends on the reference day and
"the next 3 days" starts the day after it; quarters and decades are calendar ones.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from . import cal
from .atoms import Atom, Groups, Handler, day_atom, span_atom, year_value, yearless
from .cal import DAY, DateMention, words

_REL = {
    "this": 0,
    "current": 0,
    "same": 0,
    "that": 0,
    "the": 0,
    "next": 1,
    "following": 1,
    "coming": 1,
    "upcoming": 1,
    "last": -1,
    "past": -1,
    "previous": -1,
}


def _number(token: str) -> int:
    t = " ".join(token.lower().split())
    return int(t) if t.isdigit() else int(words()["small_numbers"][t])


@cache
def amount_parts() -> tuple[str, str]:
    """Regex sources for a count of time units: the number ("3", "two", "a couple of") and the unit."""
    small = "|".join(sorted((re.escape(k) for k in words()["small_numbers"]), key=len, reverse=True))
    units = "|".join(sorted(words()["units"], key=len, reverse=True))
    return rf"(?:\d{{1,3}}|{small})", rf"(?:{units})"


@cache
def _amount() -> re.Pattern[str]:
    n, unit = amount_parts()
    return re.compile(rf"(?i)({n})\s+({unit})\b")


def time_amounts(text: str) -> list[tuple[int, str]]:
    """ "3 months and 2 weeks" as [(3, "months"), (2, "weeks")]."""
    return [(_number(n), u) for n, u in _amount().findall(text)]


def _unit(token: str) -> str:
    t = " ".join(token.lower().split()).replace("calendar ", "")
    return {"working week": "workweek", "work week": "workweek", "business week": "workweek"}.get(t, t)


def period_of(unit: str, step: int, ref: dt.date) -> tuple[dt.date, dt.date, str]:
    """The calendar ``unit`` (week, weekend, workweek, fortnight, month, quarter, year, decade) ``step`` away."""
    monday = cal.monday(ref)
    if unit in ("week", "weekend", "workweek"):
        first = monday + dt.timedelta(weeks=step)
        lo, hi = {"week": (0, 6), "weekend": (5, 6), "workweek": (0, 4)}[unit]
        return first + lo * DAY, first + hi * DAY, "week"
    if unit == "fortnight":
        first = monday + dt.timedelta(weeks=2 * step)
        return first, first + 13 * DAY, "week"
    if unit in ("month", "quarter"):
        size = 1 if unit == "month" else 3
        first = cal.add_months(dt.date(ref.year, (ref.month - 1) // size * size + 1, 1), size * step)
        return first, cal.add_months(first, size) - DAY, unit
    if unit == "decade":
        y = ref.year // 10 * 10 + 10 * step
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"
    y = ref.year + step
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"


def _period(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    mod = " ".join(g["mod"].lower().split()).replace("the ", "")
    unit = _unit(g["unit"])
    if ref is None or (mod in ("the", "that", "same") and unit not in ("weekend", "week", "month", "year")):
        return None
    if mod == "the" and unit != "weekend":
        return None  # "the week" alone names no week in news copy
    if mod == "that" and unit != "weekend":
        return None
    start, end, precision = period_of(unit, _REL[mod], ref)
    return span_atom(m, start, end, precision, explicit=False)


def _week_after(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    start, end, _ = period_of("week", 2, ref)
    return span_atom(m, start, end, "week", explicit=False)


def _later(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    if g.get("ytd"):
        return span_atom(m, dt.date(ref.year, 1, 1), ref, "range", explicit=False)
    unit, later = g["unit"].lower(), g["when"].lower() == "later"
    start, end, _ = period_of(unit, 0, ref)
    if unit == "week":
        thursday = start + 3 * DAY
        start, end = (max(ref, thursday), end) if later else (start, ref - DAY)
    elif unit == "month":
        start, end = (ref, end) if later else (start, start + 15 * DAY)
    else:
        start, end = (max(ref, dt.date(ref.year, 7, 1)), end) if later else (start, ref - DAY)
    return span_atom(m, start, end, "range", explicit=False) if start <= end else None


_YEAR_PARTS = {
    "beginning": (1, 4),
    "start": (1, 4),
    "early": (1, 4),
    "middle": (5, 8),
    "mid": (5, 8),
    "end": (9, 12),
    "late": (9, 12),
}
_MONTH_PARTS = {
    "beginning": (1, 15),
    "start": (1, 15),
    "early": (1, 15),
    "middle": (10, 20),
    "mid": (10, 20),
    "end": (16, 31),
    "late": (16, 31),
}


def _part(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    part = (g.get("part") or "end").lower()
    kind = "part_end" if part in ("end", "late") else "part"
    year = year_value(g, ref)
    if year is not None:
        lo, hi = _YEAR_PARTS[part]
        return span_atom(m, dt.date(year, lo, 1), cal.month_end(year, hi), "range", kind=kind, relative=False)
    if g.get("month"):
        whole = yearless(m, cal.month_number(g["month"]), 1, ref, hint, None) if (ref or hint) else None
        if whole is None or whole.mention.date is None:
            return None
        y, mo = whole.mention.date.year, whole.mention.date.month
        if ref is not None and (y, mo) > (ref.year, ref.month) and not g.get("rel"):
            y -= 1
        lo, hi = _MONTH_PARTS[part]
        return span_atom(
            m,
            dt.date(y, mo, lo),
            min(dt.date(y, mo, 1) + (hi - 1) * DAY, cal.month_end(y, mo)),
            "range",
            kind=kind,
            explicit=False,
            month=mo,
        )
    if ref is None:
        return None
    unit = (g.get("unit") or "year").lower()
    start, end, _ = period_of(unit, _REL[(g.get("rel") or "this").lower()], ref)
    if unit == "year":
        half = start.replace(month=7) if part in ("end", "late") else start
        return span_atom(
            m, half, end if part in ("end", "late") else start.replace(month=6, day=30), "range", kind=kind
        )
    if unit == "month":
        lo, hi = _MONTH_PARTS[part]
        return span_atom(m, start.replace(day=lo), min(start + (hi - 1) * DAY, end), "range", kind=kind)
    return span_atom(
        m,
        start + 3 * DAY if part in ("end", "late") else start,
        end if part in ("end", "late") else start + 2 * DAY,
        "range",
        kind=kind,
    )


_ORD = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
    "9th": 9,
    "10th": 10,
    "11th": 11,
    "12th": 12,
    "last": -1,
}


def _quarter(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    code = (g.get("q1") or g.get("q2") or "").lower()
    year_text = g.get("y1") or g.get("y2") or g.get("y3")
    rel = (g.get("qrel") or g.get("qrel2") or "").lower()
    if code:
        size, n = (3 if code[0] == "q" else 6), int(code[1])
    else:
        size = 3 if (g.get("qh") or "quarter").lower() == "quarter" or g.get("qn2") else 6
        n = _ORD[(g.get("qn") or g.get("qn2") or "first").lower()]
    if size == 6 and n > 2:
        return None
    if year_text:
        year = int(year_text)
    elif ref is not None:
        year = ref.year + {"next": 1, "last": -1}.get(rel, 0)
    else:
        return None
    start = dt.date(year, size * (n - 1) + 1, 1)
    return span_atom(
        m, start, cal.add_months(start, size) - DAY, "quarter" if size == 3 else "half", relative=not year_text
    )


_DECADES = {"fifties": 1950, "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990}


def _decade(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if g.get("cent"):
        c = int(g["cent"])
        return span_atom(
            m, dt.date(max(1, (c - 1) * 100), 1, 1), dt.date(c * 100 - 1, 12, 31), "century", relative=False
        )
    if g.get("dec"):
        y = int(g["dec"])
    elif g.get("dec2"):
        y = 1900 + int(g["dec2"]) if ref is None or 2000 + int(g["dec2"]) > ref.year else 2000 + int(g["dec2"])
    else:
        y = _DECADES[g["decw"].lower().split()[-1]]
    return span_atom(m, dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", relative=False)


def _week_n(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    rel = {"last": -1, "next": 1, "this": 0}
    base = ref or (dt.date(hint, 7, 1) if hint else None)
    if g.get("wn"):
        year = (
            int(g["wy"])
            if g.get("wy")
            else (base.year + rel[g["wrel"].lower()] if base and g.get("wrel") else base.year if base else None)
        )
        if year is None or not 1 <= int(g["wn"]) <= 53:
            return None
        start = cal.iso_week(year, int(g["wn"]))
        return span_atom(m, start, start + 6 * DAY, "week", relative=not g.get("wy"))
    if g.get("mth"):
        year = int(g["my"]) if g.get("my") else (base.year + rel[g["mrel"].lower()] if base else None)
        n = _ORD[g["mth"].lower()]
        if year is None or n == -1:
            return None
        return span_atom(m, dt.date(year, n, 1), cal.month_end(year, n), "month", relative=not g.get("my"))
    n, count = _ORD[g["nth"].lower()], _number(g["count"]) if g.get("count") else 1
    if g.get("wy2"):
        year = int(g["wy2"])
        start = cal.iso_week(year, n) if n > 0 else cal.monday(dt.date(year, 12, 28)) - 7 * (count - 1) * DAY
    else:
        if g.get("wmon"):
            mo = cal.month_number(str(g["wmon"]))
            if g.get("wy3"):
                first = dt.date(int(g["wy3"]), mo, 1)
            elif base is not None:
                first = dt.date(base.year, mo, 1)
            else:
                return None
        elif base is not None:
            first = cal.add_months(dt.date(base.year, base.month, 1), rel[g["wrel2"].lower()])
        else:
            return None
        last = cal.month_end(first.year, first.month)
        start = cal.monday(first) + 7 * (n - 1) * DAY if n > 0 else cal.monday(last) - 7 * (count - 1) * DAY
    return span_atom(m, start, start + (7 * count - 1) * DAY, "week")


def _nth(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    """ "the 18th": the most recent 18th (this month's, or next month's with "of next month")."""
    if ref is None:
        return None
    d = cal.day_number(g["day"] or g["dayw"])
    rel = (g.get("rel") or "").lower()
    if not 1 <= d <= 31:
        return None
    if rel in ("this", "the"):
        day = cal.safe(ref.year, ref.month, d)
    elif rel in ("next", "last"):
        first = cal.add_months(dt.date(ref.year, ref.month, 1), 1 if rel == "next" else -1)
        day = cal.safe(first.year, first.month, d)
    else:
        prev = cal.add_months(dt.date(ref.year, ref.month, 1), -1)
        day = cal.safe(ref.year, ref.month, d) if d <= ref.day else cal.safe(prev.year, prev.month, d)
    return day_atom(m, day, relative=True, explicit=False)


def offset(day: dt.date, spans: list[tuple[int, str]], sign: int) -> dt.date:
    for n, unit in spans:
        day = cal.shift(day, unit, sign * n)
    return day


def _ago(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    direction = " ".join(g["dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier", "before today") else 1
    return day_atom(m, offset(ref, time_amounts(g["span"]), sign), relative=True, explicit=False)


def _in_n(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    return day_atom(m, offset(ref, time_amounts(g["span"]), 1), relative=True, explicit=False)


def _rolling(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    mod = (g.get("mod") or g.get("mod2") or "").lower().split()[0]
    spans = [(_number(g.get("n1") or g.get("n2") or "1"), g["unit"].lower()), *time_amounts(g.get("more") or "")]
    unit = _unit(g["unit"]).rstrip("s")
    if mod == "within":
        return span_atom(m, ref, offset(ref, spans, 1), "range")
    if unit in ("quarter", "decade") and len(spans) == 1:
        n = spans[0][0]
        here, _, _ = period_of(unit, 0, ref)
        if _REL.get(mod, 1) > 0:
            start = period_of(unit, 1, ref)[0]
            return span_atom(m, start, period_of(unit, n, ref)[1], "range")
        return span_atom(m, period_of(unit, -n, ref)[0], here - DAY, "range")
    if _REL.get(mod, 1) > 0:
        start = ref + DAY
        return span_atom(m, start, offset(start, spans, 1) - DAY, "range")
    return span_atom(m, offset(ref, spans, -1), ref, "range")


def _day_range(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    month = g.get("month") or g.get("month2")
    first, last = (g["d1"], g["d2"]) if g.get("d1") else (g["d3"], g["d4"])
    if g.get("d3") and " and " in m.group().lower() and not g.get("between"):
        return None
    bare = g.get("d3") and not (g.get("between") or re.search(r"\D", first + last))
    if bare and "-" not in m.group() and " to " not in m.group():
        return None
    mo, d1, d2 = cal.month_number(str(month)), cal.day_number(first), cal.day_number(last)
    if not (1 <= d1 < d2 <= 31):
        return None
    year = year_value(g, ref) or (int(g["year2"]) if g.get("year2") else None)
    if year is None:
        anchor = yearless(m, mo, d1, ref, hint, None)
        if anchor is None or anchor.mention.date is None:
            return None
        year = anchor.mention.date.year
    start, end = cal.safe(year, mo, d1), cal.safe(year, mo, d2)
    if start is None or end is None:
        return None
    return span_atom(m, start, end, "range", relative=False)


def _to_date(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    found = DateMention(
        text=m.group(),
        char_start=m.start(),
        char_end=m.end(),
        date=None,
        start=None,
        end=ref,
        precision="range",
        relative=True,
    )
    return Atom(mention=found, kind="open")


def _yrange(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    """ "2014-2018", "between 2014 and 2018": from the first year up to the second (its start, as upstream)."""
    y1, y2 = int(g["y1"]), int(g["y2"])
    if g["conn"].lower() == "and" and (g.get("pre") or "").lower() != "between":
        return None
    if not y1 < y2 <= y1 + 200:
        return None
    return span_atom(m, dt.date(y1, 1, 1), dt.date(y2, 1, 1) - DAY, "range", relative=False)


HANDLERS: dict[str, Handler] = {
    "yrange": _yrange,
    "period": _period,
    "week_after": _week_after,
    "later": _later,
    "part": _part,
    "quarter": _quarter,
    "decade": _decade,
    "week_n": _week_n,
    "nth": _nth,
    "ago": _ago,
    "in_n": _in_n,
    "rolling": _rolling,
    "day_range": _day_range,
    "to_date": _to_date,
}
