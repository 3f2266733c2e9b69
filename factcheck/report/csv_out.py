"""The CSV report: one row a claim of the reported findings, for a spreadsheet.

Columns: document, outlet, published, type, subject, value, low, high, qualifier, quote, finding, verdict.
A count's ``value`` is the figure as written and ``low``/``high`` the interval its wording allows
(empty = unbounded or unknown); any other value is written as the table shows it. ``verdict`` is
the verdict of the finding the claim belongs to, ``finding`` its name as the other reports show it
("deaths · children"). Rows come in document order, then in text order;
claims in no reported finding (background figures, findings a filter left out) have no row.
Text that a spreadsheet would read as a formula gets a leading apostrophe. When the documents fall
into several stories, a last column ``story`` gives each row's story label.
"""

from __future__ import annotations

import csv
from typing import TextIO

from ..model import Claim, Count, Document, Result
from .view import View, label
from .words import fmt_value

COLUMNS = (
    "document",
    "outlet",
    "published",
    "type",
    "subject",
    "value",
    "low",
    "high",
    "qualifier",
    "quote",
    "finding",
    "verdict",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str | None) -> str:
    """Free text for a cell; text that a spreadsheet would run as a formula starts with an apostrophe.

    >>> text_cell("=HYPERLINK(\\"http://x\\")"), text_cell("about 2,000 troops"), text_cell(None)
    ('\\'=HYPERLINK("http://x")', 'about 2,000 troops', '')
    """
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA) else text


def number_cell(x: float | int | None) -> str:
    """A figure as a spreadsheet reads it: no thousands separators; empty when unknown.

    >>> number_cell(2500), number_cell(7.8), number_cell(None)
    ('2500', '7.8', '')
    """
    return "" if x is None else str(x)


def claim_row(claim: Claim, doc: Document | None, verdict: str, finding: str = "") -> list[str]:
    value = claim.value
    if isinstance(value, Count):
        figure, low, high, qualifier = (
            number_cell(value.nominal),
            number_cell(value.low),
            number_cell(value.high),
            value.qualifier,
        )
    else:
        figure, low, high, qualifier = text_cell(fmt_value(value)), "", "", ""
    return [
        text_cell(claim.document),
        text_cell(doc.outlet if doc else None),
        doc.published.isoformat() if doc and doc.published else "",
        claim.type,
        text_cell(claim.subject),
        figure,
        low,
        high,
        qualifier,
        text_cell(claim.text),
        text_cell(finding),
        verdict,
    ]


def render_csv(result: Result, out: TextIO, view: View) -> None:
    """Write the claims of ``result``'s findings as CSV (RFC 4180: CRLF line ends, minimal quoting).
    With several stories, a last column ``story`` gives each row's story label."""
    findings = {cid: f for f in result.findings for v in f.values for cid in v.claims}
    docs = {d.id: d for d in result.documents}
    story = {d: s.label for s in result.stories for d in s.documents} if len(result.stories) > 1 else None
    writer = csv.writer(out)
    writer.writerow(COLUMNS if story is None else (*COLUMNS, "story"))
    for c in result.claims:
        if c.id in findings:
            f = findings[c.id]
            row = claim_row(c, docs.get(c.document), f.verdict, label(f))
            writer.writerow(row if story is None else [*row, text_cell(story.get(c.document))])
