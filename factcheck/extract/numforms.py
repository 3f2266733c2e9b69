"""Figures written with digits: "2,500", "1.08 million", "10k", "3/4", "1.1^23", "6.23x10^-4", "12,34,567.89", "½".

``numeric_atoms(text)`` finds them with one compiled pattern (alternatives of fixed shape, no nested
quantifiers over the same characters) and values them; ``figure_kind`` tells a percentage, money, a time of
day or a year from a count by the words around the figure. Three or more runs of digits joined by
separators ("192.168.1.2", "5/17/2018", "22,24,26,31", "+1-222-2222/2222") are several numbers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .numwords import mixed, tables


@dataclass(frozen=True, slots=True, kw_only=True)
class Atom:
    """A bare figure before hedges: its span, value (or vague interval) and kind."""

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


@cache
def _numeric() -> re.Pattern[str]:
    suffixes = sorted(tables()["suffix_scales"], key=lambda s: (-len(s), s))
    return re.compile(
        r"(?=[-−.\dMmNn])(?<![\w.,/])(?=[.\d]|[-−]\s*[.\d]|[Mm]inus\s|[Nn]egative\s)(?:(?<![\w.,/-])|(?<=[A-Za-z]-)|(?<=\d[-–]))"
        r"(?P<sign>(?<![A-Za-z\d][-–])(?:[-−](?=\.?\d)|(?<![\w)%]\s)(?<![\w)%]\s\s)[-−]\s+(?=\.?\d)"
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
        r"(?P<suffix>\s*(?:" + "|".join(map(re.escape, suffixes)) + r")(?![\w]))?"
        r"(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs?|dozs?)(?![\w])){1,2})?"
        r"(?P<scalefrac>\s+and\s+(?:a|one|two|three)\s+(?:half|quarters?|thirds?))?"
    )


_DIGIT = re.compile(r"\d")
_LONE_VULGAR = re.compile(rf"[{_VULGAR}](?![\w])")
_MAX_CHAIN = 12  # a longer chain is no list of figures; it is read as its first number
_CHAIN = re.compile(rf"\d+(?:[-–/]\d+){{2,{_MAX_CHAIN - 1}}}|\d+(?P<sep>[.,])\d+(?:(?P=sep)\d+){{1,{_MAX_CHAIN - 2}}}")
_CHAIN_NEXT = re.compile(r"[.,/\-–]\d")


def numeric_atoms(text: str) -> list[Atom]:
    """Every figure written with digits, in text order (they may overlap word atoms).

    >>> [(a.start, a.end, a.value) for a in numeric_atoms("192.168.1.2 and 1.3x10^6")]
    [(0, 3, 192.0), (4, 7, 168.0), (8, 9, 1.0), (10, 11, 2.0), (16, 24, 1300000.0)]
    >>> [a.value for a in numeric_atoms("12,34,567.89 or 1.111,11 or 2.5^-1 or ¾")]
    [1234567.89, 1111.11, 0.4, 0.75]
    """
    out: list[Atom] = [
        Atom(start=m.start(), end=m.end(), value=unicodedata.numeric(m.group())) for m in _LONE_VULGAR.finditer(text)
    ]
    if not _DIGIT.search(text):
        return out  # a cheap test that spares the full scan on text without figures
    skip_until = 0
    for m in _numeric().finditer(text):
        if m.start() < skip_until:
            continue
        if _CHAIN_NEXT.match(text, m.end()) or _CHAIN_NEXT.match(text, m.end("num")):
            chain = _CHAIN.match(text, m.start("num"))
            if chain is not None and not _CHAIN_NEXT.match(text, chain.end()):
                skip_until = chain.end()
                groups = re.finditer(r"\d+", chain.group())
                out.extend(_chain_part(text, chain.start() + g.start(), chain.start() + g.end()) for g in groups)
                continue
        atom = _atom(text, m)
        if atom is not None:
            out.append(atom)
    return sorted(out, key=lambda a: a.start)


def _chain_part(text: str, start: int, end: int) -> Atom:
    raw = text[start:end]
    return Atom(start=start, end=end, value=float(raw), kind=figure_kind(text, start, end, start, raw))


def _atom(text: str, m: re.Match[str]) -> Atom | None:
    if text[m.end() : m.end() + 1].isalpha() and not m.group("suffix") and not m.group("scale"):
        return None  # "180ml", "29km", "4th"
    value = _value(m)
    if value is None or not math.isfinite(value):
        return None
    fig_kind = figure_kind(text, m.start(), m.end(), m.start("num"), m["num"])
    return Atom(start=m.start(), end=m.end(), value=value, kind=fig_kind)


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


def figure_kind(text: str, start: int, end: int, num_start: int, raw: str) -> str:
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
