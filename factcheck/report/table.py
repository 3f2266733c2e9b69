"""The terminal table: what was read, the findings' tally, one row a finding (or a claim) with verdicts
in colour, and what a long table left out (``view.shown``).

Colour is rich's business: only on a terminal, and never when ``NO_COLOR`` is set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Claim, Finding, FindingValue, Result
from .stories import heading, in_section, overview, sections
from .view import SCREEN_ROWS, Names, View, label, note, quote_words, shown, values
from .words import documents_line, findings_line, fmt_number, fmt_value, hidden_line, n, trend_words

STYLES = {"contradiction": "bold red", "partial": "yellow", "agreement": "green", "single_source": "dim"}
#: Names of a value's sources shown before "and N more".
SOURCES = 8

__all__ = ["fmt_number", "fmt_value", "render_findings", "render_table", "trend_words"]


class _Console(Console):
    """rich's console, except that a closed pipe is left to the command line (a quiet exit 0): rich's
    own handling exits 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def _console(out: TextIO) -> Console:
    return _Console(file=out, highlight=False, soft_wrap=False)


def render_table(result: Result, out: TextIO, view: View) -> None:
    """What was read, then the findings (``render_findings``), then with ``view.sources`` the documents.
    With several stories, the findings come story by story, each under its heading with its own tally,
    after a line that counts the stories and tallies them all (``report.stories``)."""
    console = _console(out)
    names = Names(result.documents)
    claims = {c.id: c for c in result.claims}
    console.print(documents_line(result))
    parts = sections(result)
    if not parts:
        render_findings(console, result.findings, claims, names, view)
    else:
        console.print(overview(result, parts, view))
        for story, found in parts:
            if found:  # a story with nothing to show (filtered out, or one quiet article) is counted above
                console.print()
                console.print(Text(heading(story), style="bold"))
                render_findings(console, found, claims, names, in_section(view))
    if view.sources and result.sources:
        console.print(_sources_table(result, names))


def render_findings(
    console: Console, findings: Sequence[Finding], claims: Mapping[str, Claim], names: Names, view: View
) -> None:
    """One set of findings with its tally: the tally line, the table of the findings ``view.shown``
    keeps (a terminal's height decides whether single-source rows fit), and what it left out."""
    screen = max(4, console.height // 2) if console.is_terminal else SCREEN_ROWS  # a row takes two lines or more
    rows = shown(findings, view, screen=screen)
    console.print(findings_line(findings, view.filtered, view.filters))
    if rows.findings:
        table = Table(show_lines=True)
        table.add_column("Finding", overflow="fold", max_width=22)
        table.add_column("Verdict", no_wrap=True)
        table.add_column("Values (sources; ✓ consensus)", overflow="fold", ratio=1)
        for f in rows.findings:
            table.add_row(
                label(f),
                Text(f.verdict.replace("_", " "), style=STYLES[f.verdict]),
                _values_cell(f, claims, names, view),
            )
        console.print(table)
    if rows.hidden:
        console.print(hidden_line(rows.hidden))


def _sources_table(result: Result, names: Names) -> Table:
    table = Table(title="Sources")
    for name in ("Source", "Document", "Published", "Agree", "Contradict", "Only it"):
        table.add_column(
            name, overflow="fold", justify="right" if name in ("Agree", "Contradict", "Only it") else "left"
        )
    for row in result.sources:
        table.add_row(
            names(row.document),
            row.document,
            row.published.isoformat() if row.published else "?",
            str(row.agree),
            Text(str(row.contradict), style="bold red" if row.contradict else ""),
            str(row.only),
        )
    return table


def sources_text(value: FindingValue, names: Names, view: View) -> str:
    """Who backs a value: "TASS, “Flood toll rises” (3 articles)", at most ``SOURCES`` names unless ``view.every``."""
    who = names.sources(value)
    text = ", ".join(who if view.every or len(who) <= SOURCES else [*who[:SOURCES], f"{len(who) - SOURCES:,} more"])
    if len(value.documents) > len(who):
        text += f" ({n(len(value.documents), 'article')})"
    return text


def _values_cell(finding: Finding, claims: Mapping[str, Claim], names: Names, view: View) -> Text:
    cell = Text()
    kept, more = values(finding, view)
    for i, v in enumerate(kept):
        if i:
            cell.append("\n")
        quote = claims[v.claims[0]].text if v.claims and v.claims[0] in claims else None
        cell.append(fmt_value(v.value, quote=quote), style="bold")
        if finding.consensus is not None and v.value == finding.consensus and len(finding.values) > 1:
            cell.append(" ✓", style="bold")
        cell.append(" — " + sources_text(v, names, view))
        if view.quotes:
            for cid in v.claims:
                c = claims[cid]
                cell.append(f"\n  “{quote_words(c.sentence, c.text)}” ({names(c.document)})", style="italic")
                if c.attribution:
                    cell.append(f" — {c.attribution}", style="dim")
    if more:
        cell.append(f"\n{n(more, 'other value')} (--all shows them)", style="dim")
    for line in (trend_words(finding), note(finding, view)):
        if line:
            cell.append(f"\n{line}", style="dim")
    return cell


def summary(result: Result) -> str:
    """One line: how much was read and what came of it."""
    return f"{documents_line(result)}; {findings_line(result.findings)}"


def render_claims_table(result: Result, out: TextIO, view: View) -> None:
    console = _console(out)
    if result.claims:
        table = Table()
        for name in ("Document", "Type", "Value", "Quote"):
            table.add_column(name, overflow="fold")
        for c in result.claims:
            quote = c.text if not view.quotes or not c.attribution else f"{c.text} — {c.attribution}"
            table.add_row(c.document, c.type, fmt_value(c.value, quote=c.text), quote)
        console.print(table)
    console.print(documents_line(result))
