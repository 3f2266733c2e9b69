"""The noun phrase after a figure: what it counts ("2,500 peacekeepers", "250 pieces of equipment")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import data
from .text import singular, singular_phrase, squash

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
    ]
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Noun:
    """The noun phrase a figure counts: its words as written, and where it ends."""

    phrase: str
    head: str
    end: int


def noun_after(text: str, pos: int, limit: int) -> Noun | None:
    """The noun phrase right after a figure, or None when a function word follows."""
    rest = text[pos:limit]
    tokens = list(re.finditer(r"\([^()]{1,60}\)|[\w'’-]+|[^\w\s]", rest))
    words: list[re.Match[str]] = []
    for tok in tokens[:8]:
        w = tok.group()
        if w.startswith("("):
            continue  # "(UN)", "(AFP)"
        if not words and w.lower() == "of" and tok is tokens[0]:
            continue  # "hundreds of collapsed buildings": the counted noun follows "of"
        if not re.match(r"[\w]", w) or w.lower() in STOP:
            if w.lower() == "of" and words and singular(words[-1].group()) in partitives():
                words.append(tok)
                continue
            break
        if words and words[-1].group().lower() == "of" and w.lower() == "the":
            continue
        words.append(tok)
        partitive = any(x.group().lower() == "of" for x in words[:-1])
        if w[0].islower() and is_plural_noun(w) and not partitive and singular(w) not in partitives():
            break  # "troops began returning": the noun ends at the first plural
        if len(words) > 2 and words[-3].group().lower() == "of" and w[0].islower() and is_plural_noun(w):
            break
    while words and words[-1].group().lower() == "of":
        words.pop()
    if not words:
        return None
    last = words[-1]
    phrase = squash(rest[words[0].start() : last.end()])
    return Noun(phrase=phrase, head=last.group(), end=pos + last.end())


def is_plural_noun(word: str) -> bool:
    """Does a lower-case word look like a plural count noun ("troops", "people", "aircraft")?"""
    w = word.lower()
    return (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))) or w in {
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


@cache
def partitives() -> frozenset[str]:
    return frozenset(singular(p) for p in data("units.json")["partitives"])


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
