"""Values, dates and tallies in words, the same in every report for people (table, Markdown, HTML)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..model import Count, EventDate, Finding, Participants, Person, Result, Value

_QUALIFIER_WORDS = {"exact": "", "between": "", "vague": ""}
#: The hedge as one sign: "≈2,500", ">200", "≤10 days" (the README's hedge table gives the intervals).
_QUALIFIER_SIGNS = {"about": "≈", "nearly": "≲", "more than": ">", "at least": "≥", "fewer than": "<", "up to": "≤"}
_TIME_UNITS = ("day", "second", "minute", "hour", "week", "fortnight", "month", "year", "decade")
#: Verdicts in report order, as nouns for a tally.
VERDICT_NOUNS = {
    "contradiction": "contradiction",
    "partial": "partial agreement",
    "agreement": "agreement",
    "single_source": "single-source",
}


def n(count: int, noun: str) -> str:
    """A count and its noun, plural when it is not one.

    >>> n(1, "finding"), n(2500, "claim"), n(3, "single-source")
    ('1 finding', '2,500 claims', '3 single-source')
    """
    plural = "" if count == 1 or noun.endswith("-source") else "s"
    return f"{count:,} {noun}{plural}"


def fmt_number(x: float | int | None) -> str:
    """A figure with thousands separators.

    >>> fmt_number(2500), fmt_number(7.8), fmt_number(None)
    ('2,500', '7.8', '?')
    """
    if x is None:
        return "?"
    return f"{x:,}" if isinstance(x, int) else f"{x:,.3f}".rstrip("0").rstrip(".")


@functools.cache
def _days_per_unit() -> dict[str, float]:
    """Time units that extraction turns into days, and how many days each is (``data/units.json``)."""
    data = json.loads((Path(__file__).parents[1] / "data" / "units.json").read_text(encoding="utf-8"))
    return {word.rstrip("s"): float(days) for word, days in data["time_units"].items()}


_UNIT_WORD = re.compile(r"\b(hours?|days?|weeks?|fortnights?)\b", re.IGNORECASE)


def as_written(value: Count, quote: str | None = None) -> Count:
    """A duration that extraction counts in days, in the unit its quote uses ("7 hours", not "0.292
    days"); without a quote, in hours when it is less than a day.

    >>> as_written(Count(nominal=0.292, low=0.292, high=0.292, unit="day"), "for 7 hours").nominal
    7
    >>> as_written(Count(nominal=14, low=14, high=14, unit="day"), "two weeks")
    Count(nominal=2, low=2, high=2, qualifier='exact', unit='week')
    >>> as_written(Count(nominal=0.062, low=None, high=0.062, qualifier="up to", unit="day")).high
    1.5
    """
    if value.unit != "day":
        return value
    words = _UNIT_WORD.findall(quote or "")
    unit = words[-1].lower().rstrip("s") if words else None
    if unit is None:  # without the words: in hours when that is not a whole number of days
        figures = [x for x in (value.nominal, value.low, value.high) if x is not None]
        whole = all(abs(x - round(x)) < 1e-9 for x in figures)
        unit = "day" if whole else "hour"
    if unit == "day":
        return value
    per = _days_per_unit()[unit]
    digits = 1 if unit == "hour" else 2  # days are kept to 3 decimals: an hour's tenth is what that holds

    def scaled(x: float | int | None) -> float | int | None:
        if x is None:
            return None
        y = round(x / per, digits)
        return int(y) if y == int(y) else y

    return Count(
        nominal=scaled(value.nominal),
        low=scaled(value.low),
        high=scaled(value.high),
        qualifier=value.qualifier,
        unit=unit,
    )


def fmt_value(value: Value, *, words: bool = False, quote: str | None = None) -> str:
    """A value in a few characters (the hedge as a sign), or in words with ``words``; a duration in
    the unit of ``quote`` (the words of a claim stating it).

    >>> fmt_value(Count(nominal=2500, low=2250, high=2750, qualifier="about", unit="peacekeeper"))
    '≈2,500'
    >>> fmt_value(Count(nominal=None, low=24, high=146, qualifier="between", unit="person"))
    '24–146'
    >>> fmt_value(Count(nominal=146, low=24, high=146, qualifier="between", unit="person"))
    '146 (24–146)'
    >>> fmt_value(Count(nominal=10, low=None, high=10, qualifier="up to", unit="day"))
    '≤10 days'
    >>> fmt_value(Count(nominal=0.292, low=0.292, high=0.292, unit="day")), fmt_value(Count(nominal=1, low=1,
    ...     high=1, unit="day"))
    ('7 hours', '1 day')
    >>> fmt_value(Count(nominal=200, low=200, high=None, qualifier="more than", unit="person"), words=True)
    'more than 200'
    """
    if isinstance(value, Count):
        value = as_written(value, quote)
        if value.nominal is None:
            lo, hi = fmt_number(value.low), fmt_number(value.high) if value.high is not None else "…"
            figure = f"{lo}–{hi}" + (" (vague)" if value.qualifier == "vague" else "")
        elif value.qualifier == "between" and (value.low, value.high) != (value.nominal, value.nominal):
            figure = f"{fmt_number(value.nominal)} ({fmt_number(value.low)}–{fmt_number(value.high)})"
        elif words:
            figure = f"{_QUALIFIER_WORDS.get(value.qualifier, value.qualifier)} {fmt_number(value.nominal)}".strip()
        else:
            figure = _QUALIFIER_SIGNS.get(value.qualifier, "") + fmt_number(value.nominal)
        if value.unit in _TIME_UNITS:
            one = value.nominal == 1 or (value.nominal is None and value.high == 1)
            return f"{figure} {value.unit}{'' if one else 's'}"
        if value.unit in ("magnitude", "km", "mile", "m"):
            return f"{figure} {value.unit}"
        return figure
    if isinstance(value, EventDate):
        return value.iso
    if isinstance(value, Participants):
        return ", ".join(value.countries)
    if isinstance(value, Person):
        return value.name + (f" ({value.role})" if value.role else "")
    return str(value)


def trend_words(finding: Finding) -> str:
    """ "rising over time: 24–146 (13 Jan) → more than 200 (19 Jan)", or "" without a trend."""
    if finding.trend is None:
        return ""
    steps = " → ".join(f"{fmt_value(s.value, words=True)} ({s.date.day} {s.date:%b})" for s in finding.sequence)
    return f"{finding.trend} over time: {steps}"


def date_label(date: dt.date, *, year: bool = True) -> str:
    """A publication date as a reader writes it.

    >>> date_label(dt.date(2022, 1, 3)), date_label(dt.date(2022, 1, 13), year=False)
    ('3 Jan 2022', '13 Jan')
    """
    return f"{date.day} {date:%b}" + (f" {date.year}" if year else "")


def span(first: dt.date, last: dt.date) -> str:
    """Dates from first to last, saying the month and year once where they are shared.

    >>> span(dt.date(2022, 1, 13), dt.date(2022, 1, 19)), span(dt.date(2022, 1, 13), dt.date(2022, 1, 13))
    ('13–19 Jan 2022', '13 Jan 2022')
    >>> span(dt.date(2022, 1, 30), dt.date(2022, 2, 2)), span(dt.date(2021, 12, 30), dt.date(2022, 1, 2))
    ('30 Jan – 2 Feb 2022', '30 Dec 2021 – 2 Jan 2022')
    """
    if first == last:
        return date_label(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{date_label(last)}"
    return f"{date_label(first, year=first.year != last.year)} – {date_label(last)}"


def documents_line(result: Result) -> str:
    """What was read: "5 documents from 2 outlets (3 without one), published 13–19 Jan 2022 (2 undated); 61 claims"."""
    docs = result.documents
    outlets = {d.outlet for d in docs if d.outlet}
    without = sum(1 for d in docs if not d.outlet)
    line = n(len(docs), "document")
    if outlets:
        line += f" from {n(len(outlets), 'outlet')}" + (f" ({without:,} without one)" if without else "")
    dates = sorted(d.published for d in docs if d.published)
    if dates:
        undated = len(docs) - len(dates)
        line += f", published {span(dates[0], dates[-1])}" + (f" ({undated:,} undated)" if undated else "")
    line += f"; {n(len(result.claims), 'claim')}"
    if result.errors:
        line += f"; {n(len(result.errors), 'input')} skipped"
    return line


def tally(findings: Sequence[Finding]) -> list[tuple[str, int]]:
    """How many findings of each verdict, in report order, leaving out the verdicts none has."""
    counts: Counter[str] = Counter(f.verdict for f in findings)
    return [(v, counts[v]) for v in VERDICT_NOUNS if counts[v]]


def findings_line(findings: Sequence[Finding], filtered: Sequence[tuple[str, int]] = (), filters: str = "") -> str:
    """The findings of a report: "14 findings: 3 contradictions, 1 partial agreement, 10 agreements; 18
    single-source filtered out (--min-sources 2)".

    >>> findings_line([]), findings_line([], [("single_source", 2)], "--min-sources 2")
    ('0 findings', '0 findings; 2 single-source filtered out (--min-sources 2)')
    """
    line = n(len(findings), "finding")
    parts = [n(count, VERDICT_NOUNS[v]) for v, count in tally(findings)]
    if parts:
        line += ": " + ", ".join(parts)
    gone = [n(count, VERDICT_NOUNS[v]) for v, count in filtered if count]
    if gone:
        line += "; " + ", ".join(gone) + " filtered out" + (f" ({filters})" if filters else "")
    return line


def hidden_line(hidden: Sequence[tuple[str, int]]) -> str:
    """What a long report left out, and how to see it; "" when nothing was.

    >>> hidden_line([("agreement", 3), ("single_source", 21802)])
    'Not shown: 3 agreements, 21,802 single-source findings (--all shows every finding).'
    """
    if not hidden:
        return ""
    parts = [n(count, VERDICT_NOUNS[v]) for v, count in hidden]
    if hidden[-1][0] == "single_source":
        parts[-1] += " finding" if hidden[-1][1] == 1 else " findings"
    return f"Not shown: {', '.join(parts)} (--all shows every finding)."
