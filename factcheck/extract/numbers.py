"""Find figures in text, with the interval their wording allows.

``parse_numbers(text)`` returns every number mention: digits ("2,500", "1.08 million", "10k"),
words ("twenty-five", "half a dozen", "two thirds"), vague amounts ("dozens", "tens of thousands")
and ranges ("between 10 and 15", "10-15", "between dozens and 146"), each widened by the hedge in
front of it ("about", "nearly", "more than", "at least", "fewer than", "up to") per the one table
in ``data/hedges.json``.

Two steps: ``match`` finds candidate atoms with compiled, longest-first patterns (none of which can
backtrack catastrophically: no nested quantifiers over the same characters), then ``parse_numbers``
joins atoms with hedges and range words and builds the mentions. Figures in digits are found by
``numforms``; runs of number words ("3 hundred and 21", "minus five point five") here, and valued by
``numwords``. Every pattern that scans the whole text starts with a one-character test, so a long
text without figures goes by at regex-engine speed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .lexicon import alternation, data
from .numforms import Atom, figure_kind, numeric_atoms, trie_regex
from .numwords import mixed, number_word_set, tables

Num = int | float


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberMention:
    """One figure in the text and the interval its wording allows (``None`` = unbounded)."""

    text: str
    start: int
    end: int
    value: Num | None
    low: Num | None
    high: Num | None
    low_inclusive: bool
    high_inclusive: bool
    qualifier: str
    kind: str


@cache
def _hedges() -> dict[str, Any]:
    return data("hedges.json")  # type: ignore[no-any-return]


@cache
def _prefix_lookup() -> dict[str, str]:
    return {" ".join(w.lower().split()): q for q, h in _hedges()["hedges"].items() for w in h["words"]}


@cache
def _postfix_pattern() -> re.Pattern[str]:
    words = [w for ws in _hedges()["postfix"].values() for w in ws]
    return re.compile(r"\s*(?:" + alternation(words)[3:-1] + r")(?![\w])", re.I)


@cache
def _postfix_lookup() -> dict[str, str]:
    return {" ".join(w.lower().split()): q for q, ws in _hedges()["postfix"].items() for w in ws}


@cache
def _vague_pattern() -> re.Pattern[str]:
    amounts = [a.lower() for a in _hedges()["vague"]["amounts"]]
    return re.compile(rf"(?=[{_initials(amounts)}])(?<![\w-]){trie_regex(amounts, any_case=True)}(?![\w-])")


def _initials(words: list[str]) -> str:
    """The first letters of ``words`` in both cases: a one-step look-ahead that rejects other starts fast."""
    return "".join(sorted({w[0].lower() + w[0].upper() for w in words}))


_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (white space between allowed), lower-cased, or ""."""
    m = _LAST_WORD.search(text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def match(text: str) -> list[Atom]:
    """Bare figures, sorted, not overlapping (longest first, then earliest)."""
    found = [*_vague_atoms(text), *numeric_atoms(text), *_word_atoms(text)]
    taken = bytearray(len(text))
    out: list[Atom] = []
    for a in sorted(found, key=lambda a: (-(a.end - a.start), a.start)):
        if not any(taken[a.start : a.end]):
            taken[a.start : a.end] = b"\x01" * (a.end - a.start)
            out.append(a)
    return sorted(out, key=lambda a: a.start)


def _vague_atoms(text: str) -> list[Atom]:
    amounts = _hedges()["vague"]["amounts"]
    not_after = _hedges()["exceptions"]["vague_not_after_word"]
    out: list[Atom] = []
    for m in _vague_pattern().finditer(text):
        start, end = m.span()
        key = " ".join(m.group().lower().split())
        if key in not_after and _word_before(text, start) in not_after[key]:
            continue  # "he scores ten"
        lo, hi = amounts[key]
        out.append(Atom(start=start, end=end, value=None, low=lo, high=hi, kind="vague"))
    return out


@cache
def _word_token() -> re.Pattern[str]:
    """A number word with its hyphenated continuation ("four-day"), or a plain integer ("3 hundred and 21")."""
    words = sorted(w.lower() for w in number_word_set())
    initials = _initials(words)
    return re.compile(
        rf"(?=[0-9{initials}])(?<![A-Za-z0-9])(?:(?<![\w.,/-])(?P<d>[0-9]{{1,15}})(?![0-9A-Za-z%]|[.,/][0-9])"
        rf"|(?=[{initials}])(?P<w>{trie_regex(words, any_case=True)}(?![A-Za-z])(?:[ \t]*-[ \t]*[A-Za-z]+)*))"
    )


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    words: list[str]


_WINDOW = 16  # no number in words is longer; it bounds the work on long runs
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})


def _is_small(tok: _Tok) -> bool:
    """A single unit, tens word or integer: three of them in a row are never one number."""
    w = tok.words
    return len(w) == 1 and (w[0] in tables()["units"] or w[0] in tables()["tens"] or w[0].isdigit())


def _is_ordinal(word: str) -> bool:
    ords = tables()["ordinals"]
    return word not in ("half", "halves", "quarter", "quarters") and (word in ords or word[:-1] in ords)


def _runs(text: str) -> list[list[_Tok]]:
    """Number-word tokens, grouped into runs separated only by white space."""
    words = number_word_set()
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    last_end = -1
    for t in _word_token().finditer(text):
        group = "d" if t.group("d") else "w"
        start, end = t.span()
        if run and text[last_end:start].strip():
            runs.append(run)
            run = []
        last_end = end
        if group == "d":
            toks, closes = [_Tok(start, end, [t.group(group)])], False
        else:
            toks, closes = _word_toks(start, t.group(group), words)
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


def _word_toks(start: int, token: str, words: frozenset[str]) -> tuple[list[_Tok], bool]:
    """One word token as figure tokens, and whether it ends the run ("four-day" does)."""
    parts = _split(token)
    pieces = list(re.finditer(r"[A-Za-z]+", token))
    keep = next((i for i, p in enumerate(parts) if p not in words), len(parts))
    if keep < len(parts):  # "four-day": the figure is the number-word prefix; "twenty-first-century" has none
        if _is_ordinal(parts[keep - 1]):
            return [], True
        return [_Tok(start, start + pieces[keep - 1].end(), parts[:keep])], True
    small = tables()["units"].keys() | tables()["tens"].keys()
    if len(parts) > 1 and all(p in small for p in parts) and mixed(parts) is None:
        return [_Tok(start + p.start(), start + p.end(), [p.group().lower()]) for p in pieces], True  # "three-nought"
    return [_Tok(start, start + len(token), parts)], False


def _word_atoms(text: str) -> list[Atom]:
    """Runs of number words, valued by ``numwords.mixed``; the longest valid prefix wins."""
    out: list[Atom] = []
    for toks in _runs(text):
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
                if toks[i].words == ["half"] and _hedge_before(text, toks[i].start) is not None:  # "more than half"
                    out.append(Atom(start=toks[i].start, end=toks[i].end, value=0.5, kind="fraction"))
                i += 1
                continue
            k, value = found
            atom = _word_atom(text, toks[i : i + k], value)
            if atom is not None:
                out.append(atom)
            i += k
    return out


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
    """``numwords.mixed``, remembered: a run is valued once per start, many prefixes each."""
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


def _word_atom(text: str, toks: list[_Tok], value: float) -> Atom | None:
    """A run of number words as a figure: "the one" is a pronoun, "minus" and "of a million" join in."""
    start, end = toks[0].start, toks[-1].end
    words = [w for t in toks for w in t.words]
    nt = tables()
    if words == ["one"] and text[end : end + 1] != "-" and _word_before(text, start) in nt["pronoun_one_after"]:
        return None  # "the one you mentioned", "which one"
    if 0 < value < 1 and (m := _OF_SCALE.match(text, end)):
        value, end = value * nt["scales"][m.group(1).lower()], m.end()  # "two thirds of a million"
    sign = _SIGN_BEFORE.search(text[max(0, start - 12) : start])
    if sign and sign.group(1).lower() in nt["sign_words"]:
        sign_start = start - len(sign.group())
        if _word_before(text, sign_start) not in nt["no_sign_after"]:
            start, value = sign_start, -value
    fig_kind = figure_kind(text, start, end, start, words[0]) if words[0].isdigit() else "number"
    return Atom(start=start, end=end, value=value, kind=fig_kind)


@cache
def _hedge_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in _prefix_lookup())


_SYMBOL_HEDGES = ((">=", "at least"), ("<=", "up to"), ("< =", "up to"), (">", "more than"), ("<", "fewer than"))


def _hedge_before(text: str, start: int) -> tuple[str, int] | None:
    """The hedge ending right before ``start``, looked up word by word (no regex: this runs per figure)."""
    window = text[max(0, start - 40) : start]
    stripped = window.rstrip()
    if stripped[-1:] in ("<", ">", "="):
        for symbol, q in _SYMBOL_HEDGES:
            if stripped.endswith(symbol):
                if stripped[-len(symbol) - 1 : -len(symbol)] in ("<", ">", "="):
                    return None  # "<>30", "=>30": no comparison we know
                return q, start - (len(window) - len(stripped)) - len(symbol)
    if len(stripped) == len(window) or not stripped:
        return None
    tokens = stripped.split()
    if tokens[-1].lower() not in _hedge_last_words():
        return None
    lookup = _prefix_lookup()
    for k in range(min(_hedge_max_words(), len(tokens)), 0, -1):
        lead = tokens[-k].lstrip("([\"'“‘")
        phrase = " ".join([lead, *tokens[len(tokens) - k + 1 :]]).lower()
        if phrase in lookup:
            first = list(re.finditer(r"\S+", stripped))[-k]
            hstart = start - len(window) + first.end() - len(lead)
            if _word_before(text, hstart) in _hedges()["exceptions"]["hedge_not_after_word"].get(phrase, ()):
                return None  # "how about 2"
            return lookup[phrase], hstart
    return None


@cache
def _hedge_max_words() -> int:
    return max(len(p.split()) for p in _prefix_lookup())


def _num(x: float | None) -> Num | None:
    """An integral value as an int (a trillionth stays a float)."""
    if x is None or not -1e18 < x < 1e18:
        return x
    r = round(x)
    return r if (r or not x) and abs(x - r) < 1e-9 * max(1.0, abs(x)) else x


def _bounds(q: str, v: float) -> tuple[float | None, float | None, bool, bool]:
    spec = _hedges()["hedges"][q]
    lo = None if spec["low"] is None else v * spec["low"]
    hi = None if spec["high"] is None else v * spec["high"]
    if q in ("about", "nearly") and abs(v - round(v)) < 1e-9 and abs(v) >= 1:
        lo = math.floor(round(lo, 6)) if lo is not None else None
        hi = math.ceil(round(hi, 6)) if hi is not None else None
    return lo, hi, spec["low_inclusive"], spec["high_inclusive"]


def _mention(
    text: str,
    start: int,
    end: int,
    value: float | None,
    lo: float | None,
    hi: float | None,
    lo_inc: bool,
    hi_inc: bool,
    qualifier: str,
    kind: str,
) -> NumberMention:
    return NumberMention(
        text=text[start:end],
        start=start,
        end=end,
        value=_num(value),
        low=_num(lo),
        high=_num(hi),
        low_inclusive=lo_inc,
        high_inclusive=hi_inc,
        qualifier=qualifier,
        kind=kind,
    )


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~|to|through|thru)\s*$|\s+(?:to|through|thru)\s+$", re.I)
_SECOND_COMPARISON = re.compile(r"^\s*(?:,\s*|\s+(?:and|but)\s+)$", re.I)


def parse_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, in order.

    >>> [(m.text, m.value, m.low, m.high, m.qualifier) for m in parse_numbers("about 2,500 troops")]
    [('about 2,500', 2500, 2250, 2750, 'about')]
    >>> [(m.text, m.low, m.high) for m in parse_numbers("between dozens and 146")]
    [('between dozens and 146', 24, 146)]
    """
    atoms = match(text)
    out: list[NumberMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = text[a.end : nxt.start] if nxt and nxt.start - a.end <= 14 else "#"
        before = text[max(0, a.start - 10) : a.start]
        # ranges: "between A and B", "from A to B", "A to B", "A-B"
        if gap != "#" and nxt is not None and a.kind != "year" and nxt.kind != "year" and gap.strip():
            between = re.search(r"(?<![\w-])between\s+(?:the\s+)?$", before, re.I)
            frm = re.search(r"(?<![\w-])from\s+$", before, re.I)
            if (between and re.fullmatch(r"\s+and\s+(?:the\s+)?", gap, re.I)) or (
                (frm or not between)
                and _RANGE_JOIN.fullmatch(gap)
                and not re.fullmatch(r"\s*", gap)
                and (frm or not re.fullmatch(r"\s+to\s+", gap, re.I) or a.kind != "vague")
            ):
                lead = between or frm
                start = a.start - len(lead.group()) if lead else a.start
                lo = a.low if a.value is None else a.value
                hi = nxt.high if nxt.value is None else nxt.value
                chained = re.match(r"[-–/]\w", text[nxt.end : nxt.end + 2]) or re.search(
                    r"\w[-–/]$", text[max(0, a.start - 2) : a.start]
                )  # "1-222-2222", "three-nought-four": a code, not a range
                if lo is not None and hi is not None and lo <= hi and not chained:
                    out.append(_mention(text, start, nxt.end, None, lo, hi, True, True, "between", "range"))
                    i += 2
                    continue
        out.append(_hedged(text, a, nxt, out))
        i += 1
    return _join_comparisons(text, out)


_THAN = re.compile(r"\s+than(?![\w])", re.I)
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?(?![\w])", re.I)


def _hedged(text: str, a: Atom, nxt: Atom | None, done: list[NumberMention]) -> NumberMention:
    start, end = a.start, a.end
    if a.kind == "vague":
        return _mention(text, start, end, None, a.low, a.high, True, a.high is not None, "vague", "vague")
    value = a.value or 0.0
    fig_kind = a.kind if a.kind != "year" else "number"
    prev_end = done[-1].end if done else 0
    post = _postfix_pattern().match(text, a.end)
    if post and not _leads_to(text, post.end(), nxt) and not _THAN.match(text, post.end()):
        q = _postfix_lookup()[" ".join(post.group().lower().split())]
        if q == "at least":
            return _mention(text, start, post.end(), None, value, None, True, False, q, "number")
        return _mention(text, start, post.end(), None, None, value, False, True, q, "number")
    hedge = _hedge_before(text, a.start) if a.kind != "year" else None
    if hedge is not None and hedge[1] >= prev_end and not _after_figure(text, hedge[1], a.start, done):
        q, hstart = hedge
        or_equal = _OR_EQUAL.match(text, end)
        if or_equal and q in ("more than", "fewer than") and not _leads_to(text, or_equal.end(), nxt):
            q, end = ("at least" if q == "more than" else "up to"), or_equal.end()  # "more than 5000 or equal to"
        lo, hi, lo_inc, hi_inc = _bounds(q, value)
        return _mention(text, hstart, end, value, lo, hi, lo_inc, hi_inc, q, fig_kind)
    return _mention(text, start, end, value, value, value, True, True, "exact", a.kind)


def _leads_to(text: str, pos: int, nxt: Atom | None) -> bool:
    """Whether the next figure follows ``pos`` with only white space between ("or more than 4500")."""
    return nxt is not None and (nxt.start < pos or not text[pos : nxt.start].strip())


def _after_figure(text: str, hstart: int, start: int, done: list[NumberMention]) -> bool:
    """ "2000 over 3": right after a figure, "over" joins two figures and bounds neither."""
    phrase = " ".join(text[hstart:start].lower().split())
    return (
        phrase in _hedges()["exceptions"]["hedge_not_after_figure"]
        and bool(done)
        and done[-1].kind not in ("year", "time")  # "in 2021 over 3,000 died" keeps its bound
        and not text[done[-1].end : hstart].strip()
    )


def _join_comparisons(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """ "more than 10 and less than 20" is one range (10, 20)."""
    out: list[NumberMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _SECOND_COMPARISON.fullmatch(text[prev.end : m.start])
            and (prev.high is None) != (m.high is None)
            and prev.qualifier not in ("exact", "about", "nearly", "between", "vague")
            and m.qualifier not in ("exact", "about", "nearly", "between", "vague")
        ):
            lo_m, hi_m = (prev, m) if prev.high is None else (m, prev)
            if lo_m.low is not None and hi_m.high is not None and lo_m.low < hi_m.high:
                out[-1] = _mention(
                    text,
                    prev.start,
                    m.end,
                    None,
                    lo_m.low,
                    hi_m.high,
                    lo_m.low_inclusive,
                    hi_m.high_inclusive,
                    "between",
                    "range",
                )
                continue
        out.append(m)
    return out
