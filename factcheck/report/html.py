"""The HTML report: one self-contained file (inline CSS and SVG, no script, nothing fetched) an editor
can open or print.

This module turns a ``Result`` into plain view objects; ``templates/report.html.j2`` lays them out.
Jinja2 autoescapes everything: article text, titles and URLs are untrusted, and only ``http`` and
``https`` URLs become links. The environment is built once, on first use, so that importing the
report package does not import Jinja2.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import jinja2

from .. import __version__
from ..model import Claim, Count, Document, Finding, Result, SourceRow, Step, Value
from . import timeline
from .table import _n, about, fmt_value, summary, trend_words
from .view import View

TEMPLATES = Path(__file__).with_name("templates")
VERDICT_WORDS = {
    "contradiction": "contradiction",
    "partial": "partial agreement",
    "agreement": "agreement",
    "single_source": "single source",
}
#: A sign beside each verdict word, so that the verdict does not rest on colour alone (print, colour blindness).
VERDICT_SIGNS = {"contradiction": "✗", "partial": "≈", "agreement": "✓", "single_source": "•"}


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentView:
    id: str
    outlet: str
    published: str
    title: str
    href: str | None
    url: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ValueView:
    text: str
    sources: str
    articles: int
    consensus: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteView:
    before: str
    text: str
    after: str
    document: str
    source: str
    date: str
    attribution: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingView:
    id: str
    type: str
    about: str
    verdict: str
    verdict_word: str
    verdict_sign: str
    values: tuple[ValueView, ...]
    consensus: str | None
    latest: str | None
    trend: str
    note: str
    chart: timeline.Chart | None
    chart_summary: str
    undated: tuple[str, ...]
    quotes: tuple[QuoteView, ...]


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The template environment: the package's templates folder, autoescaping on, built once."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_html(result: Result, out: TextIO, view: View) -> None:
    """Write the report of ``result`` to ``out`` (quotes and sources always included; ``view`` is unused)."""
    out.write(environment().get_template("report.html.j2").render(**context(result)))


def context(result: Result) -> dict[str, object]:
    """What the template needs, every string still raw (the template escapes)."""
    docs = {d.id: d for d in result.documents}
    claims = {c.id: c for c in result.claims}
    dates = sorted(d.published for d in result.documents if d.published)
    verdicts: Counter[str] = Counter(f.verdict for f in result.findings)
    stories = _stories(result, docs, claims)
    return {
        "title": f"factcheck report: {_n(len(result.documents), 'document')}" + (f", {_span(dates)}" if dates else ""),
        "documents": [_document(d) for d in result.documents],
        "date_range": _span(dates) if dates else "",
        "undated": sum(1 for d in result.documents if d.published is None),
        "counts": [
            (v, VERDICT_SIGNS[v], n, word)
            for v, word in (
                ("contradiction", "contradiction"),
                ("partial", "partial agreement"),
                ("agreement", "agreement"),
                ("single_source", "single-source claim"),
            )
            for n in [verdicts[v]]
        ],
        "plural": _n,
        "findings": [f for story in stories for f in story.findings],
        "stories": stories,
        "sources": [_source(r) for r in result.sources],
        "errors": result.errors,
        "summary": _closing(result),
        "version": __version__,
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryView:
    id: str
    heading: str
    summary: str
    findings: tuple[FindingView, ...]


def _stories(result: Result, docs: dict[str, Document], claims: dict[str, Claim]) -> list[StoryView]:
    """One section per story with findings to show when there are several stories, each with its
    heading and summary; else one section without either (the report of one story reads as it
    always did)."""
    from .stories import heading, sections

    parts = sections(result)
    if not parts:
        return [
            StoryView(id="", heading="", summary="", findings=tuple(_finding(f, docs, claims) for f in result.findings))
        ]
    return [
        StoryView(
            id=story.id,
            heading=heading(story),
            summary=summary(part),
            findings=tuple(_finding(f, docs, claims) for f in part.findings),
        )
        for story, part in parts
        if part.findings  # a story with nothing to show is counted in the footer's summary
    ]


def _closing(result: Result) -> str:
    """The footer's summary: with several stories, how many there are and how many had nothing to show."""
    from .stories import closing, sections

    parts = sections(result)
    return closing(result, parts) if parts else summary(result)


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None``: nothing else becomes a link.

    >>> safe_href("https://example.com/a?b=1"), safe_href("javascript:alert(1)"), safe_href(" JavaScript:x")
    ('https://example.com/a?b=1', None, None)
    >>> safe_href("//evil.example/x"), safe_href("http:///x"), safe_href("data:text/html,hi"), safe_href(None)
    (None, None, None, None)
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(ord(ch) < 33 for ch in url):
        return None
    return url


def split_quote(sentence: str, text: str) -> tuple[str, str, str]:
    """The sentence around a claim's words, so the template can mark them: (before, words, after).

    >>> split_quote("Officials said 19 people died.", "19 people died")
    ('Officials said ', '19 people died', '.')
    >>> split_quote("Unrelated.", "12")
    ('', '12', '')
    """
    at = sentence.find(text)
    if at < 0:
        return "", text, ""
    return sentence[:at], text, sentence[at + len(text) :]


def _document(d: Document) -> DocumentView:
    return DocumentView(
        id=d.id,
        outlet=d.outlet or "",
        published=d.published.isoformat() if d.published else "",
        title=d.title or d.id,
        href=safe_href(d.url),
        url=d.url,
    )


def _source(row: SourceRow) -> dict[str, object]:
    return {
        "document": row.document,
        "outlet": row.outlet or "",
        "published": row.published.isoformat() if row.published else "",
        "agree": row.agree,
        "contradict": row.contradict,
        "only": row.only,
    }


def _source_name(doc: Document | None, doc_id: str) -> str:
    """Who stands behind a document: its outlet, else the document itself (as findings count sources)."""
    return (doc.outlet if doc else None) or doc_id


def _finding(f: Finding, docs: dict[str, Document], claims: dict[str, Claim]) -> FindingView:
    many = len(f.values) > 1
    steps = _steps(f, docs, claims)
    reports = _reports(steps, docs)
    chart = timeline.chart(reports) if reports else None
    return FindingView(
        id=f.id,
        type=f.type,
        about=about(f),
        verdict=f.verdict,
        verdict_word=VERDICT_WORDS[f.verdict],
        verdict_sign=VERDICT_SIGNS[f.verdict],
        values=tuple(
            ValueView(
                text=_words(v.value),
                sources=", ".join(v.outlets or v.documents),
                articles=len(v.documents) if v.outlets and len(v.documents) > len(v.outlets) else 0,
                consensus=many and v.value == f.consensus,
            )
            for v in f.values
        ),
        consensus=_words(f.consensus) if f.consensus is not None and many else None,
        latest=_latest(f, steps),
        trend=trend_words(f),
        note=f.note,
        chart=chart,
        chart_summary=_chart_summary(f, reports),
        undated=tuple(d for d in f.documents if d not in {s.document for s in steps}) if chart else (),
        quotes=tuple(_quote(claims[cid], docs) for v in f.values for cid in v.claims),
    )


def _quote(c: Claim, docs: dict[str, Document]) -> QuoteView:
    before, text, after = split_quote(c.sentence, c.text)
    doc = docs.get(c.document)
    return QuoteView(
        before=before,
        text=text,
        after=after,
        document=c.document,
        source=_source_name(doc, c.document),
        date=timeline.date_label(doc.published) if doc and doc.published else "",
        attribution=c.attribution,
    )


def _steps(f: Finding, docs: dict[str, Document], claims: dict[str, Claim]) -> tuple[Step, ...]:
    """Each dated document's figure in a count finding: the finding's own sequence when it has one,
    else each dated document's last mention (as reconcile builds a sequence), oldest first."""
    if not all(isinstance(v.value, Count) for v in f.values):
        return ()
    if f.sequence:
        return f.sequence
    last: dict[str, Claim] = {}
    for v in f.values:
        for cid in v.claims:
            c = claims.get(cid)
            doc = docs.get(c.document) if c else None
            if c and doc and doc.published and (c.document not in last or c.start > last[c.document].start):
                last[c.document] = c
    steps = [Step(date=docs[d].published or dt.date.min, document=d, value=c.value) for d, c in last.items()]
    return tuple(sorted(steps, key=lambda s: (s.date, s.document)))


def _reports(steps: tuple[Step, ...], docs: dict[str, Document]) -> list[timeline.Report]:
    """The timeline's reports: a count finding with figures from two or more dated documents, else none."""
    if len({s.document for s in steps}) < 2:
        return []
    return [
        timeline.Report(
            date=s.date, value=s.value, label=_source_name(docs.get(s.document), s.document), text=_words(s.value)
        )
        for s in steps
        if isinstance(s.value, Count)
    ]


def _latest(f: Finding, steps: tuple[Step, ...]) -> str | None:
    """The most recent report's figure and date: the finding's own latest value, else the figure the
    dated reports of the last day agree on (two or more dated documents needed)."""
    if f.latest is not None and steps:
        return f"{_words(f.latest)} ({timeline.date_label(steps[-1].date)})"
    if len({s.document for s in steps}) < 2:
        return None
    final = [s for s in steps if s.date == steps[-1].date]
    if len({_words(s.value) for s in final}) != 1:
        return None
    return f"{_words(final[0].value)} ({timeline.date_label(final[0].date)})"


def _chart_summary(f: Finding, reports: list[timeline.Report]) -> str:
    """The timeline in words, for its ``<title>`` and ``aria-label``."""
    steps = "; ".join(f"{r.text} ({r.label}, {timeline.date_label(r.date)})" for r in reports)
    trend = f", {f.trend}" if f.trend else ""
    return f"{about(f).capitalize()} by publication date{trend}: {steps}"


def _words(value: Value) -> str:
    return fmt_value(value, words=True)


def _span(dates: list[dt.date]) -> str:
    """The publication dates from first to last.

    >>> _span([dt.date(2022, 1, 13), dt.date(2022, 1, 19)]), _span([dt.date(2022, 1, 13)])
    ('13 Jan 2022 – 19 Jan 2022', '13 Jan 2022')
    """
    first, last = timeline.date_label(dates[0]), timeline.date_label(dates[-1])
    return first if first == last else f"{first} – {last}"
