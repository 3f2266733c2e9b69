"""The second round of quick ways in the date parser, ``text``, ``events`` and ``people`` against their plain versions.

Each test runs the quick way and the plain one it stands for (kept here, or reached by switching the quick way
off) over hand-written texts that hit the edges, so that a quick way that drifts from its plain version fails.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import accumulate, product

import pytest

from factcheck.documents import make_document
from factcheck.extract import context
from factcheck.extract.claims import events, people
from factcheck.extract.dates import parse as dates
from factcheck.extract.dates.patterns import RUN_TESTS, anchor_words, start_sets
from factcheck.extract.text import run_offsets

_RUNS = re.compile(r"([a-z0-9]+)")


def runs(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    """The plain version of ``run_offsets``: ``text`` lower-cased and cut by a regex into runs of ASCII
    letters and digits; the runs, where each starts, and the separator that follows each."""
    parts = _RUNS.split(text.lower())  # separator, run, separator, ..., run, separator
    ends = tuple(accumulate(map(len, parts)))
    return tuple(parts[1::2]), ends[0:-1:2], tuple(parts[2::2])


def test_plain_runs() -> None:
    assert runs("Jan-6, 2022!") == (("jan", "6", "2022"), (0, 4, 7), ("-", ", ", "!"))


TEXTS = [
    pytest.param("", id="empty"),
    pytest.param("On Jan. 6, 2022 troops left.", id="plain"),
    pytest.param("Jan-6, 2022!", id="dash-bang"),
    pytest.param("between 2007 and2009, 19 to 28 June, firstto third of May", id="glued"),
    pytest.param("weekendEOY lastyear to date 1990s '90s 20190105 10/16 5-7 5~7 5.7 q1 H2", id="odd-runs"),
    pytest.param("Ōsaka’s “mayor” said — on 14 January — that 3,000 left; \u0130zmir \u017fheikh K", id="non-ascii"),
    pytest.param("  leading and trailing  \n\n", id="spaces"),
    pytest.param("a", id="one-letter"),
    pytest.param("2022", id="one-year"),
    pytest.param("x\u00a0y\u2009z\x1cq\x85r\u2028s", id="odd-white-space"),
    pytest.param("twentyfirst twenty-first thirtieth 31st 3rdto 12thand 2005ish 1999a 0012", id="day-words"),
]


def _plain_run_starts(run: str) -> dates.RunStarts:
    """``dates._run_starts`` as first written: every test, alternative and day word tried in turn."""
    t = dates._start_table()
    classes = t.words.get(run, 0)
    digit = "0" <= run[0] <= "9"
    for b, on_digits, rx in _test_classes():
        if on_digits == digit and re.match(rx, run):
            classes |= b
    if digit:
        anchor_kind = 1 if dates._ANCHOR_DIGITS.match(run) else 2 if dates._ANCHOR_SHORT.match(run) else 0
    else:
        for b, heads, excluded in t.prefixes:
            if run.startswith(heads) and run not in excluded:
                classes |= b
        letters = run if run.isalpha() else dates._LETTERS.match(run).group()  # type: ignore[union-attr]
        anchor_kind = 1 if letters in t.heads or dates._ANCHOR_QH.match(run) else 0
    alone = then = fits = fits3 = 0
    for i, (_, first, nxt, third) in enumerate(t.alternatives):
        if classes & first:
            if nxt is None:
                alone |= 1 << i
            else:
                then |= 1 << i
        if nxt is not None and classes & nxt:
            fits |= 1 << i
        if third is not None and classes & third:
            fits3 |= 1 << i
    started = set(dates._alternative_patterns(alone))
    then &= ~sum(1 << i for i, a in enumerate(t.alternatives) if a[0] in started)
    inside = _plain_inside(run)
    if not (alone or then or fits or anchor_kind or inside or fits3):
        return dates._NOTHING
    return alone, then, fits, anchor_kind, inside, fits3


def _test_classes() -> list[tuple[int, bool, str]]:
    """The ``RUN_TESTS`` the start table uses, one by one: bit, for runs starting with a digit, regex."""
    t = dates._start_table()
    out = []
    for digits in (False, True):
        bits, _ = t.tests[digits]
        used = [(n, rx) for n, d, rx in RUN_TESTS if d == digits and _in_table(n)]
        assert len(used) == len(bits)
        out += [(b, digits, rx) for b, (_, rx) in zip(bits, used, strict=True)]
    return out


def _in_table(name: str) -> bool:
    from factcheck.extract.dates.patterns import STARTS

    return any(name in (spec or "").split() for alts in STARTS.values() for alt in alts for spec in alt)


def _plain_inside(run: str) -> tuple[tuple[int, int, int], ...]:
    """``dates._inside`` without its quick noes."""
    t = dates._start_table()
    found: set[tuple[int, int, int]] = set()
    for word, k, need in t.inside:
        if run.endswith(word):
            found.add((len(run) - len(word), k, need))
    if not run.isalpha():
        for m in re.finditer(r"\d+", run):
            rest = run[m.end() :]
            if rest and not rest.startswith(dates._DAY_TAILS):
                continue
            need = 0 if rest else t.after_day
            found.add((m.end() - 1, t.day_range, need))
            if m.end() - m.start() >= 2 and run[m.end() - 2] in "0123":
                found.add((m.end() - 2, t.day_range, need))
    for word in start_sets()["DWF"]:
        at = run.find(word, 1)
        while at > 0:
            rest = run[at + len(word) :]
            if not rest or rest.startswith(dates._DAY_TAILS):
                found.add((at, t.day_range, 0 if rest or word in ("twenty", "thirty") else t.after_day))
            at = run.find(word, at + 1)
    return tuple(sorted(x for x in found if x[0] > 0))


def _runs_to_try() -> list[str]:
    words = sorted({w for s in start_sets().values() for w in s} | anchor_words())
    digits = [str(n) for n in range(0, 1000, 7)] + ["0012", "1500", "1999", "2000", "2010", "2022", "2099", "20190105"]
    digits += ["19990105", "3000", "12345678", "05", "09", "10", "12", "13", "31", "32", "99"]
    tails = ["", "st", "nd", "th", "to", "and", "s", "eoy", "year", "from", "the", "between", "first", "twenty", "x"]
    glued = [a + b for a, b in product(words[::5] + digits[::9], tails)]
    return [*words, *digits, *glued, "q1", "h4", "q5", "cy", "cy2019", "eoyx", "xeoy", "yearto", "weekendeoy"]


@pytest.mark.parametrize("chunk", range(4))
def test_run_starts_are_those_of_the_plain_way(chunk: int) -> None:
    everything = _runs_to_try()
    for run in everything[chunk::4]:
        assert dates._run_starts(run) == _plain_run_starts(run), run


@pytest.mark.parametrize("run", ["2005", "19", "fifth", "twentyfirst", "and2009", "yearto", "weekendeoy", "x1y2"])
def test_inside_is_that_of_the_plain_way(run: str) -> None:
    assert dates._inside(run) == _plain_inside(run)


def test_every_digit_run_up_to_four_digits() -> None:
    for n in range(10000):
        for run in {str(n), str(n).zfill(2), str(n).zfill(3), str(n).zfill(4)}:
            assert dates._run_starts(run) == _plain_run_starts(run), run


@pytest.mark.parametrize("text", TEXTS)
def test_run_offsets_are_the_runs(text: str) -> None:
    assert run_offsets(text) == runs(text)[:2]
    assert run_offsets.__wrapped__(text + " 2022") == runs(text + " 2022")[:2]


@pytest.mark.parametrize("text", TEXTS)
def test_infos_patched_in_place_are_those_worked_out(text: str) -> None:
    words = runs(text)[0] * 2  # each new run twice: both places patched
    dates._KNOWN.clear()
    assert dates._infos(words) == [dates._run_starts(w) for w in words]
    assert dates._infos(words) == [dates._run_starts(w) for w in words]


@pytest.mark.parametrize("text", TEXTS)
def test_anchor_starts_read_the_separator_off_the_text(text: str) -> None:
    words, offsets, seps = runs(text)
    infos = dates._infos(words)
    plain = [o for o, i in zip(offsets, infos, strict=True) if i[3] == 1]
    plain += [o for o, i, s in zip(offsets, infos, seps, strict=True) if i[3] == 2 and s.startswith(dates._AFTER_DAY)]
    plain += [m.start() for m in re.finditer(r"'(?=\d)", text)]
    assert dates._anchor_starts(text, infos, words, offsets) == sorted(plain)


@pytest.mark.parametrize("text", TEXTS)
def test_event_starts_table_is_the_plain_one(text: str) -> None:
    heads = events._heads()
    assert heads is not None
    words, offsets = runs(text)[:2]
    events._TABLES.clear()
    table = events._starts(text, (words, offsets))
    if table is None:  # not plain text: no table
        return
    found = [heads.get(w, 0) for w in words]
    assert table == {
        "events": [o for o, f in zip(offsets, found, strict=True) if f & 1],
        "phases": [o for o, f in zip(offsets, found, strict=True) if f & 2],
    }


STORIES = [
    pytest.param(
        "Troops began their withdrawal on Jan. 6, 2022, the ministry said on Thursday. The pullout ends "
        "by Wednesday next week; the deadline is 31 January.\n\nPublished: 13 January 2022",
        id="withdrawal",
    ),
    pytest.param(
        "January 13, 2022\nThe ceasefire agreed in 1999 held until late January (officials said). Since 2005 "
        "the mission, which began on 14 January, has grown. Copyright 2022 https://x.example/2022/01/13",
        id="date-line-and-ignored",
    ),
    pytest.param("", id="empty"),
    pytest.param("On Monday.", id="one-sentence"),
]


@pytest.mark.parametrize("text", STORIES)
def test_event_claims_with_inline_bisection_are_those_of_the_plain_look_ups(text: str) -> None:
    doc = make_document("x", "x.txt", text)
    prep = context.prepare(doc)
    linear = dataclasses.replace(prep, sentence_starts=None, clause_starts=None)  # prep.sentence, prep.clause walk
    assert events.extract(prep) == events.extract(linear)


@pytest.mark.parametrize("text", STORIES)
def test_reported_with_the_verbs_given_is_the_plain_answer(text: str) -> None:
    verbs = events._verb_starts(text)
    for end in range(len(text) + 1):
        assert events.reported(text, 0, end, verbs) == events.reported(text, 0, end)


PEOPLE = [
    pytest.param("Defense Minister Ivan Petrov told President Kofi Mensah.", id="titles"),
    pytest.param("President Moon; PRESIDENT MOON Jae and president moon, Lt. Col. Ann Lee.", id="cases"),
    pytest.param("Col. Gen. Oleg Markov, commander, and Vice-President Al Gore", id="ranks"),
    pytest.param("Minister Ali at the start, then (Mayor Bob Roe) and -Chief Ann Lee", id="edges"),
    pytest.param("\u0130nterior Minister Ali Veli and \u017fpokesman Bob Roe", id="not-plain"),
    pytest.param("Ōsaka’s Governor Ken Sato and CEO Jo Li", id="non-ascii"),
]


@pytest.mark.parametrize("text", PEOPLE)
def test_people_title_starts_from_runs_are_those_of_the_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = people._scans(text)
    monkeypatch.setattr(people, "_heads", lambda: None)  # the plain way: word_at over the whole text
    plain = people._scans(text)
    assert [[m.span() for m in ms] for ms in fast] == [[m.span() for m in ms] for ms in plain]
