"""One person counted without a figure: "A volunteer firefighter has died", "a passenger died of his
injuries", "An officer was wounded". The claim is a count of one of the group the noun names (a sub-group,
never the toll), unless the sentence says it is the only or first one ("A 78-year-old man has died, the
first death since the fire broke out": the toll is one).

``singles`` finds them as mentions of kind "single" (the article "a" or "an" standing for the figure), so
they take their place among the figures in text order; ``single_claim`` builds the claim. The predicates
are in ``data/measures.json`` ("single_predicates").
"""

from __future__ import annotations

import re
from functools import cache

from ...model import Claim, Count, Frame
from ..lexicon import data
from ..numbers import NumberMention
from ..scan import gated
from ..text import singular
from . import frames
from .countdoc import CountDoc, make_claim
from .groups import canonical, victims
from .nouns import STOP
from .nouns import counted as counted_thing

KIND = "single"
_ARTICLE = re.compile(r"(?<![\w-])(?:An?|an?)\s+")
_WORD = re.compile(r"[\w'’-]+")
_PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "into",
        "onto",
        "inside",
        "near",
        "behind",
        "under",
        "over",
    ]
)
_ONLY_ONE = re.compile(
    r"\bthe\s+(?:first|only|sole)\s+(?:confirmed\s+|known\s+|reported\s+)?"
    r"(?:death|fatality|victim|casualty|person\s+to\s+die|loss\s+of\s+life)\b",
    re.I,
)


@cache
def _predicates() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, list[str]] = data("measures.json")["single_predicates"]
    forms = {" ".join(f.lower().split()): measure for measure, fs in table.items() for f in fs}
    # a letter trie, longest first like an alternation, each branch opening with its letter (it runs over each whole
    # document: the engine skips in C to a letter a predicate starts with)
    return re.compile(gated(list(forms), after=r"(?![\w-])(?!\s+(?:down|out|away|off)\b)")), forms


_MAY = re.compile(
    r"died|killed|dead|death|life|drowned|injured|wounded|hurt|arrested|detained|custody|missing|unaccounted"
)


def may_single(text: str) -> bool:
    """False only when no predicate can be in ``text`` (none of their words is in it)."""
    return _MAY.search(text) is not None


def singles(doc: CountDoc) -> list[NumberMention]:
    """The articles that count one person in ``doc``: "A" of "A firefighter has died"."""
    text = doc.text
    pattern = _predicates()[0]
    out: list[NumberMention] = []
    for p in pattern.finditer(text):
        sent = doc.sentence(p.start())
        lo = max(sent.start, p.start() - 60)
        found = None
        for a in _ARTICLE.finditer(text, lo, p.start()):
            found = a  # the last article before the predicate
        if found is None:
            continue
        words = _WORD.findall(text, found.end(), p.start())
        gap = text[found.end() : p.start()]
        if not 1 <= len(words) <= 4 or "".join(words) != "".join(gap.split()):
            continue  # punctuation between: "a fire, which killed" is no subject
        head = words[-1]
        if not head.isalpha() or not head.islower() or any(w.lower() in STOP for w in words):
            continue
        if frames.thing(head) or frames.size_unit(head):
            continue
        before = text[max(sent.start, found.start() - 12) : found.start()].split()
        if before and before[-1].lower() in _PREPOSITIONS:
            continue  # "a man in a car was killed": "car" is no subject
        out.append(
            NumberMention(
                text=found.group().strip(),
                start=found.start(),
                end=p.end(),
                value=1,
                low=1,
                high=1,
                low_inclusive=True,
                high_inclusive=True,
                qualifier="exact",
                kind=KIND,
            )
        )
    return out


def single_claim(doc: CountDoc, m: NumberMention) -> Claim | None:
    """The claim of one person a "single" mention counts."""
    text = doc.text
    pattern, forms = _predicates()
    pred = pattern.search(text, m.start, m.end)
    if pred is None:
        return None
    measure = forms[" ".join(pred.group().lower().split())]
    noun = text[m.start + len(m.text) : pred.start()].strip()
    group = victims(canonical(counted_thing(noun))) if noun else None
    sent = doc.sentence(m.start)
    if _ONLY_ONE.search(text, sent.start, sent.end):
        group = None  # "the first death since the blaze broke out": the toll is one
    elif group is None:
        group = singular(noun.split()[-1])  # "a person died": one person, not the toll
    count = Count(nominal=1, low=1, high=1, qualifier="exact", unit="person")
    frame = Frame(measure=measure, counted=group)
    typ = "deaths" if measure == "deaths" else measure
    return make_claim(doc, m, sent, typ, count, m.start, m.end, frame, group)
