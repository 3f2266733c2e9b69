"""Figures that count nothing: ages, times, dates, phone and reference numbers, scores, ratios, shares of a group.
Each sentence is invented; none may give a count claim."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of

COUNTS = ("troops", "deaths", "injuries", "arrests", "missing", "quantity", "duration")


def counts(text: str) -> list[tuple[str, object]]:
    out = []
    for c in claims_of(text, *COUNTS):
        assert isinstance(c.value, Count)
        out.append((c.type, c.value.nominal))
    return out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A 19-year-old was among those hurt.", id="hyphenated-age"),
        pytest.param("The victims were aged 3 to 17.", id="aged-range"),
        pytest.param("Children between the ages of 12 and 18 were sent home.", id="between-the-ages"),
        pytest.param("Marta Ruiz, 69, said she heard the blast.", id="name-comma-age"),
        pytest.param("The boys, aged 16 and 17, were found.", id="aged-two-ages"),
        pytest.param("The train left at 18:40 on the 28th.", id="time-of-day"),
        pytest.param("The rally began on 12 September and ended on Aug. 29.", id="day-and-month"),
        pytest.param("LAKEVIEW, Mar 3: The river rose overnight.", id="dateline"),
        pytest.param("For help, call 0800 123 4567.", id="phone-number"),
        pytest.param("You can call the helpline free on 116 123.", id="grouped-phone-number"),
        pytest.param("Dispatchers handled 911 calls through the night.", id="emergency-number"),
        pytest.param("Quote reference number 2104 when you call.", id="reference-number"),
        pytest.param("Among the dead was First Officer Tomas Berg, 29.", id="age-ending-a-sentence"),
        pytest.param("The home side lost 3-2 after extra time.", id="score"),
        pytest.param("That would be nearly one in seven of the residents.", id="ratio"),
        pytest.param("Roughly one in five homes was lost.", id="ratio-second-figure"),
        pytest.param("Only one train in four ran.", id="ratio-with-a-noun"),
        pytest.param("Volunteers counted the marchers one by one.", id="one-by-one"),
        pytest.param("Nearly three-quarters of those killed were women.", id="share-of-a-group"),
        pytest.param("Two other earthquakes struck the region last year.", id="other-events"),
        pytest.param("The Il-76 and An-124 aircraft took off.", id="model-names"),
        pytest.param("Among the dead is a 34-year-old father of two.", id="father-of-two"),
        pytest.param("A family of five was evacuated.", id="family-of-five"),
        pytest.param("People over 65 were told to stay indoors.", id="people-over-an-age"),
        pytest.param("Two separate mistakes are blamed for the error.", id="abstract-nouns-count-nothing"),
        pytest.param("Children under five are most at risk.", id="children-under-an-age"),
        pytest.param("All the survivors are men and boys; the youngest is 14.", id="the-youngest-is"),
        pytest.param("A man of 44 from the town died on Saturday.", id="a-man-of-an-age"),
        pytest.param("New cases fell from more than 190 a day.", id="a-rate-is-no-duration"),
        pytest.param("About 21,000 passengers a day use the line.", id="a-rate-of-people"),
        pytest.param("The clinic sees some 200 patients each week.", id="a-rate-each-week"),
        pytest.param("Nearly 3,000 migrants per month crossed the border.", id="a-rate-per-month"),
        pytest.param("The airport handles 9 million passengers annually.", id="a-rate-annually"),
        pytest.param("We expect the two numbers to move closer.", id="two-numbers"),
        pytest.param("Both sides gave three different estimates of the crowd.", id="estimates"),
        pytest.param("The group, which runs three of the treatment centres, says many died.", id="a-part-of-things"),
        pytest.param("Families can call the hotline on 1 300 722 114.", id="a-hotline-on-a-number"),
        pytest.param("Families can call the SCPA hotline on 1 300 722 114.", id="a-named-hotline-on-a-number"),
        pytest.param("Deaths were counted with an uncertainty range of 240 to 390.", id="an-uncertainty-range"),
        pytest.param("The account is based on interviews with 61 survivors.", id="interviews-with"),
        pytest.param("Reporters spoke to more than 20 residents.", id="spoke-to"),
        pytest.param("According to 12 witnesses, the boat sank quickly.", id="according-to-witnesses"),
        pytest.param("The poll of deaths has a margin of error of 3 points.", id="a-margin-of-error"),
        pytest.param("The intercity IC 724 hit the regional train R 6183 head on.", id="train-numbers"),
        pytest.param("Line 41 will stay closed, and the Flight 318 crew were on board.", id="line-and-flight-numbers"),
        pytest.param("The town was hit by a Category 4 hurricane.", id="a-category"),
        pytest.param("Traffic on Highway 12 and Route 9 was halted as rescuers arrived.", id="roads"),
        pytest.param("Among the bodies was a boy who cannot have been older than ten.", id="older-than-an-age"),
        pytest.param("A similar derailment in 2008 killed everyone on board.", id="a-year-before-a-verb"),
        pytest.param("Since 1995 killed was the word used.", id="a-year-opening-the-text"),
        pytest.param("The rate reached 12 deaths per 100,000 people.", id="per-a-hundred-thousand"),
        pytest.param("There is one doctor for every 5,000 residents.", id="for-every"),
        pytest.param("The death rate was 12 per 100,000 people.", id="a-rate-per-a-figure"),
        pytest.param("The dead included a girl younger than 5.", id="younger-than-an-age"),
    ],
)
def test_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Officials said 51 aged 17 or under died.", [("deaths", 51)], id="count-next-to-an-age"),
        pytest.param(
            "The toll soared past 3,000 on Monday.", [("deaths", 3000)], id="a-count-next-to-a-day-is-still-a-count"
        ),
        pytest.param(
            "Along with more than 9,000 other people, he went into the ground.",
            [("quantity", 9000)],
            id="other-people-are-counted",
        ),
        pytest.param("Two of the dead were fathers.", [("deaths", 2)], id="a-part-of-the-dead-who-were-fathers"),
        pytest.param("The death toll was over 80 on Friday.", [("deaths", 80)], id="a-toll-over-a-figure"),
        pytest.param("Of the dead, 29 were over 80.", [("deaths", 29)], id="a-part-older-than-an-age"),
        pytest.param(
            "The dead included more than 40 people older than 70.", [("deaths", 40)], id="a-count-older-than-an-age"
        ),
        pytest.param("The IC 724 was carrying 251 passengers.", [("quantity", 251)], id="a-count-after-a-train-number"),
        pytest.param("A 7.8 magnitude quake killed 40 people.", [("quantity", 7.8), ("deaths", 40)], id="a-is-no-code"),
        pytest.param("In all, 23 people died.", [("deaths", 23)], id="a-capital-word-is-no-code"),
        pytest.param(
            "A 300-strong crowd gathered. A 300 people marched.",
            [("quantity", 300), ("quantity", 300)],
            id="a-is-no-code-2",
        ),
        pytest.param("The UN sent 300 troops.", [("troops", 300)], id="a-code-then-words-then-the-figure"),
        pytest.param("The toll rose to 40, up from 31 a day earlier.", [("deaths", 40)], id="a-day-earlier-is-no-rate"),
        pytest.param("Police arrested 40 protesters a day later.", [("arrests", 40)], id="a-day-later-is-no-rate"),
        pytest.param("The blast killed 12 people a day after the fire.", [("deaths", 12)], id="a-day-after-is-no-rate"),
        pytest.param("Power was cut in 2000 homes.", [("quantity", 2000)], id="a-year-like-count-of-homes"),
    ],
)
def test_near_misses(text: str, expected: list[tuple[str, object]]) -> None:
    assert counts(text) == expected
