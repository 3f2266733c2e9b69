"""The Markdown report: the findings as a GitHub-flavoured table for a ticket or a wiki page.

One row a finding, as in the terminal table, with the figures in words ("more than 200"); then the
summary line, and with ``--sources`` the table of documents. Article text is escaped so that it
stays text: no table cell breaks, no link, emphasis or HTML comes out of a quote.
"""

from __future__ import annotations

import re
from typing import TextIO

from ..model import Claim, Finding, Result
from .table import about, fmt_value, summary, trend_words
from .view import View

VERDICT_WORDS = {
    "contradiction": "**contradiction**",
    "partial": "partial",
    "agreement": "agreement",
    "single_source": "single source",
}
_SPECIAL = re.compile(r"[\\`*\[\]<>|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md(text: str) -> str:
    """``text`` as literal Markdown inside a table cell: one line, punctuation that means something escaped.

    >>> md("a|b <img src=x onerror=alert(1)> [x](javascript:y) *bold* 002_a7 _it_")
    'a\\\\|b \\\\<img src=x onerror=alert(1)\\\\> \\\\[x\\\\](javascript:y) \\\\*bold\\\\* 002_a7 \\\\_it\\\\_'
    >>> print(md("two\\nlines & more"))
    two lines \\& more
    """
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(text.split()))


def row(cells: list[str]) -> str:
    """One table row from cells already escaped.

    >>> row(["a", "b"])
    '| a | b |'
    """
    return "| " + " | ".join(cells) + " |"


def render_markdown(result: Result, out: TextIO, view: View) -> None:
    """The findings table, its summary and (``view.sources``) the sources table; with several
    stories, one such section per story with findings to show, under a heading with its label, then
    the summary of them all."""
    from .stories import closing, heading, sections

    parts = sections(result)
    if parts:
        for story, part in parts:
            if part.findings:  # a story with nothing to show is counted in the closing line
                out.write(f"### {md(heading(story))}\n\n")
                render_markdown(part, out, view)
                out.write("\n")
        out.write(md(closing(result, parts)) + "\n")
        return
    claims = {c.id: c for c in result.claims}
    if result.findings:
        out.write(row(["Type", "About", "Verdict", "Values (sources; ✓ consensus)"]) + "\n")
        out.write(row(["---"] * 4) + "\n")
        for f in result.findings:
            out.write(row([f.type, md(about(f)), VERDICT_WORDS[f.verdict], _values(f, claims, view.quotes)]) + "\n")
        out.write("\n")
    out.write(md(summary(result)) + "\n")
    if view.sources and result.sources:
        out.write("\n" + row(["Document", "Outlet", "Published", "Agree", "Contradict", "Only it"]) + "\n")
        out.write("| --- | --- | --- | ---: | ---: | ---: |\n")
        for r in result.sources:
            published = r.published.isoformat() if r.published else "?"
            out.write(
                row([md(r.document), md(r.outlet or "?"), published, str(r.agree), str(r.contradict), str(r.only)])
                + "\n"
            )


def _values(finding: Finding, claims: dict[str, Claim], quotes: bool) -> str:
    """The values cell: each value in words with its sources (✓ the consensus), quotes, trend and note."""
    lines = []
    many = len(finding.values) > 1
    for v in finding.values:
        mark = " ✓" if many and finding.consensus is not None and v.value == finding.consensus else ""
        line = f"{md(fmt_value(v.value, words=True))}{mark} — {md(', '.join(v.outlets or v.documents))}"
        if len(v.documents) > len(v.outlets) and v.outlets:
            line += f" ({len(v.documents)} articles)"
        lines.append(line)
        if quotes:
            for cid in v.claims:
                c = claims[cid]
                by = f" — {md(c.attribution)}" if c.attribution else ""
                lines.append(f"“{md(c.text)}” ({md(c.document)}){by}")
    lines.extend(f"*{md(extra)}*" for extra in (trend_words(finding), finding.note) if extra)
    return "<br>".join(lines)
