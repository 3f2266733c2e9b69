"""Daily breakdowns: figures of one thing side by side in a sentence, each on its own day, are each that day's
count (the frame's event), never the story's total; a running total at two times stays the total."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of

Row = tuple[str, int, str | None]  # measure, figure, event


def rows(text: str) -> list[Row]:
    return [
        (c.frame.measure or "", c.value.nominal, c.frame.event)  # type: ignore[union-attr]
        for c in claims_of(text)
        if c.type not in ("date", "person", "participants")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police arrested 40 people on Friday and 25 on Saturday.",
            [("arrests", 40, "2022-01-07"), ("arrests", 25, "2022-01-08")],
            id="figure-then-day",
        ),
        pytest.param(
            "On Monday 12 people were rescued, and on Tuesday another 30.",
            [("rescued", 12, "2022-01-10"), ("rescued", 30, "2022-01-11")],
            id="day-then-figure",
        ),
        pytest.param(
            "Two people died on Friday and three on Saturday as the storm hit.",
            [("deaths", 2, "2022-01-07"), ("deaths", 3, "2022-01-08")],
            id="deaths-by-day",
        ),
        pytest.param(
            "Police arrested 40 people on Friday and another 25 on Saturday, the ministry said on Sunday.",
            [("arrests", 40, "2022-01-07"), ("arrests", 25, "2022-01-08")],
            id="the-day-it-was-said-is-no-part",
        ),
        pytest.param(
            "The death toll rose to 44 on Sunday, from 30 on Saturday.",
            [("deaths", 44, None), ("deaths", 30, None)],
            id="a-running-total-is-no-breakdown",
        ),
        pytest.param(
            "Police arrested 40 people on Friday and 25 people were injured on Saturday.",
            [("arrests", 40, None), ("injuries", 25, None)],
            id="two-measures-are-no-breakdown",
        ),
        pytest.param(
            "Police arrested 40 people and 25 were injured on Saturday.",
            [("arrests", 40, None), ("injuries", 25, None)],
            id="one-day-for-two-figures",
        ),
        pytest.param(
            "Police arrested 40 people on Friday and 25 on Friday night.",
            [("arrests", 40, None), ("arrests", 25, None)],
            id="the-same-day-twice-is-no-breakdown",
        ),
    ],
)
def test_daily_breakdown(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
