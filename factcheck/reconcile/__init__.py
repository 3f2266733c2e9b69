"""Reconcile stage: ``Claim``s -> ``Finding``s.

Claims about the same thing share a ``key`` (type plus subject, event or surname); each group of
story claims becomes one finding whose verdict comes from the values:

- ``single_source``: one document says it;
- ``contradiction``: two documents give figures whose intervals cannot overlap, different days for
  one event, or different first names for one person;
- ``agreement``: every document gives the same value (a name's transliterations count as one);
- ``partial``: compatible but not the same (one figure vaguer, one country list a subset).

Background claims (figures about other events) are never compared. Each finding also names its
``consensus`` (the value the most independent outlets back; ties go to the most recent report) and,
when the disagreeing figures line up with publication time, a ``trend`` ("rising": each later report
higher, as death tolls are) with the dated ``sequence`` and the ``latest`` value. Inside one
document a figure said twice counts once; a document giving two figures for one thing is noted (in
a live-updated article the later mention is its current figure).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import (
    CLAIM_TYPES,
    COUNT_TYPES,
    VERDICTS,
    Claim,
    ClaimType,
    Count,
    Document,
    EventDate,
    Finding,
    FindingValue,
    Participants,
    Person,
    SourceRow,
    Step,
    Trend,
    Value,
    Verdict,
)
from .frames import group_key, story_of
from .participants import same_force
from .people import people_verdict, same_name, same_people
from .people import same_given_name as same_given_name  # part of the package's interface

_SINGLE = VERDICTS.index("single_source")

TYPE_ORDER: tuple[ClaimType, ...] = CLAIM_TYPES
_INF = float("inf")
#: Date claims whose event labels score at least this (rapidfuzz ``token_sort_ratio``, 0-100) are one event:
#: "withdrawal begun" / "withdrawal began" (94) join; "withdrawal began" / "withdrawal completed" (67) and
#: "withdrawal began" / "withdrawal deadline" (80) do not.
EVENT_LABEL_THRESHOLD = 88


@dataclass(frozen=True, slots=True, kw_only=True)
class Selection:
    """Which findings a reader asked for; empty tuples select everything."""

    types: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    min_sources: int = 1

    def __call__(self, finding: Finding) -> bool:
        return (
            (not self.types or finding.type in self.types)
            and (not self.verdicts or finding.verdict in self.verdicts)
            and len(finding.documents) >= self.min_sources
        )


def reconcile(claims: Sequence[Claim], documents: Sequence[Document] = ()) -> tuple[Finding, ...]:
    """Group the story claims by key and judge each group.

    Findings come in the order a reader wants: contradictions, partial, agreements, single source;
    within each, those more independent outlets speak to first. Grouping is by key, so the cost
    is linear in the claims (pairs are compared only inside one group).
    """
    claims = same_force(same_people(claims))  # who is one person, which lists are one force's
    published = {d.id: d.published for d in documents}
    outlet = {d.id: d.outlet or d.id for d in documents}
    story = story_of(claims)
    keyed = [(k, c) for c in claims if c.scope == "story" and (k := group_key(c, story)) is not None]
    same_event = _event_keys([k for k, c in keyed if c.type == "date"])  # near-identical event labels are one
    groups: dict[str, list[Claim]] = {}
    for k, c in keyed:
        groups.setdefault(same_event.get(k, k), []).append(c)
    del keyed
    # Most keys of a big run have one claim: their finding is built once it is numbered, not judged
    # and then copied under its id. Keys are unique, so the rank orders every finding.
    ranked: list[tuple[tuple[int, int, int, str], Claim | Finding]] = []
    for key, group in groups.items():
        if len(group) == 1:
            ranked.append(((_SINGLE, -1, TYPE_ORDER.index(group[0].type), key), group[0]))
        else:
            f = _judge(key, group, published, outlet)
            ranked.append(((VERDICTS.index(f.verdict), -len(f.outlets), TYPE_ORDER.index(f.type), key), f))
    del groups, same_event  # a big run's peak memory is here: what is no longer needed goes first
    ranked.sort(key=lambda r: r[0], reverse=True)  # keys are unique: no two ranks are equal
    alone: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # a document's 1-tuples, shared by its findings
    findings: list[Finding] = []
    while ranked:  # popped, so that each rank is freed as its finding is built
        rank, item = ranked.pop()
        number = f"f{len(findings) + 1}"
        findings.append(
            _single(rank[3], item, outlet, number, alone)
            if isinstance(item, Claim)
            else dataclasses.replace(item, id=number)
        )
    return tuple(findings)


def _judge(key: str, group: list[Claim], published: dict[str, dt.date | None], outlet: dict[str, str]) -> Finding:
    typ = group[0].type
    values = _values(group, outlet)
    docs = {c.document for c in group}
    note = ""
    verdict: Verdict
    if len(docs) == 1:
        verdict, note = _one_document(group)
    elif typ == "person":
        verdict, note = people_verdict(group)
    elif typ == "date":
        verdict = _dates([v.value for v in values])  # type: ignore[misc]
    elif typ == "participants":
        sets = {v.value.countries for v in values}  # type: ignore[union-attr]
        verdict = "agreement" if len(sets) == 1 else "partial"
    else:
        verdict = _counts(group)
    if typ not in ("person", "date", "participants"):
        note = "; ".join(x for x in (note, _self_updates(group)) if x)
    sequence: tuple[Step, ...] = ()
    trend: Trend | None = None
    if verdict in ("contradiction", "partial") and typ not in ("person", "participants", "date"):
        sequence = _sequence(group, published)
        trend = _trend(sequence)
    return Finding(
        id="",
        type=typ,
        key=key,
        verdict=verdict,
        values=values,
        note=note,
        consensus=_consensus(values, published),
        latest=sequence[-1].value if trend else None,
        trend=trend,
        sequence=sequence if trend else (),
    )


def _single(
    key: str,
    claim: Claim,
    outlet: dict[str, str],
    finding_id: str,
    alone: dict[str, tuple[tuple[str, ...], tuple[str, ...]]],
) -> Finding:
    """The finding of a key only one claim speaks to, as ``_judge`` would give it: single source.
    ``alone`` keeps each document's (document,) and (outlet,) so its many findings share them."""
    doc = claim.document
    documents, outlets = alone.get(doc) or alone.setdefault(doc, ((doc,), (outlet.get(doc, doc),)))
    only = FindingValue(value=claim.value, claims=(claim.id,), documents=documents, outlets=outlets)
    return Finding(
        id=finding_id, type=claim.type, key=key, verdict="single_source", values=(only,), consensus=claim.value
    )


def _event_keys(keys: Sequence[str]) -> dict[str, str]:
    """Map each date key ("date · <event>") to the most used key whose event label is near-identical to its own."""
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    canonical: list[str] = []
    out: dict[str, str] = {}
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        label, _, day = key.partition(" · ")[2].partition(" · ")  # "protests · 2019-06-09": a recurring event's day
        match = next(
            (
                c
                for c in canonical
                if label
                and c.partition(" · ")[2].partition(" · ")[2] == day
                and _fuzz().token_sort_ratio(label, c.partition(" · ")[2].partition(" · ")[0]) >= EVENT_LABEL_THRESHOLD
            ),
            None,
        )
        if match is None:
            canonical.append(key)
        out[key] = match or key
    return out


def _values(group: list[Claim], outlet: dict[str, str]) -> tuple[FindingValue, ...]:
    """Distinct values, each with the claims, documents and outlets behind it, in a stable order."""
    merged: dict[object, tuple[Value, list[str], dict[str, None]]] = {}
    for c in group:
        ident = _identity(c.value)
        _, ids, docs = merged.setdefault(ident, (c.value, [], {}))
        ids.append(c.id)
        docs[c.document] = None  # a set that keeps no order: the documents are sorted below
    ordered = sorted(merged.items(), key=lambda kv: _order(kv[1][0]))
    return tuple(
        FindingValue(
            value=v,
            claims=tuple(ids),
            documents=tuple(sorted(docs)),
            outlets=tuple(sorted({outlet.get(d, d) for d in docs})),
        )
        for _, (v, ids, docs) in ordered
    )


def _consensus(values: Sequence[FindingValue], published: dict[str, dt.date | None]) -> Value | None:
    """The value the most independent outlets back; ties go to the most recent report, then to the first."""

    def support(v: FindingValue) -> tuple[int, dt.date]:
        latest = max((published.get(d) or dt.date.min for d in v.documents), default=dt.date.min)
        return (len(v.outlets), latest)

    best = max(values, key=support, default=None)  # the first of equals wins, as the values are ordered
    return best.value if best else None


def _sequence(group: list[Claim], published: dict[str, dt.date | None]) -> tuple[Step, ...]:
    """Each dated document's figure (its last mention: a live article updates itself), oldest first."""
    last: dict[str, Claim] = {}
    for c in group:
        if published.get(c.document) and (c.document not in last or c.start > last[c.document].start):
            last[c.document] = c
    steps = [Step(date=published[d], document=d, value=c.value) for d, c in last.items()]  # type: ignore[arg-type]
    return tuple(sorted(steps, key=lambda s: (s.date, _order(s.value), s.document)))


def _trend(steps: Sequence[Step]) -> Trend | None:
    """ "rising" when every later day's figures are at least every earlier day's, and the last is higher."""
    by_day: dict[dt.date, list[float]] = {}
    for s in steps:
        by_day.setdefault(s.date, []).append(_order(s.value)[0])
    days = sorted(by_day)
    if len(days) < 2:
        return None
    spans = [(min(by_day[d]), max(by_day[d])) for d in days]
    first, last = spans[0], spans[-1]
    if all(a[1] <= b[0] for a, b in itertools.pairwise(spans)) and last[0] > first[1]:
        return "rising"
    if all(a[0] >= b[1] for a, b in itertools.pairwise(spans)) and last[1] < first[0]:
        return "falling"
    return None


def _self_updates(group: list[Claim]) -> str:
    """Name the documents that give two different figures for one thing."""
    by_doc: dict[str, list[Claim]] = {}
    for c in group:
        by_doc.setdefault(c.document, []).append(c)
    notes = []
    for doc, claims in sorted(by_doc.items()):
        if len(claims) == 1:
            continue
        distinct: dict[object, Claim] = {}
        for c in sorted(claims, key=lambda c: c.start):
            distinct.setdefault(_identity(c.value), c)
        if len(distinct) > 1:
            quotes = " then ".join(f"“{c.text}”" for c in distinct.values())
            notes.append(f"{doc} gives {len(distinct)} figures: {quotes}")
    return "; ".join(notes)


def _identity(value: Value) -> object:
    if isinstance(value, Count):
        scale = DAYS.get(value.unit)
        if scale is not None:  # "a two-week" and "14 days" are one duration
            days = [None if x is None else round(x * scale, 6) for x in (value.nominal, value.low, value.high)]
            return (*days, value.qualifier)
        return (value.nominal, value.low, value.high, value.qualifier)
    if isinstance(value, EventDate):
        return (value.date, value.precision)
    if isinstance(value, Person):
        return value.name
    return value


def _order(value: Value) -> tuple[float, float, str]:
    if isinstance(value, Count):
        lo, hi = _interval(value)
        mid = value.nominal if value.nominal is not None else (hi if hi != _INF else lo)
        return (float(mid), lo, value.qualifier)
    if isinstance(value, EventDate):
        return (float(value.date.toordinal()), 0.0, value.precision)
    if isinstance(value, Participants):
        return (-float(len(value.countries)), 0.0, ",".join(value.countries))
    if isinstance(value, Person):
        return (0.0, 0.0, value.name)
    return (0.0, 0.0, "")


def _interval(count: Count) -> tuple[float, float]:
    """A count's interval, unbounded sides as infinities; a duration's in days, whatever unit it was written in."""
    scale = DAYS.get(count.unit, 1.0)
    lo = -_INF if count.low is None else float(count.low) * scale
    hi = _INF if count.high is None else float(count.high) * scale
    return lo, hi


#: Days in each unit a duration may be written in (a month and a year at their usual 30 and 365 days).
DAYS: dict[str, float] = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.0,
    "year": 365.0,
    "decade": 3650.0,
}


def _one_document(group: list[Claim]) -> tuple[Verdict, str]:
    """One document's claims on one thing: a contradiction when it gives two sources whose figures cannot
    both be true ("organisers said more than a million; police put the crowd at 240,000"), else single
    source. Two figures without two named sources are the document's own update, not a dispute."""
    if group[0].type not in COUNT_TYPES:
        return "single_source", ""
    by_source: dict[str, list[tuple[float, float, Claim]]] = {}
    for c in group:
        if c.attribution:
            lo, hi = _interval(c.value)  # type: ignore[arg-type]
            by_source.setdefault(c.attribution.casefold(), []).append((lo, hi, c))
    pairs = [
        (a, b)
        for x, xs in by_source.items()
        for y, ys in by_source.items()
        if x != y
        for a in xs
        for b in ys
        if a[1] < b[0]
    ]
    if not pairs:
        return "single_source", ""
    low, high = pairs[0]
    return "contradiction", (f"{low[2].attribution} gives “{low[2].text}”, {high[2].attribution} “{high[2].text}”")


def _counts(group: list[Claim]) -> Verdict:
    """Contradiction when two documents' intervals cannot overlap; agreement when all are equal.

    Linear: only the two documents with the highest lower bounds and the two with the lowest upper
    bounds can be the pair that does not overlap.
    """
    lows: dict[str, float] = {}
    highs: dict[str, float] = {}
    for c in group:
        lo, hi = _interval(c.value)  # type: ignore[arg-type]
        lows[c.document] = max(lows.get(c.document, -_INF), lo)
        highs[c.document] = min(highs.get(c.document, _INF), hi)
    top = sorted(lows.items(), key=lambda kv: -kv[1])[:2]
    bottom = sorted(highs.items(), key=lambda kv: kv[1])[:2]
    if any(doc_a != doc_b and hi < lo for doc_a, lo in top for doc_b, hi in bottom):
        return "contradiction"
    return "agreement" if len({_identity(c.value) for c in group}) == 1 or _one_figure(group) else "partial"


def _nominal_days(count: Count) -> float | None:
    """A count's figure as written, in days for a duration."""
    return None if count.nominal is None else round(float(count.nominal) * DAYS.get(count.unit, 1.0), 6)


def _one_figure(group: list[Claim]) -> bool:
    """Every claim gives the same figure, plainly or with "about": "around 2,400" and "2,400" agree, where
    "more than 2,400", "nearly 2,400" or a range only partly agree with it."""
    figures = {_nominal_days(c.value) for c in group}  # type: ignore[arg-type]
    return len(figures) == 1 and None not in figures and all(c.value.qualifier in ("exact", "about") for c in group)  # type: ignore[union-attr]


def _dates(values: list[EventDate]) -> Verdict:
    days = {v.date for v in values if v.precision == "day"}
    if len(days) > 1:
        return "contradiction"
    if len({(v.date, v.precision) for v in values}) == 1:
        return "agreement"
    coarse = [v for v in values if v.precision != "day"]
    for v in coarse:
        for d in days:
            if d.year != v.date.year or (v.precision == "month" and d.month != v.date.month):
                return "contradiction"
    return "partial"


def sources(findings: Sequence[Finding], documents: Sequence[Document]) -> tuple[SourceRow, ...]:
    """Each document's record: its claims that agree with a finding's consensus, contradict it, or stand alone."""
    tally = {d.id: [0, 0, 0] for d in documents}
    for f in findings:
        for v in f.values:
            column = 2 if f.verdict == "single_source" else 0 if compatible(v.value, f.consensus) else 1
            for doc in v.documents:
                tally.setdefault(doc, [0, 0, 0])[column] += 1
    return tuple(
        SourceRow(document=d.id, outlet=d.outlet, published=d.published, agree=a, contradict=c, only=o)
        for d in documents
        for a, c, o in [tally[d.id]]
    )


def compatible(value: Value, other: Value | None) -> bool:
    """Could both be true? Figures whose intervals overlap, one day (or a month holding it), a country
    list inside the other, one person's name."""
    if other is None or value == other:
        return True
    if isinstance(value, Count) and isinstance(other, Count):
        (lo_a, hi_a), (lo_b, hi_b) = _interval(value), _interval(other)
        return not (hi_a < lo_b or hi_b < lo_a)
    if isinstance(value, EventDate) and isinstance(other, EventDate):
        return _dates([value, other]) != "contradiction"
    if isinstance(value, Participants) and isinstance(other, Participants):
        a, b = set(value.countries), set(other.countries)
        return a <= b or b <= a
    if isinstance(value, Person) and isinstance(other, Person):
        return same_name(value.name, other.name)
    return False


def select(findings: Iterable[Finding], selection: Selection) -> tuple[Finding, ...]:
    """The findings a reader asked for, in order."""
    return tuple(f for f in findings if selection(f))


def _fuzz() -> Any:
    """rapidfuzz's scorers, imported on first use (start-up time: the CLI imports this module for ``Selection``)."""
    from rapidfuzz import fuzz

    return fuzz
