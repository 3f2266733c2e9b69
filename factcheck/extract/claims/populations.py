"""Populations: "a nation of 15 million people", "Millford, a village of 2,300", "7.48 million people who live
in the city". A population is always of its place: the story's own, or a smaller one it names."""

from __future__ import annotations

import re

from ...model import Claim, Count, Frame
from ..numbers import NumberMention
from ..text import Span
from .countdoc import CountDoc, make_claim
from .groups import units
from .nouns import Noun

_POPULATION_LEFT = re.compile(r"\b([a-z]+)\s+of\s*$")
_POPULATION_OF = re.compile(r"\bpopulation\s+(?:of|is|was|stands\s+at|of\s+some|of\s+about)\s+$", re.I)
_LIVE_IN = re.compile(r"\s+(?:who\s+live|living|who\s+reside|residing|who\s+call)\b", re.I)
_STORY_PLACES = frozenset({"nation", "country", "republic", "state", "city", "capital", "island", "territory"})


def population_claim(doc: CountDoc, m: NumberMention, span: Span, kind: str, quote: tuple[int, int]) -> Claim:
    """The population claim of a figure: of the story's own place (``kind`` ""), or of a smaller place by its
    name ("Millford, a village of 2,300"). A village or town the text does not name is read as no measure:
    two unnamed towns are not one place."""
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="inhabitant")
    place = _appositive_name(doc.text, span.start, m.start) if kind else None
    frame = Frame(measure="population" if place or not kind else None, place=place or kind or None)
    about = f"population of {place or kind or 'the place'}"
    return make_claim(doc, m, span, "quantity", count, quote[0], quote[1], frame, about)


_APPOSITIVE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+of\s+$"
)


def _appositive_name(text: str, sent_start: int, start: int) -> str | None:
    """The name a place of so many people is given before it: "Millford, a small village of 2,300"."""
    found = _APPOSITIVE.search(text, max(sent_start, start - 80), start)
    return found.group(1) if found is not None else None


_FIGURE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")


def place_of(text: str, m: NumberMention) -> str | None:
    """The kind of place a bare figure is the population of, when it is "a village of 2,300" and nothing after."""
    if not _FIGURE_ENDS.match(text, m.end):
        return None
    left = _POPULATION_LEFT.search(text, max(0, m.start - 20), m.start)
    if left is None or left.group(1) not in units()["population_places"]:
        return None
    return "" if left.group(1) in _STORY_PLACES else left.group(1)


def population(text: str, m: NumberMention, noun: Noun | None) -> str | None:
    """The place a figure is the population of: "" for the story's own place ("a nation of 15 million people",
    "a population of at least 120,000", "7.48 million people who live in the city"), a kind of place for a
    smaller one ("a town of 40,000 people" -> "town"), None when the figure is no population."""
    before = text[max(0, m.start - 30) : m.start]
    if _POPULATION_OF.search(before):
        return ""
    if noun is None or noun.head.lower() not in units()["population_nouns"]:
        return None
    if _LIVE_IN.match(text, noun.end):
        return ""
    left = _POPULATION_LEFT.search(before)
    if left is None or left.group(1) not in units()["population_places"]:
        return None
    return "" if left.group(1) in _STORY_PLACES else left.group(1)
