"""Small pure helpers over article text: sentences, words and lemmas.

Every span is a pair of character offsets into the document's own text, so a claim's quote can
always be cut back out of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[•*\-–]\s)")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w'’.-]*[\w]|[A-Za-zÀ-ÖØ-öø-ÿ]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of text by offsets: ``text[start:end]``."""

    start: int
    end: int


def sentences(text: str) -> tuple[Span, ...]:
    """Split ``text`` into sentence spans, without breaking after common abbreviations.

    Lines are sentences of their own when they carry no final stop (headlines, captions).

    >>> t = "Col. Gen. A. B. led it. Troops left on Jan. 6.\\n\\nTitle line\\nNext one."
    >>> [t[s.start:s.end] for s in sentences(t)]
    ['Col. Gen. A. B. led it.', 'Troops left on Jan. 6.', 'Title line', 'Next one.']
    """
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        _split_line(text, line.start(), line.end(), spans)
    return tuple(spans)


def _split_line(text: str, start: int, end: int, out: list[Span]) -> None:
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        prev = re.search(r"(\S+)$", text[begin : m.start() + 1])
        word = prev.group(1).rstrip(".!?").lower() if prev else ""
        if m.group().startswith(".") and (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word)):
            continue
        _add(text, begin, stop, out)
        begin = stop
    _add(text, begin, end, out)


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start=start, end=end))


def sentence_of(spans: tuple[Span, ...], offset: int) -> Span:
    """The sentence holding ``offset`` (the nearest one before it when between sentences)."""
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
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


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
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and re.search(r"(ss|sh|ch|x|zz|us)es$", w):
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
    return " ".join(text.split())
