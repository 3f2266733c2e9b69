"""Person claims: people named with a title or role.

"Defense Minister Ivan Petrov", "Col. Gen. Oleg Markov, commander of ...", "Luis Romero,
the mayor of Riverton", "Ghana's president, Kofi Mensah". A later "President Mensah" is linked
to the full name given earlier in the same document. One claim per person per document, at the
first titled mention. Ranks ("Col. Gen.") introduce a name but are not a role.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..model import Claim, Person
from .context import Prepared, attribution
from .lexicon import alternation, country_index, data
from .text import squash

_NAME_TOKEN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿā-ž'’]+)*"
_PARTICLE = r"(?:de|da|del|van|von|bin|ibn|al|el|la|le|du|der|dos|das|ben)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}}"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mention:
    name: str
    role: str | None
    start: int
    end: int


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    people = data("people.json")
    titles = alternation(people["titles"])
    ranks = alternation(people["ranks"])
    roles = alternation(people["role_words"])
    places = alternation([k for k in country_index() if k[:1].isupper()])
    prefix = rf"(?:(?:{places}|[A-Z][\w.-]*(?:'s|’s)?|local|former|acting|deputy|then)\s+){{0,3}}?"
    titled = re.compile(
        rf"(?<![\w-])(?P<pre>{prefix})(?P<title>(?i:{titles})(?:\s+(?i:{titles}))*)\s+"
        rf"(?:(?P<rank>{ranks})\s+)?(?P<name>{_NAME})"
    )
    ranked = re.compile(rf"(?<![\w-])(?P<rank>{ranks})\s+(?P<name>{_NAME})")
    appositive = re.compile(
        rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{1,3}}),\s+"
        rf"(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<role>(?i:{roles}))\b|(?P<role2>(?i:{roles}))\s+of\b)"
    )
    possessive = re.compile(rf"(?P<pre>[A-Z][\w.-]*(?:'s|’s))\s+(?P<role>(?i:{roles})),\s+(?P<name>{_NAME})")
    of_country = re.compile(rf"(?<![\w-])(?P<role>{titles})\s+of\s+(?:the\s+)?(?:{places})\s+(?P<name>{_NAME})")
    return titled, ranked, appositive, possessive, of_country


@cache
def _not_names() -> frozenset[str]:
    return frozenset(data("people.json")["not_names"]) | frozenset(country_index())


def _clean_name(name: str) -> str | None:
    """Drop trailing words that cannot be part of a name; None if nothing name-like is left.

    >>> _clean_name("Ivan Petrov"), _clean_name("Petrov Thursday"), _clean_name("Ministry")
    ('Ivan Petrov', 'Petrov', None)
    """
    tokens = name.split()
    while tokens and tokens[-1].strip("'’s") in _not_names():
        tokens.pop()
    while tokens and tokens[0] in _not_names():
        tokens.pop(0)
    if not tokens or any(t in _not_names() or t.lower() in _title_words() for t in tokens):
        return None
    if tokens[-1].endswith(("'s", "’s")):
        tokens[-1] = tokens[-1][:-2]
    return " ".join(tokens)


@cache
def _title_words() -> frozenset[str]:
    people = data("people.json")
    return frozenset(w.lower().strip(".") for t in people["titles"] + people["ranks"] for w in t.split())


def surname(name: str) -> str:
    """The key a person is grouped by across documents: the last name, folded.

    >>> surname("Jean-Paul Okafor"), surname("María José Núñez")
    ('okafor', 'nunez')
    """
    last = name.split()[-1]
    return "".join(c for c in unicodedata.normalize("NFKD", last) if not unicodedata.combining(c)).lower()


def _mentions(prep: Prepared) -> list[_Mention]:
    text = prep.doc.text
    titled, ranked, appositive, possessive, of_country = _patterns()
    out: list[_Mention] = []
    for m in titled.finditer(text):
        role = squash(m.group("title"))
        out.append(_Mention(name=m.group("name"), role=role, start=m.start("title"), end=m.end()))
    for m in ranked.finditer(text):
        out.append(_Mention(name=m.group("name"), role=None, start=m.start(), end=m.end()))
    for m in appositive.finditer(text):
        role = (m.group("role") or m.group("role2")).lower()
        out.append(_Mention(name=m.group("name"), role=role, start=m.start(), end=m.end()))
    for m in possessive.finditer(text):
        out.append(_Mention(name=m.group("name"), role=m.group("role").lower(), start=m.start(), end=m.end()))
    for m in of_country.finditer(text):
        out.append(_Mention(name=m.group("name"), role=m.group("role"), start=m.start(), end=m.end()))
    kept = []
    for mention in out:
        name = _clean_name(mention.name)
        if name is None or prep.is_ignored(mention.start, mention.end):
            continue
        kept.append(_Mention(name=name, role=_role(mention.role), start=mention.start, end=mention.end))
    return sorted(kept, key=lambda x: (x.start, -x.end))


def _role(title: str | None) -> str | None:
    """A title without its ranks: "Col. Gen." is a rank, not a role."""
    if title is None:
        return None
    ranks = {r.lower() for r in data("people.json")["ranks"]}
    return None if title.lower() in ranks else title


def extract(prep: Prepared) -> list[Claim]:
    """One person claim per person named with a title or role in the document."""
    text = prep.doc.text
    mentions = _mentions(prep)
    full = {surname(m.name): m.name for m in mentions if len(m.name.split()) > 1}
    by_person: dict[str, list[_Mention]] = {}
    for m in mentions:
        key = surname(m.name)
        name = full.get(key, m.name) if len(m.name.split()) == 1 else m.name
        by_person.setdefault(key, []).append(_Mention(name=name, role=m.role, start=m.start, end=m.end))
    claims = []
    for key, ms in by_person.items():
        first = next((m for m in ms if len(m.name.split()) > 1), ms[0])
        role = next((m.role for m in ms if m.role), None)
        sent = prep.sentence(first.start)
        claims.append(
            Claim(
                id="",
                document=prep.doc.id,
                type="person",
                value=Person(name=first.name, role=role),
                text=text[first.start : first.end],
                start=first.start,
                end=first.end,
                sentence=squash(text[sent.start : sent.end]),
                key=f"person:{key}",
                subject=role,
                scope="story",
                attribution=attribution(text[sent.start : sent.end]),
            )
        )
    return sorted(claims, key=lambda c: c.start)
