"""The shortcuts of figure and count extraction give exactly what the plain scans give.

``parse_numbers`` tries its patterns only where ``numscan`` says a figure can start, reads number words
only in the stretches around words that can be numbers, and counts look casualty words up only where
their letters are. Each test compares a shortcut with the scan it stands for, on generated texts full of
number words, signs, separators, casualty words and the letters case-insensitive matching treats apart.
"""

from __future__ import annotations

import dataclasses
import random
import re

from factcheck.documents import make_document
from factcheck.extract.claims import measures
from factcheck.extract.claims.countdoc import CountDoc
from factcheck.extract.context import prepare
from factcheck.extract.lexicon import data, phrase_pattern
from factcheck.extract.numbers import forms as numforms
from factcheck.extract.numbers import parse as numbers
from factcheck.extract.numbers import runs as numruns
from factcheck.extract.numbers import scan as numscan

_WORD_LIST = (
    "one two three twelve twenty-five forty hundred thousand million lakh crore dozen dozens half quarter "
    "third thirds first second point and a an minus negative Minus Negative few several scores hundreds "
    "thousands millions tens of couple or so more than at least up to about nearly over under fewer "
    "between from to through killed dead died deaths death toll injured wounded detained arrested "
    "in custody under arrest missing unaccounted for lost their lives people troops days weeks "
    "percent per cent USD $ € GMT p.m. year-old magnitude the he scores often money weight"
)
_BIT_LIST = (
    "2,500 10k 1.5 .5 -3 − 4 3/4 1,3 5,00 1.111,11 12,34,567 1 234 192.168.1.2 1-222-2222 2.5^-1 6.23x10^-4 "
    "1999 2021 ½ ٣ \u017flain \u0130njured \u212aILLED killed-in 5one A4 Il-76 (about 19 km (11.8 miles) 10:30"
)
_WORDS = _WORD_LIST.split()
_BITS = _BIT_LIST.split()
_GLUE = (" ", " ", " ", "", "  ", "\n", "\t", "-", ", ", ". ", "/", "(", ")", "'", "“", ";", "—")


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(3, 40)):
            part = rng.choice(_BITS) if rng.random() < 0.3 else rng.choice(_WORDS)
            parts.append(part.upper() if rng.random() < 0.05 else part.capitalize() if rng.random() < 0.1 else part)
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


TEXTS = [
    *_texts(300, 20220113),
    "About 2,500 troops, 3 killed and a few hundred injured; tens of thousands fled.",
    "minus 5, - 6, −7, negative  .5 and 1,2,3,4 or 3/4/5 and 5-6-7-8",
    "twenty-one hundred and five, three-nought-four, four-day, twenty-first-century, 3 hundred and 21",
    "",
    "5",
    "one",
]


def test_figures_are_those_the_pattern_finds() -> None:
    for text in TEXTS:
        want = [m.span() for m in numforms._numeric().finditer(text)]
        assert [m.span() for m in numforms._figures(text, None)] == want, text
        found = numscan.starts(text)
        if found is not None:
            assert [m.span() for m in numforms._figures(text, found.digits)] == want, text


def test_vague_amounts_are_those_the_pattern_finds() -> None:
    for text in TEXTS:
        want = [m.span() for m in numbers._vague_pattern().finditer(text)]
        assert [m.span() for m in numbers._vague_matches(text, numscan.starts(text))] == want, text


def test_number_words_are_those_a_whole_reading_finds() -> None:
    for text in TEXTS:
        whole: list[numforms.Atom] = []
        for toks in numruns._runs(text, 0, len(text)):
            numruns._run_atoms(text, toks, numbers._has_hedge_before, whole)
        assert numruns.word_atoms(text, numbers._has_hedge_before) == whole, text


def test_starts_gives_up_where_lower_casing_moves_offsets() -> None:
    assert numscan.starts("İstanbul: 5") is None
    assert numscan.starts("5 \u212a") is None  # KELVIN SIGN
    assert numscan.starts("ſlain 5") == numscan.Starts([6], [])


def test_folds_are_what_ignorecase_adds() -> None:
    chars = [chr(c) for c in range(128, 0x3000)] + ["\u212a"]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pattern = re.compile(letter, re.I)
        assert {c for c in chars if pattern.fullmatch(c)} == set(numscan.FOLDS.get(letter, "")), letter


def test_casualty_words_are_never_missed() -> None:
    for text in TEXTS:
        for start in range(0, len(text), 7):
            window = text[start : start + 40]
            if measures._any_cue().search(window):
                assert measures.may_cue(window), window


def test_casualty_trie_finds_what_the_alternation_finds() -> None:
    forms = [f for spec in data("measures.json")["measures"].values() for f in spec.get("cues", ())]
    alternation = phrase_pattern(forms)
    for text in TEXTS:
        for lo in range(0, len(text), 11):
            want = [(m.span(), m.group()) for m in alternation.finditer(text, lo, lo + 60)]
            assert [(m.span(), m.group()) for m in measures._any_cue().finditer(text, lo, lo + 60)] == want, text


def test_fast_mention_is_the_constructor() -> None:
    values = ("about 5", 3, 10, 5, 4, 6, True, False, "about", "number")
    names = [f.name for f in dataclasses.fields(numbers.NumberMention)]
    made = numbers._new_mention(*values)
    assert made == numbers.NumberMention(**dict(zip(names, values, strict=True)))
    assert hash(made) == hash(numbers.NumberMention(**dict(zip(names, values, strict=True))))


def test_document_look_ups_are_those_of_prepared() -> None:
    text = "Title line\n\nAbout 5 people died, officials said. In 1999, 20 were hurt; 3 (three) fled.\nLast one."
    prep = prepare(make_document("d", "d.txt", text))
    doc = CountDoc(prep)
    for offset in range(-1, len(text) + 2):
        assert doc.sentence(offset) == prep.sentence(offset)
        assert doc.clause(offset) == prep.clause(offset)
        assert doc.scope(offset) == prep.scope(offset)
        assert doc.is_ignored(offset, offset + 3) == prep.is_ignored(offset, offset + 3)
