"""Count claims: troops, deaths, injuries, arrests, missing, durations, money and other quantities, each
with the frame an editor reads it in (measure, counted, place, owner, event).

Two steps, as everywhere in this package: ``parse_numbers`` finds the figures (with their hedges)
and this module decides, from the words around each figure, what it counts.

- figures that count nothing are dropped (``notcounts``: ages, times, phone numbers, scores; dates,
  names such as "Il-76", conversions in brackets);
- money (``money``) and shares ("40 per cent") are their own measures, never counts of people;
- a figure glued to a word names its unit ("the 6,325-ton ferry", "a two-week state of emergency",
  "the 5.8-magnitude quake", "an 8-country coalition");
- otherwise the counted noun phrase is read to the right of the figure, or the group a part is taken
  from ("32 of them", "two of the dead", "nine of the 475 passengers"), and the measure from the words
  around it (``measures``: "killed 59", "462 people aboard", "12 remain in critical condition", "the
  number of people killed ... rose to 233"); troop nouns make ``troops``, units of size ``size``, other
  nouns a plain ``number`` of that thing;
- a figure whose measure cannot be read and whose noun is only "people" keeps a frame without a
  measure: reconcile never lines it up with another claim.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ...model import Claim, Count, Frame, Number
from ..context import Prepared
from ..lexicon import alternation, country_index, data
from ..numbers import NumberMention, parse_numbers
from ..text import Span, singular, squash
from . import frames
from .countdoc import CountDoc, make_claim
from .durations import duration_claim
from .measures import Measure, cue_adjacent, cue_in_sentence, cue_left, cue_phrase, cue_right, measure_of, measures
from .money import purpose, read_money
from .notcounts import not_a_count
from .nouns import STOP, Noun, noun_after, partitives
from .nouns import counted as counted_thing
from .occasions import occasion

_COUNTABLE_KINDS = frozenset({"number", "range", "vague", "money", "percent"})
_SKIP_VAGUE = frozenset({"several", "a few", "few", "a couple of", "couple", "some"})
_MAGNITUDE_LEFT = re.compile(r"magnitude(?:\s+of)?[\s-]*$", re.I)
_GLUED_SUFFIX = re.compile(r"-([a-z]+)(?:-(?:long|old|wide|high|deep|tall|strong))?\b")
_NAME_LEFT = re.compile(r"[A-Za-z]-?$")
_NAME_LEFT_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-\n")
_GLUED_AFTER = re.compile(r"[A-Za-z0-9]|[.:/]\d")
_GLUED_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.:/")
_OF_AFTER = re.compile(r"\s+of\b")
_CONVERSION = re.compile(
    r"\d\s*(?:[A-Za-z]+)?\s*\(\s*(?:about\s+|some\s+|around\s+|approximately\s+)?(?:US\s?\$|[A-Z]{0,2}[$€£¥₹])?\s*$"
)
_OTHER_NOUN = re.compile(r"\s+other\s+[a-z]")
_AMONG_THEM = re.compile(r"\b(?:among\s+them|including|of\s+whom|of\s+them)\b", re.I)
_POPULATION_LEFT = re.compile(r"\b([a-z]+)\s+of\s*$")
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with)\s+(?:his|her|their|the)?\s*$", re.I)
_THEM_NOUN = re.compile(r"\s+(?:of\s+)?(?:them|whom)\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)")
_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:will|would|to)\s+(?:number|have|total|be\s+(?:reduced|cut|brought\s+down|increased)\s+to)|"
    r"\bdown\s+to|\bup\s+to\s+a\s+total\s+of)\s+[\"“]?$",
    re.I,
)
_PLANNED_AFTER = re.compile(r"\s+(?:will|would|are\s+to|is\s+to|are\s+set\s+to)\s+(?:stay|remain|be\s+left)\b", re.I)


@cache
def _troops() -> re.Pattern[str]:
    return re.compile(alternation(data("claim_words.json")["troops"]) + r"$", re.I)


@lru_cache(maxsize=4096)
def _is_troops(phrase: str) -> bool:
    return _troops().search(phrase) is not None


@cache
def _hedge_verbs() -> dict[str, re.Pattern[str]]:
    return {
        q: re.compile(r"(?<![\w-])" + alternation(forms) + r"\s*$", re.I)
        for q, forms in data("claim_words.json")["hedge_verbs"].items()
    }


def _hedge_verb(q: str, window: str) -> re.Match[str] | None:
    """A hedge verb of qualifier ``q`` ending ``window`` ("the toll passed", "over the next")."""
    return _hedge_verbs()[q].search(window) if q in _hedge_verbs() else None


@cache
def _units() -> dict[str, Any]:
    return data("units.json")  # type: ignore[no-any-return]


def extract(prep: Prepared) -> list[Claim]:
    """Every count claim in the document, in text order (ids are set later)."""
    doc = CountDoc(prep)
    text = doc.text
    mentions = [m for m in parse_numbers(text) if _countable(doc, m)]
    claims: list[Claim] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        claim, joined = _build(doc, m, nxt, claims)
        if joined:
            skip = i + 1
        if claim is not None:
            claims.append(claim)
    return claims


def _countable(doc: CountDoc, m: NumberMention) -> bool:
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
    if m.kind not in ("money", "percent") and after[:1] in _GLUED_FIRST and _GLUED_AFTER.match(after[:4]):
        return False
    if m.value == 1 and after[:1].isspace() and _OF_AFTER.match(after[:4]):
        return False  # "one of four"
    lead = start - 30 if start > 30 else 0
    if text.find("(", lead, start) >= 0 and _CONVERSION.search(text[lead:start]):
        return False  # "19 km (11.8 miles)", "Rs 4 crore ($480,000)": a conversion of the figure before it
    if after[:1].isspace() and _OTHER_NOUN.match(after):
        return False  # "two other earthquakes": not the story's own count
    if m.kind == "vague" and m.text.lower().strip() in _SKIP_VAGUE:
        return False
    raw = m.text if m.kind != "range" else m.text.split()[0]
    return not_a_count(text, start, end, raw.replace(",", "")) is None


def _build(doc: CountDoc, m: NumberMention, nxt: NumberMention | None, done: list[Claim]) -> tuple[Claim | None, bool]:
    """The claim figure ``m`` makes (``nxt``: the figure after it), and whether it took ``nxt`` in as well."""
    text = doc.text
    sent = doc.sentence(m.start)
    if m.kind in ("money", "number", "range"):
        money = read_money(text, m, nxt) if m.kind != "range" else None
        if money is not None:
            what = purpose(text, sent.start, sent.end, m.start)
            count = Count(
                nominal=money.nominal, low=money.low, high=money.high, qualifier=money.qualifier, unit=money.currency
            )
            frame = Frame(measure="money" if what else None, counted=what or "money")
            return make_claim(doc, m, sent, "quantity", count, money.start, money.end, frame, what), money.joined
    if m.kind == "money":
        return None, False
    if m.kind == "percent":
        return _share(doc, m, sent), False
    glued = _GLUED_SUFFIX.match(text, m.end) if text[m.end : m.end + 1] == "-" else None
    before = text[max(sent.start, m.start - 30) : m.start]
    magnitude = _MAGNITUDE_LEFT.search(before) if "agn" in before.lower() else None
    if magnitude or (glued and glued.group(1) == "magnitude"):
        start = m.start - len(magnitude.group()) if magnitude else m.start
        end = glued.end() if glued else m.end
        count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="magnitude")
        return make_claim(doc, m, sent, "quantity", count, start, end, Frame(measure="magnitude"), "magnitude"), False
    if glued is None and text[m.end : m.end + 11].lower() == " magnitude ":  # "a 7.8 magnitude earthquake"
        count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="magnitude")
        frame = Frame(measure="magnitude")
        return make_claim(doc, m, sent, "quantity", count, m.start, m.end + 10, frame, "magnitude"), False
    if glued is not None:
        return _glued(doc, m, sent, glued), False
    return _counted(doc, m, nxt, sent, done), False


def _share(doc: CountDoc, m: NumberMention, sent: object) -> Claim | None:
    """ "62% of the area searched", "a 250% rise": a share, with what it is a share of when the text says."""
    text = doc.text
    span = doc.sentence(m.start)
    suffix = _PERCENT_AFTER.match(text, m.end)
    end = suffix.end() if suffix else m.end
    of = frames.partitive(text, end, span.end)
    noun = noun_after(text, of.end if of else end, span.end) if not of or not of.pronoun else None
    what = of.whole.split()[-1] if of else (noun.head.lower() if noun else None)
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="percent")
    frame = Frame(measure="share" if what else None, counted=singular(what) if what else "share")
    return make_claim(doc, m, span, "quantity", count, m.start, (of.end if of else end), frame, what)


def _glued(doc: CountDoc, m: NumberMention, sent: object, glued: re.Match[str]) -> Claim | None:
    """A figure glued to its unit: "the 6,325-ton ferry", "a 17-storey block", "a two-week state of emergency"."""
    text = doc.text
    span = doc.sentence(m.start)
    word = glued.group(1).lower()
    units = _units()
    if glued.group().endswith("-old"):
        return None  # "28-year-old": an age
    if word in units["time_units"] or word in units["other_time_units"]:
        return duration_claim(doc, m, word, glued.end())
    if not m.text.replace(",", "").replace(".", "").isalnum() or m.kind != "number" or word in _NOT_UNITS:
        return None  # "3-1", "7-0": a score, not a count
    noun = noun_after(text, glued.end(), span.end)
    head = counted_thing(noun.phrase).split()[-1] if noun else None
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit=singular(word))
    end = noun.end if noun else glued.end()
    if singular(word) == "country":
        frame = Frame(measure="countries", owner=head)
        return make_claim(doc, m, span, "quantity", count, m.start, end, frame, head)
    frame = Frame(measure="size", counted=singular(head) if head else None) if head else Frame()
    return make_claim(doc, m, span, "quantity", count, m.start, end, frame, head)


_NOT_UNITS = frozenset({"year", "month", "day", "and", "or", "to", "the", "a", "point", "nil"})


def _counted(
    doc: CountDoc, m: NumberMention, nxt: NumberMention | None, sent: object, done: list[Claim]
) -> Claim | None:
    """A figure with a counted noun, or a part of a group, or a bare figure: its measure and frame."""
    text = doc.text
    span = doc.sentence(m.start)
    clause = doc.clause(m.start)
    next_start = nxt.start if nxt is not None else len(text)
    value: Number | None = m.value
    low, high, qualifier = m.low, m.high, m.qualifier

    part = frames.partitive(text, m.end, span.end) if text[m.end : m.end + 4].lower() in (" of ",) else None
    noun: Noun | None
    adjacent = cue_adjacent(text, m.end, span.end) if part is None else None
    if part is not None:
        noun = None
        noun_end = part.end
    elif adjacent is not None and adjacent.group().lower() not in _NOUN_CUES:
        noun = None  # "a million took part", "10,000 were reported missing": the predicate follows the figure
        noun_end = m.end
    else:
        noun = noun_after(text, m.end, span.end)
        noun_end = noun.end if noun else m.end
    head = noun.head.lower() if noun else ""

    time_word = head
    if noun is not None and (time_word in _units()["time_units"] or time_word in _units()["other_time_units"]):
        return duration_claim(doc, m, time_word, noun.end)

    # --- the measure
    measure: str | None = None
    head_cue = False
    left = cue_left(text, m.start, span.start)
    right: re.Match[str] | None = None
    counted: str | None = None
    subtotal = False
    quote_start, quote_end = m.start, max(m.end, noun_end)
    is_thing = noun is not None and frames.thing(head)
    if part is not None:
        measure, counted, subtotal = _partitive_frame(doc, m, part, span, done)
    elif noun is not None and _is_troops(noun.phrase):
        measure = "troops"
    elif noun is not None and (frames.size_unit(head) or frames.size_unit(noun.phrase.split()[0])):
        measure = "size"  # "19 km", "2,700 tons of ammonium nitrate"
    elif noun is not None and singular(head) == "country":
        # "drawn from a dozen countries", "contributed by nine countries", "12 countries have sent troops": the
        # countries taking part in something; any other "two countries" is no claim
        if _FROM_BY.search(text, max(span.start, m.start - 12), m.start) or _TAKE_PART.match(text, noun_end):
            measure = "countries"
        else:
            return None
    # "lowered to 125 from 174", "3,200 bodies, of which 1,100 were unidentified": a figure that goes with the
    # one just before it in the clause, as its earlier value or as a part of it
    if measure is None and part is None and done and done[-1].start >= clause.start - 80:
        prev = done[-1]
        lead = text[max(span.start, m.start - 16) : m.start]
        if noun is None and _FROM_BEFORE.search(lead) and _people_measure(prev.frame.measure):
            measure, counted = prev.frame.measure, prev.frame.counted
        elif _OF_WHICH.search(lead) and prev.frame.measure is not None:
            measure, subtotal = prev.frame.measure, True
            said_of = _PREDICATE_WORD.match(text, noun_end if noun is not None else m.end)
            counted = said_of.group(1).lower() if said_of else "part"
    if measure is None or measure == "troops":
        cue = None
        if noun is not None and not is_thing and cue_phrase(head):
            measure = cue_phrase(head)
            head_cue = True
        else:
            if left is not None:
                cue = left
            elif noun is not None or part is None:
                right = cue_right(text, noun_end, min(next_start, span.end))
                cue = right
            if cue is None and noun is None and part is None:
                cue = cue_in_sentence(text, span.start, span.end, m.start)
            if cue is not None and (not is_thing or measures()[measure_of(cue)].type != "deaths"):
                found = measure_of(cue)
                if not (is_thing and measures()[found].people):
                    measure = found
    # "including 9 children", "among them six soldiers", "among the dead were 12 foreigners", "the missing
    # include three nationals": a part of a total
    if part is None and noun is not None and measure in (None, "troops", "number"):
        whole = _whole_named(text, span.start, m.start, noun_end, span.end, done)
        if whole is not None:
            measure, subtotal = whole, True
    # "the figure had more than doubled, to 40", "there were 17", "their count came to 338,000": a figure
    # that points back takes the measure of what was just counted
    topic_counted: str | None = None
    if measure is None and part is None and (noun is None or frames.anaphoric(head)):
        topic = _topic(doc, m, span, done)
        if topic is not None:
            measure, topic_counted = topic
    if m.kind == "vague" and measure in (None, "number", "size"):
        return None
    # --- who is counted
    if part is None and noun is not None:
        written = counted_thing(noun.phrase)
        crew = _MEMBERS_OF.match(text, noun_end) if singular(head) == "member" else None
        if crew is not None:  # "two members of his crew": crew members
            written = f"{singular(crew.group(1).lower())} member"
        counted = _canonical(written)
        if frames.generic(counted) or measure == "troops" or head_cue:
            counted = None  # the people of the story; troop nouns are all one thing; "protesters" are the crowd
    if measure is not None and measure in measures() and measures()[measure].people and counted is not None:
        counted = _victims(counted)
    # "the captain was arrested along with two crew members": the one named, and the others
    along = _ALONG_WITH.search(text, max(span.start, m.start - 30), m.start) if part is None else None
    if along is not None and value is not None and measure in (None, "number"):
        named = cue_in_sentence(text, span.start, along.start(), along.start())
        if named is not None and measures()[measure_of(named)].people:
            # the one named is of the group counted: "the captain was arrested along with two crew members"
            measure = measure_of(named)
            value, low, high = value + 1, _plus_one(low), _plus_one(high)
            quote_start = named.start()
    # --- other measures a noun gives
    if measure is None:
        population = _population(text, m, noun)
        if population is not None:
            count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit="inhabitant")
            frame = Frame(measure="population", place=population or None)
            about = f"population of {population or 'the place'}"
            return make_claim(doc, m, span, "quantity", count, quote_start, quote_end, frame, about)
        if counted is not None and counted.split()[-1] not in _not_counted() and value != 1:
            measure = "number"
    if measure is None and (noun is None or value == 1 or counted is not None):
        return None  # a bare figure, "one", or a noun no count is made of ("5 times", "two sides" with no cue)
    if topic_counted is not None and counted is None:
        counted = topic_counted
    if counted is None and left is not None and (number_of := _NUMBER_OF.search(text, span.start, left.start())):
        group = _canonical(singular(number_of.group(1).lower()))  # "the number of children killed as 17"
        counted = None if frames.generic(group) or cue_phrase(number_of.group(1)) else group
    if counted is None and part is None and (group_of := _OF_THE_GROUP.match(text[span.start : m.start])):
        group = _canonical(counted_thing(group_of.group(1)))  # "Of the 29 crew members, twenty-two survived"
        counted = None if frames.generic(group) else group
    if counted is None and noun is None and (dash := _GROUP_DASH.search(text, span.start, m.start)):
        group = _canonical(singular(dash.group(1)))  # "so many children — 51 aged 17 or under"
        counted = None if frames.generic(group) else group
    if measure == "countries":
        counted = None
    if measure == "number" and part is None and noun is not None and _nationals(written):
        measure = None  # "three Syrians" with nothing said of them: a part of some total, which one unread
    if measure == "size" and noun is not None:
        complement = noun.phrase.split(" of ", 1)[1] if " of " in noun.phrase else None
        counted = counted_thing(complement).split()[-1] if complement else None  # "of the explosive ammonium
        head = noun.phrase.split()[0]  # nitrate" is a size of "nitrate", in "tons"
        if counted is None:
            measure = None  # "19 km": a size of what the sentence does not say
    # --- the hedge a verb gives
    if qualifier == "exact" and _hedge_verb("more than", text[max(0, m.start - 24) : m.start]):
        low, high, qualifier = value, None, "more than"
    # --- where and whose
    place = frames.place_after(text, noun_end if noun_end > m.end else m.end, span.end) or frames.place_there(
        text, m.start, noun_end, span.start, span.end
    )
    owner = None
    if measure in ("troops", "number", "countries"):
        owner = frames.owner_of(text, m.start, clause.start, noun.phrase if noun else None)
    elif place is None:
        before_place = frames.place_before(text, (left.start() if left else m.start), span.start)
        if before_place and _known_place(before_place):
            place = before_place
    event = "planned" if measure == "troops" and _planned(text, m, noun_end, span.start) else None
    if measure == "crowd":
        event = occasion(doc.prep, span)
    if subtotal and counted is None and place is None:
        counted = "part"
    # --- the claim
    spec = measures().get(measure) if measure else None
    typ = spec.type if spec else "quantity"
    unit = _unit(spec, measure, counted, noun, head)
    if frame_unit := (_size_unit(head) if measure == "size" or (measure is None and noun is not None) else None):
        unit = frame_unit
    if left is not None:
        quote_start = text.rfind(left.group(), span.start, m.start)
    elif right is not None:
        quote_end = max(quote_end, right.end())
    frame = Frame(measure=measure, counted=counted, place=place, owner=owner, event=event)
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    subject = counted
    if counted is not None and noun is not None and part is None and _canonical(written) == counted:
        subject = _victims(written) if spec is not None and spec.people else written
    if place and subject is None and spec is not None and spec.people:
        subject = f"people in {place}"
    return make_claim(doc, m, span, typ, count, quote_start, quote_end, frame, subject)


# cues that are nouns: a figure's noun when they follow it ("70 dead", "4 deaths", "300 protesters")
_NOUN_CUES = frozenset(
    [
        "dead",
        "deaths",
        "death",
        "bodies",
        "fatalities",
        "fatality",
        "injured",
        "wounded",
        "injuries",
        "arrests",
        "detentions",
        "detainees",
        "survivors",
        "survivor",
        "evacuees",
        "protesters",
        "demonstrators",
        "marchers",
        "participants",
        "spectators",
        "homeless",
        "displaced",
        "missing",
        "lives",
        "casualties",
    ]
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_OF_WHICH = re.compile(r"\b(?:of\s+which|of\s+whom|of\s+these|of\s+those)\s+$", re.I)
_PREDICATE_WORD = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:still\s+|now\s+|all\s+)?([a-z][\w-]+)"
)
_NUMBER_OF = re.compile(r"\b(?:number|count|toll|tally|total)\s+of\s+([a-z][\w-]*)\s+$", re.I)
_MEMBERS_OF = re.compile(r"\s+of\s+(?:his|her|its|their|the)\s+([a-z]+)\b")
_OF_THE_GROUP = re.compile(r"\s*(?:of|among)\s+(?:the|its|their|all)\s+(?:[\d,]+\s+)?([a-z][\w -]{1,40}?),\s+$", re.I)
_GROUP_DASH = re.compile(r"\b([a-z]+(?:s|ren|men|ple))\s*[—–]\s*$")
_FROM_BY = re.compile(r"\b(?:from|by)\s+$", re.I)
_TAKE_PART = re.compile(
    r"\s+(?:have\s+|had\s+|has\s+)?(?:contributed|contribute|sent|send|joined|join|took\s+part|take\s+part|"
    r"participat\w*|pledged|committed|taking\s+part)\b",
    re.I,
)
_AMONG_THE = re.compile(
    r"\b(?:among|including|of)\s+(?:the|those)\s+(dead|killed|injured|wounded|hurt|missing|arrested|detained|"
    r"victims|rescued|survivors)\b|\b(?:the\s+)?(dead|injured|wounded|missing|arrested|detained|rescued|survivors)"
    r"\s+(?:include|included|includes|including|were|are|comprise|comprised)\b",
    re.I,
)
_AMONG_THEM_AFTER = re.compile(r"^[^.;:]*?\bamong\s+them\b")


_POINTS_BACK = re.compile(
    r"\b(?:(?:the|their|its|his|her|that|this|our|official|final|new|latest|revised)\s+(?:\w+\s+)?"
    r"(?:figure|number|count|tally|total|estimate|toll)\b[^.;]{0,60}|\bthere\s+(?:were|was|are|had\s+been)\s+$)",
    re.I,
)
_TOPIC_OF = re.compile(r"\b(?:number|count|toll|tally|total)\s+of\s+([a-z][\w-]*)\s+(?:who\s+)?[a-z]", re.I)


def _topic(doc: CountDoc, m: NumberMention, span: Span, done: list[Claim]) -> tuple[str, str | None] | None:
    """What a figure that points back counts ("the figure had more than doubled, to 40", "officials first said
    there were 17", "their count came to 338,000"): the measure and group of the last people count in this
    sentence or the two before it, or a measure named there without a figure ("the count of children who
    died"). None when the figure does not point back or nothing was counted just before."""
    text = doc.text
    lead = text[span.start : m.start]
    if not _POINTS_BACK.search(lead):
        return None
    start = _paragraph_back(doc, span, 2)
    for c in reversed(done):
        if c.start < start:
            break
        if _people_measure(c.frame.measure) and c.frame.measure is not None:
            return c.frame.measure, c.frame.counted
    cue = cue_in_sentence(text, start, span.start, span.start)
    if cue is None or not measures()[measure_of(cue)].people:
        return None
    of = _TOPIC_OF.search(text, start, span.start)
    group = _canonical(singular(of.group(1).lower())) if of else None
    return measure_of(cue), (None if group is None or frames.generic(group) else group)


def _paragraph_back(doc: CountDoc, span: Span, sentences: int) -> int:
    """Where the ``sentences`` sentences before ``span`` begin, not crossing a paragraph break."""
    start = span.start
    for _ in range(sentences):
        if start <= 0:
            break
        prev = doc.sentence(start - 1)
        if "\n\n" in doc.text[prev.end : start] or prev.start >= start:
            break
        start = prev.start
    return start


def _people_measure(measure: str | None) -> bool:
    return measure is not None and (measure == "troops" or (measure in measures() and measures()[measure].people))


def _whole_named(text: str, sent_start: int, start: int, noun_end: int, sent_end: int, done: list[Claim]) -> str | None:
    """The measure of the total a counted group is a part of, where the sentence says so: "among the dead
    were 12 foreigners" (deaths), "the missing include three nationals" (missing), "72 people died,
    including nine children" or "100,000 children among them" (the measure of the figure just named)."""
    lead = text[sent_start:start]
    named = _AMONG_THE.search(lead)
    if named is not None:
        return cue_phrase(named.group(1) or named.group(2))
    prev = done[-1] if done else None
    if prev is None or not _people_measure(prev.frame.measure) or prev.start < sent_start - 400:
        return None
    same_sentence = prev.start >= sent_start
    if (same_sentence and _AMONG_THEM.search(lead)) or _AMONG_THEM_AFTER.match(text[noun_end:sent_end]):
        return prev.frame.measure
    return None


def _partitive_frame(
    doc: CountDoc, m: NumberMention, part: frames.Partitive, span: object, done: list[Claim]
) -> tuple[str | None, str | None, bool]:
    """The measure and counted group of "N of ...": (measure, counted, whether it is a part of a total)."""
    text = doc.text
    sent = doc.sentence(m.start)
    whole_head = part.whole.split()[-1]
    # "32 of them children", "11 of whom were students"
    sub: str | None = None
    them = _THEM_NOUN.match(text, m.end) if part.pronoun else None
    if them is not None and them.group(1).split()[0] not in _VERB_WORDS | STOP:
        sub = counted_thing(them.group(1))
    predicate = frames.predicate_noun(text, part.end, sent.end)
    if predicate is not None and predicate.split()[0] not in _VERB_WORDS:
        tail = text[part.end : sent.end]
        of = re.match(r"[^.;]*?\b" + re.escape(predicate) + r"\s+of\s+(?:the\s+)?((?:[a-z][\w-]*\s*){1,3})", tail)
        sub = (
            counted_thing(of.group(1).strip())
            if of and singular(predicate) in partitives()
            else counted_thing(predicate)
        )
    own = cue_right(text, part.end, sent.end)
    if part.pronoun:
        whole_measure = cue_phrase(part.whole.split(None, 1)[1]) if " " in part.whole else None
        prev = next((c for c in reversed(done) if c.start >= sent.start), None)
        if whole_measure is None:
            whole_measure = prev.frame.measure if prev is not None else None
        if own is not None and measure_of(own) != whole_measure and sub is None:
            # "79 injured, two of whom are in a serious condition": the part's own measure, of the same group
            return measure_of(own), (prev.frame.counted if prev is not None else None), False
        return whole_measure, sub, True
    whole_measure = cue_phrase(whole_head)
    if whole_measure is not None:  # "two of the dead were members of the police force"
        return whole_measure, sub, True
    # "nine of the 475 passengers ... had been confirmed dead": the part's own predicate, past the group's
    found = _predicate_past(text, part.end, sent.end)
    counted = counted_thing(" ".join(part.whole.split()[1:])) if len(part.whole.split()) > 1 else None
    if counted is not None and (frames.generic(counted) or frames.near_generic(singular(counted.split()[-1]))):
        counted = None
    return (found, counted, False) if found is not None else (None, None, False)


_VERB_WORDS = frozenset(
    ["were", "was", "are", "is", "had", "have", "has", "been", "be", "being", "remain", "remained", "still"]
)


def _predicate_past(text: str, pos: int, end: int) -> str | None:
    """The first cue after ``pos`` that is the figure's own predicate: one right after the group's noun
    describes the group ("the 475 passengers aboard"), so it is skipped."""
    stop = end
    cut = re.search(r"[;:]|,\s+and\b|\.\s", text[pos:end])
    if cut:
        stop = pos + cut.start()
    at = pos
    while True:
        cue = cue_right(text, at, stop, far=True)
        if cue is None:
            return None
        if text[at : cue.start()].strip() == "" and measure_of(cue) in ("on board", "crowd"):
            at = cue.end()
            continue
        return measure_of(cue)


def _unit(spec: Measure | None, measure: str | None, counted: str | None, noun: Noun | None, head: str) -> str:
    if measure == "troops":
        return counted_thing(noun.phrase) if noun else "soldier"
    if spec is not None and spec.unit:
        return spec.unit
    if spec is not None and spec.people:
        return "person"
    if counted:
        return _synonym(counted)
    return "person"


def _planned(text: str, m: NumberMention, noun_end: int, sent_start: int) -> bool:
    """A force's size to come, not its size now: "the mission will number around 2,500 troops", "down to
    1,500-2,000", "over 600 troops will stay in Westland"."""
    lead = text[max(sent_start, m.start - 40) : m.start]
    return bool(_PLANNED_BEFORE.search(_strip_hedges(lead))) or bool(_PLANNED_AFTER.match(text, noun_end))


def _strip_hedges(lead: str) -> str:
    """``lead`` without the hedge words it ends on (the figure's own hedge is in its mention, but a quote
    mark or "some" may stand between)."""
    words = lead.rstrip().split(" ")
    while words and words[-1].lower().strip("\"“”'") in {"about", "around", "some", "roughly", "nearly", "almost"}:
        words.pop()
    return " ".join(words) + " "


def _size_unit(head: str) -> str | None:
    """The unit a size is written in, one name for its spellings ("tonnes" and "tons" are "ton")."""
    found = _units()["measures"].get(head.lower())
    return str(found) if found else (singular(head) if frames.size_unit(head) else None)


def _canonical(counted: str) -> str:
    """A counted noun without its descriptive modifiers, one name for each group news copy names several
    ways: "rebel-linked gunman" -> "attacker", "police officer" stays."""
    words = counted.split()
    kept = [w for w in words[:-1] if "-" not in w and not w.endswith("ed")] + words[-1:]
    synonyms: dict[str, str] = _units()["synonyms"]
    if kept[-1] in synonyms:
        return synonyms[kept[-1]]
    return " ".join(kept)


def _plus_one(x: Number | None) -> Number | None:
    return None if x is None else x + 1


def _victims(counted: str) -> str | None:
    """None for the general toll ("people", "victims", "hostages"), else the sub-group counted."""
    words = counted.split()
    if frames.generic(counted) or cue_phrase(words[-1]):
        return None
    if words[0] in partitives() and "of" in words:
        return " ".join(words[words.index("of") + 1 :])
    return counted


@cache
def _not_counted() -> frozenset[str]:
    return frozenset(_units()["not_counted"])


def _synonym(counted: str) -> str:
    head = counted.split()[-1]
    return str(_units()["synonyms"].get(head, counted))


def _nationals(written: str) -> bool:
    """Whether a counted noun is people of one country ("syrians", "lebanese nationals", "filipino")."""
    words = written.split()
    return any(w.title() in country_index() or w.title().rstrip("s") in country_index() for w in words) or (
        words[-1] in {"national", "citizen", "foreigner", "foreign national"}
    )


def _known_place(name: str) -> bool:
    return name.title() in country_index() or name in {n.lower() for n in country_index()}


def _population(text: str, m: NumberMention, noun: Noun | None) -> str | None:
    """The place a figure is the population of: "" for the story's own place ("a nation of 15 million people",
    "a population of at least 120,000", "7.48 million people who live in the city"), a kind of place for a
    smaller one ("a town of 40,000 people" -> "town"), None when the figure is no population."""
    before = text[max(0, m.start - 30) : m.start]
    if _POPULATION_OF.search(before):
        return ""
    if noun is None or noun.head.lower() not in _units()["population_nouns"]:
        return None
    if _LIVE_IN.match(text, noun.end):
        return ""
    left = _POPULATION_LEFT.search(before)
    if left is None or left.group(1) not in _units()["population_places"]:
        return None
    return "" if left.group(1) in _STORY_PLACES else left.group(1)


_POPULATION_OF = re.compile(r"\bpopulation\s+(?:of|is|was|stands\s+at|of\s+some|of\s+about)\s+$", re.I)
_LIVE_IN = re.compile(r"\s+(?:who\s+live|living|who\s+reside|residing|who\s+call)\b", re.I)
_STORY_PLACES = frozenset({"nation", "country", "republic", "state", "city", "capital", "island", "territory"})


__all__ = ["extract", "squash"]
