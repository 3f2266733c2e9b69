"""Person claims: people named with a title or role.

"Defense Minister Ivan Petrov", "Col. Gen. Oleg Markov, commander of ...", "Luis Romero,
the mayor of Riverton", "Ghana's president, Kofi Mensah", "the head of the port authority, Ana Ruiz",
"said Jane Doe, deputy chief of police"; and, in ``roles``, people whose role is not next to the name
("Lee Min-ho, who ..., had been acting as the ship's captain"), "Jane Doe of the Civil Rights Front",
"the agency's Jane Doe" and "(President) Park Ji-won". A later "President Mensah" is linked to the full
name given earlier in the same document; two people of one family name in a document stay two. One claim
per person per document, at the first mention with a full name. Ranks ("Col. Gen.") introduce a name but
are not a role.

The five patterns here are tried only where a cheap scan says one may start (a title or rank at a word
start, a comma a role follows, a role word), and the positions tried are chosen so that the matches are
exactly those each pattern's ``finditer`` would find over the whole text.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, count
from typing import NamedTuple

from ...model import Claim, Person
from ..context import Prepared
from ..lexicon import country_index, data
from ..scan import folded, folded_text, lower_words, trie
from ..text import plain, run_offsets, squash
from . import roles
from .names import (
    FULL_NAME,
    NAME,
    NAME_TOKEN,
    PARTICLE,
    Mention,
    acronym_after,
    clean_name,
    given_names,
    name_starts,
    surname,
    words_before,
)
from .roles import first_matches

__all__ = ["surname"]

_NAME_TOKEN, _PARTICLE, _NAME = NAME_TOKEN, PARTICLE, NAME  # as the scan tests build the plain patterns
_CAP_WORD = re.compile(r"[A-Z][\w.-]*(?:'s|’s)?")
_ONE_WORD_PLACE = re.compile(r"[A-Z][\w.-]*")  # a place ``_CAP_WORD`` stands for in a titled prefix
_SPACE_BACK = re.compile(r"\s+")
_PREFIX_WORDS = ("local", "former", "acting", "deputy", "then")
_HEAD = re.compile(r"[a-z0-9]+")
_SPEAKING = re.compile(r",(?=\s+speaking\s+(?:for|on\s+behalf\s+of)\b)")
#: Words that may stand between a comma and a role: "a senior official", "the agency's deputy chief"; not
#: the words that open a clause ("Riverton, where the mayor of ...").
_ROLE_MODIFIER = r"(?!(?i:where|when|which|who|whom|whose|that|and|or|but|as|if|said|says|told)\b)[\w'’-]+\s+"


def role_tail(roles_: str, speech: str | None) -> str:
    """What follows a name's comma to give its role: "the mayor", "a commissioner at", "deputy spokesman for",
    "speaking for". A role that a speech verb follows is the subject of its own clause ("Riverton, a spokesperson
    said"), not the name's; a word that opens a clause is no modifier ("Riverton, where the head of"). ``speech``
    is None for the anchor scan, which finds a superset."""
    not_said = rf"(?!\s+{speech}\b)" if speech else ""
    modifier = _ROLE_MODIFIER if speech else r"[\w'’-]+\s+"
    return (
        rf"\s+(?:(?:the|a|an)\s+(?:{modifier}){{0,3}}?(?P<role>{roles_})\b{not_said}"
        rf"|(?:{modifier}){{0,3}}?(?P<role2>{roles_})\s+(?:of|for|at|in|on|to|with)\b"
        rf"|(?P<role3>speaking)\s+(?:for|on\s+behalf\s+of)\b)"
    )


class _Patterns(NamedTuple):
    """Two of the five mention patterns, tried only where cheap anchor scans of the folded text say one may start
    (the ranked, possessive and of_country ones are compiled apart, only for a text that has a place to try them).

    Each alternation is a trie (``scan``). The anchors are scanned for in ``scan.folded(text)`` with lower-case
    words, which finds every place a word matches in any case at the same offsets, and more.
    """

    titled: re.Pattern[str]
    appositive: re.Pattern[str]
    word_at: re.Pattern[str]  # after a non-word character, a title or rank with white space after it
    word_first: re.Pattern[str]  # the same at the start of the text
    role_comma: re.Pattern[str]  # the comma after an appositive's name


@cache
def _patterns() -> _Patterns:
    people = data("people.json")
    titles = trie(people["titles"], icase=True)
    ranks = trie(people["ranks"])
    role_words = trie(people["role_words"], icase=True)
    speech = trie(people["speech_verbs"])
    places = trie(_prefix_places())
    prefix = rf"(?:(?:{places}|{_CAP_WORD.pattern}|{'|'.join(_PREFIX_WORDS)})\s+){{0,3}}?"
    low = {k: trie(lower_words(people[k])) for k in ("titles", "ranks", "role_words")}
    low_words = rf"(?:{low['titles']}|{low['ranks']})\s"
    return _Patterns(
        titled=re.compile(
            rf"(?<![\w-])(?P<pre>{prefix})(?P<title>{titles}(?:\s+{titles})*)\s+"
            rf"(?:(?P<rank>{ranks})\s+)?(?P<name>{NAME})"
        ),
        appositive=re.compile(rf"(?P<name>{FULL_NAME}|{NAME_TOKEN}),{role_tail(role_words, speech)}"),
        word_at=re.compile(rf"[^a-z0-9_\-](?={low_words})"),
        word_first=re.compile(low_words),
        role_comma=re.compile(rf",(?={role_tail(low['role_words'], None)})"),
    )


@cache
def _ranked() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<rank>{trie(data('people.json')['ranks'])})\s+(?P<name>{NAME})")


@cache
def _possessive() -> re.Pattern[str]:
    return roles.role_first(trie(data("people.json")["role_words"], icase=True))


@cache
def _of_country() -> re.Pattern[str]:
    titles, places = trie(data("people.json")["titles"]), trie(_places())
    return re.compile(rf"(?<![\w-])(?P<role>{titles})\s+of\s+(?:the\s+)?{places}\s+(?P<name>{NAME})")


@cache
def _gates() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """Cheap tests that hold wherever ``_ranked`` or ``_of_country`` matches, so that those are compiled only for a
    text that may hold one (few do): the first words of the ranks; and as many words as a title may have, then
    "of"."""
    people = data("people.json")
    most = max(len(t.split()) for t in people["titles"])
    return tuple(sorted({r.split()[0] for r in people["ranks"]})), re.compile(rf"(?:\S+\s+){{1,{most}}}of\s")


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
def _prefix_places() -> tuple[str, ...]:
    """The places a titled mention's prefix lists apart from its capitalised words: not those of one word that
    ``[A-Z][\\w.-]*`` matches, since ``_CAP_WORD`` matches such a place with the white space after it to the same
    end, and tried after every longer place, as the place itself is; the pattern then matches the same (and
    compiles in half the time)."""
    return tuple(p for p in _places() if not _ONE_WORD_PLACE.fullmatch(p))


@cache
def _prefix_parts() -> tuple[re.Pattern[str], frozenset[str], int]:
    """Where a titled prefix word can begin, every word a prefix can hold, and the most words three prefixes hold."""
    places = _places()
    firsts = {chr(c) for c in range(ord("A"), ord("Z") + 1)} | {w[0] for w in (*places, *_PREFIX_WORDS)}
    unit_start = re.compile(r"(?<![\w-])[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")
    words = frozenset(w for p in places for w in p.split()) | frozenset(_PREFIX_WORDS)
    return unit_start, words, 3 * max(len(p.split()) for p in places)


_TITLE, _ROLE = 1, 2  # what a run may be the head of (``_run_heads``)


@cache
def _run_heads(titles: frozenset[str]) -> dict[str, int]:
    """The first runs of the titles and ranks (``_heads``), with bit ``_TITLE``, and of the role words
    (``roles.role_heads``), with bit ``_ROLE``: one look-up a run finds both."""
    heads = dict.fromkeys(titles, _TITLE)
    for head in roles.role_heads():
        heads[head] = heads.get(head, 0) | _ROLE
    return heads


def _anchors(low: str, runs: tuple[tuple[str, ...], tuple[int, ...]] | None) -> tuple[list[int], list[int]]:
    """Where a title or rank may start (``word_at`` after a non-word character, ``word_first`` at the start), and
    every offset where a role word may start (``roles.role_positions``), from one pass over the runs of a
    ``plain`` text (``low`` is ``scan.folded(text)``: a title starts a run, with its head)."""
    pats, titles = _patterns(), _heads()
    if titles is None or runs is None:
        words = [m.start() + 1 for m in pats.word_at.finditer(low)]
        at_roles = roles.role_positions(low, runs)
    else:
        run_words, offsets = runs
        heads = _run_heads(titles)
        hits = [(offsets[k], heads[run_words[k]]) for k in compress(count(), map(heads.__contains__, run_words))]
        at = pats.word_at.match
        words = [q for q, bits in hits if bits & _TITLE and q and at(low, q - 1)]
        at_roles = [q for q, bits in hits if bits & _ROLE]
    if pats.word_first.match(low):
        words.insert(0, 0)
    return words, at_roles


def _scans(
    text: str,
    found_runs: tuple[tuple[str, ...], tuple[int, ...]] | None = None,
    found_low: str | None = None,
    anchors: tuple[list[int], list[int]] | None = None,
) -> tuple[list[re.Match[str]], ...]:
    """What the titled, ranked, appositive, possessive and of_country patterns' ``finditer`` find in ``text``.

    ``found_runs``: ``text.run_offsets(text)``, the runs and their offsets, when the caller has them (and the
    text is ``plain``); ``found_low``: ``scan.folded(text)``, and ``anchors``: ``_anchors(low, runs)``,
    likewise.
    """
    low = folded(text) if found_low is None else found_low
    pats = _patterns()
    runs = found_runs if found_runs is not None else run_offsets(text) if plain(text) else None
    words, at_roles = _anchors(low, runs) if anchors is None else anchors
    rev = text[::-1]
    rank_words, title_of = _gates()
    ranked = [at for at in words if text.startswith(rank_words, at)]
    of_country = [at for at in words if title_of.match(text, at)]
    return (
        list(first_matches(pats.titled, text, _titled_starts(text, rev, words))),
        list(first_matches(_ranked(), text, ranked)) if ranked else [],
        list(first_matches(pats.appositive, text, name_starts(text, rev, _role_commas(low, at_roles, pats)))),
        roles.role_first_matches(text, low, runs, _possessive, at_roles),
        list(first_matches(_of_country(), text, of_country)) if of_country else [],
    )


def _mentions(prep: Prepared) -> list[Mention]:
    text = prep.doc.text
    low, runs = folded_text(text), prep.runs
    anchors = _anchors(low, runs)
    titled, ranked, appositive, possessive, of_country = _scans(text, runs, low, anchors)
    at_roles = anchors[1]
    out: list[Mention] = []
    for m in titled:
        title = _role(squash(m.group("title")))
        out.append(Mention(name=m.group("name"), role=title, start=m.start("title"), end=m.end()))
    for m in ranked:
        out.append(Mention(name=m.group("name"), role=None, start=m.start(), end=m.end()))
    for m in appositive:
        name = m.group("name")
        if " " not in name and not _starts_sentence(prep, m.start()):
            continue  # one word is a name only where it opens its sentence ("Wati, an official at ...")
        if m.group("role3"):
            role = "spokesperson"
        elif m.group("role2"):  # with the words before it: "deputy chief", "civil aviation minister"
            role = squash(text[m.end("name") + 1 : m.start("role2")] + m.group("role2").lower())
        else:
            role = m.group("role").lower()
        out.append(Mention(name=name, role=_role(role), start=m.start(), end=m.end()))
    for m in possessive:
        out.append(Mention(name=m.group("name"), role=_role(m.group("role").lower()), start=m.start(), end=m.end()))
    for m in of_country:
        out.append(Mention(name=m.group("name"), role=_role(m.group("role")), start=m.start(), end=m.end()))
    out.extend(roles.untitled(prep, at_roles))  # their roles are never ranks: "acting as the ship's captain"
    kept = []
    for mention in out:
        found = clean_name(mention.name)
        if found is None or prep.is_ignored(mention.start, mention.end):
            continue
        name, led = found
        end = mention.end
        if " " not in name and (caps := acronym_after(text, end)):  # "Budi MD"
            name, end = f"{name} {caps}", text.index(caps, end) + len(caps)
        if mention.role and led.lower().strip(".") in _HONORIFICS:
            led = ""  # "Dr Jane Doe, an epidemiologist": the epidemiologist
        given = f"{mention.role} {led}" if mention.role and led else mention.role or led or None
        if given is not None and " " in given:
            given = _without_courtesy(given)  # "Health Minister Dr. Anna Kowalski": the health minister
        kept.append(Mention(name=name, role=given, start=mention.start, end=end))
    return sorted(kept, key=lambda x: (x.start, -x.end))


_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof"})  # a courtesy before a name, no part of a role after it


def _without_courtesy(role: str) -> str:
    """A role without the courtesy titles among its words, unless it is one ("Dr" of "Dr Jane Doe" stays).

    >>> _without_courtesy("Health Minister Dr."), _without_courtesy("Dr. Health Minister"), _without_courtesy("Dr")
    ('Health Minister', 'Health Minister', 'Dr')
    """
    words = [w for w in role.split() if w.lower().strip(".") not in _HONORIFICS]
    return " ".join(words) if words else role


def _starts_sentence(prep: Prepared, offset: int) -> bool:
    sent = prep.sentence(offset)
    return not prep.doc.text[sent.start : offset].strip(" \t\n\"'“‘(")


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
        for start, end in words_before(rev, anchor - len(gap.group()), most):
            if start in seen:
                break
            seen.add(start)
            out.extend(m.start() for m in unit_start.finditer(text, start, end))
            word = text[start:end]
            if word not in words and not _CAP_WORD.fullmatch(word):
                break
    return out


def _role_commas(low: str, at_roles: list[int], pats: _Patterns) -> list[int]:
    """Where ``role_comma`` matches in ``low``: only a comma a role word follows can, and the nearest before it,
    since no comma stands between the two; and a comma "speaking for" follows."""
    commas = {c for at in at_roles if (c := low.rfind(",", 0, at)) >= 0 and pats.role_comma.match(low, c)}
    if "speaking" in low:
        commas.update(m.start() for m in _SPEAKING.finditer(low))
    return sorted(commas)


def _role(title: str | None) -> str | None:
    """A title without its ranks: "Col. Gen." is a rank, not a role."""
    if title is None:
        return None
    return None if title.lower() in _rank_names() else title


@cache
def _rank_names() -> frozenset[str]:
    return frozenset(r.lower() for r in data("people.json")["ranks"])


def _given_match(a: list[str], b: list[str]) -> bool:
    """Could two lists of given names (folded) be one person's? Equal, an initial for a name, or one list
    inside the other in order ("j. robert" / "robert")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return True
    it = iter(long_)
    return all(
        any(x == y or (x.endswith(".") and y.startswith(x[0])) or (y.endswith(".") and x.startswith(y[0])) for y in it)
        for x in short
    )


def _people(mentions: list[Mention]) -> list[list[Mention]]:
    """The mentions grouped by person: full names of one family that may be one person join; a family name
    alone joins the nearest full name of its family before it (or the first after it)."""
    people: list[tuple[str, list[str], list[Mention]]] = []  # key, given names, mentions
    bare: list[tuple[str, Mention]] = []
    for m in mentions:
        key = surname(m.name)
        given = list(given_names(m.name))
        if not given:
            bare.append((key, m))
            continue
        same = next((p for p in people if p[0] == key and _given_match(p[1], given)), None)
        if same is None:
            people.append((key, given, [m]))
        else:
            same[2].append(m)
    for key, m in bare:
        family = [p for p in people if p[0] == key]
        if not family:
            people.append((key, [], [m]))
            continue
        before = [p for p in family if p[2][0].start <= m.start]
        target = max(before, key=lambda p: max(x.start for x in p[2] if x.start <= m.start)) if before else family[0]
        target[2].append(m)
    return [sorted(p[2], key=lambda x: x.start) for p in people]


def extract(prep: Prepared) -> list[Claim]:
    """One person claim per person named with a title or role in the document."""
    text = prep.doc.text
    claims = []
    for ms in _people(_mentions(prep)):
        first = next((m for m in ms if " " in m.name), ms[0])
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
                key=f"person:{surname(first.name)}",
                subject=role,
                scope="story",
                attribution=prep.said(sent)[1],
            )
        )
    return sorted(claims, key=lambda c: c.start)
