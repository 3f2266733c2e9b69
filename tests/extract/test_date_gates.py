"""The date parser's quick ways (``patterns.NEEDS``, the MOND class and the third runs of ``patterns.STARTS``, a
bare weekday) against the plain versions they stand for.

Randomized with a fixed seed: texts built from the date vocabulary, glued in every way, each read by
``candidates`` (which uses the quick noes) and by ``_scan_all`` (every pattern over every window).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from factcheck.extract.dates import atoms, cal
from factcheck.extract.dates import parse as dates
from factcheck.extract.dates.cal import words
from factcheck.extract.dates.patterns import NEEDS, anchor, compiled, names, start_sets
from factcheck.extract.text import plain, run_offsets

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


def _plain_weekday(m: re.Match[str], g: dict[str, Any], ref: dt.date | None) -> atoms.Atom | None:
    """``atoms._weekday`` as first written, before its quick way for a bare weekday."""
    if ref is None:
        return None
    wd = cal.weekday_number(g["wd"])
    mod = " ".join((g.get("mod") or "").lower().split())
    week = (g.get("week") or "").lower()
    this_monday = cal.monday(ref)
    if week:
        day = this_monday + (atoms._WEEK_OFFSETS[week] + wd) * cal.DAY
    elif mod in ("next", "following"):
        day = this_monday + (7 + wd) * cal.DAY
    elif mod in ("last", "previous"):
        day = this_monday + (wd - 7) * cal.DAY
    elif mod in ("coming", "upcoming", "this upcoming"):
        day = cal.weekday_before(ref, wd) + 7 * cal.DAY if ref.weekday() >= wd else this_monday + wd * cal.DAY
    elif mod in ("past", "this past"):
        day = cal.weekday_before(ref, wd, strictly=True)
    elif mod in ("this", "current", "same"):
        day = this_monday + wd * cal.DAY
    elif mod == "that":
        return None
    elif atoms._declared(m):
        day = ref + (wd - ref.weekday()) % 7 * cal.DAY
    elif atoms._future(m):
        day = cal.weekday_before(ref, wd) + 7 * cal.DAY if ref.weekday() >= wd else this_monday + wd * cal.DAY
    else:
        day = cal.weekday_before(ref, wd)
    return atoms.day_atom(m, day, relative=True, explicit=False)


def test_weekday_is_that_of_the_plain_way() -> None:
    r = random.Random(8)
    leads = ["", "", "He will appear ", "They declared ", "declared a holiday from ", "mourning on ", "It was "]
    mods = ["", "", "", "next ", "last ", "this ", "this past ", "coming ", "upcoming ", "that ", "same ", "past "]
    weeks = ["", "", "", " next week", " of last week", " the following week", " this week"]
    days = [*words()["weekdays"], "Monday", "Fri.", "SUNDAY"]
    names_ = ("weekday", "week_wd")
    for _ in range(1500):
        text = (
            r.choice(leads) + r.choice(mods) + r.choice(days) + r.choice(weeks) + r.choice(["", ".", " as a holiday"])
        )
        if r.random() < 0.3:
            text = "next week on " + r.choice(days)
        ref = dt.date(2022, 1, 1) + dt.timedelta(days=r.randrange(400))
        for name, m in dates.candidates(text):
            if name in names_:
                g = m.groupdict()
                assert atoms._weekday(m, g, ref, None) == _plain_weekday(m, g, ref), (text, ref)


def test_windows_are_those_merged_from_the_full_anchor_scan() -> None:
    for text in _texts(41, 800) + _month_texts(43, 300):
        if not plain(text):
            continue
        words_, offsets = run_offsets(text)
        if not words_:
            continue
        starts = dates._anchor_starts(text, dates._infos(words_), words_, offsets)
        expected = dates._merge(text, [m.span() for m in anchor().finditer(text)])
        assert dates._windows(text, starts) == expected, text


def _day_range_texts(seed: int, count: int) -> list[str]:
    """Texts of two days and a connector, as day_range reads them ("5 - 7 May", "19 to28 June", "5-939 troops")."""
    r = random.Random(seed)
    days = ["5", "07", "19", "31", "7th", "21st", "939", "2005", "first", "twenty-first", "twenty first", "third"]
    joins = ["-", " - ", "–", " – ", " to ", "to", " to the ", " and ", "and", " through ", "-the ", " ", ", ", "/"]
    leads = ["", "", "between ", "from ", "the ", "May ", "June the ", "In "]
    tails = [" May", " of June", " June 2020", "", " troops", ", 2020", "May"]
    return [
        r.choice(leads) + r.choice(days) + r.choice(joins) + r.choice(days) + r.choice(tails) + r.choice(_GLUE)
        for _ in range(count)
    ]


def test_day_range_starts_are_those_of_the_full_scan() -> None:
    for text in _day_range_texts(9, 3000):
        assert _key(dates.candidates(text)) == _key(dates._scan_all(text)), text


_THREE_RUN_PHRASES = [
    "a couple of days ago",
    "couple of weeks earlier",
    "a couple days ago",
    "2 years and 3 months ago",
    "two years, six months ago",
    "3 weeks's later",
    "three days from now",
    "a week hence",
    "an hour ago",
    "the twenty one May",
    "Monday, the twenty-first of May",
    "the 5th day of May",
    "5 of May",
    "17 day of June",
    "the thirty first of May",
    "Fri. the the 5th May",
    "the next 3 days",
    "the within the next 3 days",
    "within the next 3 days",
    "the 3 past days",
    "the a couple of past days",
    "the couple of past days",
    "a couple past days",
    "3 past weeks",
    "a couple of past weeks",
    "in the this May",
    "before the next June",
    "in last May",
    "during the March",
    "January two thousand",
    "May two thousand and five",
    "June seventeen hundred",
    "Monday, the 5th",
    "Monday the 17 of June",
    "the 17 member",
    "17 of them",
    "two weeks before",
    "Monday, the interior",
    "in the centre",
]


def _three_run_texts(seed: int, count: int) -> list[str]:
    """Texts of the three-run starts of ``STARTS`` (dm, my, in_month, ago, rolling): phrases that match and
    near misses, with a word swapped for another of them now and then ("a couple of them ago", "the 17 member")."""
    r = random.Random(seed)
    vocabulary = sorted({w for p in _THREE_RUN_PHRASES for w in p.split()} | {"the", "of", "and", "x"})
    out = []
    for _ in range(count):
        parts = []
        for _ in range(r.randint(1, 3)):
            phrase = r.choice(_THREE_RUN_PHRASES).split()
            if r.random() < 0.5:
                phrase[r.randrange(len(phrase))] = r.choice(vocabulary)
            parts.append(" ".join(phrase))
        glue = r.choice([" ", ", ", " and ", ". ", "-", "/", "\n", " to "])
        out.append(r.choice(["", "On ", "It was ", "In "]) + glue.join(parts) + r.choice(["", ".", " 2020", ","]))
    return out


def test_three_run_starts_are_those_of_the_full_scan() -> None:
    for text in _three_run_texts(13, 6000):
        assert _key(dates.candidates(text)) == _key(dates._scan_all(text)), text
