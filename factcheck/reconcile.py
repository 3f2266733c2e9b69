"""Reconcile stage: ``Claim``s -> ``Finding``s.

Claims about the same thing share a ``key`` (type plus subject, event or surname); each group of
story claims becomes one finding whose verdict comes from the values:

- ``single_source``: one document says it;
- ``contradiction``: two documents give figures whose intervals cannot overlap, different days for
  one event, or different first names for one person;
- ``agreement``: every document gives the same value (a name's transliterations count as one);
- ``partial``: compatible but not the same (one figure vaguer, one country list a subset).

Background claims (figures about other events) are never compared.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .model import (
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
    Value,
    Verdict,
)

TYPE_ORDER: tuple[ClaimType, ...] = (
    "troops",
    "deaths",
    "injuries",
    "arrests",
    "missing",
    "quantity",
    "duration",
    "date",
    "participants",
    "person",
)
_INF = float("inf")


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
    """Group the story claims by key and judge each group."""
    published = {d.id: d.published for d in documents}
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.scope == "story":
            groups.setdefault(c.key, []).append(c)
    findings = [_judge(key, group, published) for key, group in groups.items()]
    findings.sort(key=lambda f: (VERDICTS.index(f.verdict), TYPE_ORDER.index(f.type), f.key))
    return tuple(
        Finding(id=f"f{i}", type=f.type, key=f.key, verdict=f.verdict, values=f.values, note=f.note)
        for i, f in enumerate(findings, 1)
    )


def _judge(key: str, group: list[Claim], published: dict[str, dt.date | None]) -> Finding:
    typ = group[0].type
    values = _values(group)
    docs = {c.document for c in group}
    note = ""
    verdict: Verdict
    if len(docs) == 1:
        verdict = "single_source"
    elif typ == "person":
        verdict, note = _people(group)
    elif typ == "date":
        verdict = _dates([v.value for v in values])  # type: ignore[misc]
    elif typ == "participants":
        sets = {v.value.countries for v in values}  # type: ignore[union-attr]
        verdict = "agreement" if len(sets) == 1 else "partial"
    else:
        verdict = _counts(group)
        if verdict == "contradiction":
            note = _trend(group, published)
    return Finding(id="", type=typ, key=key, verdict=verdict, values=values, note=note)


def _values(group: list[Claim]) -> tuple[FindingValue, ...]:
    """Distinct values, each with the claims and documents behind it, in a stable order."""
    merged: dict[object, tuple[Value, list[str], list[str]]] = {}
    for c in group:
        ident = _identity(c.value)
        _, ids, docs = merged.setdefault(ident, (c.value, [], []))
        ids.append(c.id)
        if c.document not in docs:
            docs.append(c.document)
    ordered = sorted(merged.items(), key=lambda kv: _order(kv[1][0]))
    return tuple(
        FindingValue(value=v, claims=tuple(ids), documents=tuple(sorted(docs))) for _, (v, ids, docs) in ordered
    )


def _identity(value: Value) -> object:
    if isinstance(value, Count):
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
    lo = -_INF if count.low is None else float(count.low)
    hi = _INF if count.high is None else float(count.high)
    return lo, hi


def _counts(group: list[Claim]) -> Verdict:
    """Contradiction when two documents' intervals cannot overlap; agreement when all are equal."""
    spans = [(c.document, _interval(c.value)) for c in group]  # type: ignore[arg-type]
    for i, (doc_a, (lo_a, hi_a)) in enumerate(spans):
        for doc_b, (lo_b, hi_b) in spans[i + 1 :]:
            if doc_a != doc_b and (hi_a < lo_b or hi_b < lo_a):
                return "contradiction"
    return "agreement" if len({_identity(c.value) for c in group}) == 1 else "partial"


def _trend(group: list[Claim], published: dict[str, dt.date | None]) -> str:
    """Say whether later reports give higher or lower figures, when the documents are dated."""
    dated = [(published[c.document], _order(c.value)[0], c) for c in group if published.get(c.document)]
    if len({d for d, _, _ in dated}) < 2:
        return ""
    dated.sort(key=lambda x: (x[0], x[1]))
    first, last = dated[0], dated[-1]
    if last[1] == first[1]:
        return ""
    trend = "higher" if last[1] > first[1] else "lower"
    return f"later reports are {trend}: “{first[2].text}” ({first[0]}) → “{last[2].text}” ({last[0]})"


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


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def same_given_name(a: str, b: str) -> bool:
    """Are two given names the same name, allowing transliteration variants and initials?

    >>> same_given_name("Mohammed", "Muhammad"), same_given_name("Ivan", "Igor"), same_given_name("A.", "Alexei")
    (True, False, True)
    """
    a, b = _fold(a).strip("."), _fold(b).strip(".")
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= 75


def _people(group: list[Claim]) -> tuple[Verdict, str]:
    names = {c.value.name for c in group}  # type: ignore[union-attr]
    given = {n: " ".join(n.split()[:-1]) for n in names}
    firsts = sorted({g for g in given.values() if g})
    clash = [(a, b) for i, a in enumerate(firsts) for b in firsts[i + 1 :] if not same_given_name(a, b)]
    if clash:
        by_doc: dict[str, set[str]] = {}
        for c in group:
            by_doc.setdefault(c.document, set()).add(given[c.value.name])  # type: ignore[union-attr]
        if not any(len(g) > 1 for g in by_doc.values()):
            a, b = clash[0]
            return "contradiction", f"different first names for one surname: {a} vs {b}"
    if len(names) > 1:
        return "agreement", "spelling variants of one name: " + " / ".join(sorted(names))
    return "agreement", ""


def select(findings: Iterable[Finding], selection: Selection) -> tuple[Finding, ...]:
    """The findings a reader asked for, in order."""
    return tuple(f for f in findings if selection(f))
