"""Per-owner breakdowns: "Country A sent 40 jets, Country B 12, and Countries C and D six each"; "Serrin
accounts for 141 of the cases, followed by Kallow with 48"; "... and Tolvane, where the first cases appeared
on Sunday, 33"; and lists under a heading, "By district: Serrin 1,290, Kallow 610 and Umbre 480", whose
figures break down a total given just before (the one they add up to, or else the last one they fit in).

A figure that comes right after one or more names, in a sentence whose figure before it has an owner,
is a sibling of that figure: the same measure and group, owned by the names. "six each" after two
names gives each of them six; two names without "each" share the figure.
"""

from __future__ import annotations

import re

from ...model import MORE, PART, Claim, Count, Frame
from ..numbers import NumberMention
from .countdoc import CountDoc, make_claim
from .frames import owner_name

_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# ", Country B 12", "and Tolvane, where the first cases appeared, 33", "followed by Kallow with 48"
_NAMES_BEFORE = re.compile(
    rf"(?:[,;]\s*(?:and\s+|while\s+|but\s+)?(?:followed\s+by\s+|then\s+)?|\s(?:and|while|but)\s+)"
    rf"((?:[A-Z][a-z]+\s+)?{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)"
    r"(?:,\s+(?:where|which|who)\b[^,;]{0,80},)?\s+(?:with\s+)?$"
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_EACH = re.compile(r"\s+each\b", re.I)
_CLASS_WORDS = frozenset({"Countries", "Nations", "States", "Members", "Allies", "Partners"})


# "By district: Serrin 1,290, Kallow 610 and Umbre 330": a heading word, then names and figures
_BY_HEADING = re.compile(
    r"(?i:by)\s+(?i:district|region|province|state|county|city|town|country|area|municipality|department|"
    r"governorate|prefecture|island|site|hospital)s?\s*[:—–-]\s*"
)
_LISTED = re.compile(rf"({_NAME})\s+(\d[\d,]*)\b")
_SENTENCES_BACK = 3


def heading_list(doc: CountDoc, m: NumberMention, done: list[Claim]) -> Claim | None:
    """The first figure of a list under a heading ("By district: Serrin 1,290, Kallow 610 and Umbre 330"), as
    its name's share of the total the list breaks down: the claim before that the figures add up to, or else
    the last one at least as large as their sum (in this sentence or the few before). None when it is no such
    list, or no total fits."""
    if m.kind != "number":
        return None
    text = doc.text
    sent = doc.sentence(m.start)
    if doc.low[sent.start : sent.start + 2] != "by":
        return None  # what _BY_HEADING opens with (asked of every figure)
    heading = _BY_HEADING.match(text, sent.start)
    if heading is None:
        return None
    first = _LISTED.match(text, heading.end(), sent.end)
    if first is None or first.end(2) != m.end:
        return None
    total = sum(int(x.group(2).replace(",", "")) for x in _LISTED.finditer(text, heading.end(), sent.end))
    lo = sent.start
    for _ in range(_SENTENCES_BACK):
        lo = doc.sentence(lo - 1).start if lo > 0 else lo
    wholes = [
        c
        for c in done
        if lo <= c.start < sent.start
        and isinstance(c.value, Count)
        and c.value.nominal is not None
        and c.frame.measure is not None
        and c.frame.place is None
        and c.frame.owner is None
        and c.frame.counted not in (PART, MORE)
    ]
    whole = next((c for c in reversed(wholes) if c.value.nominal == total), None)  # type: ignore[union-attr]
    if whole is None:
        whole = next((c for c in reversed(wholes) if c.value.nominal >= total), None)  # type: ignore[union-attr, operator]
    if whole is None:
        return None
    value = whole.value
    assert isinstance(value, Count)
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit=value.unit)
    f = whole.frame
    frame = Frame(measure=f.measure, counted=f.counted, owner=owner_name(first.group(1)), event=f.event)
    return make_claim(doc, m, sent, whole.type, count, first.start(), m.end, frame, whole.subject)


def breakdown(doc: CountDoc, m: NumberMention, done: list[Claim]) -> list[Claim] | None:
    """The claims of figure ``m`` when it is a named owner's share of a breakdown begun by the claim before it,
    or None."""
    prev = done[-1] if done else None
    if prev is None or not prev.frame.owner or prev.type == "date":
        return None
    text = doc.text
    sent = doc.sentence(m.start)
    if prev.start < sent.start:
        return None
    lead = _NAMES_BEFORE.search(text, prev.end, m.start)
    if lead is None:
        return None
    words = lead.group(1).split()
    if words[0] in _CLASS_WORDS:
        words = words[1:]  # "Countries C and D": C and D
    names = [n for n in _SPLIT.split(" ".join(words)) if n]
    names = [n[4:] if n.startswith("the ") else n for n in names]
    each = _EACH.match(text, m.end)
    end = each.end() if each else m.end
    owners = [owner_name(n) for n in names] if each or len(names) == 1 else [" and ".join(owner_name(n) for n in names)]
    value = prev.value
    assert isinstance(value, Count)
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit=value.unit)
    start = lead.start(1)
    out = []
    for owner in owners:
        f = prev.frame
        frame = Frame(measure=f.measure, counted=f.counted, place=f.place, owner=owner, event=f.event)
        out.append(make_claim(doc, m, sent, prev.type, count, start, end, frame, prev.subject))
    return out
