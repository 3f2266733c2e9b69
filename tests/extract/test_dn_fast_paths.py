"""The third round of quick ways in the date and number parsers against the plain versions they stand for.

Each test runs a quick way and its plain version over hand-written texts that hit its edges (and over the
generated texts of the earlier rounds), so that a quick way that drifts from its plain version fails.
"""

from __future__ import annotations

import random

import pytest

from factcheck.extract.dates import atoms
from factcheck.extract.dates import parse as dates
from factcheck.extract.numbers import forms as numforms
from factcheck.extract.numbers import scan as numscan
from factcheck.extract.text import plain, run_offsets

from .test_numscan import TEXTS as NUMBER_TEXTS

FIGURE_TEXTS = [
    pytest.param("Five of the 12 said 3,400 and a few", id="docstring"),
    pytest.param("five5 one1 a4 covid19 Five5,6 5five FIVE5 fifty-five", id="glued-digits"),
    pytest.param("/5 ,5 x5 (5 -5 .5 5,5 5/5 ./5 1,234 1/2", id="digit-after-separator"),
    pytest.param("5 people", id="digit-at-start"),
    pytest.param("a few, several dozen, tens of thousands, a couple", id="vague"),
    pytest.param("Ōsaka’s “mayor” said — on 14 January — that three thousand left", id="non-ascii"),
    pytest.param("thirty\u00a0five\u2009people\x1cten", id="odd-white-space"),
    pytest.param("", id="empty"),
    pytest.param("ſlain 5 and İstanbul: 5 and 5 \u212a", id="not-plain"),
]


@pytest.mark.parametrize("text", FIGURE_TEXTS)
def test_figure_starts_from_runs_are_those_of_the_scan(text: str) -> None:
    if plain(text):
        assert numscan._from_runs(text, *run_offsets(text)) == numscan._scan(text)
    else:
        assert numscan.starts(text) == numscan._scan(text)


def test_figure_starts_from_runs_on_generated_texts() -> None:
    for text in NUMBER_TEXTS:
        if plain(text):
            assert numscan._from_runs(text, *run_offsets(text)) == numscan._scan(text), text


FUTURE_TEXTS = [
    pytest.param("He will appear before a judge on Monday.", id="will"),
    pytest.param("He WILL appear before a judge on Monday and Tuesday.", id="upper-case"),
    pytest.param("The talks are due to resume on Friday; the vote is scheduled to be held on Sunday.", id="due-to"),
    pytest.param("She plans to leave on Friday, he intends to stay until Sunday", id="plans-intends"),
    pytest.param("This is what happened on Monday. It will rain on Tuesday", id="sentence-cut"),
    pytest.param("willing to talk on Monday, this Tuesday, wills on Wednesday, is-due to Thursday", id="inside-words"),
    pytest.param("He said he will come on Friday. He will come, he said, on Saturday", id="said"),
    pytest.param("It\twill\nrain on Sunday; they are\u00a0set to meet on Monday", id="odd-white-space"),
    pytest.param("He ſhall come on Monday; İt is set to open on Friday", id="not-plain"),
    pytest.param("Monday", id="at-start"),
    pytest.param("x" * 100 + " will " + "y" * 30 + " on Monday", id="far-back"),
]


@pytest.mark.parametrize("text", FUTURE_TEXTS)
def test_future_is_the_search(text: str) -> None:
    found = [m for name, m in dates.candidates(text) if name == "weekday"]
    assert found
    for m in found:
        start = m.start()
        lo = max(0, start - 80)
        cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
        expected = atoms._FUTURE.search(text, cut + 1 if cut >= 0 else lo, start) is not None
        assert atoms._future(m) == expected, m


BARE_TEXTS = [
    pytest.param("The 12 people were killed in 2022 when 3 more died", id="plain"),
    pytest.param("1,234 1.5 1 234 1\u00a0234 1\u202f234 12,5 5,00", id="grouped-and-decimal"),
    pytest.param("3/4 3 / 4 1 1/2 2e5 2E-3 2.5^-1 6 x 10^4 6x10^-4 3½", id="fractions-and-exponents"),
    pytest.param("10k 10 k 5bn 5 bn 5 bln 3 m 3 mil 3 M 3 MM 7 B 7 G 7 T 7 tn 10 kg 5 bodies", id="suffixes"),
    pytest.param("3 hundred 2 million 4 dozens 4 dz 4 doz 4 dozen eggs 3 hundredth", id="scales"),
    pytest.param("2 and a half, 2 and 3, 2 andes, 2\tand\na half", id="and-a-half"),
    pytest.param("A4 x5 _5 .5 ,5 /5 -5 a-5 5-5 5–5 (5) $5 5% ٣ 5٣", id="before-the-digits"),
    pytest.param("5", id="alone"),
    pytest.param("5 ", id="space-at-end"),
]


def _bare_agrees(text: str) -> None:
    """Where ``forms._bare`` matches, ``forms._numeric`` matches the same digits and nothing else."""
    numeric, bare = numforms._numeric(), numforms._bare()
    for d, char in enumerate(text):
        if char.isdecimal() and (b := bare.match(text, d)) is not None:
            m = numeric.match(text, d)
            assert m is not None and m.span() == b.span() == m.span("num"), (text, d)
            assert all(v is None for k, v in m.groupdict().items() if k != "num"), (text, d)


@pytest.mark.parametrize("text", BARE_TEXTS)
def test_bare_digits_are_what_the_figure_pattern_finds(text: str) -> None:
    _bare_agrees(text)
    want = [m.span() for m in numforms._numeric().finditer(text)]
    assert [m.span() for m in numforms._figures(text, None)] == want


def test_bare_digits_on_generated_texts() -> None:
    r = random.Random(17)
    pieces = [*"0123456789 \u00a0\u202f\n,./-–eE^xX×½kKmMBGT_é٣−$%()", "bn", "bln", "mil", "tn", "MM", "10", "2022"]
    pieces += [" hundred", " dozens", " dz", " and a half", " and", "people", "Minus ", "th", "hundredth"]
    texts = [*NUMBER_TEXTS, *("".join(r.choice(pieces) for _ in range(r.randint(1, 12))) for _ in range(3000))]
    for text in texts:
        _bare_agrees(text)
