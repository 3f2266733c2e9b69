"""What a worker ships back: a file's documents and claims, through pickle, exactly."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from factcheck.batch import FileClaims, Options, extract_file
from factcheck.model import Claim, Count, Document, EventDate, InputError, Participants, Person, Value
from factcheck.report.json_out import claim_text


def _claim(n: int, value: Value, **given: object) -> Claim:
    fields: dict[str, object] = dict(
        id=f"a:c{n}", document="a", type="deaths", value=value, text="t", start=n, end=n + 1, sentence="s", key="k"
    )
    return Claim(**{**fields, **given})  # type: ignore[arg-type]


VALUES = [
    Count(nominal=7, low=7, high=None),
    Count(nominal=7.8, low=7.8, high=7.8, qualifier="exact", unit="magnitude"),
    Count(nominal=None, low=200, high=None, qualifier="over", unit="person"),
    EventDate(date=dt.date(2022, 1, 13), precision="month", event="withdrawal began", relative=True),
    Participants(countries=("AM", "BY", "RU")),
    Participants(countries=()),
    Person(name="Jane Doe", role=None),
]


@pytest.mark.parametrize(
    "shipped",
    [
        pytest.param(
            FileClaims(
                path="a.txt",
                documents=(Document(id="a", path="a.txt", text="", published=dt.date(2022, 1, 1), size=10),),
                claims=(
                    tuple(
                        _claim(i, v, subject="x", scope="background", attribution="AP") for i, v in enumerate(VALUES)
                    ),
                ),
            ),
            id="every-value-kind",
        ),
        pytest.param(FileClaims(path="b.txt", errors=(InputError(path="b.txt", reason="empty file"),)), id="error"),
        pytest.param(FileClaims(path="c.json", documents=(), claims=((), ())), id="no-claims"),
        pytest.param(
            FileClaims(path="d.txt", texts=(('"type": "deaths"}', '"type": "d\u00e9j\u00e0"}'), ())), id="texts"
        ),
    ],
)
def test_file_claims_survive_pickling(shipped: FileClaims) -> None:
    back = pickle.loads(pickle.dumps(shipped))
    assert back == shipped
    assert [type(c.value.nominal) for cs in back.claims for c in cs if isinstance(c.value, Count)] == [
        type(c.value.nominal) for cs in shipped.claims for c in cs if isinstance(c.value, Count)
    ]


@pytest.mark.parametrize("types", [None, ("date", "person")])
def test_the_texts_of_a_files_claims_are_their_json_text(tmp_path: Path, types: tuple[str, ...] | None) -> None:
    (tmp_path / "a.txt").write_text(
        "Clashes\n\nMarch 3, 2021\n\nTwelve soldiers were killed on March 2, said General Ivan Petrov.", "utf-8"
    )
    claims = extract_file(str(tmp_path / "a.txt"), True, Options(types=types))
    texts = extract_file(str(tmp_path / "a.txt"), True, Options(types=types, text=True))
    assert texts.documents == claims.documents and not texts.claims and sum(map(len, claims.claims)) > 1
    assert texts.texts == tuple(tuple(claim_text(c).split(", ", 2)[2] for c in cs) for cs in claims.claims)
