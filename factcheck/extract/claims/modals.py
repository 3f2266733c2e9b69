"""Figures of what may come, not of what is: "the toll could rise to 1,000", "which would put the toll at 500",
"the mission will number around 2,500 troops"."""

from __future__ import annotations

import re

from ..numbers import NumberMention
from .measures import may_hold

_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:will|would|to)\s+(?:number|have|total|be\s+(?:reduced|cut|brought\s+down|increased)\s+to)|"
    r"\bdown\s+to|\bup\s+to\s+a\s+total\s+of)\s+[\"“]?\s*$",
    re.I,
)
_FORECAST_BEFORE = re.compile(
    r"\b(?:could|may|might|(?:is|are|was|were)\s+(?:expected|likely|projected|forecast|set)\s+to)\s+"
    r"(?:(?:rise|climb|reach|exceed|top|surpass|increase|grow|hit|number|be|affect|double)\s+)?(?:to\s+|by\s+)?"
    r"(?:as\s+many\s+as\s+|more\s+than\s+|over\s+|around\s+|about\s+)?$",
    re.I,
)
# "which would put the real toll at about 500": a toll reckoned on a supposition, no count
_FORECAST_WOULD = re.compile(
    r"\bwould\s+(?:put|bring|take|push|raise|lift)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:at|to)\s+"
    r"(?:(?:about|around|some|nearly|more\s+than|over|at\s+least)\s+)?$",
    re.I,
)
_FORECAST_WORDS = ("could", "may", "might", "expected", "likely", "projected", "forecast", "set")  # one is in each
_FORECAST_AFTER = re.compile(r"\s+(?:could|may|might)\s+(?:be|have|die|lose|need|rise)\b", re.I)
_PLANNED_AFTER = re.compile(r"\s+(?:will|would|are\s+to|is\s+to|are\s+set\s+to)\s+(?:stay|remain|be\s+left)\b", re.I)


def forecast(text: str, m: NumberMention, noun_end: int, clause_start: int) -> bool:
    """A figure said of what may come: "the toll could rise to 1,000", "is expected to exceed 500", "up to 10,000
    people could be affected" (a modal verb before it in its clause, or right after its noun)."""
    lead = text[max(clause_start, m.start - 60) : m.start]
    if may_hold(lead, _FORECAST_WORDS) and _FORECAST_BEFORE.search(lead):
        return True
    if "would" in lead and _FORECAST_WOULD.search(lead):
        return True  # "which would put the real toll at about 500"
    return bool(_FORECAST_AFTER.match(text, noun_end))


def planned(text: str, m: NumberMention, noun_end: int, sent_start: int) -> bool:
    """A force's size to come, not its size now: "the mission will number around 2,500 troops", "down to
    1,500-2,000", "over 600 troops will stay in Westland"."""
    lead = text[max(sent_start, m.start - 40) : m.start]
    return bool(_PLANNED_BEFORE.search(_strip_hedges(lead))) or bool(_PLANNED_AFTER.match(text, noun_end))


def _strip_hedges(lead: str) -> str:
    """``lead`` without the hedge words it ends on (the figure's own hedge is in its mention, but a quote
    mark or "some" may stand between)."""
    words = lead.rstrip().split(" ")
    while words and words[-1].lower().strip("\"“”'") in {"about", "around", "some", "roughly", "nearly", "almost"}:
        words.pop()
    return " ".join(words) + " "
