"""More quick ways of the date parser and of ``events``, each run against the plain code it stands for."""

from __future__ import annotations

import random
from itertools import product

from factcheck.extract.claims import events
from factcheck.extract.dates import combine as datecombine
from factcheck.extract.dates import parse as dates
from factcheck.extract.text import Span, run_offsets

_WORDS = [
    *("after", "from", "before", "since", "starting", "beginning", "on", "of", "commencing", "to", "than", "as"),
    *("by", "until", "till", "=", ">", "<", ">=", "w/c", "week", "the", "prior", "later", "earlier", "greater"),
    *("early", "late", "in", "said", "xsince", "weekly", "nearby", "upto", "", "Ago"),
]


def test_may_any_lets_through_all_the_may_checks_do() -> None:
    for spaced, last, prev in product((True, False), _WORDS, _WORDS):
        t = (spaced, last, prev)
        some = (
            datecombine._may_offset(t)
            or datecombine._may_for(t)
            or datecombine._may_week_of(t)
            or datecombine._may_open(t)
        )
        assert datecombine._may_any(t) or not some, t


def test_range_gap_matched_in_place_is_the_gap_matched_alone() -> None:
    r = random.Random(2)
    bits = [" ", "  ", "-", "–", "—", "~", "to", "TO", "and", "x", "\n", "thru", "until", ",", "a"]
    rx = datecombine._rx()["range"]
    for _ in range(5000):
        text = "".join(r.choice(bits) for _ in range(r.randint(0, 8)))
        lo, hi = sorted(r.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        assert bool(rx.fullmatch(text, lo, hi)) == bool(rx.fullmatch(text[lo:hi])), (text, lo, hi)


def _plain_is_date_line(text: str, start: int, end: int) -> bool:
    """``events.is_date_line`` without its quick no."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if events._DATE_LINE.match(before + "\x00" + after) or (
        not before.strip(" ,:").replace("Published", "").strip() and not after.strip(" .")
    ):
        return True
    return bool(events._CAPS_PLACE.match(before)) and bool(events._AGENCY_TAIL.match(after))


def test_date_line_quick_no() -> None:
    r = random.Random(4)
    bits = [
        *("Published", "published", "UPDATED", "Posted", "posted:", "LAGOS", "NEW YORK", "Reuters", "said", "on"),
        *(" ", ", ", ": ", "-", ".", "/", "(", "\n", "2022", "7", "ſ", "K", "é", "/TASS/", "Jan. 13", "x", "—"),
    ]
    for _ in range(20000):
        before = "".join(r.choice(bits) for _ in range(r.randint(0, 4)))
        after = "".join(r.choice(bits) for _ in range(r.randint(0, 3)))
        text = before + "DATE" + after
        start, end = len(before), len(before) + 4
        assert events.is_date_line(text, start, end) == _plain_is_date_line(text, start, end), text


def test_event_search_shared_over_a_text_finds_what_a_fresh_one_does() -> None:
    r = random.Random(6)
    table = events._table("events")[1] | events._table("phases")[1]
    forms = [*table, "began", "Withdrawal", "the", "troops", ",", "on", "2022", "said", "deadline"]
    for _ in range(300):
        text = " ".join(r.choice(forms) for _ in range(r.randint(1, 30)))
        shared = events._Search(text, events._starts(text))
        for _ in range(10):
            lo, hi = sorted(r.sample(range(len(text) + 1), 2))
            clause, pos = Span(start=lo, end=hi), r.randrange(len(text) + 1)
            fresh = events.event_key(text, clause, pos, phase=True)
            assert events.event_key(text, clause, pos, phase=True, search=shared) == fresh, text


def test_run_starts_looked_up_are_those_worked_out() -> None:
    text = "On Jan. 6, 2022 and5to7 May, the 1990s; q1 2019 " + "x" * 3
    words = run_offsets(text)[0]
    assert dates._infos(words) == [dates._run_starts(w) for w in words]
    assert dates._infos(words) == [dates._run_starts(w) for w in words]  # now from what was kept


def test_starts_table_from_given_runs_is_the_table_from_the_text() -> None:
    for text in ["The pullout began on Jan. 6; the withdrawal DEADLINE is near.", "İn 2020 troops left", ""]:
        events._TABLES.clear()
        given = events._starts(text, run_offsets(text))
        events._TABLES.clear()
        assert events._starts(text) == given
