"""The named-event scan (``frames._named_event_matches``) finds exactly what the plain pattern finds: it only
starts the pattern nearer the capitals it needs. Held on random texts of awkward name words (fixed seed)."""

from __future__ import annotations

import random

import pytest

from factcheck.extract.claims import frames

_TOKENS = (
    *("The", "the", "thE", "Stone", "Creek", "Big", "Hill", "fire", "fires", "wildfire", "Storm", "Ana", "Tropical"),
    *("Operation", "Dawn", "A", "(The", "'Stone", "McStone", "x", "Fire", "attack", "-Elm", "Elm-Ridge", "St."),
    *("2", "Hurricane", "Cyclone", "Typhoon", "blaze,", "storm", "O'Neil"),
)
_SEPARATORS = (" ", "  ", "\n", "\t", "\xa0", ", ", "(", "", " \u2003")


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(4))
def test_the_scan_finds_what_the_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(_TOKENS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(1, 12)))
        assert _spans(frames._named_event_matches(text)) == _spans(frames._NAMED_EVENT.finditer(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The Stone Creek fire had burned 800 hectares.",
        "Tropical Storm Ana killed 12; the Big Hill fire is out.",
        "Operation Dawn began. the fire spread.",
    ],
)
def test_the_scan_on_sentences(text: str) -> None:
    assert _spans(frames._named_event_matches(text)) == _spans(frames._NAMED_EVENT.finditer(text))
