"""Run one extractor stage on a short hand-written text."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_document
from factcheck.model import Claim, Document


def claims_of(text: str, *types: str, published: str | None = "2022-01-13") -> list[Claim]:
    doc = Document(id="d", path="d.txt", text=text, published=dt.date.fromisoformat(published) if published else None)
    found = extract_document(doc, types or None)
    for c in found:
        assert text[c.start : c.end] == c.text
    return found
