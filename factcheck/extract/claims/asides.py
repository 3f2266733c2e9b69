"""Asides: a relative clause or a past participle set off by a comma inside its sentence ("The boat, which
had left port on 8 June, capsized on 12 June"; "Its log, released on 2 July, shows ...").

A date in an aside dates what the aside says, not the sentence's main event: the boat's departure, the
log's release. Only when the aside says that its antecedent itself happened or lasted ("The quake, which
hit on Saturday, killed 272"; "The fire, which burned from July 14 ...") does the date go with the
antecedent's event. The verbs that say so are data (``events.json``, ``occurrence_verbs``).
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, data
from ..text import Span

_RELATIVE = re.compile(r"(?:which|who|whom|whose)\b")
# a past participle ("released", "held", "written"): an aside when it does not come right after another aside
# ("The boat, which had left port, capsized on 12 June": "capsized" is the main verb; so after "carrying 476
# people,")
_PARTICIPLE = re.compile(
    r"(?:[a-z]+ed|held|made|built|sent|seen|written|taken|given|found|brought|shown|sold|kept|drawn|known|told|"
    r"won|lost|set|put)\b"
)
_GERUND = re.compile(r"(?!according\b)[a-z]+ing\b")  # "according to ..." names a source, no act of its own


@cache
def occurrence_verbs() -> str:
    """The verbs by which a text says that an event happened or lasted ("hit", "took place", "raged"), as an
    alternation."""
    return alternation(data("events.json")["occurrence_verbs"])


@cache
def _occurred() -> re.Pattern[str]:
    return re.compile(r"\b" + occurrence_verbs() + r"\b", re.I)


def is_aside(text: str, clause: Span, before: Span, sent: Span) -> bool:
    """Whether ``clause`` (``before``: the clause before it) is an aside in sentence ``sent``: after a comma, a
    relative clause, or a past participle that no other aside comes right before ("which ...", "carrying ...").

    >>> t = "Its log, released on 2 July, shows the boat, which had left port on 8 June, capsized on 12 June, late."
    >>> sent = Span(start=0, end=len(t))
    >>> cut = [Span(start=a, end=b) for a, b in ((0, 7), (9, 27), (29, 43), (45, 74), (76, 95), (97, 102))]
    >>> [t[c.start : c.end] for c in cut][1:3]
    ['released on 2 July', 'shows the boat']
    >>> [is_aside(t, clause, before, sent) for before, clause in zip(cut, cut[1:])]
    [True, False, True, False, False]
    """
    if not _opens(text, clause, sent):
        return False
    return _RELATIVE.match(text, clause.start) is not None or not _opens(text, before, sent, _GERUND)


def _opens(text: str, clause: Span, sent: Span, gerund: re.Pattern[str] | None = None) -> bool:
    """Whether ``clause`` comes after a comma in ``sent`` and opens with a relative pronoun or a past participle
    (or what ``gerund`` matches)."""
    if clause.start <= sent.start or text[max(sent.start, clause.start - 4) : clause.start].rstrip()[-1:] != ",":
        return False
    return (
        _RELATIVE.match(text, clause.start) is not None
        or _PARTICIPLE.match(text, clause.start) is not None
        or (gerund is not None and gerund.match(text, clause.start) is not None)
    )


def of_antecedent(text: str, clause: Span) -> bool:
    """Whether aside ``clause`` says that its antecedent itself happened or lasted ("which hit on Saturday",
    "which burned from July 14").

    >>> t = "The quake, which hit on Saturday, killed 272."
    >>> of_antecedent(t, Span(start=11, end=32))
    True
    >>> of_antecedent("The boat, which had left port on 8 June", Span(start=10, end=39))
    False
    """
    return _occurred().search(text, clause.start, clause.end) is not None
