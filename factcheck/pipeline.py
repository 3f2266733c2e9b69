"""The library entry point: paths in, a ``Result`` out, every stage in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TextIO

from . import documents
from .batch import Options
from .executors import extract_all
from .model import Claim, Document, InputError, Result
from .reconcile import Selection, reconcile, select, sources


@dataclass(frozen=True, slots=True, kw_only=True)
class Engine:
    """How extraction runs: ``jobs`` processes, or on the Dask ``scheduler`` (an address or ``local``),
    with claims kept in the ``cache`` folder. None of it changes the result."""

    jobs: int = 1
    cache: str | None = None
    scheduler: str | None = None


def run(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    selection: Selection = Selection(),  # noqa: B008 - frozen, so sharing the default is safe
    findings: bool = True,
    engine: Engine = Engine(),
    started: Callable[[int], None] | None = None,
    advanced: Callable[[], None] | None = None,
) -> Result:
    """Load ``paths``, extract their claims, reconcile them and keep the selected findings.

    Raises ``factcheck.errors.InputNotFound`` for a path that does not exist; files that cannot be
    read are reported in ``Result.errors`` and the rest go on. ``started(files)`` is called once the
    files are listed and ``advanced()`` after each one, for a progress display.
    """
    files = documents.files(paths)
    if started is not None:
        started(len(files))
    stdin_bytes = documents.raw_bytes("-", stdin=stdin) if any(p == "-" for p, _ in files) else None
    options = Options(types=selection.types or None, cache=engine.cache)
    docs: list[Document] = []
    claims: list[Claim] = []
    errors: list[InputError] = []
    seen: dict[str, int] = {}
    for got in extract_all(files, options, jobs=engine.jobs, scheduler=engine.scheduler, stdin_bytes=stdin_bytes):
        if got.error is not None:
            errors.append(got.error)
        for doc, doc_claims in zip(got.documents, got.claims, strict=True):
            doc = replace(doc, id=documents.unique_id(doc, seen))
            docs.append(doc)
            base = len(claims)
            claims.extend(c.renamed(id=f"c{base + i}", document=doc.id) for i, c in enumerate(doc_claims, 1))
        if advanced is not None:
            advanced()
    every = reconcile(claims, docs) if findings else ()
    found = select(every, selection)
    rows = sources(every, docs) if findings else ()
    return Result(documents=tuple(docs), claims=tuple(claims), findings=found, errors=tuple(errors), sources=rows)
