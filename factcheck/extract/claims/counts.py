"""Count claims: troops, deaths, injuries, arrests, missing, durations and other quantities.

Two steps, as everywhere in this package: ``parse_numbers`` finds the figures (with their hedges)
and this module decides, from the words around each figure, what it counts.

- the counted noun phrase is read to the right of the figure ("about 2,500 UN peacekeepers",
  "250 pieces of equipment", "10,000 members of the Armed Forces");
- the claim type comes from a casualty word bound to the figure: right before it ("detained more
  than 10,000", "killed 59"), or after its noun within its stretch of the clause ("39 people had
  been killed and 150 wounded"), or, for a bare figure, anywhere in the sentence ("the number of
  people killed ... rose to 233");
- otherwise troop nouns give ``troops``, time units ``duration``, other nouns ``quantity``.

Each pattern below is tried only where a cheap test (a character, a substring of the lower-cased
text) says it can match; ``_Doc`` looks sentences, clauses and dates up once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Any

from ...model import Claim, Count, Number, Scope
from ..context import Prepared
from ..lexicon import alternation, data
from ..numbers import NumberMention, parse_numbers
from ..numbers.forms import trie_regex
from ..numbers.scan import FOLDS
from ..text import Span, singular, squash
from .events import event_key
from .nouns import Noun, noun_after, partitives
from .nouns import counted as counted_thing

_COUNTABLE_KINDS = frozenset({"number", "range", "vague"})

_SKIP_VAGUE = frozenset({"several", "a few", "few", "a couple of", "couple", "some"})
_PLACE_QUALIFIER = re.compile(
    r"\b(?:in|across)\s+((?:[A-Z][\w'-]+\s+){1,3}(?:[Pp]rovince|[Rr]egion|[Ss]tate|[Dd]istrict|[Cc]ounty|[Cc]ity))\b"
)
_PLACE_WORDS = re.compile(r"rovince|egion|tate|istrict|ounty|ity")  # one of them is in every _PLACE_QUALIFIER
_PLACE_NAMED = re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:Province|Region|State|District|County))\b")
_THERE = re.compile(r"^[^,.;]{0,40}\bthere\b")
_MAGNITUDE_LEFT = re.compile(r"magnitude(?:\s+of)?[\s-]*$", re.I)
_GLUED_SUFFIX = re.compile(r"-([a-z]+)(?:-long|-old)?\b")
_NAME_LEFT = re.compile(r"[A-Za-z]-?$")
_NAME_LEFT_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-\n")  # what _NAME_LEFT ends on
_GLUED_AFTER = re.compile(r"[A-Za-z0-9]|[.:/]\d")
_GLUED_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.:/")  # _GLUED_AFTER's
_OF_AFTER = re.compile(r"\s+of\b")
_CONVERSION = re.compile(r"\d\s*[A-Za-z]+\s*\(\s*(?:about\s+|some\s+|around\s+)?$")
_OTHERS = re.compile(r"\s+others?\b")
_CLAUSE_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|with)\b|\.\s|\s[—–]\s")
_WHO_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
_PREDICATE_BEFORE = re.compile(r"\b(?:were|was|are|is|remain(?:ed)?)\s+$")
_AMONG_THEM = re.compile(r"\bamong them\b", re.I)
_POPULATION_LEFT = re.compile(r"\b([a-z]+)\s+of\s*$")
_FILLERS = frozenset(
    {"the", "a", "an", "at", "of", "to", "by", "was", "were", "is", "are", "had", "have", "has", "been"}
)
_TRANSITIVE = frozenset({"killed", "wounded", "injured", "arrested", "detained", "kidnapped", "shot"})


@cache
def _any_cue() -> re.Pattern[str]:
    """``phrase_pattern`` of every casualty phrase, with the phrases as a letter trie: the phrases that match at
    one place are prefixes of one another and the trie tries them longest first, as the alternation does, so
    it finds the same matches, with one branch per letter instead of one per phrase."""
    forms = {" ".join(f.lower().split()) for fs in data("claim_words.json")["casualty"].values() for f in fs}
    return re.compile(r"(?<![\w-])" + trie_regex(sorted(forms)) + r"(?![\w-])", re.I)


@cache
def _cue_keys() -> re.Pattern[str]:
    """The longest word of each casualty phrase, to look for in lower-cased text before ``_any_cue`` is tried."""
    forms = [f for fs in data("claim_words.json")["casualty"].values() for f in fs]
    return re.compile(trie_regex({max(f.lower().split(), key=len) for f in forms}))


def _may_cue(window: str) -> bool:
    """False only when ``_any_cue`` cannot match in ``window`` (none of its words is in it)."""
    low = window.lower()
    if len(low) != len(window) or "\u0131" in low or "\u017f" in low:
        return True  # lower-casing is not what re.IGNORECASE matches here: let the pattern decide
    return _cue_keys().search(low) is not None


@cache
def _cue_type() -> dict[str, str]:
    return {f.lower(): t for t, fs in data("claim_words.json")["casualty"].items() for f in fs}


@cache
def _troops() -> re.Pattern[str]:
    return re.compile(alternation(data("claim_words.json")["troops"]) + r"$", re.I)


@lru_cache(maxsize=4096)
def _is_troops(phrase: str) -> bool:
    return _troops().search(phrase) is not None


@cache
def _hedge_verbs() -> dict[str, re.Pattern[str]]:
    return {
        q: re.compile(alternation(forms) + r"\s*$", re.I)
        for q, forms in data("claim_words.json")["hedge_verbs"].items()
    }


@cache
def _hedge_verb_ends() -> dict[str, frozenset[str]]:
    """The letters each hedge verb list can end on, in any case re.IGNORECASE allows."""
    ends: dict[str, frozenset[str]] = {}
    for q, forms in data("claim_words.json")["hedge_verbs"].items():
        last = {f.strip()[-1].lower() for f in forms}
        ends[q] = frozenset(c for x in last for c in x + x.upper() + FOLDS.get(x, ""))
    return ends


def _hedge_verb(q: str, window: str) -> re.Match[str] | None:
    """``_hedge_verbs()[q].search(window)`` (None without such a list), tried only when ``window`` ends on a
    letter one of the verbs ends on."""
    if q not in _hedge_verbs() or window.rstrip()[-1:] not in _hedge_verb_ends()[q]:
        return None
    return _hedge_verbs()[q].search(window)


@cache
def _units() -> dict[str, Any]:
    return data("units.json")  # type: ignore[no-any-return]


@cache
def _generic_people() -> frozenset[str]:
    return frozenset(singular(g) for g in data("claim_words.json")["generic_people"])


class _Doc:
    """One document's text and ``Prepared``, with sentence, clause and date look-ups by bisection.

    The answers are those of ``Prepared.sentence``, ``.clause`` and ``.scope`` (the spans are in order).
    """

    __slots__ = ("_clause_starts", "_dates", "_ignored_from", "_odd_dates", "_sent_starts", "prep", "text")

    def __init__(self, prep: Prepared) -> None:
        self.prep = prep
        self.text = prep.doc.text
        self._sent_starts = _starts(prep.sentences)
        self._clause_starts = _starts(prep.clauses)
        self._ignored_from = min((s.start for s in prep.ignored), default=0)  # no figure before it is ignored
        covered = bytearray(len(self.text))
        odd = []
        for d in prep.dates:
            if d.precision == "range":
                continue
            if 0 <= d.char_start < d.char_end <= len(self.text):
                covered[d.char_start : d.char_end] = b"\x01" * (d.char_end - d.char_start)
            else:
                odd.append((d.char_start, d.char_end))
        self._dates = covered
        self._odd_dates = odd

    def sentence(self, offset: int) -> Span:
        if self._sent_starts is None:
            return self.prep.sentence(offset)
        i = bisect_right(self._sent_starts, offset) - 1
        return self.prep.sentences[i if i > 0 else 0]

    def clause(self, offset: int) -> Span:
        if self._clause_starts is None:
            return self.prep.clause(offset)
        i = bisect_right(self._clause_starts, offset) - 1
        return self.prep.clauses[i if i > 0 else 0]

    def scope(self, offset: int) -> Scope:
        return "background" if self.clause(offset).start in self.prep.background else "story"

    def in_date(self, start: int, end: int) -> bool:
        """Whether a date that is no range overlaps ``text[start:end]``."""
        if start >= end:
            return any(d.char_start < end and start < d.char_end and d.precision != "range" for d in self.prep.dates)
        if self._dates.find(1, start, end) >= 0:
            return True
        return bool(self._odd_dates) and any(s < end and start < e for s, e in self._odd_dates)

    def is_ignored(self, start: int, end: int) -> bool:
        """``Prepared.is_ignored``: inside an ignored line (a url, a copyright line)."""
        return start >= self._ignored_from and any(s.start <= start and end <= s.end for s in self.prep.ignored)


def _starts(spans: tuple[Span, ...]) -> list[int] | None:
    """The spans' starts when they are in order and there are any (else the linear look-up is kept)."""
    starts = [s.start for s in spans]
    if not starts or starts != sorted(starts):
        return None
    return starts


def extract(prep: Prepared) -> list[Claim]:
    """Every count claim in the document, in text order (ids are set later)."""
    doc = _Doc(prep)
    text = doc.text
    mentions = [m for m in parse_numbers(text) if _countable(doc, m)]
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        claim = _build(doc, m, next_start, claims)
        if claim is not None:
            claims.append(claim)
    return claims


def _countable(doc: _Doc, m: NumberMention) -> bool:
    text = doc.text
    start, end = m.start, m.end
    if m.kind not in _COUNTABLE_KINDS or doc.is_ignored(start, end):
        return False
    if doc.in_date(start, end):
        return False  # a figure inside a date is no count; "the next 10 days" is still a duration
    if text[start - 1 : start] in _NAME_LEFT_LAST if start else False:
        before = text[start - 12 if start > 12 else 0 : start]
        if _NAME_LEFT.search(before) and not _MAGNITUDE_LEFT.search(before):
            return False  # Il-76, TETs-3, SCP-173: a name, not a count
    after = text[end : end + 8]
    if after[:1] in _GLUED_FIRST and _GLUED_AFTER.match(after[:4]):
        return False
    space_after = after[:1].isspace()
    if m.value == 1 and space_after and _OF_AFTER.match(after[:4]):
        return False  # "one of four"
    lead = start - 30 if start > 30 else 0
    if text.find("(", lead, start) >= 0 and _CONVERSION.search(text[lead:start]):
        return False  # "19 km (11.8 miles)": a conversion of the figure before it
    if space_after and "other" in after and _OTHERS.match(after):
        return False  # "two other earthquakes", "three others": not the story's own count
    return not (m.kind == "vague" and m.text.lower().strip() in _SKIP_VAGUE)


def _cue_left(text: str, start: int, sent_start: int) -> re.Match[str] | None:
    """A casualty word right before the figure: "killed 59", "death toll between", "detained more than"."""
    window = text[max(sent_start, start - 40) : start]
    if not _may_cue(window):
        return None
    found = list(_any_cue().finditer(window))
    if not found:
        return None
    m = found[-1]
    gap = window[m.end() :].split()
    if len(gap) <= 3 and all(g.lower() in _FILLERS for g in gap):
        return m
    return None


def _cue_right(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """The first casualty word after the figure's noun, before the next figure or clause break."""
    window = text[pos:stop]
    if not _may_cue(window):
        return None
    cut = _CLAUSE_CUT.search(window)
    if cut:
        window = window[: cut.start()]
    m = _any_cue().search(window)
    if m is None:
        return None
    gap = window[: m.start()]
    if m.group().lower() in _TRANSITIVE and _WHO_BEFORE.search(gap):
        return None  # "15 gunmen, who killed 67": the figure counts those who did it, not the victims
    if len(gap.split()) <= 8:
        return m
    # "eleven people suspected of involvement in the assault were in custody": the figure's own predicate
    if len(gap.split()) <= 14 and "," not in gap and _PREDICATE_BEFORE.search(gap):
        return m
    return None


def _cue_anywhere(text: str, start: int, end: int) -> re.Match[str] | None:
    """The nearest casualty word in the sentence, preferring one before the figure."""
    best: re.Match[str] | None = None
    if not _may_cue(text[start:end]):
        return None
    for m in _any_cue().finditer(text, start, end):
        best = m
    return best


def _build(doc: _Doc, m: NumberMention, next_start: int, done: list[Claim]) -> Claim | None:
    text = doc.text
    sent = doc.sentence(m.start)
    before = text[max(sent.start, m.start - 30) : m.start]
    value: Number | None = m.value
    low, high, qualifier = m.low, m.high, m.qualifier
    unit: str
    typ: str
    subject: str | None = None
    quote_start, quote_end = m.start, m.end

    glued = _GLUED_SUFFIX.match(text, m.end) if text[m.end : m.end + 1] == "-" else None
    noun = None if glued else noun_after(text, m.end, sent.end)
    magnitude = _MAGNITUDE_LEFT.search(before) if "agn" in before.lower() else None
    if magnitude or (glued and glued.group(1) == "magnitude"):
        unit = "magnitude"
        quote_start = m.start - len(magnitude.group()) if magnitude else quote_start
        quote_end = glued.end() if glued else quote_end
        count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit="magnitude")
        return _claim(doc, m, sent, "quantity", count, quote_start, quote_end, "quantity:magnitude", "magnitude")
    if glued and glued.group().endswith("-old"):
        return None  # "28-year-old": an age
    time_word = glued.group(1) if glued else (noun.head.lower() if noun else "")
    units = _units()
    if time_word in units["time_units"] or time_word in units["other_time_units"]:
        return _duration(doc, m, time_word, glued.end() if glued else (noun.end if noun else m.end))
    if glued:
        return None  # "3-1", "7-member": not a count

    cue_types = _cue_type()
    left = _cue_left(text, m.start, sent.start)
    head_cue = noun is not None and noun.head.lower() in cue_types
    # the cue after the noun is needed only when there is none before the figure and the noun itself is none
    right = None if left or head_cue else _cue_right(text, noun.end if noun else m.end, min(next_start, sent.end))
    cue = left or right
    cue_typ = cue_types[squash(cue.group()).lower()] if cue else None
    if head_cue and noun is not None:
        cue_typ = cue_types[noun.head.lower()]
    if cue_typ is None and noun is None:
        found = _cue_anywhere(text, sent.start, sent.end)
        cue_typ = cue_types[squash(found.group()).lower()] if found else None
    if cue_typ is None and noun is not None:
        clause = doc.clause(m.start)
        lead = text[clause.start : m.start]
        if "among them" in lead.lower() and _AMONG_THEM.search(lead):
            cue_typ = next((c.type for c in reversed(done) if c.start >= sent.start), None)
            cue_typ = cue_typ if cue_typ in {"deaths", "injuries", "arrests", "missing"} else None
    if m.kind == "vague" and cue_typ is None:
        return None
    counted = counted_thing(noun.phrase) if noun else None
    place = _place(text, m, sent)
    population = _population(text, m, noun) if cue_typ is None else None  # only read when there is no cue

    if cue_typ is not None:
        typ, unit = cue_typ, "person"
        subject = _victims(counted)
        if place:
            subject = f"{subject or 'people'} in {place}"
        key = typ if subject is None else f"{typ}:{subject}"
    elif population is not None:
        typ, unit, subject = "quantity", "inhabitant", f"population of {population}"
        key = f"quantity:inhabitant:{population}"
    elif noun is not None and _is_troops(noun.phrase):
        typ, unit, subject, key = "troops", counted or "soldier", counted, "troops"
    elif noun is not None and counted and counted.split()[-1] not in _not_counted() and value != 1:
        typ = "quantity"
        unit = _synonym(counted)
        subject = counted if not place else f"{counted} in {place}"
        key = f"quantity:{unit}" if not place else f"quantity:{unit}:{place.lower()}"
    else:
        return None
    if qualifier == "exact" and _hedge_verb("more than", text[max(0, m.start - 20) : m.start]):
        low, high, qualifier = value, None, "more than"
    if noun is not None:
        quote_end = max(quote_end, noun.end)
    if left is not None:
        # the cue was found in text[max(sent.start, m.start - 40) : m.start], so it is in text[sent.start : m.start]
        quote_start = text.rfind(left.group(), sent.start, m.start)
    elif right is not None and cue_typ is not None and not head_cue:
        quote_end = max(quote_end, (noun.end if noun else m.end) + right.end())
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    return _claim(doc, m, sent, typ, count, quote_start, quote_end, key, subject)


@cache
def _not_counted() -> frozenset[str]:
    return frozenset(_units()["not_counted"])


def _synonym(counted: str) -> str:
    head = counted.split()[-1]
    return str(_units()["synonyms"].get(head, counted))


def _victims(counted: str | None) -> str | None:
    """None for the general toll ("people", "victims", "hostages"), else the sub-group counted."""
    if counted is None:
        return None
    generic = _generic_people()
    words = counted.split()
    if words[-1] in generic or counted in generic or words[-1] in _cue_type():
        return None
    if words[0] in partitives() and "of" in words:
        return " ".join(words[words.index("of") + 1 :])
    return counted


def _place(text: str, m: NumberMention, sent: Span) -> str | None:
    """A place a sub-total is limited to: "at least 200 of them in Coast province", "... there"."""
    after = text[m.end : sent.end]
    head = after[:80]
    q = _PLACE_QUALIFIER.search(head) if _PLACE_WORDS.search(head) else None
    if q:
        return squash(q.group(1)).lower()
    if "there" in after[:45] and _THERE.match(after):
        named = _PLACE_NAMED.search(text[sent.start : m.start])
        if named:
            return squash(named.group(1)).lower()
    return None


def _population(text: str, m: NumberMention, noun: Noun | None) -> str | None:
    """ "a nation of 15 million people" -> "country"; "a town of 40,000 people" -> "town"."""
    if noun is None or noun.head.lower() not in _units()["population_nouns"]:
        return None
    left = _POPULATION_LEFT.search(text[max(0, m.start - 30) : m.start])
    if left is None or left.group(1) not in _units()["population_places"]:
        return None
    return "country" if left.group(1) in {"nation", "country", "republic", "state"} else left.group(1)


def _duration(doc: _Doc, m: NumberMention, unit_word: str, noun_end: int) -> Claim | None:
    text = doc.text
    units = _units()
    low, high, qualifier, value = m.low, m.high, m.qualifier, m.value
    before = text[max(0, m.start - 24) : m.start]
    up_to = _hedge_verb("up to", before) if qualifier == "exact" else None
    if up_to is not None:
        low, high, qualifier = None, value, "up to"
        quote_start = m.start - len(up_to.group())
    else:
        quote_start = m.start
    if unit_word in units["time_units"]:
        factor = units["time_units"][unit_word]
        unit = "day"
        value, low, high = _scale(value, factor), _scale(low, factor), _scale(high, factor)
    else:
        unit = units["other_time_units"][unit_word]
    event = event_key(text, doc.clause(m.start), m.start, follow=noun_end) or event_key(
        text, doc.sentence(m.start), m.start
    )
    key = f"duration:{unit}:{event}" if event else f"duration:{unit}:{doc.prep.doc.id}:{m.start}"
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    return _claim(doc, m, doc.sentence(m.start), "duration", count, quote_start, noun_end, key, event)


def _scale(x: Number | None, factor: float) -> Number | None:
    if x is None:
        return None
    y = x * factor
    return round(y) if abs(y - round(y)) < 1e-9 else round(y, 3)


def _claim(
    doc: _Doc,
    m: NumberMention,
    sent: Span,
    typ: str,
    count: Count,
    start: int,
    end: int,
    key: str,
    subject: str | None,
) -> Claim:
    start, end = max(start, sent.start), min(max(end, m.end), sent.end)
    sentence, who = doc.prep.said(sent)
    return Claim(
        id="",
        document=doc.prep.doc.id,
        type=typ,  # type: ignore[arg-type]
        value=count,
        text=doc.text[start:end],
        start=start,
        end=end,
        sentence=sentence,
        key=key,
        subject=subject,
        scope=doc.scope(m.start),
        attribution=who,
    )
