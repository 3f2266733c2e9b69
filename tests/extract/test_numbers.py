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
    ],
)
def test_no_number(text: str) -> None:
    assert parse_numbers(text) == []


def test_counts_are_ints() -> None:
    (m,) = parse_numbers("about 2,500 troops")
    assert all(isinstance(x, int) for x in (m.value, m.low, m.high))


@pytest.mark.xfail(strict=True, reason="'X over Y' is read as a hedge: in news 'over 200' means more than 200")
def test_ratio_over_is_not_a_fraction() -> None:
    (m,) = parse_numbers("one over three")
    assert m.value == pytest.approx(1 / 3)
