"""The fast scans find exactly what the plain longest-first alternations find.

``scan.trie`` and ``scan.gated`` stand in for ``lexicon.alternation``; the people and participants
extractors look for their patterns only near cheap anchors. Each is checked here against the patterns
as first written, on random text built to hit the edges: titles in any case, words glued together,
mid-word starts, odd white space, and the characters where ``str.lower`` and ``re.IGNORECASE`` disagree.
"""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract.claims import participants, people
from factcheck.extract.claims import roles as roles_mod
from factcheck.extract.claims.blocs import group_index
from factcheck.extract.claims.names import FULL_NAME
from factcheck.extract.lexicon import alternation, country_index, data
from factcheck.extract.scan import folded, gated, trie

_ALL = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def test_folded_lines_up_with_ignorecase() -> None:
    low = folded(_ALL)
    assert len(low) == len(_ALL)
    for cls in (r"\w", r"\s", "-"):  # lowering keeps what a character is to the word and space classes
        p = re.compile(cls)
        assert [bool(p.match(c)) for c in _ALL] == [bool(p.match(c)) for c in low], cls
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for m in re.finditer(letter, _ALL, re.I):
            assert low[m.start()] == letter, (letter, hex(ord(m.group())))


PHRASES = ["in", "in custody", "custody", "Rep.", "rep", "U.S.", "U.S.A.", "a b c", "a b", "ab", "Guinea"]
PHRASES += ["Guinea-Bissau"]
TEXTS = ["in  custody", "Rep. rep REP.x", "U.S.A. and U.S.", "a\tb c ab a b", "Guinea-Bissau-led Guinea-led", "xin in"]


@pytest.mark.parametrize("icase", [False, True])
@pytest.mark.parametrize("after", ["", r"(?![\w-])", r"-led\b", r"\s"])
def test_trie_and_gated_match_the_alternation(icase: bool, after: str) -> None:
    rng = random.Random(7)
    for _ in range(200):
        phrases = rng.sample(PHRASES, rng.randint(1, len(PHRASES)))
        text = " ".join(rng.choices(TEXTS, k=4))
        flags = re.I if icase else 0
        plain = re.compile(r"(?<![\w-])" + alternation(phrases) + after, flags)
        fast = re.compile(r"(?<![\w-])" + trie(phrases, icase=icase) + after)
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        if not icase:
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in re.finditer(gated(phrases, after=after), text)
            ]


def _old_people() -> tuple[re.Pattern[str], ...]:
    """The people patterns as plain alternations (``finditer`` tries every position)."""
    p = data("people.json")
    titles, ranks, roles = alternation(p["titles"]), alternation(p["ranks"]), alternation(p["role_words"])
    speech = alternation(p["speech_verbs"])
    places = alternation([k for k in country_index() if k[:1].isupper()])
    name_token, name = people._NAME_TOKEN, people._NAME
    prefix = rf"(?:(?:{places}|[A-Z][\w.-]*(?:'s|’s)?|local|former|acting|deputy|then)\s+){{0,3}}?"
    return (
        re.compile(
            rf"(?<![\w-])(?P<pre>{prefix})(?P<title>(?i:{titles})(?:\s+(?i:{titles}))*)\s+"
            rf"(?:(?P<rank>{ranks})\s+)?(?P<name>{name})"
        ),
        re.compile(rf"(?<![\w-])(?P<rank>{ranks})\s+(?P<name>{name})"),
        re.compile(rf"(?P<name>{FULL_NAME}|{name_token}),{people.role_tail(f'(?i:{roles})', speech)}"),
        roles_mod.role_first(f"(?i:{roles})"),
        re.compile(rf"(?<![\w-])(?P<role>{titles})\s+of\s+(?:the\s+)?(?:{places})\s+(?P<name>{name})"),
    )


def _plain_people(text: str) -> list[list[re.Match[str]]]:
    """What each plain pattern finds; a role-first match led by "the" needs what the role is of or two names."""
    found = [list(p.finditer(text)) for p in _old_people()]
    found[3] = [m for m in found[3] if not m.group("the") or m.group("scope") or " " in m.group("name")]
    return found


def _old_participants() -> tuple[re.Pattern[str], ...]:
    names = [*country_index(), *(n for n, g in group_index().items() if g.named_by_members)]
    country = r"(?<![\w-])" + alternation(names) + r"(?![\w-])"
    item = rf"(?:the\s+)?{country}"
    return (
        re.compile(country),
        re.compile(rf"{item}(?:\s*,\s*{item})*(?:\s*,?\s+(?:and|&)\s+{item})?"),
    )


def _odd_case(rng: random.Random, word: str) -> str:
    pick = rng.random()
    if pick < 0.4:
        return word
    if pick < 0.6:
        return word.lower()
    if pick < 0.7:
        return word.upper()
    odd = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a", "K": "\u212a"}
    return "".join(odd.get(c, c) if rng.random() < 0.3 else rng.choice((c.lower(), c.upper())) for c in word)


def _vocabulary() -> list[str]:
    p = data("people.json")
    places = [k for k in country_index() if k[:1].isupper()]
    return [
        *p["titles"],
        *p["ranks"],
        *p["role_words"],
        *places[::7],
        "the State of Eritrea",
        "South Korea",
        "Bosnia and Herzegovina",
        *["Ivan", "Petrov", "María", "Núñez", "Jean-Paul", "McDonald", "O'Neil", "Ōsaka", "Anna-Maria", "Ole"],
        *["al-Sayed", "J.", "R.", "MD", "della", "speaking", "for", "who", "where", "G7", "G-20", "Nations'", "A"],
        *["de", "van", "bin", "al", "local", "former", "acting", "deputy", "then", "the", "a", "an", "of"],
        *["said", "and", "&", "bathe", "Thursday", "Ministry", "peacekeepers", "troops", "from", "units"],
        *[",", "'s", "’s", "(", ")", '"', "“", "-", "—", ".", "-led", "s", "x", "_", "\u0130", "\u0131", "\u017f"],
    ]


def _snippet(rng: random.Random) -> str:
    """A piece of text shaped like one of the rarer patterns: "X-led", "X's role, Name", "Title of Place Name"."""
    p = data("people.json")
    place = rng.choice([k for k in country_index() if k[:1].isupper()])
    name = rng.choice(["Ivan Petrov", "Ole", "María de la Núñez", "Kofi Mensah", "J. Ali al-Sayed", "Sean O'Neill"])
    owner = rng.choice([place, "Ghana", "McDonald"]) + rng.choice(["’s", "'s"])
    return rng.choice(
        [
            f"{place}-led",
            f"{owner} {rng.choice(p['role_words'])}, {name}",
            f"{rng.choice(p['titles'])} of {rng.choice(['the ', ''])}{place} {name}",
            f"{name}, {rng.choice(['the ', 'a ', ''])}{rng.choice(p['role_words'])} of",
            f"{name}, {rng.choice(['deputy ', 'civil aviation ', 'where the ', ''])}{rng.choice(p['role_words'])} for",
            f"{name}, a {rng.choice(p['role_words'])} {rng.choice(p['speech_verbs'])}",
            f"{name}, speaking {rng.choice(['for', 'on behalf of'])}",
            f"the {rng.choice(p['role_words'])} of the {place} Health Authority, {name}",
            f"{owner} {rng.choice(['health ', 'deputy ', ''])}{rng.choice(p['role_words'])} in {place}, {name}",
            f"{rng.choice(['G7', 'the G-20', 'Group of Seven'])} and {place}",
            f"{rng.choice(['a', 'An', 'the'])} {rng.choice(p['role_words'])} for the ministry, {name}",
            f"{place}s' {rng.choice(p['role_words'])}, {name}",
        ]
    )


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    words = _vocabulary()
    glue = [" "] * 12 + ["  ", "\n", "\t", "", ", ", "-", "'s ", "’s ", ", the ", ", a former ", " of the "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(5, 40)):
            word = _snippet(rng) if rng.random() < 0.1 else rng.choice(words)
            parts += [_odd_case(rng, word), rng.choice(glue)]
        out.append("".join(parts))
    return out


def _found(matches: list[re.Match[str]] | list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_people_scans_find_what_the_plain_patterns_find() -> None:
    for text in _texts(1, 1500):
        new = people._scans(text)
        for n, (plain, fast) in enumerate(zip(_plain_people(text), new, strict=True)):
            assert _found(plain) == _found(fast), (n, text)


def test_participants_patterns_find_what_the_plain_patterns_find() -> None:
    country, lst = _old_participants()
    new = participants._patterns()
    for text in _texts(2, 1500):
        assert [m.span() for m in country.finditer(text)] == [m.span() for m in new.country.finditer(text)], text
        assert [m.span() for m in lst.finditer(text)] == list(participants._lists(text, new)), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("troops from Russia, Belarus and Armenia, and Chad", id="comma-and"),
        pytest.param("bathe France and Chad; the  State of Eritrea, the G7 & Mali", id="the-inside-a-word"),
        pytest.param("every EU member except ,France and Chad", id="comma-before-the-first"),
        pytest.param("Chad ,Mali,and Niger , and the Niger-led Chad,the Sudan", id="odd-separators"),
        pytest.param("the\nthe\tFrance the the Chad theChad", id="the-twice"),
        pytest.param("", id="empty"),
    ],
)
def test_a_list_at_each_offset_is_the_plain_patterns_match(text: str) -> None:
    _, lst = _old_participants()
    new = participants._patterns()
    for at in range(len(text) + 1):
        plain = lst.match(text, at)
        assert (plain.end() if plain else None) == participants._list_at(text, at, new), at
    assert [m.span() for m in lst.finditer(text)] == list(participants._lists(text, new))


@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Ivan Petrov told President Kofi Mensah.",
        "Kazakh President Anna-Maria Okafor said so, then former acting Deputy Prime Minister Ivan Petrov left.",
        "The command was headed by Col. Gen. Oleg Markov, commander of the Airborne Troops.",
        "Luis Romero, the mayor of Riverton, and McDonald Smith, a local official, spoke.",
        "Ghana's president, Kofi Mensah, spoke. McDonald's chairman, Ray Kroc, did not.",
        'President of the Republic of Korea Moon Jae said ("President Moon") it; PRESIDENT MOON Jae too.',
        "\u0130nterior Minister Ali Veli and \u017fpokesman Bob Roe and vice pre\u017fident Al Gore.",
        "Attorney General John Smith and police chief Ann Lee met United Kingdom of Great Britain and Northern "
        "Ireland Prime Minister Boris Johnson.",
    ],
)
def test_people_scans_on_news_sentences(text: str) -> None:
    for plain, fast in zip(_plain_people(text), people._scans(text), strict=True):
        assert _found(plain) == _found(fast)
