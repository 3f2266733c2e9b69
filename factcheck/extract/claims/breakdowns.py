"""Per-owner breakdowns: "Country A sent 40 jets, Country B 12, and Countries C and D six each".

A figure that comes right after one or more names, in a sentence whose figure before it has an owner,
is a sibling of that figure: the same measure and group, owned by the names. "six each" after two
names gives each of them six; two names without "each" share the figure.
"""

from __future__ import annotations

import re

from ...model import Claim, Count, Frame
from ..numbers import NumberMention
from .countdoc import CountDoc, make_claim
from .frames import owner_name

_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_NAMES_BEFORE = re.compile(
    rf"(?:[,;]\s*(?:and\s+|while\s+|but\s+)?|\s(?:and|while|but)\s+)"
    rf"((?:[A-Z][a-z]+\s+)?{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)\s+$"
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_EACH = re.compile(r"\s+each\b", re.I)
_CLASS_WORDS = frozenset({"Countries", "Nations", "States", "Members", "Allies", "Partners"})


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
