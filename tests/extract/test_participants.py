"""Participants: countries taking part in a force, from lists, demonyms and "X-led"."""

from __future__ import annotations

import pytest

from factcheck.model import Participants

from .helpers import claims_of


def sets(text: str) -> list[tuple[str, ...]]:
    out = []
    for c in claims_of(text, "participants"):
        assert isinstance(c.value, Participants)
        out.append(c.value.countries)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A contingent comprising units of the armed forces of Russia, Belarus, Tajikistan, "
            "Kyrgyzstan, and Armenia.",
            [("AM", "BY", "KG", "RU", "TJ")],
            id="names-after-units-of",
        ),
        pytest.param(
            "The contingent of Russian, Belarusian, Armenian, Tajik and Kyrgyz peacekeepers was deployed.",
            [("AM", "BY", "KG", "RU", "TJ")],
            id="demonyms-before-force",
        ),
        pytest.param(
            "Peacekeepers from Russia, Belarus, Armenia, and Tajikistan arrived in Kazakhstan.",
            [("AM", "BY", "RU", "TJ")],
            id="host-is-not-a-participant",
        ),
        pytest.param("Belgian and Dutch police joined the operation.", [("BE", "NL")], id="police"),
        pytest.param("A Saudi-led coalition struck the port.", [("SA",)], id="x-led-alone"),
        pytest.param(
            "Russia-led troops left. Units from Russia and Belarus flew home.", [("BY", "RU")], id="x-led-subsumed"
        ),
        pytest.param(
            "Teams from the U.S., Israel and Germany are helping investigators.", [], id="teams-are-not-forces"
        ),
        pytest.param("Leaders of France and Germany met in Paris.", [], id="mere-mention"),
        pytest.param("Russian peacekeepers boarded a plane.", [], id="one-demonym-is-not-a-list"),
    ],
)
def test_participants(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sets(text) == expected
