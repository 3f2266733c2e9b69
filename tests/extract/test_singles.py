"""One person counted without a figure ("A firefighter has died"), on invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of

COUNTS = ("deaths", "injuries", "arrests", "missing", "quantity")


def singles(text: str) -> list[tuple[str, float | int | None, str | None, str]]:
    out = []
    for c in claims_of(text, *COUNTS):
        assert isinstance(c.value, Count)
        out.append((c.type, c.value.nominal, c.frame.counted, c.text))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A volunteer firefighter has died.",
            [("deaths", 1, "volunteer firefighter", "A volunteer firefighter has died")],
            id="one-of-a-group",
        ),
        pytest.param(
            "A 78-year-old man has died in the fire, the first death since it began.",
            [("deaths", 1, None, "A 78-year-old man has died")],
            id="the-first-death-is-the-toll",
        ),
        pytest.param("A person has died.", [("deaths", 1, "person", "A person has died")], id="a-person-is-no-toll"),
        pytest.param(
            "The toll rose to 45 when a passenger died of his injuries.",
            [("deaths", 45, None, "toll rose to 45"), ("deaths", 1, "passenger", "a passenger died")],
            id="after-a-figure",
        ),
        pytest.param(
            "An officer was wounded and a suspect was arrested.",
            [("injuries", 1, "officer", "An officer was wounded"), ("arrests", 1, "suspect", "a suspect was arrested")],
            id="injured-and-arrested",
        ),
        pytest.param("A hiker is still missing.", [("missing", 1, "hiker", "A hiker is still missing")], id="missing"),
        pytest.param("A man in a car was killed.", [], id="the-noun-after-a-preposition-is-no-subject"),
        pytest.param("A fire that died down overnight flared again.", [], id="died-down"),
        pytest.param("A bridge was destroyed.", [], id="no-predicate-of-people"),
        pytest.param("A fire, which killed many, spread.", [], id="no-subject-across-a-comma"),
    ],
)
def test_one_person(text: str, expected: list[tuple[object, ...]]) -> None:
    assert singles(text) == expected
