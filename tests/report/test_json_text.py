"""The JSON text written directly for claims and findings is exactly what ``json`` writes for their dicts."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from factcheck.model import (
    NO_FRAME,
    Claim,
    Count,
    EventDate,
    Finding,
    FindingValue,
    Frame,
    Participants,
    Person,
    Step,
    Value,
)
from factcheck.pipeline import run
from factcheck.report.json_out import (
    claim_json,
    claim_line,
    claim_lines,
    claim_rest,
    claim_rests,
    claim_text,
    finding_json,
    finding_text,
    frame_json,
    frame_text,
    value_json,
    value_text,
)

SEEDS = Path(__file__).parents[2] / "seeds"
_encode = json.JSONEncoder(ensure_ascii=False).encode

VALUES = [
    pytest.param(Count(nominal=2500, low=2250, high=2750, qualifier="about", unit="soldier"), id="count"),
    pytest.param(Count(nominal=None, low=200, high=None, qualifier="more than"), id="unbounded"),
    pytest.param(Count(nominal=7.0, low=7.0, high=7.0, unit="magnitude"), id="float-that-looks-int"),
    pytest.param(Count(nominal=7.8, low=0.1, high=1e22, unit="magnitude"), id="floats"),
    pytest.param(Count(nominal=float("inf"), low=float("nan"), high=None), id="non-finite"),
    pytest.param(Count(nominal=-3, low=10**20, high=0, unit='"quoted" \\ unit\n'), id="escapes"),
    pytest.param(EventDate(date=dt.date(2022, 1, 19), event="withdrawal completed"), id="date"),
    pytest.param(EventDate(date=dt.date(1998, 8, 1), precision="month", event="", relative=True), id="month"),
    pytest.param(EventDate(date=dt.date(1999, 1, 1), precision="year", event="ceasefire «agreed»"), id="year"),
    pytest.param(Participants(countries=("AM", "BY", "RU")), id="countries"),
    pytest.param(Participants(countries=()), id="no-countries"),
    pytest.param(Person(name="Zoë Ndiaye-Okafor", role=None), id="person"),
    pytest.param(Person(name="A \U0001f600 B", role="minister\tof state"), id="person-astral"),
]


@pytest.mark.parametrize("value", VALUES)
def test_value_text(value: Value) -> None:
    assert value_text(value) == _encode(value_json(value))


def _claim(value: Value, **fields: object) -> Claim:
    base: dict[str, object] = dict(
        id="c1", document="001_x", type="troops", value=value, text="about 2,500 troops", start=10, end=28,
        sentence="Some \"2,500\" troops, \u00e9lite \\ units\u2028arrived.", key="troops",
    )  # fmt: skip
    return Claim(**(base | fields))  # type: ignore[arg-type]


CLAIMS = [
    pytest.param(_claim(VALUES[0].values[0]), id="plain"),
    pytest.param(
        _claim(VALUES[2].values[0], subject="units in \u0000 zone", attribution="the \x7f ministry"), id="control"
    ),
    pytest.param(_claim(VALUES[6].values[0], type="date", scope="background", key='date:"x"'), id="date"),
    pytest.param(_claim(VALUES[9].values[0], type="participants", document="d\u00e9j\u00e0"), id="countries"),
    pytest.param(_claim(VALUES[11].values[0], type="person", text="", start=0, end=0), id="person"),
]


@pytest.mark.parametrize("claim", CLAIMS)
def test_claim_text(claim: Claim) -> None:
    assert claim_text(claim) == _encode(claim_json(claim))


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize(("claim_id", "document"), [("c12", "002_y"), ("c1", 'd\u00e9j\u00e0 "vu"')])
def test_a_claim_line_is_the_renamed_claims_text(claim: Claim, claim_id: str, document: str) -> None:
    renamed = claim.renamed(id=claim_id, document=document)
    assert claim_line(claim_id, document, claim_rest(claim)) == _encode(claim_json(renamed)) + "\n"


def test_claim_rests_are_each_claims_rest() -> None:
    claims = [p.values[0] for p in CLAIMS]
    shared = claims[0].sentence
    again = [c.renamed(id=c.id, document=c.document) for c in claims]  # the same sentence string, claim after claim
    other = _claim(VALUES[1].values[0], sentence="Another \u2028 sentence.")
    series = [*claims, other, *again, _claim(VALUES[0].values[0], sentence="".join(shared))]
    assert claim_rests(series) == tuple(claim_rest(c) for c in series)
    assert claim_rests([]) == ()


@pytest.mark.parametrize(("first", "document"), [(1, "002_y"), (998, 'd\u00e9j\u00e0 "vu"')])
def test_claim_lines_are_each_claims_line(first: int, document: str) -> None:
    rests = [claim_rest(p.values[0]) for p in CLAIMS]
    lines = "".join(claim_line(f"c{n}", document, rest) for n, rest in enumerate(rests, first))
    assert claim_lines(rests, first, document) == lines
    assert claim_lines([], first, document) == ""


def _value(value: Value, *docs: str) -> FindingValue:
    return FindingValue(value=value, claims=tuple(f"c{i}" for i, _ in enumerate(docs, 1)), documents=docs, outlets=docs)


FINDINGS = [
    pytest.param(
        Finding(
            id="f1", type="troops", key="troops", verdict="single_source", values=(_value(VALUES[0].values[0], "a"),)
        ),
        id="single",
    ),
    pytest.param(
        Finding(
            id="f2",
            type="deaths",
            key="deaths",
            verdict="contradiction",
            values=(_value(VALUES[1].values[0], "b", "a"), _value(VALUES[3].values[0], "c")),
            note='"b" gives two figures',
            consensus=VALUES[1].values[0],
            latest=VALUES[3].values[0],
            trend="rising",
            sequence=(
                Step(date=dt.date(2022, 1, 13), document="a", value=VALUES[1].values[0]),
                Step(date=dt.date(2022, 1, 14), document="c", value=VALUES[3].values[0]),
            ),
        ),
        id="contradiction",
    ),
    pytest.param(
        Finding(id="f3", type="person", key="x", verdict="partial", values=(_value(VALUES[12].values[0]),)),
        id="no-documents",
    ),
]


@pytest.mark.parametrize("finding", FINDINGS)
def test_finding_text(finding: Finding) -> None:
    assert finding_text(finding) == _encode(finding_json(finding))
    assert finding_text(finding, "s2") == _encode(finding_json(finding, "s2"))


def test_seeds_text_equals_the_dicts() -> None:
    result = run([str(SEEDS)])
    assert result.claims and result.findings
    assert [claim_text(c) for c in result.claims] == [_encode(claim_json(c)) for c in result.claims]
    assert [finding_text(f) for f in result.findings] == [_encode(finding_json(f)) for f in result.findings]


def test_random_values_and_frames_text_equals_the_dicts() -> None:
    rng = random.Random(20220113)
    pieces = ["a", "Zoë", '"', "\\", "\n", "\u2028", "\x7f", "\U0001f600", " ", "é"]

    def text() -> str:
        return "".join(rng.choice(pieces) for _ in range(rng.randrange(6)))

    def figure() -> int | float | None:
        return rng.choice([None, rng.randrange(-5, 10**6), rng.random() * 100, float(rng.randrange(9)), 10**20])

    for _ in range(2000):
        values: list[Value] = [
            Count(nominal=figure(), low=figure(), high=figure(), qualifier=text(), unit=text()),
            EventDate(
                date=dt.date(rng.randrange(1, 9999), rng.randrange(1, 13), rng.randrange(1, 29)),
                precision=rng.choice(["day", "month", "year"]),
                event=text(),
                relative=rng.random() < 0.5,
            ),
            Person(name=text(), role=rng.choice([None, text()])),
            Participants(countries=tuple(text() for _ in range(rng.randrange(4)))),
        ]
        for value in values:
            assert value_text(value) == _encode(value_json(value))
        frame = Frame(**{name: rng.choice([None, text()]) for name in Frame.__slots__})
        assert frame_text(frame) == _encode(frame_json(frame))
    assert frame_text(NO_FRAME) == _encode(frame_json(Frame()))
