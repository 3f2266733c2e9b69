"""Claims to JSON-safe data and back, exactly: what the cache stores and the Dask workers return.

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
from typing import Any

from .model import Claim, Count, EventDate, Participants, Person

_VALUES: dict[str, type[Any]] = {t.__name__: t for t in (Count, EventDate, Participants, Person)}
_CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))

__all__ = ["decode_claims", "encode_claims"]


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
    if isinstance(value, (Count, EventDate, Participants, Person)):
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
