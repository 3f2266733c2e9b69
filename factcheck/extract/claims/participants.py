"""Participants claims: the countries taking part in a force, coalition or operation.

From lists of country names after a force noun ("units of the armed forces of Russia, Belarus and
Armenia", "peacekeepers from Russia and Belarus", "troops contributed by nine countries: Sweden, ...",
"troops from five former colonies of the region: Chad, Mali, ..."), lists of demonyms before one
("Tajik and Kyrgyz peacekeepers", "Belgian and Dutch police"), lists of where a force is active ("the
force is also active in Chad, Niger and Mali"), and groups read from their dated membership table
("every EU member except Hungary", "all ASEAN states apart from Myanmar", "troops from the G7 and
Australia"). A country merely mentioned, or the host a force is sent to, is not a participant. "X-led"
alone names the leader, not the membership: it is no participants claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from itertools import compress
from typing import NamedTuple

from ...model import Claim, Participants
from ..context import Prepared
from ..lexicon import country_index, data
from ..scan import gated, trie
from ..text import Span, plain, run_offsets, squash
from .blocs import group_index

#: What may stand between a force's preposition and its list: "nine countries:", "five former colonies of
#: the region:", "a dozen European nations, namely".
_COUNTRIES_NOUN = (
    r"(?:(?:[\w,.-]+\s+){0,4}?(?:countries|nations|states|member\s+states|members|partners|allies|contributors"
    r"|colonies|governments)(?:\s+(?:of|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s*:|,?\s+(?:namely|including|such\s+as)))"
)
_RUN = re.compile(r"[a-z0-9]+")  # a run of ``text.run_offsets``, in lower-case text
_INTRODUCED = re.compile(r"(?::|\b(?:namely|including|as))\s*$")
_EXCEPT = (
    r"except(?:\s+for)?|apart\s+from|other\s+than|but(?:\s+not)?|save(?:\s+for)?|excluding|bar|besides"
    r"|with\s+the\s+exception\s+of"
)
_MEMBERS = (
    r"member\s+states?|member\s+countries|member\s+nations|members?|countries|country|nations?|states?|allies"
    r"|governments?|leaders"
)


class _Patterns(NamedTuple):
    country: re.Pattern[str]  # a country or a group named by its members ("the G7")
    before: re.Pattern[str]  # what introduces a list after a force noun, at the end of the text before it
    after: re.Pattern[str]  # a force noun right after a list
    active: re.Pattern[str]  # "the force is also active in", at the end of the text before a list
    any_group: re.Pattern[str]  # a group's name anywhere
    every: re.Pattern[str]  # "every EU member except ...", "all ASEAN states apart from ..."


@cache
def _names() -> tuple[str, ...]:
    """The names of ``_Patterns.country``: the countries' and those of the groups named by their members."""
    return (*country_index(), *(n for n, g in group_index().items() if g.named_by_members))


@cache
def _patterns() -> _Patterns:
    """The patterns, with country names as gated tries (``scan``): a scan skips in C from one possible first
    letter of a country to the next."""
    bound = r"(?![\w-])"
    country = gated(_names(), after=bound)
    forces = trie(data("claim_words.json")["force_nouns"], icase=True)
    groups = trie(list(group_index()))
    return _Patterns(
        country=re.compile(country),
        before=re.compile(
            rf"(?<![\w-]){forces}(?![\w-])(?:\s+(?:of\s+the\s+armed\s+forces|of\s+\w+|[\w-]+)){{0,3}}?\s+"
            rf"(?:from|of|including|comprising|by|among)\s+(?:{_COUNTRIES_NOUN}\s+)?$",
            re.I,
        ),
        after=re.compile(rf"^(?:\s+[a-z][\w-]*){{0,2}}\s+{forces}(?![\w-])", re.I),
        active=re.compile(
            rf"(?<![\w-]){forces}(?![\w-])[^.;:]{{0,60}}?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?"
            rf"(?:active|operating|present)\s+in\s+$",
            re.I,
        ),
        any_group=re.compile(gated(list(group_index()), after=bound)),
        every=re.compile(
            rf"(?P<head>(?<![\w-])(?:[Ee]very|[Aa]ll|[Ee]ach)\s+(?:(?:of\s+)?the\s+)?(?:\d{{1,3}}\s+)?(?P<group>{groups})"
            rf"(?:['’]s)?(?:\s+(?:{_MEMBERS}))?(?![\w-]))(?P<exc>\s*,?\s+(?:{_EXCEPT})\s+)?"
        ),
    )


def _list_at(text: str, at: int, pats: _Patterns) -> int | None:
    """The end of the list of countries at ``at`` ("Russia, the G7 and Chad"), as the pattern
    ``(?:the\\s+)?C(?:\\s*,\\s*(?:the\\s+)?C)*(?:\\s*,?\\s+(?:and|&)\\s+(?:the\\s+)?C)?`` (C a country) matches it
    there; None when no list starts there.

    The items are matched one by one (``_step``), each where the last ended, with the one pattern of the 879
    country names that ``country`` is: that pattern held them four times and compiled in about 50 ms.
    It is exact: nothing after the repeated items can fail, so ``re`` never backtracks into them, and each
    item is the first that matches, a ", " one before an " and " one. The first item is a step without a
    separator, as a country starts with a letter; after an item, which ends before no word character or
    "-", only an item with its separator can match.
    """
    first = _step(text, at, pats)
    if first is None or first[0] is not None:
        return None
    end = first[1]
    while (step := _step(text, end, pats)) is not None:
        end = step[1]
        if step[0] == "last":  # " and Chad" ends the list
            break
    return end


_SEPARATORS = (  # in the order ``_step`` tries them: none is the last
    ("comma", re.compile(r"\s*,\s*")),
    ("last", re.compile(r"\s*,?\s+(?:and|&)\s+")),
    (None, re.compile("")),
)
_THE = re.compile(r"the\s+")


def _step(text: str, at: int, pats: _Patterns) -> tuple[str | None, int] | None:
    """What ``(?:(?P<comma>\\s*,\\s*)|(?P<last>\\s*,?\\s+(?:and|&)\\s+))?(?:the\\s+)?C`` (C: ``pats.country``) matches
    at ``at``: the name of the separator it starts with ("comma", "last" or None) and its end; None if nothing.

    The choices are tried in the pattern's order, each once: a separator or "the" can end at one place only
    where a country follows, since it ends in white space and no country starts with white space.
    """
    for sep, pattern in _SEPARATORS:
        if (m := pattern.match(text, at)) is None:
            continue
        pos = m.end()
        the = _THE.match(text, pos)
        for start in (the.end(), pos) if the else (pos,):
            if (country := pats.country.match(text, start)) is not None:
                return sep, country.end()
    return None


def _lists(text: str, pats: _Patterns, starts: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """The lists of countries in ``text`` (start, end), as ``finditer`` of ``_list_at``'s pattern finds them.

    A list starts at the first country from where the last ended (``_next_country``), or at a "the" right
    before it ("the G7"): no other match can start before that country, since a country starts a word and
    "the" with the white space after it holds no word start but its own. ``starts``: ``_starts(runs)[0]``.
    """
    if starts is None and plain(text) and (both := _starts(run_offsets(text))) is not None:
        starts = both[0]
    at = 0
    while (found := _next_country(text, at, pats, starts)) is not None:
        start = _the_before(text, found, at)
        end = _list_at(text, start, pats)
        assert end is not None  # a country or "the" + a country matches at ``start``
        yield start, end
        at = end


def _has_group(text: str, pats: _Patterns, starts: list[int] | None) -> bool:
    """Whether ``pats.any_group.search(text)`` finds a group, tried only at ``starts`` (every place a group may
    start) when given."""
    if starts is None:
        return pats.any_group.search(text) is not None
    return any(pats.any_group.match(text, p) for p in starts)


def _next_country(text: str, at: int, pats: _Patterns, starts: list[int] | None) -> int | None:
    """Where the first country from ``at`` starts, as ``pats.country.search(text, at)`` finds it; tried only at
    ``starts`` (every place a country may start, in order) when given, since the search stops at every capital
    and every "t"."""
    if starts is None:
        found = pats.country.search(text, at)
        return None if found is None else found.start()
    match = pats.country.match
    return next((p for p in starts[bisect_left(starts, at) :] if match(text, p)), None)


_COUNTRY, _GROUP, _AFTER_THE = 1, 2, 4  # what a run may be the head of (``_heads``)


@cache
def _heads() -> tuple[dict[str, int], dict[str, int]] | None:
    """The first run of letters and digits (as ``text.run_offsets`` cuts them) of each name, lower-case, with
    bits for what it heads: ``_COUNTRY``, a name of ``_patterns().country``; ``_GROUP``, of ``any_group``;
    ``_AFTER_THE``, the second run of a country led by "the" ("state" of "the State of Eritrea"). And how many
    characters come before the first run of a name that does not start with one ("land" of "Åland Islands": 1;
    a run may head other names too, at it). None if a name has no runs."""
    heads: dict[str, int] = {}
    back: dict[str, int] = {}
    for bit, names in ((_COUNTRY, _names()), (_GROUP, tuple(group_index()))):
        for name in names:
            runs = list(_RUN.finditer(name.lower()))
            if not runs:
                return None
            head = runs[0].group()
            if head == "the" and len(runs) > 1:  # not every "the" of the text: the run after one
                heads[runs[1].group()] = heads.get(runs[1].group(), 0) | _AFTER_THE
                continue
            heads[head] = heads.get(head, 0) | bit
            if runs[0].start():
                back[head] = runs[0].start()
    return heads, back


def _starts(runs: tuple[tuple[str, ...], tuple[int, ...]]) -> tuple[list[int], list[int]] | None:
    """Every offset where a country (or a group named by its members) may start, and every offset where a group
    may start, in order, from the runs of a ``plain`` text (None if ``_heads`` cannot tell): a name starts at
    its first run, or the characters before it, or led by "the", at the run before its second (a run is taken
    for what all the names it heads may be, the lists holding more places than they need)."""
    found = _heads()
    if found is None:
        return None
    heads, back = found
    words, offsets = runs
    countries: list[int] = []
    groups: list[int] = []
    for k in compress(range(len(words)), map(heads.__contains__, words)):
        word = words[k]
        bits, at = heads[word], offsets[k]
        starts: tuple[int, ...] = (at, at - back[word]) if word in back else (at,)
        if bits & _AFTER_THE and k and words[k - 1] == "the":
            starts += (offsets[k - 1],)
        if bits & (_COUNTRY | _AFTER_THE):
            countries.extend(starts)
        if bits & (_GROUP | _AFTER_THE):
            groups.extend(starts)
    return sorted(countries), sorted(groups)


def _the_before(text: str, country: int, since: int) -> int:
    """Where "the" and white space (``the\\s+``) right before offset ``country`` start, if not before ``since``;
    else ``country``. Any "the" counts, even inside a word ("bathe"), as in the pattern."""
    space = country
    while space > since and text[space - 1].isspace():  # \s is str.isspace
        space -= 1
    if space < country and space - 3 >= since and text.startswith("the", space - 3):
        return space - 3
    return country


def _codes(text: str, prep: Prepared) -> tuple[str, ...]:
    """The countries a list names, a group named by its members read as its members on the article's date."""
    pats = _patterns()
    index, groups = country_index(), group_index()
    out: set[str] = set()
    for m in pats.country.finditer(text):
        name = squash(m.group())
        if name in index:
            out.add(index[name])
        else:
            out.update(groups[name].on(prep.doc.published))
    return tuple(sorted(out))


def extract(prep: Prepared) -> list[Claim]:
    """Participants claims of one document, in text order."""
    text = prep.doc.text
    pats = _patterns()
    found: list[tuple[int, int, tuple[str, ...], Span]] = []  # the sentence last: it is never compared
    taken: list[tuple[int, int]] = []
    starts = _starts(prep.runs) if prep.runs is not None else None
    if _has_group(text, pats, None if starts is None else starts[1]):
        for m in pats.every.finditer(text):
            if prep.is_ignored(m.start(), m.end()):
                continue
            members = set(group_index()[m.group("group")].on(prep.doc.published))
            end = m.end("head")
            rest = _list_at(text, m.end(), pats) if m.group("exc") else None
            if rest is not None:
                members -= set(_codes(text[m.end() : rest], prep))
                end = rest
            codes = tuple(sorted(members))
            if len(codes) >= 2:
                found.append((m.start(), end, codes, prep.sentence(m.start())))
                taken.append((m.start(), end))
    for start, end in _lists(text, pats, None if starts is None else starts[0]):
        if prep.is_ignored(start, end) or any(s <= start < e for s, e in taken):
            continue
        codes = _codes(text[start:end], prep)
        if len(codes) < 2:
            continue
        sent = prep.sentence(start)
        head = text[max(sent.start, start - 80) : start]
        if _INTRODUCED.search(head):  # "nine countries: ..." may reach further back
            head = text[max(sent.start, start - 140) : start]
        lead = pats.before.search(head)
        if lead is None and ("active" in head or "operating" in head or "present" in head):
            lead = pats.active.search(head)
        follow = pats.after.match(text[end : min(sent.end, end + 60)])
        if lead:
            found.append((start - len(lead.group()), end, codes, sent))
        elif follow:
            found.append((start, end + follow.end(), codes, sent))
    claims = []
    seen: set[tuple[int, int]] = set()
    for start, end, codes, sent in sorted(found, key=lambda f: f[:3]):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        claims.append(
            Claim(
                id="",
                document=prep.doc.id,
                type="participants",
                value=Participants(countries=codes),
                text=text[start:end],
                start=start,
                end=end,
                sentence=prep.said(sent)[0],
                key="participants",
                subject="participating countries",
                scope=prep.scope(start),
                attribution=prep.said(sent)[1],
            )
        )
    return claims
