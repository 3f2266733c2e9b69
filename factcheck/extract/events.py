"""Date claims: when each event happened, with a short, normalised event label.

``parse_dates`` finds and resolves the date mentions (once per document, in ``context``); this
module keeps the ones that date an event and labels them from their clause with the event table
in ``data/events.json`` ("pullout" and "withdrawal" share one key), plus a phase word ("began",
"completed", "deadline").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Claim, EventDate
from .context import Prepared, attribution
from .lexicon import alternation, data, phrase_pattern
from .text import Span, squash

_DATE_LINE = re.compile(r"^\W*(?:published|updated|posted)?:?\s*\W*$", re.I)


@cache
def _events() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, list[str]] = data("events.json")["events"]
    forms = {squash(f).lower(): key for key, fs in table.items() for f in fs}
    return phrase_pattern(list(forms)), forms


@cache
def _phases() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, list[str]] = data("events.json")["phases"]
    forms = {squash(f).lower(): key for key, fs in table.items() for f in fs}
    return phrase_pattern(list(forms)), forms


@cache
def _reporting_before() -> re.Pattern[str]:
    verbs = data("events.json")["reporting_verbs"]
    return re.compile(
        r"(?:" + alternation(verbs) + r")(?:</?\w+>|\]|\(#\))*(?:\s+[\w ]{0,30}?)?\s+(?:on\s+|in\s+)?$", re.I
    )


def event_key(text: str, clause: Span, pos: int, *, follow: int | None = None, phase: bool = False) -> str | None:
    """The event a figure or date in ``clause`` belongs to, e.g. "withdrawal" or "withdrawal began".

    ``follow`` is where a duration's unit ends: the noun right after it names the event first
    ("four-day siege", "three days of mourning").

    >>> t = "Russia said the pullout of troops would take no more than 10 days."
    >>> event_key(t, Span(start=0, end=len(t)), t.index("10"))
    'withdrawal'
    """
    pattern, forms = _events()
    if follow is not None:
        m = re.match(r"(?:\s+(?:of|long|the|national|\w+-long))*\s+([\w-]+(?:\s+[\w-]+)?)", text[follow : clause.end])
        if m:
            near = pattern.match(text, follow + m.start(1))
            if near:
                return forms[squash(near.group()).lower()]
    best: re.Match[str] | None = None
    for m in pattern.finditer(text, clause.start, clause.end):
        if best is None or abs(_mid(m) - pos) < abs(_mid(best) - pos):
            best = m
    if best is None:
        return None
    key = forms[squash(best.group()).lower()]
    if phase:
        found = _phase_near(text, clause, best, pos if clause.start < pos else best.start())
        if found:
            key = f"{key} {found}"
    return key


def _mid(m: re.Match[str]) -> int:
    return (m.start() + m.end()) // 2


def _phase_near(text: str, clause: Span, event: re.Match[str], pos: int) -> str | None:
    """The phase word ("began", "completed", "deadline") nearest the date, near its event word."""
    pattern, forms = _phases()
    best: re.Match[str] | None = None
    lo, hi = max(clause.start, min(event.start(), pos) - 60), min(clause.end, max(event.end(), pos) + 40)
    for m in pattern.finditer(text, lo, hi):
        if best is None or abs(_mid(m) - pos) < abs(_mid(best) - pos):
            best = m
    return forms[squash(best.group()).lower()] if best else None


def extract(prep: Prepared) -> list[Claim]:
    """A date claim for every resolved date mention that dates something in the story's text."""
    text = prep.doc.text
    out: list[Claim] = []
    for d in prep.dates:
        if prep.is_ignored(d.char_start, d.char_end) or _is_date_line(text, d.char_start, d.char_end):
            continue
        if d.date is not None:
            value = EventDate(date=d.date, precision="day", relative=d.relative)
        elif d.start is not None and d.precision in ("month", "year") and not d.relative:
            value = EventDate(date=d.start, precision=d.precision, relative=d.relative)  # type: ignore[arg-type]
        else:
            continue
        sent = prep.sentence(d.char_start)
        clause = prep.clause(d.char_start)
        reported = bool(_reporting_before().search(text[sent.start : d.char_start]))
        if reported:  # "X has completed its withdrawal, the ministry said Wednesday": the main clause's event
            event = event_key(text, sent, sent.start, phase=True)
        else:
            event = event_key(text, clause, d.char_start, phase=True) or event_key(text, sent, d.char_start, phase=True)
        label = (event or "") + (" (reported)" if reported and event else "")
        scope = prep.scope(d.char_start)
        story_year = prep.year_hint
        if value.precision != "day" and (story_year is None or value.date.year != story_year):
            scope = "background"
        if re.search(r"\bsince\s+(?:at least\s+|early\s+|late\s+)?$", text[max(0, d.char_start - 20) : d.char_start]):
            scope = "background"
        key = f"date:{label}" if event else f"date:{prep.doc.id}:{d.char_start}"
        out.append(
            Claim(
                id="",
                document=prep.doc.id,
                type="date",
                value=EventDate(date=value.date, precision=value.precision, event=label, relative=value.relative),
                text=d.text,
                start=d.char_start,
                end=d.char_end,
                sentence=squash(text[sent.start : sent.end]),
                key=key,
                subject=label or None,
                scope=scope,
                attribution=attribution(text[sent.start : sent.end]),
            )
        )
    return out


def _is_date_line(text: str, start: int, end: int) -> bool:
    """The article's own date line ("January 13, 2022", "LAGOS, January 13. /TASS/.") dates no event."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if _DATE_LINE.match(before + "\x00" + after) or (
        not before.strip(" ,:").replace("Published", "").strip() and not after.strip(" .")
    ):
        return True
    return bool(re.match(r"^[A-Z][A-Z .'-]+,\s*$", before)) and bool(re.match(r"^\W*(?:/|\()", after))
