"""``measures.cue_left``'s first test (the word before the figure is a link word or ends a cue) turns nothing away: on
random texts of cues, link words and awkward characters (fixed seeds), it reads what the plain reading reads."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract.claims import measures

_TOKENS = (
    *("killed", "KILLED", "Killed", "kİlled", "ſurvivors", "dead", "death", "toll", "death toll", "injured", "the"),
    *("at", "least", "of", "to", "was", "were", "number", "as", "rose", "so", "far", "arrested", "detained"),
    *("more", "than", "(about)", "people", "the,", "at,", "\u212aILLED", "a serious condition", "in", "about"),
    *("12", "3,000", "59", "were killed", "bodies recovered", "-", "'s", "“", "evacuated", "missing", "number of"),
)
_SEPARATORS = (" ", "  ", "\n", "\xa0", ", ", "", " \u2003", ". ", "-")


def _plain(text: str, start: int, sent_start: int) -> re.Match[str] | None:
    lo = max(sent_start, start - 48)
    found = list(measures._any_cue().finditer(text, lo, start))
    if not found:
        return None
    m = found[-1]
    gap = text[m.end() : start].split()
    if len(gap) <= 4 and measures._all_links(gap) and "," not in text[m.end() : start]:
        if "as" in gap and not measures._NUMBER_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None
        return m
    return None


@pytest.mark.parametrize("seed", range(4))
def test_cue_left_reads_what_the_plain_reading_reads(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(_TOKENS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(1, 12)))
        text += rng.choice(("12", "3,000 people", "59"))
        for start in {len(text) - 2, len(text) - 5, rng.randrange(len(text) + 1)}:
            start = max(start, 0)
            sent_start = rng.randrange(start + 1)
            got, want = measures.cue_left(text, start, sent_start), _plain(text, start, sent_start)
            assert (got and got.span()) == (want and want.span()), (text, start, sent_start)
