"""Figures written with digits: "2,500", "1.08 million", "10k", "3/4", "1.1^23", "6.23x10^-4", "12,34,567.89", "½".

``numeric_atoms(text)`` finds them with one compiled pattern (alternatives of fixed shape, no nested
quantifiers over the same characters), tried only at and just before runs of digits, and values them;
``figure_kind`` tells a percentage, money, a time of day or a year from a count by the words around the
figure. Three or more runs of digits joined by separators ("192.168.1.2", "5/17/2018", "22,24,26,31",
"+1-222-2222/2222") are several numbers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from .words import mixed, tables


class Atom(NamedTuple):
    """A bare figure before hedges: its span, value (or vague interval) and kind.

    A named tuple, not a dataclass: an article makes dozens of them and they never leave this package.
    """

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: str = "number"


def trie_regex(phrases: Iterable[str], any_case: bool = False) -> str:
    """A regex for exactly ``phrases`` (lower case), as a character trie: it fails on the first letter
    that starts no phrase, which keeps scans of long texts cheap. A space matches any white space;
    longer phrases are tried first. ``any_case`` spells each letter as a two-case class, which the
    regex engine tests faster than a pattern compiled with ``re.IGNORECASE``.

    >>> trie_regex(["a", "an", "and", "ten", "tens of"])
    '(?:a(?:n(?:d)?)?|ten(?:s\\\\s+of)?)'
    >>> trie_regex(["one", "on"], any_case=True)
    '(?:[oO][nN](?:[eE])?)'
    """
    root: dict[str, dict[str, object]] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return "(?:" + "|".join(_trie_branches(root, any_case)) + ")"


def _trie_branches(node: dict[str, dict[str, object]], any_case: bool) -> list[str]:
    return [_trie_char(ch, any_case) + _trie_node(child, any_case) for ch, child in sorted(node.items()) if ch]  # type: ignore[arg-type]


def _trie_char(ch: str, any_case: bool) -> str:
    if ch == " ":
        return r"\s+"
    if any_case and ch.lower() != ch.upper():
        return f"[{ch.lower()}{ch.upper()}]"
    return re.escape(ch)


def _trie_node(node: dict[str, dict[str, object]], any_case: bool) -> str:
    branches = _trie_branches(node, any_case)
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_VULGAR = "\u00bc-\u00be\u2150-\u215e\u2189"  # ¼ ½ ¾ ⅐ ... ⅞ ↉


# where a figure may start (the same in ``_numeric`` and ``_bare``)
_FIGURE_START = (
    r"(?=[-−.\dMmNn])(?<![\w.,/])(?=[.\d]|[-−]\s*[.\d]|[Mm]inus\s|[Nn]egative\s)"
    r"(?:(?<![\w.,/-])|(?<=[A-Za-z]-)|(?<=\d[-–]))"
)
_SCALE_WORDS = r"(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs?|dozs?)"


def _suffixes() -> str:
    return "|".join(map(re.escape, sorted(tables()["suffix_scales"], key=lambda s: (-len(s), s))))


@cache
def _numeric() -> re.Pattern[str]:
    return re.compile(
        _FIGURE_START + r"(?P<sign>(?<![A-Za-z\d][-–])(?:[-−](?=\.?\d)|(?<![\w)%]\s)(?<![\w)%]\s\s)[-−]\s+(?=\.?\d)"
        r"|(?:[Mm]inus|[Nn]egative)\s+))?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,234,567.89
        r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # 12,34,567.89 (lakh grouping)
        r"|\d{1,3}(?:\.\d{3})+,\d+(?!\d|[.,]\d)"  # 1.111,11
        r"|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,])(?:\.\d+)?"  # 1 234 567
        r"|\d+,\d\d?(?!\d|,\d)"  # 1,3 and 5,00: a decimal comma
        r"|\d+(?:\.\d+)?|\.\d+)"
        r"(?:(?P<frac>\s*/\s*\d+)|(?P<mixedfrac>\s+\d+/\d+)"
        r"|(?P<exp>[eE][+-]?\d+|\^[+-]*\d+|\s*[xX×]\s*10\s*\^\s*[+-]?\d+)"
        rf"|(?P<vulgar>[{_VULGAR}]))?"
        r"(?P<suffix>\s*(?:" + _suffixes() + r")(?![\w]))?"
        r"(?P<scale>(?:\s+" + _SCALE_WORDS + r"(?![\w])){1,2})?"
        r"(?P<scalefrac>\s+and\s+(?:a|one|two|three)\s+(?:half|quarters?|thirds?))?"
    )


@cache
def _bare() -> re.Pattern[str]:
    """Digits that ``_numeric`` matches alone (its commonest figure, "12 people"), at a third of its cost.

    Where this matches, ``_numeric`` matches the same span, with the digits as its ``num`` group and every
    other group empty: the start is the same; no sign starts at a digit; of the ``num`` alternatives only the
    last, ``\\d+``, goes on without ",", "." or a space-like character and three digits after the digits; and
    the look-aheads rule out the start of every optional part after ``num`` (fraction, exponent, vulgar
    fraction, suffix, scale word, "and a half"), some more than needed. Where it does not match, ``_numeric``
    is tried.
    """
    return re.compile(
        _FIGURE_START + r"(?P<num>\d+)"
        rf"(?![\d.,eE^/{_VULGAR}])"  # more digits or a decimal part; an exponent, a vulgar fraction, a fraction
        r"(?!\s*(?:/|[xX×]|(?:" + _suffixes() + r")(?![\w])))"  # a fraction, "x 10^6", a suffix
        r"(?!\s+(?:\d|" + _SCALE_WORDS + r"(?![\w])|and\s))"  # "1 234", "1 1/2", a scale word, "and a half"
    )


_new_atom = tuple.__new__  # Atom(*fields) without its Python-level __new__: one per figure
_DIGITS = re.compile(r"\d+")
_LONE_VULGAR = re.compile(rf"[{_VULGAR}](?![\w])")
_MAX_CHAIN = 12  # a longer chain is no list of figures; it is read as its first number
_CHAIN = re.compile(rf"\d+(?:[-–/]\d+){{2,{_MAX_CHAIN - 1}}}|\d+(?P<sep>[.,])\d+(?:(?P=sep)\d+){{1,{_MAX_CHAIN - 2}}}")
_CHAIN_NEXT = re.compile(r"[.,/\-–]\d")
_CHAIN_CHARS = frozenset(".,/-–")
_BEFORE_FIGURE = frozenset("-−.se")  # a sign, or the last letter of "minus" or "negative", or a point


def numeric_atoms(text: str, digits: list[int] | None = None) -> list[Atom]:
    """Every figure written with digits, in text order (they may overlap word atoms).

    ``digits`` are ``scan.starts(text).digits`` when the caller has them: every run of digits a figure
    can start at or just before (else every run of digits is tried).

    >>> [(a.start, a.end, a.value) for a in numeric_atoms("192.168.1.2 and 1.3x10^6")]
    [(0, 3, 192.0), (4, 7, 168.0), (8, 9, 1.0), (10, 11, 2.0), (16, 24, 1300000.0)]
    >>> [a.value for a in numeric_atoms("12,34,567.89 or 1.111,11 or 2.5^-1 or ¾")]
    [1234567.89, 1111.11, 0.4, 0.75]
    """
    out: list[Atom] = []
    if not text.isascii():  # the vulgar fractions are not ASCII: an ASCII text needs no scan for them
        out = [
            Atom(start=m.start(), end=m.end(), value=unicodedata.numeric(m.group()))
            for m in _LONE_VULGAR.finditer(text)
        ]
    skip_until = 0
    for m in _figures(text, digits):
        start, end = m.span()
        if start < skip_until:
            continue
        num_start, num_end = m.span("num")
        if (text[end : end + 1] in _CHAIN_CHARS or text[num_end : num_end + 1] in _CHAIN_CHARS) and (
            _CHAIN_NEXT.match(text, end) or _CHAIN_NEXT.match(text, num_end)
        ):
            chain = _CHAIN.match(text, m.start("num"))
            if chain is not None and not _CHAIN_NEXT.match(text, chain.end()):
                skip_until = chain.end()
                groups = _DIGITS.finditer(chain.group())
                out.extend(_chain_part(text, chain.start() + g.start(), chain.start() + g.end()) for g in groups)
                continue
        if num_start == start and num_end == end:  # digits alone, the common case: what _atom does, sooner
            if text[end : end + 1].isalpha():
                continue  # "180ml", "29km", "4th"
            raw = text[start:end]
            value = _plain(raw)
            if math.isfinite(value):
                out.append(_new_atom(Atom, (start, end, value, None, None, figure_kind(text, start, end, start, raw))))
            continue
        atom = _atom(text, m)
        if atom is not None:
            out.append(atom)
    if not text.isascii():
        out.sort(key=_start)  # the vulgar fractions went first; an ASCII text's figures are in order already
    return out


def _start(a: Atom) -> int:
    return a.start


def _figures(text: str, digits: list[int] | None) -> Iterator[re.Match[str]]:
    """``_numeric().finditer(text)``, tried only where a figure can start.

    Every figure holds a digit, and what comes before its first digit holds none (a point; a sign and
    white space): a figure whose first digit starts a run of digits starts there or just before it, and
    none starts inside a run.
    """
    pattern, bare = _numeric(), _bare()
    pos = 0
    for d in [r.start() for r in _DIGITS.finditer(text)] if digits is None else digits:
        if d < pos or (d and text[d - 1].isdecimal()):
            continue
        before = text[d - 1] if d > pos else ""
        if before not in _BEFORE_FIGURE and not (
            before.isspace() and (d - 2 < pos or text[d - 2] in _BEFORE_FIGURE or text[d - 2].isspace())
        ):
            m = bare.match(text, d) or pattern.match(text, d)  # no sign or point before: a figure starts at d or not
        else:
            m = None
            for p in _starts_before(text, pos, d):
                if (m := pattern.match(text, p)) is not None:
                    break
        if m is not None:
            yield m
            pos = m.end()


def _starts_before(text: str, pos: int, d: int) -> list[int]:
    """Where, from ``pos`` on, a figure whose first digit is at ``d`` can start, in order."""
    num = d - 1 if d > pos and text[d - 1] == "." else d
    j = num
    while j > pos and text[j - 1].isspace():
        j -= 1
    starts = [num] if num == d else [num, d]
    if j > pos:
        sign = text[max(pos, j - 8) : j]
        if sign[-1] in "-−":
            starts.insert(0, j - 1)
        elif sign.endswith(("minus", "Minus")):
            starts.insert(0, j - 5)
        elif sign.endswith(("negative", "Negative")):
            starts.insert(0, j - 8)
    return starts


def _chain_part(text: str, start: int, end: int) -> Atom:
    raw = text[start:end]
    return Atom(start=start, end=end, value=float(raw), kind=figure_kind(text, start, end, start, raw))


def _atom(text: str, m: re.Match[str]) -> Atom | None:
    end = m.end()
    if text[end : end + 1].isalpha() and not m.group("suffix") and not m.group("scale"):
        return None  # "180ml", "29km", "4th"
    value = _value(m)
    if value is None or not math.isfinite(value):
        return None
    start = m.start()
    kind = figure_kind(text, start, end, m.start("num"), m.group("num"))
    return _new_atom(Atom, (start, end, value, None, None, kind))


_DECIMAL_COMMA = re.compile(r"\d+,\d\d?")
_GROUPING = re.compile(r"[,\s]")


def _plain(raw: str) -> float:
    """The value of the digits of one number, whatever its grouping.

    >>> _plain("1,234.5"), _plain("12,34,567"), _plain("1.111,11"), _plain("1,3"), _plain("1 234")
    (1234.5, 1234567.0, 1111.11, 1.3, 1234.0)
    """
    if raw.isascii() and raw.isdigit():
        return float(raw)
    if _DECIMAL_COMMA.fullmatch(raw) or ("." in raw.partition(",")[0] and "," in raw):
        raw = raw.replace(".", "").replace(",", ".")
    return float(_GROUPING.sub("", raw))


def _value(m: re.Match[str]) -> float | None:
    value = _plain(m.group("num"))
    if m.end("num") == m.end() and not m.group("sign"):
        return value
    try:
        if m.group("frac"):
            value /= float(m.group("frac").replace("/", ""))
        if m.group("mixedfrac"):
            a, b = m.group("mixedfrac").split("/")
            value += float(a) / float(b)
        if m.group("exp"):
            value = _power(value, m.group("exp"))
    except (ZeroDivisionError, OverflowError, ValueError):
        return None
    if m.group("vulgar"):
        value += unicodedata.numeric(m.group("vulgar"))
    if m.group("suffix"):
        value *= tables()["suffix_scales"][m.group("suffix").strip()]
    for word in (m.group("scale") or "").split():
        value *= tables()["scales"].get(word, 12)
    if m.group("scalefrac"):
        last = (m.group("scale") or " ").split()[-1]
        fr = mixed(["a", *m.group("scalefrac").split()[2:]]) or 0.0
        value += fr * tables()["scales"].get(last, 1)
    return -value if m.group("sign") else value


def _power(value: float, exp: str) -> float:
    """``value`` as its exponent says: "e-1" and "x10^6" scale it, "^-1" and "^--23" raise it.

    >>> _power(2.5, "^-1"), _power(1.1, "^--2"), _power(12.0, "e-1"), _power(6.23, " x 10^-4")
    (0.4, 1.2100000000000002, 1.2, 0.000623)
    """
    exp = exp.strip()
    if exp[0] == "^":
        digits = int(re.sub(r"\D", "", exp))
        return float(value ** (-digits if exp.count("-") % 2 else digits))
    power = int(re.sub(r"\s", "", exp.rsplit("^", 1)[-1] if exp[0] in "xX×" else exp[1:]))
    return float(f"{value!r}e{power}") if "e" not in repr(value) else value * 10.0**power


_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)
_MONEY_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|rubles|roubles|yuan|yen|USD|EUR|GBP)\b")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|US\$|USD\s?|EUR\s?|GBP\s?)$")
_TIME = re.compile(r"[:.]\d\d\s*(?:[ap]\.?m\b|GMT|UTC|hrs|h\b)|\s*(?:[ap]\.m\.|[ap]m\b|GMT|UTC)", re.I)
_YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")
_COUNTED_AFTER = re.compile(
    r"\s+(?:people|persons|troops|soldiers|dead|killed|injured|wounded|men|women|children|members|"
    r"of\b|more|others|flights|homes|houses|residents|refugees|migrants|police)",
    re.I,
)


_MONEY_PREV = frozenset(("$", "€", "£", "¥", " ", "D"))
_MONEY_AFTER_INITIALS = frozenset("deprUEGy")
_TIME_AFTER_INITIALS = frozenset("aApPgGuU")


def figure_kind(text: str, start: int, end: int, num_start: int, raw: str) -> str:
    """What a figure is, from its neighbours: a percentage, money, a time of day, a year, or a number.

    Each pattern is tried only when the characters right after (or before) the figure can begin it.
    """
    nxt = text[end : end + 1]
    after = text[end + 1 : end + 2]  # the character after white space, in the common case of one space
    spaced = nxt in (" ", "\u00a0")
    if (nxt == "%" or (spaced and (after in ("p", "P", "%") or after.isspace()))) and _PERCENT.match(text, end):
        return "percent"
    prev = text[start - 1 : start] if start else ""
    money_before = (
        prev in _MONEY_PREV
        and (prev != " " or text[start - 2 : start - 1] in ("D", "R", "P"))  # "USD ", "EUR ", "GBP "
        and bool(_MONEY_BEFORE.search(text[max(0, start - 4) : start]))
    )
    if money_before or (
        nxt == " " and (after in _MONEY_AFTER_INITIALS or after.isspace()) and _MONEY_AFTER.match(text, end)
    ):
        return "money"
    if (
        (nxt == " " and (after in _TIME_AFTER_INITIALS or after.isspace())) or (nxt in (":", ".") and after.isdecimal())
    ) and _TIME.match(text, end):
        return "time"
    if len(raw) == 4 and _YEAR_DIGITS.fullmatch(raw) and not _COUNTED_AFTER.match(text, num_start + 4):
        return "year"
    return "number"
