"""The frame of a count: its measure, who is counted, where, whose and which occasion, on invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of

COUNTS = ("troops", "deaths", "injuries", "arrests", "missing", "quantity", "duration")
FrameRow = tuple[str, float | int | None, str | None, str | None, str | None, str | None]


def frames(text: str, published: str | None = "2023-05-14") -> list[FrameRow]:
    """(type, figure, measure, counted, place, owner) of each count claim."""
    out = []
    for c in claims_of(text, *COUNTS, published=published):
        assert isinstance(c.value, Count)
        f = c.frame
        out.append((c.type, c.value.nominal, f.measure, f.counted, f.place, f.owner))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials said 64 people are being treated in hospital.",
            [("injuries", 64, "in hospital", None, None, None)],
            id="treated-in-hospital",
        ),
        pytest.param(
            "Twelve remain in critical condition.",
            [("injuries", 12, "in critical or serious condition", None, None, None)],
            id="critical-condition",
        ),
        pytest.param(
            "Ninety-eight were killed and 140 others injured.",
            [("deaths", 98, "deaths", None, None, None), ("injuries", 140, "injuries", None, None, None)],
            id="second-half-of-killed-and-injured",
        ),
        pytest.param(
            "Another 87 suffered minor injuries.",
            [("injuries", 87, "injuries", None, None, None)],
            id="minor-injuries",
        ),
        pytest.param(
            "Rescuers said 179 others had been rescued.",
            [("quantity", 179, "rescued", None, None, None)],
            id="rescued",
        ),
        pytest.param(
            "About 3,000 residents were evacuated overnight.",
            [("quantity", 3000, "evacuated", "resident", None, None)],
            id="evacuated",
        ),
        pytest.param(
            "The blast left more than 30,000 people homeless.",
            [("quantity", 30000, "homeless or displaced", None, None, None)],
            id="homeless",
        ),
        pytest.param(
            "A coach with 52 people aboard overturned.",
            [("quantity", 52, "on board", None, None, None)],
            id="on-board",
        ),
        pytest.param(
            "Organisers said more than a million people took part.",
            [("quantity", 1000000, "crowd", None, None, None)],
            id="crowd-took-part",
        ),
        pytest.param(
            "Police put the crowd at 38,000.", [("quantity", 38000, "crowd", None, None, None)], id="crowd-put-at"
        ),
        pytest.param(
            "Divers recovered 60 bodies from the hull.",
            [("deaths", 60, "deaths", None, None, None)],
            id="bodies-are-the-dead",
        ),
        pytest.param(
            "In all, 23 people lost their lives.", [("deaths", 23, "deaths", None, None, None)], id="lost-their-lives"
        ),
        pytest.param(
            "The flood killed 40 people, including nine children.",
            [("deaths", 40, "deaths", None, None, None), ("deaths", 9, "deaths", "child", None, None)],
            id="including-is-a-part",
        ),
        pytest.param(
            "The fire injured 55 people, 21 of them seriously.",
            [("injuries", 55, "injuries", None, None, None), ("injuries", 21, "injuries", "part", None, None)],
            id="of-them-seriously-is-a-part",
        ),
        pytest.param(
            "Among the dead were 12 foreigners.",
            [("deaths", 12, "deaths", "foreigner", None, None)],
            id="among-the-dead",
        ),
        pytest.param(
            "Two of the dead were firefighters.",
            [("deaths", 2, "deaths", "firefighter", None, None)],
            id="two-of-the-dead-were",
        ),
        pytest.param(
            "By noon, eight of the 120 passengers aboard the bus had been confirmed dead.",
            [("deaths", 8, "deaths", None, None, None), ("quantity", 120, "on board", "passenger", None, None)],
            id="part-of-a-numbered-group-takes-its-own-predicate",
        ),
        pytest.param(
            "Crews recovered 900 bodies, of which 300 were still unidentified.",
            [("deaths", 900, "deaths", None, None, None), ("deaths", 300, "deaths", "unidentified", None, None)],
            id="of-which-is-a-part",
        ),
        pytest.param(
            "The storm killed 80 people, and about 30 more were killed in other parts of the country.",
            [("deaths", 80, "deaths", None, None, None), ("deaths", 30, "deaths", None, "elsewhere", None)],
            id="elsewhere",
        ),
        pytest.param(
            "The crush killed 14 people on the spot; the others died in hospital.",
            [("deaths", 14, "deaths", None, "at the scene", None)],
            id="on-the-spot",
        ),
        pytest.param(
            "Country A has about 3,000 troops in the region, 1,200 of them in Northland.",
            [
                ("troops", 3000, "troops", None, None, "Country A"),
                ("troops", 1200, "troops", None, "Northland", "Country A"),
            ],
            id="a-part-by-place-keeps-its-owner",
        ),
        pytest.param(
            "Spain's 600 troops will stay.", [("troops", 600, "troops", None, None, "Spain")], id="possessive-owner"
        ),
        pytest.param(
            "Some 700 Spanish troops are in the area.",
            [("troops", 700, "troops", None, None, "Spain")],
            id="a-country-adjective-is-the-owner",
        ),
        pytest.param(
            "Task Force Trident, a joint force, numbers about 600 troops.",
            [("troops", 600, "troops", None, None, "Task Force Trident")],
            id="subject-that-numbers",
        ),
        pytest.param(
            "Country A sent 40 jets, Country B 12, and Countries C and D six each.",
            [
                ("quantity", 40, "number", "jet", None, "Country A"),
                ("quantity", 12, "number", "jet", None, "Country B"),
                ("quantity", 6, "number", "jet", None, "C"),
                ("quantity", 6, "number", "jet", None, "D"),
            ],
            id="per-owner-breakdown",
        ),
        pytest.param(
            "The captain was arrested along with two members of his crew.",
            [("arrests", 3, "arrests", "crew member", None, None)],
            id="along-with-counts-the-one-named",
        ),
        pytest.param(
            "Ten guards have been arrested, as have four drivers.",
            [("arrests", 10, "arrests", "guard", None, None), ("arrests", 4, "arrests", "driver", None, None)],
            id="ellipsis-takes-the-verb-before",
        ),
        pytest.param(
            "Police said the toll had been lowered to 40 from 52.",
            [("deaths", 40, "deaths", None, None, None), ("deaths", 52, "deaths", None, None, None)],
            id="the-earlier-value",
        ),
        pytest.param(
            "Few numbers hurt more than the count of children who died. Officials first said there were 9. "
            "Later the figure rose to 14.",
            [("deaths", 9, "deaths", "child", None, None), ("deaths", 14, "deaths", "child", None, None)],
            id="figures-that-point-back",
        ),
        pytest.param(
            "The blast damaged 400 homes.", [("quantity", 400, "number", "home", None, None)], id="a-count-of-things"
        ),
        pytest.param(
            "A tanker carrying 2,000 tons of fuel sank.",
            [("quantity", 2000, "size", "fuel", None, None)],
            id="a-size-of-a-material",
        ),
        pytest.param(
            "Officers counted 250 in the building.", [("quantity", 250, None, None, None, None)], id="unreadable"
        ),
        pytest.param(
            "The alliance draws troops from 12 countries.",
            [("quantity", 12, "countries", None, None, None)],
            id="countries-taking-part",
        ),
        pytest.param("The two countries signed a treaty.", [], id="two-countries-is-no-claim"),
        pytest.param(
            "The quake struck a nation of 9 million people.",
            [("quantity", 9000000, "population", None, None, None)],
            id="population",
        ),
    ],
)
def test_frames(text: str, expected: list[FrameRow]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(
    ("text", "occasions"),
    [
        pytest.param(
            "Organisers said 90,000 people took part in Sunday's march.", ["2023-05-14"], id="day-in-sentence"
        ),
        pytest.param(
            "The march on Sunday was peaceful. Police put the crowd at 40,000.",
            ["2023-05-14"],
            id="the-documents-own-march",
        ),
        pytest.param(
            "Thousands marched on Sunday. For the previous week's protest, the organisers' estimate was 20,000.",
            ["2023-05-14", "2023-05-07"],
            id="the-week-before",
        ),
    ],
)
def test_a_crowd_is_of_one_occasion(text: str, occasions: list[str | None]) -> None:
    found = [c.frame.event for c in claims_of(text, "quantity", published="2023-05-14")]
    assert found == occasions


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param("The force will number around 1,500 troops.", "planned", id="will-number"),
        pytest.param("The aim is to bring troop numbers down to 1,000.", "planned", id="down-to"),
        pytest.param("Over 600 troops will stay in Westland.", "planned", id="will-stay"),
        pytest.param("About 2,000 troops will withdraw by spring.", None, id="troops-that-will-leave-are-there-now"),
    ],
)
def test_a_force_to_come_is_not_the_force_now(text: str, event: str | None) -> None:
    (claim,) = claims_of(text, "troops")
    assert claim.frame.event == event
