"""Patterns written to compile faster, or compiled only for a text that needs them, find what they found before.

Each rewrite is checked against the pattern as first written on random text with a fixed seed, built to hit
its edges: every place name, capitalised words glued to them, odd white space and punctuation.
"""

from __future__ import annotations

import random
import re

from factcheck.extract.claims import participants, people
from factcheck.extract.claims.names import NAME
from factcheck.extract.lexicon import data
from factcheck.extract.scan import gated, trie


def _people_words() -> list[str]:
    p = data("people.json")
    return [
        *p["titles"],
        *p["ranks"],
        *people._places(),
        *["Ivan", "Petrov", "María", "Núñez", "Jean-Paul", "O'Neil", "Ōsaka", "J.", "al-Sayed", "de", "of", "the"],
        *["local", "former", "acting", "deputy", "then", "Guinea", "Bissau", "Republic", "Islands", "Saint", "St."],
        *["Côte", "d'Ivoire", "Åland", "U.S.", "UAE", "U.A.E", "Congo", "DR", "New", "Korea", "South", "x", "A"],
    ]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    words = _people_words()
    glue = [" "] * 12 + ["  ", "\n", "\t", "", ",", ", ", "-", ".", "'s ", "’s ", "’s", "'", "s ", " of ", " of the "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(5, 30)):
            parts += [rng.choice(words), rng.choice(glue)]
        out.append("".join(parts))
    return out


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_titled_prefix_without_one_word_places_matches_the_same() -> None:
    p = data("people.json")
    titles, ranks = trie(p["titles"], icase=True), trie(p["ranks"])
    places = trie(people._places())
    prefix = rf"(?:(?:{places}|[A-Z][\w.-]*(?:'s|’s)?|local|former|acting|deputy|then)\s+){{0,3}}?"
    old = re.compile(
        rf"(?<![\w-])(?P<pre>{prefix})(?P<title>{titles}(?:\s+{titles})*)\s+(?:(?P<rank>{ranks})\s+)?(?P<name>{NAME})"
    )
    new = people._patterns().titled
    assert len(people._prefix_places()) < len(people._places()) / 2
    for text in _texts(11, 1500):
        assert _found(old, text) == _found(new, text), text


def test_the_gates_hold_every_ranked_and_of_country_start() -> None:
    p = data("people.json")
    ranked = re.compile(rf"(?<![\w-])(?:{trie(p['ranks'])})\s+\S")
    of_country = re.compile(rf"(?<![\w-])(?:{trie(p['titles'])})\s+of\s")
    rank_words, title_of = people._gates()
    hits = [0, 0]
    for text in _texts(12, 600):
        for at in range(len(text)):
            if ranked.match(text, at):
                hits[0] += 1
                assert text.startswith(rank_words, at), (text, at)
            if of_country.match(text, at):
                hits[1] += 1
                assert title_of.match(text, at), (text, at)
    assert min(hits) > 50


def test_a_step_is_what_the_step_pattern_matches() -> None:
    country = gated(participants._names(), after=r"(?![\w-])")
    step = re.compile(rf"(?:(?P<comma>\s*,\s*)|(?P<last>\s*,?\s+(?:and|&)\s+))?(?:the\s+)?{country}")
    pats = participants._patterns()
    rng = random.Random(13)
    names = [*participants._names(), "the", "The", "bathe", "and", "&", "Chadian", "x", "G7-led", "Niger-"]
    glue = [" ", " ", "  ", "\n", "", ",", ", ", " ,", " , ", " and ", ", and ", " & ", "and", " ,and\t", "-", "the "]
    seen = set()
    for _ in range(400):
        text = "".join(rng.choice(names) + rng.choice(glue) for _ in range(rng.randint(1, 12)))
        for at in range(len(text) + 1):
            m = step.match(text, at)
            want = None if m is None else ("comma" if m["comma"] else "last" if m["last"] else None, m.end())
            assert participants._step(text, at, pats) == want, (text, at)
            seen.add(None if want is None else want[0])
    assert seen == {None, "comma", "last"}
