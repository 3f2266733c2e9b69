"""The library entry point: paths in, a ``Result`` out, every stage in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from . import documents, extract, reconcile
from .model import Result
from .reconcile import Selection


def run(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    selection: Selection = Selection(),  # noqa: B008 - frozen, so sharing the default is safe
    findings: bool = True,
) -> Result:
    """Load ``paths``, extract their claims, reconcile them and keep the selected findings.

    Raises ``factcheck.errors.InputNotFound`` for a path that does not exist; files that cannot be
    read are reported in ``Result.errors`` and the rest go on.
    """
    docs, errors = documents.load(paths, stdin=stdin)
    types = selection.types or None
    claims = extract.extract(docs, types)
    every = reconcile.reconcile(claims, docs) if findings else ()
    found = reconcile.select(every, selection)
    rows = reconcile.sources(every, docs) if findings else ()
    return Result(documents=docs, claims=claims, findings=found, errors=errors, sources=rows)
