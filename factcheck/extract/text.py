"""Small pure helpers over article text: sentences, words and lemmas.

Every span is a pair of character offsets into the document's own text, so a claim's quote can
always be cut back out of it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress

_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "adm",
        "brig",
        "cpl",
        "pvt",
        "rep",
        "sen",
        "gov",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "prof",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "approx",
    ]
)
_LINE = re.compile(r"[^\n]+")
# A sentence's end within a line: stops and closing quotes before a space and a capital or digit, written
# to begin with a set of characters, which the regex engine skips to. (Lines end sentences as well.)
_LINE_STOP = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_SIBILANT_PLURAL = re.compile(r"(ss|sh|ch|x|zz|[^aeiou]us)es$")  # "buses", not "houses"
_ASCII_CASELESS = re.compile(r"(?i)[a-z]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of text by offsets: ``text[start:end]``."""

    start: int
    end: int


_SET_START, _SET_END = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__


def span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``, built by setting the two slots as the frozen ``__init__`` does, at a third
    of its cost (documents have hundreds of sentence and clause spans).

    >>> span(3, 7) == Span(start=3, end=7)
    True
    """
    made = object.__new__(Span)
    _SET_START(made, start)
    _SET_END(made, end)
    return made


def sentences(text: str) -> tuple[Span, ...]:
    """Split ``text`` into sentence spans, without breaking after common abbreviations.

    Lines are sentences of their own when they carry no final stop (headlines, captions).

    >>> t = "Col. Gen. A. B. led it. Troops left on Jan. 6.\\n\\nTitle line\\nNext one."
    >>> [t[s.start:s.end] for s in sentences(t)]
    ['Col. Gen. A. B. led it.', 'Troops left on Jan. 6.', 'Title line', 'Next one.']
    """
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), spans)
    return tuple(spans)


def _split_line(text: str, start: int, end: int, out: list[Span]) -> None:
    begin = start
    for m in _LINE_STOP.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == ".":  # the word the stop ends: the non-space run before it, stop included
            word = text[begin : m.start() + 1].rsplit(None, 1)[-1].rstrip(".!?").lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and "a" <= word <= "z"):
                continue
        _add(text, begin, stop, out)
        begin = stop
    _add(text, begin, end, out)


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        start += len(piece) - len(piece.lstrip())
        out.append(span(start, start + len(kept)))


def sentence_of(spans: tuple[Span, ...], offset: int, starts: tuple[int, ...] | None = None) -> Span:
    """The sentence holding ``offset`` (the nearest one before it when between sentences).

    ``starts``, the spans' starts when the spans are in order, makes it a bisection.
    """
    if starts is not None and spans:
        return spans[max(0, bisect_right(starts, offset) - 1)]
    best = spans[0] if spans else Span(start=0, end=0)
    for s in spans:
        if s.start <= offset:
            best = s
        else:
            break
    return best


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Words with offsets, in order.

    >>> [w for w, _, _ in words("rebel-held towns, 3 U.S. troops")]
    ['rebel-held', 'towns', 'U.S', 'troops']
    """
    stop = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _word().finditer(text, start, stop)]


@cache
def _word() -> re.Pattern[str]:
    """A word of ``words``: compiled only when first needed, as its letters beyond Latin-1 take a while."""
    return re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w'’.-]*[\w]|[A-Za-zÀ-ÖØ-öø-ÿ]")


_IRREGULAR = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "gunmen": "gunman",
    "servicemen": "serviceman",
    "policemen": "policeman",
    "aircraft": "aircraft",
    "personnel": "personnel",
    "police": "police",
    "lives": "life",
    "wives": "wife",
    "series": "series",
    "news": "news",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "indices": "index",
    "crises": "crisis",
    "analyses": "analysis",
    "equipment": "equipment",
    "staff": "staff",
}


def singular(word: str) -> str:
    """A plural English noun's singular, by rule (enough for counted nouns in news copy).

    >>> [singular(w) for w in ["troops", "flights", "casualties", "gunmen", "buses", "aircraft", "days"]]
    ['troop', 'flight', 'casualty', 'gunman', 'bus', 'aircraft', 'day']
    >>> [singular(w) for w in ["houses", "warehouses", "causes", "viruses", "campuses", "churches"]]
    ['house', 'warehouse', 'cause', 'virus', 'campus', 'church']
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and _SIBILANT_PLURAL.search(w):
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def singular_phrase(phrase: str) -> str:
    """Singularise the head of a noun phrase, keeping a partitive's complement.

    >>> singular_phrase("pieces of equipment"), singular_phrase("police officers")
    ('piece of equipment', 'police officer')
    """
    parts = phrase.split()
    if "of" in parts[1:]:
        i = parts.index("of")
        return " ".join([*parts[: i - 1], singular(parts[i - 1]), *parts[i:]])
    return " ".join([*parts[:-1], singular(parts[-1])]) if parts else phrase


def squash(text: str) -> str:
    """Collapse runs of white space to one space.

    >>> squash("  a \\n b ")
    'a b'
    """
    # a printable text holds no white space but spaces: with no two together and none at an end, it is squashed
    # already (as most sentences are), and splitting it into words to join them again costs twice this test
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


@lru_cache(maxsize=16)
def plain(text: str) -> bool:
    """Whether ``text.lower()`` keeps every offset and finding lower-case ASCII words in it is what a case-blind
    regex finds: no character lower-cases to ASCII or to two characters, matches an ASCII letter case-blind
    ("ſ", "K", "İ", "ı"), or is a digit other than 0-9 (which ``\\d`` takes).
    """
    return text.isascii() or not any(_odd(c) for c in set(text) if not c.isascii())


@lru_cache(maxsize=4096)
def _odd(char: str) -> bool:
    low = char.lower()
    return char.isdecimal() or len(low) != 1 or low.isascii() or _ASCII_CASELESS.match(char) is not None


# Every ASCII character but a-z and 0-9 to a line break: what separates runs, once non-ASCII characters are "?".
_SEPARATORS = str.maketrans({c: "\n" for c in range(128) if not ("a" <= chr(c) <= "z" or "0" <= chr(c) <= "9")})


@lru_cache(maxsize=8)
def run_offsets(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """``text`` lower-cased and cut into runs of ASCII letters and digits: the runs and where each starts
    (meaningful when ``plain(text)``). Worked out once for all the extractors, by a translation and two splits,
    at a third of the cost of a regex split (tests/extract/test_date_fast_paths2.py holds the two equal).

    >>> run_offsets("On Jan. 6, 2022’s")
    (('on', 'jan', '6', '2022', 's'), (0, 3, 8, 11, 16))
    """
    low = text.lower()
    if not low.isascii():  # each character that is not ASCII to one "?", a separator like it
        low = low.encode("ascii", "replace").decode("ascii")
    cut = low.translate(_SEPARATORS)  # only a-z, 0-9 and "\n" are left
    parts = cut.split("\n")  # the runs, with an empty part for each separator after the first
    # the same parts with the separator after each kept: part i starts at the sum of their lengths before it
    starts = accumulate(map(len, cut.splitlines(keepends=True)), initial=0)
    return tuple(filter(None, parts)), tuple(compress(starts, parts))
