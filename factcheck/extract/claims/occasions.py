"""Which occasion a crowd figure counts: the day of the march or rally it is about.

A story may follow several marches ("more than a million marched on Sunday ... the previous week's
protest drew one million"); a crowd figure of one must never be set against another's. The day is
read, in order, from:

- a relative phrase pointing back a week ("the previous week's protest", "one week before"): the
  document's own occasion less seven days;
- a resolved day in the figure's sentence that is not when something was said ("Sunday's march",
  "came out on Sunday"; not "police said on Monday");
- the document's own occasion: the first resolved day, in a sentence that speaks of a march, protest,
  rally or demonstration, that is not the article's date line.

None when the text gives no day (an article with no date of its own cannot resolve "on Sunday").
"""

from __future__ import annotations

import datetime as dt
import re

from ..context import Prepared
from ..dates import DateMention
from ..text import Span
from .events import is_date_line, reported

_WEEK_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:previous|preceding|last)\s+week'?s\b|\b(?:one|a)\s+week\s+(?:before|earlier)\b"
    r"|\bthe\s+week\s+before\b|\ba\s+week\s+ago\b",
    re.I,
)
# lower-case only: "March" the month is no march
_GATHERING = re.compile(
    r"\b(?:march(?:es|ed|ers)?|protests?|rall(?:y|ies)|demonstrations?|vigils?|turnout|crowds?|general\s+strikes?)\b"
)
_GATHERING_STARTS = ("march", "protest", "rall", "demonstration", "vigil", "turnout", "crowd", "general")
_TO_COME = re.compile(r"\b(?:will|would|shall|plans?\s+to|is\s+to|are\s+to|next)\b", re.I)


def occasion(prep: Prepared, sent: Span, at: int | None = None, own: dt.date | None = None) -> str | None:
    """The day (ISO) of the gathering a figure at ``at`` in ``sent`` counts, or None: read in the figure's own
    clause first ("nearly 50 were arrested on March 6; nine were arrested on Thursday"), then in its sentence.
    ``own`` is the document's own gathering day (``gathering_day``), which the caller keeps for all its figures."""
    text = prep.doc.text
    spans = [prep.clause(at), sent] if at is not None else [sent]
    for span in spans:
        if _WEEK_BEFORE.search(text, span.start, span.end):
            return (own - dt.timedelta(days=7)).isoformat() if own is not None else "the week before"
        day = _day_in(prep, span.start, span.end)
        if day is not None:
            return day.isoformat()
    return own.isoformat() if own is not None else None


def days_in(prep: Prepared, start: int, end: int) -> list[DateMention]:
    """The dates that start in ``text[start:end]`` and are resolved to a day, in text order."""
    return [d for d in prep.dates if start <= d.char_start < end and d.date is not None and d.precision == "day"]


def _day_in(prep: Prepared, start: int, end: int) -> dt.date | None:
    """The first resolved day in ``text[start:end]`` that is neither the date line nor when something was said."""
    text = prep.doc.text
    for d in days_in(prep, start, end):
        if is_date_line(text, d.char_start, d.char_end) or reported(text, start, d.char_start):
            continue
        return d.date
    return None


def gathering_day(prep: Prepared) -> dt.date | None:
    """The day of the gathering a document is about, if it is about one (a march, a rally, a protest): the first
    day it gives in a sentence about a gathering, not one to come."""
    text = prep.doc.text
    # each gathering word starts with one of these: the pattern is tried from the first of them on (it runs over
    # the whole document, few of whose places can start one)
    firsts = [i for w in _GATHERING_STARTS if (i := text.find(w)) >= 0]
    if not firsts or _GATHERING.search(text, min(firsts)) is None:
        return None
    for d in prep.dates:
        if d.date is None or d.precision != "day" or is_date_line(text, d.char_start, d.char_end):
            continue
        sent = prep.sentence(d.char_start)
        if _TO_COME.search(text, sent.start, d.char_start):
            continue  # "it would march again next Thursday": a gathering to come is not the document's own
        if _GATHERING.search(text, sent.start, sent.end) and not reported(text, sent.start, d.char_start):
            return d.date
    return None
