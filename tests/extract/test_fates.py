"""What happened to the things a figure counts, on invented sentences: homes destroyed and homes damaged are
two figures."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of


def fates(text: str) -> list[tuple[float | int | None, str | None, str | None, str]]:
    """(figure, measure, counted, quote) of each quantity claim."""
    out = []
    for c in claims_of(text, "quantity"):
        assert isinstance(c.value, Count)
        out.append((c.value.nominal, c.frame.measure, c.frame.counted, c.text))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The blaze destroyed at least 12 houses.",
            [(12, "destroyed", "home", "destroyed at least 12 houses")],
            id="verb-before",
        ),
        pytest.param(
            "Officials said 57 homes were destroyed.",
            [(57, "destroyed", "home", "57 homes were destroyed")],
            id="passive-after",
        ),
        pytest.param(
            "Fire contained; 163 homes lost", [(163, "destroyed", "home", "163 homes lost")], id="headline-participle"
        ),
        pytest.param(
            "A survey found that 173 homes were destroyed and 61 damaged.",
            [(173, "destroyed", "home", "173 homes were destroyed"), (61, "damaged", "home", "61 damaged")],
            id="noun-left-out",
        ),
        pytest.param(
            "It razed 90 homes and about 40 barns.",
            [(90, "destroyed", "home", "razed 90 homes"), (40, "destroyed", "barn", "about 40 barns")],
            id="a-list-after-the-verb",
        ),
        pytest.param(
            "The storm damaged or destroyed 3,000 buildings.",
            [(3000, "destroyed or damaged", "building", "damaged or destroyed 3,000 buildings")],
            id="either",
        ),
        pytest.param(
            "The quake left 200 homes badly damaged.",
            [(200, "damaged", "home", "200 homes badly damaged")],
            id="adverb",
        ),
        pytest.param("Some 40 schools were hit.", [(40, "damaged", "school", "Some 40 schools were hit")], id="hit"),
        pytest.param("He lost two sons in the fire.", [(2, "number", "son", "two sons")], id="people-are-not-lost"),
        pytest.param("Crews saved 300 homes.", [(300, "number", "home", "saved 300 homes")], id="no-fate"),
    ],
)
def test_fates(text: str, expected: list[tuple[object, ...]]) -> None:
    assert fates(text) == expected
