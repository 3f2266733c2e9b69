"""Counts that are not the story's own figure though they count what it counts: a source's own share told in
the first person, and those counted before the event itself.

- "We also recovered the bodies of nine people", "Our medical team treated 22 of them": a rescue group's or an
  agency's page tells what it did itself, a share of the story's total, never the total. Only the page's own
  voice is read so: a quote ("'We have recovered 41 bodies,' the coast guard said") is its speaker's account.
- "Six people died on board before the boat capsized": deaths before the event are not its toll.
"""

from __future__ import annotations

import re

from ..text import Span
from .events import event_key
from .measures import holds_within

#: The first person plural opening the clause, after a linking word or a short opener ("Around midday, we ...").
_WE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|so|then|also)\s+)(?:we|our)\b", re.I)
_WE_WORDS = ("we", "We", "WE", "our", "Our", "OUR")  # what _WE needs, looked for at once
#: "before" a few words after the count, and the three words after it ("before the boat capsized"), where the
#: event not yet come is named; not "before it called off the search", whose subject is someone's.
_BEFORE = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?before\s+(?!(?:it|they|he|she|we|you|i)\b)((?:the\s+|its\s+|their\s+)?(?:[\w-]+\s*){1,3})",
    re.I,
)


def own_account(text: str, clause: Span, sent: Span, at: int, attributed: bool) -> bool:
    """Whether the figure at ``at`` is told in the page's own first-person voice ("We recovered nine bodies").

    >>> t = "Around midday, we recovered the bodies of nine people."
    >>> own_account(t, Span(start=0, end=len(t)), Span(start=0, end=len(t)), t.index("nine"), False)
    True
    >>> t = '"We have recovered 41 bodies," the spokesman said.'
    >>> own_account(t, Span(start=0, end=len(t)), Span(start=0, end=len(t)), t.index("41"), True)
    False
    """
    if attributed:
        return False
    if not holds_within(text, clause.start, at, _WE_WORDS):
        return False
    lead = text[clause.start : at]
    if not _WE.search(lead):  # a slice: "^" is where it opens
        return False
    before = text[sent.start : at]
    return not (before.count("“") > before.count("”") or before.count('"') % 2)


def before_event(text: str, after: int, end: int) -> str | None:
    """The event a count is said to come before, if the words after it (from ``after`` to ``end``) say so: "died
    on board before the boat capsized" is "before crash" (the events' name for a capsize).

    >>> t = "Six people died on board before the boat capsized."
    >>> before_event(t, t.index(" died"), len(t))
    'before crash'
    >>> t = "Six people died before rescuers arrived."
    >>> before_event(t, t.index(" died"), len(t)) is None
    True
    >>> t = "Divers recovered 82 bodies before they called off the search."
    >>> before_event(t, t.index(" bodies") + 7, len(t)) is None
    True
    """
    if text.find("before", after, min(end, after + 80)) < 0:  # what _BEFORE needs, looked for at once
        return None
    found = _BEFORE.match(text, after, min(end, after + 80))
    if found is None:
        return None
    event = event_key(text, Span(start=found.start(1), end=found.end(1)), found.start(1))
    return f"before {event}" if event else None
