"""Amounts of money: the figure, its currency as an ISO 4217 code, its hedge and what it is said to be.

"around $15 billion", "£1.9bn", "€2 million", "Rs 4 crore", "up to US $ 4.6 billion", "between $3bn
and $5bn", "5 million euros". A money amount is never a count of people, whatever casualty word
stands near it ("compensation of $5,000 for the families of those killed" is money). What the money
is ("damage", "compensation", "aid") comes from ``data/currencies.json``; an amount whose purpose
the sentence does not name is kept out of findings by the caller.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ...model import Claim, Count
from ..lexicon import alternation, country_index, country_name, data
from ..numbers import NumberMention, hedge_before
from ..numbers.forms import trie_regex
from ..text import singular, squash


class Money(NamedTuple):
    """An amount read at a figure: where the quote starts and ends, its interval and its currency."""

    start: int
    end: int
    nominal: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    currency: str
    joined: bool  # the next figure was the top of this amount's range ("between $3bn and $5bn")


@cache
def _table() -> dict[str, dict[str, str]]:
    return data("currencies.json")  # type: ignore[no-any-return]


@cache
def _before() -> re.Pattern[str]:
    signs = sorted(_table()["before"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in signs) + r")\s?$")


@cache
def _after() -> re.Pattern[str]:
    # a letter trie, longest first like an alternation: tried after every figure
    return re.compile(r"\s+" + trie_regex(_table()["after"]) + r"(?![\w-])")


_RANGE_GAP = re.compile(r"\s*(?:and|to|-|–|—)\s*", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)


def currency_at(text: str, m: NumberMention) -> tuple[str, int, int] | None:
    """The currency of the figure ``m`` and the quote's start and end with it, or None when it is no amount."""
    before = text[max(0, m.start - 6) : m.start]
    sign = _before().search(before)
    if sign is not None:
        code = _table()["before"].get(squash(sign.group()).replace(" ", ""))
        code = code or _table()["before"].get(sign.group().strip(), "USD")
        return code, m.start - len(sign.group()), m.end
    word = _after().match(text, m.end)
    if word is not None and (m.kind == "money" or not word.group().strip().lower().startswith("won")):
        return _table()["after"][squash(word.group())], m.start, word.end()
    return None


def read_money(text: str, m: NumberMention, nxt: NumberMention | None) -> Money | None:
    """The amount of money at the figure ``m`` (``nxt``: the figure after it), or None."""
    found = currency_at(text, m)
    if found is None:
        return None
    code, start, end = found
    value = m.value
    low, high, qualifier, nominal = m.low, m.high, m.qualifier, m.value
    if m.qualifier == "exact" and value is not None:
        hedge = hedge_before(text, start, value)
        if hedge is not None:
            qualifier, low, high, start = hedge
    if nxt is not None and value is not None and nxt.value is not None and m.qualifier == "exact":
        top = currency_at(text, nxt)
        between = _BETWEEN.search(text[max(0, start - 10) : start])
        if top is not None and top[0] == code and _RANGE_GAP.fullmatch(text, m.end, top[1]) and nxt.value > value:
            begin = start - len(between.group()) if between else start
            return Money(begin, top[2], None, value, nxt.value, "between", code, True)
    return Money(start, end, nominal, low, high, qualifier, code, False)


_SET_AGAINST = re.compile(
    r"[^.;:]{0,40}?\b(?:against|versus|vs\.?|compared\s+(?:with|to)|rather\s+than|instead\s+of|while)\b[^.;:\d]{0,30}$",
    re.I,
)
_NOTHING_COUNTED = re.compile(r"\s*(?:[.,;:)\"”]|$|(?:in|for|a|per|each|this|last|next|by|over|as)\b)", re.I)
_SCALE = re.compile(r"(?:million|billion|trillion|bn|m)\b", re.I)


def same_currency(text: str, m: NumberMention, prev: Claim) -> Money | None:
    """An amount whose currency is left out because the amount just before it gave it: "the ministry puts the cost
    at 250 million crowns, against the employers' 400 million". Only a figure with a scale word ("million") set
    against the amount before it in the same sentence reads so (not an earlier value: "up from 2 billion")."""
    value = prev.value
    if not isinstance(value, Count) or prev.frame.counted is None or prev.frame.measure not in ("money", None):
        return None
    if prev.frame.measure is None and prev.frame.counted != "money":
        return None
    if not _SCALE.search(m.text) or not _SET_AGAINST.match(text, prev.end, m.start):
        return None
    if not _NOTHING_COUNTED.match(text, m.end):
        return None  # "aid of $5 million went to 2 million people": people, not money
    return Money(m.start, m.end, m.value, m.low, m.high, m.qualifier, value.unit or "", False)


@cache
def _purposes() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, list[str]] = _table()["money_nouns"]  # type: ignore[assignment]
    forms = {squash(f).lower(): key for key, fs in table.items() for f in fs}
    return re.compile(r"(?<![\w-])" + alternation(list(forms)) + r"(?![\w-])", re.I), forms


_FOR = re.compile(r"\s+(?:for|towards?|to\s+pay\s+for|to\s+cover|on)\s+(?:the\s+|their\s+|its\s+|an?\s+)?", re.I)


@cache
def _per_unit() -> re.Pattern[str]:
    units = alternation(_table()["per_unit"])  # type: ignore[arg-type]
    return re.compile(
        rf"\s*(?:,\s*)?(?:(?:for|to)\s+(?:each|every)|per|a|an|each|every)\s+(?:[a-z]+ed\s+|eligible\s+|grieving\s+)?"
        rf"({units})(?:s|es)?(?![\w-])(?!\s+(?:earlier|ago|later|before|after|on)\b)|\s+(each|apiece)\b",
        re.I,
    )


def purpose(text: str, clause: tuple[int, int], sent: tuple[int, int], at: int, end: int) -> str | None:
    """What the amount at ``text[at:end]`` is said to be: what it is "for" when that is named right after it
    ("2 million dollars for emergency housing"), else the nearest money noun of its clause, else of its
    sentence, before it first. An amount given per unit is a rate of that purpose, never a total of it
    ("5,000 dollars for every household": "aid per household").

    >>> t = "The county set aside $2m for emergency housing, and an appeal has raised $86,500."
    >>> purpose(t, (0, 46), (0, len(t)), 22, 25), purpose(t, (46, len(t)), (0, len(t)), 72, len(t) - 1)
    ('housing', 'donations')
    >>> t = "It announced a $25m relief fund, including $5,000 for every household."
    >>> purpose(t, (0, len(t)), (0, len(t)), 15, 19), purpose(t, (0, len(t)), (0, len(t)), 43, 49)
    ('aid', 'aid per household')
    >>> t = "It will pay 200,000 crowns to each bereaved family in compensation."
    >>> purpose(t, (0, len(t)), (0, len(t)), 12, 26)
    'compensation per family'
    """
    pattern, forms = _purposes()
    best: re.Match[str] | None = None
    after = _FOR.match(text, end, sent[1])
    if after is not None:
        best = pattern.match(text, after.end(), sent[1])
        if best is None:  # "for the families' emergency housing": one or two words before the noun
            words = re.match(r"(?:[\w'’-]+\s+){1,2}", text[after.end() : sent[1]])
            best = pattern.match(text, after.end() + words.end(), sent[1]) if words else None
    for lo, hi in (clause, sent):
        if best is not None:
            break
        for p in pattern.finditer(text, lo, hi):
            if best is None or abs(p.start() - at) < abs(best.start() - at) or (p.start() < at < best.start()):
                best = p
    if best is None:
        return None
    what = forms[squash(best.group()).lower()]
    per = _per_unit().match(text, end, sent[1])
    if per is not None:
        unit = (per.group(1) or "").lower()
        what = f"{what} per {singular(unit)}" if unit else f"{what} each"
    return what


# Who gives an amount: a country that is the subject of a verb of giving, or names the amount beside it; or any
# other giver named as the verb's subject ("the government", "the operator", "LNR has so far paid") or agent
# ("promised by the operator")
_NAME = r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)"
_GIVER_NOUN = r"(government|cabinet|company|operator|airline|insurer|ministry|council)"
_GIVER_VERB = re.compile(
    rf"(?:\b{_NAME}|\b[Tt]he\s+{_GIVER_NOUN})(?:\s+government)?(?:\s+(?:has|have|had|also|would|will|is\s+to|"
    r"said\s+it\s+would|says\s+it\s+will|plans\s+to|so\s+far|already|agreed\s+to))*\s+(?:pledged?|pledges|"
    r"offered|offers?|donated|donates?|gave|gives?|given|provided?|provides|promised|promises?|committed|commits?|"
    r"contributed|contributes?|sent|sends?|pay|pays|paid)\s+"
    r"(?:(?:a\s+further|another|an\s+additional|up\s+to|about|around|some|nearly|more\s+than|over)\s+)?$"
)
_GIVER_RAISED = re.compile(  # "Japan has doubled its initial pledge to $10 million"
    rf"\b{_NAME}\s+(?:has\s+|had\s+)?[a-z]+\s+its\s+(?:[a-z]+\s+)?(?:pledge|contribution|donation|aid|offer)\s+"
    r"(?:to\s+)?$"
)
_GIVER_BESIDE = re.compile(
    rf"(?:^|[,;]\s*|\b(?:and|while|whereas)\s+|\(\s*)(?:the\s+)?{_NAME}\s+\(\s*$"  # "Australia (A$3 million)"
    rf"|(?:[,;]\s*(?:and\s+)?|\band\s+){_NAME}\s+$"  # "and Australia A$3 million": its verb left out
    rf"|{_NAME}['’]s\s+$"  # "Japan's 10 million dollars"
)
_GIVER_BY = re.compile(  # "the 30,000 euros already promised by the operator, Lorvassian National Railways"
    r"\s+(?:already\s+|so\s+far\s+)?(?:promised|pledged|paid|offered|given|provided|donated)\s+by\s+"
    rf"(?:the\s+{_GIVER_NOUN}(?:,\s+{_NAME})?|(?:the\s+)?{_NAME})"
)
_GIVER_NOUNS = {"cabinet": "government"}


def giver(text: str, sent_start: int, start: int, end: int | None = None, sent_end: int | None = None) -> str | None:
    """Who gives the amount at ``text[start:end]``, where the text says so: "Japan has pledged $5 million", "the
    UK government said it would provide £2 million", "Australia (A$3 million)", "and Australia A$3 million",
    "Japan's 10 million dollars"; "the cabinet agreed to pay 20,000 euros", "LNR has so far paid 35,000 euros",
    "30,000 euros promised by the operator". A name beside an amount only when it is a country's: any other
    name there may be who receives it."""
    lead = text[max(sent_start, start - 120) : start]
    beside = _GIVER_BESIDE.search(lead) or _GIVER_RAISED.search(lead)
    if beside is not None:
        return _country(next(g for g in beside.groups() if g))
    verb = _GIVER_VERB.search(lead)
    if verb is None and end is not None:
        verb = _GIVER_BY.match(text, end, sent_end if sent_end is not None else len(text))
    if verb is None:
        return None
    groups = [g for g in verb.groups() if g]
    name = groups[-1]
    if name[:1].islower():
        return _GIVER_NOUNS.get(name, name)  # "the cabinet", "the operator"
    name = name[4:] if name.startswith("The ") else name
    return _country(name) or (name if name not in _NOT_GIVERS else None)


_NOT_GIVERS = frozenset({"It", "They", "He", "She", "We", "This", "That", "Officials", "Donors"})


def _country(name: str) -> str | None:
    name = name[4:] if name.startswith("The ") else name
    code = country_index().get(name)
    return country_name(code) if code is not None else None
