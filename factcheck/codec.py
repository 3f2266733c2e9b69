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
import math
import types
import typing
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from .model import Claim, Count, EventDate, Frame, Participants, Person

_VALUES: dict[str, type[Any]] = {t.__name__: t for t in (Count, EventDate, Participants, Person, Frame)}
#: The value each claim type holds (any other type: a Count).
_VALUE_OF: dict[str, type[Any]] = {"date": EventDate, "participants": Participants, "person": Person}
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
    """The claims ``pack_claims`` gave, rebuilt as unpickling rebuilds them (``__setstate__``). Claims with
    equal frames share one (an article's fifty claims have a few frames: half of them have none)."""
    out = []
    frames: dict[tuple[Any, ...], Frame] = {}
    for row in rows:
        kind, fields = row[_VALUE_AT]
        value = _new(_KINDS[kind])
        value.__setstate__(fields)
        row[_VALUE_AT] = value
        frame = frames.get(row[_FRAME_AT])
        if frame is None:
            frame = frames[row[_FRAME_AT]] = _new(Frame)
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
    """The claims ``encode_claims`` gave; ``ValueError`` for anything else.

    Every field is checked against the model's own annotations (so a field the model gains is checked
    too): its type, a ``Literal``'s allowed words, numbers finite and not ``bool``, offsets and
    intervals in order. A claim that passes is one extraction could have made.

    >>> good = encode_claims([Claim(id="c1", document="a", type="deaths", text="7 died", start=0, end=6,
    ...     sentence="7 died.", key="deaths", value=Count(nominal=7, low=7, high=7))])
    >>> len(decode_claims(good))
    1
    >>> for field, bad in [(5, "0"), (2, "tanks"), (3, {"$": "Count", "nominal": 7, "low": "lots", "high": 7}),
    ...                    (5, 9), (5, -1), (3, {"$": "Count", "nominal": 7, "low": 9, "high": 7}),
    ...                    (3, {"$": "Person", "name": "X"}), (10, "both"), (3, {"$": "os.system"})]:
    ...     row = [list(good[0])]
    ...     row[0][field] = bad
    ...     try:
    ...         decode_claims(row)
    ...     except ValueError as e:
    ...         print(e)
    start: not an int: '0'
    type: 'tanks' is not one of the allowed words
    value: low: not a number: 'lots'
    start: after end
    start: negative
    value: low above high
    value: a Person is not a deaths claim's value
    scope: 'both' is not one of the allowed words
    value: unknown value type 'os.system'
    """
    if not isinstance(data, list):
        raise ValueError("not a list of claims")
    out = []
    for row in data:
        if not isinstance(row, list) or len(row) != len(_CLAIM_FIELDS):
            raise ValueError("not a claim")
        claim = _build(Claim, dict(zip(_CLAIM_FIELDS, row, strict=True)))
        if not 0 <= claim.start <= claim.end:
            raise ValueError("start: negative" if claim.start < 0 else "start: after end")
        if len(claim.text) != claim.end - claim.start:
            raise ValueError("text: not as long as its offsets")
        if not isinstance(claim.value, _VALUE_OF.get(claim.type, Count)):
            raise ValueError(f"value: a {type(claim.value).__name__} is not a {claim.type} claim's value")
        out.append(claim)
    return out


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$": type(value).__name__, **fields}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    return value


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(kind: type[Any]) -> dict[str, Any]:
    """The resolved annotations of a model type, looked up once."""
    if kind not in _HINTS:
        _HINTS[kind] = typing.get_type_hints(kind)
    return _HINTS[kind]


def _build(kind: type[Any], fields: dict[str, Any]) -> Any:
    """An instance of the dataclass ``kind`` from encoded fields, each checked against its annotation."""
    hints = _hints(kind)
    known = {f.name: f for f in dataclasses.fields(kind)}
    if set(fields) - set(known):
        raise ValueError(f"unknown field {sorted(set(fields) - set(known))[0]!r}")
    values = {}
    for name, f in known.items():
        if name not in fields:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValueError(f"{name}: missing")
            continue
        try:
            values[name] = _decode(fields[name], hints[name])
        except ValueError as e:
            raise ValueError(f"{name}: {e}") from None
    obj = kind(**values)
    if isinstance(obj, Count) and obj.low is not None and obj.high is not None and obj.low > obj.high:
        raise ValueError("low above high")
    return obj


def _decode(value: object, hint: Any) -> Any:
    """``value`` as JSON held it, turned into the type ``hint`` names; ``ValueError`` when it is not one."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        kinds = [a for a in args if a is not type(None)]
        if set(kinds) == {int, float}:  # a Number: an int stays an int
            return _decode(value, float)
        if all(dataclasses.is_dataclass(a) for a in kinds):
            return _tagged(value, kinds)
        errors = []
        for a in kinds:
            try:
                return _decode(value, a)
            except ValueError as e:
                errors.append(str(e))
        raise ValueError(errors[0])
    if origin is typing.Literal:
        if isinstance(value, str) and value in args:
            return value
        raise ValueError(f"{value!r} is not one of the allowed words")
    if origin is tuple:
        if not isinstance(value, dict) or set(value) != {"$tuple"} or not isinstance(value["$tuple"], list):
            raise ValueError("not a tuple")
        items = value["$tuple"]
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(v, args[0]) for v in items)
        if len(items) != len(args):
            raise ValueError("a tuple of the wrong length")
        return tuple(_decode(v, a) for v, a in zip(items, args, strict=True))
    if dataclasses.is_dataclass(hint):
        return _tagged(value, [hint])
    if hint is dt.date:
        if not isinstance(value, dict) or set(value) != {"$date"} or not isinstance(value["$date"], str):
            raise ValueError("not a date")
        return dt.date.fromisoformat(value["$date"])
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise ValueError(f"not true or false: {value!r}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError(f"not an int: {value!r}")
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            return value
        raise ValueError(f"not a number: {value!r}")
    if hint is str:
        if isinstance(value, str):
            return value
        raise ValueError(f"not text: {value!r}")
    raise ValueError(f"no decoder for {hint!r}")


def _tagged(value: object, kinds: list[Any]) -> Any:
    """A dataclass value tagged with its type's name (``{"$": "Count", ...}``), one of ``kinds``."""
    if not isinstance(value, dict) or not isinstance(value.get("$"), str):
        raise ValueError("not a tagged value")
    name = value["$"]
    kind = next((k for k in kinds if k.__name__ == name), None)
    if kind is None and name not in _VALUES:
        raise ValueError(f"unknown value type {name!r}")
    if kind is None:
        names = ", ".join(k.__name__ for k in kinds[:-1]) + (" or " if len(kinds) > 1 else "") + kinds[-1].__name__
        raise ValueError(f"a {name} where a {names} belongs: type mismatch")
    return _build(kind, {k: v for k, v in value.items() if k != "$"})
