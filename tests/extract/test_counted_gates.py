"""The cheap word tests in front of the count frame's patterns (``counted``, ``frames``) turn nothing away: on random
texts of awkward words (fixed seeds), wherever a pattern matches, its gate holds, and the gated readers read what
they read without their gates."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract.claims import counted, frames, measures

from .helpers import random_texts

_TOKENS = (
    *("the", "The", "toll", "Cases", "cases", "had", "has", "have", "stood", "Stood", "stands", "rose", "risen"),
    *("reached", "totalled", "totaled", "numbered", "hit", "jumped", "climbed", "at", "to", "about", "more", "than"),
    *("a", "an", "his", "her", "their", ",", "where", "Where", "wHere", "there", "There", "in", "Lakeview"),
    *("Province", "dead", "injured", "missing", "12", "3,000", "laboratory-confirmed", "said", "arrivals", "ſtood"),
)


def _texts(seed: int, n: int = 3000) -> list[str]:
    return random_texts(seed, _TOKENS, n)


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    return [(0, len(text)), *((rng.randrange(len(text) + 1), len(text)) for _ in range(3))]


@pytest.mark.parametrize("seed", range(3))
def test_each_pattern_holds_what_its_gate_looks_for(seed: int) -> None:
    rng = random.Random(seed)
    gates: list[tuple[re.Pattern[str], object]] = [
        (counted._SUBJECT_STOOD, lambda t, lo, hi: measures.holds_within(t, lo, hi, counted._STOOD_WORDS)),
        (frames._WHERE, lambda t, lo, hi: t.find("where", lo, hi) >= 0),
    ]
    for text in _texts(seed):
        for lo, hi in _windows(text, rng):
            for pattern, gate in gates:
                if pattern.search(text, lo, hi) is not None:
                    assert gate(text, lo, hi), (pattern.pattern, text[lo:hi])  # type: ignore[operator]


@pytest.mark.parametrize("seed", range(3))
def test_a_cue_adjective_follows_a_space(seed: int) -> None:
    adjective = counted._cue_adjective()
    for text in _texts(seed):
        for lo in range(len(text)):
            if adjective.match(text, lo) is not None:
                assert text[lo : lo + 1] == " ", text[lo:]


def _place_there_ungated(text: str, start: int, pos: int, sent_start: int, sent_end: int) -> str | None:
    after = text[pos:sent_end]
    if "there" not in after[:45] or not frames._THERE.match(after):
        return None
    named = frames._PLACE_NAMED.search(text, sent_start, start)
    return frames.squash(named.group(1)) if named else None


def _place_where_ungated(text: str, sent_start: int, start: int) -> str | None:
    where = frames._WHERE.search(text, sent_start, start)
    if where is None:
        return None
    m = frames._PLACE_BEFORE_WHERE.search(text, max(sent_start, where.start() - 60), where.start())
    return frames._named_place(frames.squash(m.group(1))) if m is not None else None


@pytest.mark.parametrize("seed", range(3))
def test_the_gated_place_readers_read_what_they_read_ungated(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed):
        for _ in range(3):
            a, b, c = sorted(rng.randrange(len(text) + 1) for _ in range(3))
            assert frames.place_there(text, b, b, a, c) == _place_there_ungated(text, b, b, a, c), text
            assert frames.place_there(text, a, c, a, b) == _place_there_ungated(text, a, c, a, b), text
            assert frames.place_where(text, a, b) == _place_where_ungated(text, a, b), text
