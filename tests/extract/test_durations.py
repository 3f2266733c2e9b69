"""Durations keep the unit written and say what lasted; a duration that is not the story's own says so."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of


def durations(text: str) -> list[tuple[object, object, object, str, str | None]]:
    out = []
    for c in claims_of(text, "duration"):
        assert isinstance(c.value, Count)
        out.append((c.value.nominal, c.value.low, c.value.high, c.value.unit, c.frame.event))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The search lasted 7 hours.", [(7, 7, 7, "hour", "rescue")], id="hours-stay-hours"),
        pytest.param(
            "The pullout would take no more than 10 days to complete.",
            [(10, None, 10, "day", "withdrawal")],
            id="days-with-up-to",
        ),
        pytest.param(
            "The governor declared a two-week state of emergency.",
            [(2, 2, 2, "week", "state of emergency")],
            id="glued-weeks",
        ),
        pytest.param("Talks could take four to six months.", [(None, 4, 6, "month", "talks")], id="a-range-of-months"),
        pytest.param(
            "Crews contained the fire after two weeks.", [(2, 2, 2, "week", "fire")], id="ended-after-is-its-length"
        ),
        pytest.param(
            "The Lark fire grew. The Dunmore fire was contained after burning for nine days.",
            [(9, 9, 9, "day", "Dunmore fire")],
            id="another-named-event-lasted",
        ),
        pytest.param(
            "Thousands marched during a 24-hour general strike. Rail workers walked out for 12 hours.",
            [(24, 24, 24, "hour", "general strike"), (12, 12, 12, "hour", "walkout")],
            id="a-general-strike-and-a-walkout",
        ),
        pytest.param(
            "The unions plan a 48-hour strike in April.", [(48, 48, 48, "hour", "planned strike")], id="planned"
        ),
        pytest.param(
            "The fuel had been stored in the shed for six years.", [(6, 6, 6, "year", "storage")], id="storage"
        ),
        pytest.param(
            "The army has been present for more than eight years.",
            [(8, 8, None, "year", "presence")],
            id="presence",
        ),
        pytest.param(
            "The troops leave nine years after first sending them in.",
            [(9, 9, 9, "year", "presence")],
            id="time-since-a-deployment-is-a-presence",
        ),
        pytest.param(
            "The troops will leave after 10 years.", [(10, 10, 10, "year", "before withdrawal")], id="after-n-years"
        ),
        pytest.param(
            "In my 40 years as a doctor I have not seen a flood like it.",
            [(40, 40, 40, "year", "personal")],
            id="a-life-is-not-the-story",
        ),
        pytest.param("The river burst its banks three days ago.", [], id="ago-is-a-date"),
        pytest.param(
            "The driver, who has driven buses for 22 years, was hurt.",
            [(22, 22, 22, "year", "personal")],
            id="who-has-years-of-a-career",
        ),
        pytest.param(
            "A nurse who had worked at the clinic for 30 years said the ward was full.",
            [(30, 30, 30, "year", "personal")],
            id="who-had-worked-years",
        ),
        pytest.param(
            "She has lived on the street for four decades.", [(4, 4, 4, "decade", "personal")], id="she-has-decades"
        ),
        pytest.param(
            "The climber, who had been stranded for 3 days, was found.",
            [(3, 3, 3, "day", None)],
            id="days-of-a-person-in-the-story-stay-the-story",
        ),
        pytest.param(
            "The soldiers, who have been deployed for eight years, will leave.",
            [(8, 8, 8, "year", "presence")],
            id="a-deployment-is-a-presence-not-a-life",
        ),
        pytest.param("The port handles 2 million tonnes a year.", [], id="a-rate-per-year-is-no-duration"),
    ],
)
def test_durations(text: str, expected: list[tuple[object, ...]]) -> None:
    assert durations(text) == expected
