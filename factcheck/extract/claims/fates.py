"""What happened to the things a figure counts: "destroyed 57 homes", "173 homes were destroyed and 61
damaged", "163 homes lost". Homes destroyed and homes damaged are two figures, never one, so the fate is the
count's measure ("destroyed", "damaged", or "destroyed or damaged" when the text joins them).

The fate is read right before the figure ("destroyed at least 12 houses"), right after its noun ("57 homes
were destroyed", "163 homes lost"), from the count just before in a list ("destroyed 163 homes and about 40
barns"), or is the figure's own word with the noun left out ("173 homes were destroyed and 61 damaged").
The words are in ``data/measures.json`` ("fates").
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ...model import Claim
from ..lexicon import alternation, data


@cache
def _fates() -> dict[str, str]:
    """Each fate word, lower-case, to its measure."""
    return {word: fate for fate, words in data("measures.json")["fates"].items() for word in words}


@cache
def _things_only() -> frozenset[str]:
    return frozenset(data("measures.json")["fates_of_things_only"])


@cache
def _fate() -> str:
    return alternation(sorted(_fates()))


@cache
def _before() -> re.Pattern[str]:
    """A fate ending the text before a figure: "destroyed", "damaged or destroyed", "razed a total of"."""
    return re.compile(
        rf"(?<![\w-])({_fate()})(?:\s*,?\s+(?:or|and)\s+({_fate()}))?\s+(?:the\s+|some\s+|a\s+total\s+of\s+)?$", re.I
    )


@cache
def _after() -> re.Pattern[str]:
    """A fate right after a figure's noun: "were destroyed", "have been damaged or destroyed", "lost"."""
    return re.compile(
        r"\s*(?:(?:that|which)\s+)?(?:(?:were|was|are|is|have|has|had|been|being)\s+){0,2}"
        rf"(?:(?:all|also|either|completely|totally|badly|partly|partially|largely|now)\s+)?"
        rf"({_fate()})(?:\s*,?\s+(?:or|and)\s+({_fate()}))?(?![\w-])",
        re.I,
    )


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)$", re.I)


def _measure(first: str, second: str | None, thing: bool) -> str | None:
    fates = {_fates()[w] for w in (first.lower(), (second or "").lower()) if w and (thing or w not in _things_only())}
    if not fates:
        return None
    return "destroyed or damaged" if len(fates) > 1 else fates.pop()


class Fate(NamedTuple):
    """A fate read for a figure: its measure, the thing counted when the figure's noun is left out, and where
    the words that say it stand (for the quote)."""

    measure: str
    counted: str | None
    start: int
    end: int


def fate_of(
    text: str, start: int, noun_end: int, clause_start: int, head: str, thing: bool, done: list[Claim]
) -> Fate | None:
    """The fate of the things a figure at ``start`` counts (its noun's head ``head`` ending at ``noun_end``);
    None when the text says none.

    ``thing`` says the noun names a thing: "lost" or "hit" is a fate only of things ("lost 57 homes", not
    "lost two sons"). ``done`` is the claims made so far, the last one first for a list or a noun left out.
    """
    prev = done[-1] if done and done[-1].start >= clause_start else None
    own = _fates().get(head.lower())
    if own is not None and prev is not None and prev.frame.counted and _fate_measure(prev):
        return Fate(own, prev.frame.counted, start, noun_end)  # "173 homes were destroyed and 61 damaged"
    for found in (_before().search(text, clause_start, start), _after().match(text, noun_end)):
        if found is not None and (fate := _measure(found.group(1), found.group(2), thing)) is not None:
            return Fate(fate, None, min(found.start(1), start), max(found.end(), noun_end))
    if prev is not None and _fate_measure(prev) and _LIST_GAP.match(text[prev.end : start]):
        return Fate(prev.frame.measure or "", None, start, noun_end)  # "destroyed 163 homes and about 40 barns"
    return None


def _fate_measure(claim: Claim) -> bool:
    return claim.frame.measure in ("destroyed", "damaged", "destroyed or damaged")
