"""People in findings: whether two names are one person, and the verdict on a group of person claims."""

from __future__ import annotations

import unicodedata
from typing import Any

from ..model import Claim, Verdict


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
    return bool(_fuzz().ratio(a, b) >= 75)


def people_verdict(group: list[Claim]) -> tuple[Verdict, str]:
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


def _fuzz() -> Any:
    """rapidfuzz's scorers, imported on first use (start-up time)."""
    from rapidfuzz import fuzz

    return fuzz
