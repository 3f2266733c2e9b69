"""The event and phase tables as prefix tries find what their plain alternations found, and the ``_Search`` kept
for a text answers as a fresh one does."""

from __future__ import annotations

import random

from factcheck.extract.claims import events
from factcheck.extract.lexicon import data, phrase_pattern
from factcheck.extract.text import Span, squash


def _texts(forms: list[str], seed: int, n: int) -> list[str]:
    r = random.Random(seed)
    extra = ["the", "troops", ",", "on", "2022", "said", "xleave", "leaves", "pulled  out", "PULL-OUT", "Ended", "-"]
    words = [*forms, *(f.upper() for f in forms[::7]), *(f.title() for f in forms[::5]), *extra]
    return [r.choice(["", " "]).join([" "] + [r.choice(words) for _ in range(r.randint(1, 14))]) for _ in range(n)]


def test_table_tries_find_what_the_alternations_find() -> None:
    for name in ("events", "phases"):
        table: dict[str, list[str]] = data("events.json")[name]
        forms = [squash(f).lower() for fs in table.values() for f in fs]
        plain = phrase_pattern(list(dict.fromkeys(forms)))
        pattern = events._table(name)[0]
        for text in _texts(forms, 11, 3000):
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
            for at in range(len(text)):
                got, expected = pattern.match(text, at), plain.match(text, at)
                assert (got and got.span()) == (expected and expected.span()), (text, at)


def test_kept_search_answers_as_a_fresh_one() -> None:
    r = random.Random(12)
    forms = [*events._table("events")[1], *events._table("phases")[1]]
    texts = _texts(forms, 13, 40)
    for _ in range(2000):
        text = r.choice(texts)  # more texts than are kept: some searches are dropped and made again
        lo, hi = sorted(r.sample(range(len(text) + 1), 2))
        clause, pos = Span(start=lo, end=hi), r.randrange(len(text) + 1)
        fresh = events._Search(text, events._starts(text))
        for phase in (False, True):
            expected = events.event_key(text, clause, pos, phase=phase, search=fresh)
            assert events.event_key(text, clause, pos, phase=phase) == expected, text
    assert len(events._SEARCHES) <= 8
