"""Participants claims: the countries taking part in a force, coalition or operation.

From lists of country names after a force noun ("units of the armed forces of Russia, Belarus and
Armenia", "peacekeepers from Russia and Belarus"), lists of demonyms before one ("Tajik and Kyrgyz
peacekeepers", "Belgian and Dutch police"), and "X-led". A country merely mentioned, or the
host a force is sent to, is not a participant. "X-led" names the leader, not the membership: it is
its own claim (key ``participants:leader``), dropped where the same document lists a set holding X.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Claim, Participants
from .context import Prepared, attribution
from .lexicon import alternation, country_index, data
from .text import squash


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    index = country_index()
    country = r"(?<![\w-])" + alternation(list(index)) + r"(?![\w-])"
    item = rf"(?:the\s+)?{country}"
    lst = re.compile(rf"{item}(?:\s*,\s*{item})*(?:\s*,?\s+(?:and|&)\s+{item})?")
    forces = alternation(data("claim_words.json")["force_nouns"])
    before = re.compile(
        rf"(?<![\w-]){forces}(?![\w-])(?:\s+(?:of\s+the\s+armed\s+forces|of\s+\w+|[\w-]+)){{0,3}}?\s+"
        rf"(?:from|of|including|comprising|by)\s+$",
        re.I,
    )
    after = re.compile(rf"^(?:\s+[a-z][\w-]*){{0,2}}\s+{forces}(?![\w-])", re.I)
    led = re.compile(r"(?<![\w-])" + alternation(list(index)) + r"-led\b")
    return re.compile(country), lst, before, after, led  # type: ignore[return-value]


def _codes(text: str) -> tuple[str, ...]:
    country, *_ = _patterns()
    index = country_index()
    return tuple(sorted({index[squash(m.group())] for m in country.finditer(text.removesuffix("-led"))}))


def extract(prep: Prepared) -> list[Claim]:
    """Participants claims of one document, in text order."""
    text = prep.doc.text
    _, lst, before, after, led = _patterns()  # type: ignore[misc]
    found: list[tuple[int, int, tuple[str, ...], bool]] = []
    for m in lst.finditer(text):
        if prep.is_ignored(m.start(), m.end()):
            continue
        codes = _codes(m.group())
        if len(codes) < 2:
            continue
        sent = prep.sentence(m.start())
        lead = before.search(text[max(sent.start, m.start() - 80) : m.start()])
        follow = after.match(text[m.end() : min(sent.end, m.end() + 60)])
        if lead:
            found.append((m.start() - len(lead.group()), m.end(), codes, False))
        elif follow:
            found.append((m.start(), m.end() + follow.end(), codes, False))
    for m in led.finditer(text):
        if not prep.is_ignored(m.start(), m.end()):
            found.append((m.start(), m.end(), _codes(m.group()), True))
    listed = [set(codes) for _, _, codes, single in found if not single]
    claims = []
    for start, end, codes, single in sorted(found):
        if single and any(set(codes) <= s for s in listed):
            continue
        sent = prep.sentence(start)
        claims.append(
            Claim(
                id="",
                document=prep.doc.id,
                type="participants",
                value=Participants(countries=codes),
                text=text[start:end],
                start=start,
                end=end,
                sentence=squash(text[sent.start : sent.end]),
                key="participants:leader" if single else "participants",
                subject="leading country" if single else "participating countries",
                scope=prep.scope(start),
                attribution=attribution(text[sent.start : sent.end]),
            )
        )
    return _dedupe(claims)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per span: a "X-led" headline repeated three times is one claim per line still."""
    seen: set[tuple[int, int]] = set()
    out = []
    for c in claims:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(c)
    return out
