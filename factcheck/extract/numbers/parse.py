"""Find figures in text, with the interval their wording allows.

``parse_numbers(text)`` returns every number mention: digits ("2,500", "1.08 million", "10k"),
words ("twenty-five", "half a dozen", "two thirds"), vague amounts ("dozens", "tens of thousands")
and ranges ("between 10 and 15", "10-15", "between dozens and 146"), each widened by the hedge in
front of it ("about", "nearly", "more than", "at least", "fewer than", "up to") per the one table
in ``data/hedges.json``.

Two steps: ``match`` finds candidate atoms with compiled, longest-first patterns (none of which can
backtrack catastrophically: no nested quantifiers over the same characters), then ``parse_numbers``
joins atoms with hedges and range words and builds the mentions. Figures in digits are found by
``forms``, runs of number words ("3 hundred and 21", "minus five point five") by ``runs``, and
valued by ``words``. The patterns are tried only where ``scan`` says a figure can start (at a
digit, a number word or a vague word, found in one pass over the lower-cased text), so a long text
without figures goes by at regex-engine speed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lexicon import alternation, data
from .forms import Atom, numeric_atoms, trie_regex
from .runs import initials, word_atoms, word_before
from .scan import FOLDS, Starts, starts, vague_keys

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
    return re.compile(rf"(?=[{initials(amounts)}])(?<![\w-]){trie_regex(amounts, any_case=True)}(?![\w-])")


def match(text: str) -> list[Atom]:
    """Bare figures, sorted, not overlapping (longest first, then earliest)."""
    places = starts(text)
    digits = None if places is None else places.digits
    found = [*_vague_atoms(text, places), *numeric_atoms(text, digits), *word_atoms(text, _has_hedge_before, places)]
    if len(found) < 2:
        return found
    found.sort(key=_start)  # a stable sort: atoms that start together stay in the order found
    out: list[Atom] = []
    cluster = [found[0]]
    reach = found[0].end
    for a in found[1:]:  # atoms that overlap no other are kept; a cluster of overlapping ones keeps the longest
        if a.start < reach:
            cluster.append(a)
            if a.end > reach:
                reach = a.end
            continue
        if len(cluster) == 1:
            out.append(cluster[0])
        else:
            _keep_longest(cluster, out)
        cluster = [a]
        reach = a.end
    _keep_longest(cluster, out)
    return out


def _keep_longest(cluster: list[Atom], out: list[Atom]) -> None:
    """Of overlapping atoms (in text order, those that start together in the order found), the longest first
    (then the earliest, then the first found), in text order."""
    if len(cluster) == 1:
        out.append(cluster[0])
        return
    kept: list[Atom] = []
    for a in sorted(cluster, key=_longest_first):  # a stable sort: of equal keys, the first found first
        if a.start == a.end or all(a.end <= b.start or b.end <= a.start for b in kept):
            kept.append(a)
    out.extend(sorted(kept, key=_start))


def _longest_first(a: Atom) -> tuple[int, int]:
    return a.start - a.end, a.start


def _start(a: Atom) -> int:
    return a.start


def _vague_atoms(text: str, places: Starts | None) -> list[Atom]:
    amounts = _hedges()["vague"]["amounts"]
    not_after = _hedges()["exceptions"]["vague_not_after_word"]
    out: list[Atom] = []
    for m in _vague_matches(text, places):
        start, end = m.span()
        key = " ".join(m.group().lower().split())
        if key in not_after and word_before(text, start) in not_after[key]:
            continue  # "he scores ten"
        lo, hi = amounts[key]
        out.append(Atom(start=start, end=end, value=None, low=lo, high=hi, kind="vague"))
    return out


def _vague_matches(text: str, places: Starts | None) -> Iterator[re.Match[str]]:
    """``_vague_pattern().finditer(text)``, trying the pattern only where a vague amount can start.

    Every amount holds a word of ``scan.vague_keys()`` found by ``scan.starts``: its first word,
    or the one after "a" or "tens of".
    """
    if places is None:
        yield from _vague_pattern().finditer(text)
        return
    first, after_a, after_tens = vague_keys()
    candidates: set[int] = set()
    for at, key in places.words:
        if key in first:
            candidates.add(at)
        if key not in after_a and key not in after_tens:
            continue
        j = at
        while j and text[j - 1].isspace():
            j -= 1
        if j < at and key in after_a and text[max(0, j - 1) : j] in ("a", "A"):
            candidates.add(j - 1)
        if j < at and key in after_tens and text[max(0, j - 2) : j].lower() == "of":
            k = j - 2
            while k and text[k - 1].isspace():
                k -= 1
            if k < j - 2 and text[max(0, k - 4) : k].lower() == "tens":
                candidates.add(k - 4)
    pattern = _vague_pattern()
    pos = 0
    for at in sorted(candidates):
        if at >= pos and (m := pattern.match(text, at)) is not None:
            yield m
            pos = m.end()


def _has_hedge_before(text: str, start: int) -> bool:
    return _hedge_before(text, start) is not None


_SYMBOLS = frozenset("<>=")
_QUOTES = "([\"'“‘"  # what may open a hedge: '"around 2,500"', "(up to 40)"
_SYMBOL_HEDGES = ((">=", "at least"), ("<=", "up to"), ("< =", "up to"), (">", "more than"), ("<", "fewer than"))


def _hedge_before(text: str, start: int) -> tuple[str, int] | None:
    """The hedge ending right before ``start``, looked up word by word (no regex: this runs per figure)."""
    if not start:
        return None
    prev = text[start - 1]
    if prev not in _SYMBOLS and not prev.isspace():
        return None  # no white space and no symbol right before the figure: no hedge
    window = text[start - 40 if start > 40 else 0 : start]
    stripped = window.rstrip()
    if stripped[-1:] in _SYMBOLS:
        for symbol, q in _SYMBOL_HEDGES:
            if stripped.endswith(symbol):
                if stripped[-len(symbol) - 1 : -len(symbol)] in ("<", ">", "="):
                    return None  # "<>30", "=>30": no comparison we know
                return q, start - (len(window) - len(stripped)) - len(symbol)
    if len(stripped) == len(window) or not stripped:
        return None
    lengths = _hedge_lengths().get(stripped.rsplit(None, 1)[-1].lstrip(_QUOTES).lower())  # '"around 2,500"' too
    if lengths is None:
        return None
    tokens = stripped.split()
    if lengths[0] > 1 and (
        len(tokens) < 2 or f"{tokens[-2].lstrip(_QUOTES)} {tokens[-1]}".lower() not in _hedge_pairs()
    ):
        lengths = lengths[-1:] if lengths[-1] == 1 else ()  # "rose to": no hedge of two words or more ends here
    lookup = _prefix_lookup()
    for k in lengths:  # the longest hedge first
        if k > len(tokens):
            continue
        lead = tokens[-k].lstrip(_QUOTES)
        phrase = " ".join([lead, *tokens[len(tokens) - k + 1 :]]).lower()
        if phrase in lookup:
            lead_end = len(stripped)  # where tokens[-k] ends: step back over the tokens after it
            for tok in reversed(tokens[len(tokens) - k + 1 :]):
                lead_end = len(stripped[: lead_end - len(tok)].rstrip())
            hstart = start - len(window) + lead_end - len(lead)
            not_after = _hedges()["exceptions"]["hedge_not_after_word"].get(phrase)
            if not_after and word_before(text, hstart) in not_after:
                return None  # "how about 2"
            return lookup[phrase], hstart
    return None


@cache
def _hedge_lengths() -> dict[str, tuple[int, ...]]:
    """For each last word of a hedge, the lengths in words of the hedges it ends, longest first."""
    lengths: dict[str, set[int]] = {}
    for phrase in _prefix_lookup():
        words = phrase.split()
        lengths.setdefault(words[-1], set()).add(len(words))
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in lengths.items()}


@cache
def _hedge_pairs() -> frozenset[str]:
    """The last two words of each hedge of two words or more: a hedge of ``k`` words (``k`` > 1) ends the text
    before a figure only where its last two words do, the first of them stripped of a quote mark or a bracket as a
    hedge's first word is (no hedge word starts with one, so a word inside a hedge loses none)."""
    return frozenset(" ".join(phrase.split()[-2:]) for phrase in _prefix_lookup() if " " in phrase)


def _num(x: float | None) -> Num | None:
    """An integral value as an int (a trillionth stays a float)."""
    if x is None or not -1e18 < x < 1e18:
        return x
    if isinstance(x, float) and x.is_integer():
        return int(x)  # what the test below gives a whole float, sooner
    r = round(x)
    return r if (r or not x) and abs(x - r) < 1e-9 * max(1.0, abs(x)) else x


def _whole(x: float, outward: Callable[[float], int]) -> int:
    """``x`` rounded outward to a whole number, or to the nearest one when it is only float noise away."""
    nearest = round(x)
    return nearest if abs(x - nearest) <= 1e-9 * max(1.0, abs(x)) else outward(x)


def _bounds(q: str, v: float) -> tuple[float | None, float | None, bool, bool]:
    spec = _hedges()["hedges"][q]
    lo = None if spec["low"] is None else v * spec["low"]
    hi = None if spec["high"] is None else v * spec["high"]
    if q in ("about", "nearly") and abs(v - round(v)) < 1e-9 and abs(v) >= 1:
        # outward to whole numbers, past float noise: 15e9 * 1.1 is 16500000000.000002, not 16500000001
        lo = _whole(lo, math.floor) if lo is not None else None
        hi = _whole(hi, math.ceil) if hi is not None else None
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
    num = _num(value)
    low = num if lo is value else _num(lo)
    high = num if hi is value else _num(hi)
    return _new_mention(text[start:end], start, end, num, low, high, lo_inc, hi_inc, qualifier, kind)


_SET_TEXT, _SET_START, _SET_END, _SET_VALUE, _SET_LOW = (
    NumberMention.__dict__[f].__set__ for f in ("text", "start", "end", "value", "low")
)
_SET_HIGH, _SET_LOW_INC, _SET_HIGH_INC, _SET_QUALIFIER, _SET_KIND = (
    NumberMention.__dict__[f].__set__ for f in ("high", "low_inclusive", "high_inclusive", "qualifier", "kind")
)
_NEW = object.__new__


def _new_mention(
    text: str,
    start: int,
    end: int,
    value: Num | None,
    low: Num | None,
    high: Num | None,
    low_inclusive: bool,
    high_inclusive: bool,
    qualifier: str,
    kind: str,
) -> NumberMention:
    """``NumberMention`` from its fields in order: what its ``__init__`` does (set each slot past the frozen
    ``__setattr__``) without the keyword call and its ten ``object.__setattr__`` look-ups; parse_numbers makes
    one per figure. tests/extract/test_numscan.py checks that it equals the class's own constructor.
    """
    mention = _NEW(NumberMention)
    _SET_TEXT(mention, text)
    _SET_START(mention, start)
    _SET_END(mention, end)
    _SET_VALUE(mention, value)
    _SET_LOW(mention, low)
    _SET_HIGH(mention, high)
    _SET_LOW_INC(mention, low_inclusive)
    _SET_HIGH_INC(mention, high_inclusive)
    _SET_QUALIFIER(mention, qualifier)
    _SET_KIND(mention, kind)
    return mention


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~|to|through|thru)\s*$|\s+(?:to|through|thru)\s+$", re.I)
_SECOND_COMPARISON = re.compile(r"^\s*(?:,\s*|\s+(?:and|but)\s+)$", re.I)
_BETWEEN = re.compile(r"(?<![\w-])between\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"(?<![\w-])from\s+$", re.I)
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_TO_GAP = re.compile(r"\s+to\s+", re.I)
_CODE_AFTER = re.compile(r"[-–/]\w")
_CODE_BEFORE = re.compile(r"\w[-–/]$")


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
        # ranges: "between A and B", "from A to B", "A to B", "A-B"
        if nxt is not None and nxt.start - a.end <= 14 and a.kind != "year" and nxt.kind != "year":
            gap = text[a.end : nxt.start]
            if gap != "#" and gap.strip():
                mention = _range(text, a, nxt, gap)
                if mention is not None:
                    out.append(mention)
                    i += 2
                    continue
        out.append(_hedged(text, a, nxt, out))
        i += 1
    return _join_comparisons(text, out)


def _range(text: str, a: Atom, nxt: Atom, gap: str) -> NumberMention | None:
    """ "between A and B", "from A to B", "A to B", "A-B" as one range, or None."""
    before = text[max(0, a.start - 10) : a.start]
    between = _BETWEEN.search(before)
    frm = _FROM.search(before)
    if (between and _AND_GAP.fullmatch(gap)) or (
        (frm or not between) and _RANGE_JOIN.fullmatch(gap) and (frm or not _TO_GAP.fullmatch(gap) or a.kind != "vague")
    ):
        lead = between or frm
        start = a.start - len(lead.group()) if lead else a.start
        lo = a.low if a.value is None else a.value
        hi = nxt.high if nxt.value is None else nxt.value
        chained = _CODE_AFTER.match(text[nxt.end : nxt.end + 2]) or _CODE_BEFORE.search(
            text[max(0, a.start - 2) : a.start]
        )  # "1-222-2222", "three-nought-four": a code, not a range
        if lo is not None and hi is not None and lo <= hi and not chained:
            return _mention(text, start, nxt.end, None, lo, hi, True, True, "between", "range")
    return None


_THAN = re.compile(r"\s+than(?![\w])", re.I)
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?(?![\w])", re.I)


@cache
def _postfix_heads() -> frozenset[str]:
    """The first two letters of each postfix hedge ("or more", "and above", "plus"), lower-cased: the two characters
    the case-blind pattern needs after the figure's white space, lower-cased (none of them is a letter that
    ``re.IGNORECASE`` matches beyond its two cases, as it matches "ſ" to "s")."""
    heads = frozenset(w.strip()[:2].lower() for ws in _hedges()["postfix"].values() for w in ws)
    assert all(len(h) == 2 and c.isascii() and c not in FOLDS for h in heads for c in h)
    return heads


def _hedged(text: str, a: Atom, nxt: Atom | None, done: list[NumberMention]) -> NumberMention:
    start, end = a.start, a.end
    if a.kind == "vague":
        # what _mention(text, start, end, None, a.low, a.high, ...) makes, sooner
        low, high = _num(a.low), _num(a.high)
        return _new_mention(text[start:end], start, end, None, low, high, True, a.high is not None, "vague", "vague")
    value = a.value or 0.0
    after = text[end : end + 20].lstrip()
    post = _postfix_pattern().match(text, end) if after[:2].lower() in _postfix_heads() else None
    if post and not _leads_to(text, post.end(), nxt) and not _THAN.match(text, post.end()):
        q = _postfix_lookup()[" ".join(post.group().lower().split())]
        if q == "at least":
            return _mention(text, start, post.end(), None, value, None, True, False, q, "number")
        return _mention(text, start, post.end(), None, None, value, False, True, q, "number")
    hedge = _hedge_before(text, a.start) if a.kind != "year" else None
    if (
        hedge is not None
        and hedge[1] >= (done[-1].end if done else 0)
        and not _after_figure(text, hedge[1], start, done)
    ):
        q, hstart = hedge
        or_equal = _OR_EQUAL.match(text, end)
        if or_equal and q in ("more than", "fewer than") and not _leads_to(text, or_equal.end(), nxt):
            q, end = ("at least" if q == "more than" else "up to"), or_equal.end()  # "more than 5000 or equal to"
        lo, hi, lo_inc, hi_inc = _bounds(q, value)
        return _mention(text, hstart, end, value, lo, hi, lo_inc, hi_inc, q, a.kind)
    # what _mention(text, start, end, value, value, value, ...) makes, sooner: most figures are whole floats
    whole = value.__class__ is float and value.is_integer() and -1e18 < value < 1e18
    num = int(value) if whole else _num(value)
    return _new_mention(text[start:end], start, end, num, num, num, True, True, "exact", a.kind)


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


_NOT_JOINED = frozenset(("exact", "about", "nearly", "between", "vague"))


def _join_comparisons(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """ "more than 10 and less than 20" is one range (10, 20)."""
    out: list[NumberMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.qualifier not in _NOT_JOINED
            and m.qualifier not in _NOT_JOINED
            and (prev.high is None) != (m.high is None)
            and _SECOND_COMPARISON.fullmatch(text[prev.end : m.start])
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


def hedge_before(text: str, start: int, value: float) -> tuple[str, Num | None, Num | None, int] | None:
    """The hedge ending right before ``start`` and the interval it gives ``value``: (qualifier, low, high,
    where the hedge starts), or None. For a figure the parser did not join to its hedge because something
    stands between them ("around $15 billion": the currency sign).

    >>> hedge_before("around $15", 7, 15.0)
    ('about', 13, 17, 0)
    """
    found = _hedge_before(text, start)
    if found is None:
        return None
    q, hstart = found
    lo, hi, _, _ = _bounds(q, value)
    return q, _num(lo), _num(hi), hstart
