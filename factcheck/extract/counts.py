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
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Claim, Count, Number
from .context import Prepared, attribution
from .events import event_key
from .lexicon import alternation, data, phrase_pattern
from .nouns import Noun, noun_after, partitives
from .nouns import counted as counted_thing
from .numbers import NumberMention, parse_numbers
from .text import singular, squash

_COUNTABLE_KINDS = frozenset({"number", "range", "vague"})

_SKIP_VAGUE = frozenset({"several", "a few", "few", "a couple of", "couple", "some"})
_PLACE_QUALIFIER = re.compile(
    r"\b(?:in|across)\s+((?:[A-Z][\w'-]+\s+){1,3}(?:[Pp]rovince|[Rr]egion|[Ss]tate|[Dd]istrict|[Cc]ounty|[Cc]ity))\b"
)
_PLACE_NAMED = re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:Province|Region|State|District|County))\b")
_MAGNITUDE_LEFT = re.compile(r"magnitude(?:\s+of)?[\s-]*$", re.I)
_GLUED_SUFFIX = re.compile(r"-([a-z]+)(?:-long|-old)?\b")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    words = data("claim_words.json")["casualty"]
    return {typ: phrase_pattern(forms) for typ, forms in words.items()}


@cache
def _any_cue() -> re.Pattern[str]:
    forms = [f for fs in data("claim_words.json")["casualty"].values() for f in fs]
    return phrase_pattern(forms)


@cache
def _cue_type() -> dict[str, str]:
    return {f.lower(): t for t, fs in data("claim_words.json")["casualty"].items() for f in fs}


@cache
def _troops() -> re.Pattern[str]:
    return re.compile(alternation(data("claim_words.json")["troops"]) + r"$", re.I)


@cache
def _hedge_verbs() -> dict[str, re.Pattern[str]]:
    return {
        q: re.compile(alternation(forms) + r"\s*$", re.I)
        for q, forms in data("claim_words.json")["hedge_verbs"].items()
    }


def extract(prep: Prepared) -> list[Claim]:
    """Every count claim in the document, in text order (ids are set later)."""
    text = prep.doc.text
    mentions = [m for m in parse_numbers(text) if _countable(prep, m)]
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        prev_end = mentions[i - 1].end if i else 0
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        claim = _build(prep, m, prev_end, next_start, claims)
        if claim is not None:
            claims.append(claim)
    return claims


def _countable(prep: Prepared, m: NumberMention) -> bool:
    text = prep.doc.text
    if m.kind not in _COUNTABLE_KINDS or prep.is_ignored(m.start, m.end):
        return False
    if any(d.char_start < m.end and m.start < d.char_end and d.precision != "range" for d in prep.dates):
        return False  # a figure inside a date is no count; "the next 10 days" is still a duration
    before = text[max(0, m.start - 12) : m.start]
    after = text[m.end : m.end + 4]
    if re.search(r"[A-Za-z]-?$", before) and not _MAGNITUDE_LEFT.search(before):
        return False  # Il-76, TETs-3, SCP-173: a name, not a count
    if re.match(r"[A-Za-z0-9]", after) or re.match(r"[.:/]\d", after):
        return False
    if m.value == 1 and re.match(r"\s+of\b", text[m.end : m.end + 4]):
        return False  # "one of four"
    if re.search(r"\d\s*[A-Za-z]+\s*\(\s*(?:about\s+|some\s+|around\s+)?$", text[max(0, m.start - 30) : m.start]):
        return False  # "19 km (11.8 miles)": a conversion of the figure before it
    if re.match(r"\s+others?\b", text[m.end : m.end + 8]):
        return False  # "two other earthquakes", "three others": not the story's own count
    return not (m.kind == "vague" and m.text.lower().strip() in _SKIP_VAGUE)


def _cue_left(text: str, start: int, sent_start: int) -> re.Match[str] | None:
    """A casualty word right before the figure: "killed 59", "death toll between", "detained more than"."""
    window = text[max(sent_start, start - 40) : start]
    found = list(_any_cue().finditer(window))
    if not found:
        return None
    m = found[-1]
    gap = window[m.end() :].split()
    fillers = {"the", "a", "an", "at", "of", "to", "by", "was", "were", "is", "are", "had", "have", "has", "been"}
    if len(gap) <= 3 and all(g.lower() in fillers for g in gap):
        return m
    return None


def _cue_right(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """The first casualty word after the figure's noun, before the next figure or clause break."""
    window = text[pos:stop]
    cut = re.search(r"[;:]|,\s+(?:and|but|while|with)\b|\.\s|\s[—–]\s", window)
    if cut:
        window = window[: cut.start()]
    m = _any_cue().search(window)
    if m is None:
        return None
    gap = window[: m.start()]
    transitive = m.group().lower() in ("killed", "wounded", "injured", "arrested", "detained", "kidnapped", "shot")
    if transitive and re.search(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$", gap, re.I):
        return None  # "15 gunmen, who killed 67": the figure counts those who did it, not the victims
    if len(gap.split()) <= 8:
        return m
    # "eleven people suspected of involvement in the assault were in custody": the figure's own predicate
    if len(gap.split()) <= 14 and "," not in gap and re.search(r"\b(?:were|was|are|is|remain(?:ed)?)\s+$", gap):
        return m
    return None


def _cue_anywhere(text: str, start: int, end: int) -> re.Match[str] | None:
    """The nearest casualty word in the sentence, preferring one before the figure."""
    best: re.Match[str] | None = None
    for m in _any_cue().finditer(text, start, end):
        best = m
    return best


def _build(prep: Prepared, m: NumberMention, prev_end: int, next_start: int, done: list[Claim]) -> Claim | None:
    text = prep.doc.text
    sent = prep.sentence(m.start)
    clause = prep.clause(m.start)
    before = text[max(sent.start, m.start - 30) : m.start]
    value: Number | None = m.value
    low, high, qualifier = m.low, m.high, m.qualifier
    unit: str
    typ: str
    subject: str | None = None
    quote_start, quote_end = m.start, m.end

    glued = _GLUED_SUFFIX.match(text, m.end)
    noun = None if glued else noun_after(text, m.end, sent.end)
    magnitude = _MAGNITUDE_LEFT.search(before)
    if magnitude or (glued and glued.group(1) == "magnitude"):
        unit = "magnitude"
        quote_start = m.start - len(magnitude.group()) if magnitude else quote_start
        quote_end = glued.end() if glued else quote_end
        count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit="magnitude")
        return _claim(prep, m, "quantity", count, quote_start, quote_end, "quantity:magnitude", "magnitude")
    if glued and glued.group().endswith("-old"):
        return None  # "28-year-old": an age
    time_word = glued.group(1) if glued else (noun.head.lower() if noun else "")
    units = data("units.json")
    if time_word in units["time_units"] or time_word in units["other_time_units"]:
        return _duration(prep, m, time_word, glued.end() if glued else (noun.end if noun else m.end))
    if glued:
        return None  # "3-1", "7-member": not a count

    left = _cue_left(text, m.start, sent.start)
    right = _cue_right(text, noun.end if noun else m.end, min(next_start, sent.end))
    head_cue = noun is not None and noun.head.lower() in _cue_type()
    cue = left or (None if head_cue else right)
    cue_typ = _cue_type()[squash(cue.group()).lower()] if cue else None
    if head_cue and noun is not None:
        cue_typ = _cue_type()[noun.head.lower()]
    if cue_typ is None and noun is None:
        found = _cue_anywhere(text, sent.start, sent.end)
        cue_typ = _cue_type()[squash(found.group()).lower()] if found else None
    if cue_typ is None and noun is not None and re.search(r"\bamong them\b", text[clause.start : m.start], re.I):
        cue_typ = next((c.type for c in reversed(done) if c.start >= sent.start), None)
        cue_typ = cue_typ if cue_typ in {"deaths", "injuries", "arrests", "missing"} else None
    if m.kind == "vague" and cue_typ is None:
        return None
    counted = counted_thing(noun.phrase) if noun else None
    place = _place(text, m, sent)
    population = _population(text, m, noun)

    if cue_typ is not None:
        typ, unit = cue_typ, "person"
        subject = _victims(counted)
        if place:
            subject = f"{subject or 'people'} in {place}"
        key = typ if subject is None else f"{typ}:{subject}"
    elif population is not None:
        typ, unit, subject = "quantity", "inhabitant", f"population of {population}"
        key = f"quantity:inhabitant:{population}"
    elif noun is not None and _troops().search(noun.phrase):
        typ, unit, subject, key = "troops", counted or "soldier", counted, "troops"
    elif noun is not None and counted and counted.split()[-1] not in _not_counted() and value != 1:
        typ = "quantity"
        unit = _synonym(counted)
        subject = counted if not place else f"{counted} in {place}"
        key = f"quantity:{unit}" if not place else f"quantity:{unit}:{place.lower()}"
    else:
        return None
    for q, pattern in _hedge_verbs().items():
        if qualifier == "exact" and q == "more than" and pattern.search(text[max(0, m.start - 20) : m.start]):
            low, high, qualifier = value, None, q
    if noun is not None:
        quote_end = max(quote_end, noun.end)
    if left is not None:
        quote_start = min(quote_start, max(sent.start, m.start - (len(before) - before.rfind(left.group()))))
        quote_start = (
            text.rfind(left.group(), sent.start, m.start) if left.group() in text[sent.start : m.start] else quote_start
        )
    elif right is not None and cue_typ is not None and not head_cue:
        quote_end = max(quote_end, (noun.end if noun else m.end) + right.end())
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    return _claim(prep, m, typ, count, quote_start, quote_end, key, subject)


@cache
def _not_counted() -> frozenset[str]:
    return frozenset(data("units.json")["not_counted"])


def _synonym(counted: str) -> str:
    head = counted.split()[-1]
    return str(data("units.json")["synonyms"].get(head, counted))


def _victims(counted: str | None) -> str | None:
    """None for the general toll ("people", "victims", "hostages"), else the sub-group counted."""
    if counted is None:
        return None
    generic = {singular(g) for g in data("claim_words.json")["generic_people"]}
    words = counted.split()
    if words[-1] in generic or counted in generic or words[-1] in _cue_type():
        return None
    if words[0] in partitives() and "of" in words:
        return " ".join(words[words.index("of") + 1 :])
    return counted


def _place(text: str, m: NumberMention, sent: object) -> str | None:
    """A place a sub-total is limited to: "at least 200 of them in Coast province", "... there"."""
    span = sent  # a Span
    start, end = span.start, span.end  # type: ignore[attr-defined]
    after = text[m.end : end]
    q = _PLACE_QUALIFIER.search(after[:80])
    if q:
        return squash(q.group(1)).lower()
    if re.match(r"^[^,.;]{0,40}\bthere\b", after):
        named = _PLACE_NAMED.search(text[start : m.start])
        if named:
            return squash(named.group(1)).lower()
    return None


def _population(text: str, m: NumberMention, noun: Noun | None) -> str | None:
    """ "a nation of 15 million people" -> "country"; "a town of 40,000 people" -> "town"."""
    if noun is None or noun.head.lower() not in data("units.json")["population_nouns"]:
        return None
    left = re.search(r"\b([a-z]+)\s+of\s*$", text[max(0, m.start - 30) : m.start])
    if left is None or left.group(1) not in data("units.json")["population_places"]:
        return None
    return "country" if left.group(1) in {"nation", "country", "republic", "state"} else left.group(1)


def _duration(prep: Prepared, m: NumberMention, unit_word: str, noun_end: int) -> Claim | None:
    text = prep.doc.text
    units = data("units.json")
    low, high, qualifier, value = m.low, m.high, m.qualifier, m.value
    before = text[max(0, m.start - 24) : m.start]
    if qualifier == "exact" and _hedge_verbs()["up to"].search(before):
        low, high, qualifier = None, value, "up to"
        quote_start = m.start - len(_hedge_verbs()["up to"].search(before).group())  # type: ignore[union-attr]
    else:
        quote_start = m.start
    if unit_word in units["time_units"]:
        factor = units["time_units"][unit_word]
        unit = "day"
        value, low, high = (_scale(x, factor) for x in (value, low, high))
    else:
        unit = units["other_time_units"][unit_word]
    event = event_key(text, prep.clause(m.start), m.start, follow=noun_end) or event_key(
        text, prep.sentence(m.start), m.start
    )
    key = f"duration:{unit}:{event}" if event else f"duration:{unit}:{prep.doc.id}:{m.start}"
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    return _claim(prep, m, "duration", count, quote_start, noun_end, key, event)


def _scale(x: Number | None, factor: float) -> Number | None:
    if x is None:
        return None
    y = x * factor
    return round(y) if abs(y - round(y)) < 1e-9 else round(y, 3)


def _claim(
    prep: Prepared, m: NumberMention, typ: str, count: Count, start: int, end: int, key: str, subject: str | None
) -> Claim:
    text = prep.doc.text
    sent = prep.sentence(m.start)
    start, end = max(start, sent.start), min(max(end, m.end), sent.end)
    return Claim(
        id="",
        document=prep.doc.id,
        type=typ,  # type: ignore[arg-type]
        value=count,
        text=text[start:end],
        start=start,
        end=end,
        sentence=squash(text[sent.start : sent.end]),
        key=key,
        subject=subject,
        scope=prep.scope(m.start),
        attribution=attribution(text[sent.start : sent.end]),
    )
