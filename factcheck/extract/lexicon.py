"""The word lists the extractors read, loaded once from ``factcheck/data``.

Each data file names its source in a ``source`` field. Code here only turns the lists into
compiled, longest-first patterns; it holds no words of its own.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("factcheck").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def data(name: str) -> Any:
    """A JSON data file by name, parsed once."""
    return json.loads(_read(name))


def alternation(phrases: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any white space.

    >>> alternation(["in custody", "custody", "in"])
    '(?:in\\\\s+custody|custody|in)'
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered) + ")"


def phrase_pattern(phrases: list[str] | tuple[str, ...] | frozenset[str], flags: int = re.I) -> re.Pattern[str]:
    """Whole-word, longest-first pattern over ``phrases``."""
    return re.compile(r"(?<![\w-])" + alternation(phrases) + r"(?![\w-])", flags)


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


@cache
def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country with the names and demonyms news copy uses for it."""
    lines = [line for line in _read("countries.tsv").splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
    return tuple(
        Country(code=row["code"].strip(), names=_split_bar(row["names"]), demonyms=_split_bar(row["demonyms"]))
        for row in rows
    )


def _split_bar(value: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (value or "").split("|") if x.strip())


@cache
def country_index() -> dict[str, str]:
    """Every country name and demonym (as written, case-sensitive) to its alpha-2 code."""
    index: dict[str, str] = {}
    for c in countries():
        for form in (*c.names, *c.demonyms):
            index.setdefault(form, c.code)
    return index


@cache
def country_name(code: str) -> str:
    """A country's common name (the first of its names in the table) by its alpha-2 code."""
    return next((c.names[0] for c in countries() if c.code == code), code)
