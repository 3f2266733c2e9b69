"""The JSON contract (v1): documents, claims, findings and errors, byte-identical for one input."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from json.encoder import encode_basestring as _quoted  # the C function json.dumps itself uses
from typing import Any, TextIO

from ..model import (
    NO_FRAME,
    Claim,
    Count,
    Document,
    EventDate,
    Finding,
    Frame,
    InputError,
    Number,
    Participants,
    Person,
    Precision,
    Result,
    SourceRow,
    Story,
    Value,
)

VERSION = 1

# One encoder for every item: ``json.dumps`` with an option builds a new encoder on each call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def value_json(value: Value) -> dict[str, Any]:
    """A claim or finding value as the contract spells it."""
    if isinstance(value, Count):
        return {
            "nominal": value.nominal,
            "low": value.low,
            "high": value.high,
            "qualifier": value.qualifier,
            "unit": value.unit,
        }
    if isinstance(value, EventDate):
        return {"date": value.iso, "event": value.event, "precision": value.precision, "relative": value.relative}
    if isinstance(value, Participants):
        return {"countries": list(value.countries)}
    if isinstance(value, Person):
        return {"name": value.name, "role": value.role}
    raise TypeError(f"not a claim value: {value!r}")


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "url": doc.url,
        "characters": doc.characters,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "document": claim.document,
        "type": claim.type,
        "value": value_json(claim.value),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "key": claim.key,
        "subject": claim.subject,
        "scope": claim.scope,
        "attribution": claim.attribution,
        "frame": frame_json(claim.frame),
    }


def frame_json(frame: Frame) -> dict[str, str | None]:
    return {name: getattr(frame, name) for name in Frame.__slots__}


def finding_json(finding: Finding, story: str | None = None) -> dict[str, Any]:
    """A finding as the contract spells it; ``story`` is the id of the story it belongs to."""
    return {
        "id": finding.id,
        "type": finding.type,
        "key": finding.key,
        "verdict": finding.verdict,
        "values": [
            {
                "value": value_json(v.value),
                "documents": list(v.documents),
                "claims": list(v.claims),
                "outlets": list(v.outlets),
            }
            for v in finding.values
        ],
        "documents": list(finding.documents),
        "outlets": list(finding.outlets),
        "note": finding.note,
        "consensus": None if finding.consensus is None else value_json(finding.consensus),
        "latest": None if finding.latest is None else value_json(finding.latest),
        "trend": finding.trend,
        "sequence": [
            {"date": s.date.isoformat(), "document": s.document, "value": value_json(s.value)} for s in finding.sequence
        ],
        "story": story,
    }


def source_json(row: SourceRow) -> dict[str, Any]:
    return {
        "document": row.document,
        "outlet": row.outlet,
        "published": row.published.isoformat() if row.published else None,
        "agree": row.agree,
        "contradict": row.contradict,
        "only": row.only,
    }


def error_json(error: InputError) -> dict[str, Any]:
    return {"path": error.path, "reason": error.reason}


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "label": story.label,
        "documents": list(story.documents),
        "first_published": story.first_published.isoformat() if story.first_published else None,
        "last_published": story.last_published.isoformat() if story.last_published else None,
    }


def result_sections(
    result: Result, *, findings: bool = True, claims: bool = True, stories: bool | None = None
) -> Iterator[tuple[str, object]]:
    """The contract's top-level fields in order; lists as iterators of each item's JSON text, so a big
    result is written item by item instead of being turned into one large structure first.
    ``stories`` (default: with the findings) adds the stories, and each finding's story."""
    with_stories = findings if stories is None else stories
    yield "version", VERSION
    yield "documents", map(_encode, map(document_json, result.documents))
    if with_stories:
        yield "stories", map(_encode, map(story_json, result.stories))
    if claims:
        yield "claims", map(claim_text, result.claims)
    if findings:
        story_of = {d: s.id for s in result.stories for d in s.documents}
        yield "findings", (finding_text(f, story_of.get(_first_document(f))) for f in result.findings)
        yield "sources", map(_encode, map(source_json, result.sources))
    yield "errors", map(_encode, map(error_json, result.errors))


def _first_document(finding: Finding) -> str:
    return finding.values[0].documents[0] if finding.values and finding.values[0].documents else ""


def render_json(result: Result, out: TextIO, *, findings: bool = True, stories_only: bool = False) -> None:
    """One JSON object: each top-level list one item per line, so a big run is fast to write and to grep.

    ``json.dumps`` with ``indent`` falls back to a pure-Python encoder (about 10 MB/s); one compact
    item per line keeps the C encoder and most of the readability.

    >>> import io
    >>> out = io.StringIO()
    >>> render_json(Result(documents=(), claims=(), findings=()), out)
    >>> print(out.getvalue(), end="")
    {
      "version": 1,
      "documents": [],
      "stories": [],
      "claims": [],
      "findings": [],
      "sources": [],
      "errors": []
    }
    """
    out.write("{")
    sections = (
        result_sections(result, findings=False, claims=False, stories=True)
        if stories_only
        else result_sections(result, findings=findings)
    )
    for i, (name, value) in enumerate(sections):
        out.write(f"{',' if i else ''}\n  {json.dumps(name)}: ")
        if not isinstance(value, Iterator):
            out.write(json.dumps(value))
            continue
        separator = "[\n    "  # written item by item: a big section is never one string
        for item in value:
            out.write(separator + item)
            separator = ",\n    "
        out.write("[]" if separator[0] == "[" else "\n  ]")
    out.write("\n}\n")


def render_claims_jsonl(result: Result, out: TextIO) -> None:
    out.write("".join(f"{claim_text(claim)}\n" for claim in result.claims))  # a file's claims in one write


# The same JSON text as ``_encode(claim_json(claim))`` and ``_encode(finding_json(finding))``, written
# directly: a run of 10,000 articles writes 575,000 claims and 219,000 findings, and building a dict for
# each and walking it again took most of the time spent writing. tests/report/test_json_text.py holds
# each of these to the dict version.


def claim_text(claim: Claim) -> str:
    """``claim_json(claim)`` as JSON text."""
    return f'{{"id": {_quoted(claim.id)}, "document": {_quoted(claim.document)}, {claim_rest(claim)}'


def claim_line(claim_id: str, document: str, rest: str) -> str:
    """The JSON line of the claim whose ``claim_rest`` is ``rest``, under the id ``claim_id`` in the document
    ``document``: ``claim_text`` of the claim so named, and a line break."""
    return f'{{"id": {_quoted(claim_id)}, "document": {_quoted(document)}, {rest}\n'


def claim_lines(rests: Iterable[str], first: int, document: str) -> str:
    """The JSON lines of a document's claims whose ``claim_rest`` are ``rests``, numbered ``c<first>`` on, in the
    document ``document``: ``claim_line`` of each, with the document's id written once (a claim's id never needs
    escaping)."""
    head = f'", "document": {_quoted(document)}, '
    return "".join([f'{{"id": "c{number}{head}{rest}\n' for number, rest in enumerate(rests, first)])


def claim_rest(claim: Claim, sentence: str | None = None) -> str:
    """``claim_text(claim)`` after its id and document id: the other fields and the closing brace. What a worker
    writes of each claim for ``extract --format jsonl`` (``batch.Options.text``): the run names the claims.
    ``sentence``: the claim's sentence as JSON text, when the caller has it already (``claim_rests``)."""
    subject, attribution = claim.subject, claim.attribution
    if sentence is None:
        sentence = _quoted(claim.sentence)
    return (
        f'"type": {_quoted(claim.type)}, "value": {value_text(claim.value)}, "text": {_quoted(claim.text)}, '
        f'"start": {claim.start}, "end": {claim.end}, "sentence": {sentence}, '
        f'"key": {_quoted(claim.key)}, "subject": {"null" if subject is None else _quoted(subject)}, '
        f'"scope": {_quoted(claim.scope)}, "attribution": {"null" if attribution is None else _quoted(attribution)}, '
        f'"frame": {frame_text(claim.frame)}}}'
    )


def claim_rests(claims: Iterable[Claim]) -> tuple[str, ...]:
    """``claim_rest`` of each of a document's claims, in order. A sentence holds two or three claims, and they come
    one after another (sharing one string, ``Prepared.said``): its JSON text is written once for all of them."""
    rests = []
    sentence, quoted = None, ""
    for claim in claims:
        if claim.sentence is not sentence:
            sentence = claim.sentence
            quoted = _quoted(sentence)
        rests.append(claim_rest(claim, quoted))
    return tuple(rests)


def frame_text(frame: Frame) -> str:
    """``frame_json(frame)`` as JSON text."""
    if frame is NO_FRAME:  # half of all claims
        return _NO_FRAME_TEXT
    m, c, p, o, e = frame.measure, frame.counted, frame.place, frame.owner, frame.event
    return (
        f'{{"measure": {"null" if m is None else _quoted(m)}, "counted": {"null" if c is None else _quoted(c)}, '
        f'"place": {"null" if p is None else _quoted(p)}, "owner": {"null" if o is None else _quoted(o)}, '
        f'"event": {"null" if e is None else _quoted(e)}}}'
    )


_NO_FRAME_TEXT = '{"measure": null, "counted": null, "place": null, "owner": null, "event": null}'


def finding_text(finding: Finding, story: str | None = None) -> str:
    """``finding_json(finding, story)`` as JSON text."""
    values = ", ".join(
        f'{{"value": {value_text(v.value)}, "documents": {_strings(v.documents)}, "claims": {_strings(v.claims)}, '
        f'"outlets": {_strings(v.outlets)}}}'
        for v in finding.values
    )
    sequence = ", ".join(
        f'{{"date": "{s.date.isoformat()}", "document": {_quoted(s.document)}, "value": {value_text(s.value)}}}'
        for s in finding.sequence
    )
    consensus, latest, trend = finding.consensus, finding.latest, finding.trend
    return (
        f'{{"id": {_quoted(finding.id)}, "type": {_quoted(finding.type)}, "key": {_quoted(finding.key)}, '
        f'"verdict": {_quoted(finding.verdict)}, "values": [{values}], "documents": {_strings(finding.documents)}, '
        f'"outlets": {_strings(finding.outlets)}, "note": {_quoted(finding.note)}, '
        f'"consensus": {"null" if consensus is None else value_text(consensus)}, '
        f'"latest": {"null" if latest is None else value_text(latest)}, '
        f'"trend": {"null" if trend is None else _quoted(trend)}, "sequence": [{sequence}], '
        f'"story": {"null" if story is None else _quoted(story)}}}'
    )


def value_text(value: Value) -> str:
    """``value_json(value)`` as JSON text."""
    if type(value) is Count:
        low, high, nominal = value.low, value.high, value.nominal
        if type(low) is type(high) is type(nominal) is int:  # whole figures, the usual case: no ``_number`` calls
            figures = f'"nominal": {nominal}, "low": {low}, "high": {high}'
        else:
            figures = f'"nominal": {_number(nominal)}, "low": {_number(low)}, "high": {_number(high)}'
        return f'{{{figures}, "qualifier": {_quoted(value.qualifier)}, "unit": {_quoted(value.unit)}}}'
    if type(value) is EventDate:
        precision = value.precision
        return (
            f'{{"date": "{_iso(value.date, precision)}", "event": {_quoted(value.event)}, '
            f'"precision": {_quoted(precision)}, "relative": {"true" if value.relative else "false"}}}'
        )
    if type(value) is Person:
        role = value.role
        return f'{{"name": {_quoted(value.name)}, "role": {"null" if role is None else _quoted(role)}}}'
    if type(value) is Participants:
        return f'{{"countries": {_strings(value.countries)}}}'
    return _encode(value_json(value))


@lru_cache(maxsize=4096)
def _iso(date: dt.date, precision: Precision) -> str:
    """``EventDate.iso``, kept: ``date.isoformat()`` costs more than the rest of a date's JSON text, and the date
    claims of a run name few dates (an article has some 25 date claims, on 13 dates)."""
    return EventDate(date=date, precision=precision).iso


def _number(x: Number | None) -> str:
    """A figure as ``json`` writes it (only an int is written here; anything else goes to ``json``)."""
    return "null" if x is None else int.__repr__(x) if type(x) is int else _encode(x)


def _strings(items: Iterable[str]) -> str:
    return f"[{', '.join(map(_quoted, items))}]"
