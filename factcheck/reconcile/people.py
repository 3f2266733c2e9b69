"""People in findings: which person claims are one person, whether two names are one person, and the verdict.

One person is the same full name across articles, allowing transliterations ("Sergei" / "Sergey"), a
middle name or initial present or absent ("J. Robert Smith" / "John Smith") and family-name-first order
("Park Ji-won" / "Park Ji-weon": the extractor keys such names by their first word). Two different first
names under one family name are two people unless their role is the same: "Maria Lopez (mayor)" and
"Carlos Lopez (minister)" are two findings, "Ivan Petrov (commander)" and "Igor Petrov
(commander)" one, a contradiction. A name alone ("Lopez") joins the only person of its family, or the one
with its role. Each name's row shows the role most of its documents give.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from ..model import Claim, Person, Verdict

#: Two family names whose rapidfuzz ``ratio`` is at least this (both of five letters or more) may be one name
#: written two ways ("Zelensky" / "Zelenskyy"); the given names must then agree.
FAMILY_RATIO = 85
#: The rapidfuzz ratio two spellings of a family name need when the full given names are the same and so is the
#: role ("Emil Halvik" / "Emil Halvjak", both the chief investigator).
FAMILY_RATIO_SAME_ROLE = 75
#: Words that make a role another one: a deputy minister is not the minister.
_RANK_CHANGING = frozenset({"prime", "deputy", "vice", "assistant", "under", "former", "acting", "junior", "associate"})
_ROLE_SYNONYMS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "defence": "defense",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
}
_FIRST_LETTER = str.maketrans("qcgyjw", "kkkiiv")
#: Initials that transliterations swap ("Yelena" / "Elena", "Iosif" / "Josef"), as one.
_INITIAL = str.maketrans("eyjqc", "iiikk")
#: Different first names under one family name and one role are one person (a contradiction) only where the
#: family name has this many people or fewer; past that, it is a common name many people share.
ROLE_LINKED_PEOPLE = 4


@lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    if name.isascii():
        return name.lower()
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
    if a == b:
        return True
    if 8 * min(len(a), len(b)) < 3 * (len(a) + len(b)):  # ratio is at most 2 * shorter / both: below 75
        return False
    return bool(_fuzz().ratio(a, b) >= 75)


def same_given_names(a: Sequence[str], b: Sequence[str]) -> bool:
    """Could two lists of given names be one person's? Each name of the shorter list matches one of the longer,
    in order: "J. Robert" / "John", "Muhammad Ali" / "Ali", "Ji-won" / "Ji-weon".

    >>> same_given_names(["J.", "Robert"], ["John"]), same_given_names(["Maria"], ["Carlos"])
    (True, False)
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    rest = iter(long_)
    return all(any(same_given_name(x, y) for y in rest) for x in short)


def same_name(a: str, b: str) -> bool:
    """Could two names be one person's? The word they share is the family name, and the rest must agree; with
    none shared, the last words are the family names.

    >>> same_name("J. Robert Smith", "John Smith"), same_name("Park Ji-won", "Park Ji-weon")
    (True, True)
    >>> same_name("Maria Lopez", "Carlos Lopez"), same_name("Kofi Mensah", "Mensah")
    (False, True)
    """
    wa, wb = [_fold(w) for w in a.split()], [_fold(w) for w in b.split()]
    shared = next((w for w in wa if w in wb), None)
    if shared is None:
        return same_given_names(wa[:-1], wb[:-1])
    wa.remove(shared)
    wb.remove(shared)
    return same_given_names(wa, wb)


def _parts(claim: Claim) -> tuple[str, tuple[str, ...]]:
    """A person claim's family name (from its key, as the extractor wrote it) and its given names, folded."""
    family = claim.key.split(":")[1]
    tokens = [_fold(t) for t in _person(claim).name.split()]
    if family in tokens:
        tokens.remove(family)
    elif tokens:
        tokens.pop()
    return family, tuple(tokens)


def _role(role: str | None) -> str | None:
    if not role:
        return None
    words = _fold(role).replace(".", "").replace("-", " ").split()
    return " ".join(_ROLE_SYNONYMS.get(w, w) for w in words) or None


def same_role(a: str | None, b: str | None) -> bool:
    """Is one role the other, or the other with words that do not change it ("commander" / "Force Commander")?

    >>> same_role("Commander", "commander"), same_role("minister", "prime minister"), same_role("mayor", None)
    (True, False, False)
    """
    ra, rb = _role(a), _role(b)
    if ra is None or rb is None:
        return False
    short, long_ = sorted((ra.split(), rb.split()), key=len)
    if long_[len(long_) - len(short) :] != short:
        return False
    return not _RANK_CHANGING.intersection(long_[: len(long_) - len(short)])


class _Find:
    """Union-find over small integers."""

    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def __call__(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.up[self(a)] = self(b)


def _person(claim: Claim) -> Person:
    value = claim.value
    assert isinstance(value, Person)
    return value


def same_people(claims: Sequence[Claim]) -> Sequence[Claim]:
    """``claims`` with the story's person claims keyed by person and each name's role the one most of its
    documents give. A person's key is ``person:<family>``, or ``person:<family>:<full name>`` for all but one
    of the people who share a family name. Claims that do not change are the same objects."""
    people = [i for i, c in enumerate(claims) if c.type == "person" and c.scope == "story"]
    if len(people) < 2:
        return claims
    parts = {i: _parts(claims[i]) for i in people}
    names: dict[str, dict[tuple[str, ...], list[int]]] = {}  # family -> given names -> claims
    for i in people:
        family, given = parts[i]
        names.setdefault(family, {}).setdefault(given, []).append(i)
    clusters = [(family, c) for family, by_given in names.items() for c in _clusters(claims, by_given)]
    sizes = {f: sum(map(len, g.values())) for f, g in names.items()}
    clusters = _across_spellings(clusters, parts, sizes, [{_person(claims[i]).role for i in c} for _, c in clusters])
    by_family: dict[str, list[list[int]]] = {}
    for family, cluster in clusters:
        by_family.setdefault(family, []).append(cluster)
    keys: dict[int, str] = {}
    for family, same_family in by_family.items():
        for key, cluster in zip(_cluster_keys(claims, family, same_family), same_family, strict=True):
            keys.update(dict.fromkeys(cluster, key))
    out = [_rekeyed(c, keys[i]) if i in keys else c for i, c in enumerate(claims)]
    return _majority_roles(out, people, keys)


def _clusters(claims: Sequence[Claim], by_given: dict[tuple[str, ...], list[int]]) -> list[list[int]]:
    """The claims of one family name grouped by person: given names that agree; then, where the family name has
    a few people only (``ROLE_LINKED_PEOPLE``), people whose given names differ under one role in documents that
    do not name both; a family name alone joins the only person or the one with its role.

    Given names are compared only when they share a word's initial (``_INITIAL``), so the cost stays near
    linear in the names of a common family name."""
    full = [g for g in by_given if g]
    find = _Find(len(full))
    index: dict[str, list[int]] = {}
    for n, given in enumerate(full):
        for initial in {w[:1].translate(_INITIAL) for w in given}:
            for m in index.setdefault(initial, []):
                if find(n) != find(m) and same_given_names(given, full[m]):
                    find.join(n, m)
            index[initial].append(n)
    people: dict[int, list[int]] = {}
    for n in range(len(full)):
        people.setdefault(find(n), []).append(n)
    if 1 < len(people) <= ROLE_LINKED_PEOPLE:
        groups = list(people.values())
        docs = [{claims[i].document for n in g for i in by_given[full[n]]} for g in groups]
        roles = [{_person(claims[i]).role for n in g for i in by_given[full[n]]} for g in groups]
        for x in range(len(groups)):
            for y in range(x):
                if not docs[x] & docs[y] and any(same_role(r, q) for r in roles[x] for q in roles[y]):
                    find.join(groups[x][0], groups[y][0])
    clusters_by: dict[int, list[int]] = {}
    for n, given in enumerate(full):
        clusters_by.setdefault(find(n), []).extend(by_given[given])
    clusters = list(clusters_by.values())
    cluster_roles = [{_person(claims[i]).role for i in c} for c in clusters]
    for i in by_given.get((), []):
        role = _person(claims[i]).role
        fits = [c for c, rs in zip(clusters, cluster_roles, strict=True) if any(same_role(role, r) for r in rs)]
        if len(clusters) == 1 or len(fits) == 1:
            (clusters[0] if len(clusters) == 1 else fits[0]).append(i)
        else:
            clusters.append([i])
    return clusters


def _across_spellings(
    clusters: list[tuple[str, list[int]]],
    parts: dict[int, tuple[str, tuple[str, ...]]],
    size: dict[str, int],
    roles: list[set[str | None]],
) -> list[tuple[str, list[int]]]:
    """Join the people of two spellings of one family name ("Zelensky" / "Zelenskyy": both of five letters or
    more, rapidfuzz ``ratio`` at least ``FAMILY_RATIO``) whose given names agree, or (``ratio`` at least
    ``FAMILY_RATIO_SAME_ROLE``: "Halvik" / "Halvjak") whose full given names are the same and whose roles
    (``roles``, of each cluster) are one; a joined person takes the spelling more claims use. Only names whose
    family names start alike (the first letter up to a transliteration, and the second) and whose given names
    share an initial are compared, so the cost stays near linear."""
    blocks: dict[tuple[str, str, str], set[tuple[int, str, tuple[str, ...]]]] = {}
    for n, (family, cluster) in enumerate(clusters):
        if len(family) < 5:
            continue
        for i in cluster:
            given = parts[i][1]
            if given:
                key = (family[:1].translate(_FIRST_LETTER), family[1:2], given[0][:1].translate(_INITIAL))
                blocks.setdefault(key, set()).add((n, family, given))
    find = _Find(len(clusters))
    ratio = None
    for block in blocks.values():
        names = sorted(block)
        for x, (n, fa, ga) in enumerate(names):
            for m, fb, gb in names[:x]:
                if fa == fb or abs(len(fa) - len(fb)) > 2 or find(n) == find(m):
                    continue
                ratio = ratio or _fuzz().ratio
                score = ratio(fa, fb)
                if (score >= FAMILY_RATIO and same_given_names(ga, gb)) or (
                    score >= FAMILY_RATIO_SAME_ROLE
                    and ga == gb
                    and all(len(g.strip(".")) > 1 for g in ga)
                    and any(same_role(r, q) for r in roles[n] for q in roles[m])
                ):
                    find.join(n, m)
    if ratio is None:
        return clusters
    joined: dict[int, list[int]] = {}
    for n in range(len(clusters)):
        joined.setdefault(find(n), []).append(n)
    out = []
    for members in joined.values():
        family = min((clusters[n][0] for n in members), key=lambda f: (-size[f], f))
        out.append((family, sorted(i for n in members for i in clusters[n][1])))
    return out


def _cluster_keys(claims: Sequence[Claim], family: str, clusters: list[list[int]]) -> list[str]:
    """Each person's key: the family name when it has one person, else the family name for the person most
    claims name and the commonest full name for the others."""
    order = sorted(range(len(clusters)), key=lambda n: (-len(clusters[n]), min(clusters[n])))
    keys = [""] * len(clusters)
    used: set[str] = set()
    for rank, n in enumerate(order):
        key = base = f"person:{family}"
        if rank:
            names = Counter(_person(claims[i]).name for i in sorted(clusters[n]))
            key = base = f"person:{family}:{_fold(names.most_common(1)[0][0])}"
        count = 2
        while key in used:
            key, count = f"{base} ({count})", count + 1
        used.add(key)
        keys[n] = key
    return keys


def _rekeyed(claim: Claim, key: str) -> Claim:
    return claim if claim.key == key else dataclasses.replace(claim, key=key)


def _majority_roles(out: list[Claim], people: list[int], keys: dict[int, str]) -> list[Claim]:
    """Each name of each person shows the role most of its documents give, in its commonest spelling (ties: the
    first claim's)."""
    rows: dict[tuple[str, str], list[int]] = {}
    for i in people:
        rows.setdefault((keys[i], _person(out[i]).name), []).append(i)
    for idx in rows.values():
        if len(idx) == 1:
            continue
        votes: dict[str | None, set[str]] = {}
        for i in idx:
            votes.setdefault(_role(_person(out[i]).role), set()).add(out[i].document)
        best = max(votes, key=lambda r: (r is not None, len(votes[r])))  # the first of equals: claim order
        forms = Counter(_person(out[i]).role for i in idx if _role(_person(out[i]).role) == best)
        shown = forms.most_common(1)[0][0]
        for i in idx:
            value = _person(out[i])
            if value.role != shown:
                out[i] = dataclasses.replace(out[i], value=Person(name=value.name, role=shown))
    return out


def people_verdict(group: list[Claim]) -> tuple[Verdict, str]:
    """The verdict on one person's claims: different first names are a contradiction, other spellings agree."""
    given = {_person(c).name: _given(c) for c in group}
    full = sorted(n for n, g in given.items() if g)
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if not same_given_names([_fold(w) for w in given[a]], [_fold(w) for w in given[b]]):
                first_a, first_b = sorted((" ".join(given[a]), " ".join(given[b])))
                return "contradiction", f"different first names for one surname: {first_a} vs {first_b}"
    if len(given) > 1:
        return "agreement", "spelling variants of one name: " + " / ".join(sorted(given))
    return "agreement", ""


def _given(claim: Claim) -> list[str]:
    """The given names of a person claim as written: its words but the family name."""
    family = _parts(claim)[0]
    words = _person(claim).name.split()
    folded = [_fold(w) for w in words]
    drop = folded.index(family) if family in folded else len(words) - 1
    return words[:drop] + words[drop + 1 :]


@cache
def _fuzz() -> Any:
    """rapidfuzz's scorers, imported on first use (start-up time)."""
    from rapidfuzz import fuzz

    return fuzz
