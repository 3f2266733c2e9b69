"""Extract stage: ``Document`` -> ``Claim``s.

Extractors are plain functions of a prepared document, listed in one literal table, which is
also what ``--type`` is checked against.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..model import Claim, ClaimType, Document
from . import counts, events, participants, people
from .context import Prepared, prepare


@dataclass(frozen=True, slots=True, kw_only=True)
class Extractor:
    """One extractor and the claim types it produces."""

    types: tuple[ClaimType, ...]
    run: Callable[[Prepared], list[Claim]]


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor(
        types=("troops", "deaths", "injuries", "arrests", "missing", "quantity", "duration"),
        run=counts.extract,
    ),
    Extractor(types=("date",), run=events.extract),
    Extractor(types=("participants",), run=participants.extract),
    Extractor(types=("person",), run=people.extract),
)

CLAIM_TYPES: tuple[ClaimType, ...] = tuple(t for e in EXTRACTORS for t in e.types)


def extract_document(doc: Document, types: Iterable[str] | None = None) -> list[Claim]:
    """The claims of one document, in text order, without ids."""
    wanted = set(CLAIM_TYPES if types is None else types)
    prep = prepare(doc)
    claims: list[Claim] = []
    for extractor in EXTRACTORS:
        if wanted.intersection(extractor.types):
            claims.extend(c for c in extractor.run(prep) if c.type in wanted)
    return sorted(claims, key=lambda c: (c.start, c.end, CLAIM_TYPES.index(c.type)))


def extract(documents: Sequence[Document], types: Iterable[str] | None = None) -> tuple[Claim, ...]:
    """The claims of every document, numbered ``c1``, ``c2``... in document then text order."""
    wanted = None if types is None else tuple(types)
    out: list[Claim] = []
    for doc in documents:
        for claim in extract_document(doc, wanted):
            out.append(replace(claim, id=f"c{len(out) + 1}"))
    return tuple(out)
