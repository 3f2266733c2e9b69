"""Who a count counts: the counted noun made canonical ("rebel-linked gunman" is an attacker), the people
of the story as a whole, nationals, troop nouns, units of size, and the unit a claim carries."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ...model import Number
from ..lexicon import alternation, countries, country_index, data
from ..text import singular
from . import frames
from .measures import cue_phrase
from .nouns import partitives


@cache
def units() -> dict[str, Any]:
    return data("units.json")  # type: ignore[no-any-return]


@cache
def _troops() -> re.Pattern[str]:
    return re.compile(alternation(data("claim_words.json")["troops"]) + r"$", re.I)


@lru_cache(maxsize=4096)
def is_troops(phrase: str) -> bool:
    return _troops().search(phrase) is not None


def canonical(counted: str) -> str:
    """A counted noun without its descriptive modifiers, one name for each group news copy names several
    ways: "rebel-linked gunman" -> "attacker", "police officer" stays."""
    words = counted.split()
    statuses = _statuses()
    kept = []
    for word in words[:-1]:
        status = _status(word, statuses)
        if status is not None:
            kept.append(status)
        elif "-" not in word and not word.endswith("ed"):
            kept.append(word)
    kept.append(words[-1])
    synonyms: dict[str, str] = units()["synonyms"]
    if kept[-1] in synonyms:
        return synonyms[kept[-1]]
    return " ".join(kept)


@cache
def _statuses() -> frozenset[str]:
    return frozenset(units()["statuses"])


def status_of(word: str) -> str | None:
    """The status a word gives ("laboratory-confirmed" -> "confirmed"), or None.

    >>> status_of("laboratory-confirmed"), status_of("confirmed"), status_of("injured")
    ('confirmed', 'confirmed', None)
    """
    return _status(word.lower(), _statuses())


def _status(word: str, statuses: frozenset[str]) -> str | None:
    """The status a modifier gives ("suspected", "laboratory-confirmed" -> "confirmed"), which keeps its count
    apart from the others' ("suspected cases" are not "confirmed cases"), or None."""
    last = word.rsplit("-", 1)[-1]
    return last if last in statuses else None


def victims(counted: str) -> str | None:
    """None for the general toll ("people", "victims", "hostages"), else the sub-group counted."""
    words = counted.split()
    if frames.generic(counted) or cue_phrase(words[-1]):
        return None
    if words[0] in partitives() and "of" in words:
        return " ".join(words[words.index("of") + 1 :])
    return counted


@cache
def not_counted() -> frozenset[str]:
    return frozenset(units()["not_counted"])


def synonym(counted: str) -> str:
    head = counted.split()[-1]
    return str(units()["synonyms"].get(head, counted))


def nationals(written: str) -> bool:
    """Whether a counted noun is people of one country ("syrians", "lebanese nationals", "filipino")."""
    words = written.split()
    return any(w.title() in country_index() or w.title().rstrip("s") in country_index() for w in words) or (
        words[-1] in {"national", "citizen", "foreigner", "foreign national"}
    )


def nationality(name: str) -> str | None:
    """The people of a country a name is ("Germany" -> "german"), or None for a name of no country."""
    code = country_index().get(name)
    if code is None:
        return None
    found = next((c for c in countries() if c.code == code), None)
    return found.demonyms[0].lower() if found is not None and found.demonyms else name.lower()


def known_place(name: str) -> bool:
    """Whether a name is a country's (the possessive of a place, not of a person: "Country A's toll")."""
    return name in country_index() or name.title() in country_index()


def size_unit(head: str) -> str | None:
    """The unit a size is written in, one name for its spellings ("tonnes" and "tons" are "ton")."""
    found = units()["measures"].get(head.lower())
    return str(found) if found else (singular(head) if frames.size_unit(head) else None)


def plus_one(x: Number | None) -> Number | None:
    return None if x is None else x + 1


#: Nouns that say no more than "people" of a nationality: "130 Pakistani citizens" are 130 Pakistanis.
_NATIONALS = frozenset({"citizen", "national", "person", "people", "individual"})


@cache
def _demonyms() -> dict[str, str]:
    """Each demonym as written ("Pakistani") to the country's first demonym in lower case."""
    return {d: c.demonyms[0].lower() for c in countries() for d in c.demonyms}


def of_nationality(phrase: str, written: str) -> str:
    """The group ``written`` (``phrase``'s counted noun) with the nationality ``phrase`` gives it: "Lebanese
    nationals" are Lebanese, "French tourists" French tourists; a phrase with no demonym keeps ``written``.

    >>> of_nationality("Pakistani citizens", "citizen"), of_nationality("French tourists", "tourist")
    ('pakistani', 'french tourist')
    """
    words = phrase.split()
    if len(words) < 2:
        return written  # "citizens": no word before the noun to give a nationality
    demonyms = _demonyms()
    demonym = next((demonyms[w] for w in words[:-1] if w in demonyms), None)
    if demonym is None or demonym in written.split():
        return written
    return demonym if written in _NATIONALS else f"{demonym} {written}"
