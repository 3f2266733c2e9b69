"""Person claims: people named with a title or role.

"Defense Minister Ivan Petrov", "Col. Gen. Oleg Markov, commander of ...", "Luis Romero,
the mayor of Riverton", "Ghana's president, Kofi Mensah". A later "President Mensah" is linked
to the full name given earlier in the same document. One claim per person per document, at the
first titled mention. Ranks ("Col. Gen.") introduce a name but are not a role.

The five patterns are tried only where a cheap scan says one may start (a title or rank at a word
start, a comma a role follows, an "'s" a role follows), and the positions tried are chosen so that
the matches are exactly those each pattern's ``finditer`` would find over the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import NamedTuple

from ...model import Claim, Person
from ..context import Prepared
from ..lexicon import country_index, data
from ..scan import folded, lower_words, trie
from ..text import plain, run_offsets, squash

_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME_TOKEN = rf"[{_CAPITALS}][a-zà-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿā-ž'’]+)*"
_PARTICLE = r"(?:de|da|del|van|von|bin|ibn|al|el|la|le|du|der|dos|das|ben)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}}"
_NAME_WORD = re.compile(rf"{_NAME_TOKEN}|{_PARTICLE}")
_CAPITAL = re.compile(rf"[{_CAPITALS}]")
_CAP_WORD = re.compile(r"[A-Z][\w.-]*(?:'s|’s)?")
_BACK = re.compile(r"(\S+)(\s*)")  # on reversed text: a word, then the white space before it
_SPACE_BACK = re.compile(r"\s+")
_PREFIX_WORDS = ("local", "former", "acting", "deputy", "then")
_HEAD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mention:
    name: str
    role: str | None
    start: int
    end: int


class _Patterns(NamedTuple):
    """The five mention patterns, tried only where cheap anchor scans of the folded text say one may start.

    Each alternation is a trie (``scan``). The anchors are scanned for in ``scan.folded(text)`` with lower-case
    words, which finds every place a word matches in any case at the same offsets, and more.
    """

    titled: re.Pattern[str]
    ranked: re.Pattern[str]
    appositive: re.Pattern[str]
    possessive: re.Pattern[str]
    of_country: re.Pattern[str]
    word_at: re.Pattern[str]  # after a non-word character, a title or rank with white space after it
    word_first: re.Pattern[str]  # the same at the start of the text
    role_comma: re.Pattern[str]  # the comma after an appositive's name
    role_apostrophe: re.Pattern[str]  # the apostrophe of a possessive's "'s"
    role_curly: re.Pattern[str]  # the same with a curly apostrophe (one literal each: re finds literals fastest)


@cache
def _patterns() -> _Patterns:
    people = data("people.json")
    titles = trie(people["titles"], icase=True)
    ranks = trie(people["ranks"])
    roles = trie(people["role_words"], icase=True)
    places = trie(_places())
    prefix = rf"(?:(?:{places}|{_CAP_WORD.pattern}|{'|'.join(_PREFIX_WORDS)})\s+){{0,3}}?"
    role_tail = rf"\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<role>{roles})\b|(?P<role2>{roles})\s+of\b)"
    low = {k: trie(lower_words(people[k])) for k in ("titles", "ranks", "role_words")}
    low_words = rf"(?:{low['titles']}|{low['ranks']})\s"
    return _Patterns(
        titled=re.compile(
            rf"(?<![\w-])(?P<pre>{prefix})(?P<title>{titles}(?:\s+{titles})*)\s+"
            rf"(?:(?P<rank>{ranks})\s+)?(?P<name>{_NAME})"
        ),
        ranked=re.compile(rf"(?<![\w-])(?P<rank>{ranks})\s+(?P<name>{_NAME})"),
        appositive=re.compile(rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{1,3}}),{role_tail}"),
        possessive=re.compile(rf"(?P<pre>[A-Z][\w.-]*(?:'s|’s))\s+(?P<role>{roles}),\s+(?P<name>{_NAME})"),
        of_country=re.compile(
            rf"(?<![\w-])(?P<role>{trie(people['titles'])})\s+of\s+(?:the\s+)?{places}\s+(?P<name>{_NAME})"
        ),
        word_at=re.compile(rf"[^a-z0-9_\-](?={low_words})"),
        word_first=re.compile(low_words),
        role_comma=re.compile(
            rf",(?=\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{low['role_words']}\b|{low['role_words']}\s+of\b))"
        ),
        role_apostrophe=re.compile(rf"'(?=s\s+{low['role_words']},\s)"),
        role_curly=re.compile(rf"’(?=s\s+{low['role_words']},\s)"),
    )


@cache
def _heads() -> frozenset[str] | None:
    """The first runs of letters and digits of the titles and ranks, lower-case: where ``word_at`` matches, the
    next run is one (None if a title or rank begins otherwise)."""
    people = data("people.json")
    heads = [_HEAD.match(w) for w in lower_words(people["titles"] + people["ranks"])]
    return None if None in heads else frozenset(h.group() for h in heads if h is not None)


@cache
def _places() -> tuple[str, ...]:
    return tuple(k for k in country_index() if k[:1].isupper())


@cache
def _prefix_parts() -> tuple[re.Pattern[str], frozenset[str], int]:
    """Where a titled prefix word can begin, every word a prefix can hold, and the most words three prefixes hold."""
    places = _places()
    firsts = {chr(c) for c in range(ord("A"), ord("Z") + 1)} | {w[0] for w in (*places, *_PREFIX_WORDS)}
    unit_start = re.compile(r"(?<![\w-])[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")
    words = frozenset(w for p in places for w in p.split()) | frozenset(_PREFIX_WORDS)
    return unit_start, words, 3 * max(len(p.split()) for p in places)


@cache
def _not_names() -> frozenset[str]:
    return frozenset(data("people.json")["not_names"]) | frozenset(country_index())


def _clean_name(name: str) -> str | None:
    """Drop trailing words that cannot be part of a name; None if nothing name-like is left.

    >>> _clean_name("Ivan Petrov"), _clean_name("Petrov Thursday"), _clean_name("Ministry")
    ('Ivan Petrov', 'Petrov', None)
    """
    tokens = name.split()
    not_names, title_words = _not_names(), _title_words()
    while tokens and tokens[-1].strip("'’s") in not_names:
        tokens.pop()
    while tokens and tokens[0] in not_names:
        tokens.pop(0)
    if not tokens or any(t in not_names or t.lower() in title_words for t in tokens):
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


def _scans(
    text: str, found_runs: tuple[tuple[str, ...], tuple[int, ...]] | None = None
) -> tuple[list[re.Match[str]], ...]:
    """What the titled, ranked, appositive, possessive and of_country patterns' ``finditer`` find in ``text``.

    ``found_runs``: ``text.run_offsets(text)``, the runs and their offsets, when the caller has them.
    """
    low = folded(text)
    pats = _patterns()
    heads = _heads()
    if heads is not None and plain(text):  # low is text.lower(): a title starts a run, with its head
        run_words, offsets = run_offsets(text) if found_runs is None else found_runs
        at = pats.word_at.match
        words = [q for q in compress(offsets, map(heads.__contains__, run_words)) if q and at(low, q - 1)]
    else:
        words = [m.start() + 1 for m in pats.word_at.finditer(low)]
    if pats.word_first.match(low):
        words.insert(0, 0)
    rev = text[::-1]
    apostrophes = sorted((*pats.role_apostrophe.finditer(low), *pats.role_curly.finditer(low)), key=lambda m: m.start())
    return (
        list(_first_matches(pats.titled, text, _titled_starts(text, rev, words))),
        list(_first_matches(pats.ranked, text, words)),
        list(_first_matches(pats.appositive, text, _name_starts(text, rev, pats.role_comma.finditer(low)))),
        list(_possessives(text, pats.possessive, apostrophes)),
        list(_first_matches(pats.of_country, text, words)),
    )


def _mentions(prep: Prepared) -> list[_Mention]:
    titled, ranked, appositive, possessive, of_country = _scans(prep.doc.text, prep.runs)
    out: list[_Mention] = []
    for m in titled:
        role = squash(m.group("title"))
        out.append(_Mention(name=m.group("name"), role=role, start=m.start("title"), end=m.end()))
    for m in ranked:
        out.append(_Mention(name=m.group("name"), role=None, start=m.start(), end=m.end()))
    for m in appositive:
        role = (m.group("role") or m.group("role2")).lower()
        out.append(_Mention(name=m.group("name"), role=role, start=m.start(), end=m.end()))
    for m in possessive:
        out.append(_Mention(name=m.group("name"), role=m.group("role").lower(), start=m.start(), end=m.end()))
    for m in of_country:
        out.append(_Mention(name=m.group("name"), role=m.group("role"), start=m.start(), end=m.end()))
    kept = []
    for mention in out:
        name = _clean_name(mention.name)
        if name is None or prep.is_ignored(mention.start, mention.end):
            continue
        kept.append(_Mention(name=name, role=_role(mention.role), start=mention.start, end=mention.end))
    return sorted(kept, key=lambda x: (x.start, -x.end))


def _first_matches(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given every position it can match at (and maybe more), in order."""
    pos = 0
    for start in sorted(set(starts)):
        if start >= pos and (m := pattern.match(text, start)):
            yield m
            pos = m.end()


def _words_before(rev: str, end: int, limit: int) -> Iterator[tuple[int, int]]:
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


def _titled_starts(text: str, rev: str, anchors: list[int]) -> list[int]:
    """Where a titled mention can start: at a title (among ``anchors``) or up to three prefix words before it.

    Walks back word by word from each title while the words could be prefix words (a place, a capitalised
    word, "former"...), up to the most words three prefixes hold; a word reached from an earlier title is
    not walked again, since the walk from there went at least as far.
    """
    unit_start, words, most = _prefix_parts()
    out: list[int] = []
    seen: set[int] = set()
    for anchor in anchors:
        out.append(anchor)
        gap = _SPACE_BACK.match(rev, len(rev) - anchor)
        if gap is None:
            continue
        for start, end in _words_before(rev, anchor - len(gap.group()), most):
            if start in seen:
                break
            seen.add(start)
            out.extend(m.start() for m in unit_start.finditer(text, start, end))
            word = text[start:end]
            if word not in words and not _CAP_WORD.fullmatch(word):
                break
    return out


def _name_starts(text: str, rev: str, commas: Iterable[re.Match[str]]) -> list[int]:
    """Where an appositive can start: a capital in the up to seven name words before a comma a role follows."""
    out: list[int] = []
    for comma in commas:
        for start, end in _words_before(rev, comma.start(), 7):  # four name words and three particles
            out.extend(m.start() for m in _CAPITAL.finditer(text, start, end))
            if not _NAME_WORD.fullmatch(text, start, end):
                break
    return out


def _possessives(
    text: str, possessive: re.Pattern[str], apostrophes: Iterable[re.Match[str]]
) -> Iterator[re.Match[str]]:
    """``possessive.finditer(text)``, tried only at the word before each "'s" a role follows.

    The capitalised word runs up to the apostrophe, so a match from any capital of it is the same match but
    for its start: the first capital from where the scan stands is the one ``finditer`` finds.
    """
    pos = 0
    for a in apostrophes:
        i = a.start()
        while i > pos and (text[i - 1].isalnum() or text[i - 1] in "_.-"):
            i -= 1
        start = next((q for q in range(i, a.start()) if "A" <= text[q] <= "Z"), None)
        if start is not None and (m := possessive.match(text, start)):
            yield m
            pos = m.end()


def _role(title: str | None) -> str | None:
    """A title without its ranks: "Col. Gen." is a rank, not a role."""
    if title is None:
        return None
    return None if title.lower() in _rank_names() else title


@cache
def _rank_names() -> frozenset[str]:
    return frozenset(r.lower() for r in data("people.json")["ranks"])


def extract(prep: Prepared) -> list[Claim]:
    """One person claim per person named with a title or role in the document."""
    text = prep.doc.text
    mentions = _mentions(prep)
    keys = [surname(m.name) for m in mentions]
    full = {key: m.name for key, m in zip(keys, mentions, strict=True) if len(m.name.split()) > 1}
    by_person: dict[str, list[_Mention]] = {}
    for key, m in zip(keys, mentions, strict=True):
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
                sentence=prep.said(sent)[0],
                key=f"person:{key}",
                subject=role,
                scope="story",
                attribution=prep.said(sent)[1],
            )
        )
    return sorted(claims, key=lambda c: c.start)
