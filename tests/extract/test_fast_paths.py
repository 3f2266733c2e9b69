"""The quick ways of the date parser and of ``context`` find what the plain regex scans they stand for find.

Each fast path tries a pattern only where a table says it can match (``datepatterns.STARTS``, the event
words, the scope cue words); these tests run both ways over texts built to hit the edges: words glued
together ("and2009", "weekendEOY"), mixed case, odd separators, and characters that lower-case or
case-fold unlike ASCII. A pattern changed without its entry in ``STARTS`` shows up here first.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest

from factcheck.extract import context
from factcheck.extract.claims import events
from factcheck.extract.dates import parse as dates
from factcheck.extract.dates.atoms import Atom, _atom
from factcheck.extract.dates.cal import DateMention, mention_of, words
from factcheck.extract.text import Span, plain, run_offsets, sentences, span

CASES = Path(__file__).parent / "cases"

_GLUE = ["", " ", " ", " ", ", ", "-", "/", ".", ". ", " - ", "–", "~", "\n", "  ", "=", "'", "(", ")", ";", "’"]
_EXTRA = (
    "the in of on by from between since during until till to through thru and before after this next last past"
    " within today yesterday tomorrow tonight now ago earlier later hence year's calendar cy q1 H2 quarter half"
    " first 2nd beginning mid late EOY week weeks month weekend workweek decade century nineties 1990s '90s"
    " 2019 19 7th 21st 5 12 31 20190105 2014 2022-01-06 10/16 1/2020 5-7 date s starting prior than early as"
)


def _vocabulary() -> list[str]:
    w = words()
    keys = ("months", "weekdays", "holidays", "movable", "units", "ordinal_days", "small_numbers")
    return [*(x for k in keys for x in w[k]), *_EXTRA.split(), "may", "March", "Sun", "Mon.", "Jan.", "Sept.", "St."]


def _texts(seed: int, count: int) -> list[str]:
    r = random.Random(seed)
    vocab = _vocabulary()
    out = []
    for _ in range(count):
        tokens = []
        for _ in range(r.randint(1, 12)):
            t = r.choice(vocab)
            x = r.random()
            t = t.capitalize() if x < 0.2 else t.upper() if x < 0.25 else t
            tokens += [t, r.choice(_GLUE)]
        out.append("".join(tokens))
    return out


def _key(found: list[tuple[str, re.Match[str]]]) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    return [(name, m.span(), m.groupdict()) for name, m in found]


@pytest.mark.parametrize("seed", range(4))
def test_candidates_are_those_of_the_full_scan(seed: int) -> None:
    for text in _texts(seed, 400):
        assert _key(dates.candidates(text)) == _key(dates._scan_all(text)), text


def test_candidates_on_the_conformance_and_news_cases() -> None:
    conformance = Path(__file__).parents[2].parent / "shared" / "conformance" / "recognizers_datetime_en.jsonl"
    files = [CASES / "numbers_news.jsonl", *([conformance] if conformance.exists() else [])]
    texts = [json.loads(line)["input"] for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    r = random.Random(11)
    spaces = [[j for j, c in enumerate(t) if c == " "] for t in texts]
    glued = [t[:i] + t[i + 1 :] for t, at in zip(texts, spaces, strict=True) for i in r.sample(at, min(2, len(at)))]
    for text in texts + glued:  # and with words run together: "2014 to2018"
        assert _key(dates.candidates(text)) == _key(dates._scan_all(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "between 2007 and2009",
        "The range is 2014 to2018, sales of 2007 and2009",
        "from 26th june of 2020 to28th june of 2020",
        "I will travel in Japan on 26 june in 2019 to 28 june in 2020.",
        "memorial day weekendEOY - st. patrick's day",
        "lastyear to date",
        "calendar year2019 and cy2020",
        "Juneeighth, jan22 and 5to7 May",
        "'90s, = 2019, q12019",
        "In ſeptember 2019 and İn 2020",  # not plain: the full scan is used
        "on ٣ January",
    ],
)
def test_edge_cases(text: str) -> None:
    assert _key(dates.candidates(text)) == _key(dates._scan_all(text))


def test_plain() -> None:
    assert plain("On Jan. 6 “quoted” — dash")
    assert not plain("\u017funday") and not plain("\u0130stanbul") and not plain("\u212aelvin")
    assert not plain("\u0663 days")


def test_quick_constructors_build_what_the_dataclasses_do() -> None:
    day = dt.date(2022, 1, 13)
    built = mention_of("Jan. 13", 3, 10, day, day, day, "day", True)
    assert built == DateMention(
        text="Jan. 13", char_start=3, char_end=10, date=day, start=day, end=day, precision="day", relative=True
    )
    assert _atom(built, "day", False, 1, 13) == Atom(mention=built, kind="day", explicit_year=False, month=1, day=13)


def test_run_offsets_and_span() -> None:
    assert run_offsets("Jan-6, 2022!") == (("jan", "6", "2022"), (0, 4, 7))
    assert span(2, 5) == Span(start=2, end=5) and hash(span(2, 5)) == hash(Span(start=2, end=5))


def _clauses_by_regex(text: str, sents: tuple[Span, ...]) -> list[tuple[int, int]]:
    out = []
    for s in sents:
        begin = s.start
        for m in context._CLAUSE_BREAK.finditer(text, s.start, s.end):
            if m.start() > begin:
                out.append((begin, m.start()))
            begin = m.end()
        if s.end > begin:
            out.append((begin, s.end))
    return out


def test_clauses_are_those_of_the_break_pattern() -> None:
    r = random.Random(7)
    alphabet = ["a", "b", " ", " ", ",", ";", ":", "(", ")", "—", "–", "\t", "\n", "\xa0", "\u2009", "-", "."]
    for _ in range(20000):
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 30)))
        cuts = sorted(r.sample(range(len(text) + 1), min(len(text) + 1, r.randint(0, 6))))
        sents = tuple(Span(start=cuts[i], end=cuts[i + 1]) for i in range(0, len(cuts) - 1, 2))
        assert [(c.start, c.end) for c in context._clauses(text, sents)] == _clauses_by_regex(text, sents)


def test_background_skips_only_clauses_that_cannot_match(monkeypatch: pytest.MonkeyPatch) -> None:
    r = random.Random(3)
    bits = [
        "In 2004 attack, other earlier quakes hit.",
        "the deadliest since 1990",
        "On that day, 12 died.",
        "At the time (2010 earthquake) which killed",
        "Troops left on Jan. 6, 2022.",
        "the worst storm since 2019 floods",
        "Previous  deadly   wars",
        "prior 2 major explosions",
        "since March 2001,",
    ]
    for _ in range(300):
        text = " ".join(r.choice(bits) for _ in range(r.randint(1, 8)))
        sents = sentences(text)
        clauses = tuple(context._clauses(text, sents))
        starts = tuple(c.start for c in clauses)
        fast = context._background(text, sents, clauses, 2022, starts)
        with monkeypatch.context() as m:
            m.setattr(context, "plain", lambda _text: False)
            assert context._background(text, sents, clauses, 2022, starts) == fast, text


def test_event_matches_are_those_of_the_pattern() -> None:
    r = random.Random(5)
    table = events._table("events")[1]
    forms = [*table, "Withdrawal", "PULL-OUT", "pulled  out", "xleave", "leaves", "the", "troops", ",", "on", "2022"]
    for _ in range(2000):
        text = " ".join(r.choice(forms) for _ in range(r.randint(1, 12)))
        pattern = events._events()[0]
        lo, hi = sorted(r.sample(range(len(text) + 1), 2))
        pos = r.randrange(len(text) + 1)
        expected = None
        for m in pattern.finditer(text, lo, hi):
            if expected is None or abs((m.start() + m.end()) // 2 - pos) < abs(
                (expected.start() + expected.end()) // 2 - pos
            ):
                expected = m
        found = events._nearest("events", pattern, text, lo, hi, pos)
        assert (found and found.span()) == (expected and expected.span()), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The toll rose to 44 on ", id="rose-on"),
        pytest.param("had reached 120 by ", id="reached-by"),
        pytest.param("The count WAS  REVISED to more than 3,000 people as of ", id="upper-case"),
        pytest.param("the total ro\u017fe to 12 on ", id="long-s"),
        pytest.param("it \u017ftood at 9 dead on ", id="long-s-stood"),
        pytest.param("it stands at 1.5 million on ", id="stands"),
        pytest.param("they arrived on ", id="no-verb"),
        pytest.param("the toll rose to 44 in ", id="no-last-word"),
        pytest.param("aroseto 4 on ", id="glued"),
    ],
)
def test_figure_given_is_the_search(text: str) -> None:
    for lo in range(len(text) + 1):
        plain = events._FIGURE_GIVEN.search(text, lo, len(text)) is not None
        assert events._figure_given(text, lo, len(text)) == plain, lo


def test_figure_given_on_made_texts() -> None:
    r = random.Random(13)
    verbs = [*events._GIVEN_VERBS, "stands", "was raised", "was  revised", "ro\u017fe", "\u017fTOOD", "fellow"]
    words = ["to", "at", "more than", "over", "12", "1,500", "million", "dead", "the", "toll", "x", "", "of"]
    found = 0
    for _ in range(3000):
        parts = [r.choice(words) for _ in range(r.randint(0, 3))]
        parts += [r.choice(verbs), *(r.choice(words) for _ in range(r.randint(0, 3))), r.choice(("on", "by", "as of"))]
        text = " ".join(p.upper() if r.random() < 0.2 else p for p in parts) + r.choice([" ", "", "\n"])
        lo = r.choice((0, r.randrange(len(text) + 1)))
        plain = events._FIGURE_GIVEN.search(text, lo, len(text)) is not None
        assert events._figure_given(text, lo, len(text)) == plain, (text, lo)
        found += plain
    assert found > 50  # the texts do reach the pattern
