"""The date an article was published, read from the page itself; never the clock.

In this order (../shared/conformance/README_published.md): a stored-page stamp (" date 2022-10-31");
a first-publication stamp above the body ("Published", "Posted", "Created", "First aired"); the last
unlabelled stamp above the body (a byline's date, a date line); a first-publication stamp below the
body ("Story first published: ..."); an update stamp above the body; a wire dateline ("SEOUL, Feb. 6
(Yonhap) --") with its year from the page (a month-only stored stamp, the url, full dates of the body);
a date in the url; the page's metadata. Photo captions, other stories (related lists, sidebars) and
site chrome (mastheads, "Printed on") never date the article; a numeric date whose day and month
could be swapped counts only when another date on the page settles it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from .quick import folded_article
from .stamps import Line, Stamp, Written, is_caption, lines, stamps, written
from .words import month_number, month_pattern


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """A wire dateline at the start of a paragraph: its span, and its month and day (and year if written)."""

    start: int
    end: int
    month: int
    day: int
    year: int | None


@cache
def _dateline() -> re.Pattern[str]:
    mon = rf"(?i:(?P<mon>{month_pattern()}))\.?"
    place = r"[A-Z][\w.'’/-]*(?:(?:,?[ \t]+|/)[A-Z][\w.'’/-]*){0,5}"
    return re.compile(
        rf"^[ \t]*(?:\[?(?P<place>{place})\]?,[ \t]+)?{mon}[ \t]*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
        r"(?:,?[ \t]*(?P<year>(?:19|20)\d\d))?[ \t]*(?:(?P<agency>\([^()\n]{1,40}\))[ \t]*)?"
        r"(?:--|—|–|-|:|\.(?:[ \t]*/[A-Z]+/\.?)?|(?=\n)|$)",
        re.M,
    )


def datelines(text: str, limit: int = 3000) -> list[Dateline]:
    """The datelines among the first ``limit`` characters.

    >>> [(d.month, d.day, d.year) for d in datelines("Title\\n\\nSEOUL, Feb. 6 (Yonhap) -- Ten died.")]
    [(2, 6, None)]
    """
    out = []
    for m in _dateline_matches(text, min(len(text), limit)):
        month, day = month_number(m["mon"]), int(m["day"])
        if 1 <= day <= 31 and (m["place"] or m["agency"]):  # "Oct 30:" alone may open a list of events
            out.append(
                Dateline(start=m.start(), end=m.end(), month=month, day=day, year=int(m["year"]) if m["year"] else None)
            )
    return out


def _dateline_matches(text: str, end: int) -> list[re.Match[str]]:
    """``_dateline().finditer(text, 0, end)``, tried only at the start of a line (a dateline opens a line and
    none of its parts takes a line break) whose month name and day open it or follow its place's comma.

    Tried at every character of an article's head, the pattern took 30 ms of the 1.2 s the documents stage
    took on the generated corpus of 1,000 articles; the lines it can start are found by two patterns that
    open with a literal (a line break, a comma), on the lower-case head."""
    low = folded_article(text)  # the whole text's, most often lower-cased already (by the furniture rules)
    if low is None:
        starts: Iterable[int] = _line_starts(text, end)
    else:
        opening, line_opening, after_comma = _month_day()
        hints = [0] if opening.match(low, 0, end) else []
        hints += [m.start() + 1 for m in line_opening.finditer(low, 0, end)]
        hints += [m.start() for m in after_comma.finditer(low, 0, end)]
        starts = sorted({low.rfind("\n", 0, at) + 1 for at in hints})
    found = []
    for at in starts:
        m = _dateline().match(text, at, end)
        if m:
            found.append(m)
    return found


def _line_starts(text: str, end: int) -> Iterator[int]:
    at = 0
    while 0 <= at < end:
        yield at
        at = text.find("\n", at, end) + 1 or end


@cache
def _month_day() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A month name and a day (lower-case) where a dateline has them: opening the text, opening a line after
    a line break, after a comma."""
    mon_day = rf"(?:{month_pattern()})\.?[ \t]*\d"
    return re.compile(rf"[ \t]*{mon_day}"), re.compile(rf"\n[ \t]*{mon_day}"), re.compile(rf",[ \t]+{mon_day}")


_URL_DAY = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[/_.-]|$)"),
    re.compile(r"[/-](?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.-]|$)"),
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?!\d)")


@cache
def _url_named() -> re.Pattern[str]:
    return re.compile(rf"[/-](?P<y>(?:19|20)\d\d)[/-](?P<mon>{month_pattern()})[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)", re.I)


def url_date(url: str | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The day a url gives (``/2013/07/23/``, ``-2023-08-05/``, ``/20181211/``, ``la-xpm-2000-jul-08``),
    and the year and month it gives (``/2013/07/`` gives only those); a two-digit year gives nothing.

    >>> url_date("https://a.example/world/fire-2023-08-05/")
    (datetime.date(2023, 8, 5), (2023, 8))
    >>> url_date("https://a.example/2013/07/floods.html"), url_date("https://a.example/photo/11/02/22/x")
    ((None, (2013, 7)), (None, None))
    """
    if not url:
        return None, None
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.I)
    for form in _URL_DAY:
        m = form.search(path)
        if m:
            day = _day(int(m["y"]), int(m["m"]), int(m["d"]))
            if day:
                return day, (day.year, day.month)
    m = _url_named().search(path)
    if m:
        day = _day(int(m["y"]), month_number(m["mon"]), int(m["d"]))
        if day:
            return day, (day.year, day.month)
    m = _URL_MONTH.search(path)
    if m and 1 <= int(m["m"]) <= 12:
        return None, (int(m["y"]), int(m["m"]))
    return None, None


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s*$")


def is_body(line: str) -> bool:
    """A line of running text: a sentence of eight words or more (the end of a page's header).

    >>> is_body("Rescue teams reached several villages on Monday after roads were cleared."), is_body("Sep 3, 2010")
    (True, False)
    """
    if not _ends_sentence(line):  # before the words are split: most lines of a page's header end no sentence
        return False
    words = line.split()
    if len(words) < 8:
        return False
    lower = (w for w in words if w[:1].islower())
    return next(islice(lower, 2, None), None) is not None  # a third lower-case word (not all of them counted)


def _ends_sentence(line: str) -> bool:
    """``_SENTENCE_END.search(line)`` without a scan of the line: its end, spaces left out."""
    end = line.rstrip()
    if end.endswith(('"', "'", "”", "’")):
        end = end[:-1]
    return end.endswith((".", "!", "?"))


def header_end(all_lines: Sequence[Line], text: str) -> int:
    """The index of the first line of the body (a sentence, or a paragraph opening with a dateline)."""
    for line in all_lines:
        # the words counted before the dateline is looked for: a title or a date line has too few
        if is_body(line.text) or (line.text.strip() and len(line.text.split()) > 6 and _dateline().match(line.text)):
            return line.number
    return len(all_lines)


def publication_date(
    text: str,
    url: str | None = None,
    *,
    found: Sequence[Stamp] | None = None,
    others: Sequence[tuple[int, int]] = (),
    metadata: dt.date | None = None,
    all_lines: list[Line] | None = None,
    dates: Mapping[int, list[Written]] | None = None,
) -> dt.date | None:
    """The date the article was published, by the rules of this module; ``found`` are its stamps (found
    here when not given), ``others`` the spans of other stories (related lists), ``metadata`` the page's
    own metadata date (an HTML page's), used when the text gives none, ``all_lines`` the text's ``lines``
    (made here when not given) and ``dates`` the dates written on them (``stamps_and_dates``; else looked for
    line by line).

    >>> publication_date("Title\\n\\nTue 13 Jun 2017 09.14 BST\\n\\nFirst published on Mon 12 Jun 2017 18.02 BST\\n")
    datetime.date(2017, 6, 12)
    >>> publication_date("Title\\n\\nBEIRUT, Aug 5 (Reuters) - A fire broke out.", "https://w.example/fire-2023-08-05/")
    datetime.date(2023, 8, 5)
    >>> publication_date("Title\\n\\nPicture caption: Troops on September 21, 2013. Photo/AFP\\n\\nThey left.") is None
    True
    """
    all_lines = lines(text) if all_lines is None else all_lines
    found = stamps(text, all_lines) if found is None else found
    head = header_end(all_lines, text)
    url_day, url_month = url_date(url)

    def outside(s: Stamp) -> bool:
        return not any(a <= s.start < b for a, b in others)

    known = {s.readings[0] for s in found if len(s.readings) == 1 and s.kind != "chrome"}

    def written_on(line: Line) -> list[Written]:
        return written(line.text) if dates is None else dates.get(line.number, [])

    known |= {w.readings[0] for line in all_lines[:head] for w in written_on(line) if len(w.readings) == 1}
    if url_day:
        known.add(url_day)

    def settled(s: Stamp) -> dt.date | None:
        if len(s.readings) == 1:
            return s.readings[0]
        both = [d for d in s.readings if d in known]
        return both[0] if len(both) == 1 else None

    def first(candidates: list[Stamp]) -> dt.date | None:
        return next((d for s in candidates if (d := settled(s)) is not None), None)

    usable = [s for s in found if s.kind != "chrome" and outside(s)]
    # above the body: before its first line, or opening that line ("August 3, 2014Rescue teams reached ...")
    above = [
        s for s in usable if s.line < head or (s.line == head and not text[all_lines[head].start : s.start].strip())
    ]
    for choice in (
        [s for s in usable if s.kind == "stored"],
        [s for s in above if s.kind == "first"],
        [s for s in reversed(above) if s.kind == "line"],
        [s for s in usable if s.kind == "first" and s.line >= head],
        [s for s in above if s.kind == "update"],
    ):
        day = first(choice)
        if day is not None:
            return day
    stored_month = next((s.month for s in found if s.kind == "stored" and s.month), None)
    stored_spans = [(s.start, s.end) for s in found if s.kind == "stored"]
    for line in datelines(_blanked(text, stored_spans)):
        if any(a <= line.start < b for a, b in others):
            continue
        year = line.year or _year_for(line.month, stored_month, url_month, all_lines, others, written_on)
        if year is not None and (day := _day(year, line.month, line.day)) is not None:
            return day
    return url_day or metadata


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with ``spans`` turned into spaces (a stored stamp before a dateline)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _year_for(
    month: int,
    stored: tuple[int, int] | None,
    url: tuple[int, int] | None,
    all_lines: Sequence[Line],
    others: Sequence[tuple[int, int]],
    written_on: Callable[[Line], list[Written]],
) -> int | None:
    """The year a dateline's day belongs to: a month-only stored stamp's or the url's (when their month is the
    dateline's), else the most frequent year among the body's full dates (not captions, not other stories)."""
    for source in (stored, url):
        if source is not None and source[1] == month:
            return source[0]
    years: Counter[int] = Counter()
    for line in all_lines:
        if is_caption(line.text) or any(a <= line.start < b for a, b in others):
            continue
        for w in written_on(line):
            if len(w.readings) == 1 and re.search(r"[A-Za-z]", line.text[w.start : w.end]):
                years[w.readings[0].year] += 1
    return years.most_common(1)[0][0] if years else None
