"""The data files the documents stage reads (``factcheck/data``), each naming its source."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def data(name: str) -> Any:
    """A JSON data file by name, parsed once."""
    return json.loads(resources.files("factcheck").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first, a space matching any run of spaces.

    >>> alternation(["posted", "posted on"])
    '(?:posted\\\\s+on|posted)'
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered) + ")"


@cache
def months() -> dict[str, int]:
    """Month names and their news abbreviations, lower-case, to the month's number."""
    found: dict[str, int] = data("date_words.json")["months"]
    return found


def month_number(name: str) -> int:
    """The number of a month name a case-blind pattern found, however odd its letters: a case-blind match
    takes "ı" and "İ" for "i" and "ſ" for "s".

    >>> month_number("Sept"), month_number("APRıL"), month_number("ſeptember"), month_number("AUGUST")
    (9, 4, 9, 8)
    """
    return months()[name.lower().replace("\u0307", "").replace("ı", "i").replace("ſ", "s")]


@cache
def month_pattern() -> str:
    """A regex alternation of the month names, longest first (case is the caller's choice)."""
    return "|".join(sorted(months(), key=lambda m: (-len(m), m)))
