"""The HTML report: one self-contained file (inline CSS and SVG, no script, nothing fetched) an editor
can open on a desktop or a phone, mail or print.

This module turns a ``Result`` into plain view objects; ``templates/report.html.j2`` lays them out.
Jinja2 autoescapes everything: article text, titles and URLs are untrusted, and only ``http`` and
``https`` URLs become links. The environment is built once, on first use, so that importing the
report package does not import Jinja2. ``section`` builds one set of findings with its tally, which
the template draws with its ``findings`` macro: a report of several stories has several.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import jinja2

from .. import __version__
from ..model import Claim, Count, Document, Finding, FindingValue, Result, SourceRow, Step, Value
from . import stories, timeline
from .table import sources_text
from .view import QUOTES, Names, View, label, note, shown, split_quote, title, values
from .words import (
    VERDICT_NOUNS,
    date_label,
    documents_line,
    findings_line,
    fmt_value,
    hidden_line,
    n,
    span,
    tally,
    trend_words,
)

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
    name: str
    outlet: str
    published: str
    title: str
    href: str | None
    url: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ValueView:
    text: str
    sources: str
    consensus: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteView:
    before: str
    text: str
    after: str
    source: str
    date: str
    attribution: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingView:
    id: str
    type: str
    label: str
    verdict: str
    verdict_word: str
    verdict_sign: str
    values: tuple[ValueView, ...]
    more_values: int
    consensus: str | None
    latest: str | None
    trend: str
    note: str
    chart: timeline.Chart | None
    narrow_chart: timeline.Chart | None
    chart_summary: str
    quotes: tuple[QuoteView, ...]
    more_quotes: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TallyView:
    """One verdict's count in a section's tally."""

    verdict: str
    sign: str
    words: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionView:
    """One set of findings: a heading (None for the only one) and an id in the page (a story's), its
    tally, the findings shown and what was left out."""

    heading: str | None
    anchor: str | None
    counts: tuple[TallyView, ...]
    filtered: str
    findings: tuple[FindingView, ...]
    hidden: str


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
    """Write the report of ``result`` to ``out``: quotes and sources always included; ``view.every``
    shows every finding, value and quote."""
    out.write(environment().get_template("report.html.j2").render(**context(result, view)))


def context(result: Result, view: View = View()) -> dict[str, object]:  # noqa: B008 - frozen
    """What the template needs, every string still raw (the template escapes)."""
    names = Names(result.documents)
    claims = {c.id: c for c in result.claims}
    dates = sorted(d.published for d in result.documents if d.published)
    parts = stories.sections(result)
    read = documents_line(result)
    shown_stories = [
        section(stories.heading(story), found, claims, names, stories.in_section(view), anchor=story.id)
        for story, found in parts
        if found  # a story with nothing to show is counted in the overview
    ]
    return {
        "title": f"factcheck report: {n(len(result.documents), 'document')}"
        + (f", {span(dates[0], dates[-1])}" if dates else ""),
        "read": f"{read}. {stories.overview(result, parts, view)}" if parts else read,
        "documents": [_document(d, names) for d in result.documents],
        "sections": shown_stories or [section(None, result.findings, claims, names, view)],
        "sources": [_source(r, names) for r in result.sources],
        "errors": result.errors,
        "summary": f"{documents_line(result)}; {findings_line(result.findings)}",
        "version": __version__,
    }


def section(
    heading: str | None,
    findings: Sequence[Finding],
    claims: Mapping[str, Claim],
    names: Names,
    view: View,
    *,
    anchor: str | None = None,
) -> SectionView:
    """One set of findings with its tally, as the template's ``findings`` macro draws it; ``anchor`` is
    the section's id in the page (a story's id)."""
    rows = shown(findings, view)
    filtered = [n(count, VERDICT_NOUNS[v]) for v, count in view.filtered if count]
    return SectionView(
        heading=heading,
        anchor=anchor,
        counts=tuple(
            TallyView(verdict=v, sign=VERDICT_SIGNS[v], words=n(count, VERDICT_NOUNS[v]))
            for v, count in tally(findings)
        ),
        filtered=", ".join(filtered) + " filtered out" + (f" ({view.filters})" if view.filters else "")
        if filtered
        else "",
        findings=tuple(_finding(f, claims, names, view) for f in rows.findings),
        hidden=hidden_line(rows.hidden),
    )


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


def _document(d: Document, names: Names) -> DocumentView:
    return DocumentView(
        id=d.id,
        name=names(d.id),
        outlet=d.outlet or "",
        published=d.published.isoformat() if d.published else "",
        title=title(d) or "",
        href=safe_href(d.url),
        url=d.url,
    )


def _source(row: SourceRow, names: Names) -> dict[str, object]:
    return {
        "name": names(row.document),
        "document": row.document,
        "published": row.published.isoformat() if row.published else "",
        "agree": row.agree,
        "contradict": row.contradict,
        "only": row.only,
    }


def _finding(f: Finding, claims: Mapping[str, Claim], names: Names, view: View) -> FindingView:
    many = len(f.values) > 1
    kept, more = values(f, view)
    quotes = [claims[cid] for v in kept for cid in v.claims if cid in claims]
    limit = len(quotes) if view.every else min(QUOTES, len(quotes))
    reports = _reports(f, kept, claims, names)
    return FindingView(
        id=f.id,
        type=f.type,
        label=label(f),
        verdict=f.verdict,
        verdict_word=VERDICT_WORDS[f.verdict],
        verdict_sign=VERDICT_SIGNS[f.verdict],
        values=tuple(
            ValueView(
                text=_words(v.value, claims[v.claims[0]] if v.claims and v.claims[0] in claims else None),
                sources=sources_text(v, names, view),
                consensus=many and v.value == f.consensus,
            )
            for v in kept
        ),
        more_values=more,
        consensus=_words(f.consensus, _stating(f, f.consensus, claims)) if f.consensus is not None and many else None,
        latest=_latest(f, _steps(f, names, claims), claims),
        trend=trend_words(f),
        note=note(f, view),
        chart=timeline.chart(reports, timeline.WIDE) if reports else None,
        narrow_chart=timeline.chart(reports, timeline.NARROW) if reports else None,
        chart_summary=_chart_summary(f, reports),
        quotes=tuple(_quote(c, names) for c in quotes[:limit]),
        more_quotes=len(quotes) - limit,
    )


def _quote(c: Claim, names: Names) -> QuoteView:
    before, text, after = split_quote(c.sentence, c.text)
    doc = names.document(c.document)
    return QuoteView(
        before=before,
        text=text,
        after=after,
        source=names(c.document),
        date=date_label(doc.published) if doc and doc.published else "",
        attribution=c.attribution,
    )


def _steps(f: Finding, names: Names, claims: Mapping[str, Claim]) -> tuple[Step, ...]:
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
            doc = names.document(c.document) if c else None
            if c and doc and doc.published and (c.document not in last or c.start > last[c.document].start):
                last[c.document] = c
    steps = [Step(date=_published(names, d), document=d, value=c.value) for d, c in last.items()]
    return tuple(sorted(steps, key=lambda s: (s.date, s.document)))


def _published(names: Names, doc_id: str) -> dt.date:
    doc = names.document(doc_id)
    return doc.published if doc and doc.published else dt.date.min


def _reports(
    f: Finding, kept: Sequence[FindingValue], claims: Mapping[str, Claim], names: Names
) -> list[timeline.Report]:
    """The timeline's reports: each document's last figure among the values shown, dated or not; a
    count finding needs figures from two or more documents, at least one dated, for a timeline."""
    if not all(isinstance(v.value, Count) for v in f.values):
        return []
    last: dict[str, Claim] = {}
    for v in kept:
        for cid in v.claims:
            c = claims.get(cid)
            if c is not None and (c.document not in last or c.start > last[c.document].start):
                last[c.document] = c
    docs = {d: names.document(d) for d in last}
    if len(last) < 2 or not any(doc and doc.published for doc in docs.values()):
        return []
    reports = []
    for d, c in last.items():
        doc = docs[d]
        if isinstance(c.value, Count):
            published = doc.published if doc else None
            reports.append(timeline.Report(date=published, value=c.value, label=names(d), text=_words(c.value, c)))
    return reports


def _stating(f: Finding, value: Value, claims: Mapping[str, Claim]) -> Claim | None:
    """A claim of ``f`` stating ``value``: its words say the unit the value was written in."""
    for v in f.values:
        if v.value == value and v.claims and v.claims[0] in claims:
            return claims[v.claims[0]]
    return None


def _latest(f: Finding, steps: tuple[Step, ...], claims: Mapping[str, Claim]) -> str | None:
    """The most recent report's figure and date: the finding's own latest value, else the figure the
    dated reports of the last day agree on (two or more dated documents needed)."""
    if f.latest is not None and steps:
        return f"{_words(f.latest, _stating(f, f.latest, claims))} ({date_label(steps[-1].date)})"
    if len({s.document for s in steps}) < 2:
        return None
    final = [s for s in steps if s.date == steps[-1].date]
    if len({_words(s.value) for s in final}) != 1:
        return None
    return f"{_words(final[0].value, _stating(f, final[0].value, claims))} ({date_label(final[0].date)})"


def _chart_summary(f: Finding, reports: list[timeline.Report]) -> str:
    """The timeline in words, for its ``<title>`` and ``aria-label``."""
    ordered = sorted(reports, key=lambda r: (r.date is None, r.date or dt.date.min))
    steps = "; ".join(f"{r.text} ({r.label}, {date_label(r.date) if r.date else 'undated'})" for r in ordered)
    trend = f", {f.trend}" if f.trend else ""
    what = label(f)
    return f"{what[:1].upper()}{what[1:]} by publication date{trend}: {steps}"


def _words(value: Value, claim: Claim | None = None) -> str:
    return fmt_value(value, words=True, quote=claim.text if claim else None)
