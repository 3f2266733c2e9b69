"""`factcheck stories`: the stories a run's documents fall into, as a table or JSON; and the heading
each story's section gets in the reports of several stories."""

from __future__ import annotations

from typing import TextIO

from ..model import Claim, Document, Finding, Result, SourceRow, Story
from .view import View


def render_stories_table(result: Result, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    from .table import _n

    console = Console(file=out, highlight=False, soft_wrap=False)
    if result.stories:
        table = Table()
        for name, justify in (("Story", "left"), ("Articles", "right"), ("Published", "left"), ("Label", "left")):
            table.add_column(name, overflow="fold", justify=justify)  # type: ignore[arg-type]
        table.add_column("Documents", overflow="fold")
        for s in result.stories:
            table.add_row(s.id, str(len(s.documents)), dates(s), s.label, ", ".join(s.documents))
        console.print(table)
    alone = sum(1 for s in result.stories if len(s.documents) == 1)
    line = f"{_n(len(result.documents), 'document')} in {_n(len(result.stories), 'story')}".replace("storys", "stories")
    if alone:
        line += f" ({alone} of one document)"
    if result.errors:
        line += f"; {len(result.errors)} input{'s' if len(result.errors) > 1 else ''} skipped"
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
    """The line above a story's section in a report of several stories.

    >>> heading(Story(id="s2", label="Sewol, ferry (16 Apr – 23 Apr 2014)", documents=("a", "b")))
    'Story s2: Sewol, ferry (16 Apr – 23 Apr 2014) — 2 documents'
    """
    count = len(story.documents)
    return f"Story {story.id}: {story.label} — {count} document{'' if count == 1 else 's'}"


def closing(result: Result, parts: list[tuple[Story, Result]]) -> str:
    """The line after the sections: how many stories, how many had nothing to show, then the summary.

    >>> closing(Result(documents=(), claims=(), findings=()), [])
    '0 stories; 0 documents, 0 claims, 0 findings'
    """
    from .table import summary

    empty = sum(1 for _, part in parts if not part.findings)
    quiet = f" ({empty} with no finding to show)" if empty else ""
    return f"{len(parts)} stories{quiet}; {summary(result)}"


def sections(result: Result) -> list[tuple[Story, Result]]:
    """Each story with the part of ``result`` that is its own (documents, claims, findings, sources),
    in the stories' order; empty when the result has fewer than two stories (a report of one story
    is written as it always was)."""
    if len(result.stories) < 2:
        return []
    story_of = {d: n for n, s in enumerate(result.stories) for d in s.documents}
    docs: list[list[Document]] = [[] for _ in result.stories]
    claims: list[list[Claim]] = [[] for _ in result.stories]
    findings: list[list[Finding]] = [[] for _ in result.stories]
    rows: list[list[SourceRow]] = [[] for _ in result.stories]
    for d in result.documents:
        docs[story_of[d.id]].append(d)
    for c in result.claims:
        claims[story_of[c.document]].append(c)
    for f in result.findings:
        findings[story_of[f.values[0].documents[0]]].append(f)
    for r in result.sources:
        rows[story_of[r.document]].append(r)
    return [
        (
            story,
            Result(
                documents=tuple(docs[n]),
                claims=tuple(claims[n]),
                findings=tuple(findings[n]),
                sources=tuple(rows[n]),
                stories=(story,),
            ),
        )
        for n, story in enumerate(result.stories)
    ]


__all__ = ["View", "dates", "heading", "render_stories_json", "render_stories_table", "sections"]
