"""The noun phrase after a figure: what it counts ("2,500 peacekeepers", "250 pieces of equipment")."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from ..lexicon import data
from ..text import singular, singular_phrase, squash

STOP = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "had",
        "have",
        "has",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "shall",
        "must",
        "from",
        "in",
        "on",
        "at",
        "to",
        "of",
        "and",
        "or",
        "with",
        "by",
        "for",
        "as",
        "than",
        "after",
        "before",
        "since",
        "during",
        "into",
        "across",
        "including",
        "among",
        "per",
        "while",
        "rather",
        "instead",
        "but",
        "said",
        "says",
        "this",
        "these",
        "those",
        "their",
        "its",
        "his",
        "her",
        "when",
        "where",
        "now",
        "still",
        "reported",
        "known",
        "confirmed",
        "also",
        # words of time are no group: "released 17 of them last Sunday", "two later died"
        "last",
        "next",
        "later",
        "earlier",
        "late",
        "early",
        "yesterday",
        "today",
        "tonight",
        "overnight",
        "again",
        "then",
        # adverbs of extent: "12,500 nationwide" has no noun
        "nationwide",
        "countrywide",
        "worldwide",
        "overall",
        "altogether",
        "already",
        "who's",
        "each",
        "every",
        "about",
        "around",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "inside",
        "outside",
        "near",
        "within",
        "without",
        "between",
        "against",
        "towards",
        "toward",
        "through",
        "throughout",
        "via",
        "then",
        "there",
        "here",
        "not",
        "no",
        "nor",
        "yet",
        "so",
        "if",
        "because",
        "although",
        "though",
        "once",
        "aged",
        "went",
        "came",
        "caused",
        "exploded",
        "sat",
        "stood",
        "lay",
        "remained",
        "struck",
        "made",
        "took",
        "gave",
        "showed",
        "remain",
        "remains",
        "remained",
        "sank",
        "burned",
        "burnt",
        "arrived",
        "reached",
        "died",
        "fled",
        "spilled",
        "leaked",
        "exploded",
        "survived",
        "sent",
        "overnight",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "again",
        "alone",
        "instead",
        "ago",
        "later",
        "earlier",
    ]
)


class Noun(NamedTuple):
    """The noun phrase a figure counts: its words as written, and where it ends (a named tuple: one per figure)."""

    phrase: str
    head: str
    end: int


_TOKEN = re.compile(r"\([^()]{1,60}\)|(?:[A-Z]\.){2,}|[\w'’-]+|[^\w\s]")  # "U.S." is one word
_LOWER_WORD = re.compile(r"\s*([a-z][\w'’-]*)")  # the first token when it starts with an ASCII lower-case letter
_singular = lru_cache(maxsize=4096)(singular)  # a pure function of one word, asked for again and again


def noun_after(text: str, pos: int, limit: int) -> Noun | None:
    """The noun phrase right after a figure, or None when a function word follows."""
    one = _LOWER_WORD.match(text, pos, limit)
    if one is not None:  # the common case, "2,500 troops": the first word, a plural, is the noun (as below)
        word = one.group(1)
        low = word.lower()
        plural = (low[-1] == "s" and not low.endswith(_NOT_PLURAL_ENDS)) or low in _PLURALS
        if plural and low not in STOP and _singular(low) not in partitives():
            return _new_noun(Noun, (word, word, one.end()))
    words: list[tuple[int, int, str]] = []  # start, end, lower-cased word
    of_before = False  # an "of" among the words before the last one
    n = -1
    for tok in _TOKEN.finditer(text, pos, limit):
        n += 1
        if n == 8:
            break
        start, end = tok.span()
        first = text[start]
        if first == "(":
            continue  # "(UN)", "(AFP)"
        low = text[start:end].lower()
        if low in STOP or not (first.isalnum() or first == "_"):
            if low == "of" and n and words and _singular(text[words[-1][0] : words[-1][1]]) in partitives():
                words.append((start, end, low))
                of_before = True
                continue
            if low == "of" and n == 0:
                continue  # "hundreds of collapsed buildings": the counted noun follows "of"
            break
        if words and low == "the" and words[-1][2] == "of":
            continue
        partitive = of_before
        words.append((start, end, low))
        if first.islower() and _is_plural(low):
            if not partitive and _singular(low) not in partitives():
                break  # "troops began returning": the noun ends at the first plural
            if len(words) > 2 and words[-3][2] == "of":
                break
    while words and words[-1][2] == "of":
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    head = text[words[-1][0] : end]
    # one word holds no white space: squashing it would give it back unchanged
    return _new_noun(Noun, (head if len(words) == 1 else squash(text[start:end]), head, end))


_new_noun = tuple.__new__  # Noun(phrase, head, end) without its Python-level __new__: one per figure


def is_plural_noun(word: str) -> bool:
    """Does a lower-case word look like a plural count noun ("troops", "people", "aircraft")?"""
    return _is_plural(word.lower())


def _is_plural(w: str) -> bool:
    return (w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDS)) or w in _PLURALS


_NOT_PLURAL_ENDS = ("ss", "us", "is", "'s", "’s")
_PLURALS = frozenset(
    {
        "people",
        "personnel",
        "aircraft",
        "equipment",
        "men",
        "women",
        "children",
        "gunmen",
        "servicemen",
        "policemen",
        "staff",
        "livestock",
        "cattle",
        "dead",
        "wounded",
        "injured",
    }
)


@cache
def partitives() -> frozenset[str]:
    return frozenset(singular(p) for p in data("units.json")["partitives"])


@lru_cache(maxsize=4096)
def counted(phrase: str) -> str:
    """The counted thing of a noun phrase: lower case, capitalised modifiers dropped, singular.

    >>> counted("UN peacekeepers"), counted("members of the Armed Forces")
    ('peacekeeper', 'member of armed forces')
    """
    kept = [w for w in phrase.split() if not (w[0].isupper() and w.lower() not in {"i"})]
    if "of" in phrase.split():
        head, _, tail = phrase.partition(" of ")
        return singular_phrase(f"{head.lower()} of {tail.lower()}").replace(" of the ", " of ")
    return singular_phrase(" ".join(kept).lower() or phrase.split()[-1].lower())
