"""The quick paths of a few helpers every extractor calls answer what the plain code answers: ``text.squash``'s
already-squashed test, ``scan.folded_text``, and the loops that stand in for ``any()``/``all()`` over generators
(``measures.holds_within``, ``measures._all_links``). Held on random texts built to hit the edges (fixed seeds)."""

from __future__ import annotations

import random
import sys

import pytest

from factcheck.extract.claims import measures
from factcheck.extract.scan import folded, folded_text
from factcheck.extract.text import squash

_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
_PIECES = ("a", "Zoë", "said", "İ", "ı", "ſ", "“", ",", ".", "\x00", "\x7f", "\u200b", "\U0001f600", "of", "the")


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randrange(8)):
        roll = rng.random()
        if roll < 0.5:
            out.append(rng.choice(_PIECES))
        elif roll < 0.8:
            out.append(" ")
        else:
            out.append(rng.choice(_SPACES))
    return "".join(out)


@pytest.mark.parametrize("seed", range(3))
def test_squash_is_split_and_join(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        text = _text(rng)
        assert squash(text) == " ".join(text.split()), repr(text)


def test_a_printable_text_holds_no_white_space_but_spaces() -> None:
    assert [c for c in _SPACES if c != " " and c.isprintable()] == []


@pytest.mark.parametrize("seed", range(2))
def test_folded_text_is_folded(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        text = _text(rng) * rng.randrange(1, 4)
        assert folded_text(text) == folded(text)
        assert folded_text(text) == folded(text)  # from the cache


@pytest.mark.parametrize("seed", range(2))
def test_holds_any_is_any(seed: int) -> None:
    rng = random.Random(seed)
    words = ("said", "of", "a ", "Zoë")
    for _ in range(3000):
        text = _text(rng)
        start, end = rng.randrange(-2, len(text) + 2), rng.randrange(-2, len(text) + 2)
        some = tuple(rng.sample(words, rng.randrange(len(words) + 1)))
        expected = any(text.find(w, start, end) >= 0 for w in some)
        assert measures.holds_within(text, start, end, some) == expected


@pytest.mark.parametrize("seed", range(2))
def test_all_links_is_all(seed: int) -> None:
    rng = random.Random(seed)
    links = sorted(measures._LINKS)
    pool = [*links, *(w.upper() + "," for w in links), "killed", "Of,", ",", ""]
    for _ in range(3000):
        gap = [rng.choice(pool) for _ in range(rng.randrange(5))]
        assert measures._all_links(gap) == all(g.lower().strip(",") in measures._LINKS for g in gap)
