"""The unit of work a process, a Dask worker or a Spark task runs: files in, documents and claims out.

Everything here is a top-level function of picklable arguments, so any engine can ship it. A file
is read where the work runs (paths must be readable there); the documents come back without their
text, so a run over many articles never holds every text at once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import documents
from .codec import pack_claims, unpack_claims
from .model import Claim, Document, InputError, set_slot_values


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """What every file of a run is extracted with: the claim types wanted, and the cache folder if any."""

    types: tuple[str, ...] | None = None
    cache: str | None = None
    root: str | None = None  # where relative paths are read from when the worker's folder is not ours
    #: Each claim as the JSON text ``extract --format jsonl`` writes of it (``FileClaims.texts``), not as a
    #: ``Claim``: a worker process then ships strings, where claims cost the parent more to rebuild from what
    #: it is sent (40,000 instructions a claim) than writing them costs the worker.
    text: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FileClaims:
    """One input file's documents (without text), the claims of each (or with ``Options.text`` their texts:
    ``json_out.claim_rests``), or why it could not be read."""

    path: str
    documents: tuple[Document, ...] = ()
    claims: tuple[tuple[Claim, ...], ...] = ()
    texts: tuple[tuple[str, ...], ...] = ()
    errors: tuple[InputError, ...] = ()
    warnings: tuple[InputError, ...] = ()

    # Shipped from worker processes by the thousand: the claims go as plain rows (``codec.pack_claims``),
    # which halves what pickling them costs in the worker (unpickling costs the same).
    def __getstate__(self) -> tuple[Any, ...]:
        packed = [pack_claims(c) for c in self.claims]
        return self.path, self.documents, packed, self.texts, self.errors, self.warnings

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        path, docs, packed, texts, errors, warnings = state
        claims = tuple(tuple(unpack_claims(c)) for c in packed)
        set_slot_values(self, [path, docs, claims, texts, errors, warnings])


def extract_files(files: Sequence[documents.Source], options: Options) -> list[FileClaims]:
    """``extract_file`` over a batch of sources, in order."""
    return [extract_file(s.path, s.explicit, options, part=s.part) for s in files]


def extract_file(
    path: str, explicit: bool, options: Options, raw: bytes | None = None, part: tuple[int, int, int] | None = None
) -> FileClaims:
    """The documents of one file (or of the ``part`` of a large JSON Lines file) and their claims, from the
    cache when it holds them.

    ``raw`` gives the bytes when the caller has them already (standard input).
    """
    from .extract import claims_in

    where = None if options.root is None or path == "-" else os.path.join(options.root, path)
    got = documents.read_file(documents.Source(path=path, explicit=explicit, part=part), raw=raw, where=where)
    data, docs = got.data, list(got.documents)
    if not docs:
        return FileClaims(path=path, errors=got.errors, warnings=got.warnings)
    per_doc: list[list[Claim]] | None = None
    store = k = None
    if options.cache is not None and path != "-":
        from .cache import Cache, key

        store, k = Cache(options.cache), key(data, path if part is None else f"{path}#{part[2]}")
        per_doc = store.get(k, len(docs))
        if per_doc is not None and not _quotes_match(docs, per_doc):
            per_doc = None  # well-formed, but not this text's claims: extracted again and rewritten
        if per_doc is not None:  # the cached claims name the documents as they were then
            pairs = zip(docs, per_doc, strict=True)
            per_doc = [[c.renamed(id=c.id, document=d.id) for c in claims] for d, claims in pairs]
    if per_doc is None:
        every = options.types if store is None else None  # the cache keeps every type, for any later --type
        per_doc = [claims_in(d, every) for d in docs]  # numbered by the pipeline, for the whole run
        if store is not None and k is not None:
            store.put(k, per_doc)
    if options.types is not None:
        wanted = set(options.types)
        per_doc = [[c for c in claims if c.type in wanted] for claims in per_doc]
    kept = tuple(d.without_text() for d in docs)
    if options.text:
        from .report.json_out import claim_rests

        texts = tuple(map(claim_rests, per_doc))
        return FileClaims(path=path, documents=kept, texts=texts, errors=got.errors, warnings=got.warnings)
    claims = tuple(tuple(claims) for claims in per_doc)
    return FileClaims(path=path, documents=kept, claims=claims, errors=got.errors, warnings=got.warnings)


def _quotes_match(docs: Sequence[Document], per_doc: Sequence[Sequence[Claim]]) -> bool:
    """Whether every claim's quote is its document's text at the claim's offsets."""
    return all(d.text[c.start : c.end] == c.text for d, claims in zip(docs, per_doc, strict=True) for c in claims)
