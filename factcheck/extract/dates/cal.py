"""Calendar arithmetic for the date parser: the mention type, small pure helpers, and the one dateparser call.

Everything here is a pure function of its arguments; nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..lexicon import data

DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date in the text: one day (``date``) or a period (``start``..``end``, inclusive; ``None`` is open)."""

    text: str
    char_start: int
    char_end: int
    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    precision: str
    relative: bool


_M_TEXT, _M_CHAR_START, _M_CHAR_END, _M_DATE, _M_START, _M_END, _M_PRECISION, _M_RELATIVE = (
    DateMention.__dict__[f].__set__
    for f in ("text", "char_start", "char_end", "date", "start", "end", "precision", "relative")
)


def mention_of(
    text: str,
    char_start: int,
    char_end: int,
    date: dt.date | None,
    start: dt.date | None,
    end: dt.date | None,
    precision: str,
    relative: bool,
) -> DateMention:
    """``DateMention(text=text, char_start=char_start, ...)``, built by setting the slots as the frozen
    ``__init__`` does, in half the time (every candidate a handler accepts makes one)."""
    made = object.__new__(DateMention)
    _M_TEXT(made, text)
    _M_CHAR_START(made, char_start)
    _M_CHAR_END(made, char_end)
    _M_DATE(made, date)
    _M_START(made, start)
    _M_END(made, end)
    _M_PRECISION(made, precision)
    _M_RELATIVE(made, relative)
    return made


@cache
def words() -> dict[str, Any]:
    return data("date_words.json")  # type: ignore[no-any-return]


@lru_cache(maxsize=1024)
def month_number(token: str) -> int:
    return int(words()["months"][token.rstrip(".").lower()])


@lru_cache(maxsize=1024)
def day_number(token: str) -> int:
    """ "21st", "21", "twenty-first", "twenty first" or "twenty one" as a day of the month.

    >>> day_number("21st"), day_number("twenty first"), day_number("thirty one"), day_number("ninth")
    (21, 21, 31, 9)
    """
    t = " ".join(token.lower().replace("-", " ").split())
    ordinals = _ordinals()
    if t in ordinals:
        return int(ordinals[t])
    if _DAY_DIGITS.fullmatch(t):
        return int(_NON_DIGITS.sub("", t))
    small = words()["small_numbers"]
    parts = t.split()
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in small:
        return int(small[parts[0]]) + int(small[parts[1]])
    return int(small.get(t, 0))


@cache
def _ordinals() -> dict[str, Any]:
    return {k.replace("-", " "): v for k, v in words()["ordinal_days"].items()}


_DAY_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)?")
_NON_DIGITS = re.compile(r"\D")


@lru_cache(maxsize=1024)
def weekday_number(token: str) -> int:
    """ "Thursday", "Thu." or "thurs" as 0 (Monday) to 6."""
    return int(words()["weekdays"][token.rstrip(".").lower()])


@lru_cache(maxsize=4096)
def nearest_on_weekday(month: int, day: int, ref: dt.date, weekday: int) -> dt.date | None:
    """The reading of a yearless day on ``weekday`` nearest to ``ref``, in the six years before it or the next."""
    options = [x for y in range(ref.year - 6, ref.year + 2) if (x := safe(y, month, day)) and x.weekday() == weekday]
    return min(options, key=lambda x: abs((x - ref).days)) if options else None


def safe(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def month_end(y: int, mo: int) -> dt.date:
    return dt.date(y + (mo == 12), mo % 12 + 1, 1) - DAY


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day.

    >>> add_months(dt.date(2018, 8, 31), 1), add_months(dt.date(2016, 11, 7), -3)
    (datetime.date(2018, 9, 30), datetime.date(2016, 8, 7))
    """
    y, mo = divmod(day.year * 12 + day.month - 1 + months, 12)
    return min(day.replace(year=y, month=mo + 1, day=1) + dt.timedelta(days=day.day - 1), month_end(y, mo + 1))


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` of ``unit`` ("day", "weeks", "fortnight", "month", "quarters", "year", "decade")."""
    months, days = words()["units"][unit.lower()]
    return add_months(day, months * n) if months else day + dt.timedelta(days=days * n)


@lru_cache(maxsize=4096)
def nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The reading of a yearless day nearest to ``ref``.

    >>> nearest_year(1, 22, dt.date(2022, 1, 13)), nearest_year(12, 28, dt.date(2022, 1, 3))
    (datetime.date(2022, 1, 22), datetime.date(2021, 12, 28))
    """
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe(y, month, day)) is not None]
    return min(options, key=lambda d: (abs((d - ref).days), d > ref), default=None)


def weekday_before(ref: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    """The most recent ``weekday`` on or before ``ref`` (strictly before with ``strictly``).

    >>> weekday_before(dt.date(2022, 1, 13), 3), weekday_before(dt.date(2022, 1, 19), 3, strictly=True)
    (datetime.date(2022, 1, 13), datetime.date(2022, 1, 13))
    """
    back = (ref.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return ref - back * DAY


def monday(day: dt.date) -> dt.date:
    return day - day.weekday() * DAY


def iso_week(year: int, week: int) -> dt.date:
    """The Monday of ISO week ``week`` of ``year``.

    >>> iso_week(2015, 1), iso_week(2021, 2)
    (datetime.date(2014, 12, 29), datetime.date(2021, 1, 11))
    """
    return dt.date.fromisocalendar(year, week, 1)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2018), easter(2019)
    (datetime.date(2018, 4, 1), datetime.date(2019, 4, 21))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` of a month; ``n = -1`` is the last one.

    >>> nth_weekday(2021, 9, 0, 1), nth_weekday(2023, 11, 3, 4), nth_weekday(2021, 5, 0, -1)
    (datetime.date(2021, 9, 6), datetime.date(2023, 11, 23), datetime.date(2021, 5, 31))
    """
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def movable_feast(name: str, year: int) -> dt.date:
    """A holiday whose day moves from year to year (US conventions for the civic ones)."""
    rules = {
        "easter": lambda: easter(year),
        "good friday": lambda: easter(year) - 2 * DAY,
        "easter monday": lambda: easter(year) + DAY,
        "thanksgiving": lambda: nth_weekday(year, 11, 3, 4),
        "black friday": lambda: nth_weekday(year, 11, 3, 4) + DAY,
        "labor day": lambda: nth_weekday(year, 9, 0, 1),
        "memorial day": lambda: nth_weekday(year, 5, 0, -1),
        "mother's day": lambda: nth_weekday(year, 5, 6, 2),
        "father's day": lambda: nth_weekday(year, 6, 6, 3),
        "mlk day": lambda: nth_weekday(year, 1, 0, 3),
    }
    return rules[name]()


def two_digit_year(yy: int, ref: dt.date | None) -> int:
    """A two-digit year in the century that puts it at most 20 years after ``ref`` (or 2000).

    >>> two_digit_year(87, dt.date(2018, 1, 7)), two_digit_year(12, dt.date(2019, 6, 3)), two_digit_year(40, None)
    (1987, 2012, 1940)
    """
    base = (ref or dt.date(2000, 1, 1)).year
    year = base // 100 * 100 + yy
    return year - 100 if year > base + 20 else year


@lru_cache(maxsize=4096)
def dateparser_day(span: str, base: dt.date) -> dt.date | None:
    """The one call into dateparser: one candidate span, an explicit base date, fixed settings."""
    import dateparser

    first = int(re.findall(r"\d+", span)[0])
    order = "DMY" if first > 12 else "MDY"
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": order,
        "STRICT_PARSING": False,
    }
    result = dateparser.parse(span, languages=["en"], settings=settings)
    return None if result is None else result.date()
