"""Figures written as runs of number words: "3 hundred and 21", "minus five point five", "two thirds".

``word_atoms(text, hedged)`` finds runs of number words (and plain integers, which join a run only
before a scale word) and values each with ``words.mixed``, the longest valid prefix first.

Only the stretches of text around a word that can be a number on its own (``scan``) are read:
"a", "an", "and", "point" and integers by themselves make no figure, and a run never crosses a
character that is neither white space nor part of a token (a comma, a full stop, a quote). A stretch
between two such characters is read with the same pattern and rules as the whole text would be, so
the figures are the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .forms import Atom, figure_kind, trie_regex
from .scan import LINKS, Starts, real_words, starts
from .words import mixed, number_word_set, tables

_WINDOW = 16  # no number in words is longer; it bounds the work on long runs
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})
_IN_TOKEN_OR_SPACE = re.compile(r"[A-Za-z0-9\s-]*")  # what runs of tokens are made of; anything else ends one


def initials(words: list[str]) -> str:
    """The first letters of ``words`` in both cases: a one-step look-ahead that rejects other starts fast."""
    return "".join(sorted({w[0].lower() + w[0].upper() for w in words}))


@cache
def _word_token() -> re.Pattern[str]:
    """A number word with its hyphenated continuation ("four-day"), or a plain integer ("3 hundred and 21")."""
    words = sorted(w.lower() for w in number_word_set())
    first = initials(words)
    return re.compile(
        rf"(?=[0-9{first}])(?<![A-Za-z0-9])(?:(?<![\w.,/-])(?P<d>[0-9]{{1,15}})(?![0-9A-Za-z%]|[.,/][0-9])"
        rf"|(?=[{first}])(?P<w>{trie_regex(words, any_case=True)}(?![A-Za-z])(?:[ \t]*-[ \t]*[A-Za-z]+)*))"
    )


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    words: list[str]


def word_atoms(text: str, hedged: Callable[[str, int], bool], found: Starts | None = None) -> list[Atom]:
    """Runs of number words, valued by ``words.mixed``; the longest valid prefix wins.

    ``hedged(text, pos)`` tells whether a hedge ends right before ``pos`` ("more than half"); ``found`` is
    ``scan.starts(text)`` when the caller has it.

    >>> [(a.start, a.end, a.value) for a in word_atoms("about twenty-five, and 3 hundred and 2", lambda t, p: False)]
    [(6, 17, 25.0), (23, 38, 302.0)]
    """
    out: list[Atom] = []
    for start, end in _stretches(text, starts(text) if found is None else found):
        for toks in _runs(text, start, end):
            _run_atoms(text, toks, hedged, out)
    return out


def _stretches(text: str, found: Starts | None) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` that hold every run with a word in ``real_words()``, in order, not overlapping.

    Each starts where no token and no run can go on from before it (after a character that is neither
    white space nor part of a token, or at the text's start), and ends at such a character.
    """
    if found is None:
        yield 0, len(text)
        return
    real = real_words()
    anchors = [at for at, word in found.words if word in real]
    if not anchors:
        return
    n = len(text)
    rev = text[::-1]
    pos = 0
    for a in anchors:
        if a < pos:
            continue
        start = n - _IN_TOKEN_OR_SPACE.match(rev, n - a, n - pos).end()  # type: ignore[union-attr]
        pos = _IN_TOKEN_OR_SPACE.match(text, a).end()  # type: ignore[union-attr]
        yield start, pos


def _is_small(tok: _Tok) -> bool:
    """A single unit, tens word or integer: three of them in a row are never one number."""
    w = tok.words
    return len(w) == 1 and (w[0] in tables()["units"] or w[0] in tables()["tens"] or w[0].isdigit())


def _is_ordinal(word: str) -> bool:
    ords = tables()["ordinals"]
    return word not in ("half", "halves", "quarter", "quarters") and (word in ords or word[:-1] in ords)


def _runs(text: str, begin: int, stop: int) -> list[list[_Tok]]:
    """Number-word tokens starting in ``text[begin:stop]``, grouped into runs separated only by white space.

    ``stop`` is the text's end or a character no token holds, so the tokens before it end by it, and the
    two characters after it are all that their look-aheads read.
    """
    words = number_word_set()
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    last_end = -1
    for t in _word_token().finditer(text, begin, min(len(text), stop + 2)):
        start, end = t.span()
        if start >= stop:
            break
        digits = t.group("d")
        if run and text[last_end:start].strip():
            runs.append(run)
            run = []
        last_end = end
        if digits:
            toks, closes = [_Tok(start, end, [digits])], False
        else:
            toks, closes = _word_toks(start, t.group("w"), words)
        if closes and not toks and run:
            runs.append(run)
            run = []
        for tok in toks:
            if len(run) >= 2 and _is_small(tok) and _is_small(run[-1]) and _is_small(run[-2]):
                runs.append(run)
                run = []
            run.append(tok)
            if closes or len(toks) > 1:
                runs.append(run)
                run = []
    if run:
        runs.append(run)
    return runs


_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _word_toks(start: int, token: str, words: frozenset[str]) -> tuple[list[_Tok], bool]:
    """One word token as figure tokens, and whether it ends the run ("four-day" does)."""
    parts = _split(token)
    if len(parts) == 1 and parts[0] in words and token.isalpha():
        return [_Tok(start, start + len(token), parts)], False  # one plain word, the common case
    pieces = list(_LETTER_RUN.finditer(token))
    keep = next((i for i, p in enumerate(parts) if p not in words), len(parts))
    if keep < len(parts):  # "four-day": the figure is the number-word prefix; "twenty-first-century" has none
        if _is_ordinal(parts[keep - 1]):
            return [], True
        return [_Tok(start, start + pieces[keep - 1].end(), parts[:keep])], True
    small = tables()["units"].keys() | tables()["tens"].keys()
    if len(parts) > 1 and all(p in small for p in parts) and mixed(parts) is None:
        return [_Tok(start + p.start(), start + p.end(), [p.group().lower()]) for p in pieces], True  # "three-nought"
    return [_Tok(start, start + len(token), parts)], False


def _run_atoms(text: str, toks: list[_Tok], hedged: Callable[[str, int], bool], out: list[Atom]) -> None:
    if all(w in LINKS or w.isdigit() for t in toks for w in t.words):
        return  # "a", "and", "3": no figure in words (digits join words only before a scale word)
    i = 0
    while i < len(toks):
        first = toks[i].words[0]
        if first in ("and", "point") or (
            first.isdigit() and (i + 1 == len(toks) or toks[i + 1].words[0] not in _SCALE_WORDS)
        ):
            i += 1  # digits join words only as "3 hundred (and 21)"
            continue
        found = _longest(toks[i : i + _WINDOW])
        if found is None:
            if toks[i].words == ["half"] and hedged(text, toks[i].start):  # "more than half"
                out.append(Atom(start=toks[i].start, end=toks[i].end, value=0.5, kind="fraction"))
            i += 1
            continue
        k, value = found
        atom = _word_atom(text, toks[i : i + k], value)
        if atom is not None:
            out.append(atom)
        i += k


def _split(token: str) -> list[str]:
    return [q for p in token.lower().split("-") if (q := p.strip())]


def _longest(toks: list[_Tok]) -> tuple[int, float] | None:
    """How many of ``toks`` make the longest number, and its value."""
    flat: list[str] = []
    ends: list[int] = []
    for t in toks:
        flat.extend(t.words)
        ends.append(len(flat))
    for k in range(len(toks), 0, -1):
        words = flat[: ends[k - 1]]
        if not _plausible(words) or (k < len(toks) and toks[k].words[0] in _SCALE_WORDS):
            continue  # "3 hundred and 2 | hundred" cuts a number in two
        value = _mixed(tuple(words))
        if value is not None:
            return k, value
    return None


@lru_cache(maxsize=4096)
def _mixed(words: tuple[str, ...]) -> float | None:
    """``words.mixed``, remembered: a run is valued once per start, many prefixes each."""
    return mixed(list(words))


def _plausible(words: list[str]) -> bool:
    if words[-1] in ("and", "a", "an", "point") or (words[0] in ("a", "an") and len(words) == 1):
        return False
    if len(words) == 1 and (words[0] in ("half", "second", "quarter", "quarters", "first") or _is_ordinal(words[0])):
        return False  # "second" and "half" alone are not counts
    if words[-1] in ("first", "second", "firsts", "seconds") and len(words) <= 2:
        return False  # "a second bombing" is an ordinal, not a half
    return not any(w.isdigit() for w in words) or not _SCALE_WORDS.isdisjoint(words)  # "3 hundred and 21"


_OF_SCALE = re.compile(r"\s+of\s+(?:a|an|one)\s+(hundred|thousand|million|billion|trillion|lakh|crore)(?![\w-])", re.I)
_SIGN_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (white space between allowed), lower-cased, or ""."""
    m = _LAST_WORD.search(text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _word_atom(text: str, toks: list[_Tok], value: float) -> Atom | None:
    """A run of number words as a figure: "the one" is a pronoun, "minus" and "of a million" join in."""
    start, end = toks[0].start, toks[-1].end
    words = [w for t in toks for w in t.words]
    nt = tables()
    if words == ["one"] and text[end : end + 1] != "-" and word_before(text, start) in nt["pronoun_one_after"]:
        return None  # "the one you mentioned", "which one"
    if 0 < value < 1 and (m := _OF_SCALE.match(text, end)):
        value, end = value * nt["scales"][m.group(1).lower()], m.end()  # "two thirds of a million"
    before = text[max(0, start - 12) : start]
    if before.rstrip()[-8:].lower().endswith(("minus", "negative")):
        sign = _SIGN_BEFORE.search(before)
        if sign and sign.group(1).lower() in nt["sign_words"]:
            sign_start = start - len(sign.group())
            if word_before(text, sign_start) not in nt["no_sign_after"]:
                start, value = sign_start, -value
    fig_kind = figure_kind(text, start, end, start, words[0]) if words[0].isdigit() else "number"
    return Atom(start=start, end=end, value=value, kind=fig_kind)
