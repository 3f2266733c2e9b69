"""Duration claims: how long something lasted or will last, in the unit the text gives ("four to six
months", "a two-week state of emergency", "7 hours"), and what lasted (its event).

The event comes from the noun right after the unit ("four-day siege", "three days of mourning"),
else from the clause ("the withdrawal would take four to six months"), else from the sentence. A
duration that is not the story's own ("in my 40 years as a doctor", "nine years after the last
flood") gets the event it is about, or none, so it never joins the story's own durations.
"""

from __future__ import annotations

import re
from functools import cache

from ...model import PERSONAL, Claim, Count, Frame
from ..lexicon import alternation, data
from ..numbers import NumberMention
from .countdoc import CountDoc, make_claim
from .events import event_key, event_noun, phase_in, search_of
from .frames import named_event

_AFTER_EVENT = re.compile(r"\s+(?:after|since)\s+(?:first\s+|the\s+first\s+|initially\s+)?", re.I)
_PERSONAL = re.compile(r"\b(?:my|his|her|their|our|your)\s+(?:\w+\s+){0,2}$", re.I)
_PRESENCE_BEFORE = re.compile(
    r"\b(?:spent|spending|present\s+for|stationed\s+(?:there\s+)?for|been\s+(?:there|deployed)\s+for)\s+$", re.I
)
_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.I)
# a person's own years: "the driver, who has driven trains for 22 years", "she had lived there for 40 years"
_LIFE_BEFORE = re.compile(r"\b(?:who|he|she|I)\s+(?:has|had|have|'s|'d|’s|’d)\s+(?:[\w-]+\s+){1,4}(?:for\s+)?$", re.I)
_LIFE_UNITS = frozenset({"year", "decade"})
# the time since an event began, which lasts on: "nine years after first sending them in" is a presence
_ONGOING = {"deployment": "presence"}
_TO_COME = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|threaten(?:s|ed)?|intends?|proposed?|to\s+call|calls?\s+for)\b",
    re.I,
)
_AGO = re.compile(r"\s+(?:ago|earlier|before|later)\b", re.I)


@cache
def _units() -> dict[str, dict[str, object]]:
    return data("units.json")  # type: ignore[no-any-return]


@cache
def _up_to() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The hedge "up to" a duration's verb gives ("over the next 10 days"), and the last words it can end on."""
    forms = data("claim_words.json")["hedge_verbs"]["up to"]
    last = tuple(sorted({f.split()[-1].lower() for f in forms}))
    return re.compile(alternation(forms) + r"\s*$", re.I), last


def unit_of(word: str) -> str:
    """The unit a time word names, singular: "days" -> "day", "fortnight" -> "fortnight"."""
    units = _units()
    if word in units["time_units"]:
        return str(units["time_names"].get(word, word))
    return str(units["other_time_units"][word])


_WINDOW = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+$", re.I)
# the last word each pattern above can end on before the figure (then white space): looked for first, in the text
# lower-cased once (``CountDoc.ends_with``), as the patterns are tried on every duration
_WINDOW_LAST = ("past", "last", "previous")
_PERSONAL_WORDS = ("my", "his", "her", "their", "our", "your")  # one ends one of the last three words _PERSONAL reads
_PRESENCE_LAST = ("spent", "spending", "for")


def duration_claim(doc: CountDoc, m: NumberMention, unit_word: str, noun_end: int) -> Claim | None:
    """The duration at figure ``m`` whose unit word ends at ``noun_end``, or None when it dates something
    instead ("three days ago", "two weeks later")."""
    text = doc.text
    if _AGO.match(text, noun_end):
        return None  # "three days ago", "two weeks later": a date, not a duration
    window = max(0, m.start - 32)
    if doc.ends_with(window, m.start, _WINDOW_LAST) and _WINDOW.search(text, window, m.start):
        return None  # "in the past 24 hours, 37 new cases": the window a count is of, no duration of the story
    low, high, qualifier, value = m.low, m.high, m.qualifier, m.value
    up_to_verb, up_to_last = _up_to()
    hedged = qualifier == "exact" and doc.ends_with(max(0, m.start - 24), m.start, up_to_last)
    up_to = up_to_verb.search(text[max(0, m.start - 24) : m.start]) if hedged else None
    if up_to is not None:
        low, high, qualifier = None, value, "up to"
        quote_start = m.start - len(up_to.group())
    else:
        quote_start = m.start
    unit = unit_of(unit_word)
    if unit == "fortnight":  # no reader converts fortnights: two weeks
        unit, value, low, high = "week", _twice(value), _twice(low), _twice(high)
    sent = doc.sentence(m.start)
    clause = doc.clause(m.start)
    search = search_of(text, doc.prep.runs)  # the document's scans, shared with its dates (from the prepared runs)
    lo = max(clause.start, m.start - 40)
    lead = text[lo : m.start]
    last_words = doc.low[lo : m.start].rsplit(None, 3)[-3:]  # lower-cased: what the patterns below need
    if any(w.endswith(_PERSONAL_WORDS) for w in last_words) and _PERSONAL.search(lead):
        event: str | None = PERSONAL  # "in my 40 years as a doctor": a life, not the story
    elif last_words[-1:] and last_words[-1].endswith(_PRESENCE_LAST) and _PRESENCE_BEFORE.search(lead):
        event = "presence"  # "where it has spent nearly 10 years fighting": how long it has been there
    elif unit in _LIFE_UNITS and _LIFE_BEFORE.search(lead):
        event = PERSONAL  # "who has driven trains for 22 years": a working life, not the story
    elif last_words[-1:] and last_words[-1].endswith("after") and _AFTER_BEFORE.search(lead):
        # "troops will leave after 10 years": how long it lasted before the event, not the event's own length;
        # but "the fire was contained after two weeks": the event ended, so that was its length
        after = event_key(text, clause, m.start, search=search) or event_key(text, sent, m.start, search=search)
        if after and phase_in(text, clause.start, m.start) == "completed":
            event = _named(text, sent.start, m.start) or after
        else:
            event = f"before {after}" if after else "before"
    else:
        event = event_key(text, clause, m.start, follow=noun_end, search=search)
        event = event or event_key(text, sent, m.start, search=search)
        if event is not None:  # "the Stone Creek fire was contained after burning for nine days": that fire's
            event = _named(text, sent.start, m.start) or event
        if (
            event is not None
            and _TO_COME.search(text, clause.start, m.start)
            and event_noun(text, noun_end, clause.end)
        ):
            event = f"planned {event}"  # "the unions plan a 48-hour strike": not the strike that was held
        since = _AFTER_EVENT.match(text, noun_end)
        if since is not None:
            # "nine years after first sending them in": the time since an earlier event, which lasts on
            after = event_key(text, clause, since.end(), follow=since.end() - 1, search=search)
            event = _ONGOING.get(after or "", f"since {after}" if after else "since")
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    frame = Frame(measure="duration", event=event)
    return make_claim(doc, m, sent, "duration", count, quote_start, noun_end, frame, event)


def _named(text: str, sent_start: int, at: int) -> str | None:
    """The named event other than the document's own that the sentence names before ``at``, if any."""
    return named_event(text, sent_start, at, None)


def _twice(x: float | int | None) -> float | int | None:
    return None if x is None else x * 2
