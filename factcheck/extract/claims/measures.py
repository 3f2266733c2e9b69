"""What a figure measures, read from the words around it ("killed 59", "462 people aboard", "the
crowd at 338,000"), by the one table of measures in ``data/measures.json``.

``Measure`` is the declaration: each measure's name (what a finding shows), its claim type and the
unit a quantity claim carries. The cue readers return the measure a phrase names:

- ``cue_left``: a cue right before the figure, with nothing but small linking words between
  ("killed at least 59", "the death toll of", "the dead number at least 30", "put the crowd at");
- ``cue_right``: the first cue after the figure's noun, within its stretch of the clause
  ("39 people had been killed", "462 people aboard", "12 remain in critical condition");
- ``cue_in_sentence``: for a bare figure, the nearest cue before it in the sentence, else the first
  after it ("the number of people killed ... rose to 233").

Each pattern is tried only where a cheap test (a word of the lower-cased window) says it can match; the cues
are looked for in the text ``folded`` (``_cues``), from the character before each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ...model import ClaimType
from ..lexicon import data
from ..numbers.forms import trie_regex
from ..scan import folded_text, holds_any, lower_words
from ..text import squash


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure:
    """One measure: its name (what a finding shows: "deaths", "in hospital", "crowd"), the claim type it
    makes and the unit a quantity claim of it carries."""

    name: str
    type: ClaimType
    unit: str | None = None
    people: bool = False  # a measure of people (killed, injured, rescued...): needs a figure of people


@cache
def measures() -> dict[str, Measure]:
    """Every measure by name, as declared in ``data/measures.json``."""
    table = data("measures.json")["measures"]
    return {
        name: Measure(
            name=name,
            type=spec["type"],
            unit=spec.get("unit"),
            people=bool(spec.get("cues")),
        )
        for name, spec in table.items()
    }


@cache
def _cue_table() -> dict[str, str]:
    """Each cue phrase, squashed and lower-case, to its measure."""
    return {
        squash(cue).lower(): name
        for name, spec in data("measures.json")["measures"].items()
        for cue in spec.get("cues", ())
    }


@cache
def _any_cue() -> re.Pattern[str]:
    """Every cue, as a letter trie (longest first, like an alternation), whole words, any case."""
    return re.compile(r"(?<![\w-])" + trie_regex(sorted(_cue_table())) + r"(?![\w-])", re.I)


@cache
def _cue_scan() -> re.Pattern[str]:
    """Every cue as ``_any_cue`` has it, for ``folded`` text, from the character before it: the scan skips in C
    from one character that is no letter, digit or hyphen to the next, where ``_any_cue`` looks behind at each."""
    return re.compile(r"[^\w-]" + trie_regex(lower_words(sorted(_cue_table()))) + r"(?![\w-])")


@lru_cache(maxsize=8)
def _folded_text(text: str) -> str:
    """``folded(text)`` after a space: what stands at offset ``i`` of ``text`` is at ``i + 1`` here, so a cue at
    ``i`` and the character before it (the space, for a cue that opens the text) start at ``i``."""
    return " " + folded_text(text)


def _cues(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``_any_cue().finditer(text, lo, hi)``, the same ones, tried only where ``_cue_scan`` finds a
    cue in the text folded: ``_any_cue`` is case-blind and opens with a look-behind, so ``re`` tries it at every
    character.

    The scan finds a cue wherever ``_any_cue`` matches, so trying ``_any_cue`` there, and going on after each
    match, keeps the matches and their order."""
    low, scan, cue = _folded_text(text), _cue_scan(), _any_cue()
    found = scan.search(low, lo, hi + 1)
    while found is not None:  # the cue starts at found.start() + 1 in low, at found.start() in text
        m = cue.match(text, found.start(), hi)
        if m is None:
            found = scan.search(low, found.start() + 1, hi + 1)
        else:
            yield m
            found = scan.search(low, m.end(), hi + 1)


@cache
def _cue_keys() -> re.Pattern[str]:
    """The longest word of each cue, to look for in lower-cased text before ``_any_cue`` is tried."""
    return re.compile(trie_regex({max(cue.split(), key=len) for cue in _cue_table()}))


def may_cue(window: str) -> bool:
    """False only when no cue can match in ``window`` (none of their words is in it)."""
    low = lowered(window)
    return low is None or _cue_keys().search(low) is not None


def holds_within(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` as written, the stretch not copied: a case-sensitive
    pattern's gate, or, in the text ``folded`` once, a case-blind one's. A loop, which costs a third of what
    ``any()`` over a generator costs (asked of every figure)."""
    for word in words:  # noqa: SIM110 - the loop, not any() over a generator, is the point
        if text.find(word, start, end) >= 0:
            return True
    return False


def lowered(window: str) -> str | None:
    """``window`` lower-cased, to look for the words a case-blind pattern needs before it is tried; None when
    lower-casing is not what re.IGNORECASE matches here (a dotted capital I, a dotless i, a long s)."""
    low = window.lower()
    if len(low) != len(window) or "\u0131" in low or "\u017f" in low:
        return None
    return low


def may_hold(window: str, words: tuple[str, ...]) -> bool:
    """False only when none of ``words`` (lower case) is in ``window``, in any case."""
    low = lowered(window)
    return low is None or holds_any(low, words)


@cache
def _nominal_cues() -> frozenset[str]:
    """Cues that are nouns of their own (another clause's subject or object), never a figure's predicate."""
    return frozenset(data("measures.json")["nominal_cues"])


@cache
def _weak() -> frozenset[str]:
    return frozenset(squash(c).lower() for c in data("measures.json")["weak_cues"])


def weak(cue: re.Match[str]) -> bool:
    """A cue that names its measure only right next to the figure or its noun ("120,000 people affected")."""
    return squash(cue.group()).lower() in _weak()


def measure_of(cue: re.Match[str]) -> str:
    """The measure a cue found by the readers below names."""
    return _cue_table()[squash(cue.group()).lower()]


@lru_cache(maxsize=4096)
def cue_phrase(phrase: str) -> str | None:
    """The measure a whole phrase names, if it is a cue: ``cue_phrase("death toll")`` is "deaths" (a pure function
    of a noun, asked for again and again: cached, under lru_cache's lock)."""
    return _cue_table().get(squash(phrase).lower())


# Small words that may stand between a cue and its figure: "killed at least 59" has its hedge in the figure,
# "the toll rose to 59", "the dead number at least 30", "put the number of dead at 174".
_LINKS = frozenset(
    [
        "the",
        "a",
        "an",
        "at",
        "of",
        "to",
        "by",
        "was",
        "were",
        "is",
        "are",
        "had",
        "have",
        "has",
        "been",
        "be",
        "stood",
        "stands",
        "stand",
        "reached",
        "reach",
        "rose",
        "risen",
        "climbed",
        "jumped",
        "increased",
        "soared",
        "rising",
        "climbing",
        "number",
        "numbered",
        "numbers",
        "now",
        "already",
        "so",
        "far",
        "put",
        "came",
        "as",
    ]
)


def cue_left(text: str, start: int, sent_start: int) -> re.Match[str] | None:
    """A cue right before the figure at ``start``: "killed 59", "death toll of 59", "detained more than"."""
    lo = max(sent_start, start - 48)
    # the word right before the figure is a link word, or a cue's last word ends it: looked for first, in the text
    # folded once, as the cues are (a word of the gap after a cue never runs into the cue, which ends a word)
    before = _folded_text(text)[lo + 1 : start + 1].rsplit(None, 1)
    if not before or not (before[-1] in _LINKS or before[-1].endswith(_cue_last_words())):
        return None
    m = None
    for m in _cues(text, lo, start):  # noqa: B007 - the last one is wanted
        pass
    if m is None:
        return None
    gap = text[m.end() : start].split()
    if len(gap) <= 4 and _all_links(gap) and "," not in text[m.end() : start]:
        if "as" in gap and not _NUMBER_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "the number of children killed as 17" names it; "arrested as 273 remain missing" does not
        return m
    return None


@cache
def _cue_last_words() -> tuple[str, ...]:
    """The last word of each cue, lower-case (each ends with a letter)."""
    return tuple(sorted({cue.split()[-1] for cue in lower_words(sorted(_cue_table()))}))


def _all_links(words: list[str]) -> bool:
    """Whether each of ``words`` (a trailing comma aside) is a link word: ``all()`` over a generator, as a loop, which
    costs a third as much."""
    for word in words:  # noqa: SIM110 - the loop, not all() over a generator, is the point
        if word.lower().strip(",") not in _LINKS:
            return False
    return True


_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|count|toll|tally|total)\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)


_FIGURE_NEXT = re.compile(
    r"\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+|another\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b)",
    re.I,
)
_ASIDE = re.compile(r"\s+[—–]\s[^—–.;]{1,100}?\s[—–]|\s*\([^()]{1,100}\)")
_CLAUSE_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|with|as|who|which|whereas|where|when)\b|\.\s|\s[—–]\s")
_WHO_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:were|was|are|is|be|been|remain(?:ed)?|remains)\s+(?:still\s+|now\s+|all\s+|[a-z]+ly\s+)?"
    r"(?:(?:reported|listed|left|considered|feared|thought|believed)\s+(?:as\s+|to\s+be\s+)?)?$"
)
_TRANSITIVE = frozenset({"killed", "wounded", "injured", "arrested", "detained", "shot", "rescued", "evacuated"})


def cue_right(text: str, pos: int, stop: int, *, far: bool = False) -> re.Match[str] | None:
    """The first cue after the figure's noun (ending at ``pos``), before ``stop`` or a clause break; within a
    few words of the noun unless ``far`` (a part's predicate, past the group it is taken from)."""
    aside = _ASIDE.match(text, pos, stop)
    if aside is not None:  # "273 people – most of them students – were still missing": past the aside
        pos = aside.end()
    found = _cues(text, pos, stop)
    m = next(found, None)
    if m is None:
        return None
    # Only a cue before the first clause break counts, and it is the one found in the window cut there: a cue
    # is letters, hyphens and spaces, so none takes in a break's ";", ":", ",", "." or spaced dash.
    cut = _CLAUSE_CUT.search(text, pos, stop)
    end = cut.start() if cut else stop
    while m is not None and m.start() < end and m.group().lower() in _nominal_cues() and "," in text[pos : m.start()]:
        # "700 people slept in the gym, evacuees swapped rumours": a noun after a comma is another clause's
        # subject, or an aside ("300 people, among them protesters, were detained"): the next cue may be theirs
        m = next(found, None)
    if m is None or m.start() >= end:
        return None
    gap = text[pos : m.start()]
    if " and " in gap and _FIGURE_NEXT.match(text, m.end()):
        return None  # "infected 1,200 people and killed 45": the verb is the next figure's
    if weak(m) and gap.strip() and not _PREDICATE_BEFORE.search(gap):
        return None  # "deployed to the affected areas": a weak cue far from the figure names nothing
    if m.group().lower() in _TRANSITIVE and _WHO_BEFORE.search(gap):
        return None  # "15 gunmen, who killed 67": the figure counts those who did it, not the victims
    words = gap.split()
    if len(words) <= 8 or far:
        return m
    # "eleven people suspected of involvement in the assault were in custody": the figure's own predicate
    if len(words) <= 14 and "," not in gap and _PREDICATE_BEFORE.search(gap):
        return m
    return None


def cue_adjacent(text: str, end: int, stop: int) -> re.Match[str] | None:
    """A cue right after the figure ending at ``end``, with only white space between ("a million took part",
    "70 dead"; "the remaining 287 were still missing" has none)."""
    if text[end : end + 1] != " ":
        return None
    spaces = _SPACES.match(text, end, stop)
    if spaces is None or _cue_scan().match(_folded_text(text), spaces.end(), stop + 1) is None:
        return None  # no cue starts there (the scan, from the space before it, finds every one)
    m = _any_cue().match(text, spaces.end(), stop)
    return m if m is not None and not weak(m) else None


_SPACES = re.compile(r" +")


# "Survivors' estimates range from 400 to 750", "estimates given by survivors": the group that gives the figure,
# not what the figure counts
_ESTIMATE_WORDS = r"(?:estimates?|accounts?|figures?|guesses|testimon(?:y|ies)|counts?|reckonings?)"
_ESTIMATES_OF = re.compile(r"(?:'s|’s|'|’)\s+(?:[a-z]+\s+)?" + _ESTIMATE_WORDS + r"\b", re.I)
_ESTIMATES_BY = re.compile(
    r"\b" + _ESTIMATE_WORDS + r"\s+(?:given\s+|provided\s+|made\s+|offered\s+)?(?:by|from)\s+(?:the\s+|some\s+)?$", re.I
)


def _source_of_estimate(text: str, start: int, cue: re.Match[str]) -> bool:
    """Whether ``cue`` names the group that gives an estimate ("survivors' estimates", "estimates given by
    survivors")."""
    if text[cue.end() : cue.end() + 1] in ("'", "’") and _ESTIMATES_OF.match(text, cue.end()) is not None:
        return True
    lead = text[max(start, cue.start() - 40) : cue.start()]
    return (" by " in lead or " from " in lead) and _ESTIMATES_BY.search(lead) is not None


def cue_in_sentence(text: str, start: int, end: int, at: int) -> re.Match[str] | None:
    """The cue nearest the figure at ``at`` in ``text[start:end]``: the last before it, else the first after."""
    if not may_cue(text[start:end]):
        return None
    before: re.Match[str] | None = None
    for m in _any_cue().finditer(text, start, end):
        if weak(m) or _source_of_estimate(text, start, m):
            continue
        if m.start() < at:
            before = m
        else:
            return before or m
    return before
