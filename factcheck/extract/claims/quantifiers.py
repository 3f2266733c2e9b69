"""A figure that is the whole some part of is said of: "Most of the 300 passengers survived", "Nearly half of the
1,200 residents were displaced", "Of the 300 passengers, most survived". What the sentence says (survived,
displaced) is of the part, never of the figure: 300 passengers, not 300 survivors.
"""

from __future__ import annotations

import re

_SHARE = (
    r"(?:half|a\s+third|one\s+third|two[- ]thirds|a\s+quarter|one\s+quarter|three[- ]quarters|most|many|some|"
    r"several|few|a\s+few|a\s+majority|the\s+majority|none|a\s+fraction|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|"
    # a figure for the share: "3 of the 5 suspects had been arrested"
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
_OF_THE_TAIL = r"of\s+(?:the|its|their|these|those|all\s+the)\s+$"  # "of the" right before the whole's figure
#: The share before the figure: "(nearly) half of the", "most of its"; not a question ("how many of the").
_SHARE_OF = re.compile(
    rf"(?<!\bhow\s)\b(?:(?:nearly|almost|about|around|roughly|more\s+than|over|under|less\s+than|fewer\s+than)\s+)?"
    rf"{_SHARE}\s+{_OF_THE_TAIL}",
    re.I,
)
_OF_THE_END = re.compile(rf"\b{_OF_THE_TAIL}", re.I)  # how _SHARE_OF ends: the quick test before it
#: An opening "Of the 300 passengers," whose share comes after: "most survived", "half were".
_OF_THE = re.compile(r"\s*Of\s+(?:the|its|their|all\s+the)\s+$", re.I)
_AUXILIARY_WORDS = r"were|was|are|is|have|has|had|been"
_AUXILIARIES = rf"(?:(?:{_AUXILIARY_WORDS}|now|still|all|reportedly|later)\s+)*"
#: Between the noun and the predicate: auxiliaries only, after the share of an opening "Of the ...".
_TO_PREDICATE = re.compile(rf"\s+{_AUXILIARIES}")
_SHARE_TO_PREDICATE = re.compile(rf",?\s+(?:{_SHARE}|all|only\s+a\s+few)\s+{_AUXILIARIES}", re.I)
#: A verb after the cue: the cue described the noun ("the 2,000 people evacuated have returned").
_VERB_AFTER = re.compile(r"\s+(?:have|has|had|were|was|are|is|will|would|may|might|remain|returned)\b")


def whole_of_a_share(text: str, sent_start: int, start: int, noun_end: int, cue: tuple[int, int]) -> bool:
    """Whether the figure at ``start`` (its noun ending at ``noun_end``) is a whole a share of which the
    predicate ``cue`` (its span) is said of.

    >>> t = "Most of the 300 passengers survived."
    >>> whole_of_a_share(t, 0, t.index("300"), t.index(" survived"), (t.index("survived"), t.index(".")))
    True
    >>> t = "Of the 300 passengers, most survived."
    >>> whole_of_a_share(t, 0, t.index("300"), t.index(","), (t.index("survived"), t.index(".")))
    True
    >>> t = "Of the 300 passengers, 280 survived."
    >>> whole_of_a_share(t, 0, t.index("300"), t.index(","), (t.index("survived"), t.index(".")))
    True
    >>> t = "The 300 passengers survived."
    >>> whole_of_a_share(t, 0, t.index("300"), t.index(" survived"), (t.index("survived"), t.index(".")))
    False
    >>> t = "Most of the 2,000 people evacuated have returned."
    >>> whole_of_a_share(t, 0, t.index("2,000"), t.index(" evacuated"), (t.index("evacuated"), t.index(" have")))
    False
    """
    if text.find("of ", max(sent_start, start - 16), start) < 0 and text.find("Of ", sent_start, start) < 0:
        return False  # neither "... of the" right before the figure nor an opening "Of the": the quick no
    if _VERB_AFTER.match(text, cue[1]) or not _predicate(text, noun_end, cue):
        return False
    lead_start = max(sent_start, start - 40)
    if _OF_THE_END.search(text, max(lead_start, start - 16), start) and _SHARE_OF.search(text, lead_start, start):
        return _TO_PREDICATE.fullmatch(text, noun_end, cue[0]) is not None
    opening = _OF_THE.fullmatch(text, sent_start, start) is not None
    return opening and _SHARE_TO_PREDICATE.fullmatch(text, noun_end, cue[0]) is not None


_AUXILIARY = re.compile(rf"\b(?:{_AUXILIARY_WORDS})\s+", re.I)
_PAST_FORMS = frozenset({"died", "hurt", "fled", "lost", "left"})


def _predicate(text: str, noun_end: int, cue: tuple[int, int]) -> bool:
    """Whether the cue is the clause's verb ("survived", "were displaced"), not a word describing the noun
    ("the 475 passengers aboard the ferry")."""
    first = text[cue[0] : cue[1]].split()[0].lower()
    return first.endswith("ed") or first in _PAST_FORMS or _AUXILIARY.search(text, noun_end, cue[0]) is not None
