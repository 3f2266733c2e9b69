"""Values of English number words: "two thousand five hundred", "half a dozen", "two thirds".

Pure functions over lower-case word lists; the word tables are ``data/number_words.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..lexicon import data

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

    Plain digit strings may stand for the part below a scale word ("3 hundred and 21").

    >>> cardinal("two thousand five hundred".split()), cardinal(["twenty", "five"])
    (2500.0, 25.0)
    >>> cardinal("three hundred and two dozens".split()), cardinal("half a dozen".split())
    (324.0, 6.0)
    >>> cardinal("two hundred point zero three".split()), cardinal(["one", "one"])
    (200.03, None)
    >>> cardinal("4 thousand 3 hundred and 21".split()), cardinal("three lakh crore".split())
    (4321.0, 3000000000000.0)
    >>> cardinal("one million two hundred thousand".split()), cardinal("a hundred thousand".split())
    (1200000.0, 100000.0)
    >>> cardinal("two hundred point seventy one".split()), cardinal("quarter million".split())
    (200.71, 250000.0)
    >>> cardinal("half a million".split()), cardinal("half three".split())
    (500000.0, None)
    >>> cardinal("5 million and 300".split()), cardinal("3 hundred and 21".split())
    (None, 321.0)
    """
    if not words:
        return None
    if "point" in words:
        return _decimal(words)
    if words[0] in ("half", "quarter") and words[1:-1] in ([], ["a"], ["an"]) and len(words) > 1:
        base = 12 if words[-1] in tables()["dozens"] else _scales().get(words[-1])
        return None if base is None else base / (2 if words[0] == "half" else 4)  # "half a million"
    total, current, last, prev, chunk = 0.0, 0.0, 0.0, "", 0.0
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "and":
            if prev != "scale":
                return None  # "three and two" is not one number
            prev = w
            continue
        if w in ("a", "an"):
            if prev not in ("", "scale", "and") or (nxt not in _scales() and nxt not in tables()["dozens"]):
                return None
            current, last, prev = current + 1, 1.0, "unit"
        elif w.isdigit() and w.isascii():
            if prev in ("unit", "teen", "tens", "digits") or (prev == "and" and int(w) == 0):
                return None  # "4000 3", "and 0"
            if prev == "and" and (i < 2 or words[i - 2] != "hundred" or int(w) >= 100):
                return None  # "$5 million and 300 people": two figures; "3 hundred and 21" is one
            current, last, prev = current + int(w), float(int(w)), "digits"
        elif w in _units():
            if prev in ("unit", "teen", "digits") or (prev == "tens" and _units()[w] >= 10):
                return None
            v = _units()[w]
            current, last, prev = current + v, float(v), ("teen" if v >= 10 else "unit")
        elif w in _tens():
            if prev in ("unit", "tens", "teen", "digits"):
                return None
            current, last, prev = current + _tens()[w], float(_tens()[w]), "tens"
        elif w == "hundred":
            if current >= 100:
                return None  # "3 hundred and 2 hundred" is two numbers
            current, last, prev = (current or 1) * 100, 0.0, "scale"
        elif w in _scales():
            before = words[i - 1] if i else ""
            if before in _scales() and before != "hundred" and _scales()[before] < _scales()[w]:
                total += chunk * (_scales()[w] - 1)  # "lakh crore", "thousand million"
                chunk *= _scales()[w]
            else:
                chunk = (current or 1) * _scales()[w]
                total += chunk
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


def _decimal(words: list[str]) -> Num | None:
    """ "X point Y Z": the whole part in words, then one digit (or one two-digit word) per word."""
    i = words.index("point")
    whole = cardinal(words[:i]) if i else 0.0
    digits, rest = "", [w for w in words[i + 1 :] if w != "and"]
    for k, w in enumerate(rest):
        if w in _tens() and k + 1 < len(rest) and 0 < _units().get(rest[k + 1], 0) < 10:
            continue  # "seventy one": the unit adds to this tens word
        if k and rest[k - 1] in _tens() and 0 < _units().get(w, 0) < 10:
            digits += str(_tens()[rest[k - 1]] + _units()[w])
            continue
        digits += _digits(w) or "x"
    if whole is None or not digits or "x" in digits:
        return None
    return float(f"{int(whole)}.{digits}")


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


_HALVES = frozenset({"half", "halves", "quarter", "quarters"})


def fraction(words: list[str]) -> Num | None:
    """The value of a fraction in words ("two thirds", "a half", "three twenty-firsts").

    A singular ordinal takes "a" or "one" only: "two millionth" is no fraction.

    >>> fraction(["two", "thirds"]), fraction(["a", "half"]), fraction(["three", "twenty-firsts"])
    (0.6666666666666666, 0.5, 0.14285714285714285)
    >>> fraction("one hundred thirty fifths".split()), fraction("one hundred and thirty fifths".split())
    (2.857142857142857, 26.0)
    >>> fraction("a twenty first".split()), fraction("two millionth".split()), fraction("a trillionth".split())
    (0.047619047619047616, None, 1e-12)
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
        and (len(head) == 1 or head[-2] in ("hundred", "thousand", "a", "an", *_tens(), *_units()))
    ):
        if len(head) > 1 and head[-2] != "and":
            den += _tens()[head[-1]]
            head = head[:-1]
    else:
        core = head[:-1] if head[-1:] == ["and"] else head
        if core and core[-1] in ("hundred", "thousand") and len(core) >= 3 and cardinal(core) is None:
            den = den + int(cardinal(core[1:]) or 0)  # "one | one hundred (and) fifth"
            head = core[:1]
    num = cardinal(head) if head not in ([], ["a"], ["an"]) else 1.0
    if num is None or (num != 1 and parts[-1] in tables()["ordinals"] and parts[-1] not in _HALVES):
        return None
    return num / den * scale


def mixed(words: list[str]) -> Num | None:
    """A whole number, a fraction, or "X and a half" style sums, in words.

    A whole plus a proper fraction reads before a fraction of the whole: "one hundred and three
    quarters" is 100.75, but "one hundred and thirty fifths" is 130/5.

    >>> mixed("one and a half".split()), mixed("five and a half million".split())
    (1.5, 5500000.0)
    >>> mixed("three million and a quarter".split()), mixed("one hundred and three and two thirds".split())
    (3250000.0, 103.66666666666667)
    >>> mixed("one hundred and three quarters".split()), mixed("two million and three fifths".split())
    (100.75, 2600000.0)
    """
    value = cardinal(words)
    if value is not None:
        return value
    value = _whole_and_fraction(words)
    if value is not None:
        return value
    return fraction(words)


def _whole_and_fraction(words: list[str]) -> Num | None:
    for i in range(len(words) - 1, 0, -1):
        if words[i] != "and":
            continue
        whole, frac_words = words[:i], words[i + 1 :]
        w = cardinal(whole)
        if w is None or not frac_words:
            continue
        tail_scale = frac_words[-1] if frac_words[-1] in _scales() else None
        f = fraction(frac_words[:-1] if tail_scale else frac_words)
        if f is None or f >= 1:
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
