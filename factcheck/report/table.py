"""The terminal table: one row a finding (or a claim), verdicts in colour, then a one-line summary.

Colour is rich's business: only on a terminal, and never when ``NO_COLOR`` is set.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Claim, Count, EventDate, Finding, Participants, Person, Result, Value
from .view import View

STYLES = {"contradiction": "bold red", "partial": "yellow", "agreement": "green", "single_source": "dim"}
_QUALIFIER_WORDS = {"exact": "", "between": "", "vague": ""}
#: The hedge as one sign: "≈2,500", ">200", "≤10 days" (the README's hedge table gives the intervals).
_QUALIFIER_SIGNS = {"about": "≈", "nearly": "≲", "more than": ">", "at least": "≥", "fewer than": "<", "up to": "≤"}


def fmt_number(x: float | int | None) -> str:
    """A figure with thousands separators.

    >>> fmt_number(2500), fmt_number(7.8), fmt_number(None)
    ('2,500', '7.8', '?')
    """
    if x is None:
        return "?"
    return f"{x:,}" if isinstance(x, int) else f"{x:,.3f}".rstrip("0").rstrip(".")


def fmt_value(value: Value, *, words: bool = False) -> str:
    """A value in a few characters (the hedge as a sign), or in words with ``words``.

    >>> fmt_value(Count(nominal=2500, low=2250, high=2750, qualifier="about", unit="peacekeeper"))
    '≈2,500'
    >>> fmt_value(Count(nominal=None, low=24, high=146, qualifier="between", unit="person"))
    '24–146'
    >>> fmt_value(Count(nominal=146, low=24, high=146, qualifier="between", unit="person"))
    '146 (24–146)'
    >>> fmt_value(Count(nominal=10, low=None, high=10, qualifier="up to", unit="day"))
    '≤10 days'
    >>> fmt_value(Count(nominal=200, low=200, high=None, qualifier="more than", unit="person"), words=True)
    'more than 200'
    """
    if isinstance(value, Count):
        if value.nominal is None:
            lo, hi = fmt_number(value.low), fmt_number(value.high) if value.high is not None else "…"
            figure = f"{lo}–{hi}" + (" (vague)" if value.qualifier == "vague" else "")
        elif value.qualifier == "between" and (value.low, value.high) != (value.nominal, value.nominal):
            figure = f"{fmt_number(value.nominal)} ({fmt_number(value.low)}–{fmt_number(value.high)})"
        elif words:
            figure = f"{_QUALIFIER_WORDS.get(value.qualifier, value.qualifier)} {fmt_number(value.nominal)}".strip()
        else:
            figure = _QUALIFIER_SIGNS.get(value.qualifier, "") + fmt_number(value.nominal)
        if value.unit in ("day", "second", "minute", "hour", "week", "month", "year", "decade"):
            return f"{figure} {value.unit}{'' if value.nominal == 1 else 's'}"
        if value.unit in ("magnitude", "km", "mile", "m"):
            return f"{figure} {value.unit}"
        return figure
    if isinstance(value, EventDate):
        return value.iso
    if isinstance(value, Participants):
        return ", ".join(value.countries)
    if isinstance(value, Person):
        return value.name + (f" ({value.role})" if value.role else "")
    return str(value)


def trend_words(finding: Finding) -> str:
    """ "rising over time: 24–146 (13 Jan) → more than 200 (19 Jan)", or "" without a trend."""
    if finding.trend is None:
        return ""
    steps = " → ".join(f"{fmt_value(s.value, words=True)} ({s.date.day} {s.date:%b})" for s in finding.sequence)
    return f"{finding.trend} over time: {steps}"


def about(finding: Finding) -> str:
    """What a finding is about, from its key: "deaths", "date: withdrawal began", "person: markov"."""
    parts = finding.key.split(":")
    if finding.type == "date" and len(parts) == 2:
        return parts[1] or "date"
    if finding.type == "person":
        return parts[-1].title()
    if finding.type == "duration" and len(parts) >= 3:
        return parts[2] if len(parts) == 3 else "duration"
    return " ".join(p for p in parts[1:] if p) or finding.type


def _console(out: TextIO) -> Console:
    return Console(file=out, highlight=False, soft_wrap=False)


def render_table(result: Result, out: TextIO, view: View) -> None:
    """The findings table, its summary and (``view.sources``) the sources table; with several
    stories, one such section per story that has findings to show, under its heading, then the
    summary of them all."""
    from .stories import closing, heading, sections

    parts = sections(result)
    if parts:
        for story, part in parts:
            if part.findings:  # a story with nothing to show (filtered out, or one quiet article) is counted below
                _console(out).print(Text(heading(story), style="bold"))
                render_table(part, out, view)
                _console(out).print()
        _console(out).print(closing(result, parts))
        return
    console = _console(out)
    claims = {c.id: c for c in result.claims}
    if result.findings:
        table = Table(show_lines=True)
        for name in ("Type", "About", "Verdict", "Values (sources; ✓ consensus)"):
            table.add_column(name, overflow="fold")
        for f in result.findings:
            table.add_row(
                f.type,
                about(f),
                Text(f.verdict.replace("_", " "), style=STYLES[f.verdict]),
                _values_cell(f, claims, view.quotes),
            )
        console.print(table)
    if view.sources and result.sources:
        console.print(_sources_table(result))
    console.print(summary(result))


def _sources_table(result: Result) -> Table:
    table = Table(title="Sources")
    for name in ("Document", "Outlet", "Published", "Agree", "Contradict", "Only it"):
        table.add_column(
            name, overflow="fold", justify="right" if name in ("Agree", "Contradict", "Only it") else "left"
        )
    for row in result.sources:
        table.add_row(
            row.document,
            row.outlet or "?",
            row.published.isoformat() if row.published else "?",
            str(row.agree),
            Text(str(row.contradict), style="bold red" if row.contradict else ""),
            str(row.only),
        )
    return table


def _values_cell(finding: Finding, claims: dict[str, Claim], quotes: bool) -> Text:
    cell = Text()
    for i, v in enumerate(finding.values):
        if i:
            cell.append("\n")
        cell.append(fmt_value(v.value), style="bold")
        if finding.consensus is not None and v.value == finding.consensus and len(finding.values) > 1:
            cell.append(" ✓", style="bold")
        cell.append(" — " + ", ".join(v.outlets or v.documents))
        if len(v.documents) > len(v.outlets) and v.outlets:
            cell.append(f" ({_n(len(v.documents), 'article')})")
        if quotes:
            for cid in v.claims:
                c = claims[cid]
                cell.append(f"\n  “{c.text}” ({c.document})", style="italic")
                if c.attribution:
                    cell.append(f" — {c.attribution}", style="dim")
    for line in (trend_words(finding), finding.note):
        if line:
            cell.append(f"\n{line}", style="dim")
    return cell


def summary(result: Result) -> str:
    """One line: how much was read and what came of it."""
    verdicts: Counter[str] = Counter(f.verdict for f in result.findings)
    nouns = {
        "contradiction": "contradiction",
        "partial": "partial",
        "agreement": "agreement",
        "single_source": "single-source",
    }
    parts = [
        _n(verdicts[v], nouns[v]) if v in ("contradiction", "agreement") else f"{verdicts[v]} {nouns[v]}"
        for v in STYLES
        if verdicts[v]
    ]
    line = (
        f"{_n(len(result.documents), 'document')}, {_n(len(result.claims), 'claim')}, "
        f"{_n(len(result.findings), 'finding')}" + (": " + ", ".join(parts) if parts else "")
    )
    if result.errors:
        line += f"; {len(result.errors)} input{'s' if len(result.errors) > 1 else ''} skipped"
    return line


def _n(count: int, noun: str) -> str:
    """A count and its noun, plural when it is not one.

    >>> _n(1, "finding"), _n(2, "claim")
    ('1 finding', '2 claims')
    """
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_claims_table(result: Result, out: TextIO, view: View) -> None:
    console = _console(out)
    if result.claims:
        table = Table()
        for name in ("Document", "Type", "Value", "Quote"):
            table.add_column(name, overflow="fold")
        for c in result.claims:
            quote = c.text if not view.quotes or not c.attribution else f"{c.text} — {c.attribution}"
            table.add_row(c.document, c.type, fmt_value(c.value), quote)
        console.print(table)
    console.print(
        f"{_n(len(result.documents), 'document')}, {_n(len(result.claims), 'claim')}"
        + (f"; {len(result.errors)} inputs skipped" if result.errors else "")
    )
