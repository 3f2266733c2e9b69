"""The dates a page prints about itself: stamps, bylines, mastheads, datelines and url dates.

A stamp is where a page says when it was published or updated ("Published: 30 Jun 2020 12:26 AM",
"By Reuters   December 25, 2016 | 02:06 pm GMT+7", "15:32 April 17, 2014"), or a clock of the site
around it ("Today's Paper | December 01, 2024", "Printed on ..."). Every stamp is page furniture:
no claim comes from it. ``published.publication_date`` chooses the article's date among them.
The forms follow ../shared/conformance/README_published.md; the wording is in ``data/published.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal, NamedTuple

from .quick import folded
from .words import alternation, data, month_number, month_pattern, months

Kind = Literal["stored", "first", "update", "line", "chrome"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Written:
    """A date written in the text, with the days it can be (two for "08-12-2020"; none without a year)."""

    start: int
    end: int
    readings: tuple[dt.date, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Stamp:
    """A date the page gives itself. ``start``/``end`` is the furniture to hide (the whole line when the
    line is nothing but the stamp); ``line`` is the index of its line; ``month`` a stored month-only stamp."""

    start: int
    end: int
    kind: Kind
    readings: tuple[dt.date, ...]
    line: int
    month: tuple[int, int] | None = None


class Line(NamedTuple):
    """One line of the text by offsets, with its index (a named tuple: one per line of every document read,
    built in a fifth of a frozen dataclass's time; it never leaves the documents stage)."""

    number: int
    start: int
    end: int
    text: str


_new_line = tuple.__new__  # Line(...) without its Python-level __new__


def lines(text: str) -> list[Line]:
    """Every line of ``text`` with its offsets (line breaks excluded)."""
    out, at = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append(_new_line(Line, (i, at, at + len(line), line)))
        at += len(line) + 1
    return out


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    mon = rf"(?i:(?P<mon>{month_pattern()}))\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    return (
        re.compile(rf"(?<![\w-]){mon}\s*{day},?\s*{year}(?!\d)"),  # August 4, 2020; Nov 02 2022; Sept. 21, 2013
        re.compile(rf"(?<![\d-]){day}\s*{mon},?\s*{year}(?!\d)"),  # 9 April 2014; 25 Jul, 2018; 13th June, 2019
        re.compile(rf"(?<!\d){day}/{mon}/{year}(?!\d)"),  # 29/October/2020
        re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),  # 2013-09-30
        re.compile(  # 01/21/2018, 17-03-2024, 6/12/19
            r"(?<![\d/.:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d|\d\d)(?![\d/.:-])"
        ),
    )


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _readings(m: re.Match[str]) -> tuple[dt.date, ...] | None:
    """The days a date match can be; None when it is no date at all (a 31st of February)."""
    g = m.groupdict()
    if g.get("mon"):
        found = _day(int(g["year"]), month_number(g["mon"]), int(g["day"]))
        return (found,) if found else None
    if g.get("mo"):
        found = _day(int(g["year"]), int(g["mo"]), int(g["day"]))
        return (found,) if found else None
    a, b, year = int(g["a"]), int(g["b"]), g["year"]
    if max(a, b) > 31 or min(a, b) < 1 or (a > 12 and b > 12):
        return None
    if len(year) == 2:
        return ()  # 6/12/19: a stamp, but which century and which order is not certain
    days = {d for d in (_day(int(year), a, b), _day(int(year), b, a)) if d}  # month first, day first
    return tuple(sorted(days)) if days else None


def written(text: str, start: int = 0, end: int | None = None) -> list[Written]:
    """The dates with a year written in ``text[start:end]``, in order, overlaps resolved longest first.

    >>> [[str(d) for d in w.readings] for w in written("Updated: 17-03-2024 | Created: 08-12-2020, Sept. 21, 2013")]
    [['2024-03-17'], ['2020-08-12', '2020-12-08'], ['2013-09-21']]
    """
    end = len(text) if end is None else end
    return _written(text, start, end, {kind for _, kind in _date_hints(text, start, end)})


def _written(text: str, start: int, end: int, kinds: set[int]) -> list[Written]:
    """``written`` by the forms ``kinds`` only (those whose dates ``text[start:end]`` may hold)."""
    if not kinds:
        return []
    found: list[Written] = []
    for kind, form in enumerate(_forms()):
        if kind not in kinds:
            continue
        for m in form.finditer(text, start, end):
            readings = _readings(m)
            if readings is not None:
                found.append(Written(start=m.start(), end=m.end(), readings=readings))
    found.sort(key=lambda w: (w.start, -(w.end - w.start)))
    out: list[Written] = []
    for w in found:
        if not out or w.start >= out[-1].end:
            out.append(w)
    return out


# The quick no of ``written`` (see ``quick``): a date needs a year (19xx, 20xx) right after a day or a month name
# (through ",", "." and spaces), right after "/" or before "-", or a day between two of one separator
# ("6/12/19"). Patterns that open with a literal: a running line is passed over in about a microsecond,
# where the five forms took about 10 (0.28 s of the 1.2 s the generated corpus of 1,000 articles took),
# and a line with a date runs only the forms its hints allow.
_YEAR_STARTS = (re.compile(r"19(?=\d\d)"), re.compile(r"20(?=\d\d)"))  # overlapping years too ("202020")
_BETWEEN_SEPARATORS = tuple((sep, re.compile(rf"{re.escape(sep)}\d\d?{re.escape(sep)}\d\d")) for sep in "/.-")
_DAY_ENDS = ("st", "nd", "rd", "th")
_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _SLASHED_MONTH, _ISO, _NUMERIC = range(5)  # the indexes of the forms


@cache
def _month_names() -> tuple[str, ...]:
    return tuple(months())


def _date_hints(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(offset, form): where in ``text[start:end]`` a date of that form of ``written`` may lie; every date there
    has a hint of its form inside it."""
    end = len(text) if end is None else end
    for sep, form in _BETWEEN_SEPARATORS:
        if sep in text:
            for m in form.finditer(text, start, end):
                if _day_ends(text, m.start()):
                    yield m.start(), _NUMERIC
    for form in _YEAR_STARTS:
        for m in form.finditer(text, start, end):
            for kind in _year_forms(text, m.start()):
                yield m.start(), kind


def _year_forms(text: str, year: int) -> list[int]:
    """The forms whose date the year at offset ``year`` can end: "2013-09-30", "29/October/2020", a day
    ("August 4, 2020", "13th June, 2019") or a month ("9 April 2014", "25 Jul., 2018") before it."""
    kinds = []
    if text.startswith("-", year + 4):
        kinds.append(_ISO)
    if text[year - 1 : year] == "/" and _after_month(text, year - 1):
        kinds.append(_SLASHED_MONTH)
    at = year
    while at and text[at - 1].isspace():  # \s is str.isspace
        at -= 1
    if text[at - 1 : at] == ",":
        at -= 1
    if text[at - 1 : at].isdigit() or text[at - 2 : at] in _DAY_ENDS:
        kinds.append(_MONTH_DAY_YEAR)
    if text[at - 1 : at] == ".":
        at -= 1
    if _after_month(text, at):
        kinds.append(_DAY_MONTH_YEAR)
    return kinds


_NOT_BEFORE = frozenset("/.:-")


def _day_ends(text: str, at: int) -> bool:
    """Whether the first number of a numeric date ("6/12/19", "17-03-2024") can end at offset ``at``: one digit,
    or two from 00 to 39, with no digit, "/", ".", ":" or "-" before them ("/2022/01/16/" holds no such date)."""
    for width in (1, 2):
        if at - width < 0:
            return False
        day = text[at - width : at]
        before = text[at - width - 1 : at - width] if at - width > 0 else ""
        if day.isdecimal() and (width == 1 or day[0] in "0123") and not (before.isdecimal() or before in _NOT_BEFORE):
            return True
    return False


def _after_month(text: str, at: int) -> bool:
    """Whether a month name (any case) may end at offset ``at``."""
    # a quick no: every month name is three letters or more, and even case-blind each of them is a letter ("in 2015")
    if at < 3 or not text[at - 3 : at].isalpha():
        return False
    low = folded(text[max(0, at - 9) : at])
    return low is None or low.endswith(_month_names())


def _dated_lines(text: str, all_lines: list[Line]) -> dict[int, set[int]]:
    """The lines of ``text`` that may hold a date (by index), with the forms it may be in: ``_date_hints`` over
    the whole text at once (a call a line cost more than the test itself)."""
    starts = [line.start for line in all_lines]
    found: dict[int, set[int]] = {}
    for at, kind in _date_hints(text):
        found.setdefault(bisect_right(starts, at) - 1, set()).add(kind)
    return found


_TIME = re.compile(
    r"(?<![\w.])\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?(?:[+-]\d\d(?::?\d\d)?)?"
    r"|(?<![\w.])\d{1,2}\s*[ap]\.?m\b\.?|(?<!\w)\d{3,4}\s*hrs\b",
    re.I,
)
_WEEKDAY = re.compile(r"(?<![^\W\d_])(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.I)
_GLUED_WEEKDAY = re.compile(r"[A-Za-z](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # "UAESaturday": a clock
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_BULLETS = " \t•·|>*-–—"


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, Kind]]:
    words = data("published.json")
    kinds: dict[str, Kind] = {}
    groups: tuple[tuple[str, Kind], ...] = (
        ("first_labels", "first"),
        ("update_labels", "update"),
        ("chrome_labels", "chrome"),
    )
    for key, kind in groups:
        for label in words[key]:
            kinds[" ".join(label.lower().split())] = kind
    everything = [label for key in ("first_labels", "update_labels", "chrome_labels") for label in words[key]]
    pattern = re.compile(
        rf"(?<![\w'’])(?P<label>{alternation(everything)})(?![\w'’])"
        r"(?:\s+in\s+[A-Z][\w.&'’ -]{0,40}?)?\s*(?:[:|,\-–—]\s*)?(?:(?:at|on)\s+)?",
        re.I,
    )
    return pattern, kinds


@cache
def _stamp_words() -> frozenset[str]:
    return frozenset(data("published.json")["stamp_words"])


_BETWEEN = re.compile(r"[\s,:|•·\-–—/()\[\]]*")
_ZONE = re.compile(r"\[?\b[A-Z][A-Za-z]{1,4}(?:[+-]\d{1,2})?\b\]?")


def _only_time_between(text: str) -> bool:
    """Whether ``text`` (between a label and its date) holds nothing but times, zones, weekdays and marks."""
    rest = _ZONE.sub(" ", _WEEKDAY.sub(" ", _TIME.sub(" ", text)))
    rest = re.sub(r"(?i)\b(?:at|on)\b", " ", rest)
    return _BETWEEN.fullmatch(rest) is not None


def _others(line: str, cuts: list[tuple[int, int]]) -> tuple[int, int, str]:
    """What is left of a line once its dates and labels (``cuts``) and its times and weekdays are taken out:
    the number of lower-case words that are not stamp wording, the number of words, and the text."""
    chars = list(line)
    for a, b in cuts:
        chars[a:b] = " " * (b - a)
    blanked = "".join(chars)
    if blanked.isspace() or not blanked:  # a quick answer: a line that is only its dates (each of the rest needs more)
        return 0, 0, ""
    rest = _WEEKDAY.sub(" ", _TIME.sub(" ", blanked))
    words = _WORD.findall(rest)
    stamp = _stamp_words()
    other = sum(1 for w in words if w[0].islower() and w.lower().rstrip(".:,") not in stamp)
    return other, len(words), rest.strip()


def _stampish(line: str, cuts: list[tuple[int, int]]) -> bool:
    """A line that is only a stamp: once its dates, labels, times and weekdays are out, a few names and widget
    words ("By News Staff", "Jump to comments", "1 min read"), and no sentence."""
    other, total, rest = _others(line, cuts)
    return other <= 1 and total <= 12 and not rest.endswith(".")


def stamps(text: str, all_lines: list[Line] | None = None) -> list[Stamp]:
    """Every stamp of the page, in text order.

    >>> [(s.kind, str(s.readings[0])) for s in stamps("T\\n\\nPublished: 30 Jun 2020 12:26 AM Updated: 01 Jul 2020")]
    [('first', '2020-06-30'), ('update', '2020-07-01')]
    >>> [s.kind for s in stamps("Today's Paper | December 01, 2024\\n\\nx Abu Dhabi, UAESaturday 20 January 2018")]
    ['chrome', 'chrome']
    """
    return stamps_and_dates(text, lines(text) if all_lines is None else all_lines)[0]


def stamps_and_dates(text: str, all_lines: list[Line]) -> tuple[list[Stamp], dict[int, list[Written]]]:
    """``stamps``, and the dates written on each line that holds one (by index): ``written(line.text)``, which
    the stamps are read from (looked for once, on the lines ``_date_hints`` points at)."""
    out: list[Stamp] = []
    on_line: dict[int, list[Written]] = {}
    label_re, kinds = _labels()
    dated = _dated_lines(text, all_lines)
    for index in sorted(dated.keys() | {0} if all_lines else ()):  # no date, no stamp (line 0 may hold a stored one)
        line, forms = all_lines[index], dated.get(index, set())
        body = line.text
        at = 0
        if line.number == 0:
            stored = _STORED.match(body)
            if stored:
                y, mo, d = int(stored["y"]), int(stored["m"]), stored["d"]
                day = _day(y, mo, int(d)) if d else None
                out.append(
                    Stamp(
                        start=line.start + stored.start(1),
                        end=line.start + stored.end(),
                        kind="stored",
                        readings=(day,) if day else (),
                        line=0,
                        month=None if d else (y, mo),
                    )
                )
                at = stored.end()
        dates = _written(body, at, len(body), forms)
        whole_line = dates if at == 0 else _written(body, 0, len(body), forms)
        if whole_line:
            on_line[index] = whole_line
        if not dates or is_caption(body):
            continue
        labelled = _labelled(body, at, dates, label_re, kinds)
        if labelled:
            cuts = [(a, b) for a, b, _, _ in labelled] + [(w.start, w.end) for w in dates]
            whole = _stampish(body, cuts)
            for a, b, kind, readings in labelled:
                start, end = (at, len(body)) if whole else (a, b)
                out.append(
                    Stamp(
                        start=line.start + start, end=line.start + end, kind=kind, readings=readings, line=line.number
                    )
                )
            continue
        cuts = [(w.start, w.end) for w in dates]
        if _stampish(body[at:], [(a - at, b - at) for a, b in cuts]):
            clock = len(dates) > 1 or bool(_GLUED_WEEKDAY.search(body))  # a masthead's clock or archive index
            out.append(
                Stamp(
                    start=line.start + at,
                    end=line.end,
                    kind="chrome" if clock else "line",
                    readings=dates[0].readings,
                    line=line.number,
                )
            )
            continue
        first = dates[0]
        lead = body[at : first.start]
        if (
            not lead.strip(_BULLETS)
            and first.end < len(body)
            and body[first.end].isalpha()
            and body[first.end].isupper()
        ):
            # "August 3, 2014Rescue teams ...": a date glued to the first words of the body
            out.append(
                Stamp(
                    start=line.start + first.start,
                    end=line.start + first.end,
                    kind="line",
                    readings=first.readings,
                    line=line.number,
                )
            )
    return out, on_line


@cache
def _caption() -> tuple[re.Pattern[str], tuple[str, ...]]:
    words = data("published.json")
    starts = re.compile(r"^\W*(?:" + "|".join(re.escape(s) for s in words["caption_starts"]) + r")\s*[:,]", re.I)
    return starts, tuple(words["caption_credits"])


def is_caption(line: str) -> bool:
    """A photo caption or credit line ("Picture caption: ...", "... (AP Photo/...)", "FILE PHOTO: ...").

    >>> is_caption("FILE PHOTO: Commuters walk through a shopping district, March 23, 2020. REUTERS/Min Cho")
    True
    """
    starts, credits = _caption()
    return bool(starts.match(line)) or any(c in line for c in credits)


_STORED = re.compile(r"^\s?(date (?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)(?![\d-])(?:\s+-(?=\s|$))?")


def _labelled(
    body: str, at: int, dates: list[Written], label_re: re.Pattern[str], kinds: dict[str, Kind]
) -> list[tuple[int, int, Kind, tuple[dt.date, ...]]]:
    """The labelled stamps of one line: (start, end, kind, readings), each label taking the date right after it."""
    if dates[-1].start <= at:  # a quick no: a label (never empty, from ``at`` on) ends before the date it takes
        return []
    found = []
    for m in label_re.finditer(body, at):
        label = m.group("label")
        before = body[at : m.start()].rstrip()
        at_start = not before.strip(_BULLETS) or before.lower().endswith((" and", "|", "•")) or before.lower() == "and"
        if not (label[0].isupper() or at_start):
            continue  # "the report published on May 3" inside a sentence is no stamp
        nxt = next((w for w in dates if w.start >= m.end()), None)
        if nxt is None or not _only_time_between(body[m.end() : nxt.start]):
            continue
        end = nxt.end
        tail = re.match(
            r"[\s,|\-–—]*(?:(?:at\s+)?" + _TIME.pattern + r")?\s*(?:\[?[A-Z][A-Za-z]{1,4}(?:[+-]\d{1,2})?\]?)?",
            body[end:],
            re.I,
        )
        if tail and tail.group().strip(" ,|-–—"):
            end += len(tail.group().rstrip(" ,|-–—"))
        kind = kinds.get(" ".join(label.lower().split()), "first")
        found.append((m.start(), end, kind, nxt.readings))
    return found
