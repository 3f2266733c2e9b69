"""Counts of one batch of something delivered in several: "a shipment of 500,000 doses", "the first tranche of
the aid", "a convoy of 40 trucks". A batch is never the total ("A second shipment of 300,000 doses landed,
bringing the total to 750,000"), and two batches are never one figure: the first shipment lines up with the first
shipment, and a batch the text does not number lines up with nothing.
"""

from __future__ import annotations

import re

from ...model import BATCH

_ORDINALS = {"first": "first", "initial": "first", "second": "second", "third": "third", "fourth": "fourth"}
#: A batch noun, numbered or not, before a figure in its sentence: "the first shipment of", "A second shipment
#: ... was announced as". Within 60 characters of the figure, with no clause (";" or a full stop) or total between.
_BATCH = re.compile(
    r"\b(?:(first|initial|second|third|fourth)\s+)?(shipment|batch|consignment|tranche|instal{1,2}ment|convoy)\b"
    r"(?!s)(?:(?!\btotal\b)[^;.]){0,60}$",  # "a second shipment ..., bringing the total to 750,000": the total
    re.I,
)


_BATCH_WORDS = ("shipment", "batch", "consignment", "tranche", "instal", "convoy")


def batch(text: str, sent_start: int, at: int) -> str | None:
    """The numbered batch a figure at ``at`` counts ("first shipment"), ``BATCH`` for a batch with no number,
    or None for a figure of no batch.

    >>> t = "The first shipment was announced as 500,000 doses, but 450,000 arrived."
    >>> batch(t, 0, t.index("450")), batch("A shipment of 500,000 doses left.", 0, 14)
    ('first shipment', 'one batch')
    >>> batch("Officials counted 500,000 doses.", 0, 18) is None
    True
    """
    lead = text[max(sent_start, at - 90) : at]
    low = lead.lower()
    if not any(word in low for word in _BATCH_WORDS):  # what _BATCH needs, looked for at once
        return None
    found = _BATCH.search(lead)
    if found is None:
        return None
    ordinal = found.group(1)
    if ordinal is None:
        return BATCH
    return f"{_ORDINALS[ordinal.lower()]} {found.group(2).lower()}"
