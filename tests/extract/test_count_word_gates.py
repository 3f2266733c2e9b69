"""The words the count readers look for in the document lowered once (``CountDoc.low``) before a case-blind
pattern is tried turn nothing away: on random texts of awkward words (fixed seeds), wherever a pattern matches its
gate holds, and the readers given the lowered text read what they read without it."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from factcheck.documents import make_document
from factcheck.extract.claims import breakdowns, counted, counts, durations, frames, measures
from factcheck.extract.claims.countdoc import CountDoc
from factcheck.extract.context import prepare
from factcheck.extract.numbers import parse_numbers
from factcheck.extract.scan import folded
from factcheck.extract.text import singular

from .helpers import SEPARATORS, random_texts

_TOKENS = (
    *("in", "IN", "over", "during", "Within", "the", "THE", "past", "Past", "last", "previous", "next", "NEXT"),
    *("my", "My", "his", "HER", "their", "our", "Your", "other", "four", "hours", "spent", "Spending", "present"),
    *("for", "FOR", "stationed", "there", "been", "deployed", "after", "After", "x-after", "12", "two", "days"),
    *("nationwide", "Nation-wide", "countrywide", "across", "Throughout", "all", "country", "NATION", "towns"),
    *("cities", "dozens", "of", "hundreds", "other", "By", "by", "bY", "district", "Region", ":", "—", "-"),
    *("magnitude", "MAGNİTUDE", "Magnıtude", "of", "-", "among", "Including", "those", "dead", "ſurvivors"),
    *("wounded", "Missing", "arrested", "detained", "rescued", "include", "were", "comprise", "hurt", "victims"),
    *("paſt", "natİon", "ſpent", "\u212aelvin", "x", "A", "had", "passed", "exceeded", "topped", "went", "climbed"),
)
_SEPARATORS = (*SEPARATORS, "\t", "-", "\x1f")


def _texts(seed: int, n: int = 2500) -> list[str]:
    return random_texts(seed, _TOKENS, n, most=12, separators=_SEPARATORS)


def _lowered(text: str) -> CountDoc:
    """A ``CountDoc`` with only what the gates read: its text lowered (``ends_with`` is its own)."""
    doc = CountDoc.__new__(CountDoc)
    doc.text, doc.low = text, folded(text)
    return doc


def _last_words(low: str, start: int, end: int) -> list[str]:
    return low[start:end].rsplit(None, 3)[-3:]


Gate = Callable[[CountDoc, int, int], bool]
_MORE_THAN = counted._hedge_verbs()["more than"]
_GATES: list[tuple[re.Pattern[str], Gate]] = [
    (durations._WINDOW, lambda d, lo, hi: d.ends_with(lo, hi, durations._WINDOW_LAST)),
    (durations._up_to()[0], lambda d, lo, hi: d.ends_with(lo, hi, durations._up_to()[1])),
    (
        durations._PERSONAL,
        lambda d, lo, hi: any(w.endswith(durations._PERSONAL_WORDS) for w in _last_words(d.low, lo, hi)),
    ),
    (
        durations._PRESENCE_BEFORE,
        lambda d, lo, hi: _last_words(d.low, lo, hi)[-1].endswith(durations._PRESENCE_LAST),
    ),
    (durations._AFTER_BEFORE, lambda d, lo, hi: _last_words(d.low, lo, hi)[-1].endswith("after")),
    (_MORE_THAN[0], lambda d, lo, hi: d.ends_with(lo, hi, _MORE_THAN[1])),
    (counted._PAST_DAY, lambda d, lo, hi: d.low.find("hours", lo, hi) >= 0),
    (frames._NATIONWIDE, lambda d, lo, hi: measures.holds_within(d.low, lo, hi, frames._NATIONWIDE_WORDS)),
    (counts._MAGNITUDE_LEFT, lambda d, lo, hi: d.low.find("agn", lo, hi) >= 0),
]


@pytest.mark.parametrize("seed", range(3))
def test_each_pattern_holds_what_its_gate_looks_for(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed):
        doc = _lowered(text)
        for _ in range(4):
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            for pattern, gate in _GATES:
                # the readers search a window cut from the text, or the text between two offsets
                if pattern.search(text[lo:hi]) is not None or pattern.search(text, lo, hi) is not None:
                    assert gate(doc, lo, hi), (pattern.pattern[:40], text[lo:hi])
            if breakdowns._BY_HEADING.match(text, lo) is not None:
                assert doc.low[lo : lo + 2] == "by", text[lo:]
            if text[lo : lo + 11].lower() == " magnitude ":
                assert doc.low.startswith(" magnitude ", lo), text[lo:]


@pytest.mark.parametrize("seed", range(3))
def test_nationwide_reads_the_same_with_the_lowered_text(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed):
        low = folded(text)
        for _ in range(3):
            a, b, c = sorted(rng.randrange(len(text) + 1) for _ in range(3))
            figure = (b, min(c, b + 2))
            assert frames.nationwide(text, a, c, a, figure, low) == frames.nationwide(text, a, c, a, figure), text


def test_a_countable_head_opens_as_its_singular_does() -> None:
    rng = random.Random(5)
    parts = ("countr", "Countr", "member", "y", "ies", "s", "es", "ys", "ss", "x", "ch", "us", "s")
    words = ["".join(rng.choice(parts) for _ in range(rng.randrange(1, 4))) for _ in range(20000)]
    for word in words:
        head = word.lower()
        if singular(head) == "country":
            assert head.startswith("countr"), head
        if singular(head) == "member":
            assert head.startswith("member"), head


def test_the_time_words_are_the_units_of_time() -> None:
    units = durations._units()
    assert counted._time_words() == {*units["time_units"], *units["other_time_units"]}


def test_durations_read_their_hedge_and_event_in_any_case() -> None:
    text = (
        "In the past 24 hours, 37 new cases. Over the next 10 days the pullout goes on. In my 40 years as a doctor "
        "I saw it. It has spent nearly 12 years fighting there. Troops will leave after 20 years. THE STRIKE LASTED "
        "FOR THREE DAYS. Within the last 48 hours, two died. OVER THE NEXT 5 weeks, HIS 30 years ended."
    )
    doc = CountDoc(prepare(make_document("d", "d.txt", text)))
    read: dict[str, tuple[str, str | None] | None] = {}
    for m in parse_numbers(text):
        word = text[m.end :].split()[0]
        unit = word.rstrip(".,").lower()
        if unit in counted._time_words():
            claim = durations.duration_claim(doc, m, unit, text.index(word, m.end) + len(unit))
            read[m.text] = None if claim is None else (claim.value.qualifier, claim.frame.event)  # type: ignore[union-attr]
    assert read == {
        "24": None,  # the window a count is of
        "10": ("up to", "withdrawal"),
        "40": ("exact", "personal"),
        "nearly 12": ("nearly", "presence"),
        "20": ("exact", "before withdrawal"),
        "THREE": ("exact", "strike"),
        "48": None,
        "5": ("up to", None),
        "30": ("exact", "personal"),
    }


def _strip_hedge_by_words(lead: str) -> str:
    words = lead.rstrip().split(" ")
    while words and words[-1].lower().strip("\"“”'") in frames._HEDGE_WORDS:
        words.pop()
    return " ".join(words) + " "


def test_hedge_words_are_cut_from_the_end_as_the_split_words_were() -> None:
    rng = random.Random(11)
    tokens = ("about", "About", "has", "sent", "x", "", "over", '"some', "some”", "up", "to", "Country", "A", "\n")
    for _ in range(20000):
        lead = "".join(rng.choice(tokens) + rng.choice((" ", "  ", "\n", "", "\t")) for _ in range(rng.randrange(8)))
        assert frames._strip_hedge(lead) == _strip_hedge_by_words(lead), repr(lead)
