"""What a person's name looks like in news copy, and what is not one.

A name is one to four name words: "Ivan Petrov", "Jamie McAllister", "Sean O'Neill", "Ana de la Cruz",
"Ali al-Sayed", "J. Robert Smith", "Park Ji-won". A span holding an organisation or place word
("African Union", "Lakeview Valley", "Red Cross") is no person, nor is one led by a preposition
("In Riverton"). Family names come first in Korean, Chinese and Vietnamese names written in their own
order ("Park Ji-won", "Xi Jinping"): the key a person is grouped by is then the first word, not the last.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import countries, country_index, data

_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zà-öø-ÿā-ž"
#: Lower-case prefixes glued to a family name by a hyphen or apostrophe: "al-Sayed", "el-Amin", "d'Estaing".
_GLUED = r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|abd|d)[-'’]"
#: One name word: a capital, then lower-case letters, with inner capitals ("McAllister", "DeSantis"), an
#: apostrophe before a capital ("O'Neill") and hyphenated parts ("Jean-Paul", "Ji-won").
NAME_TOKEN = (
    rf"(?:{_GLUED})?[{_CAPITALS}][{_LOWER}'’]+(?:[{_CAPITALS}][{_LOWER}'’]+)*"
    rf"(?:-[{_CAPITALS}{_LOWER}][{_LOWER}'’]+(?:[{_CAPITALS}][{_LOWER}'’]+)*)*"
)
_INITIALS = rf"(?:[{_CAPITALS}]\.\s?){{1,3}}"
#: The words between a given name and a family name: "Ana de la Cruz", "Mohammed bin Salman".
PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|ter|bin|ibn|al|el|la|le|du|dos|das|ben)"
_UNIT = rf"(?:{_INITIALS})?{NAME_TOKEN}"
NAME = rf"{_UNIT}(?:\s+(?:{PARTICLE}\s+){{0,2}}{_UNIT}){{0,3}}"
#: A name of two words or more.
FULL_NAME = rf"{_UNIT}(?:\s+(?:{PARTICLE}\s+){{0,2}}{_UNIT}){{1,3}}"
#: One word of a name, a particle or initials: what a walk back from a comma may cross.
NAME_WORD = re.compile(rf"(?:[{_CAPITALS}]\.){{0,3}}{NAME_TOKEN}|{PARTICLE}|(?:[{_CAPITALS}]\.){{1,3}}")
_UNGLUED = re.compile(rf"^{_GLUED}")
#: Where a name can begin: a capital, or "al-" before one (initials begin with a capital too).
NAME_START = rf"(?:[{_CAPITALS}]|{_GLUED}(?=[{_CAPITALS}]))"
_NAME_START = re.compile(NAME_START)
_BACK = re.compile(r"(\S+)(\s*)")  # on reversed text: a word, then the white space before it
_ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,3})\b(?![.'’-])")


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A person named in a text: the name as written, the role that goes with it, and the span."""

    name: str
    role: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Words:
    edge: frozenset[str]  # trimmed from either end: "But", "Thursday", "AFP"
    lead: frozenset[str]  # a span led by one is a place or a thing: "In", "The", "Across"
    dates: frozenset[str]  # what may follow a leading preposition and be trimmed with it: "On Monday"
    org: frozenset[str]  # a span holding one names an organisation or a place: "Union", "Valley"
    titles: frozenset[str]  # the words of titles and ranks, lower-case, without dots
    ranks: frozenset[str]  # the words of ranks, lower-case, without dots
    family_first: frozenset[str]  # family names written first: "park", "xi", "nguyen"


@cache
def _words() -> _Words:
    people = data("people.json")
    names = people["not_names"]
    return _Words(
        edge=frozenset(names["edge"]) | frozenset(names["dates"]),
        lead=frozenset(names["lead"]),
        dates=frozenset(names["dates"]),
        org=frozenset(names["organisation_and_place"]) | frozenset(w + "'s" for w in names["organisation_and_place"]),
        titles=frozenset(w.lower().strip(".") for t in people["titles"] + people["ranks"] for w in t.split()),
        ranks=frozenset(w.lower().strip(".") for t in people["ranks"] for w in t.split()),
        family_first=frozenset(fold(w) for w in people["family_first"]),
    )


def fold(word: str) -> str:
    """Lower-case without accents.

    >>> fold("Núñez")
    'nunez'
    """
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in countries() for d in c.demonyms)


@lru_cache(maxsize=4096)
def clean_name(name: str) -> tuple[str, str] | None:
    """The name in a matched span, and the title words that led it (for the role); None if it names no person.

    Words that cannot be part of a name are dropped from its ends ("Petrov Thursday"); a span holding an
    organisation or place word, or led by a preposition or article, is no person at all.

    >>> clean_name("Ivan Petrov"), clean_name("Petrov Thursday"), clean_name("African Union")
    (('Ivan Petrov', ''), ('Petrov', ''), None)
    >>> clean_name("In Riverton"), clean_name("On Monday Jane Doe"), clean_name("Executive Jane Doe")
    (None, ('Jane Doe', ''), ('Jane Doe', 'Executive'))
    """
    words, countries = _words(), country_index()
    tokens = name.split()
    while tokens:
        first = tokens[0]
        if first in words.lead:
            if len(tokens) > 1 and tokens[1] in words.dates:
                del tokens[:2]
                continue
            return None
        if first in words.edge or first in countries:
            tokens.pop(0)
            continue
        break
    family = None  # "Mark Dane", "Sarah English": a family name a demonym is spelled like
    while tokens and (tokens[-1] in words.edge or tokens[-1].removesuffix("'s").removesuffix("’s") in countries):
        if len(tokens) == 2 and tokens[-1] in _demonyms() and tokens[0] not in countries:
            family = tokens[-1]
            break
        tokens.pop()
    led = []  # a rank before the name is no role: "Colonel Ali Baba, a spokesperson"
    while len(tokens) > 1 and tokens[0].lower().strip(".") in words.titles:
        word = tokens.pop(0)
        if word.lower().strip(".") not in words.ranks:
            led.append(word)
    if not tokens or any(t in words.org or (t in countries and t != family) or t in words.lead for t in tokens):
        return None
    # a title word inside a name ends it ("Petrov President Smith"); as its last word it is a family name
    # ("Prime Minister John Major")
    if any(t.lower().strip(".") in words.titles for t in tokens[1:-1]) or tokens[0].lower() in words.titles:
        return None
    if tokens[-1].endswith(("'s", "’s")):
        tokens[-1] = tokens[-1][:-2]
    return " ".join(tokens), " ".join(led)


def acronym_after(text: str, end: int) -> str:
    """An all-capital word of two or three letters right after a one-word name ("Budi MD"), or ''."""
    m = _ACRONYM_AFTER.match(text, end)
    if m is None or m.group(1) in _words().edge or m.group(1) in country_index():
        return ""
    return m.group(1)


@lru_cache(maxsize=4096)
def given_names(name: str) -> tuple[str, ...]:
    """The words of a name but its family name, folded.

    >>> given_names("J. Robert Smith"), given_names("Park Ji-won")
    (('j.', 'robert'), ('ji-won',))
    """
    key = surname(name)
    words = [fold(t) for t in name.split()]
    if key in words:
        words.remove(key)
    elif words:
        del words[0 if family_first(name) else -1]
    return tuple(words)


def family_first(name: str) -> bool:
    """Is the family name the first word? Yes for "Park Ji-won" and "Xi Jinping"; no for "Jenny Chan".

    The first word must be a family name written first in its own order (the list in people.json), and the
    rest a hyphenated given name or not itself such a family name ("Kim Lee" stays given name first).

    >>> family_first("Park Ji-won"), family_first("Xi Jinping"), family_first("Jenny Chan"), family_first("Lee")
    (True, True, False, False)
    """
    tokens = name.split()
    if len(tokens) < 2:
        return False
    first = _words().family_first
    return fold(tokens[0]) in first and ("-" in tokens[-1] or fold(tokens[-1]) not in first)


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """The key a person is grouped by across documents: the family name, folded.

    >>> surname("Jean-Paul Okafor"), surname("María José Núñez"), surname("Park Ji-won"), surname("Ali al-Sayed")
    ('okafor', 'nunez', 'park', 'sayed')
    """
    tokens = name.split()
    if len(tokens) > 1 and tokens[-1].isupper():  # "Budi MD"
        tokens.pop()
    return _UNGLUED.sub("", fold(tokens[0] if family_first(name) else tokens[-1]))


def words_before(rev: str, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """The spans of up to ``limit`` words before ``end``, nearest first; ``rev`` is the text reversed.

    The first word ends right at ``end`` (none if white space comes before it); the walk stops at the text's start.
    """
    n = len(rev)
    for _ in range(limit):
        m = _BACK.match(rev, n - end)
        if m is None:
            return
        start = end - m.end(1) + m.start(1)
        yield start, end
        end = start - m.end(2) + m.start(2)
        if end == start:
            return


def name_starts(text: str, rev: str, ends: Iterable[int]) -> list[int]:
    """Where a name ending at one of ``ends`` can start: a capital (or "al-" before one) in the up to ten name
    words before it."""
    out: list[int] = []
    for stop in ends:
        for start, end in words_before(rev, stop, 10):  # four name words, their initials and particles
            out.extend(m.start() for m in _NAME_START.finditer(text, start, end))
            if not NAME_WORD.fullmatch(text, start, end):
                break
    return out
