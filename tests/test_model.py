"""The model's hand-written shortcuts must stay equal to what dataclasses would do."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
from dataclasses import FrozenInstanceError, dataclass, field, fields, is_dataclass, make_dataclass, replace

import pytest

from factcheck import model
from factcheck.model import Claim, Count, Document, EventDate, Participants, Person, quick_init


def _every_field_set() -> Claim:
    """A claim whose every field differs from its default, so a field ``renamed`` forgets shows."""
    values = {f.name: f"{f.name}-value" for f in fields(Claim)}
    values["value"] = Count(nominal=5, low=4, high=6, qualifier="about", unit="troop")
    values["start"], values["end"] = 3, 9
    return Claim(**values)


def test_renamed_is_replace() -> None:
    claim = _every_field_set()
    assert claim.renamed(id="c7", document="other") == replace(claim, id="c7", document="other")


@pytest.mark.parametrize(
    "obj",
    [
        pytest.param(Count(nominal=None, low=200, high=None, qualifier="over"), id="count"),
        pytest.param(EventDate(date=dt.date(2022, 1, 13), precision="month", event="withdrawal"), id="date"),
        pytest.param(Participants(countries=("AM", "BY")), id="participants"),
        pytest.param(Person(name="Jane Doe", role="minister"), id="person"),
        pytest.param(_every_field_set(), id="claim"),
        pytest.param(Document(id="a", path="a.txt", text="Text.", published=dt.date(2022, 1, 1)), id="document"),
    ],
)
def test_pickle_round_trip(obj: object) -> None:
    back = pickle.loads(pickle.dumps(obj))
    assert back == obj
    assert type(back) is type(obj)


def test_each_claim_type_has_one_extractor() -> None:
    from factcheck.extract import EXTRACTORS
    from factcheck.model import CLAIM_TYPES

    produced = [t for e in EXTRACTORS for t in e.types]
    assert sorted(produced) == sorted(CLAIM_TYPES) and len(set(produced)) == len(produced)


_MODEL_TYPES = [
    obj
    for obj in vars(model).values()
    if isinstance(obj, type) and is_dataclass(obj) and obj.__module__ == model.__name__
]


@pytest.mark.parametrize("cls", _MODEL_TYPES, ids=lambda c: c.__name__)
def test_quick_init_is_the_dataclass_init(cls: type) -> None:
    """Every model type's ``__init__`` (``model.quick_init``) takes what the one ``dataclass`` writes would take,
    keyword-only with the same defaults, and sets each field to what it is given."""
    plain = make_dataclass(
        cls.__name__,
        [(f.name, f.type, field(default=f.default)) for f in fields(cls)],
        frozen=True,
        slots=True,
        kw_only=True,
    )
    ours, theirs = inspect.signature(cls).parameters, inspect.signature(plain).parameters
    assert [(p.name, p.kind, p.default) for p in ours.values()] == [
        (p.name, p.kind, p.default) for p in theirs.values()
    ]
    given = {f.name: object() for f in fields(cls)}
    made = cls(**given)
    assert all(getattr(made, name) is value for name, value in given.items())
    with pytest.raises(FrozenInstanceError):
        made.__setattr__(fields(cls)[0].name, None)


def test_quick_init_refuses_what_it_cannot_build() -> None:
    @dataclass(frozen=True, slots=True, kw_only=True)
    class Listed:
        items: list[int] = field(default_factory=list)

    with pytest.raises(TypeError, match="plain fields only"):
        quick_init(Listed)
