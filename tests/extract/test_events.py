"""Date claims: resolved against the article's date and labelled with their event."""

from __future__ import annotations

import pytest

from factcheck.model import EventDate

from .helpers import claims_of


def dates(text: str, published: str | None = "2022-01-13") -> list[tuple[str, str, str]]:
    out = []
    for c in claims_of(text, "date", published=published):
        assert isinstance(c.value, EventDate)
        out.append((c.value.iso, c.value.event, c.scope))
    return out


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The bloc began to withdraw from the country on January 13.", None, [], id="no-year-no-date-unresolved"
        ),
        pytest.param(
            "It began to withdraw on January 13. Troops flew in on Thursday, Jan. 6, 2022.",
            None,
            [("2022-01-13", "withdrawal began", "story"), ("2022-01-06", "deployment", "story")],
            id="year-from-the-text",
        ),
        pytest.param(
            "Shoigu said the pullout would be completed by Wednesday next week.",
            "2022-01-13",
            [("2022-01-19", "withdrawal completed", "story")],
            id="wednesday-next-week",
        ),
        pytest.param(
            "Troops began returning to their home bases last Thursday.",
            "2022-01-19",
            [("2022-01-13", "withdrawal began", "story")],
            id="last-thursday",
        ),
        pytest.param(
            "Days ahead of the alliance's Jan. 22 deadline to complete the withdrawal.",
            "2022-01-13",
            [("2022-01-22", "withdrawal deadline", "story")],
            id="deadline",
        ),
        pytest.param(
            "Protests erupted in several cities on January 2.",
            "2022-01-13",
            [("2022-01-02", "protests began", "story")],
            id="protests",
        ),
        pytest.param(
            "The bloc's first joint action since its founding in 1999.",
            "2022-01-19",
            [("1999", "founding", "background")],
            id="year-is-background",
        ),
        pytest.param(
            "The death toll rose, the government said Saturday.",
            "2016-04-23",
            [("2016-04-23", "", "story")],
            id="reporting-date-without-event",
        ),
        pytest.param(
            "The quake has killed 654, the government said Saturday.",
            "2016-04-23",
            [("2016-04-23", "earthquake (reported)", "story")],
            id="reporting-date-is-not-the-event",
        ),
        pytest.param("Relative: the mission ended on Thursday.", None, [], id="relative-without-published"),
        pytest.param(
            "The fire had burned 1,200 hectares by Tuesday.",
            "2025-07-16",
            [("2025-07-15", "", "story")],
            id="a-day-in-a-lasting-event-is-not-its-date",
        ),
        pytest.param(
            "The fire, which burned from July 14 until July 28, killed three.",
            "2025-08-20",
            [("2025-07-14", "fire began", "story"), ("2025-07-28", "fire completed", "story")],
            id="from-and-until",
        ),
        pytest.param(
            "The Lark fire spread. In the north, the Dunmore fire was declared contained on Monday.",
            "2025-07-23",
            [("2025-07-21", "Dunmore fire completed", "story")],
            id="a-date-of-another-named-event",
        ),
        pytest.param(
            "Twelve suspects will appear before a judge on Monday.",
            "2022-01-13",
            [("2022-01-17", "", "story")],
            id="a-weekday-after-a-future-verb-is-the-coming-one",
        ),
        pytest.param(
            "The talks, which will resume later, began on Monday.",
            "2022-01-13",
            [("2022-01-10", "talks began", "story")],
            id="a-future-verb-in-another-clause",
        ),
        pytest.param(
            "The toll from the crash rose to 44 on Sunday.",
            "2022-01-18",
            [("2022-01-16", "crash (reported)", "story")],
            id="the-day-a-toll-was-given-is-not-the-events",
        ),
        pytest.param(
            "The toll from Sunday's crash rose to 29, up from 27 on Monday evening.",
            "2022-01-18",
            [("2022-01-16", "crash", "story"), ("2022-01-17", "crash (reported)", "story")],
            id="the-day-an-earlier-figure-was-given",
        ),
        pytest.param(
            "The prime minister declared Sunday a day of national mourning.",
            "2022-01-15",
            [("2022-01-16", "mourning declared", "story")],
            id="a-day-declared-one-of-mourning-is-to-come",
        ),
        pytest.param(
            "The government has declared three days of national mourning from Thursday.",
            "2022-01-12",
            [("2022-01-13", "mourning began", "story")],
            id="mourning-declared-from-a-weekday-is-to-come",
        ),
        pytest.param(
            "The government has declared three days of national mourning from Monday.",
            "2022-01-10",
            [("2022-01-10", "mourning began", "story")],
            id="mourning-declared-from-today",
        ),
        pytest.param(
            "Three days of national mourning began on Thursday.",
            "2022-01-17",
            [("2022-01-13", "mourning began", "story")],
            id="mourning-that-began-is-past",
        ),
        # a date in an aside dates what the aside says; the antecedent's event only when the aside says it happened
        pytest.param(
            "The boat, which had left the port on 8 June, capsized in the early hours of 12 June.",
            "2022-06-14",
            [("2022-06-08", "", "story"), ("2022-06-12", "crash", "story")],
            id="aside-of-another-act-is-not-the-main-event",
        ),
        pytest.param(
            "Its own log, released on 2 July, shows it knew of the boat hours before it capsized.",
            "2022-07-04",
            [("2022-07-02", "", "story")],
            id="participle-aside",
        ),
        pytest.param(
            "The minister, who declared a state of alarm on Monday, said the train crashed.",
            "2022-01-13",
            [("2022-01-10", "", "story")],
            id="aside-about-a-person",
        ),
        pytest.param(
            "The quake, which hit on Saturday evening, killed 272 people.",
            "2022-01-13",
            [("2022-01-08", "earthquake", "story")],
            id="aside-saying-the-antecedent-happened",
        ),
        pytest.param(
            "The fire, which burned from July 14 until it was contained on July 28, destroyed 40 homes.",
            "2022-08-01",
            [("2022-07-14", "fire began", "story"), ("2022-07-28", "fire completed", "story")],
            id="aside-saying-the-antecedent-lasted",
        ),
        pytest.param(
            "The ferry, which sank on 16 April, was carrying 476 people.",
            "2022-04-20",
            [("2022-04-16", "crash", "story")],
            id="aside-with-its-own-event",
        ),
        pytest.param(
            "On Monday, the ferry capsized near the island.",
            "2022-01-13",
            [("2022-01-10", "crash", "story")],
            id="opening-date-clause-is-no-aside",
        ),
        pytest.param(
            "Large parts of the city were destroyed by the torrent released on Sunday night, when the dams broke.",
            "2022-01-13",
            [("2022-01-09", "dam failure", "story")],
            id="participle-without-a-comma-is-no-aside",
        ),
        # an event named as a topic ("a week after the collision", "an inquiry into the crash") is not what the
        # clause's date dates, unless the date is its own ("after the quake struck on Saturday")
        pytest.param(
            "The line reopened to traffic yesterday, a week after the collision.",
            "2022-01-13",
            [("2022-01-12", "", "story")],
            id="a-week-after-the-event",
        ),
        pytest.param(
            "On Thursday the government appointed a judge to lead an inquiry into the collision.",
            "2022-01-14",
            [("2022-01-13", "", "story")],
            id="inquiry-into-the-event",
        ),
        pytest.param(
            "The line reopened yesterday with a speed limit past the crash site.",
            "2022-01-13",
            [("2022-01-12", "", "story")],
            id="place-named-after-the-event",
        ),
        pytest.param(
            "Prosecutors today charged the driver of the train involved in the collision with manslaughter.",
            "2022-01-13",
            [("2022-01-13", "", "story")],
            id="involved-in-the-event",
        ),
        pytest.param(
            "Prosecutors today charged the driver involved in the collision, as the toll of the crash rose to 31.",
            "2022-01-13",
            [("2022-01-13", "", "story")],
            id="a-topic-in-its-own-clause-is-no-licence-to-take-the-next-clauses-event",
        ),
        pytest.param(
            "The crash was avoidable, according to the report of the inquiry, published on Wednesday.",
            "2022-01-14",
            [("2022-01-12", "", "story")],
            id="participle-aside-after-according-to",
        ),
        # "It was declared contained on Monday": the subject points back to the event of the sentence before
        pytest.param(
            "Crews fought the Stone Creek wildfire for two weeks. It was declared contained on Monday.",
            "2022-01-13",
            [("2022-01-10", "fire completed", "story")],
            id="it-points-back-to-the-event-before",
        ),
        pytest.param(
            "The fire burned 400 hectares, the Fire and Rescue Service said. It was declared contained on Monday.",
            "2022-01-13",
            [("2022-01-10", "fire completed", "story")],
            id="it-points-back-to-the-subject-before",
        ),
        pytest.param(
            "The minister spoke at length. It was a sunny day on Tuesday.",
            "2022-01-13",
            [("2022-01-11", "", "story")],
            id="it-with-no-phase-names-no-event",
        ),
        pytest.param(
            "Two days after the quake struck on Saturday, rescuers found 12 survivors.",
            "2022-01-13",
            [("2022-01-08", "earthquake", "story")],
            id="after-the-event-dated-by-its-own-verb",
        ),
        pytest.param(
            "Rescuers have worked without rest since the quake on Saturday.",
            "2022-01-13",
            [("2022-01-08", "earthquake", "story")],
            id="since-the-event-on-its-date",
        ),
        pytest.param(
            "The ferry sank on Tuesday after the engine failed.",
            "2022-01-13",
            [("2022-01-11", "crash", "story")],
            id="event-before-after-is-no-topic",
        ),
    ],
)
def test_date_claims(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


def test_date_line_is_not_an_event() -> None:
    text = "Forces pull out\n\nJanuary 13, 2022\n\nThe withdrawal began on Thursday."
    assert dates(text) == [("2022-01-13", "withdrawal began", "story")]


def test_dateline_is_not_an_event() -> None:
    assert dates("ALMATY, January 13. /TASS/. The withdrawal began on Jan. 6.") == [
        ("2022-01-06", "withdrawal began", "story")
    ]
