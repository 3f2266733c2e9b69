"""Claims to JSON-safe data and back, exactly: what the cache stores. And claims to plain rows and
back (``pack_claims``), which is how worker processes and Dask workers ship them.

Only the model's own value types are decoded; anything else is a ``ValueError``, so a foreign or
tampered entry is rejected rather than trusted (no pickle: a cache folder is not trusted code).

>>> import json
>>> c = Claim(id="c1", document="a", type="deaths", value=Count(nominal=7.5, low=7, high=None),
...           text="over 7.5", start=3, end=11, sentence="s", key="deaths:people")
>>> decode_claims(json.loads(json.dumps(encode_claims([c])))) == [c]
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from .model import Claim, Count, EventDate, Frame, Participants, Person

_VALUES: dict[str, type[Any]] = {t.__name__: t for t in (Count, EventDate, Participants, Person, Frame)}
_CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))

__all__ = ["decode_claims", "encode_claims", "pack_claims", "unpack_claims"]


def _one(name: str) -> Callable[[Any], tuple[Any]]:
    """``attrgetter(name)``, but as a 1-tuple like the getter of several fields."""
    get = attrgetter(name)
    return lambda v: (get(v),)


_ROW: Callable[[Claim], tuple[Any, ...]] = attrgetter(*Claim.__slots__)
_VALUE_AT = Claim.__slots__.index("value")
_FRAME_AT = Claim.__slots__.index("frame")
_FRAME_FIELDS: Callable[[Frame], tuple[Any, ...]] = attrgetter(*Frame.__slots__)
_KINDS: tuple[type[Any], ...] = (Count, EventDate, Participants, Person)
_FIELDS: dict[type[Any], tuple[int, Callable[[Any], Any]]] = {
    kind: (i, attrgetter(*kind.__slots__) if len(kind.__slots__) > 1 else _one(kind.__slots__[0]))
    for i, kind in enumerate(_KINDS)
}
_new = object.__new__


def pack_claims(claims: Iterable[Claim]) -> list[list[Any]]:
    """Each claim as a row of its fields in slot order, the value as (kind, its fields): plain tuples and
    lists pickle in C, where the dataclasses would call back into Python for every object.

    For processes of one run, which trust each other: ``decode_claims`` is what checks foreign data.

    >>> c = Claim(id="c1", document="a", type="deaths", value=Count(nominal=7, low=7, high=None),
    ...           text="7", start=3, end=4, sentence="s", key="deaths:people")
    >>> unpack_claims(pack_claims([c])) == [c]
    True
    """
    rows = []
    for c in claims:
        row = list(_ROW(c))
        kind, fields = _FIELDS[type(c.value)]
        row[_VALUE_AT] = (kind, fields(c.value))
        row[_FRAME_AT] = _FRAME_FIELDS(c.frame)
        rows.append(row)
    return rows


def unpack_claims(rows: Iterable[list[Any]]) -> list[Claim]:
    """The claims ``pack_claims`` gave, rebuilt as unpickling rebuilds them (``__setstate__``)."""
    out = []
    for row in rows:
        kind, fields = row[_VALUE_AT]
        value = _new(_KINDS[kind])
        value.__setstate__(fields)
        row[_VALUE_AT] = value
        frame = _new(Frame)
        frame.__setstate__(row[_FRAME_AT])
        row[_FRAME_AT] = frame
        claim = _new(Claim)
        claim.__setstate__(row)
        out.append(claim)
    return out


def encode_claims(claims: list[Claim]) -> list[list[Any]]:
    """Each claim as a list of its fields, the value tagged with its type."""
    return [[_encode(getattr(c, name)) for name in _CLAIM_FIELDS] for c in claims]


def decode_claims(data: object) -> list[Claim]:
    """The claims ``encode_claims`` gave; ``ValueError`` for anything else."""
    if not isinstance(data, list):
        raise ValueError("not a list of claims")
    out = []
    for row in data:
        if not isinstance(row, list) or len(row) != len(_CLAIM_FIELDS):
            raise ValueError("not a claim")
        fields = {name: _decode(v) for name, v in zip(_CLAIM_FIELDS, row, strict=True)}
        try:
            out.append(Claim(**fields))
        except TypeError as e:
            raise ValueError(str(e)) from None
    return out


def _encode(value: object) -> object:
    if isinstance(value, (Count, EventDate, Participants, Person, Frame)):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$": type(value).__name__, **fields}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    return value


def _decode(value: object) -> Any:
    if isinstance(value, dict):
        if "$date" in value:
            return dt.date.fromisoformat(str(value["$date"]))
        if "$tuple" in value and isinstance(value["$tuple"], list):
            return tuple(_decode(v) for v in value["$tuple"])
        kind = _VALUES.get(str(value.get("$")))
        if kind is None:
            raise ValueError("unknown value type")
        try:
            return kind(**{k: _decode(v) for k, v in value.items() if k != "$"})
        except TypeError as e:
            raise ValueError(str(e)) from None
    if isinstance(value, list):
        raise ValueError("bare list")
    return value
