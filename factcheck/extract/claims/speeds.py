"""Speeds: "sustained winds of 195 km/h", "gusts of 230 km/h", "a speed limit of 80 km/h", "travelling at 142
km/h". The unit is the speed's (never the kilometres of a distance); what moves is read from the words before
the figure: the wind or its gusts. Any other speed (a train's, a car's, a limit, which differs from one stretch
or week to the next) keeps a frame without a measure, so it is never lined up against another one.
"""

from __future__ import annotations

import re

from ...model import Claim, Count, Frame
from ..numbers import NumberMention
from ..text import Span
from .countdoc import CountDoc, make_claim

_SPEED_AFTER = re.compile(
    r"\s*(?:(km/h|kmh|kph|km\s+per\s+hour|kilometres\s+(?:per|an)\s+hour|kilometers\s+(?:per|an)\s+hour)"
    r"|(mph|miles\s+(?:per|an)\s+hour)|(knots))\b",
    re.I,
)
_UNITS = ("km/h", "mph", "knot")
# what moves at the speed, from the words just before the figure
_MOVERS = (
    ("gust", re.compile(r"\bgust(?:s|ed|ing)?\b", re.I)),
    ("wind", re.compile(r"\bwinds?\b", re.I)),
)


def speed_after(text: str, end: int) -> re.Match[str] | None:
    """The speed unit right after a figure ending at ``end`` ("195 km/h", "121 mph", "60 knots"), if any.

    >>> t = "winds of 195 km/h (121 mph)"
    >>> speed_after(t, 12).group(), speed_after(t, 22).group(), speed_after("a 19 km walk", 4)
    (' km/h', ' mph', None)
    """
    if text[end : end + 1] not in (" ", "k", "m"):
        return None
    return _SPEED_AFTER.match(text, end)


def speed_claim(doc: CountDoc, m: NumberMention, sent: Span, unit: re.Match[str]) -> Claim:
    """The speed at figure ``m`` with unit ``unit``: a wind's, its gusts', or another's (no measure)."""
    text = doc.text
    clause = doc.clause(m.start)
    lead = text[max(clause.start, m.start - 40) : m.start]
    mover = next((name for name, pattern in _MOVERS if pattern.search(lead)), None)
    which = next(i for i in range(3) if unit.group(i + 1))
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit=_UNITS[which])
    frame = Frame(measure="speed" if mover else None, counted=mover)
    return make_claim(doc, m, sent, "quantity", count, m.start, unit.end(), frame, mover or "speed")
