"""The library entry point: paths in, a ``Result`` out, every stage in order."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Any, TextIO, TypeVar

from . import documents
from .batch import Options
from .errors import UnknownStory
from .executors import extract_all
from .model import Claim, Count, Document, Finding, InputError, Result, Story
from .reconcile import Selection, reconcile, select, sources
from .stories import Grouping


@dataclass(frozen=True, slots=True, kw_only=True)
class Engine:
    """How extraction runs: ``jobs`` processes, or on the Dask ``scheduler`` (an address or ``local``),
    with claims kept in the ``cache`` folder. None of it changes the result."""

    jobs: int = 1
    cache: str | None = None
    scheduler: str | None = None


def stream(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    types: Sequence[str] = (),
    engine: Engine = Engine(),
    started: Callable[[int], None] | None = None,
    share: bool = False,
) -> Generator[Result, None, None]:
    """Each file's documents and claims as soon as they are extracted, in input order: one partial
    ``Result`` per file (no findings), with ids as ``run`` gives them (documents unique, claims
    ``c1``, ``c2``... across files). Nothing is held between files, unless ``share``: then equal
    values, keys, quotes and sentences of the run's claims are one object each, which a caller that
    keeps every claim (``collect``) wants.

    Raises ``factcheck.errors.InputNotFound`` for a path that does not exist; a file that cannot be
    read comes as a part with its error and the rest go on. ``started(files)`` is called once the
    files are listed, for a progress display.
    """
    return results(parts(paths, stdin=stdin, types=types, engine=engine, started=started), share=share)


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """One file's share of a run, as ``parts`` gives it: its documents under their ids in the run, the claims
    of each as extracted (``named`` gives each one's id in the run) or, with ``parts(text=True)``, the JSON
    text of each after its id and document (``named_texts``), and what could not be read."""

    documents: tuple[Document, ...]
    claims: tuple[tuple[Claim, ...], ...] = ()  # the claims of each document, in its order
    texts: tuple[tuple[str, ...], ...] = ()  # or each claim's ``json_out.claim_rest``
    first: int  # the number in the run of the part's first claim (``c1`` is 1)
    errors: tuple[InputError, ...] = ()
    warnings: tuple[InputError, ...] = ()

    def named(self) -> Iterator[tuple[Claim, str, str]]:
        """Each claim with its id in the run (``c1``, ``c2``...) and its document's id in the run."""
        return _named(self.documents, self.claims, self.first)

    def named_texts(self) -> Iterator[tuple[str, str, str]]:
        """Each claim's text (``parts(text=True)``) with its id in the run and its document's id in the run."""
        return _named(self.documents, self.texts, self.first)


T = TypeVar("T")


def _named(docs: Sequence[Document], per_doc: Sequence[Sequence[T]], first: int) -> Iterator[tuple[T, str, str]]:
    number = first
    for doc, items in zip(docs, per_doc, strict=True):
        for item in items:
            yield item, f"c{number}", doc.id
            number += 1


def parts(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    types: Sequence[str] = (),
    engine: Engine = Engine(),
    started: Callable[[int], None] | None = None,
    text: bool = False,
) -> Generator[Part, None, None]:
    """``stream`` with each claim not yet given its id in the run, only numbered (``Part.named``): for a
    caller that writes each claim and drops it, to whom a renamed copy of each would be pure cost. With
    ``text``, each claim comes as the JSON text ``extract --format jsonl`` writes of it (``Part.named_texts``)."""
    listing = documents.files(paths)
    files = listing.sources
    if started is not None:
        started(len(files))
    # what the walk could not read or passed over comes with the first part
    walk_errors, walk_warnings = listing.errors, listing.skipped
    stdin_bytes = documents.raw_bytes("-", stdin=stdin) if any(s.path == "-" for s in files) else None
    options = Options(types=tuple(types) or None, cache=engine.cache, text=text)
    seen: dict[str, int] = {}
    first = 1
    extracted = extract_all(files, options, jobs=engine.jobs, scheduler=engine.scheduler, stdin_bytes=stdin_bytes)
    with closing(extracted):  # closed with this generator: the workers stop now, not when collected
        for got in extracted:
            docs: list[Document] = []
            for doc in got.documents:
                doc_id = documents.unique_id(doc, seen)
                docs.append(doc if doc_id == doc.id else replace(doc, id=doc_id))
            yield Part(
                documents=tuple(docs),
                claims=got.claims,
                texts=got.texts,
                first=first,
                errors=walk_errors + got.errors,
                warnings=walk_warnings + got.warnings,
            )
            first += sum(map(len, got.texts if text else got.claims))
            walk_errors = walk_warnings = ()
    if walk_errors or walk_warnings:
        yield Part(documents=(), first=first, errors=walk_errors, warnings=walk_warnings)


def results(parts: Generator[Part, None, None], *, share: bool = False) -> Generator[Result, None, None]:
    """Each of ``parts`` as a partial ``Result``, its claims renamed as ``Part.named`` names them (and,
    with ``share``, made of shared objects: see ``stream``)."""
    rename = Shared().claim if share else _renamed
    with closing(parts):  # closed with this generator: the workers stop now, not when collected
        for part in parts:
            yield Result(
                documents=part.documents,
                claims=tuple(rename(c, claim_id, doc_id) for c, claim_id, doc_id in part.named()),
                findings=(),
                errors=part.errors,
                warnings=part.warnings,
            )


def _renamed(claim: Claim, claim_id: str, document: str) -> Claim:
    return claim.renamed(id=claim_id, document=document)


class Shared:
    """The values, keys, quotes, sentences, subjects, attributions and offsets of the claims one run
    holds, each kept once: on 1,000 generated articles 57,000 claims have 5,300 distinct values, 6,200
    quotes and 3,500 distinct offsets past 256 (Python makes each such int its own object)."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[object, Any] = {}

    def claim(self, claim: Claim, claim_id: str, document: str) -> Claim:
        """``claim.renamed(id=claim_id, document=document)``, made of the objects already held."""
        seen, value = self._seen, claim.value
        # 7 and 7.0 are equal and hash alike, but a figure's int or float shows in the output
        same = (value, type(value.nominal), type(value.low), type(value.high)) if isinstance(value, Count) else value
        return Claim(
            id=claim_id,
            document=document,
            type=claim.type,
            value=seen.setdefault(same, value),
            text=seen.setdefault(claim.text, claim.text),
            start=seen.setdefault(claim.start, claim.start),  # offsets past 256 are an int object each
            end=seen.setdefault(claim.end, claim.end),
            sentence=seen.setdefault(claim.sentence, claim.sentence),
            key=seen.setdefault(claim.key, claim.key),
            subject=seen.setdefault(claim.subject, claim.subject),
            scope=claim.scope,
            attribution=seen.setdefault(claim.attribution, claim.attribution),
            frame=seen.setdefault(claim.frame, claim.frame),
        )


def collect(
    parts: Iterable[Result],
    *,
    selection: Selection = Selection(),  # noqa: B008 - frozen, so sharing the default is safe
    findings: bool = True,
    advanced: Callable[[], None] | None = None,
    grouping: Grouping | None = Grouping(),  # noqa: B008 - frozen, so sharing the default is safe
) -> Result:
    """The parts of ``stream`` as one ``Result``: grouped into stories (unless ``grouping`` is None),
    each story reconciled on its own (unless not ``findings``), with the selected findings.
    ``advanced()`` is called after each part, for a progress display.

    Grouping reads every claim, so the parts should hold every type (``stream`` without ``types``):
    the claims of other types than ``selection.types`` are dropped after grouping, and the rest
    numbered as a run of those types alone numbers them. Raises ``factcheck.errors.UnknownStory``
    when ``grouping.story`` names no story.
    """
    docs: list[Document] = []
    claims: list[Claim] = []
    errors: list[InputError] = []
    warnings: list[InputError] = []
    for part in parts:
        docs.extend(part.documents)
        claims.extend(part.claims)
        errors.extend(part.errors)
        warnings.extend(part.warnings)
        if advanced is not None:
            advanced()
    held = tuple(claims)
    del claims  # not the list and the tuple of every claim at once
    stories: tuple[Story, ...] = ()
    if grouping is not None:
        stories = _group(docs, held, grouping)
        held = _only_types(held, selection.types)
        if grouping.story is not None:
            stories, docs, held = _one_of(stories, grouping.story, docs, held)
    every = _reconcile(stories, held, docs) if findings else ()
    found = select(every, selection)
    rows = sources(every, docs) if findings else ()
    return Result(
        documents=tuple(docs),
        claims=held,
        findings=found,
        errors=tuple(errors),
        sources=rows,
        warnings=tuple(warnings),
        stories=stories,
    )


def _group(docs: Sequence[Document], claims: Sequence[Claim], grouping: Grouping) -> tuple[Story, ...]:
    from .stories import group, one_story

    return group(docs, claims) if grouping.stories == "auto" else one_story(docs)


def _only_types(claims: tuple[Claim, ...], types: Sequence[str]) -> tuple[Claim, ...]:
    """The claims of ``types`` (all when empty), numbered ``c1``, ``c2``... as a run of those types
    alone numbers them; the same tuple when nothing is dropped."""
    if not types:
        return claims
    wanted = set(types)
    kept = [c for c in claims if c.type in wanted]
    if len(kept) == len(claims):
        return claims
    return tuple(c.renamed(id=f"c{i}", document=c.document) for i, c in enumerate(kept, 1))


def _one_of(
    stories: tuple[Story, ...], wanted: str, docs: list[Document], claims: tuple[Claim, ...]
) -> tuple[tuple[Story, ...], list[Document], tuple[Claim, ...]]:
    """The story ``wanted`` names, with its documents and claims only."""
    from .stories import find

    story = find(stories, wanted)
    if story is None:
        raise UnknownStory(wanted, [f"{s.id} ({s.label})" for s in stories])
    members = set(story.documents)
    return (story,), [d for d in docs if d.id in members], tuple(c for c in claims if c.document in members)


def _reconcile(stories: tuple[Story, ...], claims: tuple[Claim, ...], docs: Sequence[Document]) -> tuple[Finding, ...]:
    """Each story's findings, reconciled on its own, story after story; numbered ``f1``, ``f2``...
    across the run. One story (or none asked for) is reconciled as one run, as before stories."""
    if len(stories) <= 1:
        return reconcile(claims, docs)
    story_of = {d: n for n, s in enumerate(stories) for d in s.documents}
    story_claims: list[list[Claim]] = [[] for _ in stories]
    story_docs: list[list[Document]] = [[] for _ in stories]
    for c in claims:
        story_claims[story_of[c.document]].append(c)
    for d in docs:
        story_docs[story_of[d.id]].append(d)
    found: list[Finding] = []
    for n in range(len(stories)):
        for f in reconcile(story_claims[n], story_docs[n]):
            found.append(replace(f, id=f"f{len(found) + 1}"))
        story_claims[n] = []  # freed as it goes
    return tuple(found)


def run(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    selection: Selection = Selection(),  # noqa: B008 - frozen, so sharing the default is safe
    findings: bool = True,
    engine: Engine = Engine(),
    started: Callable[[int], None] | None = None,
    advanced: Callable[[], None] | None = None,
    grouping: Grouping | None = Grouping(),  # noqa: B008 - frozen, so sharing the default is safe
) -> Result:
    """Load ``paths``, extract their claims, group the documents into stories (unless ``grouping`` is
    None), reconcile each story and keep the selected findings.

    Raises ``factcheck.errors.InputNotFound`` for a path that does not exist; files that cannot be
    read are reported in ``Result.errors`` and the rest go on. ``started(files)`` is called once the
    files are listed and ``advanced()`` after each one, for a progress display.
    """
    types = selection.types if grouping is None or grouping.stories == "one" else ()
    parts = stream(paths, stdin=stdin, types=types, engine=engine, started=started, share=True)
    return collect(parts, selection=selection, findings=findings, advanced=advanced, grouping=grouping)
