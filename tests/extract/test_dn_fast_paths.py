"""The third round of quick ways in the date and number parsers against the plain versions they stand for.

Each test runs a quick way and its plain version over hand-written texts that hit its edges (and over the
generated texts of the earlier rounds), so that a quick way that drifts from its plain version fails.
"""

from __future__ import annotations

import pytest

from factcheck.extract.dates import atoms
from factcheck.extract.dates import parse as dates
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
