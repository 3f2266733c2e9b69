"""Resolve one candidate match of ``patterns`` to a day or a period.

An ``Atom`` is a resolved mention plus what the combining step needs to know: its kind ("day",
"month", "year", "period", "part", "now", "open") and whether its year was written. Conventions
that differ between readers are chosen here, once: a bare weekday is the most recent such day,
the article's own day included, unless a future verb comes before it in its sentence ("will appear
before a judge on Monday": the coming one); "last Friday" is Friday of the previous calendar week and "next
Friday" that of the following one; a yearless day takes the year that puts it nearest the
reference; a two-digit year is read in the century that puts it at most ten years after it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..numbers.words import cardinal
from ..text import plain, run_offsets
from . import cal
from .cal import DAY, DateMention, words

Groups = dict[str, Any]
_LEAD = re.compile(r"(?i:in|since|during|by|until|before|after|from|of|on)\s+(?=\S)")
_TWO_DIGITS = re.compile(r"\d\d")
_DIGIT = re.compile(r"\d")
_ORDINAL_WORD = re.compile(r"(?i)twenty|thirty|first|second|third|th\b")
_NON_DIGITS = re.compile(r"\D")
_WEEK_OFFSETS = {"next": 7, "following": 7, "coming": 7, "last": -7, "previous": -7, "this": 0}


@dataclass(frozen=True, slots=True, kw_only=True)
class Atom:
    mention: DateMention
    kind: str
    explicit_year: bool = True
    month: int | None = None
    day: int | None = None


_A_MENTION, _A_KIND, _A_EXPLICIT_YEAR, _A_MONTH, _A_DAY = (
    Atom.__dict__[f].__set__ for f in ("mention", "kind", "explicit_year", "month", "day")
)


def _atom(found: DateMention, kind: str, explicit_year: bool, month: int | None, day: int | None) -> Atom:
    """``Atom(mention=found, kind=kind, ...)``, built by setting the slots as the frozen ``__init__`` does."""
    made = object.__new__(Atom)
    _A_MENTION(made, found)
    _A_KIND(made, kind)
    _A_EXPLICIT_YEAR(made, explicit_year)
    _A_MONTH(made, month)
    _A_DAY(made, day)
    return made


def mention(
    m: re.Match[str], start: dt.date | None, end: dt.date | None, precision: str, relative: bool
) -> DateMention:
    a, b = m.span()
    text = m.string[a:b]
    if precision in ("year", "month") and (lead := _LEAD.match(text)):
        a, text = a + lead.end(), text[lead.end() :]
    day = start if start is not None and start == end else None
    return cal.mention_of(text, a, b, day, start, end, precision, relative)


def day_atom(m: re.Match[str], day: dt.date | None, *, relative: bool = False, explicit: bool = True) -> Atom | None:
    if day is None:
        return None
    return _atom(mention(m, day, day, "day", relative), "day", explicit, day.month, day.day)


def span_atom(
    m: re.Match[str],
    start: dt.date,
    end: dt.date,
    precision: str,
    *,
    kind: str = "period",
    relative: bool = True,
    explicit: bool = True,
    month: int | None = None,
) -> Atom:
    return _atom(mention(m, start, end, precision, relative), kind, explicit, month, None)


def year_value(g: Groups, ref: dt.date | None) -> int | None:
    """The year of a match's ``year`` or ``yy`` group: digits, "'87", or words ("nineteen eighty six")."""
    raw = g.get("year") or g.get("yy")
    if not raw:
        return None
    raw = raw.strip()
    if raw.startswith("'") or _TWO_DIGITS.fullmatch(raw):
        return cal.two_digit_year(int(raw.lstrip("'")), ref)
    if raw.isdigit():
        return int(raw)
    parts = raw.lower().replace("-", " ").split()
    if parts[0] in ("seventeen", "eighteen", "nineteen") and "hundred" not in parts:
        head, rest = cardinal(parts[:1]), cardinal(parts[1:])
        return None if head is None or rest is None else int(head * 100 + rest)
    value = cardinal(parts)
    return None if value is None else int(value)


def _month_day(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    month_word = g["month"].rstrip(".").lower()
    word_day = not _DIGIT.match(g["day"]) and not (g.get("year") or g.get("yy"))
    ordinal = _ORDINAL_WORD.search(g["day"])
    if month_word in ("may", "march", "mar") and word_day and (g["month"][0].islower() or not ordinal):
        return None
    mo, d = cal.month_number(g["month"]), cal.day_number(g["day"])
    if not 1 <= d <= 31:
        return None
    year = year_value(g, ref)
    if year is not None:
        return day_atom(m, cal.safe(year, mo, d))
    return yearless(m, mo, d, ref, hint, g.get("wd"))


def yearless(m: re.Match[str], mo: int, d: int, ref: dt.date | None, hint: int | None, wd: str | None) -> Atom | None:
    """A day without a year: the reading nearest ``ref`` (the one on the named weekday, if one is named)."""
    if ref is None:
        if hint is None:
            return None
        return day_atom(m, cal.safe(hint, mo, d), explicit=False)
    day = cal.nearest_year(mo, d, ref)
    if wd:
        day = cal.nearest_on_weekday(mo, d, ref, cal.weekday_number(wd)) or day
    return day_atom(m, day, relative=True, explicit=False)


def _ymd(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    return day_atom(m, cal.safe(int(g["year"]), cal.month_number(g["month"]), int(_NON_DIGITS.sub("", g["day"]))))


def _month_year(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    year = year_value(g, ref)
    if year is None:
        return None
    mo = cal.month_number(g["month"])
    return span_atom(m, dt.date(year, mo, 1), cal.month_end(year, mo), "month", relative=False, kind="month", month=mo)


def _iso(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if g.get("sep") == " " and (len(g["mo"]) != 2 or len(g["d"]) != 2):
        return None
    return day_atom(m, cal.safe(int(g["year"]), int(g["mo"]), int(g["d"])))


def _ynum(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    year, mo = int(g["year"] or g["year2"]), int(g["mo"] or g["mo2"])
    if g["year"] and len(g["mo"]) == 2 and int(g["mo"]) == (year + 1) % 100:
        return None  # "2011-12" is a season or a fiscal year, not December 2011
    return span_atom(m, dt.date(year, mo, 1), cal.month_end(year, mo), "month", relative=False, kind="month", month=mo)


def _numeric(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if g["sep"] != "/" and not (g.get("wd") or g.get("lead") or g.get("wd2")):
        return None
    a, b = int(g["a"]), int(g["b"])
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    mo, d = (b, a) if a > 12 else (a, b)
    if g["y"]:
        year = int(g["y"]) if len(g["y"]) == 4 else cal.two_digit_year(int(g["y"]), ref)
        base = ref or dt.date(year, 1, 1)
        return day_atom(m, cal.dateparser_day(f"{mo}/{d}/{year}", base) if cal.safe(year, mo, d) else None)
    lead = (g.get("lead") or "").lower()
    if ref is not None and lead in ("this", "next"):
        return day_atom(m, cal.safe(ref.year + (lead == "next"), mo, d), relative=True, explicit=False)
    return yearless(m, mo, d, ref, hint, g.get("wd") or g.get("wd2"))


def _wd_day(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    """ "Friday 31": the most recent month, up to this one, whose 31st is a Friday."""
    if ref is None:
        return None
    weekday, d = cal.weekday_number(g["wd"]), int(_NON_DIGITS.sub("", g["day"]))
    y, mo = ref.year, ref.month
    for _ in range(36):
        day = cal.safe(y, mo, d)
        if day is not None and day <= ref and day.weekday() == weekday:
            return day_atom(m, day, relative=True, explicit=False)
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return None


def _weekday(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    wd = cal.weekday_number(g["wd"])
    raw_mod, week = g.get("mod"), g.get("week")
    if raw_mod is None and week is None:  # a bare weekday, most of them: no Monday of the week is needed
        return day_atom(m, _bare_weekday(m, ref, wd), relative=True, explicit=False)
    mod = " ".join((raw_mod or "").lower().split())
    week = (week or "").lower()
    this_monday = cal.monday(ref)
    if week:
        day = this_monday + (_WEEK_OFFSETS[week] + wd) * DAY
    elif mod in ("next", "following"):
        day = this_monday + (7 + wd) * DAY
    elif mod in ("last", "previous"):
        day = this_monday + (wd - 7) * DAY
    elif mod in ("coming", "upcoming", "this upcoming"):
        day = cal.weekday_before(ref, wd) + 7 * DAY if ref.weekday() >= wd else this_monday + wd * DAY
    elif mod in ("past", "this past"):
        day = cal.weekday_before(ref, wd, strictly=True)
    elif mod in ("this", "current", "same"):
        day = this_monday + wd * DAY
    elif mod == "that":
        return None
    else:
        day = _bare_weekday(m, ref, wd)
    return day_atom(m, day, relative=True, explicit=False)


def _bare_weekday(m: re.Match[str], ref: dt.date, wd: int) -> dt.date:
    """The day of a weekday with no word that moves it: the most recent one, or the coming one if declared a
    day of mourning or said with a future verb."""
    if _declared(m):  # "declared three days of mourning from Monday": that day or the coming one
        return ref + (wd - ref.weekday()) % 7 * DAY
    if _future(m):  # "will appear before a judge on Monday": the coming one
        return cal.weekday_before(ref, wd) + 7 * DAY if ref.weekday() >= wd else cal.monday(ref) + wd * DAY
    return cal.weekday_before(ref, wd)


_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planning|going)\s+to|plans?\s+to|"
    r"intends?\s+to)\b(?![^.;:!?,]*\b(?:was|were|had|did|said|says|announced)\b)[^.;:!?,]*$",
    re.I,
)


# the words _FUTURE opens with
_FUTURE_WORDS = frozenset(("will", "shall", "is", "are", "plan", "plans", "intend", "intends"))


def _future(m: re.Match[str]) -> bool:
    """Whether a bare weekday is said of what is to come: a future verb before it in its sentence."""
    text, start = m.string, m.start()
    lo = max(0, start - 80)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    lo = cut + 1 if cut >= 0 else lo
    return not _no_future_word(text, lo, start) and _FUTURE.search(text, lo, start) is not None


# A day declared one of mourning or a holiday is to come: "declared Sunday a day of national mourning",
# "has declared three days of mourning from Thursday"
_DECLARED_BEFORE = re.compile(
    r"\b(?:declared|announced|ordered|proclaimed)\b[^.;:!?]{0,60}\b(?:mourning|holiday)\s+(?:from|on|starting|for)\s+$",
    re.I,
)
_DECLARED_DAY = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:national\s+|public\s+|official\s+)?(?:day\s+of\s+(?:national\s+)?mourning|holiday)\b", re.I
)
_DECLARED_VERB = re.compile(r"\b(?:declared|announced|ordered|proclaimed)\s+$", re.I)


def _declared(m: re.Match[str]) -> bool:
    """Whether a bare weekday is a day declared one of mourning or a holiday (a day to come)."""
    text, start, end = m.string, m.start(), m.end()
    lo, hi = max(0, start - 60), end + 40
    if text.find("ourning", lo, hi) < 0 and text.find("oliday", lo, hi) < 0:
        return False
    if _DECLARED_VERB.search(text, max(0, start - 16), start) and _DECLARED_DAY.match(text, end):
        return True  # "declared Sunday a day of national mourning"
    return _DECLARED_BEFORE.search(text, max(0, start - 100), start) is not None


def _no_future_word(text: str, lo: int, hi: int) -> bool:
    """Whether no run of ``text.run_offsets`` starting in ``lo:hi`` is a word of ``_FUTURE_WORDS``, in a
    ``text.plain`` text (for another, False): then ``_FUTURE`` finds nothing there, without its search of
    every position (a case-blind search costs tens of thousands of instructions; a weekday is common).

    Exact: each word ``_FUTURE`` opens with stands between word boundaries (or before white space), and in a
    plain text only ASCII letters match its letters case-blind, so a match's first word is a whole run,
    lower-cased, that starts in ``lo:hi``. The runs are those ``candidates`` cut the text into (cached).
    """
    if not plain(text):
        return False
    words, offsets = run_offsets(text)
    return _FUTURE_WORDS.isdisjoint(words[bisect_left(offsets, lo) : bisect_left(offsets, hi)])


_SHIFTS = {
    "today": 0,
    "tonight": 0,
    "now": 0,
    "current date": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tmrw": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _relative(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    if ref is None:
        return None
    rel = " ".join(g["rel"].lower().split())
    atom = day_atom(m, ref + _SHIFTS[rel] * DAY, relative=True, explicit=False)
    return Atom(mention=atom.mention, kind="now", explicit_year=False) if atom and rel == "now" else atom


def _holiday(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    name = " ".join(g["hol"].lower().replace("’", "'").split())
    w = words()
    fixed: tuple[int, int] | None = None if name in w["movable"] else tuple(w["holidays"][name])

    def on(y: int) -> dt.date:
        return cal.movable_feast(w["movable"][name], y) if fixed is None else dt.date(y, *fixed)

    year = year_value(g, ref)
    if year is not None:
        return day_atom(m, on(year))
    base = ref or (dt.date(hint, 7, 1) if hint else None)
    if base is None:
        return None
    mod = (g.get("mod") or "").lower()
    this = (g.get("this") or "").lower().split()
    options = [on(y) for y in (base.year - 1, base.year, base.year + 1)]
    if this:
        day = on(base.year + {"this": 0, "next": 1, "last": -1}[this[0]])
    elif mod in ("next", "following"):
        day = min(d for d in options if d > base)
    elif mod in ("last", "previous"):
        day = max(d for d in options if d < base)
    elif mod == "this":
        day = on(base.year)
    else:
        day = min(options, key=lambda d: (abs((d - base).days), d > base))
    return day_atom(m, day, relative=True, explicit=False)


def _year(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    y = year_value(g, ref)
    if y is None:
        return None
    return span_atom(m, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", relative=False, kind="year")


def _month_alone(m: re.Match[str], g: Groups, ref: dt.date | None, hint: int | None) -> Atom | None:
    mo = cal.month_number(g["month"])
    base = ref or (dt.date(hint, 12, 31) if hint else None)
    if base is None:
        return None
    this = (g.get("this") or "").lower()
    if this == "this" or (this == "" and ref is None):
        y = base.year
    elif this == "next":
        y = base.year + 1 if mo <= base.month else base.year
    else:
        y = base.year if mo < base.month or (this == "" and mo == base.month) else base.year - 1
    return span_atom(m, dt.date(y, mo, 1), cal.month_end(y, mo), "month", explicit=False, kind="month", month=mo)


Handler = Callable[[re.Match[str], Groups, dt.date | None, int | None], Atom | None]

HANDLERS: dict[str, Handler] = {
    "md": _month_day,
    "dm": _month_day,
    "ymd": _ymd,
    "my": _month_year,
    "ym": _month_year,
    "iso": _iso,
    "compact": _iso,
    "ynum": _ynum,
    "numeric": _numeric,
    "wd_day": _wd_day,
    "weekday": _weekday,
    "week_wd": _weekday,
    "relative": _relative,
    "holiday": _holiday,
    "year": _year,
    "cy": _year,
    "in_month": _month_alone,
    "this_month": _month_alone,
}
