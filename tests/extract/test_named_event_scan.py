"""The named-event scan (``frames._named_event_matches``) finds exactly what the plain pattern finds: it only
starts the pattern a few words before the kinds of event and the words opening a name. Held on random texts of
awkward name words, kinds in any case, punctuation and letters beyond ASCII (fixed seeds)."""

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


# kinds and opening words in every case and glued to other letters, capitals inside words, letters beyond ASCII
# (one, "İ", lower-cases to two characters: no plain text), names glued by apostrophes, hyphens and underscores
_MORE_TOKENS = (
    *("fire", "Fire", "FIRE", "fireé", "fire_x", "firestorm", "floods", "flood", "march", "March", "operation"),
    *("Operation", "storm", "éStorm", "2Storm", "_Storm", "Storm-Ana", "Ana-Storm", "Zürich", "Évry", "xB'", "aB"),
    *("O’Neil", "The", "the", "Big", "Hill", "Stone", "U.S.", "x-Ray", "B_", "İzmir", "strike", "Typhoon", "Tropical"),
    *("hurricane", "HURRICANE", "Cyclone", "cyclone", "Ré", "Élan", "McStone", "St.", "a", "é", "wildfire"),
)
_MORE_SEPARATORS = (" ", "  ", "\n", "\xa0", "\u2003", ", ", ". ", "(", ")", "", "-", "’", "'", "_", "é", ":")


@pytest.mark.parametrize("seed", range(6))
def test_the_scan_finds_what_the_pattern_finds_in_longer_texts(seed: int) -> None:
    rng = random.Random(1000 + seed)
    for _ in range(3000):
        pieces = (rng.choice(_MORE_TOKENS) + rng.choice(_MORE_SEPARATORS) for _ in range(rng.randrange(1, 40)))
        text = "".join(pieces)
        assert _spans(frames._named_event_matches(text)) == _spans(frames._NAMED_EVENT.finditer(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The Stone Creek fire had burned 800 hectares.",
        "Tropical Storm Ana killed 12; the Big Hill fire is out.",
        "Operation Dawn began. the fire spread.",
        "the fire and the March strike; the Big Hill blaze, xB' fire, Zürich Cyclone Ana, İzmir flood",
        "The Élan Hill fire (The Stone Creek wildfire) and Tropical  Storm O’Neil",
    ],
)
def test_the_scan_on_sentences(text: str) -> None:
    assert _spans(frames._named_event_matches(text)) == _spans(frames._NAMED_EVENT.finditer(text))
