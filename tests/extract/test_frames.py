"""The frame of a count: its measure, who is counted, where, whose and which occasion, on invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of

COUNTS = ("troops", "deaths", "injuries", "arrests", "missing", "quantity", "duration")


def counted_of(text: str) -> list[tuple[str, object, str | None]]:
    """Each count claim of ``text`` as (type, figure, who is counted)."""
    return [(c.type, c.value.nominal, c.frame.counted) for c in claims_of(text, *COUNTS)]  # type: ignore[union-attr]


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
            "The alliance will send 3,000 troops, including 1,200 from Country A.",
            [("troops", 3000, "troops", None, None, None), ("troops", 1200, "troops", None, None, "Country A")],
            id="including-a-named-owners-share",
        ),
        pytest.param(
            "More than 8,000 people have been evacuated, including 640 from Riverton.",
            [
                ("quantity", 8000, "evacuated", None, None, None),
                ("quantity", 640, "evacuated", "part", "Riverton", None),
            ],
            id="including-those-from-a-place",
        ),
        pytest.param(
            "The outbreak has infected 1,200 people and killed 45.",
            [("quantity", 1200, "infected", None, None, None), ("deaths", 45, "deaths", None, None, None)],
            id="infected-and-killed",
        ),
        pytest.param(
            "The outbreak struck 1,200 people and killed 45.",
            [("quantity", 1200, None, None, None, None), ("deaths", 45, "deaths", None, None, None)],
            id="a-verb-before-the-next-figure-is-its-own",
        ),
        pytest.param(
            "Two more bodies were found, bringing the death toll to 46.",
            [("deaths", 2, "deaths", "more", None, None), ("deaths", 46, "deaths", None, None, None)],
            id="more-is-an-increment-even-first",
        ),
        pytest.param(
            "Police detained 30 people. Another 12 were arrested on Sunday.",
            [("arrests", 30, "arrests", None, None, None), ("arrests", 12, "arrests", "more", None, None)],
            id="another-is-an-increment",
        ),
        pytest.param(
            "Officials confirmed 300 new cases, bringing the total to 4,500.",
            [("quantity", 300, "number", "new case", None, None), ("quantity", 4500, "number", "case", None, None)],
            id="bringing-the-total-to",
        ),
        pytest.param(
            "The toll rose to 164, up from 44.",
            [("deaths", 164, "deaths", None, None, None), ("deaths", 44, "deaths", "earlier", None, None)],
            id="up-from-an-earlier-value",
        ),
        pytest.param(
            "About 4,500 peacekeepers are deployed, down from 6,000 last year.",
            [("troops", 4500, "troops", None, None, None), ("troops", 6000, "troops", "earlier", None, None)],
            id="down-from-an-earlier-value",
        ),
        pytest.param(
            "At the time 273 people – most of them students aged 16 and 17 – were still missing.",
            [("missing", 273, "missing", None, None, None)],
            id="a-predicate-past-an-aside-in-dashes",
        ),
        pytest.param(
            "Some 40 people (most of them tourists) were injured.",
            [("injuries", 40, "injuries", None, None, None)],
            id="a-predicate-past-an-aside-in-brackets",
        ),
        pytest.param(
            "A plane carrying 64 people crashed on Friday, killing at least 38 of them.",
            [("quantity", 64, "on board", None, None, None), ("deaths", 38, "deaths", None, None, None)],
            id="what-befell-them-of-them",
        ),
        pytest.param(
            "Police detained 120 protesters, injuring 12 of them.",
            [
                ("arrests", 120, "arrests", "protester", None, None),
                ("injuries", 12, "injuries", "protester", None, None),
            ],
            id="what-befell-some-of-them",
        ),
        pytest.param(
            "The pilot had logged 9,412 flight hours, 3,100 of them on this type.",
            [("duration", 9412, "duration", None, None, None)],
            id="a-part-of-a-length-is-no-claim",
        ),
        pytest.param(
            "Around 3,000 of the 40,000 people in attendance went onto the pitch.",
            [("quantity", 3000, "crowd", "part", None, None), ("quantity", 40000, "crowd", None, None, None)],
            id="a-part-of-the-crowd",
        ),
        pytest.param(
            "The aircraft hit the ground, killing 45 of the 66 people on board.",
            [("deaths", 45, "deaths", None, None, None), ("quantity", 66, "on board", None, None, None)],
            id="a-verb-before-a-part-of-those-on-board",
        ),
        pytest.param(
            "The heatwave caused an estimated 312 excess deaths, an analysis found.",
            [("deaths", 312, "excess deaths", None, None, None)],
            id="excess-deaths-are-an-estimate-not-the-toll",
        ),
        pytest.param(
            "The blast killed 12 miners and two rescuers.",
            [("deaths", 12, "deaths", "miner", None, None), ("deaths", 2, "deaths", "rescuer", None, None)],
            id="one-verb-counts-two-groups",
        ),
        pytest.param(
            "At the hospital, 17 miners and rescuers remain on the wards.",
            [("injuries", 17, "in hospital", None, None, None)],
            id="two-groups-in-one-figure-are-everyone",
        ),
        pytest.param(
            "The company said 18 miners were still trapped.",
            [("missing", 18, "trapped", "miner", None, None)],
            id="trapped-is-its-own-measure",
        ),
        pytest.param(
            "The storm killed 12 people in the north and 30 in the south.",
            [("deaths", 12, "deaths", None, "the north", None), ("deaths", 30, "deaths", None, "the south", None)],
            id="a-part-of-the-country",
        ),
        pytest.param(
            "Floods killed 20 people in the north-eastern provinces.",
            [("deaths", 20, "deaths", None, "the northeast", None)],
            id="a-part-of-the-country-as-an-adjective",
        ),
        pytest.param(
            "Police said 12 people were killed in the northern city.",
            [("deaths", 12, "deaths", None, None, None)],
            id="a-northern-city-is-the-storys-own",
        ),
        pytest.param(
            "Police detained 300 people and released 17 of them last Sunday.",
            [("arrests", 300, "arrests", None, None, None), ("arrests", 17, "arrests", "part", None, None)],
            id="of-them-then-a-time-word",
        ),
        pytest.param(
            "The blast injured 40 people; two later died in hospital.",
            [("injuries", 40, "injuries", None, None, None), ("deaths", 2, "deaths", None, None, None)],
            id="a-time-word-is-no-group",
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
            "Nine of the passengers were foreign nationals, the airline said.",
            [("quantity", 9, "number", "foreign national", None, None)],
            id="a-part-of-a-group-said-to-be-another-group",
        ),
        pytest.param(
            "Six of the crew were women.",
            [("quantity", 6, "number", "woman", None, None)],
            id="a-part-of-the-crew-said-to-be-another-group",
        ),
        pytest.param("Two of the cases were serious.", [], id="an-adjective-is-no-group"),
        pytest.param(
            "Estimates given by survivors range from 400 to 750.", [], id="estimates-by-a-group-are-no-count-of-it"
        ),
        pytest.param("Survivors' first estimates ranged wildly, from 400 to 750.", [], id="a-group-s-estimates"),
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
            "Some 40 people died, of whom 12 were children.",
            [("deaths", 40, "deaths", None, None, None), ("deaths", 12, "deaths", "child", None, None)],
            id="of-whom-a-group-is-a-part",
        ),
        pytest.param(
            "In all 79 people were injured, of whom two are in a serious condition.",
            [
                ("injuries", 79, "injuries", None, None, None),
                ("injuries", 2, "in critical or serious condition", None, None, None),
            ],
            id="of-whom-a-state-is-its-own-measure",
        ),
        pytest.param(
            "Police arrested 12 protesters, of whom five have been charged.",
            [("arrests", 12, "arrests", "protester", None, None), ("arrests", 5, "charged", "protester", None, None)],
            id="of-whom-charged-is-no-arrest",
        ),
        pytest.param(
            "Police arrested nine men; three were charged with manslaughter.",
            [("arrests", 9, "arrests", "man", None, None), ("arrests", 3, "charged", None, None, None)],
            id="charged-is-its-own-measure",
        ),
        pytest.param(
            "Separately, police in Westmoor have detained three men.",
            [("arrests", 3, "arrests", "man", "Westmoor", None)],
            id="the-place-of-the-agents",
        ),
        pytest.param(
            "Hospitals in Southby treated 40 people.",
            [("injuries", 40, "injuries", None, "Southby", None)],
            id="the-place-of-the-hospitals",
        ),
        pytest.param(
            "Police in riot gear detained 12 protesters.",
            [("arrests", 12, "arrests", "protester", None, None)],
            id="agents-in-no-place",
        ),
        pytest.param(
            "Two of the injured died in hospital.",
            [("deaths", 2, "deaths", "part", None, None)],
            id="injured-who-died-are-a-part-of-the-toll",
        ),
        pytest.param(
            "Two more of the injured have died.",
            [("deaths", 2, "deaths", "more", None, None)],
            id="more-of-the-injured-died",
        ),
        pytest.param(
            "Three of the rescued later died.",
            [("deaths", 3, "deaths", "part", None, None)],
            id="rescued-who-died",
        ),
        pytest.param(
            "Winds gusted to 230 km/h, and the sustained winds of 185 km/h were below the first estimate.",
            [("quantity", 230, "speed", "gust", None, None), ("quantity", 185, "speed", "wind", None, None)],
            id="gusts-and-winds-are-two-speeds",
        ),
        pytest.param(
            "Some 40,000 households were without power, and 100,000 homes had no water.",
            [("quantity", 40000, "number", "home", None, None), ("quantity", 100000, "number", "home", None, None)],
            id="households-and-homes-are-one-group",
        ),
        pytest.param(
            'About 60,000 people marched. Police counted 35,000 and the unions "more than 100,000".',
            [
                ("quantity", 60000, "crowd", None, None, None),
                ("quantity", 35000, "crowd", None, None, None),
                ("quantity", 100000, "crowd", None, None, None),
            ],
            id="sources-count-what-was-just-counted",
        ),
        pytest.param(
            "The ministry had recorded 3,900 suspected cases and 655 confirmed ones.",
            [
                ("quantity", 3900, "number", "suspected case", None, None),
                ("quantity", 655, "number", "confirmed case", None, None),
            ],
            id="ones-takes-the-noun-before",
        ),
        pytest.param(
            "Officials recorded 212 suspected cases, 31 of them confirmed by laboratory tests.",
            [
                ("quantity", 212, "number", "suspected case", None, None),
                ("quantity", 31, "number", "confirmed case", None, None),
            ],
            id="a-part-in-another-status",
        ),
        pytest.param(
            "Figures show 2,380 suspected cases, 402 of them laboratory-confirmed.",
            [
                ("quantity", 2380, "number", "suspected case", None, None),
                ("quantity", 402, "number", "confirmed case", None, None),
            ],
            id="a-part-in-another-status-hyphenated",
        ),
        pytest.param(
            "The first shipment was announced as 500,000 doses, but 450,000 arrived.",
            [("quantity", 500000, "number", "dose", None, None), ("quantity", 450000, "number", "dose", None, None)],
            id="but-and-the-noun-left-out",
        ),
        pytest.param(
            "Some 40 people died, but 12 survived.",
            [("deaths", 40, "deaths", None, None, None), ("quantity", 12, "rescued", None, None, None)],
            id="but-and-a-cue-of-its-own",
        ),
        pytest.param(
            "The blast killed 154 people. Reports put 43 Syrians, six Filipinos and an Australian among them.",
            [
                ("deaths", 154, "deaths", None, None, None),
                ("deaths", 43, "deaths", "syrian", None, None),
                ("deaths", 6, "deaths", "filipino", None, None),
            ],
            id="a-list-of-groups-among-them",
        ),
        pytest.param(
            "How many people have died? The ministry says 71, which is far too low.",
            [("deaths", 71, "deaths", None, None, None)],
            id="an-answer-to-the-question-before",
        ),
        pytest.param(
            "How many homes burned? Officials say the fire was contained. The ministry says 71.",
            [],
            id="an-answer-two-sentences-after-the-question",
        ),
        pytest.param(
            "The storm killed 40 people. Police counted 35,000 cars on the bridge.",
            [("deaths", 40, "deaths", None, None, None), ("quantity", 35000, "number", "car", None, None)],
            id="a-source-s-count-of-a-thing-it-names",
        ),
        pytest.param(
            "The train was travelling at 142 km/h on a section with a speed limit of 80 km/h.",
            [("quantity", 142, None, None, None, None), ("quantity", 80, None, None, None, None)],
            id="a-speed-of-a-vehicle-or-a-limit-has-no-measure",
        ),
        pytest.param(
            "Officials have recorded 212 deaths. Westmoor accounts for 141 of the deaths, followed by Southby with 48.",
            [
                ("deaths", 212, "deaths", None, None, None),
                ("deaths", 141, "deaths", None, None, "Westmoor"),
                ("deaths", 48, "deaths", None, None, "Southby"),
            ],
            id="a-share-accounted-for-then-followed-by",
        ),
        pytest.param(
            "Officials have recorded 212 suspected cases. Westmoor, a farming district, accounts for 141 of the cases.",
            [
                ("quantity", 212, "number", "suspected case", None, None),
                ("quantity", 141, "number", "suspected case", None, "Westmoor"),
            ],
            id="a-share-of-things-counted-before",
        ),
        pytest.param(
            "Officials have recorded 212 suspected cases. Since then, 141 of the cases were confirmed.",
            [
                ("quantity", 212, "number", "suspected case", None, None),
                ("quantity", 141, "number", "part", None, None),
            ],
            id="a-part-is-never-in-its-total-s-frame",
        ),
        pytest.param(
            "Westmoor has recorded 655 cases, Southby 240 and Northam, where the first cases appeared on Sunday, 33.",
            [
                ("quantity", 655, "number", "case", None, "Westmoor"),
                ("quantity", 240, "number", "case", None, "Southby"),
                ("quantity", 33, "number", "case", None, "Northam"),
            ],
            id="a-breakdown-across-a-relative-clause",
        ),
        pytest.param(
            "Figures show 2,380 cases and 58 deaths. By district: Westmoor 1,290, Southby 610 and Northam 480.",
            [
                ("quantity", 2380, "number", "case", None, None),
                ("deaths", 58, "deaths", None, None, None),
                ("quantity", 1290, "number", "case", None, "Westmoor"),
                ("quantity", 610, "number", "case", None, "Southby"),
                ("quantity", 480, "number", "case", None, "Northam"),
            ],
            id="a-list-under-a-heading-breaks-down-the-total-it-adds-up-to",
        ),
        pytest.param(
            "Officials counted 30 deaths. By region: North 40, South 12.",
            [("deaths", 30, "deaths", None, None, None)],
            id="a-list-under-a-heading-that-fits-no-total",
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
            [("deaths", 40, "deaths", None, None, None), ("deaths", 52, "deaths", "earlier", None, None)],
            id="the-earlier-value",
        ),
        pytest.param(
            "Few numbers hurt more than the count of children who died. Officials first said there were 9. "
            "Later the figure rose to 14.",
            [("deaths", 9, "deaths", "child", None, None), ("deaths", 14, "deaths", "child", None, None)],
            id="figures-that-point-back",
        ),
        pytest.param(
            "The blast damaged 400 homes.", [("quantity", 400, "damaged", "home", None, None)], id="a-count-of-things"
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
        pytest.param(
            "Orders cover 9,000 people, including everyone in Millford, a village of 2,300.",
            [("quantity", 9000, None, None, None, None), ("quantity", 2300, "population", None, "Millford", None)],
            id="a-village-of-n-is-its-population",
        ),
        pytest.param(
            "In a town of 3,100 people, homes burned.",
            [("quantity", 3100, None, None, "town", None)],
            id="an-unnamed-town-is-no-place-to-compare",
        ),
        pytest.param(
            "Fires forced 4,000 from their homes in Westland's Lark County.",
            [("quantity", 4000, "evacuated", None, "Lark County", None)],
            id="the-larger-place-is-no-part-of-the-name",
        ),
        pytest.param(
            "Some 9,000 people fled their homes. Nearly 900 firefighters are on the lines, among them 120 volunteers.",
            [
                ("quantity", 9000, "evacuated", None, None, None),
                ("quantity", 900, "number", "firefighter", None, None),
                ("quantity", 120, "number", "volunteer", None, None),
            ],
            id="among-them-later-is-of-another-figure",
        ),
        pytest.param(
            "Two protesters were killed and police arrested 30 protesters.",
            [("deaths", 2, "deaths", "protester", None, None), ("arrests", 30, "arrests", "protester", None, None)],
            id="what-befell-the-protesters",
        ),
        pytest.param(
            "Some 300 protesters marched.", [("quantity", 300, "crowd", None, None, None)], id="protesters-who-marched"
        ),
        pytest.param(
            "The 40 dead included 3 protesters.",
            [("deaths", 40, "deaths", None, None, None), ("deaths", 3, "deaths", "protester", None, None)],
            id="protesters-among-the-dead",
        ),
        pytest.param(
            "Medics treated 36 protesters; three officers were slightly hurt.",
            [("injuries", 36, "injuries", "protester", None, None), ("injuries", 3, "injuries", "officer", None, None)],
            id="treated-and-slightly-hurt",
        ),
        pytest.param(
            "The toll rose to 44 after the bodies of six more victims were recovered.",
            [("deaths", 44, "deaths", None, None, None), ("deaths", 6, "deaths", "more", None, None)],
            id="an-increment-of-the-same-measure",
        ),
        pytest.param(
            "Floods killed 40 people and injured 60 more.",
            [("deaths", 40, "deaths", None, None, None), ("injuries", 60, "injuries", None, None, None)],
            id="more-of-another-measure-is-its-toll",
        ),
        pytest.param(
            "Northland has recorded 655 suspected cases, Southby 240 and Lakeview 33.",
            [
                ("quantity", 655, "number", "suspected case", None, "Northland"),
                ("quantity", 240, "number", "suspected case", None, "Southby"),
                ("quantity", 33, "number", "suspected case", None, "Lakeview"),
            ],
            id="a-place-that-recorded-a-count-and-the-others",
        ),
        pytest.param(
            "58 people have died and 2,380 suspected cases have been recorded.",
            [("deaths", 58, "deaths", None, None, None), ("quantity", 2380, "number", "suspected case", None, None)],
            id="a-verb-after-the-first-figure-is-not-the-seconds",
        ),
        pytest.param(
            "The office counts 310 suspected cases among children under five.",
            [("quantity", 310, "number", "suspected case among child", None, None)],
            id="cases-among-a-group",
        ),
        pytest.param(
            "The ministry recorded 12 deaths among health workers.",
            [("deaths", 12, "deaths", "health worker", None, None)],
            id="deaths-among-a-group",
        ),
        pytest.param(
            "The virus spread quickly, with 40 cases among the people of the valley.",
            [("quantity", 40, "number", "case", None, None)],
            id="among-everyone-is-everyone",
        ),
        pytest.param(
            "Officials recorded 212 suspected cases on Monday.",
            [("quantity", 212, "number", "suspected case", None, None)],
            id="officials-are-no-owner",
        ),
        pytest.param(
            "Nationwide, the ministry counted 214,000 marchers in 40 towns; the unions spoke of 1.1 million.",
            [
                ("quantity", 214000, "crowd", None, "nationwide", None),
                ("quantity", 1100000, "crowd", None, "nationwide", None),
            ],
            id="nationwide",
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
        pytest.param(
            "Thousands marched again on Sunday, but the turnout was below last week's.",
            ["2023-05-14"],
            id="the-figures-own-clause-first",
        ),
    ],
)
def test_a_crowd_is_of_one_occasion(text: str, occasions: list[str | None]) -> None:
    found = [c.frame.event for c in claims_of(text, "quantity", published="2023-05-14")]
    assert found == occasions


@pytest.mark.parametrize(
    ("text", "occasions"),
    [
        pytest.param(
            "Thousands marched on Sunday. Nearly 50 were arrested on May 7; nine were arrested on Sunday.",
            ["2023-05-07", "2023-05-14"],
            id="the-day-of-its-own-clause",
        ),
        pytest.param(
            "Thousands marched on Sunday and 12 people were injured.", ["2023-05-14"], id="the-documents-own-march"
        ),
        pytest.param(
            "The union said it would march again next Sunday. Police said 30 people had been detained.",
            [None],
            id="a-march-to-come-is-not-the-documents-own",
        ),
        pytest.param("The quake killed 40 people on Sunday; 12 were arrested.", [None], id="no-gathering"),
    ],
)
def test_arrests_and_injuries_at_a_gathering_are_of_one_occasion(text: str, occasions: list[str | None]) -> None:
    found = [c.frame.event for c in claims_of(text, "arrests", "injuries", published="2023-05-14")]
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The toll soared past 3,000 on Monday.", ("deaths", 3000, 3000, None), id="soared-past"),
        pytest.param("The number of dead surpassed 6,000.", ("deaths", 6000, 6000, None), id="surpassed"),
        pytest.param("Deaths topped 100.", ("deaths", 100, 100, None), id="topped"),
        pytest.param("The toll crossed 1,000 overnight.", ("deaths", 1000, 1000, None), id="crossed"),
        pytest.param("The toll climbed to more than 200.", ("deaths", 200, 200, None), id="climbed-to-more-than"),
    ],
)
def test_hedge_verbs_make_lower_bounds(text: str, expected: tuple[object, ...]) -> None:
    (claim,) = claims_of(text, *COUNTS)
    assert isinstance(claim.value, Count)
    assert (claim.type, claim.value.nominal, claim.value.low, claim.value.high) == expected
    assert claim.value.qualifier == "more than"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Residents fled a 17-storey block.", (17, "storey", "size", "block", None), id="storey"),
        pytest.param("Workers widened a 2.5-metre-wide lane.", (2.5, "metre", "size", "lane", None), id="metre-wide"),
        pytest.param(
            "An 8-country coalition sent ships.", (8, "country", "countries", None, "coalition"), id="n-country"
        ),
        pytest.param("The 5.8-magnitude quake struck at dawn.", (5.8, "magnitude", "magnitude", None, None), id="mag"),
        pytest.param("The 1,200-ton ferry sank.", (1200, "ton", "size", "ferry", None), id="tonnage"),
    ],
)
def test_figures_glued_to_their_unit(text: str, expected: tuple[object, ...]) -> None:
    (claim,) = claims_of(text, "quantity")
    assert isinstance(claim.value, Count)
    f = claim.frame
    assert (claim.value.nominal, claim.value.unit, f.measure, f.counted, f.owner) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Organisers said more than a million people marched.", "Organisers", id="said"),
        pytest.param("Police put the crowd at 38,000 at its peak.", "Police", id="put-the-crowd-at"),
        pytest.param(
            "Protest organizers estimated the turnout at nearly 90,000.", "Protest organizers", id="estimated"
        ),
        pytest.param("An estimated 2,000 people marched.", None, id="an-estimated-is-a-hedge"),
    ],
)
def test_a_crowd_figure_names_its_source(text: str, source: str | None) -> None:
    (claim,) = claims_of(text, "quantity")
    assert claim.frame.measure == "crowd" and claim.attribution == source


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "The Lark Hill fire killed four people. Separately, the Dunmore Valley fire has burned 800 hectares.",
            [None, "Dunmore Valley fire"],
            id="another-named-event",
        ),
        pytest.param(
            "The Lark Hill fire killed four people. The Lark Hill fire burned 800 hectares.",
            [None, None],
            id="the-documents-own-event",
        ),
        pytest.param(
            "The Lark Hill fire killed four. Crews also fight the Dunmore Valley fire. It has burned 2,100 hectares.",
            [None, "Dunmore Valley fire"],
            id="it-points-back",
        ),
        pytest.param("The Saturday fire killed four people.", [None], id="a-weekday-is-no-name"),
        pytest.param(
            "The Lark Hill fire killed four people. Meanwhile, the Army fire burned 800 hectares.",
            [None, None],
            id="an-organisation-word-is-no-name",
        ),
        pytest.param("Storm Ana killed 40 people last year.", [None], id="the-only-named-event-is-the-own"),
    ],
)
def test_a_figure_of_another_named_event(text: str, events: list[str | None]) -> None:
    found = [c.frame.event for c in claims_of(text, *COUNTS)]
    assert found == events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The fire has burned about 1,200 hectares.", (1200, "hectare", "area", None), id="hectares"),
        pytest.param("Flames swept across 3,000 acres of forest.", (3000, "acre", "area", None), id="acres-of"),
        pytest.param(
            "The jet came down 4 km short of the runway.", (4, "km", "distance", "runway"), id="short-of-the-runway"
        ),
        pytest.param(
            "The jet came down 4 km (2.5 miles) short of the runway.",
            (4, "km", "distance", "runway"),
            id="short-of-the-runway-after-a-conversion",
        ),
        pytest.param(
            "The ship sank 12 miles off the Kessel coast.", (12, "mile", "distance", "coast"), id="miles-off-a-coast"
        ),
        pytest.param("The convoy drove 19 km.", (19, "km", None, None), id="a-length-of-nothing-named"),
    ],
)
def test_areas_and_distances(text: str, expected: tuple[object, ...]) -> None:
    (claim,) = claims_of(text, "quantity")
    assert isinstance(claim.value, Count)
    assert (claim.value.nominal, claim.value.unit, claim.frame.measure, claim.frame.counted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The temperature reached a record 42.1 degrees Celsius (107.8 °F) as the heat killed 27 people.",
            [("quantity", 42.1, "temperature", None, None, None), ("deaths", 27, "deaths", None, None, None)],
            id="a-record-and-its-conversion",
        ),
        pytest.param(
            "Thermometers hit 43.1 °C in Eastfield.",
            [("quantity", 43.1, "temperature", None, "Eastfield", None)],
            id="a-reading-of-a-place",
        ),
        pytest.param(
            "The thermometer reached 42.7 °C, smashing the old record of 41.9 °C.",
            [("quantity", 42.7, "temperature", None, None, None), ("quantity", 41.9, "temperature", None, None, None)],
            id="an-old-record",
        ),
        pytest.param(
            "Temperatures of 40 °C killed 12 people.",
            [("quantity", 40, "temperature", None, None, None), ("deaths", 12, "deaths", None, None, None)],
            id="degrees-are-no-toll",
        ),
    ],
)
def test_temperatures(text: str, expected: list[FrameRow]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of 160 fires, 38 were in Lakeview, where about 1,900 hectares burned of some 12,500 hectares nationwide.",
            [
                ("quantity", 160, "number", "fire", None, None),
                ("quantity", 1900, "area", None, "Lakeview", None),
                ("quantity", 12500, "area", None, "nationwide", None),
            ],
            id="where-and-nationwide-each-of-its-own-figure",
        ),
        pytest.param(
            "More than 8,000 people have been evacuated, including 640 from villages around the lake.",
            [("quantity", 8000, "evacuated", None, None, None), ("quantity", 640, "evacuated", "part", None, None)],
            id="including-a-bare-figure",
        ),
        pytest.param(
            "The heat killed 15 people. Of the 15, 11 were over 80 and nine died alone at home.",
            [
                ("deaths", 15, "deaths", None, None, None),
                ("deaths", 11, "deaths", "part", None, None),
                ("deaths", 9, "deaths", "part", None, None),
            ],
            id="of-the-figure-before-parts-of-it",
        ),
        pytest.param(
            "The crash killed 32 people. Of the 32 who died, 26 were killed at the scene and six died later.",
            [
                ("deaths", 32, "deaths", None, None, None),
                ("deaths", 32, "deaths", None, None, None),
                ("deaths", 26, "deaths", "part", "at the scene", None),
                ("deaths", 6, "deaths", "part", None, None),
            ],
            id="of-those-who-died-parts-of-them",
        ),
        pytest.param(
            "Police say 27 people have died, two of them in hospital.",
            [("deaths", 27, "deaths", None, None, None), ("deaths", 2, "deaths", "part", None, None)],
            id="of-the-dead-some-died-in-hospital",
        ),
        pytest.param(
            "Fifteen of the injured were in a serious condition.",
            [("injuries", 15, "in critical or serious condition", None, None, None)],
            id="of-the-injured-some-in-a-serious-condition",
        ),
        pytest.param(
            "In neighbouring Westmoor district, one worker was killed and three were injured.",
            [
                ("deaths", 1, "deaths", "worker", "Westmoor", None),
                ("injuries", 3, "injuries", None, "Westmoor", None),
            ],
            id="a-sentence-opening-with-its-place",
        ),
        pytest.param(
            "In Port Lemmon itself, 21 people are confirmed dead.",
            [("deaths", 21, "deaths", None, "Port Lemmon", None)],
            id="a-place-itself",
        ),
        pytest.param(
            "In Lemmon alone, 21 people died.", [("deaths", 21, "deaths", None, "Lemmon", None)], id="a-place-alone"
        ),
        pytest.param(
            "Officials said 118 people died: 96 in Fernland province, 17 in Vasko and five in inland Ardun.",
            [
                ("deaths", 118, "deaths", None, None, None),
                ("deaths", 96, "deaths", None, "Fernland", None),
                ("deaths", 17, "deaths", None, "Vasko", None),
                ("deaths", 5, "deaths", None, "Ardun", None),
            ],
            id="a-place-after-a-word-describing-it",
        ),
        pytest.param(
            "Officials said 118 people died, 40 of them in northern Fernland.",
            [("deaths", 118, "deaths", None, None, None), ("deaths", 40, "deaths", "part", None, None)],
            id="a-compass-part-of-a-place-is-no-place-read",
        ),
        pytest.param(
            "The heatwave has claimed 15 lives in Lakeview province.",
            [("deaths", 15, "deaths", None, "Lakeview", None)],
            id="a-place-and-its-kind-are-the-place",
        ),
        pytest.param(
            "The ministry has recorded 212 cases since the first patients fell ill in Fernland province.",
            [("quantity", 212, "number", "case", None, None)],
            id="a-place-in-a-clause-of-its-own-is-not-the-figures",
        ),
        pytest.param(
            "Most of the 38 people who died in Fernland province were fishermen.",
            [("deaths", 38, "deaths", None, "Fernland", None)],
            id="a-place-in-a-relative-clause-of-the-counted-is-theirs",
        ),
        pytest.param(
            "By Tuesday 19 miners had been brought out alive. Two more survivors were reached late on Wednesday.",
            [("quantity", 19, "rescued", "miner", None, None), ("quantity", 2, "rescued", "more", None, None)],
            id="more-after-its-measure-is-an-increment",
        ),
    ],
)
def test_parts_of_places(text: str, expected: list[FrameRow]) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The thermometer reached a record 42.7 °C, smashing the old record of 41.9 °C.", id="old"),
        pytest.param(
            "It reached a record 42.7 °C, above the national record of 41.9 °C (107.4 °F), set in the south in 2009.",
            id="set-in-a-year-before",
        ),
    ],
)
def test_a_record_and_the_old_record_are_two_events(text: str) -> None:
    found = [c for c in claims_of(text) if c.type == "quantity"]
    assert [(c.value.nominal, c.frame.event) for c in found] == [(42.7, "record"), (41.9, "previous record")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lakeside's shares fell 8.5% on Thursday.",
            ("share price", "fall", "Lakeside", "2022-01-13"),
            id="a-fall-on-a-day",
        ),
        pytest.param(
            "Its share price rose 3% on Monday.", ("share price", "rise", None, "2022-01-10"), id="a-rise-on-a-day"
        ),
        pytest.param("The stock has lost 14% since the collapse.", ("share price", "fall", None, None), id="since"),
        pytest.param(
            "Shares in Lakeside Resources, which is listed in Riverton, closed 8.5 percent lower on Thursday.",
            ("share price", "fall", "Lakeside", "2022-01-13"),
            id="closed-lower",
        ),
        pytest.param("About 80% of the town was flattened.", ("share", "town", None, None), id="a-share-of-a-thing"),
    ],
)
def test_share_price_moves(text: str, expected: tuple[str | None, ...]) -> None:
    (claim,) = [c for c in claims_of(text) if c.type == "quantity"]
    f = claim.frame
    assert (f.measure, f.counted, f.owner, f.event) == expected


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param("Officials warned the death toll could rise to 1,000.", "forecast", id="could-rise-to"),
        pytest.param("The toll is expected to exceed 500.", "forecast", id="expected-to-exceed"),
        pytest.param("Up to 10,000 people could be affected.", "forecast", id="could-be-after-the-noun"),
        pytest.param("The storm killed 12 people, police said.", None, id="a-toll-now"),
        pytest.param("The death toll rose to 1,000 on Monday.", None, id="a-rise-that-happened"),
    ],
)
def test_a_forecast_is_no_figure_now(text: str, event: str | None) -> None:
    (claim,) = [c for c in claims_of(text) if c.type != "date"]
    assert claim.frame.event == event


@pytest.mark.parametrize(
    ("text", "event", "date_event"),
    [
        pytest.param(
            "In a separate accident on Wednesday, two workers were killed when a loader overturned.",
            "separate",
            "",
            id="in-a-separate-accident",
        ),
        pytest.param("Separately, police have detained three men on Friday.", "separate", "", id="separately"),
        pytest.param("In another attack on Friday, 12 people were injured.", "separate", "", id="in-another-attack"),
        pytest.param(
            "In all, 12 people were injured in the attack on Friday.", None, "attack", id="in-all-is-the-story"
        ),
        pytest.param(
            "Two workers were killed in a fire at a warehouse on Wednesday. The fire was not connected with the blast.",
            "separate",
            "",
            id="set-apart-by-the-sentence-after",
        ),
        pytest.param(
            "On Wednesday, two workers were killed at a quarry. Police are investigating that accident separately.",
            "separate",
            "",
            id="investigated-separately",
        ),
        pytest.param(
            "Two workers were killed in the blast on Wednesday. Police are investigating the cause.",
            None,
            "bombing",
            id="a-sentence-after-that-sets-nothing-apart",
        ),
    ],
)
def test_another_incident_is_set_apart(text: str, event: str | None, date_event: str) -> None:
    claims = claims_of(text)
    (count,) = [c for c in claims if c.type != "date"]
    (date,) = [c for c in claims if c.type == "date"]
    assert (count.frame.event, date.value.event.split(" ·")[0]) == (event, date_event)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There are still two missing passengers, police said.",
            [("missing", 2, "missing", "passenger")],
            id="missing-passengers",
        ),
        pytest.param(
            "Three injured firefighters were taken to hospital.",
            [("injuries", 3, "in hospital", "firefighter")],
            id="the-predicate-says-more-than-the-adjective",
        ),
        pytest.param(
            "The blast left 14 injured rescuers.", [("injuries", 14, "injuries", "rescuer")], id="injured-rescuers"
        ),
        pytest.param(
            "Troops freed the 12 detained journalists on Friday.",
            [("arrests", 12, "arrests", "journalist")],
            id="detained-journalists",
        ),
        pytest.param(
            "Two injured firefighters later died in hospital.",
            [("deaths", 2, "deaths", "firefighter")],
            id="a-verb-after-overrides",
        ),
        pytest.param(
            "The quake left 70 dead and 200 injured.",
            [("deaths", 70, "deaths", None), ("injuries", 200, "injuries", None)],
            id="no-noun-after-the-adjective",
        ),
        pytest.param("Some 120 injured were treated.", [("injuries", 120, "injuries", None)], id="a-verb-follows"),
        pytest.param(
            "Divers recovered 43 bodies; there is one missing passenger.",
            [("deaths", 43, "deaths", None), ("missing", 1, "missing", "passenger")],
            id="one-missing-passenger",
        ),
    ],
)
def test_an_adjective_names_the_measure_and_the_noun_the_group(
    text: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    """Two missing passengers, three injured firefighters: what befell them is the adjective (unless a verb
    says more), who they are is the noun."""
    found = [(c.type, c.value.nominal, c.frame.measure, c.frame.counted) for c in claims_of(text, *COUNTS)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        pytest.param("The ministry has recorded 212 suspected cases.", ["suspected case"], id="suspected"),
        pytest.param("Laboratory-confirmed cases stood at 812.", ["confirmed case"], id="laboratory-confirmed"),
        pytest.param("Tests confirmed 40 probable cases.", ["probable case"], id="probable"),
        pytest.param("Rebel-linked gunmen killed 12 people.", [None], id="other-modifiers-still-go"),
    ],
)
def test_a_status_word_keeps_its_cases_apart(text: str, counted: list[str | None]) -> None:
    """Suspected, confirmed and probable cases are three counts, never one."""
    assert [c.frame.counted for c in claims_of(text, *COUNTS)] == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the past 24 hours, 37 new suspected cases and two deaths were reported.",
            [("quantity", 37, "more"), ("deaths", 2, "more")],
            id="a-days-new-counts",
        ),
        pytest.param(
            "The death toll rose to 58 in the past 24 hours.", [("deaths", 58, None)], id="a-total-reached-in-a-day"
        ),
        pytest.param(
            "Some 420 are missing, which would put the real toll at about 500.",
            [("missing", 420, None), ("deaths", 500, None)],
            id="a-toll-on-a-supposition",
        ),
        pytest.param(
            "Arrivals had reached 4,000 by Friday.", [("quantity", 4000, "arrival")], id="a-noun-that-reached-a-level"
        ),
        pytest.param(
            "Rescuers pulled 17 survivors from the rubble, bringing the number rescued to 120.",
            [("quantity", 17, "more"), ("quantity", 120, None)],
            id="an-increment-before-the-total-it-brings",
        ),
        pytest.param(
            "Floods killed 12 more people on Monday, taking the death toll to 57.",
            [("deaths", 12, "more"), ("deaths", 57, None)],
            id="more-before-the-total",
        ),
        pytest.param(
            "Rescuers have pulled 120 survivors from the rubble.",
            [("quantity", 120, None)],
            id="no-total-after-it-is-no-increment",
        ),
        pytest.param(
            "The storm has killed 14 people, including a child, and left 200,000 homes without power.",
            [("deaths", 14, None), ("quantity", 200_000, "home")],
            id="a-verb-after-the-list-ends-it",
        ),
        pytest.param(
            "The storm killed 14 people, including three children, and injured 40.",
            [("deaths", 14, None), ("deaths", 3, "child"), ("injuries", 40, None)],
            id="a-cue-after-the-list-is-its-own",
        ),
        pytest.param(
            "Officials said 12 Lebanese nationals and five Germans were killed.",
            [("deaths", 12, "lebanese"), ("deaths", 5, "german")],
            id="two-groups-share-the-verb-after-them",
        ),
        pytest.param(
            "About 300 police and 2,000 protesters were injured.",
            [("injuries", 300, "police"), ("injuries", 2000, "protester")],
            id="police-and-protesters-injured",
        ),
        pytest.param(
            "Twelve tents and five people were swept away.",
            [("quantity", 12, "tent"), ("quantity", 5, None)],
            id="things-share-no-verb-of-people",
        ),
    ],
)
def test_a_days_new_count_is_an_increment(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert counted_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three of the dead were foreign nationals: two from Germany and one from Austria.",
            [("deaths", 3, "foreign national"), ("deaths", 2, "german"), ("deaths", 1, "austrian")],
            id="shares-of-the-foreign-dead",
        ),
        pytest.param(
            "Most of the 104 survivors are from Syria, and at least 30 are from Pakistan.",
            [("quantity", 104, None), ("quantity", 30, "pakistani")],
            id="are-from-a-country",
        ),
        pytest.param(
            "Rescuers pulled 40 people from Lake Ardun.", [("quantity", 40, None)], id="from-a-place-that-is-no-country"
        ),
        pytest.param(
            "Officials said 12 Lebanese nationals were killed. Five German nationals were also killed.",
            [("deaths", 12, "lebanese"), ("deaths", 5, "german")],
            id="nationals-of-two-countries-are-two-groups",
        ),
        pytest.param(
            "About 130 Pakistani citizens had been on board, and 200 British citizens were evacuated.",
            [("quantity", 130, "pakistani"), ("quantity", 200, "british")],
            id="citizens-of-a-country-are-its-people",
        ),
        pytest.param(
            "The dead included 12 French tourists.", [("deaths", 12, "french tourist")], id="a-nationality-and-a-group"
        ),
        pytest.param(
            "Three UN peacekeepers were killed.", [("deaths", 3, "peacekeeper")], id="no-demonym-no-nationality"
        ),
    ],
)
def test_a_countrys_share(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert counted_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The storm killed 61 people across Spain.", [("deaths", 61, "nationwide")], id="across-a-country"),
        pytest.param(
            "The storm killed 38 people across Fernland province.",
            [("deaths", 38, "Fernland")],
            id="across-a-province-is-that-place",
        ),
        pytest.param("Early warnings saved thousands of lives.", [], id="lives-saved-are-no-toll"),
    ],
)
def test_across_and_saved(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    found = [(c.type, c.value.nominal, c.frame.place) for c in claims_of(text, *COUNTS)]  # type: ignore[union-attr]
    assert found == expected
