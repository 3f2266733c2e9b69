"""Extract stage: ``Document`` -> ``Claim``s.

Extractors are plain functions of a prepared document, listed in one literal table, which is
also what ``--type`` is checked against.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import CLAIM_TYPES, COUNT_TYPES, Claim, ClaimType, Document

if TYPE_CHECKING:
    from .context import Prepared


@dataclass(frozen=True, slots=True, kw_only=True)
class Extractor:
    """One extractor: the function ``extract`` of module ``module`` (imported on first use, so that
    listing the claim types costs nothing at start-up) and the claim types it produces."""

    types: tuple[ClaimType, ...]
    module: str

    def run(self, prepared: Prepared) -> list[Claim]:
        found: list[Claim] = importlib.import_module(f"{__name__}.{self.module}").extract(prepared)
        return found


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor(types=COUNT_TYPES, module="claims.counts"),
    Extractor(types=("date",), module="claims.events"),
    Extractor(types=("participants",), module="claims.participants"),
    Extractor(types=("person",), module="claims.people"),
)

__all__ = ["CLAIM_TYPES", "EXTRACTORS", "Extractor", "claims_in", "extract_document"]


def extract_document(doc: Document, types: Iterable[str] | None = None) -> list[Claim]:
    """The claims of one document, in text order, with ids unique across documents (``DOC:c1``, ``DOC:c2``...).

    A plain function of a frozen ``Document``: picklable, so a process pool, Dask, Spark or Ray can run it.
    """
    return [c.renamed(id=f"{doc.id}:c{i}", document=c.document) for i, c in enumerate(claims_in(doc, types), 1)]


def claims_in(doc: Document, types: Iterable[str] | None = None) -> list[Claim]:
    """``extract_document`` without the ids: for a caller that numbers the claims of a whole run itself (the
    pipeline does, so numbering each document's first would build every claim twice)."""
    from .context import prepare

    wanted = set(CLAIM_TYPES if types is None else types)
    prep = prepare(doc)
    claims: list[Claim] = []
    for extractor in EXTRACTORS:
        if wanted.intersection(extractor.types):
            claims.extend(c for c in extractor.run(prep) if c.type in wanted)
    claims.sort(key=lambda c: (c.start, c.end, CLAIM_TYPES.index(c.type)))
    return claims
