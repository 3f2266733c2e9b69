"""The cheap tests count extraction tries before its patterns give what the patterns alone give: ignored spans
looked up by bisection, letter tries in place of alternations, and the words a case-blind pattern needs."""

from __future__ import annotations

import dataclasses
import random
import re

from factcheck.documents import make_document
from factcheck.extract.claims import frames, singles
from factcheck.extract.claims.countdoc import CountDoc
from factcheck.extract.claims.measures import may_hold
from factcheck.extract.context import prepare
from factcheck.extract.lexicon import alternation
from factcheck.extract.text import span


def test_is_ignored_is_the_scan_of_every_span() -> None:
    plain = prepare(make_document("d", "d.txt", "x" * 120))
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(5)):
            a = rng.randrange(100)
            spans.append((a, a + rng.randrange(1, 30)))
        doc = CountDoc(dataclasses.replace(plain, ignored=tuple(span(a, b) for a, b in spans)))
        for _ in range(20):
            start = rng.randrange(110)
            end = start + rng.randrange(0, 10)
            want = any(a <= start and end <= b for a, b in spans)
            assert doc.is_ignored(start, end) is want


def test_single_predicates_trie_finds_what_the_alternation_finds() -> None:
    pattern, forms = singles._predicates()
    plain = re.compile(r"(?<![\w-])" + alternation(list(forms)) + r"(?![\w-])(?!\s+(?:down|out|away|off)\b)")
    phrases = list(forms)
    rng = random.Random(3)
    for _ in range(300):
        words = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(["a", "man", "-", "was", "down", "x"])]
        words += [rng.choice([*phrases, "the", "worker", "down", "out", "killed-", "2"]) for _ in range(6)]
        text = rng.choice(["  ", " ", "\n"]).join(words)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_named_events_lookahead_keeps_every_name() -> None:
    text = (
        "The Stone Creek fire grew. Firefighters said the Elm Ridge wildfire and Storm Ana spread; thE Big Hill "
        "blaze, Operation Dawn and the Saturday fire too."
    )
    plain = re.compile(frames._NAMED_EVENT.pattern.removeprefix("(?=[A-Zt])"))
    assert [m.groups() for m in frames._NAMED_EVENT.finditer(text)] == [m.groups() for m in plain.finditer(text)]
    assert frames._named_events.__wrapped__(text)[1][:2] == ["Stone Creek fire", "Elm Ridge fire"]


def test_may_hold_lets_the_pattern_decide_when_lower_casing_is_not_what_it_matches() -> None:
    assert not may_hold("across the region", ("nation", "country"))
    assert may_hold("ACROSS THE COUNTRY", ("country",))
    assert may_hold("natİon", ("nation",))  # a dotted capital I: lower-casing adds a letter
    assert may_hold("citieſ", ("cities",))  # a long s, which re.IGNORECASE matches as "s"
