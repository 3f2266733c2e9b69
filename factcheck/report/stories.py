"""`factcheck stories`: the stories a run's documents fall into, as a table or JSON; and what the reports
of several stories add to a report of one: each story's findings (``sections``), the heading of its
section and the line that counts the stories.

A report of several stories is the report of one with a section per story: what was read, then the
stories and the findings of them all (``overview``), then for each story with findings to show its
heading and its findings with their own tally (``table.render_findings``, ``markdown.render_findings``,
``html.section``: the same renderers a report of one story uses once).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TextIO

from ..model import Finding, Result, Story
from .view import View
from .words import findings_line, n


def render_stories_table(result: Result, out: TextIO) -> None:
    from rich.table import Table

    from .table import _console

    console = _console(out)
    if result.stories:
        table = Table()
        for name, justify in (("Story", "left"), ("Articles", "right"), ("Published", "left"), ("Label", "left")):
            table.add_column(name, overflow="fold", justify=justify)  # type: ignore[arg-type]
        table.add_column("Documents", overflow="fold")
        for s in result.stories:
            table.add_row(s.id, str(len(s.documents)), dates(s), s.label, ", ".join(s.documents))
        console.print(table)
    alone = sum(1 for s in result.stories if len(s.documents) == 1)
    line = f"{n(len(result.documents), 'document')} in {_stories(len(result.stories))}"
    if alone:
        line += f" ({alone:,} of one document)"
    if result.errors:
        line += f"; {n(len(result.errors), 'input')} skipped"
    console.print(line)


def render_stories_json(result: Result, out: TextIO) -> None:
    from .json_out import render_json

    render_json(result, out, stories_only=True)


def dates(story: Story) -> str:
    """A story's publication dates: "2014-04-16 – 2014-04-23", one day, or "?" when none is dated."""
    first, last = story.first_published, story.last_published
    if first is None or last is None:
        return "?"
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def heading(story: Story) -> str:
    """The heading of a story's section in a report of several stories.

    >>> heading(Story(id="s2", label="Orsenne, ferry (16 Apr – 23 Apr 2014)", documents=("a", "b")))
    'Story s2: Orsenne, ferry (16 Apr – 23 Apr 2014) — 2 documents'
    """
    return f"Story {story.id}: {story.label} — {n(len(story.documents), 'document')}"


def overview(result: Result, parts: list[tuple[Story, list[Finding]]], view: View) -> str:
    """The line under what was read in a report of several stories: how many stories, how many have
    nothing to show, and the findings of them all with what the reader's filters left out.

    >>> overview(Result(documents=(), claims=(), findings=()), [], View(filtered=(("single_source", 2),)))
    '0 stories; 0 findings; 2 single-source filtered out'
    """
    empty = sum(1 for _, found in parts if not found)
    quiet = f" ({empty:,} with no finding to show)" if empty else ""
    return f"{_stories(len(parts))}{quiet}; {findings_line(result.findings, view.filtered, view.filters)}"


def in_section(view: View) -> View:
    """The view of one story's section: the reader's filters are said once, in ``overview``."""
    return replace(view, filtered=(), filters="")


def sections(result: Result) -> list[tuple[Story, list[Finding]]]:
    """Each story with its findings, in the stories' order (a finding's documents are all of one
    story); empty when the result has fewer than two stories: a report of one story is written as it
    always was."""
    if len(result.stories) < 2:
        return []
    story_of = {d: k for k, s in enumerate(result.stories) for d in s.documents}
    findings: list[list[Finding]] = [[] for _ in result.stories]
    for f in result.findings:
        findings[story_of[f.values[0].documents[0]]].append(f)
    return list(zip(result.stories, findings, strict=True))


def _stories(count: int) -> str:
    return f"{count:,} {'story' if count == 1 else 'stories'}"


__all__ = ["dates", "heading", "in_section", "overview", "render_stories_json", "render_stories_table", "sections"]
