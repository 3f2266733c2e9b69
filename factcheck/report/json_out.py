"""The JSON contract (v1): documents, claims, findings and errors, byte-identical for one input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..model import (
    Claim,
    Count,
    Document,
    EventDate,
    Finding,
    InputError,
    Participants,
    Person,
    Result,
    SourceRow,
    Value,
)

VERSION = 1

# One encoder for every item: ``json.dumps`` with an option builds a new encoder on each call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def value_json(value: Value) -> dict[str, Any]:
    """A claim or finding value as the contract spells it."""
    if isinstance(value, Count):
        return {
            "nominal": value.nominal,
            "low": value.low,
            "high": value.high,
            "qualifier": value.qualifier,
            "unit": value.unit,
        }
    if isinstance(value, EventDate):
        return {"date": value.iso, "event": value.event, "precision": value.precision, "relative": value.relative}
    if isinstance(value, Participants):
        return {"countries": list(value.countries)}
    if isinstance(value, Person):
        return {"name": value.name, "role": value.role}
    raise TypeError(f"not a claim value: {value!r}")


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "url": doc.url,
        "characters": doc.characters,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "document": claim.document,
        "type": claim.type,
        "value": value_json(claim.value),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "key": claim.key,
        "subject": claim.subject,
        "scope": claim.scope,
        "attribution": claim.attribution,
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "type": finding.type,
        "key": finding.key,
        "verdict": finding.verdict,
        "values": [
            {
                "value": value_json(v.value),
                "documents": list(v.documents),
                "claims": list(v.claims),
                "outlets": list(v.outlets),
            }
            for v in finding.values
        ],
        "documents": list(finding.documents),
        "outlets": list(finding.outlets),
        "note": finding.note,
        "consensus": None if finding.consensus is None else value_json(finding.consensus),
        "latest": None if finding.latest is None else value_json(finding.latest),
        "trend": finding.trend,
        "sequence": [
            {"date": s.date.isoformat(), "document": s.document, "value": value_json(s.value)} for s in finding.sequence
        ],
    }


def source_json(row: SourceRow) -> dict[str, Any]:
    return {
        "document": row.document,
        "outlet": row.outlet,
        "published": row.published.isoformat() if row.published else None,
        "agree": row.agree,
        "contradict": row.contradict,
        "only": row.only,
    }


def error_json(error: InputError) -> dict[str, Any]:
    return {"path": error.path, "reason": error.reason}


def result_sections(result: Result, *, findings: bool = True) -> Iterator[tuple[str, object]]:
    """The contract's top-level fields in order; lists as iterators, so a big result is written item by
    item instead of being turned into one large structure first."""
    yield "version", VERSION
    yield "documents", map(document_json, result.documents)
    yield "claims", map(claim_json, result.claims)
    if findings:
        yield "findings", map(finding_json, result.findings)
        yield "sources", map(source_json, result.sources)
    yield "errors", map(error_json, result.errors)


def render_json(result: Result, out: TextIO, *, findings: bool = True) -> None:
    """One JSON object: each top-level list one item per line, so a big run is fast to write and to grep.

    ``json.dumps`` with ``indent`` falls back to a pure-Python encoder (about 10 MB/s); one compact
    item per line keeps the C encoder and most of the readability.

    >>> import io
    >>> out = io.StringIO()
    >>> render_json(Result(documents=(), claims=(), findings=()), out)
    >>> print(out.getvalue(), end="")
    {
      "version": 1,
      "documents": [],
      "claims": [],
      "findings": [],
      "sources": [],
      "errors": []
    }
    """
    out.write("{")
    for i, (name, value) in enumerate(result_sections(result, findings=findings)):
        out.write(f"{',' if i else ''}\n  {json.dumps(name)}: ")
        if not isinstance(value, Iterator):
            out.write(json.dumps(value))
            continue
        separator = "[\n    "  # written item by item: a big section is never one string
        for item in value:
            out.write(separator + _encode(item))
            separator = ",\n    "
        out.write("[]" if separator[0] == "[" else "\n  ]")
    out.write("\n}\n")


def render_claims_jsonl(result: Result, out: TextIO) -> None:
    for claim in result.claims:
        out.write(_encode(claim_json(claim)) + "\n")
