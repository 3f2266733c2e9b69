"""parse_numbers: figures, hedges, vague amounts and ranges; the project's news case file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extract.numbers import parse_numbers

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases" / "numbers_news.jsonl").open()]


def _close(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1e-9 * max(1, abs(b)))


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c['kind']}:{c['input'][:40]}") for c in CASES])
def test_news_cases(case: dict[str, object]) -> None:
    got = parse_numbers(str(case["input"]))
    expected = case["expected"]
    assert isinstance(expected, list)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g.text == e["text"]
        assert str(case["input"])[g.start : g.end] == g.text
        for field in ("value", "low", "high"):
            assert _close(getattr(g, field), e[field]), field
        assert (g.low_inclusive, g.high_inclusive) == (e["low_inclusive"], e["high_inclusive"])


def test_case_file_is_big_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("in 1999", "year", id="year"),
        pytest.param("a 4.5 percent contraction", "percent", id="percent"),
        pytest.param("12% of voters", "percent", id="percent-sign"),
        pytest.param("damage of $3 billion", "money", id="money"),
        pytest.param("at 10:51 a.m. IST", "time", id="time"),
        pytest.param("left 59 dead", "number", id="count"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    assert parse_numbers(text)[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the 180ml liquid", id="glued-unit"),
        pytest.param("the May 4th", id="ordinal-date"),
        pytest.param("We will go.", id="no-figure"),
        pytest.param("a second embassy bombing", id="ordinal-word"),
        pytest.param("The one you mentioned is invalid", id="pronoun-one"),
        pytest.param("a twenty-first-century army", id="ordinal-compound"),
    ],
)
def test_no_number(text: str) -> None:
    assert parse_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I can give you 3 hundred and 21 yuan.", [("3 hundred and 21", 321)], id="digits-and-words"),
        pytest.param("two thirds of a million", [("two thirds of a million", 2_000_000 / 3)], id="fraction-of-scale"),
        pytest.param(
            "one hundred and three quarters", [("one hundred and three quarters", 100.75)], id="whole-and-frac"
        ),
        pytest.param(
            "two million and three fifths", [("two million and three fifths", 2_600_000)], id="scale-and-frac"
        ),
        pytest.param("Half a million people fled.", [("Half a million", 500_000)], id="half-a-million"),
        pytest.param("The answer is minus five point five", [("minus five point five", -5.5)], id="minus-words"),
        pytest.param("two hundred point seventy-one", [("two hundred point seventy-one", 200.71)], id="point-tens"),
        pytest.param("a trillionth", [("a trillionth", 1e-12)], id="tiny-fraction"),
        pytest.param("1.3x10^6 and 2.5^-1", [("1.3x10^6", 1_300_000), ("2.5^-1", 0.4)], id="powers"),
        pytest.param("The result is 12,34,567.89", [("12,34,567.89", 1_234_567.89)], id="lakh-grouping"),
        pytest.param("the result is ¾", [("¾", 0.75)], id="vulgar-fraction"),
        pytest.param("192.168.1.2", [("192", 192), ("168", 168), ("1", 1), ("2", 2)], id="dotted-chain"),
        pytest.param(
            "they were playing three-nought-four", [("three", 3), ("nought", 0), ("four", 4)], id="word-chain"
        ),
        pytest.param("The total is three lakh crore", [("three lakh crore", 3e12)], id="lakh-crore"),
        pytest.param("either 10 bln or 2mil", [("10 bln", 1e10), ("2mil", 2e6)], id="suffixes"),
        pytest.param("The patient tested negative two days later.", [("two", 2)], id="negative-is-a-result"),
        pytest.param("I want to earn $2000 over 3 years", [("2000", 2000), ("3", 3)], id="over-after-figure"),
        pytest.param("<>30", [("30", 30)], id="no-such-comparison"),
    ],
)
def test_forms(text: str, expected: list[tuple[str, float]]) -> None:
    got = parse_numbers(text)
    assert [m.text for m in got] == [t for t, _ in expected]
    for m, (_, value) in zip(got, expected, strict=True):
        assert _close(m.value, value)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "inclusive"),
    [
        pytest.param("In 2021 over 3,000 people died.", "over 3,000", 3000, None, (False, False), id="over-after-year"),
        pytest.param(
            "The number is above 1000 and below 1500",
            "above 1000 and below 1500",
            1000,
            1500,
            (False, False),
            id="two-comparisons",
        ),
        pytest.param("The number range is 1000 - 5000", "1000 - 5000", 1000, 5000, (True, True), id="spaced-dash"),
        pytest.param(
            "He scores between negative ten and fifteen.",
            "between negative ten and fifteen",
            -10,
            15,
            (True, True),
            id="negative-word-range",
        ),
        pytest.param(
            "His score is 200 or greater than 190",
            "greater than 190",
            190,
            None,
            (False, False),
            id="postfix-yields-to-hedge",
        ),
        pytest.param(
            "His score is more than 5000 or equal to it",
            "more than 5000 or equal to",
            5000,
            None,
            (True, False),
            id="or-equal",
        ),
        pytest.param(
            "More than half of the voters stayed home.",
            "More than half",
            0.5,
            None,
            (False, False),
            id="more-than-half",
        ),
    ],
)
def test_bounds(text: str, span: str, low: float | None, high: float | None, inclusive: tuple[bool, bool]) -> None:
    (m,) = [m for m in parse_numbers(text) if m.low != m.high]
    assert (m.text, m.low_inclusive, m.high_inclusive) == (span, *inclusive)
    assert _close(m.low, low) and _close(m.high, high)


def test_counts_are_ints() -> None:
    (m,) = parse_numbers("about 2,500 troops")
    assert all(isinstance(x, int) for x in (m.value, m.low, m.high))


@pytest.mark.xfail(strict=True, reason="'X over Y' is read as a hedge: in news 'over 200' means more than 200")
def test_ratio_over_is_not_a_fraction() -> None:
    (m,) = parse_numbers("one over three")
    assert m.value == pytest.approx(1 / 3)
