"""factcheck's own reports met as input (``compare news/ -o news/report.html``, then ``compare news/``):
recognised by the marks they carry, so that a report's figures never join the findings as an article."""

from __future__ import annotations

import json
import re

_HTML = re.compile(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']factcheck\b", re.I)
# the header row of the findings table: "Finding | Verdict | Values" (before: "Type | About | Verdict | Values")
_MARKDOWN = re.compile(r"^\| (?:Finding|Type \| About) \| Verdict \| Values \(sources; ✓ consensus\) \|$", re.M)
_TABLE = re.compile(r"^[┃|] (?:Finding +|Type +[┃|] About +)[┃|] Verdict +[┃|] Values \(sources; ✓ consensus\)", re.M)
_CSV = "document,outlet,published,type,subject,value,low,high,qualifier,quote,verdict"
_JSON_KEYS = frozenset({"version", "documents", "claims", "errors"})


def own_report(text: str) -> str | None:
    """Which of factcheck's reports ``text`` is (its HTML, Markdown, table, CSV or JSON), or None.

    >>> own_report('<html><head><meta name="generator" content="factcheck 0.1.0">'), own_report("Ten died.")
    ('its HTML report', None)
    """
    head = text[:5000]
    if _HTML.search(head):
        return "its HTML report"
    if "Verdict" in head:  # a quick no for the two header rows, which hold it: each is tried on every line
        if _MARKDOWN.search(head):
            return "its Markdown report"
        if _TABLE.search(head):
            return "its table"
    if head.startswith(_CSV):
        return "its CSV report"
    if head.lstrip().startswith("{") and '"version"' in head:
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if isinstance(data, dict) and data.keys() >= _JSON_KEYS:
            return "its JSON report"
    return None
