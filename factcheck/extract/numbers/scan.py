"""Where figures can start: one pass over the lower-cased text for digits and number or vague words.

``parse_numbers`` tries its patterns only at these places instead of at every character of the text:

- the start of every run of digits (a figure in digits starts there, or just before it at a sign or
  a point; none starts inside a run, or right after an ASCII letter, a comma or a slash);
- every word that can be a number on its own ("five", "hundred", "third", "dozens"), the only places
  a run of number words can make a figure ("a", "and", "point" and integers alone make none);
- every word that starts a vague amount, or follows "a" or "tens of" in one ("few", "thousands").

Words are found as whole ASCII-letter runs of the lower-cased text by one compiled pattern whose first
step is a character class, so that the regex engine skips letters in C. For a ``text.plain`` text the same
places are read off ``text.run_offsets`` (which the date parser has already cut the text into) instead.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress
from operator import not_
from typing import NamedTuple

from ..lexicon import data
from ..text import plain, run_offsets
from .forms import trie_regex
from .words import number_word_set

LINKS = frozenset({"a", "an", "and", "point"})  # number words that make no figure by themselves
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # what re.IGNORECASE matches beyond the two cases


class Starts(NamedTuple):
    """Offsets in the text: digits after none of an ASCII letter or digit, "," and "/"; and the words found."""

    digits: list[int]
    words: list[tuple[int, str]]


@cache
def real_words() -> frozenset[str]:
    """Number words that can make a figure on their own."""
    return number_word_set() - LINKS


@cache
def vague_keys() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that find every vague amount: its first word, or the word after "a" or "tens of"."""
    first, after_a, after_tens = set(), set(), set()
    for amount in data("hedges.json")["vague"]["amounts"]:
        words = amount.lower().split()
        if words[0] == "a" and len(words) > 1:
            after_a.add(words[1])
        elif words[:2] == ["tens", "of"] and len(words) > 2:
            after_tens.add(words[2])
        else:
            first.add(words[0])
    return frozenset(first), frozenset(after_a), frozenset(after_tens)


@cache
def _pattern() -> re.Pattern[str]:
    first, after_a, after_tens = vague_keys()
    words = sorted(real_words() | first | after_a | after_tens)
    assert all(w.isascii() and w.isalpha() and w.islower() for w in words)
    # a digit right after "," or "/" starts no figure: "1,5" and "3/4" are read from their first digit
    # the digit is only looked at, not taken: a digit that is no ASCII one may come right before a word
    return re.compile(rf"[^a-z0-9](?:(?<![,/])(?=(\d))|({trie_regex(words)})(?![a-z]))")


@cache
def _words() -> frozenset[str]:
    """The words ``_pattern`` finds."""
    first, after_a, after_tens = vague_keys()
    return real_words() | first | after_a | after_tens


def starts(text: str) -> Starts | None:
    """The places figures can start in ``text``, or None when lower-casing moves offsets (then scan it all).

    >>> starts("Five of the 12 said 3,400 and a few")
    Starts(digits=[12, 20], words=[(0, 'five'), (32, 'few')])
    """
    return _from_runs(text, *run_offsets(text)) if plain(text) else _scan(text)


def _scan(text: str) -> Starts | None:
    """``starts`` by one regex scan of the lower-cased text."""
    low = text.lower()
    if len(low) != len(text) or "\u212a" in text:  # KELVIN SIGN lowers to an ASCII letter
        return None
    digits: list[int] = []
    words: list[tuple[int, str]] = []
    for m in _pattern().finditer(" " + low):  # a space in front: a word or digit at offset 0 has one before it
        if m.group(1):
            digits.append(m.start(1) - 1)
        else:
            words.append((m.start(2) - 1, m.group(2)))
    return Starts(digits, words)


_LEADING_LETTERS = re.compile(r"[a-z]*")


def _from_runs(text: str, runs: tuple[str, ...], offsets: tuple[int, ...]) -> Starts:
    """``starts`` of a ``text.plain`` text, read off its runs of ASCII letters and digits (no regex scan).

    Exact: in a plain text the characters that lower-case to a-z or are digits are just ASCII letters and
    0-9, and they keep their offsets, so the scan's "a character other than a-z and 0-9, then ..." is the
    start of a run. A digit found is a run's first character (not after "," or "/"); a word found is a run's
    leading letters when they are a word of ``_words`` (the whole run, unless digits follow: "five5").
    """
    words = _words()
    found = list(compress(range(len(runs)), map(words.__contains__, runs)))  # the words are all letters
    digits: list[int] = []
    glued: list[int] = []  # runs of letters then digits whose letters are a word ("five5")
    for k in compress(range(len(runs)), map(not_, map(str.isalpha, runs))):  # few: the runs with a digit
        run, at = runs[k], offsets[k]
        if run[0] <= "9":
            if not at or text[at - 1] not in ",/":
                digits.append(at)
        elif _letters(run) in words:
            glued.append(k)
    if glued:
        return Starts(digits, [(offsets[k], _letters(runs[k])) for k in sorted(found + glued)])
    return Starts(digits, [(offsets[k], runs[k]) for k in found])


def _letters(run: str) -> str:
    return _LEADING_LETTERS.match(run).group()  # type: ignore[union-attr]
