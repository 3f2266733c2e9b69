"""Find date mentions in text and resolve them against the article's own date.

``parse_dates(text, reference)`` returns each date mention: absolute dates with or without a
year ("Jan. 22", "13 January 2022", "Thursday, Jan. 6, 2022"), weekdays and relative words
resolved against ``reference`` ("on Thursday", "last Thursday", "Wednesday next week", "today"),
holidays ("New Year's Day"), months ("in March 2015") and years ("in 1999").

Two steps: compiled patterns find candidate spans (month and weekday names must be capitalised,
and "May"/"March" need a day or a year, so "prices may rise" and "a protest march" are not
dates); then each span is resolved. Weekday arithmetic is done here, by the news convention
(a bare weekday is the most recent such day, the article's own day included); spans in other
shapes go to dateparser, called from ``_dateparser`` only, with an explicit base date. A relative
date with no reference is returned unresolved, never guessed; nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .lexicon import alternation, data

Ref = dt.date | dt.datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date in the text: one day (``date``) or a period (``start``..``end``, inclusive)."""

    text: str
    char_start: int
    char_end: int
    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    precision: str
    relative: bool


@cache
def _words() -> dict[str, Any]:
    return data("date_words.json")  # type: ignore[no-any-return]


def _cap(words: list[str]) -> str:
    return alternation([w.capitalize() for w in words] + [w.upper() for w in words if len(w) > 3])


@cache
def _rx(guard: str, body: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that first checks one character class, so most positions fail in one step."""
    return re.compile(rf"(?=[{guard}])(?<![\w-]){body}", flags)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    w = _words()
    month_names = [m for m in w["months"] if len(m) > 3 or m == "may"]
    month_abbr = [m for m in w["months"] if len(m) <= 4 and m != "may"]
    month = rf"(?=[A-Z])(?P<month>{_cap(month_names)}|{_cap(month_abbr)}\.?)"
    wd = rf"(?=[A-Z])(?P<wd>{_cap([d for d in w['weekdays'] if len(d) > 4])})"
    wd_any = rf"(?=[A-Z])(?:{_cap(list(w['weekdays']))}\.?)"
    day = r"(?P<day>[0-3]?\d(?:st|nd|rd|th)?|(?=[a-z])" + alternation(list(w["ordinal_days"])) + ")"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    part = r"(?:\s+(?:" + alternation(w["day_parts"]) + r"))?"
    prep = r"(?:in|In|since|Since|during|by|until|before|after|from|of)"
    counted = r"(?!\s*(?:people|troops|soldiers|dead|killed|injured|wounded|members|homes))"
    holidays = alternation(list(w["holidays"]))
    initials = "".join(sorted({h[0].lower() + h[0].upper() for h in w["holidays"]}))
    return [
        ("md", _rx("A-Z", rf"(?:{wd_any},?\s+)?{month}\s+{day}(?![\w])(?:,?\s+{year}(?!\d))?")),
        (
            "dm",
            _rx("A-Z0-9a-z", rf"(?:{wd_any},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?![\w])(?:,?\s+{year}(?!\d))?"),
        ),
        ("my", _rx("A-Z", rf"{month}\s+(?:of\s+)?{year}(?!\d)")),
        ("iso", _rx("0-9", r"(?P<year>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\w-])")),
        ("numeric", _rx("0-9", r"(?<![./])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?(?![\w/.-])")),
        (
            "weekday",
            _rx(
                "A-Za-z",
                rf"(?:(?P<mod>last|next|this|coming|past)\s+)?{wd}"
                rf"(?:\s+(?:of\s+)?(?P<week>next|last|this)\s+week)?{part}(?![\w-])",
            ),
        ),
        (
            "relative",
            _rx(
                "tTyY",
                r"(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                r"today|yesterday|tomorrow|tonight)(?![\w-])",
                re.I,
            ),
        ),
        ("holiday", _rx(initials, rf"(?P<hol>{holidays})(?![\w-])(?:\s+(?:of\s+)?{year})?", re.I)),
        ("year", _rx("iIsSdbuafo", rf"{prep}\s+{year}(?![\w-]){counted}")),
        (
            "in_month",
            _rx("iIsSdelmub", rf"(?:in|In|since|Since|during|early|late|mid|until|by)\s+{month}(?!\s*\d)(?![\w])"),
        ),
        (
            "period",
            _rx(
                "lntLNT", r"(?P<pmod>last|next|this|the\s+past|the\s+coming)\s+(?P<unit>week|month|year)(?![\w-])", re.I
            ),
        ),
        (
            "ago",
            _rx(
                "0-9aAoOtTfFsSeEnN",
                r"(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                r"(?P<u>days?|weeks?)\s+(?P<dir>ago|earlier|later|from\s+now)(?![\w-])",
                re.I,
            ),
        ),
    ]


def match(text: str) -> list[tuple[str, re.Match[str]]]:
    """Candidate spans, sorted and not overlapping: longest first, then earliest."""
    found = [(name, m) for name, p in _patterns() for m in p.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda x: (-(x[1].end() - x[1].start()), x[1].start()))
    taken = bytearray(len(text))
    kept: list[tuple[str, re.Match[str]]] = []
    for name, m in found:
        if not any(taken[m.start() : m.end()]):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            kept.append((name, m))
    return sorted(kept, key=lambda x: x[1].start())


def parse_dates(text: str, reference: Ref = None, *, year_hint: int | None = None) -> list[DateMention]:
    """Every date mention in ``text``, resolved against ``reference`` where it is relative.

    >>> [(d.text, str(d.date)) for d in parse_dates("completed by Wednesday next week", dt.date(2022, 1, 13))]
    [('Wednesday next week', '2022-01-19')]
    >>> [(d.text, str(d.date)) for d in parse_dates("We left on January 13.", None, year_hint=2022)]
    [('January 13', '2022-01-13')]
    """
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    out = []
    for name, m in match(text):
        mention = _resolve(name, m, ref, year_hint)
        if mention is not None:
            out.append(mention)
    return out


def _mention(
    m: re.Match[str],
    day: dt.date | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    precision: str = "day",
    relative: bool = False,
) -> DateMention:
    if day is not None:
        start = end = day
    group = 0
    if "(?:in|In|since" in m.re.pattern[:60]:
        group = "year" if "year" in m.re.groupindex and m.group("year") else "month"  # type: ignore[assignment]
    a, b = m.span(group)
    return DateMention(
        text=m.string[a:b],
        char_start=a,
        char_end=b,
        date=day,
        start=start,
        end=end,
        precision=precision,
        relative=relative,
    )


def _month(token: str) -> int:
    return int(_words()["months"][token.rstrip(".").lower()])


def _day(token: str) -> int:
    t = token.lower()
    if t in _words()["ordinal_days"]:
        return int(_words()["ordinal_days"][t])
    return int(re.sub(r"\D", "", t))


def _safe(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The reading of a yearless day nearest to ``ref``.

    >>> nearest_year(1, 22, dt.date(2022, 1, 13)), nearest_year(12, 28, dt.date(2022, 1, 3))
    (datetime.date(2022, 1, 22), datetime.date(2021, 12, 28))
    """
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe(y, month, day)) is not None]
    return min(options, key=lambda d: (abs((d - ref).days), d > ref), default=None)


def _resolve(name: str, m: re.Match[str], ref: dt.date | None, year_hint: int | None) -> DateMention | None:
    g = m.groupdict()
    if name in ("md", "dm"):
        if (
            g["month"].rstrip(".").lower() in ("may", "march", "mar")
            and not g.get("year")
            and not re.match(r"\d", g["day"])
        ):
            return None
        mo, d = _month(g["month"]), _day(g["day"])
        if g.get("year"):
            return _opt(m, _safe(int(g["year"]), mo, d))
        if year_hint is not None and ref is None:
            return _opt(m, _safe(year_hint, mo, d))
        if ref is not None:
            return _opt(m, nearest_year(mo, d, ref))
        return _mention(m, None, relative=True)
    if name == "my":
        y, mo = int(g["year"]), _month(g["month"])
        return _mention(m, None, dt.date(y, mo, 1), _month_end(y, mo), "month")
    if name == "iso":
        return _opt(m, _safe(int(g["year"]), int(g["mo"]), int(g["d"])))
    if name == "numeric":
        return _numeric(m, ref, year_hint)
    if name == "weekday":
        return _weekday(m, ref)
    if name == "relative":
        if ref is None:
            return _mention(m, None, relative=True)
        rel = " ".join(g["rel"].lower().split())
        shift = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[rel]
        return _mention(m, ref + dt.timedelta(days=shift), relative=True)
    if name == "holiday":
        mo, d = _words()["holidays"][" ".join(g["hol"].lower().replace("’", "'").split())]
        if g.get("year"):
            return _opt(m, _safe(int(g["year"]), mo, d))
        base = ref or (dt.date(year_hint, 1, 1) if year_hint else None)
        return _mention(m, nearest_year(mo, d, base) if base else None, relative=True)
    if name == "year":
        y = int(g["year"])
        return _mention(m, None, dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if name == "in_month":
        mo = _month(g["month"])
        base = ref or (dt.date(year_hint, 6, 30) if year_hint else None)
        if base is None:
            return _mention(m, None, precision="month", relative=True)
        y = base.year if mo <= base.month else base.year - 1
        return _mention(m, None, dt.date(y, mo, 1), _month_end(y, mo), "month", relative=True)
    if name == "period":
        return _period(m, ref)
    if name == "ago":
        return _ago(m, ref)
    return None


def _opt(m: re.Match[str], day: dt.date | None) -> DateMention | None:
    return None if day is None else _mention(m, day)


def _month_end(y: int, mo: int) -> dt.date:
    return (dt.date(y + (mo == 12), mo % 12 + 1, 1)) - dt.timedelta(days=1)


def weekday_before(ref: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    """The most recent ``weekday`` on or before ``ref`` (strictly before with ``strictly``).

    >>> weekday_before(dt.date(2022, 1, 13), 3), weekday_before(dt.date(2022, 1, 19), 3, strictly=True)
    (datetime.date(2022, 1, 13), datetime.date(2022, 1, 13))
    """
    back = (ref.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return ref - dt.timedelta(days=back)


def _weekday(m: re.Match[str], ref: dt.date | None) -> DateMention | None:
    g = m.groupdict()
    wd = int(_words()["weekdays"][g["wd"].lower()])
    if ref is None:
        return _mention(m, None, relative=True)
    mod = (g.get("mod") or "").lower()
    week = (g.get("week") or "").lower()
    monday = ref - dt.timedelta(days=ref.weekday())
    if week:
        offset = {"next": 7, "last": -7, "this": 0}[week]
        day = monday + dt.timedelta(days=offset + wd)
    elif mod == "next":
        day = monday + dt.timedelta(days=7 + wd)
    elif mod in ("this", "coming"):
        day = monday + dt.timedelta(days=wd)
        if mod == "coming" and day <= ref:
            day += dt.timedelta(days=7)
    elif mod in ("last", "past"):
        day = weekday_before(ref, wd, strictly=True)
    else:
        day = weekday_before(ref, wd)
    return _mention(m, day, relative=True)


def _period(m: re.Match[str], ref: dt.date | None) -> DateMention | None:
    if ref is None:
        return _mention(m, None, precision="range", relative=True)
    mod = " ".join(m.group("pmod").lower().split()).replace("the ", "")
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[mod]
    unit = m.group("unit").lower()
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        return _mention(m, None, monday, monday + dt.timedelta(days=6), "week", True)
    if unit == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        return _mention(m, None, dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month", True)
    y = ref.year + step
    return _mention(m, None, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True)


_SMALL = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def _ago(m: re.Match[str], ref: dt.date | None) -> DateMention | None:
    if ref is None:
        return _mention(m, None, relative=True)
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _SMALL[n]
    days = count * (7 if m.group("u").lower().startswith("week") else 1)
    sign = -1 if m.group("dir").lower() in ("ago", "earlier") else 1
    return _mention(m, ref + dt.timedelta(days=sign * days), relative=True)


def _numeric(m: re.Match[str], ref: dt.date | None, year_hint: int | None) -> DateMention | None:
    if not m.group("y") and ref is None and year_hint is None:
        return None
    base = ref or dt.date(year_hint or 2000, 1, 1)
    parsed = _dateparser(m.group(), base)
    if parsed is None:
        return None
    return _mention(m, parsed)


@lru_cache(maxsize=4096)
def _dateparser(span: str, base: dt.date) -> dt.date | None:
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
