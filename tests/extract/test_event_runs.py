"""The date events' look-ups that read the prepared runs (``Prepared.runs``) find what the plain patterns find:
``events._figure_given`` tried only at the runs that are its verbs, and the quick answers of ``events._Search``.
Held on random texts (fixed seeds)."""

from __future__ import annotations

import random

import pytest

from factcheck.extract.claims import events
from factcheck.extract.text import plain, run_offsets

_VERBS = (*events._GIVEN_VERBS, "stands", "was raised", "was  revised", "ro\u017fe", "\u017fTOOD", "fellow", "_rose")
_WORDS = ("to", "at", "more than", "over", "12", "1,500", "million", "dead", "the", "toll", "x", "", "of", "é", "up")
_GLUE = (" ", " ", "  ", "\n", "-", "_", "é", ", ", "")


@pytest.mark.parametrize("seed", range(3))
def test_figure_given_at_the_verb_runs_is_the_search(seed: int) -> None:
    r = random.Random(seed)
    found = 0
    for _ in range(3000):
        parts = [r.choice(_WORDS) for _ in range(r.randint(0, 4))]
        parts += [
            r.choice(_VERBS),
            *(r.choice(_WORDS) for _ in range(r.randint(0, 3))),
            r.choice(("on", "by", "as of")),
        ]
        glue = _GLUE if r.random() < 0.3 else (" ",)
        head = "".join((p.upper() if r.random() < 0.2 else p) + r.choice(glue) for p in parts)
        text = head + "".join(r.choice(_WORDS) + " " for _ in range(r.randint(0, 2)))
        at = r.choice((len(head), len(head), r.randrange(len(text) + 1)))
        lo = r.choice((0, r.randrange(at + 1)))
        runs = run_offsets(text) if plain(text) else None
        expected = events._FIGURE_GIVEN.search(text, lo, at) is not None
        assert events._figure_given(text, lo, at, runs) == expected, (text, lo, at)
        found += expected
    assert found > 20  # the texts do reach the pattern


# the words _TOPIC_BEFORE opens with, in any case and glued to others; "ſince" and "K" make a text no plain one
_TOPIC = ("after", "After", "BEFORE", "since", "ſince", "following", "into", "about", "over", "Ahead of", "prior to")
_TOPIC += ("involved in", "afterwards", "xafter", "_since", "éover", "over-", "the", "crash's", "its", "K", "a")
_EVENTS = ("crash", "quake", "collision", "fire", "the crash", "attack", "site", "scene")


@pytest.mark.parametrize("seed", range(3))
def test_as_topic_with_the_runs_is_the_search(seed: int) -> None:
    r = random.Random(100 + seed)
    topics = 0
    for _ in range(3000):
        glue = _GLUE if r.random() < 0.4 else (" ",)
        pieces = [r.choice(_TOPIC + _WORDS + _EVENTS) for _ in range(r.randint(1, 14))]
        text = "".join((p.upper() if r.random() < 0.1 else p) + r.choice(glue) for p in pieces) + " on Monday"
        runs = run_offsets(text) if plain(text) else None
        pattern = events._events()[0]
        for event in pattern.finditer(text):
            lo = r.choice((0, r.randrange(event.start() + 1)))
            pos = r.choice((len(text), r.randrange(len(text) + 1)))
            expected = events._as_topic(text, lo, event, pos)
            assert events._as_topic(text, lo, event, pos, runs) == expected, (text, lo, event.start(), pos)
            topics += expected
    assert topics > 100  # the texts do reach the pattern
