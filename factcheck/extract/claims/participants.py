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

from ...model import Claim, Participants
from ..context import Prepared
from ..lexicon import country_index, data
from ..scan import gated, trie
from ..text import Span, squash


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The country, list, force-before, force-after and "X-led" patterns.

    The same patterns as ``alternation`` would give, written as gated tries (``scan``): a scan then skips in C
    from one possible first letter of a country to the next.
    """
    index = country_index()
    bound = r"(?![\w-])"
    country = gated(list(index), after=bound)
    item = rf"(?:the\s+)?{country}"
    first = gated(list(index), after=bound, lead={"t": rf"he\s+{country}"})
    lst = re.compile(rf"{first}(?:\s*,\s*{item})*(?:\s*,?\s+(?:and|&)\s+{item})?")
    forces = trie(data("claim_words.json")["force_nouns"], icase=True)
    before = re.compile(
        rf"(?<![\w-]){forces}(?![\w-])(?:\s+(?:of\s+the\s+armed\s+forces|of\s+\w+|[\w-]+)){{0,3}}?\s+"
        rf"(?:from|of|including|comprising|by)\s+$",
        re.I,
    )
    after = re.compile(rf"^(?:\s+[a-z][\w-]*){{0,2}}\s+{forces}(?![\w-])", re.I)
    led = re.compile(gated(list(index), after=r"-led\b"))
    return re.compile(country), lst, before, after, led


def _codes(text: str) -> tuple[str, ...]:
    country, *_ = _patterns()
    index = country_index()
    return tuple(sorted({index[squash(m.group())] for m in country.finditer(text.removesuffix("-led"))}))


def extract(prep: Prepared) -> list[Claim]:
    """Participants claims of one document, in text order."""
    text = prep.doc.text
    _, lst, before, after, led = _patterns()
    found: list[tuple[int, int, tuple[str, ...], bool, Span]] = []  # the sentence last: it is never compared
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
            found.append((m.start() - len(lead.group()), m.end(), codes, False, sent))
        elif follow:
            found.append((m.start(), m.end() + follow.end(), codes, False, sent))
    for m in led.finditer(text) if "-led" in text else ():
        if not prep.is_ignored(m.start(), m.end()):
            found.append((m.start(), m.end(), _codes(m.group()), True, prep.sentence(m.start())))
    listed = [set(codes) for _, _, codes, single, _ in found if not single]
    claims = []
    for start, end, codes, single, sent in sorted(found, key=lambda f: f[:4]):
        if single and any(set(codes) <= s for s in listed):
            continue
        claims.append(
            Claim(
                id="",
                document=prep.doc.id,
                type="participants",
                value=Participants(countries=codes),
                text=text[start:end],
                start=start,
                end=end,
                sentence=prep.said(sent)[0],
                key="participants:leader" if single else "participants",
                subject="leading country" if single else "participating countries",
                scope=prep.scope(start),
                attribution=prep.said(sent)[1],
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
