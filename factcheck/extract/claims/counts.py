"""Count claims: troops, deaths, injuries, arrests, missing, durations, money and other quantities, each
with the frame an editor reads it in (measure, counted, place, owner, event).

Two steps, as everywhere in this package: ``parse_numbers`` finds the figures (with their hedges)
and this module decides, from the words around each figure, what it counts.

- figures that count nothing are dropped (``notcounts``: ages, times, phone numbers, scores; dates,
  names such as "Il-76", conversions in brackets);
- money (``money``) and shares ("40 per cent") are their own measures, never counts of people;
- speeds are speeds ("195 km/h" is no distance; ``speeds``);
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

from ...model import Claim, Count, Frame
from ..context import Prepared
from ..numbers import NumberMention, parse_numbers
from ..text import Span, singular
from . import frames
from .breakdowns import breakdown, heading_list
from .countdoc import CountDoc, make_claim
from .counted import counted_claim
from .daily import by_day
from .durations import duration_claim
from .groups import units
from .money import giver, purpose, read_money, same_currency
from .notcounts import not_a_count
from .nouns import counted as counted_thing
from .nouns import noun_after
from .occasions import days_in
from .singles import KIND as SINGLE
from .singles import may_single, single_claim, singles
from .speeds import speed_after, speed_claim

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
    r"\d\s*(?:[A-Za-z]+(?:/[A-Za-z]+)?|[°º]\s*[CF]|degrees?\s+(?:Celsius|Fahrenheit|centigrade))?\s*\("
    r"\s*(?:about\s+|some\s+|around\s+|approximately\s+)?(?:US\s?\$|[A-Z]{0,2}[$€£¥₹])?\s*$"
)
_DEGREES = re.compile(r"\s*(?:[°º]\s*([CF])?|degrees?(?:\s+(Celsius|Fahrenheit|centigrade|C|F))?)(?![\w])")
_RECORD = re.compile(r"\brecord\b", re.I)
_SET_IN_YEAR = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:which\s+was\s+)?set\b[^.;]{0,60}?\b((?:19|20)\d\d)\b")
_EARLIER_RECORD = re.compile(
    r"\b(?:old|previous|former|earlier|last|prior)\s+(?:national\s+|all-time\s+)?record\b", re.I
)
_BACK_REFERENCE = re.compile(r"(?<![\w,])(?:Of|Among)\s+(?:the|those|these)\s+$")
_OTHER_NOUN = re.compile(r"\s+other\s+[a-z]")
_OTHER_PEOPLE = re.compile(r"\s+other\s+(?:people|persons|spectators|fans|passengers|residents|victims)\b")
_SHARES_MOVED = re.compile(
    r"(?:\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:'s|’s)\s+)?\b(?:shares?|stocks?|share\s+price|stock\s+price)\b"
    r"(?:[^.;]|\.(?=\d)){0,80}?\b(fell|fall|falls|dropped|drop|slumped|slid|plunged|plummeted|tumbled|lost|sank|rose|rise|rises|"
    r"gained|jumped|climbed|soared|surged)\s+(?:by\s+)?(?:a\s+further\s+|another\s+)?"
    r"(?:as\s+much\s+as\s+|almost\s+|nearly\s+|about\s+|around\s+|some\s+|more\s+than\s+)?$",
    re.I,
)
_SHARES_CLOSED = re.compile(
    r"(?:\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:'s|’s)\s+)?\b(?:shares?|stocks?|share\s+price|stock\s+price)"
    r"(?:\s+(?:in|of)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}))?\b[^.;]{0,60}?"
    r"\b(?:closed|ended|finished|traded|were|was|is|are|opened)\s+(?:the\s+day\s+)?$",
    re.I,
)
_NEXT_FIGURE = re.compile(r"\d")
_LOWER_HIGHER = re.compile(r"\s+(lower|higher|down|up)\b", re.I)
_FALLS = frozenset(
    {"fell", "fall", "falls", "dropped", "drop", "slumped", "slid", "plunged", "plummeted", "tumbled", "lost", "sank"}
)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)


def extract(prep: Prepared) -> list[Claim]:
    """Every count claim in the document, in text order (ids are set later)."""
    doc = CountDoc(prep)
    text = doc.text
    mentions = [m for m in parse_numbers(text) if _countable(doc, m)]
    if may_single(text):
        mentions = sorted([*mentions, *(s for s in singles(doc) if _countable_single(doc, s))], key=_start)
    claims: list[Claim] = []
    figures: list[tuple[int, int]] = []  # where each claim's figure is
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        if m.kind == SINGLE:
            single = single_claim(doc, m)
            if single is not None:
                claims.append(single)
                figures.append((m.start, m.end))
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        shares = breakdown(doc, m, claims) if claims else None
        if not shares and claims and (listed := heading_list(doc, m, claims)) is not None:
            shares = [listed]  # "By district: Serrin 1,290, ...": the first of the list
        if shares:
            claims.extend(shares)
            figures.extend((m.start, m.end) for _ in shares)
            continue
        claim, joined = _build(doc, m, nxt, claims)
        if joined:
            skip = i + 1
        if claim is not None:
            claims.append(claim)
            figures.append((m.start, m.end))
    return by_day(doc, claims, figures)


def _start(m: NumberMention) -> int:
    return m.start


def _countable_single(doc: CountDoc, m: NumberMention) -> bool:
    return not doc.is_ignored(m.start, m.end) and not doc.in_date(m.start, m.end)


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
    if after[1:6] == "other" and _OTHER_NOUN.match(after) and not _OTHER_PEOPLE.match(text, end, end + 30):
        return False  # "two other earthquakes": not the story's own count ("40,000 other people" is)
    if text[end : end + 1] == "," and _BACK_REFERENCE.search(text, max(0, start - 16), start):
        return False  # "Of the 15, 11 were over 80": the 15 given before, pointed back to
    if m.kind == "vague" and m.text.lower().strip() in _SKIP_VAGUE:
        return False
    if m.kind in ("number", "range") and m.high is not None and 0 < m.high < 1:
        return False  # "three-quarters of those killed": a share of a group, not a count
    raw = m.text if m.kind != "range" else m.text.split()[0]
    return not_a_count(text, start, end, raw.replace(",", "")) is None


def _build(doc: CountDoc, m: NumberMention, nxt: NumberMention | None, done: list[Claim]) -> tuple[Claim | None, bool]:
    """The claim figure ``m`` makes (``nxt``: the figure after it), and whether it took ``nxt`` in as well."""
    text = doc.text
    sent = doc.sentence(m.start)
    if m.kind in ("money", "number", "range"):
        money = read_money(text, m, nxt) if m.kind != "range" else None
        if money is None and m.kind == "number" and done and done[-1].start >= sent.start:
            money = same_currency(text, m, done[-1])  # "250 million crowns, against the employers' 400 million"
        if money is not None:
            clause = doc.clause(m.start)
            what = purpose(text, (clause.start, clause.end), (sent.start, sent.end), money.start, money.end)
            count = Count(
                nominal=money.nominal, low=money.low, high=money.high, qualifier=money.qualifier, unit=money.currency
            )
            prev = doc.sentence(sent.start - 1) if sent.start > 0 else None
            event = frames.named_event(text, sent.start, money.start, prev.start if prev is not None else None)
            owner = giver(text, sent.start, money.start, money.end, sent.end) if what else None  # "Japan has pledged"
            frame = Frame(measure="money" if what else None, counted=what or "money", owner=owner, event=event)
            return make_claim(doc, m, sent, "quantity", count, money.start, money.end, frame, what), money.joined
    if m.kind == "money":
        return None, False
    if m.kind == "percent":
        return _share(doc, m, sent), False
    glued = _GLUED_SUFFIX.match(text, m.end) if text[m.end : m.end + 1] == "-" else None
    lead = max(sent.start, m.start - 30)
    magnitude = _MAGNITUDE_LEFT.search(text[lead : m.start]) if doc.low.find("agn", lead, m.start) >= 0 else None
    if magnitude or (glued and glued.group(1) == "magnitude"):
        start = m.start - len(magnitude.group()) if magnitude else m.start
        end = glued.end() if glued else m.end
        count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="magnitude")
        return make_claim(doc, m, sent, "quantity", count, start, end, Frame(measure="magnitude"), "magnitude"), False
    magnitude_after = doc.low.startswith(" magnitude ", m.end) and text[m.end : m.end + 11].lower() == " magnitude "
    if glued is None and magnitude_after:  # "a 7.8 magnitude earthquake"
        count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="magnitude")
        frame = Frame(measure="magnitude")
        return make_claim(doc, m, sent, "quantity", count, m.start, m.end + 10, frame, "magnitude"), False
    if glued is not None:
        return _glued(doc, m, sent, glued), False
    speed = speed_after(text, m.end)
    if speed is not None:
        return speed_claim(doc, m, sent, speed), False
    degrees = _DEGREES.match(text, m.end) if _may_be_degrees(text, m.end) else None
    if degrees is not None:
        return _temperature(doc, m, sent, degrees), False
    return counted_claim(doc, m, nxt, sent, done), False


def _may_be_degrees(text: str, end: int) -> bool:
    """Whether what follows the figure ending at ``end`` may be read by ``_DEGREES``: a degree sign or "degree"
    after any white space (a cheap test before the pattern is tried on every figure)."""
    after = text[end : end + 16].lstrip()
    return not after or after[0] in "°ºd"


def _temperature(doc: CountDoc, m: NumberMention, sent: Span, degrees: re.Match[str]) -> Claim:
    """ "42.7 °C", "43.1 degrees Celsius": a temperature, of its place; a record is lined up with other records,
    any other reading stays on its own (a day's high in one town is no reading of another)."""
    text = doc.text
    scale = "Fahrenheit" if (degrees.group(1) or degrees.group(2) or "").lower().startswith("f") else "Celsius"
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit=f"degree {scale}")
    clause = doc.clause(m.start)
    record = _RECORD.search(text, clause.start, clause.end) is not None
    earlier = _EARLIER_RECORD.search(text, max(clause.start, m.start - 40), m.start) is not None
    published = doc.prep.doc.published
    set_in = _SET_IN_YEAR.match(text, degrees.end(), sent.end)
    if set_in is not None and (published is None or int(set_in.group(1)) < published.year):
        earlier = True  # "the national record of 41.9 °C, set at Lusande in August 2009"
    place = frames.place_after(text, degrees.end(), sent.end)
    event = "previous record" if earlier else "record" if record else None  # "smashing the old record of 41.9"
    frame = Frame(measure="temperature", place=place, event=event)
    return make_claim(doc, m, sent, "quantity", count, m.start, degrees.end(), frame, "temperature")


def _share(doc: CountDoc, m: NumberMention, span: Span) -> Claim | None:
    """ "62% of the area searched", "a 250% rise": a share, with what it is a share of when the text says."""
    text = doc.text
    suffix = _PERCENT_AFTER.match(text, m.end)
    end = suffix.end() if suffix else m.end
    of = frames.partitive(text, end, span.end)
    noun = noun_after(text, of.end if of else end, span.end) if not of or not of.pronoun else None
    what = of.whole.split()[-1] if of else (noun.head.lower() if noun else None)
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit="percent")
    lead = max(span.start, m.start - 120)
    moved = _SHARES_MOVED.search(text, lead, m.start)
    if moved is not None:
        way = "fall" if moved.group(2).lower() in _FALLS else "rise"
        return _share_price(doc, m, span, count, moved.group(1), way, (moved.start(), end))
    closed = _SHARES_CLOSED.search(text, lead, m.start)
    direction = _LOWER_HIGHER.match(text, end) if closed is not None else None
    if closed is not None and direction is not None:  # "shares in X closed 8.5 percent lower"
        way = "fall" if direction.group(1).lower() in ("lower", "down") else "rise"
        company = closed.group(1) or closed.group(2)
        return _share_price(doc, m, span, count, company, way, (closed.start(), direction.end()))
    frame = Frame(measure="share" if what else None, counted=singular(what) if what else "share")
    return make_claim(doc, m, span, "quantity", count, m.start, (of.end if of else end), frame, what)


def _share_price(
    doc: CountDoc, m: NumberMention, span: Span, count: Count, company: str | None, way: str, quote: tuple[int, int]
) -> Claim:
    """ "Its shares fell 8.5% on Tuesday", "shares in X closed 8.5 percent lower": a move of a share price, up or
    down, of the company the text names (by its first word: "Lakeside's shares", "shares in Lakeside
    Resources"), on its day. A move with no day of its own ("have lost 14% since") is kept alone."""
    text = doc.text
    owner = company.split()[0] if company else None
    # its day: the first one after it, before another figure ("closed 8.5% lower on Tuesday and fell a further 6%
    # on Wednesday"), else the one before it in its clause; none for a move since something
    nxt = _NEXT_FIGURE.search(text, quote[1], span.end)
    stop = nxt.start() if nxt else span.end
    after = days_in(doc.prep, quote[1], stop)
    clause = doc.clause(m.start)
    before = days_in(doc.prep, clause.start, m.start)
    day = after[0] if after else before[-1] if before else None
    since = "since" in text[m.start : stop].lower() or "since" in text[clause.start : m.start].lower()
    event = day.date.isoformat() if day is not None and day.date is not None and not since else None
    frame = Frame(measure="share price", counted=way, owner=owner, event=event)
    return make_claim(doc, m, span, "quantity", count, quote[0], quote[1], frame, f"share price {way}")


def _glued(doc: CountDoc, m: NumberMention, span: Span, glued: re.Match[str]) -> Claim | None:
    """A figure glued to its unit: "the 6,325-ton ferry", "a 17-storey block", "a two-week state of emergency"."""
    text = doc.text
    word = glued.group(1).lower()
    table = units()
    if glued.group().endswith("-old"):
        return None  # "28-year-old": an age
    if word in table["time_units"] or word in table["other_time_units"]:
        return duration_claim(doc, m, word, glued.end())
    if not m.text.replace(",", "").replace(".", "").isalnum() or m.kind != "number" or word in _NOT_UNITS:
        return None  # "3-1", "7-0": a score, not a count
    noun = noun_after(text, glued.end(), span.end)
    head = counted_thing(noun.phrase).split()[0] if noun else None  # the noun right after: "8-country coalition"
    count = Count(nominal=m.value, low=m.low, high=m.high, qualifier=m.qualifier, unit=singular(word))
    end = noun.end if noun else glued.end()
    if singular(word) == "country":
        frame = Frame(measure="countries", owner=head)
        return make_claim(doc, m, span, "quantity", count, m.start, end, frame, head)
    frame = Frame(measure="size", counted=singular(head) if head else None) if head else Frame()
    return make_claim(doc, m, span, "quantity", count, m.start, end, frame, head)


_NOT_UNITS = frozenset({"year", "month", "day", "and", "or", "to", "the", "a", "point", "nil"})


__all__ = ["extract"]
