"""Which claims are one finding: the frame rules of reconcile on hand-made claims (each case an invented story)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from factcheck.model import Claim, Count, EventDate, Frame
from factcheck.reconcile import reconcile
from factcheck.reconcile.frames import label

_ids = itertools.count()


def count(
    doc: str,
    value: int,
    measure: str | None = "deaths",
    typ: str = "deaths",
    *,
    counted: str | None = None,
    place: str | None = None,
    owner: str | None = None,
    event: str | None = None,
    unit: str = "person",
    qualifier: str = "exact",
    who: str | None = None,
    at: int | None = None,
    sentence: str | None = None,
) -> Claim:
    frame = Frame(measure=measure, counted=counted, place=place, owner=owner, event=event)
    number = next(_ids)
    return Claim(
        id=f"c{number}",
        document=doc,
        type=typ,  # type: ignore[arg-type]
        value=Count(nominal=value, low=value, high=value, qualifier=qualifier, unit=unit),
        text=str(value),
        start=next(_ids) if at is None else at,
        end=0,
        sentence=f"sentence {number}" if sentence is None else sentence,  # each its own, unless told
        key="?" if measure is None else "k",
        attribution=who,
        frame=frame,
    )


def findings(claims: list[Claim]) -> list[tuple[str, str, list[int]]]:
    """(key, verdict, figures) of each finding, in key order."""
    out = []
    for f in reconcile(claims):
        figures = sorted(v.value.nominal for v in f.values)  # type: ignore[union-attr]
        out.append((f.key, f.verdict, figures))
    return sorted(out)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        pytest.param(
            [count("a", 40), count("b", 52), count("b", 9, counted="child"), count("c", 9, counted="child")],
            [("deaths", "contradiction", [40, 52]), ("deaths · children", "agreement", [9])],
            id="a-sub-total-is-its-own-finding",
        ),
        pytest.param(
            [count("a", 250, None, "quantity", at=5), count("b", 40, None, "quantity", at=9)],
            [("quantity · a@5", "single_source", [250]), ("quantity · b@9", "single_source", [40])],
            id="an-unreadable-measure-joins-nothing",
        ),
        pytest.param(
            [count("a", 40, place="Northland"), count("b", 55, place="Northland"), count("c", 60)],
            [("deaths", "contradiction", [40, 55, 60])],
            id="the-storys-own-place-goes-without-saying",
        ),
        pytest.param(
            [count("a", 40), count("a", 12, place="Lakeview"), count("b", 45)],
            [("deaths", "contradiction", [40, 45]), ("deaths · Lakeview", "single_source", [12])],
            id="a-place-set-against-the-whole-is-a-part",
        ),
        pytest.param(
            [
                count("a", 61),
                count("a", 38, place="Lakeview"),
                count("b", 118),
                count("b", 96, place="Lakeview"),
                count("b", 17, place="Southby"),
                count("c", 40, place="Lakeview"),
            ],
            [
                ("deaths", "contradiction", [61, 118]),
                ("deaths · Lakeview", "contradiction", [38, 40, 96]),
                ("deaths · Southby", "single_source", [17]),
            ],
            id="a-place-with-a-larger-whole-beside-it-is-no-storys-place",
        ),
        pytest.param(
            [count("a", 150, place="Northland"), count("a", 2000), count("b", 3000, place="Northland")],
            [("deaths", "contradiction", [150, 2000, 3000])],
            id="one-place-below-the-whole-may-be-an-older-figure-of-it",
        ),
        pytest.param(
            [
                count("a", 27, sentence="27 have died, 19 of them in Northland."),
                count("a", 19, place="Northland", sentence="27 have died, 19 of them in Northland."),
                count("b", 58),
                count("b", 300, "number", "quantity", counted="case", place="Northland"),
                count("c", 400, "number", "quantity", counted="case", place="Northland"),
            ],
            [
                ("deaths", "contradiction", [27, 58]),
                ("deaths · Northland", "single_source", [19]),
                ("quantity · cases · Northland", "contradiction", [300, 400]),
            ],
            id="one-place-below-the-whole-in-its-own-sentence-is-a-part",
        ),
        pytest.param(
            [
                count("a", 37, "number", "quantity", counted="new case", at=3),
                count("b", 196, "number", "quantity", counted="new case", at=5),
                count("a", 212, "number", "quantity", counted="case"),
                count("b", 2380, "number", "quantity", counted="case"),
            ],
            [
                ("quantity · cases", "contradiction", [212, 2380]),
                ("quantity · new cases · a@3", "single_source", [37]),
                ("quantity · new cases · b@5", "single_source", [196]),
            ],
            id="new-cases-are-each-a-days-own",
        ),
        pytest.param(
            [
                count("a", 3, "duration", "duration", event="since outbreak", unit="day", at=4),
                count("b", 5, "duration", "duration", event="since outbreak", unit="week", at=6),
            ],
            [
                ("duration · since outbreak · a@4", "single_source", [3]),
                ("duration · since outbreak · b@6", "single_source", [5]),
            ],
            id="a-time-since-grows-with-the-articles-date",
        ),
        pytest.param(
            [
                count("a", 5_000_000, "money", "quantity", counted="aid", owner="Japan", unit="USD"),
                count("b", 10_000_000, "money", "quantity", counted="aid", owner="Japan", unit="USD"),
                count("c", 10_000_000, "money", "quantity", counted="aid", owner="Japan", unit="USD"),
                count("c", 38_000_000, "money", "quantity", counted="aid", unit="USD"),
            ],
            [
                ("quantity · money · aid", "single_source", [38_000_000]),
                ("quantity · money · aid · Japan", "contradiction", [5_000_000, 10_000_000]),
            ],
            id="a-donor-named-most-is-still-a-donor",
        ),
        pytest.param(
            [count("a", 80, place="Riverton"), count("b", 80)],
            [("deaths", "agreement", [80])],
            id="a-place-only-named-is-the-whole",
        ),
        pytest.param(
            [count("a", 30, place="elsewhere"), count("b", 300)],
            [("deaths", "single_source", [300]), ("deaths · elsewhere", "single_source", [30])],
            id="elsewhere-is-always-a-part",
        ),
        pytest.param(
            [
                count("a", 40, "troops", "troops", owner="Country A"),
                count("b", 12, "troops", "troops", owner="Country B"),
            ],
            [("troops · Country A", "single_source", [40]), ("troops · Country B", "single_source", [12])],
            id="two-owners-never-contradict",
        ),
        pytest.param(
            [
                count("a", 476, "on board", "quantity", counted="passenger"),
                count("b", 462, "on board", "quantity"),
            ],
            [("quantity · on board", "contradiction", [462, 476])],
            id="passengers-are-everyone-on-board",
        ),
        pytest.param(
            [
                count("a", 150, "on board", "quantity", counted="passenger"),
                count("a", 6, "on board", "quantity", counted="crew member"),
                count("b", 156, "on board", "quantity"),
            ],
            [
                ("quantity · on board", "single_source", [156]),
                ("quantity · on board · crew members", "single_source", [6]),
                ("quantity · on board · passengers", "single_source", [150]),
            ],
            id="unless-the-crew-is-counted-apart",
        ),
        pytest.param(
            [
                count("a", 900000, "crowd", "quantity", event="2024-03-03"),
                count("b", 850000, "crowd", "quantity", event="2024-03-03"),
                count("c", 2000000, "crowd", "quantity", event="2024-03-10"),
                count("d", 1500000, "crowd", "quantity"),
            ],
            [
                ("quantity · crowd · 2024-03-03", "contradiction", [850000, 900000]),
                ("quantity · crowd · 2024-03-10", "single_source", [2000000]),
                ("quantity · crowd · d", "single_source", [1500000]),
            ],
            id="two-occasions-never-mix",
        ),
        pytest.param(
            [
                count("a", 900, "crowd", "quantity", event="2024-03-03"),
                count("b", 800, "crowd", "quantity"),
            ],
            [("quantity · crowd", "contradiction", [800, 900])],
            id="one-occasion-needs-no-day",
        ),
        pytest.param(
            [
                count("a", 1000000, "crowd", "quantity", who="organisers"),
                count("a", 240000, "crowd", "quantity", who="police"),
            ],
            [("quantity · crowd", "contradiction", [240000, 1000000])],
            id="two-named-sources-in-one-document-contradict",
        ),
        pytest.param(
            [count("a", 50, who="the minister"), count("a", 70, who="the minister")],
            [("deaths", "single_source", [50, 70])],
            id="one-source-updating-itself-does-not",
        ),
        pytest.param(
            [
                count("a", 2, "duration", "duration", event="state of emergency", unit="week"),
                count("b", 14, "duration", "duration", event="state of emergency", unit="day"),
            ],
            [("duration · state of emergency", "agreement", [2])],
            id="durations-compare-in-days",
        ),
        pytest.param(
            [
                count("a", 6, "duration", "duration", event="withdrawal", unit="month"),
                count("b", 9, "duration", "duration", event="presence", unit="year"),
            ],
            [("duration · presence", "single_source", [9]), ("duration · withdrawal", "single_source", [6])],
            id="two-things-that-lasted-never-contradict",
        ),
        pytest.param(
            [count("a", 2400, "troops", "troops", qualifier="about"), count("b", 2400, "troops", "troops")],
            [("troops", "agreement", [2400, 2400])],
            id="about-n-and-n-agree",
        ),
        pytest.param(
            [count("a", 38), count("b", 44), count("b", 1, counted="passenger")],
            [("deaths", "contradiction", [38, 44]), ("deaths · passengers", "single_source", [1])],
            id="one-passenger-is-never-the-toll",
        ),
        pytest.param(
            [count("a", 38), count("b", 44), count("b", 2, counted="more", at=7), count("c", 5, counted="more", at=8)],
            [
                ("deaths", "contradiction", [38, 44]),
                ("deaths · more · b@7", "single_source", [2]),
                ("deaths · more · c@8", "single_source", [5]),
            ],
            id="an-increment-is-its-own-finding-and-no-other-increments",
        ),
        pytest.param(
            [
                count("a", 2300, "population", "quantity", place="Millford", unit="inhabitant"),
                count("b", 18000, "population", "quantity", place="Southby", unit="inhabitant"),
            ],
            [
                ("quantity · population · Millford", "single_source", [2300]),
                ("quantity · population · Southby", "single_source", [18000]),
            ],
            id="a-population-is-always-of-its-place",
        ),
        pytest.param(
            [count("a", 40000, place="nationwide"), count("b", 62000)],
            [("deaths", "contradiction", [40000, 62000])],
            id="nationwide-in-a-story-of-no-one-place-is-the-story",
        ),
        pytest.param(
            [
                count("a", 40000, place="nationwide"),
                count("a", 9000, place="Northland"),
                count("b", 9500, place="Northland"),
            ],
            [("deaths", "contradiction", [9000, 9500]), ("deaths · nationwide", "single_source", [40000])],
            id="nationwide-against-the-storys-own-place",
        ),
        pytest.param(
            [
                count("a", 40000, place="nationwide"),
                count("b", 60000, place="nationwide"),
                count("c", 62000),
            ],
            [("deaths", "contradiction", [40000, 60000, 62000])],
            id="nationwide-named-most-is-the-story-s-whole",
        ),
        pytest.param(
            [count("a", 40), count("a", 21, counted="part", at=7), count("b", 9, counted="part", at=3)],
            [
                ("deaths", "single_source", [40]),
                ("deaths · part · a@7", "single_source", [21]),
                ("deaths · part · b@3", "single_source", [9]),
            ],
            id="an-unnamed-part-joins-nothing",
        ),
        pytest.param(
            [
                count("a", 42.7, "temperature", "quantity", event="record", unit="degree Celsius"),
                count("b", 43.1, "temperature", "quantity", event="record", unit="degree Celsius"),
                count("c", 39.4, "temperature", "quantity", unit="degree Celsius", at=4),
            ],
            [
                ("quantity · temperature · c@4", "single_source", [39.4]),
                ("quantity · temperature · record", "contradiction", [42.7, 43.1]),
            ],
            id="records-line-up-and-other-readings-stay-alone",
        ),
        pytest.param(
            [count("a", 164), count("a", 44, counted="earlier", at=9), count("b", 164)],
            [("deaths", "agreement", [164]), ("deaths · earlier · a@9", "single_source", [44])],
            id="an-earlier-value-is-no-contradiction",
        ),
        pytest.param(
            [count("a", 40), count("b", 1000, event="forecast", at=5), count("c", 40)],
            [("deaths", "agreement", [40]), ("deaths · forecast · b@5", "single_source", [1000])],
            id="a-forecast-is-no-contradiction",
        ),
        pytest.param(
            [count("a", 40), count("b", 2, event="separate", at=5), count("c", 40)],
            [("deaths", "agreement", [40]), ("deaths · separate · b@5", "single_source", [2])],
            id="another-incident-is-no-contradiction",
        ),
        pytest.param(
            [count("a", 40), count("b", 9, owner="own account", at=5), count("c", 22, owner="own account", at=7)],
            [
                ("deaths", "single_source", [40]),
                ("deaths · own account · b@5", "single_source", [9]),
                ("deaths · own account · c@7", "single_source", [22]),
            ],
            id="a-pages-own-share-is-no-contradiction",
        ),
        pytest.param(
            [
                count("a", 22, "duration", "duration", event="personal", unit="year", at=5),
                count("b", 31, "duration", "duration", event="personal", unit="year", at=7),
            ],
            [
                ("duration · personal · a@5", "single_source", [22]),
                ("duration · personal · b@7", "single_source", [31]),
            ],
            id="two-peoples-working-lives-are-no-contradiction",
        ),
        pytest.param(
            [
                count("a", 500_000, "number", "quantity", counted="dose", event="one batch", at=3),
                count("b", 450_000, "number", "quantity", counted="dose", event="first shipment"),
                count("c", 500_000, "number", "quantity", counted="dose", event="first shipment"),
                count("c", 750_000, "number", "quantity", counted="dose"),
            ],
            [
                ("quantity · doses", "single_source", [750_000]),
                ("quantity · doses · first shipment", "contradiction", [450_000, 500_000]),
                ("quantity · doses · one batch · a@3", "single_source", [500_000]),
            ],
            id="batches-line-up-by-their-number-and-an-unnumbered-one-with-nothing",
        ),
        pytest.param(
            [count("a", 12, counted="miner"), count("b", 12), count("c", 14, counted="man")],
            [("deaths", "contradiction", [12, 14])],
            id="the-people-at-work-stand-for-everyone",
        ),
        pytest.param(
            [count("a", 12, counted="miner"), count("b", 14), count("b", 2, counted="rescuer")],
            [
                ("deaths", "single_source", [14]),
                ("deaths · miners", "single_source", [12]),
                ("deaths · rescuers", "single_source", [2]),
            ],
            id="unless-those-who-came-to-help-are-counted",
        ),
    ],
)
def test_one_finding_per_frame(claims: list[Claim], expected: list[tuple[str, str, list[int]]]) -> None:
    assert findings(claims) == expected


def _date(doc: str, day: str, event: str, occurrence: str | None = None) -> Claim:
    return Claim(
        id=f"c{next(_ids)}",
        document=doc,
        type="date",
        value=EventDate(date=dt.date.fromisoformat(day), event=event),
        text=day,
        start=0,
        end=1,
        sentence="s",
        key="k",
        frame=Frame(event=occurrence or event or None),
    )


def test_dates_of_a_recurring_event_are_apart_by_day_and_dates_with_no_event_join_nothing() -> None:
    claims = [
        _date("a", "2024-03-03", "protests", "protests · 2024-03-03"),
        _date("b", "2024-03-03", "protests", "protests · 2024-03-03"),
        _date("c", "2024-03-10", "protests", "protests · 2024-03-10"),
        _date("a", "2024-03-02", "collapse"),
        _date("b", "2024-03-01", "collapse"),
        _date("c", "2024-03-05", ""),
    ]
    found = sorted((f.key, f.verdict, len(f.values)) for f in reconcile(claims))
    assert found == [
        ("date · collapse", "contradiction", 2),
        ("date · protests · 2024-03-03", "agreement", 1),
        ("date · protests · 2024-03-10", "single_source", 1),
    ]


@pytest.mark.parametrize(
    ("typ", "frame", "key"),
    [
        pytest.param("deaths", Frame(measure="deaths", counted="child"), "deaths · children", id="counted-plural"),
        pytest.param("injuries", Frame(measure="in hospital"), "injuries · in hospital", id="measure"),
        pytest.param(
            "quantity",
            Frame(measure="number", counted="jet", owner="Country A"),
            "quantity · jets · Country A",
            id="owner",
        ),
        pytest.param("date", Frame(event="bridge collapse"), "date · bridge collapse", id="event"),
        pytest.param("troops", Frame(measure="troops", place="Northland"), "troops · Northland", id="place"),
    ],
)
def test_keys_read_as_words(typ: str, frame: Frame, key: str) -> None:
    assert label(typ, frame) == key
