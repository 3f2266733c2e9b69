"""The reconcile stage alone, on hand-made claims."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.model import Claim, Count, Document, EventDate, Participants, Person, Value
from factcheck.reconcile import Selection, reconcile, same_given_name, select, sources


def claim(doc: str, typ: str, value: Value, key: str | None = None, scope: str = "story") -> Claim:
    return Claim(
        id=f"{doc}-{typ}-{id(value)}",
        document=doc,
        type=typ,
        value=value,
        text="t",
        start=0,
        end=1,
        sentence="t",
        key=key or typ,
        scope=scope,
    )  # type: ignore[arg-type]


def count(nominal: int | None, low: int | None, high: int | None, qualifier: str = "exact") -> Count:
    return Count(nominal=nominal, low=low, high=high, qualifier=qualifier)


def day(s: str, event: str = "withdrawal began") -> EventDate:
    return EventDate(date=dt.date.fromisoformat(s), event=event)


@pytest.mark.parametrize(
    ("values", "verdict"),
    [
        pytest.param(
            [count(2000, 1800, 2200, "about"), count(2500, 2250, 2750, "about")],
            "contradiction",
            id="around-2000-vs-about-2500",
        ),
        pytest.param(
            [count(None, 24, 146, "between"), count(200, 200, None, "more than")],
            "contradiction",
            id="dozens-to-146-vs-over-200",
        ),
        pytest.param(
            [count(2500, 2500, None, "more than"), count(2650, 2650, None, "more than")],
            "partial",
            id="two-lower-bounds",
        ),
        pytest.param(
            [count(10000, 9000, 11000, "about"), count(10000, 10000, 10000)], "agreement", id="about-is-the-same-figure"
        ),
        pytest.param(
            [count(10000, 9000, 10000, "nearly"), count(10000, 10000, 10000)], "partial", id="nearly-vs-exact"
        ),
        pytest.param(
            [count(300000, 300000, None, "more than"), count(300000, 300000, 300000)],
            "partial",
            id="more-than-vs-exact",
        ),
        pytest.param([count(3500, 3500, 3500), count(3500, 3500, 3500)], "agreement", id="same-figure"),
        pytest.param(
            [count(None, 10, 15, "between"), count(15, None, 15, "up to")], "partial", id="range-vs-upper-bound"
        ),
        pytest.param([count(11, 11, 11), count(9, 9, 9)], "contradiction", id="eleven-vs-nine"),
        pytest.param([count(7, 7, 7)], "single_source", id="one-document"),
    ],
)
def test_count_verdicts(values: list[Count], verdict: str) -> None:
    claims = [claim(f"d{i}", "troops", v) for i, v in enumerate(values)]
    (finding,) = reconcile(claims)
    assert finding.verdict == verdict


def test_same_document_twice_is_single_source() -> None:
    (finding,) = reconcile([claim("a", "deaths", count(262, 262, 262)), claim("a", "deaths", count(413, 413, 413))])
    assert finding.verdict == "single_source"
    assert [v.value.nominal for v in finding.values] == [262, 413]  # type: ignore[union-attr]


def test_background_claims_are_never_compared() -> None:
    claims = [
        claim("a", "deaths", count(39, 39, None, "at least")),
        claim("b", "deaths", count(200, 200, None, "more than"), scope="background"),
    ]
    (finding,) = reconcile(claims)
    assert finding.verdict == "single_source"


def test_keys_keep_groups_apart() -> None:
    claims = [
        claim("a", "deaths", count(61, 61, 61), key="deaths:civilian"),
        claim("b", "deaths", count(72, 72, 72), key="deaths"),
    ]
    assert {f.verdict for f in reconcile(claims)} == {"single_source"}


def test_equal_values_merge_with_their_documents() -> None:
    claims = [
        claim("a", "troops", count(2000, 1800, 2200, "about")),
        claim("b", "troops", count(2000, 1800, 2200, "about")),
    ]
    (finding,) = reconcile(claims)
    assert finding.verdict == "agreement"
    assert [v.documents for v in finding.values] == [("a", "b")]


@pytest.mark.parametrize(
    ("dates", "verdict"),
    [
        pytest.param(["2022-01-13", "2022-01-13"], "agreement", id="same-day"),
        pytest.param(["2022-01-01", "2022-01-02"], "contradiction", id="different-days"),
    ],
)
def test_date_verdicts(dates: list[str], verdict: str) -> None:
    (finding,) = reconcile([claim(f"d{i}", "date", day(d)) for i, d in enumerate(dates)])
    assert finding.verdict == verdict


def test_month_holding_the_day_is_partial() -> None:
    month = EventDate(date=dt.date(2022, 1, 1), precision="month", event="withdrawal began")
    (finding,) = reconcile([claim("a", "date", day("2022-01-13")), claim("b", "date", month)])
    assert finding.verdict == "partial"


@pytest.mark.parametrize(
    ("sets", "verdict"),
    [
        pytest.param([("AM", "BY", "RU"), ("AM", "BY", "RU")], "agreement", id="same-set"),
        pytest.param([("AM", "BY", "KG", "RU", "TJ"), ("AM", "BY", "RU", "TJ")], "partial", id="subset"),
    ],
)
def test_participant_verdicts(sets: list[tuple[str, ...]], verdict: str) -> None:
    claims = [claim(f"d{i}", "participants", Participants(countries=s)) for i, s in enumerate(sets)]
    (finding,) = reconcile(claims)
    assert finding.verdict == verdict


@pytest.mark.parametrize(
    ("names", "verdict"),
    [
        pytest.param(["Ivan Petrov", "Igor Petrov"], "contradiction", id="first-names-differ-same-role"),
        pytest.param(["Oleg Markov", "Oleh Markov"], "agreement", id="transliteration"),
        pytest.param(["Kofi Mensah", "Mensah"], "agreement", id="surname-only"),
        pytest.param(["Kofi Mensah", "Kofi Mensah"], "agreement", id="same-name"),
    ],
)
def test_person_verdicts(names: list[str], verdict: str) -> None:
    key = "person:" + names[0].split()[-1].lower()
    claims = [claim(f"d{i}", "person", Person(name=n, role="commander"), key=key) for i, n in enumerate(names)]
    (finding,) = reconcile(claims)
    assert finding.verdict == verdict


def test_two_people_named_in_one_document_are_not_a_contradiction() -> None:
    key = "person:mensah"
    claims = [
        claim("a", "person", Person(name="Kofi Mensah", role="president"), key=key),
        claim("a", "person", Person(name="Ama Mensah", role="president"), key=key),
        claim("b", "person", Person(name="Kofi Mensah", role="president"), key=key),
    ]
    assert [f.verdict for f in reconcile(claims)] == ["agreement", "single_source"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Sergey", "Sergei", True, id="y-i"),
        pytest.param("Andrei", "Anatoly", False, id="different"),
        pytest.param("Mohammed", "Muhammad", True, id="vowels"),
        pytest.param("A.", "Andrei", True, id="initial"),
        pytest.param("Ána", "Ana", True, id="accent"),
    ],
)
def test_same_given_name(a: str, b: str, same: bool) -> None:
    assert same_given_name(a, b) is same


def _dated(*days: str, outlets: tuple[str | None, ...] = ()) -> list[Document]:
    return [
        Document(
            id=chr(ord("a") + i),
            path="x",
            text="",
            published=dt.date.fromisoformat(d) if d else None,
            outlet=outlets[i] if i < len(outlets) else None,
        )
        for i, d in enumerate(days)
    ]


def test_rising_toll_is_a_contradiction_with_a_trend() -> None:
    docs = _dated("2022-01-13", "2022-01-19")
    claims = [
        claim("a", "deaths", count(None, 24, 146, "between")),
        claim("b", "deaths", count(200, 200, None, "more than")),
    ]
    (finding,) = reconcile(claims, docs)
    assert (finding.verdict, finding.trend) == ("contradiction", "rising")
    assert [(s.date.day, s.document) for s in finding.sequence] == [(13, "a"), (19, "b")]
    assert finding.latest == count(200, 200, None, "more than")


@pytest.mark.parametrize(
    ("figures", "trend"),
    [
        pytest.param([(None, 100), ("2022-01-14", 120), ("2022-01-15", 150)], "rising", id="undated-document-left-out"),
        pytest.param([("2022-01-13", 150), ("2022-01-14", 120), ("2022-01-15", 100)], "falling", id="falling"),
        pytest.param([("2022-01-13", 100), ("2022-01-14", 150), ("2022-01-15", 120)], None, id="not-in-step-with-time"),
        pytest.param([("2022-01-13", 100), ("2022-01-13", 150)], None, id="one-day-is-no-trend"),
    ],
)
def test_trend_needs_figures_in_step_with_time(figures: list[tuple[str | None, int]], trend: str | None) -> None:
    docs = _dated(*(d or "" for d, _ in figures))
    claims = [claim(d.id, "deaths", count(n, n, n)) for d, (_, n) in zip(docs, figures, strict=True)]
    (finding,) = reconcile(claims, docs)
    assert finding.trend == trend


def test_one_outlet_counts_once_in_the_consensus() -> None:
    docs = _dated("2022-01-13", "2022-01-13", "2022-01-13", outlets=("wire", "wire", "paper"))
    claims = [
        claim("a", "troops", count(2000, 2000, 2000)),
        claim("b", "troops", count(2000, 2000, 2000)),
        claim("c", "troops", count(2500, 2500, 2500)),
        claim("d", "troops", count(2500, 2500, 2500)),
    ]
    docs.append(Document(id="d", path="x", text="", published=dt.date(2022, 1, 14), outlet="radio"))
    (finding,) = reconcile(claims, docs)
    assert [v.outlets for v in finding.values] == [("wire",), ("paper", "radio")]
    assert finding.consensus == count(2500, 2500, 2500)


def test_consensus_tie_goes_to_the_latest_report() -> None:
    docs = _dated("2022-01-13", "2022-01-19")
    claims = [claim("a", "troops", count(2500, 2500, 2500)), claim("b", "troops", count(2000, 2000, 2000))]
    (finding,) = reconcile(claims, docs)
    assert finding.consensus == count(2000, 2000, 2000)


def test_a_document_with_two_figures_is_named() -> None:
    claims = [
        claim("a", "deaths", count(146, 146, 146)),
        claim("a", "deaths", count(164, 164, 164)),
        claim("b", "deaths", count(164, 164, 164)),
    ]
    (finding,) = reconcile(claims)
    assert "a gives 2 figures" in finding.note


def test_more_outlets_first_within_a_verdict() -> None:
    docs = _dated("", "", "", outlets=("x", "y", "z"))
    claims = [
        claim("a", "troops", count(10, 10, 10)),
        claim("b", "troops", count(10, 10, 10)),
        claim("a", "deaths", count(5, 5, 5)),
        claim("b", "deaths", count(5, 5, 5)),
        claim("c", "deaths", count(5, 5, 5)),
    ]
    assert [f.type for f in reconcile(claims, docs)] == ["deaths", "troops"]


def test_sources_tally_agree_contradict_only() -> None:
    docs = _dated("2022-01-13", "2022-01-14", "2022-01-15")
    claims = [
        claim("a", "troops", count(2000, 2000, 2000)),
        claim("b", "troops", count(2500, 2500, 2500)),
        claim("c", "troops", count(2500, 2500, 2500)),
        claim("a", "arrests", count(9, 9, 9)),
    ]
    rows = sources(reconcile(claims, docs), docs)
    assert [(r.document, r.agree, r.contradict, r.only) for r in rows] == [
        ("a", 0, 1, 1),
        ("b", 1, 0, 0),
        ("c", 1, 0, 0),
    ]


def test_findings_are_ordered_and_numbered() -> None:
    claims = [
        claim("a", "person", Person(name="X Y"), key="person:y"),
        claim("a", "troops", count(1, 1, 1)),
        claim("b", "troops", count(2, 2, 2)),
    ]
    findings = reconcile(claims)
    assert [(f.id, f.verdict) for f in findings] == [("f1", "contradiction"), ("f2", "single_source")]


def test_select() -> None:
    claims = [
        claim("a", "troops", count(1, 1, 1)),
        claim("b", "troops", count(2, 2, 2)),
        claim("a", "deaths", count(5, 5, 5)),
    ]
    findings = reconcile(claims)
    assert [f.type for f in select(findings, Selection(verdicts=("contradiction",)))] == ["troops"]
    assert [f.type for f in select(findings, Selection(types=("deaths",)))] == ["deaths"]
    assert [f.type for f in select(findings, Selection(min_sources=2))] == ["troops"]


@pytest.mark.parametrize(
    ("events", "groups"),
    [
        pytest.param(["withdrawal began", "withdrawal begun"], 1, id="near-identical-labels-join"),
        pytest.param(["withdrawal began", "withdrawal completed"], 2, id="different-events-stay-apart"),
        pytest.param(["earthquake", "earthquake (reported)"], 2, id="reporting-date-is-another-event"),
        pytest.param(["", ""], 0, id="dates-with-no-event-join-no-finding"),
    ],
)
def test_event_labels_merge_by_similarity(events: list[str], groups: int) -> None:
    claims = [claim(chr(ord("a") + i), "date", day("2022-01-13", e)) for i, e in enumerate(events)]
    assert len(reconcile(claims)) == groups
