"""Find figures in text, with the interval their wording allows.

``parse_numbers(text)`` returns every number mention: digits ("2,500", "1.08 million", "10k"),
words ("twenty-five", "half a dozen", "two thirds"), vague amounts ("dozens", "tens of thousands")
and ranges ("between 10 and 15", "10-15", "between dozens and 146"), each widened by the hedge in
front of it ("about", "nearly", "more than", "at least", "fewer than", "up to") per the one table
in ``data/hedges.json``.

Two steps: ``match`` finds candidate atoms with compiled, longest-first patterns (none of which can
backtrack catastrophically: no nested quantifiers over the same characters), then ``parse_numbers``
joins atoms with hedges and range words and builds the mentions.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import alternation, data
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


@dataclass(frozen=True, slots=True, kw_only=True)
class Atom:
    """A bare figure before hedges: its span, value (or vague interval) and kind."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: str = "number"


_NUMERIC = re.compile(
    r"(?=[-−mnMN.\d])(?:(?<![\w.,/-])|(?<=[A-Za-z]-)|(?<=\d[-–]))(?P<sign>(?<![A-Za-z\d][-–])(?:-|−|minus\s+|negative\s+)\s*)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?P<frac>\s*/\s*\d+)|(?P<mixedfrac>\s+\d+/\d+)|(?P<exp>[eE][+-]?\d+|\^[+-]*\d+))?"
    r"(?P<suffix>\s*(?:k|K|M|mn|bn|b|B|G|T|tn)(?![\w]))?"
    r"(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs?|dozs?)(?![\w])){1,2})?"
    r"(?P<scalefrac>\s+and\s+(?:a|one|two|three)\s+(?:half|quarters?|thirds?))?"
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\s*-\s*")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)\b", re.I)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)
_MONEY_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|rubles|roubles|yuan|yen|USD|EUR|GBP)\b")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|US\$|USD\s?|EUR\s?|GBP\s?)$")


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
    amounts = _hedges()["vague"]["amounts"]
    initials = "".join(sorted({a[0].lower() + a[0].upper() for a in amounts}))
    return re.compile(rf"(?=[{initials}])(?<![\w-])" + alternation(list(amounts)) + r"(?![\w-])", re.I)


def match(text: str) -> list[Atom]:
    """Bare figures, sorted, not overlapping (longest first, then earliest)."""
    found: list[Atom] = []
    for m in _vague_pattern().finditer(text):
        lo, hi = _hedges()["vague"]["amounts"][" ".join(m.group().lower().split())]
        found.append(Atom(start=m.start(), end=m.end(), value=None, low=lo, high=hi, kind="vague"))
    for m in _NUMERIC.finditer(text):
        atom = _numeric(text, m)
        if atom is not None:
            found.append(atom)
    found.extend(_word_atoms(text))
    taken = bytearray(len(text))
    out: list[Atom] = []
    for a in sorted(found, key=lambda a: (-(a.end - a.start), a.start)):
        if not any(taken[a.start : a.end]):
            taken[a.start : a.end] = b"\x01" * (a.end - a.start)
            out.append(a)
    return sorted(out, key=lambda a: a.start)


def _numeric(text: str, m: re.Match[str]) -> Atom | None:
    raw = m.group("num")
    if text[m.end() : m.end() + 1].isalpha() and not m.group("suffix") and not m.group("scale"):
        return None  # "180ml", "29km", "4th"
    value = float(raw.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", ""))
    if m.group("frac"):
        den = float(m.group("frac").replace("/", "").strip())
        if den == 0:
            return None
        value /= den
    if m.group("mixedfrac"):
        a, b = m.group("mixedfrac").split("/")
        if float(b) == 0:
            return None
        value += float(a) / float(b)
    exp = m.group("exp")
    if exp and exp[0] in "eE":
        value *= 10 ** int(exp[1:])
    elif exp:
        power = int(exp[1:].replace("--", "").replace("+", "") or "0") * (-1 if exp.count("-") == 1 else 1)
        value = value**power
    if m.group("suffix"):
        value *= tables()["suffix_scales"][m.group("suffix").strip()]
    for word in (m.group("scale") or "").split():
        if word in tables()["scales"]:
            value *= tables()["scales"][word]
        else:
            value *= 12
    if m.group("scalefrac"):
        last = (m.group("scale") or " ").split()[-1]
        fr = mixed(["a", *m.group("scalefrac").split()[2:]]) or 0.0
        value += fr * tables()["scales"].get(last, 1)
    if m.group("sign"):
        value = -value
    return Atom(start=m.start(), end=m.end(), value=value, kind=_kind(text, m.start(), m.end(), m.start("num"), raw))


_TIME = re.compile(r"[:.]\d\d\s*(?:[ap]\.?m\b|GMT|UTC|hrs|h\b)|\s*(?:[ap]\.m\.|[ap]m\b|GMT|UTC)", re.I)
_YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")
_COUNTED_AFTER = re.compile(
    r"\s+(?:people|persons|troops|soldiers|dead|killed|injured|wounded|men|women|children|members|"
    r"of\b|more|others|flights|homes|houses|residents|refugees|migrants|police)",
    re.I,
)


def _kind(text: str, start: int, end: int, num_start: int, raw: str) -> str:
    """What a figure is, from its neighbours: a percentage, money, a time of day, a year, or a number."""
    nxt = text[end : end + 1]
    if nxt in (" ", "%", "\u00a0", "-", "") and _PERCENT.match(text, end):
        return "percent"
    money_before = text[max(0, start - 1) : start] in ("$", "€", "£", "¥", " ", "D") and bool(
        _MONEY_BEFORE.search(text[max(0, start - 4) : start])
    )
    if money_before or (nxt == " " and _MONEY_AFTER.match(text, end)):
        return "money"
    if nxt in (":", ".", " ") and _TIME.match(text, end):
        return "time"
    if _YEAR_DIGITS.fullmatch(raw) and not _COUNTED_AFTER.match(text, num_start + 4):
        return "year"
    return "number"


@cache
def _word_token() -> re.Pattern[str]:
    """A word that starts like a number word, with its hyphenated continuation ("four-day")."""
    starts = alternation(sorted(number_word_set()))
    initials = "".join(sorted({w[0].lower() + w[0].upper() for w in number_word_set()}))
    return re.compile(rf"(?=[{initials}])(?<![A-Za-z]){starts}[A-Za-z]*(?:[ \t]*-[ \t]*[A-Za-z]+)*", re.I)


def _word_atoms(text: str) -> list[Atom]:
    """Runs of number words, valued by ``numwords.mixed``; the longest valid prefix wins."""
    words = number_word_set()
    runs: list[list[tuple[str, int, int]]] = []
    run: list[tuple[str, int, int]] = []
    last_end = -1
    for t in _word_token().finditer(text):
        parts = _split(t.group())
        if not parts or parts[0] not in words:
            last_end = -1
            continue
        if run and (last_end < 0 or text[last_end : t.start()].strip()):
            runs.append(run)
            run = []
        keep = next((i for i, p in enumerate(parts) if p not in words), len(parts))
        if keep < len(parts):  # "four-day": the figure is the number-word prefix
            pieces = list(re.finditer(r"[A-Za-z]+", t.group()))
            end = t.start() + pieces[keep - 1].end()
            run.append((text[t.start() : end], t.start(), end))
            runs.append(run)
            run, last_end = [], -1
            continue
        run.append((t.group(), t.start(), t.end()))
        last_end = t.end()
    if run:
        runs.append(run)
    out: list[Atom] = []
    for toks in runs:
        i = 0
        while i < len(toks):
            if _split(toks[i][0])[0] in ("and", "point"):
                i += 1
                continue
            atom = _longest(text, toks[i : i + 40])
            if atom is None:
                i += 1
                continue
            out.append(atom)
            while i < len(toks) and toks[i][2] <= atom.end:
                i += 1
    return out


def _split(token: str) -> list[str]:
    return [q for p in token.lower().split("-") if (q := p.strip())]


def _longest(text: str, toks: list[tuple[str, int, int]]) -> Atom | None:
    for k in range(len(toks), 0, -1):
        words = [w for t in toks[:k] for w in _split(t[0])]
        if words[-1] in ("and", "a", "an", "point") or (words[0] in ("a", "an") and len(words) == 1):
            continue
        if len(words) == 1 and words[0] in ("half", "second", "quarter", "quarters", "first"):
            continue  # "second" and "half" alone are not counts
        if words[-1] in ("first", "second", "firsts", "seconds") and len(words) <= 2:
            continue  # "a second bombing" is an ordinal, not a half
        value = mixed(words)
        if value is None:
            continue
        if words[-1] in tables()["ordinals"] and len(words) == 1:
            continue
        return Atom(start=toks[0][1], end=toks[k - 1][2], value=value, kind="number")
    return None


@cache
def _hedge_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in _prefix_lookup())


_SYMBOL_HEDGES = ((">=", "at least"), ("<=", "up to"), ("< =", "up to"), (">", "more than"), ("<", "fewer than"))


def _hedge_before(text: str, start: int) -> tuple[str, int] | None:
    """The hedge ending right before ``start``, looked up word by word (no regex: this runs per figure)."""
    window = text[max(0, start - 40) : start]
    stripped = window.rstrip()
    for symbol, q in _SYMBOL_HEDGES:
        if stripped.endswith(symbol):
            return q, start - (len(window) - len(stripped)) - len(symbol)
    if (
        not window[-1:].isspace()
        or window.rsplit(None, 1)[-1:] == []
        or (window.split()[-1].lower() not in _hedge_last_words())
    ):
        return None
    tokens = list(re.finditer(r"\S+", window))
    lookup = _prefix_lookup()
    for k in range(min(6, len(tokens)), 0, -1):
        first = tokens[-k]
        lead = first.group().lstrip("([\"'“‘")
        phrase = " ".join([lead, *(t.group() for t in tokens[len(tokens) - k + 1 :])]).lower()
        if phrase in lookup:
            offset = first.end() - len(lead)
            return lookup[phrase], start - len(window) + offset
    return None


def _num(x: float | None) -> Num | None:
    if x is None:
        return None
    if math.isfinite(x) and abs(x - round(x)) < 1e-9 and abs(x) < 1e18:
        return round(x)
    return x


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
                chained = re.match(r"[-–/]\d", text[nxt.end : nxt.end + 2]) or re.search(
                    r"\d[-–/]$", text[max(0, a.start - 2) : a.start]
                )
                if lo is not None and hi is not None and lo <= hi and not chained:
                    out.append(_mention(text, start, nxt.end, None, lo, hi, True, True, "between", "range"))
                    i += 2
                    continue
        out.append(_hedged(text, a, nxt, out))
        i += 1
    return _join_comparisons(text, out)


def _hedged(text: str, a: Atom, nxt: Atom | None, done: list[NumberMention]) -> NumberMention:
    start, end = a.start, a.end
    if a.kind == "vague":
        return _mention(text, start, end, None, a.low, a.high, True, a.high is not None, "vague", "vague")
    value = a.value or 0.0
    kind = a.kind
    prev_end = done[-1].end if done else 0
    hedge = _hedge_before(text, a.start) if a.kind != "year" else None
    post = _postfix_pattern().match(text, a.end)
    if post and not (nxt and post.end() > nxt.start):
        q = _postfix_lookup()[" ".join(post.group().lower().split())]
        if q == "at least":
            return _mention(text, start, post.end(), None, value, None, True, False, q, "number")
        return _mention(text, start, post.end(), None, None, value, False, True, q, "number")
    if hedge is not None and hedge[1] >= prev_end:
        q, hstart = hedge
        lo, hi, lo_inc, hi_inc = _bounds(q, value)
        return _mention(text, hstart, end, value, lo, hi, lo_inc, hi_inc, q, kind if kind != "year" else "number")
    return _mention(text, start, end, value, value, value, True, True, "exact", kind)


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
