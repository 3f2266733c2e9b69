"""Count claims on short hand-written sentences: what a figure counts and how hedged it is."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of

COUNT_TYPES = ("troops", "deaths", "injuries", "arrests", "missing", "quantity", "duration")


def counts(text: str) -> list[tuple[str, int | float | None, int | float | None, int | float | None, str]]:
    out = []
    for c in claims_of(text, *COUNT_TYPES):
        assert isinstance(c.value, Count)
        out.append((c.type, c.value.nominal, c.value.low, c.value.high, c.value.unit))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia assigned about 2,500 peacekeepers to protect facilities.",
            [("troops", 2500, 2250, 2750, "peacekeeper")],
            id="about-peacekeepers",
        ),
        pytest.param(
            "The force of nearly 2,500 soldiers and 250 pieces of equipment will leave.",
            [("troops", 2500, 2250, 2500, "soldier"), ("quantity", 250, 250, 250, "piece of equipment")],
            id="soldiers-and-equipment",
        ),
        pytest.param(
            "Authorities have detained more than 10,000 people in the wake of the violence.",
            [("arrests", 10000, 10000, None, "person")],
            id="detained-more-than",
        ),
        pytest.param(
            "Conflicting accounts place the death toll between dozens and 146.",
            [("deaths", None, 24, 146, "person")],
            id="toll-between-dozens-and",
        ),
        pytest.param(
            "Protests spiraled into violence that left over 200 dead.",
            [("deaths", 200, 200, None, "person")],
            id="left-over-dead",
        ),
        pytest.param(
            "At least 39 people had been killed and 150 wounded in the siege.",
            [("deaths", 39, 39, None, "person"), ("injuries", 150, 150, 150, "person")],
            id="killed-and-wounded",
        ),
        pytest.param(
            "The attack has killed 59 people and injured more than 175.",
            [("deaths", 59, 59, 59, "person"), ("injuries", 175, 175, None, "person")],
            id="verb-before-each",
        ),
        pytest.param(
            "The Red Cross said 49 people were still missing.", [("missing", 49, 49, 49, "person")], id="missing"
        ),
        pytest.param(
            "The number of people killed by the earthquake rose to 233 on Sunday.",
            [("deaths", 233, 233, 233, "person")],
            id="bare-figure-takes-sentence-cue",
        ),
        pytest.param("The toll passes 650.", [("deaths", 650, 650, None, "person")], id="passes-is-more-than"),
        pytest.param(
            "The pullout would take no more than 10 days to complete.",
            [("duration", 10, None, 10, "day")],
            id="no-more-than-days",
        ),
        pytest.param(
            "The personnel will be phased out over the next 10 days.",
            [("duration", 10, None, 10, "day")],
            id="over-the-next-days",
        ),
        pytest.param(
            "Rescuers dug through the rubble of hundreds of collapsed buildings; 2,650 were wounded.",
            [("injuries", 2650, 2650, 2650, "person")],
            id="vague-amount-counts-the-noun-after-of",
        ),
        pytest.param(
            "The quake struck at a depth of 19 km (11.8 miles).",
            [("quantity", 19, 19, 19, "km")],
            id="parenthesised-conversion-is-no-second-figure",
        ),
        pytest.param(
            "The cyclone made landfall with sustained winds of 195 km/h (121 mph).",
            [("quantity", 195, 195, 195, "km/h")],
            id="a-speed-is-no-distance-and-its-conversion-no-second-figure",
        ),
        pytest.param(
            "The storm brought winds of 60 knots and gusts of 90 mph.",
            [("quantity", 60, 60, 60, "knot"), ("quantity", 90, 90, 90, "mph")],
            id="speeds-in-knots-and-mph",
        ),
        pytest.param(
            "The raid by as many as 15 gunmen, who killed at least 67 people, shocked the city.",
            [("quantity", 15, None, 15, "attacker"), ("deaths", 67, 67, None, "person")],
            id="who-killed-counts-the-killers",
        ),
        pytest.param(
            "Officials counted at least 67 people who died.",
            [("deaths", 67, 67, None, "person")],
            id="who-died-counts-the-dead",
        ),
        pytest.param(
            "Eleven people suspected of involvement in the carefully planned assault were in custody.",
            [("arrests", 11, 11, 11, "person")],
            id="predicate-after-a-long-participle",
        ),
        pytest.param("Attackers held one section of the mall.", [], id="one-is-no-quantity"),
        pytest.param(
            "Kenya mourns victims of the four-day siege.", [("duration", 4, 4, 4, "day")], id="glued-four-day"
        ),
        pytest.param(
            "The aircraft carried out more than 100 flights from the capital.",
            [("quantity", 100, 100, None, "flight")],
            id="flights",
        ),
        pytest.param(
            "The magnitude-7.8 earthquake struck on Saturday.",
            [("quantity", 7.8, 7.8, 7.8, "magnitude")],
            id="magnitude-glued",
        ),
        pytest.param(
            "About 10,000 troops and 3,500 police officers were deployed.",
            [("troops", 10000, 9000, 11000, "troop"), ("quantity", 3500, 3500, 3500, "police officer")],
            id="troops-and-police",
        ),
        pytest.param(
            "The nation of 15 million people mourned.",
            [("quantity", 15000000, 15000000, 15000000, "inhabitant")],
            id="population",
        ),
        pytest.param(
            "The ensuing violence left thousands of people injured.",
            [("injuries", None, 2000, 9999, "person")],
            id="thousands-injured",
        ),
        pytest.param(
            "Eleven suspects are under arrest over the attack.",
            [("arrests", 11, 11, 11, "person")],
            id="number-word-under-arrest",
        ),
        pytest.param(
            "The number of people in custody rose to nine.", [("arrests", 9, 9, 9, "person")], id="custody-bare"
        ),
        pytest.param(
            "In the hall, where about 700 people slept on Thursday, evacuees swapped rumours.",
            [("quantity", 700, 630, 770, "person")],
            id="a-noun-cue-after-a-comma-is-another-clause",
        ),
        pytest.param(
            "Some 300 people, among them many protesters, were detained.",
            [("arrests", 300, 270, 330, "person")],
            id="the-predicate-after-an-aside",
        ),
    ],
)
def test_count_claims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Il-76 and An-124 aircraft took off.", id="model-names"),
        pytest.param("He boarded one of the planes.", id="one-of"),
        pytest.param("In 1999 the bloc was founded; the 2005 attacks followed.", id="years"),
        pytest.param("At 6.15pm helicopters circled the building.", id="time-of-day"),
        pytest.param("Hundreds of shoppers hid in storerooms.", id="vague-without-claim-word"),
        pytest.param("Several people are still missing.", id="several-is-too-vague"),
        pytest.param("Original url: https://example.com/2022/01/13/news-a76028", id="url-line"),
        pytest.param("The 28-year-old suspect was released.", id="age"),
    ],
)
def test_not_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        pytest.param(
            "Five militants had been shot dead and six members of the security forces had died.",
            [("deaths", "militant"), ("deaths", "security forces")],
            id="sub-groups",
        ),
        pytest.param("So far, 61 civilians had been confirmed dead.", [("deaths", "civilian")], id="civilians"),
        pytest.param(
            "72 people died, among them six soldiers.", [("deaths", None), ("deaths", "soldier")], id="among-them"
        ),
        pytest.param(
            "Manabi Province was hit hardest, with at least 200 deaths reported there.",
            [("deaths", "people in Manabi Province")],
            id="place-sub-total",
        ),
    ],
)
def test_subjects_keep_sub_groups_apart(text: str, subjects: list[tuple[str, str | None]]) -> None:
    assert [(c.type, c.subject) for c in claims_of(text, *COUNT_TYPES)] == subjects


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        pytest.param(
            "No quake has killed more since 1987, when a quake claimed about 1,000 lives.",
            ["background"],
            id="since-year-when",
        ),
        pytest.param(
            "The quake, the strongest since 1979, has injured more than 2,500 people.",
            ["story"],
            id="since-in-another-clause",
        ),
        pytest.param("In 2009, a heatwave killed 1,140 people.", ["background"], id="a-year-opening-its-sentence"),
        pytest.param("Last year's floods killed 300 people.", ["background"], id="last-years-event"),
        pytest.param("A year ago, a similar storm killed 40 people.", ["background"], id="a-year-ago"),
        pytest.param("The storm killed 12 people on Monday.", ["story"], id="no-year-no-background"),
        pytest.param(
            "The 2009 heatwave, the country's deadliest, caused about 1,140 deaths.",
            ["background"],
            id="a-past-event-as-subject",
        ),
        pytest.param(
            "Since 2015, the force has grown, and 3,000 troops are now deployed.", ["story"], id="since-is-up-to-now"
        ),
        pytest.param(
            "Since 1998, when a bombing left more than 200 people dead. On that same day, 11 people "
            "died in a second bombing.",
            ["background", "background"],
            id="continuation",
        ),
        pytest.param(
            "Last week two other large earthquakes hit Japan, where a magnitude-6.2 quake struck.",
            ["background"],
            id="other-earthquakes",
        ),
        pytest.param(
            "It is the worst crash since 1997, when a jet went down after take-off, killing 83 people.",
            ["background"],
            id="the-tail-of-a-relative-clause-about-another-year",
        ),
        pytest.param(
            "The 2011 Brackwater fire, which burned for 41 days, cost insurers 190 million dollars at the time.",
            ["background", "background"],
            id="a-named-fire-of-another-year",
        ),
        pytest.param(
            "The county was last hit in 2011, when a fire destroyed about 600 homes and killed four people. "
            "This week 12 homes burned.",
            ["background", "background", "story"],
            id="the-next-sentence-is-the-story-again",
        ),
        pytest.param(
            "The 1987 collision at Ostby Junction, a few kilometres down the line, killed 41 people.",
            ["background"],
            id="a-collision-of-another-year",
        ),
        pytest.param(
            "The line saw the 1987 Ostby Junction collision, in which 41 people died.",
            ["background"],
            id="in-which-after-a-named-collision-of-another-year",
        ),
        pytest.param(
            "It was the deadliest shipwreck since the 2016 capsizing, in which 212 people drowned.",
            ["background"],
            id="a-capsizing-of-another-year",
        ),
        pytest.param(
            "She remembered the sinking eight years ago, in which 212 people died.",
            ["background"],
            id="an-event-years-ago",
        ),
        pytest.param(
            "Islanders have rescued 300 people over the years.", ["story"], id="over-the-years-is-no-past-event"
        ),
        pytest.param(
            "Over the past decade, 500 people died in similar accidents.", ["background"], id="over-the-past-decade"
        ),
        pytest.param(
            "In the last five years, 90 workers were killed in the mines.", ["background"], id="in-the-last-five-years"
        ),
        pytest.param("Every year about 1,200 people die on the roads.", ["background"], id="every-year-is-a-rate"),
        pytest.param("In the past 24 hours, 37 people died.", ["story"], id="the-past-hours-are-the-story"),
        pytest.param(
            "The storm killed 12 people. In the previous two decades such storms killed 900.",
            ["story", "background"],
            id="the-previous-decades-after-the-story",
        ),
    ],
)
def test_background_scope(text: str, scopes: list[str]) -> None:
    assert [c.scope for c in claims_of(text, *COUNT_TYPES)] == scopes


def test_attribution() -> None:
    (claim,) = claims_of("Kenyatta said five militants had been shot dead.", "deaths")
    assert claim.attribution == "Kenyatta"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        pytest.param("Five died, the ministry [said] on Friday.", "the ministry", id="an-editors-bracketed-verb"),
        pytest.param("Five died, the ministry said[.]", "the ministry", id="a-bracket-after-the-verb"),
        pytest.param("[Said] Jane Doe: five died.", None, id="a-bracketed-verb-first"),
    ],
)
def test_attribution_with_brackets(sentence: str, who: str | None) -> None:
    from factcheck.extract.context import attribution

    assert attribution(sentence) == who
