"""Values of English number words: "two thousand five hundred", "half a dozen", "two thirds".

Pure functions over lower-case word lists; the word tables are ``data/number_words.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .lexicon import data

Num = float


@cache
def tables() -> dict[str, Any]:
    return data("number_words.json")  # type: ignore[no-any-return]


def _units() -> dict[str, int]:
    return tables()["units"]  # type: ignore[no-any-return]


def _tens() -> dict[str, int]:
    return tables()["tens"]  # type: ignore[no-any-return]


def _scales() -> dict[str, int]:
    return tables()["scales"]  # type: ignore[no-any-return]


def _ordinal(word: str) -> int | None:
    ords: dict[str, int] = tables()["ordinals"]
    if word in ords:
        return ords[word]
    if word.endswith("s") and word[:-1] in ords:
        return ords[word[:-1]]
    return None


@cache
def number_word_set() -> frozenset[str]:
    """Every word that can be part of a number written in words."""
    t = tables()
    words = set(t["units"]) | set(t["tens"]) | set(t["scales"]) | set(t["dozens"])
    words |= set(t["ordinals"]) | {o + "s" for o in t["ordinals"]}
    return frozenset(words | {"a", "an", "and", "point", "half"})


def cardinal(words: list[str]) -> Num | None:
    """The value of a cardinal written in words, or None when the words are not one number.

    >>> cardinal("two thousand five hundred".split()), cardinal(["twenty", "five"])
    (2500.0, 25.0)
    >>> cardinal("three hundred and two dozens".split()), cardinal("half a dozen".split())
    (324.0, 6.0)
    >>> cardinal("two hundred point zero three".split()), cardinal(["one", "one"])
    (200.03, None)
    """
    if not words:
        return None
    if "point" in words:
        i = words.index("point")
        whole = cardinal(words[:i]) if i else 0.0
        digits = "".join(_digits(w) or "x" for w in words[i + 1 :] if w != "and")
        if whole is None or not digits or "x" in digits:
            return None
        return float(f"{int(whole)}.{digits}")
    if words[:2] in (["half", "a"], ["half", "an"]) and len(words) == 3 and words[2] in tables()["dozens"]:
        return 6.0
    if words[0] == "half" and len(words) == 2 and words[1] in _scales():
        return _scales()[words[1]] / 2
    total, current, last, prev = 0.0, 0.0, 0.0, ""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "and":
            if prev != "scale":
                return None  # "three and two" is not one number
            prev = w
            continue
        if w in ("a", "an"):
            if nxt not in _scales() and nxt not in tables()["dozens"]:
                return None
            current, last, prev = current + 1, 1.0, "unit"
        elif w in _units():
            if prev in ("unit", "teen") or (prev == "tens" and _units()[w] >= 10):
                return None
            v = _units()[w]
            current, last, prev = current + v, float(v), ("teen" if v >= 10 else "unit")
        elif w in _tens():
            if prev in ("unit", "tens", "teen"):
                return None
            current, last, prev = current + _tens()[w], float(_tens()[w]), "tens"
        elif w == "hundred":
            current, last, prev = (current or 1) * 100, 0.0, "scale"
        elif w in _scales():
            total += (current or 1) * _scales()[w]
            current, last, prev = 0.0, 0.0, "scale"
        elif w in tables()["dozens"]:
            if last:
                current += last * 11
            else:
                current = (current or 1) * 12
            last, prev = 0.0, "scale"
        else:
            return None
    return total + current


def _digits(word: str) -> str | None:
    if word in _units():
        return str(_units()[word])
    if word in _tens():
        return str(_tens()[word])
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        v = cardinal(parts)
        return None if v is None else str(int(v))
    return None


def fraction(words: list[str]) -> Num | None:
    """The value of a fraction in words ("two thirds", "a half", "three twenty-firsts").

    >>> fraction(["two", "thirds"]), fraction(["a", "half"]), fraction(["three", "twenty-firsts"])
    (0.6666666666666666, 0.5, 0.14285714285714285)
    >>> fraction("one hundred thirty fifths".split()), fraction("one hundred and thirty fifths".split())
    (2.857142857142857, 26.0)
    """
    if len(words) < 2:
        return None
    scale = 1.0
    if words[-1] in _scales() and len(words) > 2:
        scale = float(_scales()[words[-1]])
        words = words[:-1]
    last = words[-1]
    parts = last.split("-")
    den = _ordinal(parts[-1])
    if den is None:
        return None
    head = words[:-1]
    if len(parts) == 2:  # "twenty-firsts"
        tens = _tens().get(parts[0])
        if tens is None:
            return None
        den += tens
    elif (
        head
        and head[-1] in _tens()
        and (len(head) == 1 or head[-2] in ("hundred", "thousand") or head[-2] in _tens() or head[-2] in _units())
    ):
        if len(head) > 1 and head[-2] != "and":
            den += _tens()[head[-1]]
            head = head[:-1]
    elif head and head[-1] in ("hundred", "thousand") and len(head) >= 3 and cardinal(head) is None:
        den = den + int(cardinal(head[1:]) or 0)
        head = head[:1]
    num = cardinal(head) if head not in ([], ["a"], ["an"]) else 1.0
    if num is None:
        return None
    return num / den * scale


def mixed(words: list[str]) -> Num | None:
    """A whole number, a fraction, or "X and a half" style sums, in words.

    >>> mixed("one and a half".split()), mixed("five and a half million".split())
    (1.5, 5500000.0)
    >>> mixed("three million and a quarter".split()), mixed("one hundred and three and two thirds".split())
    (3250000.0, 103.66666666666667)
    """
    value = cardinal(words)
    if value is not None:
        return value
    value = fraction(words)
    if value is not None:
        return value
    for i in range(len(words) - 1, 0, -1):
        if words[i] != "and":
            continue
        whole, frac_words = words[:i], words[i + 1 :]
        w = cardinal(whole)
        if w is None:
            continue
        tail_scale = frac_words[-1] if frac_words[-1] in _scales() else None
        f = fraction(frac_words[:-1] if tail_scale else frac_words)
        if f is None:
            continue
        whole_scale = next((_scales()[x] for x in reversed(whole) if x in _scales() and x != "hundred"), None)
        if tail_scale and whole_scale is None:
            return (w + f) * _scales()[tail_scale]
        if tail_scale:
            return w + f * _scales()[tail_scale]
        if whole_scale:
            return w + f * whole_scale
        return w + f
    return None
