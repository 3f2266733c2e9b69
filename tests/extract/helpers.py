"""Run one extractor stage on a short hand-written text."""

from __future__ import annotations

import datetime as dt
import random

from factcheck.extract import extract_document
from factcheck.model import Claim, Document


def claims_of(text: str, *types: str, published: str | None = "2022-01-13") -> list[Claim]:
    doc = Document(id="d", path="d.txt", text=text, published=dt.date.fromisoformat(published) if published else None)
    found = extract_document(doc, types or None)
    for c in found:
        assert text[c.start : c.end] == c.text
    return found


#: what the randomized gate tests put between their words: spaces of several kinds, line breaks, punctuation, nothing
SEPARATORS = (" ", "  ", "\n", "\xa0", ", ", "", " \u2003", ". ")


def random_texts(
    seed: int, tokens: tuple[str, ...], n: int, *, most: int = 14, separators: tuple[str, ...] = SEPARATORS
) -> list[str]:
    """``n`` texts of 1 to ``most - 1`` random ``tokens``, each followed by one of ``separators`` (fixed ``seed``):
    the awkward texts the randomized tests of a gate or a fast path try it on."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(tokens) + rng.choice(separators) for _ in range(rng.randrange(1, most))) for _ in range(n)
    ]
