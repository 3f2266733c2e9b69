"""The date parser's quick noes (``patterns.NEEDS``, the MOND class of ``patterns.STARTS``) against the plain scans.

Randomized with a fixed seed: texts built from the date vocabulary, glued in every way, each read by
``candidates`` (which uses the quick noes) and by ``_scan_all`` (every pattern over every window).
"""

from __future__ import annotations

import random

from factcheck.extract.dates import parse as dates
from factcheck.extract.dates.cal import words
from factcheck.extract.dates.patterns import NEEDS, compiled, names, start_sets

from .test_fast_paths import _GLUE, _key, _texts


def test_a_pattern_never_matches_a_text_without_what_it_needs() -> None:
    texts = [t.replace("/", g) for g in ("", " ", "-", ".", " -", " .", "\\") for t in _texts(21, 600)]
    texts += ["5 -7", "on 5 -7", "Monday 5 .7", "12 -10-2020", "3 .4 .2020", "on 1-2 and 3.4"]
    for name, needed in NEEDS.items():
        pattern = compiled(names().index(name))
        for text in texts:
            if needed not in text:
                assert pattern.search(text) is None, (name, text)


def _month_texts(seed: int, count: int) -> list[str]:
    """Texts of month names glued to digits, day words and other words ("jan22", "junefirst", "mayor")."""
    r = random.Random(seed)
    months = [*words()["months"], "Jan.", "Sept.", "MAY", "March"]
    after = [*"0123456789", *start_sets()["DWF"], "22nd", "or", "k", "the", "ia", "s", "-first", " 5", " the 5th"]
    after += ["twenty-first", " twenty first", "th", "st", ", 2020", " of", " will"]
    lead = ["", "", "Monday ", "Monday, the ", "on ", "Fri. "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(r.randint(1, 6)):
            m = r.choice(months)
            m = m.capitalize() if r.random() < 0.4 else m
            parts += [r.choice(lead), m, r.choice(after), r.choice(after) if r.random() < 0.3 else "", r.choice(_GLUE)]
        out.append("".join(parts))
    return out


def test_month_day_starts_are_those_of_the_full_scan() -> None:
    for text in _month_texts(5, 1500) + _texts(31, 400):
        assert _key(dates.candidates(text)) == _key(dates._scan_all(text)), text
