"""parse_dates on short news-style texts: what is a date, what is not, and how relative words resolve."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import parse_dates

THU = dt.date(2022, 1, 13)  # a Thursday


def found(text: str, ref: dt.date | None = THU, **kw: object) -> list[tuple[str, str]]:
    out = []
    for d in parse_dates(text, ref, **kw):  # type: ignore[arg-type]
        out.append((d.text, str(d.date) if d.date else f"{d.start}..{d.end}"))
    return out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We will see what happens.", id="we-is-no-weekday"),
        pytest.param("Prices may rise sharply.", id="may-the-verb"),
        pytest.param("The march on the capital drew 5,000 people.", id="march-the-noun"),
        pytest.param("He was one of four soldiers; version 2.1.3 shipped.", id="one-of-four-and-versions"),
        pytest.param("Call 555-1234 or visit 10 Downing Street.", id="phone-and-address"),
        pytest.param("The 7.8-magnitude quake hit.", id="magnitude-is-no-day"),
        pytest.param("A man in his seventies and a woman in her 60s were hurt.", id="ages-are-no-decades"),
        pytest.param("The 2015-16 season was cancelled.", id="season"),
        pytest.param("The score was 7-6 after 30 minutes.", id="score"),
        pytest.param("The 4th Infantry Division moved in.", id="ordinal-unit"),
        pytest.param("He was the first. She was second.", id="ordinal-words"),
        pytest.param("Fighters used the most up to date weapons.", id="up-to-date"),
        pytest.param("In 2000 homes the power failed.", id="year-shaped-count"),
    ],
)
def test_no_false_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("on Thursday", [("Thursday", "2022-01-13")], id="bare-weekday-is-the-papers-own-day"),
        pytest.param("on Sunday night", [("Sunday night", "2022-01-09")], id="weekday-with-part-of-day"),
        pytest.param("last Thursday", [("last Thursday", "2022-01-06")], id="last-weekday-previous-week"),
        pytest.param("Wednesday next week", [("Wednesday next week", "2022-01-19")], id="weekday-next-week"),
        pytest.param("next Friday", [("next Friday", "2022-01-21")], id="next-weekday"),
        pytest.param("yesterday and today", [("yesterday", "2022-01-12"), ("today", "2022-01-13")], id="yesterday"),
        pytest.param("Jan. 22", [("Jan. 22", "2022-01-22")], id="abbreviated-month"),
        pytest.param("on Dec. 28", [("Dec. 28", "2021-12-28")], id="yearless-nearest-reading"),
        pytest.param("13 january 2022", [("13 january 2022", "2022-01-13")], id="lower-case-month-with-day"),
        pytest.param("Thursday, Jan. 6, 2022", [("Thursday, Jan. 6, 2022", "2022-01-06")], id="full-dateline"),
        pytest.param("2022-01-06", [("2022-01-06", "2022-01-06")], id="iso"),
        pytest.param("on New Year's Day", [("New Year's Day", "2022-01-01")], id="holiday"),
        pytest.param("Easter 2018", [("Easter 2018", "2018-04-01")], id="movable-feast"),
        pytest.param("in March 2015", [("March 2015", "2015-03-01..2015-03-31")], id="month-and-year"),
        pytest.param("founded in 1999", [("1999", "1999-01-01..1999-12-31")], id="bare-year-after-in"),
        pytest.param("three days ago", [("three days ago", "2022-01-10")], id="ago"),
        pytest.param("in two weeks", [("in two weeks", "2022-01-27")], id="in-two-weeks"),
        pytest.param("over the next 10 days", [("the next 10 days", "2022-01-14..2022-01-23")], id="rolling-next"),
        pytest.param("in the past 3 months", [("the past 3 months", "2021-10-13..2022-01-13")], id="rolling-past"),
        pytest.param("last week", [("last week", "2022-01-03..2022-01-09")], id="last-week"),
        pytest.param("in Q3 2021", [("Q3 2021", "2021-07-01..2021-09-30")], id="quarter"),
        pytest.param("in the 1990s", [("1990s", "1990-01-01..1999-12-31")], id="decade"),
        pytest.param("by the end of 2021", [("by the end of 2021", "None..2021-12-31")], id="by-end-of-year"),
        pytest.param("since August", [("since August", "2021-08-01..None")], id="since-month"),
        pytest.param("before 2018", [("before 2018", "None..2017-12-31")], id="before-year"),
        pytest.param("after Feb 2018", [("after Feb 2018", "2018-03-01..None")], id="after-month"),
        pytest.param(
            "between January 13 and January 19",
            [("between January 13 and January 19", "2022-01-13..2022-01-19")],
            id="between-days",
        ),
        pytest.param(
            "from Nov 18 to Dec 19, 2015",
            [("from Nov 18 to Dec 19, 2015", "2015-11-18..2015-12-19")],
            id="range-year-from-its-end",
        ),
        pytest.param("November 19-20", [("November 19-20", "2021-11-19..2021-11-20")], id="day-range-in-month"),
        pytest.param("2 weeks before Christmas", [("2 weeks before Christmas", "2021-12-11")], id="offset"),
        pytest.param("On Monday 12 people were rescued.", [("Monday", "2022-01-10")], id="weekday-then-a-count"),
        pytest.param("It happened on Monday 10, police said.", [("Monday 10", "2022-01-10")], id="weekday-and-day"),
        pytest.param("They met on Friday 31 at noon.", [("Friday 31", "2021-12-31")], id="weekday-and-day-then-time"),
    ],
)
def test_resolved(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_atoms_only_for_claims() -> None:
    """The claims pipeline asks for each day alone: a range names two events."""
    assert found("between January 13 and January 19", spans=False) == [
        ("January 13", "2022-01-13"),
        ("January 19", "2022-01-19"),
    ]


@pytest.mark.parametrize("text", ["on Thursday", "last Thursday", "three days ago", "next week", "January 13"])
def test_relative_needs_a_reference(text: str) -> None:
    assert found(text, None) == []


def test_year_hint_without_reference() -> None:
    assert found("We left on January 13.", None, year_hint=2022) == [("January 13", "2022-01-13")]
