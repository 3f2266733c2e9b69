"""A figure that is the whole a share of is spoken of ("Most of the 300 passengers survived") is the whole, not
the share's measure (factcheck/extract/claims/quantifiers.py)."""

from __future__ import annotations

import pytest

from .helpers import claims_of

COUNTS = ("deaths", "injuries", "arrests", "missing", "quantity", "troops")


def measures(text: str) -> list[tuple[str, object, str | None, str | None]]:
    return [
        (c.type, c.value.nominal, c.frame.measure, c.frame.counted)  # type: ignore[union-attr]
        for c in claims_of(text, *COUNTS)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Most of the 300 passengers survived.",
            [("quantity", 300, "number", "passenger")],
            id="most-of-the-whole",
        ),
        pytest.param(
            "Of the 300 passengers, most survived.",
            [("quantity", 300, "number", "passenger")],
            id="of-the-whole-then-the-share",
        ),
        pytest.param(
            "Nearly half of the 1,200 residents were displaced.",
            [("quantity", 1200, "number", "resident")],
            id="a-hedged-fraction",
        ),
        pytest.param(
            "Of the 300 passengers, 280 survived.",
            [("quantity", 300, "number", "passenger"), ("quantity", 280, "rescued", "passenger")],
            id="a-figure-for-the-share-is-the-shares",
        ),
        pytest.param(
            "Two-thirds of the 90 dead were women.", [("deaths", 90, "deaths", None)], id="the-dead-are-the-toll"
        ),
        pytest.param(
            "Most of the 2,000 people evacuated have returned home.",
            [("quantity", 2000, "evacuated", None)],
            id="a-participle-after-the-noun-describes-the-whole",
        ),
        pytest.param(
            "Police said 3 of the 5 suspects had been arrested.",
            [("arrests", 3, "arrests", "suspect"), ("quantity", 5, "number", "suspect")],
            id="a-figure-of-a-figure",
        ),
        pytest.param(
            "Nine of the 475 passengers aboard the ferry had been confirmed dead.",
            [("deaths", 9, "deaths", None), ("quantity", 475, "on board", "passenger")],
            id="a-word-describing-the-whole-is-no-predicate",
        ),
        pytest.param(
            "Officials would not say how many of the 63 people listed as missing had died.",
            [("missing", 63, "missing", None)],
            id="how-many-of-is-a-question",
        ),
    ],
)
def test_the_whole_of_a_share(text: str, expected: list[tuple[str, object, str | None, str | None]]) -> None:
    assert measures(text) == expected
