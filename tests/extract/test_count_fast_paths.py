"""The shortcuts of count extraction give what the plain code gives: a claim holds the sentence and attribution
the plain code would give it, and the noun after a figure is the one the full token reading finds."""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata

import pytest

from factcheck.documents import make_document
from factcheck.extract.claims import nouns
from factcheck.extract.claims.countdoc import CountDoc, make_claim
from factcheck.extract.context import attribution, prepare
from factcheck.extract.numbers import forms as numforms
from factcheck.extract.numbers import parse as numbers
from factcheck.extract.text import squash
from factcheck.model import Claim, Count, Frame

from .test_numscan import TEXTS


def test_claim_is_what_the_constructor_gives() -> None:
    text = "Title\n\nAbout 5 people died, officials said. 20 troops left; in 2001 3 were hurt, police said."
    prep = prepare(make_document("d", "d.txt", text))
    doc = CountDoc(prep)
    frame = Frame(measure="deaths", counted="x")
    count = Count(nominal=5, low=4, high=6, qualifier="about", unit="person")
    for m in numbers.parse_numbers(text):
        sent = prep.sentence(m.start)
        made = make_claim(doc, m, sent, "deaths", count, m.start - 3, m.end + 4, frame, "x")
        start, end = max(m.start - 3, sent.start), min(m.end + 4, sent.end)
        chunk = text[sent.start : sent.end]
        want = Claim(
            id="",
            document="d",
            type="deaths",
            value=count,
            text=text[start:end],
            start=start,
            end=end,
            sentence=squash(chunk),
            key="deaths · x",
            subject="x",
            scope=prep.scope(m.start),
            attribution=attribution(chunk),
            frame=frame,
        )
        assert made == want and hash(made) == hash(want) and repr(made) == repr(want)
        assert dataclasses.asdict(made) == dataclasses.asdict(want)


def _plain_numeric_atoms(text: str) -> list[numforms.Atom]:
    """``numeric_atoms`` as it read every figure before its shortcut for bare digits: each through ``_atom``."""
    out = [
        numforms.Atom(start=m.start(), end=m.end(), value=unicodedata.numeric(m.group()))
        for m in numforms._LONE_VULGAR.finditer(text)
    ]
    skip_until = 0
    for m in numforms._numeric().finditer(text):
        end, num_end = m.end(), m.end("num")
        if m.start() < skip_until:
            continue
        if numforms._CHAIN_NEXT.match(text, end) or numforms._CHAIN_NEXT.match(text, num_end):
            chain = numforms._CHAIN.match(text, m.start("num"))
            if chain is not None and not numforms._CHAIN_NEXT.match(text, chain.end()):
                skip_until = chain.end()
                for g in numforms._DIGITS.finditer(chain.group()):
                    out.append(numforms._chain_part(text, chain.start() + g.start(), chain.start() + g.end()))
                continue
        atom = numforms._atom(text, m)
        if atom is not None:
            out.append(atom)
    return sorted(out, key=lambda a: a.start)


def test_numeric_atoms_are_those_of_the_plain_reading() -> None:
    texts = [*TEXTS, "12 and 1,300 or 2021 and 50% and 7.5 and 99999999999 and " + "9" * 400 + " and 180ml, 4th"]
    for text in texts:
        found = numforms.numeric_atoms(text)
        assert found == _plain_numeric_atoms(text), text
        assert all(type(a) is numforms.Atom for a in found)


_NOUN_WORDS = (
    "troops people pieces piece of the Armed Forces members dozens hundreds buildings UN (UN) (about 5) were killed "
    "gunmen days weeks class bus analysis iPhones aircraft staff men Women children it's lives rounds sets "
    "groups tonnes kilos ships civilians series news and who in ’s 's - _under 3 2,500 , . ; “quoted” ſoldiers "
    "was has its those says towards as"
)


def _noun_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = _NOUN_WORDS.split()
    glue = (" ", " ", " ", "  ", "\n", "\t", ", ", "-", "", "(", ")")
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_noun_after_first_plural_is_the_full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_noun_texts(400, 7), " troops left", "  people", " pieces of equipment", " members of the Armed Forces"]
    cases = [(t, pos, limit) for t in texts for pos in range(0, len(t), 3) for limit in (len(t), pos + 9)]
    fast = [nouns.noun_after(*c) for c in cases]
    monkeypatch.setattr(nouns, "_LOWER_WORD", re.compile(r"(?!)"))  # never matches: the full reading only
    assert [nouns.noun_after(*c) for c in cases] == fast
    assert sum(n is not None and n.phrase == n.head for n in fast) > 100
