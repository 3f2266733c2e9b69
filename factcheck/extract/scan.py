"""Fast word-list scanning: phrase lists as prefix tries the regex engine can skip through.

``lexicon.alternation`` lists phrases longest first, and Python's ``re`` then tries every branch at
every position of a text. The same phrases as a prefix trie cost one branch per letter. The phrases
that match at one position are always prefixes of one another, and the trie tries them longest first,
as the alternation does, so a pattern built from a trie finds exactly the matches the alternation finds.

``gated`` goes further for phrases that start at a word start: its branches begin with a plain letter
and check the word start after it, so ``re`` jumps in C from one possible first letter to the next.
``folded`` lowers a text so that case-insensitive words can be looked for with such case-sensitive scans.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

Phrases = list[str] | tuple[str, ...] | frozenset[str]

# What str.lower() leaves out of line with re.IGNORECASE: DOTTED CAPITAL I lowers to two characters,
# DOTLESS I and LONG S stay as they are, yet re matches them to "i" and "s" (see tests/extract/test_scan.py).
_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}


def _tree(phrases: Phrases, icase: bool) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for phrase in phrases:
        if " ".join(phrase.split()) != phrase:
            raise ValueError(f"phrase with irregular white space: {phrase!r}")
        node = root
        for ch in phrase.lower() if icase else phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _build(node: dict[str, Any]) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _build(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def trie(phrases: Phrases, *, icase: bool = False) -> str:
    """A regex that matches what ``alternation(phrases)`` matches (in ``(?i:...)`` if ``icase``), one branch per letter.

    >>> trie(["in custody", "custody", "in"])
    '(?:(?:custody|in(?:\\\\s+custody)?))'
    >>> trie(["Rep.", "rep"], icase=True)
    '(?i:rep(?:\\\\.)?)'
    """
    body = _build(_tree(phrases, icase)) or "(?!)"
    return f"(?i:{body})" if icase else f"(?:{body})"


def gated(phrases: Phrases, *, lead: dict[str, str] | None = None, after: str = "") -> str:
    """``(?<![\\w-])`` + ``trie(phrases)`` + ``after``, written so that ``re`` skips to possible first letters in C.

    Each branch starts with a literal first letter and checks the word start right after it. ``lead`` maps a
    first letter to a pattern tried before that letter's phrases, right after the letter and without the
    word-start check: ``{"t": r"he\\s+X"}`` makes ``(?:the\\s+)?`` + the phrases.

    >>> gated(["Chad", "China"], after=r"(?![\\w-])")
    '(?:C(?<![\\\\w-]C)(?:h(?:ad|ina))(?![\\\\w-]))'
    """
    root = _tree(phrases, False)
    lead = lead or {}
    branches = []
    for first in sorted({*root, *lead} - {""}):
        lit = re.escape(first)
        options = [lead[first]] if first in lead else []
        if first in root:
            rest = _build(root[first])
            options.append(f"(?<![\\w-]{lit})" + (f"(?:{rest})" if rest else "") + after)
        branches.append(lit + (options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"))
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def lower_words(phrases: Phrases) -> list[str]:
    """``phrases`` lowered, to look for in a ``folded`` text; only ASCII ones, the only ones ``folded`` lines up.

    >>> lower_words(["Prime Minister", "Col."])
    ['prime minister', 'col.']
    """
    odd = [p for p in phrases if not p.isascii()]
    if odd:
        raise ValueError(f"only ASCII phrases can be looked for in folded text: {odd[:3]}")
    return [p.lower() for p in phrases]


def holds_any(text: str, words: Phrases) -> bool:
    """Whether ``text`` holds one of ``words``: ``any(w in text for w in words)``, as a loop, which costs a third of
    what any() over a generator costs (the quick test in front of a pattern, run for every figure).

    >>> holds_any("killed at least 12", ("least", "most")), holds_any("killed 12", ("least", "most"))
    (True, False)
    """
    for word in words:  # noqa: SIM110 - the loop, not any() over a generator, is the point
        if word in text:
            return True
    return False


def folded(text: str) -> str:
    """``text`` lowered, character for character, with an ASCII letter wherever ``re.IGNORECASE`` would match one.

    So a case-sensitive scan of it for lower-case ASCII words finds (at least) every place the words match ``text``
    case-insensitively, at the same offsets; lowering keeps word characters, white space and hyphens what they are.

    >>> folded("Defense MINISTER"), len(folded("\\u0130zmir")), folded("\\u017fheikh")
    ('defense minister', 5, 'sheikh')
    """
    low = text.lower()
    if len(low) == len(text) and "\u0131" not in low and "\u017f" not in low:
        return low
    return "".join(c if len(c) == 1 else c[0] for c in (ch.lower() for ch in text.translate(_FOLD)))


@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    """``folded`` of a document's whole text, kept for the next extractor that asks for it: the measures, the people
    and the count rules each folded every article (lru_cache is safe under threads)."""
    return folded(text)
