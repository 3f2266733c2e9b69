"""The Markdown report: the findings as a GitHub-flavoured table for a ticket or a wiki page.

What was read and the findings' tally, then one row a finding, as in the terminal table, with the
figures in words ("more than 200"), and what a long report left out (``view.shown``); with
``--sources`` the table of documents. Article text is escaped so that it
stays text: no table cell breaks, no link, emphasis or HTML comes out of a quote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TextIO

from ..model import Claim, Finding, Result
from .stories import heading, in_section, overview, sections
from .table import sources_text
from .view import Names, View, label, note, quote_words, shown, values
from .words import documents_line, findings_line, fmt_value, hidden_line, n, trend_words

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
    """What was read, the findings (``render_findings``), and with ``view.sources`` the documents. With
    several stories, the findings come story by story, each under a heading with its own tally, after a
    line that counts the stories and tallies them all (``report.stories``)."""
    names = Names(result.documents)
    claims = {c.id: c for c in result.claims}
    out.write(md(documents_line(result)) + "\n\n")
    parts = sections(result)
    if not parts:
        render_findings(out, result.findings, claims, names, view)
    else:
        out.write(md(overview(result, parts, view)) + "\n")
        for story, found in parts:
            if found:  # a story with nothing to show is counted in the overview
                out.write(f"\n### {md(heading(story))}\n\n")
                render_findings(out, found, claims, names, in_section(view))
    if view.sources and result.sources:
        out.write("\n" + row(["Source", "Document", "Published", "Agree", "Contradict", "Only it"]) + "\n")
        out.write("| --- | --- | --- | ---: | ---: | ---: |\n")
        for r in result.sources:
            published = r.published.isoformat() if r.published else "?"
            cells = [md(names(r.document)), md(r.document), published, str(r.agree), str(r.contradict), str(r.only)]
            out.write(row(cells) + "\n")


def render_findings(
    out: TextIO, findings: Sequence[Finding], claims: Mapping[str, Claim], names: Names, view: View
) -> None:
    """One set of findings with its tally: the tally line, the table of the findings ``view.shown``
    keeps, and what it left out."""
    rows = shown(findings, view)
    out.write(md(findings_line(findings, view.filtered, view.filters)) + "\n")
    if rows.findings:
        out.write("\n" + row(["Finding", "Verdict", "Values (sources; ✓ consensus)"]) + "\n")
        out.write(row(["---"] * 3) + "\n")
        for f in rows.findings:
            out.write(row([md(label(f)), VERDICT_WORDS[f.verdict], _values(f, claims, names, view)]) + "\n")
    if rows.hidden:
        out.write("\n" + md(hidden_line(rows.hidden)) + "\n")


def _values(finding: Finding, claims: Mapping[str, Claim], names: Names, view: View) -> str:
    """The values cell: each value in words with its sources (✓ the consensus), quotes, trend and note."""
    lines = []
    many = len(finding.values) > 1
    kept, more = values(finding, view)
    for v in kept:
        mark = " ✓" if many and finding.consensus is not None and v.value == finding.consensus else ""
        quote = claims[v.claims[0]].text if v.claims and v.claims[0] in claims else None
        lines.append(f"{md(fmt_value(v.value, words=True, quote=quote))}{mark} — {md(sources_text(v, names, view))}")
        if view.quotes:
            for cid in v.claims:
                c = claims[cid]
                by = f" — {md(c.attribution)}" if c.attribution else ""
                lines.append(f"“{md(quote_words(c.sentence, c.text))}” ({md(names(c.document))}){by}")
    if more:
        lines.append(f"*{n(more, 'other value')} (--all shows them)*")
    lines.extend(f"*{md(extra)}*" for extra in (trend_words(finding), note(finding, view)) if extra)
    return "<br>".join(lines)
