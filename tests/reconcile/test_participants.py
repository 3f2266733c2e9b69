"""Which country lists are about one force (invented lists)."""

from __future__ import annotations

import pytest

from factcheck.model import Claim, Participants
from factcheck.reconcile import reconcile


def listed(doc: str, countries: tuple[str, ...], n: int) -> Claim:
    return Claim(
        id=f"{doc}:c{n}",
        document=doc,
        type="participants",
        value=Participants(countries=countries),
        text="t",
        start=n,
        end=n + 1,
        sentence="t",
        key="participants",
        scope="story",
    )


@pytest.mark.parametrize(
    ("lists", "expected"),
    [
        pytest.param(
            [("a", ("AM", "BY", "RU")), ("b", ("AM", "BY", "KG", "RU"))],
            [("participants", "partial")],
            id="overlapping-lists-are-one-force",
        ),
        pytest.param(
            [("a", ("ML", "NE", "TD")), ("b", ("ML", "NE", "TD")), ("b", ("EE", "IT", "SE"))],
            [("participants", "agreement"), ("participants:EE IT SE", "single_source")],
            id="a-list-sharing-no-country-is-another-force",
        ),
    ],
)
def test_forces(lists: list[tuple[str, tuple[str, ...]]], expected: list[tuple[str, str]]) -> None:
    found = reconcile([listed(doc, codes, n) for n, (doc, codes) in enumerate(lists)])
    assert sorted((f.key, f.verdict) for f in found) == expected
