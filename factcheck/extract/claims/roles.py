"""People whose role comes before the name with a comma, or is not next to the name at all.

- role first: "Ghana's president, Kofi Mensah", "the agency's deputy chief, Jane Doe", "the head of the port
  authority, Ana Ruiz", "the UN's representative in Ghana, Jane Doe";
- a role the sentence gives its subject: "Lee Min-ho, who ..., had been acting as the ship's captain",
  "said Jane Doe, who heads the agency as director", "This week John Roe was named as the new head of
  government";
- "Jane Doe of the Civil Rights Front" (the organisation is the role), "the agency's Jane Doe" (no role),
  "(President) Park Ji-won".

Role words are found from the runs of the text (``text.run_offsets``) and the patterns tried only there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import compress

from ..context import Prepared
from ..lexicon import data
from ..scan import lower_words, trie
from ..text import squash
from .names import FULL_NAME, NAME, NAME_START, Mention, name_starts

_STOP = r"[^\s,.;:()\"“”]+"
_MOD = r"(?!(?i:where|when|which|who|whom|whose|that|and|or|but|as|if|said|says|told)\b)[\w-]+\s+"
_HEAD = re.compile(r"[a-z0-9]+")
_RUN_START = re.compile(r"(?<![\w.-])[\w.-]|(?<=\.)\w")  # where "Ghana's" or "the" can start
_WORD_BACK = re.compile(r"(\S+)(\s*)")
_SPACES = re.compile(r"\s*")
# what comes before a role the sentence gives its subject (any of them, even inside a word)
_CUE = re.compile("as |named|appointed|elected|chosen|became|becomes")
_OF_THE = re.compile(r"\s+of\s+the\s+[A-Z]")


def role_first(role_words: str) -> re.Pattern[str]:
    """ "Ghana's president, Kofi Mensah", "the head of the port authority, Ana Ruiz", "a spokesman for the
    ministry, Ali Hassan": an owner's, "the" or "a", up to two words, a role, what it is of (up to seven
    words), a comma and the name."""
    return re.compile(
        rf"(?:(?P<pre>[\w.-]+['’]s|[\w.-]+s['’])|(?<![\w-])(?P<the>the|The|an?|An?|its|Its|his|His|her|Her|their|Their))\s+(?:{_MOD}){{0,2}}?"
        rf"(?P<role>{role_words})"
        rf"(?P<scope>\s+(?:of|for|at|in|on|to)\s+(?:{_STOP}\s+){{0,6}}?{_STOP})?,\s+(?P<name>{NAME})"
    )


@cache
def role_heads() -> frozenset[str]:
    """The first runs of the role words, lower-case."""
    heads = [_HEAD.match(w) for w in lower_words(data("people.json")["role_words"])]
    return frozenset(h.group() for h in heads if h is not None)


@cache
def _role_pattern() -> re.Pattern[str]:
    """The role words as a pattern over folded text."""
    return re.compile(rf"(?<![\w-]){trie(lower_words(data('people.json')['role_words']))}\b")


def role_positions(low: str, runs: tuple[tuple[str, ...], tuple[int, ...]] | None) -> list[int]:
    """Every offset where a role word may start, from the runs when the text is plain (``low`` is folded)."""
    if runs is not None:
        run_words, offsets = runs
        return list(compress(offsets, map(role_heads().__contains__, run_words)))
    return [m.start() for m in _role_pattern().finditer(low)]


def _starts_before(text: str, rev: str, at: int, words: int) -> Iterator[int]:
    """Where an owner's or "the" can start in the ``words`` words before ``at``: each run of word characters, dots
    and hyphens, and each word character after a dot."""
    n = len(rev)
    gap = _SPACES.match(rev, n - at)
    end = at - (gap.end() - gap.start()) if gap else at
    for _ in range(words):
        m = _WORD_BACK.match(rev, n - end)
        if m is None or m.end(1) == m.start(1):
            return
        start = end - m.end(1) + m.start(1)
        yield from (r.start() for r in _RUN_START.finditer(text, start, end))
        end = start - m.end(2) + m.start(2)
        if end == start:
            return


def role_first_matches(
    text: str,
    low: str,
    runs: tuple[tuple[str, ...], tuple[int, ...]] | None,
    pattern: Callable[[], re.Pattern[str]],
    positions: list[int] | None = None,
) -> list[re.Match[str]]:
    """What ``pattern().finditer(text)`` finds (``pattern`` gives one from ``role_first``, called only when there is
    a place to try it), tried only up to four words before a role word that a comma follows (``positions``:
    ``role_positions``, when the caller has them). A match led by "the" or "a" needs what the role is of, or a
    name of two words or more."""
    rev = text[::-1]
    tail = _tail()
    starts: set[int] = set()
    for at in role_positions(low, runs) if positions is None else positions:
        if tail.match(text, at):
            starts.update(_starts_before(text, rev, at, 4))
    if not starts:
        return []
    out = first_matches(pattern(), text, starts)
    return [m for m in out if not m.group("the") or m.group("scope") or " " in m.group("name")]


@cache
def _tail() -> re.Pattern[str]:
    """What follows the role of a role-first mention, up to the name's first character."""
    roles = trie(data("people.json")["role_words"], icase=True)
    return re.compile(rf"{roles}(?:\s+(?:of|for|at|in|on|to)\s+(?:{_STOP}\s+){{0,6}}?{_STOP})?,\s+{NAME_START}")


# Each pattern of ``untitled`` is compiled the first time a text needs it: the rarer ones hold a name or a word
# list that takes some milliseconds to compile, and many runs never need them.


@cache
def _before_role() -> re.Pattern[str]:
    """What comes before a role the sentence gives its subject ("... acting as the ship's")."""
    return re.compile(
        rf"(?<![\w-])(?:as|(?:named|appointed|elected|chosen)(?:\s+as)?|sworn\s+in\s+as|became|becomes)\s+"
        rf"(?:(?:the|a|an|new)\s+)?(?:[\w.-]+['’]s\s+)?(?:{_MOD}){{0,3}}?$"
    )


@cache
def _subject() -> re.Pattern[str]:
    """The subject: a name, a relative clause, a few lower-case words."""
    return re.compile(rf"(?P<name>{FULL_NAME})(?:,\s+who\s+[^.;]{{0,120}}?)?,?\s+(?:[a-z][\w'’-]*\s+){{0,4}}$")


@cache
def _lead() -> re.Pattern[str]:
    """What may come before the subject in its sentence."""
    return re.compile(
        rf"(?:^(?:(?:This|Last|Next|On|Earlier|Later|In)\s+[\w-]+(?:\s+[\w-]+)?,?\s+)?"
        rf"|\b(?:{trie(data('people.json')['speech_verbs'])}|according\s+to),?\s+)$"
    )


@cache
def _of_org() -> re.Pattern[str]:
    """ "Jane Doe of the Civil Rights Front"."""
    names = data("people.json")["not_names"]
    orgs = trie([w for w in names["organisation_and_place"] if w[:1].isupper()])
    return re.compile(rf"(?P<name>{FULL_NAME})\s+of\s+the\s+(?P<org>(?:[A-Z][\w'’-]*\s+){{0,5}}{orgs})(?![\w-])")


@cache
def _owner_name() -> re.Pattern[str]:
    """ "the agency's Jane Doe"."""
    return re.compile(rf"[Tt]he\s+[\w.-]+['’]s\s+(?P<name>{FULL_NAME})")


@cache
def _paren_title() -> re.Pattern[str]:
    """ "(President) Park Ji-won"."""
    return re.compile(rf"\((?P<title>{trie(data('people.json')['titles'], icase=True)})\)\s+(?P<name>{NAME})")


@cache
def _role_at() -> re.Pattern[str]:
    """A role word, not an owner's ("the president's son")."""
    return re.compile(rf"(?P<role>{trie(data('people.json')['role_words'], icase=True)})\b(?![’']s\b)")


@cache
def _place_after_owner() -> frozenset[str]:
    return frozenset(data("people.json")["not_names"]["place_after_owner"])


def untitled(prep: Prepared, positions: list[int]) -> list[Mention]:
    """The mentions whose role is not a title or role word right before or after the name (``positions``:
    ``role_positions``)."""
    text = prep.doc.text
    out: list[Mention] = []
    if _CUE.search(text):
        for at in positions:
            if not _CUE.search(text, max(0, at - 60), at):
                continue
            role = _role_at().match(text, at)
            cue = _before_role().search(text, max(0, at - 60), at) if role else None
            if role is None or cue is None:
                continue
            sent = prep.sentence(at)
            who = _subject().search(text, sent.start, cue.start())
            if who and _lead().search(text[sent.start : who.start()]):
                out.append(
                    Mention(name=who.group("name"), role=role.group().lower(), start=who.start(), end=who.end("name"))
                )
    if " of the " in text:
        rev = text[::-1]
        anchors = [m.start() for m in _OF_THE.finditer(text)]
        starts = name_starts(text, rev, anchors)
        if starts:
            for m in first_matches(_of_org(), text, starts):
                out.append(Mention(name=m.group("name"), role=squash(m.group("org")), start=m.start(), end=m.end()))
    if "'s " in text or "’s " in text:
        places = _place_after_owner()
        out.extend(
            Mention(name=m.group("name"), role=None, start=m.start(), end=m.end())
            for m in _owner_name().finditer(text)
            if m.group("name").rsplit(None, 1)[-1] not in places  # "the city's Lakeview Park"
        )
    if "(" in text:
        for m in _paren_title().finditer(text):
            out.append(Mention(name=m.group("name"), role=m.group("title"), start=m.start(), end=m.end()))
    return out


def first_matches(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given every position it can match at (and maybe more), in order.

    ``finditer`` goes on where a match ends, so a match may start there, inside a word: that is tried too.
    """
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        m = pattern.match(text, start)
        while m:
            yield m
            pos = m.end()
            m = pattern.match(text, pos) if pos > m.start() else None
