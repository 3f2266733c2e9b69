"""More cheap tests in front of the count frame's patterns (``counted``, ``frames``, ``voices``) turn nothing away:
on random texts of awkward words (fixed seeds), wherever a pattern matches, its gate holds, and a pattern tried on a
stretch of the text (``pos``/``endpos``) matches as it does on a copy of the stretch."""

from __future__ import annotations

import random

import pytest

from factcheck.extract.claims import counted, frames, voices
from factcheck.extract.claims.measures import holds_within
from factcheck.extract.scan import folded
from factcheck.extract.text import Span

from .helpers import random_texts

_TOKENS = (
    *("along", "Along", "ALONG", "with", "With", "WİTH", "together", "his", "the", "their", "of", "Of", "among"),
    *("Among", "its", "all", "the", "12", "3,000", "crew", "members", "a", "an", "per", "day", "week", "each"),
    *("we", "We", "our", "OUR", "and", "so", "(UN)", "(AFP)", "troops", "French", ",", ";", "ſo", "K"),
)


def _texts(seed: int, n: int = 3000) -> list[str]:
    return random_texts(seed, _TOKENS, n)


@pytest.mark.parametrize("seed", range(3))
def test_each_pattern_holds_what_its_gate_looks_for(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed):
        low = folded(text)
        for _ in range(4):
            lo, hi = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            if counted._ALONG_WITH.search(text, lo, hi) is not None:
                assert low.find("with", lo, hi) >= 0, text[lo:hi]
            if voices._WE.search(text[lo:hi]) is not None:
                assert holds_within(text, lo, hi, voices._WE_WORDS), text[lo:hi]
        if counted._PER_TIME.search(text) is not None:
            assert len(text.split()) > 1, text
        if frames._ACRONYM.search(text) is not None:
            assert "(" in text, text


@pytest.mark.parametrize("seed", range(3))
def test_the_group_before_a_figure_matches_as_on_a_copy(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed):
        for _ in range(4):
            lo, hi = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            on_copy = counted._OF_THE_GROUP.match(text[lo:hi])
            on_text = counted._OF_THE_GROUP.match(text, lo, hi)
            assert (on_copy and on_copy.group(1)) == (on_text and on_text.group(1)), text[lo:hi]


def _own_account_ungated(text: str, clause: Span, sent: Span, at: int) -> bool:
    lead = text[clause.start : at]
    if not any(word in lead for word in voices._WE_WORDS) or not voices._WE.search(lead):
        return False
    before = text[sent.start : at]
    return not (before.count("“") > before.count("”") or before.count('"') % 2)


@pytest.mark.parametrize("seed", range(2))
def test_the_gated_own_account_reads_what_it_reads_ungated(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed, 1000):
        at = rng.randrange(len(text) + 1)
        clause = Span(start=rng.randrange(at + 1), end=len(text))
        sent = Span(start=rng.randrange(clause.start + 1), end=len(text))
        assert voices.own_account(text, clause, sent, at, False) == _own_account_ungated(text, clause, sent, at), text
