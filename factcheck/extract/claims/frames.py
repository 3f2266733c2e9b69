"""The frame of a count beyond its measure: who is counted, where, and whose.

- ``counted``: the counted noun phrase, or ``None`` for the people of the story as a whole ("people",
  "victims", "the dead"); a sub-group keeps its noun ("child", "police officer", "syrian");
- ``partitive``: "32 of them", "two of the dead", "nine of the 475 passengers", "11 of whom": what
  the figure is a part of;
- ``place_after`` / ``place_before``: the place a figure is limited to ("1,200 of them in Northland",
  "Lakeview's death toll", "in other parts of the country");
- ``owner_of``: whose the counted things are ("Country A's 40 jets", "1,200 French troops",
  "Task Force Trident numbers about 600 troops", "the mission counted 3,100 troops").

Each reader is a pure function of the text and offsets; the words it knows are in
``data/claim_words.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache, lru_cache
from itertools import compress
from typing import NamedTuple

from ..lexicon import country_index, country_name, data
from ..text import plain, run_offsets, singular, squash
from .measures import holds_within, may_hold

_singular = lru_cache(maxsize=4096)(singular)  # asked of a few hundred nouns, again and again


@cache
def _words() -> dict[str, frozenset[str]]:
    table = data("claim_words.json")
    return {
        name: frozenset(singular(w) for w in table[name])
        for name in ("generic_people", "near_generic_people", "things", "size_units", "anaphoric")
    }


def generic(counted: str | None) -> bool:
    """Whether a counted noun is the people of the story as a whole ("people", "victims", "dead")."""
    if counted is None:
        return True
    words = counted.split()
    return counted in _words()["generic_people"] or (len(words) > 1 and words[-1] in _words()["generic_people"])


def near_generic(counted: str) -> bool:
    """A counted noun that stands for everyone involved unless the story counts its complement apart
    ("passengers" on a ferry, unless the crew is counted too)."""
    return counted in _words()["near_generic_people"]


def thing(head: str) -> bool:
    """Whether a noun's head names a thing, never people ("vessels", "homes", "tons")."""
    w = _singular(head)
    return w in _words()["things"] or w in _words()["size_units"]


def size_unit(head: str) -> bool:
    """Whether a noun's head is a unit of size or weight ("tons", "kilometres", "cubic metres")."""
    return _singular(head) in _words()["size_units"]


def anaphoric(head: str) -> bool:
    """A noun that points back to a figure named before ("the figure", "the number", "the total")."""
    return _singular(head) in _words()["anaphoric"]


class Partitive(NamedTuple):
    """ "N of X": X as written (lower-case), where the "of" phrase ends, and whether X points back to a
    group named before ("them", "whom", "those")."""

    whole: str
    end: int
    pronoun: bool


_PARTITIVE = re.compile(
    r"(?:\s+more)?\s+of\s+"
    r"(them|whom|those(?:\s+(?:killed|injured|hurt|wounded|dead|missing|arrested|detained|aboard|on board))?"
    r"|(?:the|these|its|their)\s+(?:[\d,.]+\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)(?=[\s,.;:)]|$)",
    re.I,
)


def partitive(text: str, end: int, limit: int) -> Partitive | None:
    """The "of ..." part right after a figure that counts a part of a group: "32 of them", "two of the dead",
    "nine of the 475 passengers" (whole "the 475 passengers"), "11 of whom", "two more of the injured"."""
    m = _PARTITIVE.match(text, end, limit)
    if m is None:
        return None
    whole = squash(m.group(1)).lower()
    return Partitive(whole=whole, end=m.end(1), pronoun=whole.split()[0] in {"them", "whom", "those"})


_PREDICATE_NOUN = re.compile(
    r"\s*(?:,\s*)?(?:were|was|are|is|being)\s+(?:all\s+|mostly\s+)?(?:(?:a|an|the)\s+)?"
    r"((?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*s|children|women|men|police|policemen|staff|personnel)\b"
)


def predicate_noun(text: str, pos: int, limit: int) -> str | None:
    """The plural noun a sub-total is said to be: "two of the dead were members of the police force"
    gives "members", read with what follows it by the caller; "32 of them children" gives None here."""
    m = _PREDICATE_NOUN.match(text, pos, limit)
    return m.group(1) if m else None


_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
# a place's name (up to three capitalised words), and a part of the country ("the north", "the north-eastern
# provinces"), as the place patterns below write them
_NAME_WORDS = r"(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+"
_REGION = rf"{_COMPASS}(?:ern\s+(?:parts?|regions?|provinces?|areas?|districts?))?"
_COMPASS_NAME = re.compile(rf"({_COMPASS})(?:ern\b.*)?$")
_PLACE_AFTER = re.compile(
    # the words between: never a clause of its own ("212 cases since the first patients fell ill in Serrin": the
    # place where they fell ill first, not of the 212)
    r"(?:\s+(?!(?:since|because|until|before)\b)[a-z][\w'-]*){0,6}?\s+(?:in|across|inside)\s+"
    r"(?:the\s+)?"
    # a word describing the place ("in inland Ardun", "in flood-hit Vasko"), but no part of it ("northern")
    r"(?:(?!(?:north|south|east|west|central|upper|lower|outer|inner)\w*\s)[a-z][\w-]*\s+(?=[A-Z]))?"
    rf"({_NAME_WORDS}(?:\s+(?:[Pp]rovince|[Rr]egion|[Ss]tate|[Dd]istrict|[Cc]ounty|"
    r"[Cc]ity|[Rr]egency|[Pp]refecture|[Gg]overnorate))?"
    r"|capital|other\s+parts\s+of\s+the\s+(?:country|region|city)|neighbouring\s+country|neighboring\s+country"
    rf"|{_REGION})"
    r"(?![\w'-])"
)
_PLACE_WORDS = re.compile(
    r"\s(?:in|across|inside|elsewhere|outside|on\s+the\s+spot|at\s+the\s+scene|on\s+the\s+scene|on\s+site|"
    r"instantly|on\s+impact)\b"
)
_AT_THE_SCENE = re.compile(
    r"(?:\s+[a-z][\w'-]*){0,3}?\s+(?:on\s+the\s+spot|at\s+the\s+scene|on\s+the\s+scene|on\s+site|instantly|"
    r"on\s+impact)\b"
)
_ADJECTIVE_ENDS = ("an", "ese", "ish", "ic", "i")
_ELSEWHERE = re.compile(r"\s+(?:elsewhere|outside\s+(?:the\s+)?(?:[A-Z][\w'-]+\s*){1,3})")
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nation-wide|countrywide|across\s+the\s+(?:country|nation)|throughout\s+the\s+country|"
    r"all\s+over\s+the\s+country|in\s+(?:\d[\d,]*|dozens\s+of|hundreds\s+of)\s+(?:other\s+)?(?:towns|cities))\b",
    re.I,
)
_NATIONWIDE_WORDS = ("nation", "country", "towns", "cities")  # each phrase of _NATIONWIDE holds one
_NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "This",
        "That",
        "His",
        "Her",
        "Their",
        "Its",
    ]
)


def place_after(text: str, pos: int, limit: int) -> str | None:
    """The place a figure is limited to, named right after it or its noun ("1,200 of them in Northland", "killed
    at least 90 people in Lakeview", "170 more people were killed ... in other parts of the country")."""
    window_end = min(limit, pos + 90)
    window = text[pos:window_end]
    if not _PLACE_WORDS.search(window):
        return None  # none of the words a place after a figure needs: the patterns below cannot match
    m = _PLACE_AFTER.match(text, pos, window_end)
    if m is not None:
        name = squash(m.group(1)).rstrip(".")
        words = name.split()
        if len(words) == 2 and words[1].islower() and words[0].endswith(_ADJECTIVE_ENDS):
            return None  # "in the Mediterranean city": a description of the story's place, not a place of its own
        if name in country_index() and text.find(" across ", m.start(), m.start(1)) >= 0:
            return "nationwide"  # "killed 61 people across Spain": the whole country
        return _named_place(name)
    if _ELSEWHERE.match(text, pos, window_end):
        return "elsewhere"
    if _AT_THE_SCENE.match(text, pos, window_end):
        return "at the scene"  # "killed 34 people on the spot; the others died on the way to hospital"
    return None


_WHERE = re.compile(r",\s+where\s+[^,.;]*$")
_PLACE_BEFORE_WHERE = re.compile(rf"\b(?:in|across|inside)\s+(?:the\s+)?({_NAME_WORDS}|capital|{_REGION})$")


_PLACE_OPENING = re.compile(
    r"\s*(?:In|At|Across|Elsewhere\s+in)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?"
    rf"({_NAME_WORDS}(?:\s+(?:province|district|county|region|state|city))?"
    rf"|capital|{_COMPASS})(?:\s+(?:itself|alone))?\s*,"
)


_SEPARATE = re.compile(
    r"(?:In\s+(?:a|an|another)\s+(?:separate|unrelated|different)\s+[a-z]+|Separately|In\s+another\s+[a-z]+)\b"
)


# the sentence after one that tells of an incident, setting it apart: "Police are investigating that accident
# separately", "The accident was not connected with the collapse"
_SET_APART_AFTER = re.compile(
    r"\b(?:that|this|the)\s+(?:[a-z]+\s+)?(?:accident|incident|attack|crash|collapse|fire|blast|explosion)\b"
    r"[^.!?]{0,60}?\b(?:separately|(?:was|is)\s+not\s+(?:connected|related|linked)|(?:was|is)\s+unrelated)\b",
    re.I,
)


_SET_APART_WORDS = ("separately", "connected", "related", "linked", "unrelated")


def separate(text: str, sent_start: int, sent_end: int | None = None) -> bool:
    """Whether the sentence at ``sent_start`` tells of another incident: "In a separate accident, ...",
    "Separately, ...", "In another attack, ..."; or, given where it ends, the sentence right after it sets its
    incident apart ("Police are investigating that accident separately").

    >>> separate("In a separate accident, two workers died.", 0), separate("In all, two workers died.", 0)
    (True, False)
    >>> t = "Two workers died at a quarry. Police said the accident was not connected with the collapse."
    >>> separate(t, 0, t.index(" Police"))
    True
    """
    if _SEPARATE.match(text, sent_start) is not None:
        return True
    return sent_end is not None and _may_set_apart(text) and _set_apart_after(text, sent_end)


@lru_cache(maxsize=8)
def _may_set_apart(text: str) -> bool:
    """Whether ``text`` holds a word a sentence that sets an incident apart needs (asked once per text)."""
    return any(word in text for word in _SET_APART_WORDS)


@lru_cache(maxsize=64)
def _set_apart_after(text: str, sent_end: int) -> bool:
    """Whether the sentence after ``sent_end`` sets the incident before it apart (asked once per sentence)."""
    stop = text.find(". ", sent_end + 1, sent_end + 300)
    stop = stop if stop >= 0 else min(len(text), sent_end + 300)
    after = text[sent_end:stop]
    if not any(word in after for word in _SET_APART_WORDS):  # the words the pattern ends with, in lower case
        return False
    return _SET_APART_AFTER.search(after) is not None


def place_opening(text: str, sent_start: int, start: int) -> str | None:
    """The place a sentence opens with, for its figures: "In neighbouring Westmoor district, one worker was
    killed", "In the capital, 12 died"."""
    m = _PLACE_OPENING.match(text, sent_start)
    if m is None or m.end() > start:
        return None
    return _named_place(squash(m.group(1)))


def place_where(text: str, sent_start: int, start: int) -> str | None:
    """The place a relative "where" before the figure stands for: "38 were in Lakeview, where about 1,900
    hectares have burned", "in the capital, where 12 died"."""
    if text.find("where", sent_start, start) < 0:
        return None  # what _WHERE needs
    where = _WHERE.search(text, sent_start, start)
    if where is None:
        return None
    m = _PLACE_BEFORE_WHERE.search(text, max(sent_start, where.start() - 60), where.start())
    return _named_place(squash(m.group(1))) if m is not None else None


# "police in Lakeview have detained three men": the agents of the verb, and where they are
_AGENTS_IN = re.compile(
    r"\b(?i:police|authorities|officials|officers|prosecutors|rescuers|rescue\s+teams|hospitals|doctors|"
    r"health\s+officials)\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:also\s+|now\s+|so\s+far\s+)?$"
)


def place_of_agents(text: str, sent_start: int, verb_start: int) -> str | None:
    """The place of those who do what the verb at ``verb_start`` says: "police in Lakeview have detained three
    men", "hospitals in Southby treated 40"."""
    m = _AGENTS_IN.search(text, max(sent_start, verb_start - 80), verb_start)
    return _named_place(squash(m.group(1))) if m is not None else None


def _named_place(name: str) -> str | None:
    """``name`` as a place (``_place_name``), or None when it is no place: "in Sunday's march" says whose, "In
    March" when, "in Police ..." who."""
    if name.endswith(("'s", "’s")) or name.split()[0] in _NOT_PLACES:
        return None
    return _place_name(name)


_KIND_SUFFIX = re.compile(r"(?<=\w)\s+(?:province|district|county|region|state|city|town|village|municipality)$")
_WHOSE_PLACE = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?=[A-Z])")


_NATIONWIDE_FIRST = re.compile(r"\s*(?:Nationwide|Countrywide|Across\s+the\s+country|Throughout\s+the\s+country)\b")


def nationwide(
    text: str,
    start: int,
    end: int,
    sent_start: int | None = None,
    figure: tuple[int, int] | None = None,
    low: str | None = None,
) -> bool:
    """Whether the clause ``text[start:end]`` counts the whole country ("Nationwide, 214,000 marched in 40
    towns"), not the story's own place; or its sentence opens saying so (``sent_start``). With the
    ``figure``'s offsets, the words must be its own: no other figure stands between them and it ("where 1,900
    hectares burned out of some 12,500 nationwide": only the 12,500 is the country's). ``low``: ``scan.folded(text)``,
    when the caller has it (its words are looked for there, the clause not copied)."""
    if sent_start is not None and _NATIONWIDE_FIRST.match(text, sent_start):
        return True
    if low is not None:
        may = holds_within(low, start, end, _NATIONWIDE_WORDS)
    else:
        may = may_hold(text[start:end], _NATIONWIDE_WORDS)
    found = _NATIONWIDE.search(text, start, end) if may else None
    if found is None or figure is None:
        return found is not None
    lo, hi = (figure[1], found.start()) if found.start() >= figure[1] else (found.end(), figure[0])
    return not any(c.isdigit() for c in text[lo:hi])


def _place_name(name: str) -> str:
    """A place as a frame keeps it: "Westland's Lark County" is "Lark County" (the larger place is no part of
    the name), other parts of the country are "elsewhere"."""
    name = _KIND_SUFFIX.sub("", _WHOSE_PLACE.sub("", name))  # "Lakeview province" is Lakeview ("Lark County" stays)
    low = name.lower()
    if compass := _COMPASS_NAME.match(low):
        return "the " + compass.group(1).replace("-", "")  # "in the northern provinces": the north
    if low.startswith("other parts of") or low in {"neighbouring country", "neighboring country"}:
        return "elsewhere"
    return low if low == "capital" else name


_THERE = re.compile(r"^[^,.;]{0,40}\bthere\b")
_PLACE_NAMED = re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:Province|Region|State|District|County|Regency|Prefecture))\b")


def place_there(text: str, start: int, pos: int, sent_start: int, sent_end: int) -> str | None:
    """ "Lakeview Province was hit hardest, with at least 200 deaths reported there": the place named earlier in
    the sentence with its kind ("X Province", "Y District"), when the figure is said to be there."""
    if text.find("there", pos, min(pos + 45, sent_end)) < 0:
        return None
    if not _THERE.match(text[pos:sent_end]):
        return None
    named = _PLACE_NAMED.search(text, sent_start, start)
    return squash(named.group(1)) if named else None


_PLACE_BEFORE = re.compile(r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}$")


def place_before(text: str, start: int, sent_start: int) -> str | None:
    """A place whose toll it is, in a possessive before the figure or its cue ("Lakeview's death toll had
    surpassed 1,000"): a capitalised name that is not a person's (the caller checks it is a place)."""
    m = _PLACE_BEFORE.search(text, max(sent_start, start - 60), start)
    return m.group(1) if m else None


@cache
def _organisation_words() -> frozenset[str]:
    """The words a span naming an organisation or a place holds ("Police", "Army", "Ministry"): alone, no name."""
    return frozenset(w.lower() for w in data("people.json")["not_names"]["organisation_and_place"])


_OWNER_POSSESSIVE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})(?:'s|’s)\s+(?:own\s+)?$")
_OWNER_VERB = re.compile(
    r"(?:^|[,;.]\s+|\b(?:and|but|that|as)\s+)(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
    r"(?:\s+(?:mission|force|operation|coalition|contingent|task\s+force|army|military|alliance))?)"
    r"(?:,[^,]{3,80},|,)?(?:\s+(?:currently|now|still|also|then|at\s+its\s+peak))?"
    r"\s+(?:has|had|have|numbers|numbered|counted|counts|comprises|comprised|sent|sends|deployed|deploys|"
    r"contributed|contributes|contributing|fielded|fields|keeps|kept|will\s+have|will\s+number|"
    r"consists\s+of|consisted\s+of|with|(?:has\s+|had\s+|have\s+)?(?:recorded|registered|reported)|"
    r"(?:alone\s+)?(?:accounts|account|accounted)\s+for)\s+$"
)
# the last words _OWNER_VERB can end on: tried only after one of them (the pattern is long and runs per figure)
_OWNER_VERB_LAST = frozenset(
    [
        "has",
        "had",
        "have",
        "numbers",
        "numbered",
        "counted",
        "counts",
        "comprises",
        "comprised",
        "sent",
        "sends",
        "deployed",
        "deploys",
        "contributed",
        "contributes",
        "contributing",
        "fielded",
        "fields",
        "keeps",
        "kept",
        "have",
        "number",
        "of",
        "with",
        "recorded",
        "registered",
        "reported",
        "for",
    ]
)
_HEDGE_WORDS = frozenset(
    [
        "about",
        "around",
        "some",
        "roughly",
        "approximately",
        "nearly",
        "almost",
        "more",
        "than",
        "over",
        "up",
        "to",
        "at",
        "least",
        "as",
        "many",
        "an",
        "estimated",
        "estimated",
        "just",
        "under",
        "only",
        "fewer",
        "less",
    ]
)


def owner_of(text: str, start: int, clause_start: int, phrase: str | None) -> str | None:
    """Whose the counted things are, where the text says: a possessive or a subject right before the figure
    ("Country A's 1,200 troops", "Task Force Trident, a joint force, numbers about 600 troops", "X, with some
    700 soldiers"), or a country's adjective in the counted phrase ("1,200 French troops")."""
    lead = text[max(clause_start - 120, 0) : start]
    lead = _strip_hedge(lead)
    last = lead.rstrip().rsplit(None, 1)[-1] if lead.strip() else ""
    if last.endswith(("'s", "’s")) and (m := _OWNER_POSSESSIVE.search(lead)) is not None:
        return owner_name(m.group(1))
    verb = _OWNER_VERB.search(lead) if last.lower() in _OWNER_VERB_LAST else None
    if verb is not None and verb.group(1).split()[0] not in _NOT_PLACES and not _common_plural(verb.group(1)):
        return owner_name(verb.group(1))  # "Country A sent 40 jets", "Northland has recorded 655 cases", "Serrin
        # accounts for 141 of the cases"
    if phrase:
        acronym = _ACRONYM.search(phrase) if "(" in phrase else None
        if acronym:
            return acronym.group(1)
        for word in phrase.split():
            if word[:1].isupper():
                code = country_index().get(word.strip("(),"))
                if code is not None:
                    return country_name(code)
                if word.isupper() and len(word) > 1:
                    return word
    return None


_ACRONYM = re.compile(r"\(([A-Z]{2,})\)")  # "peacekeepers (UNIFIL)"
_ACCOUNTS_FOR = re.compile(r"\b(?:accounts|account|accounted)\s+for\s+$")


def accounts_for(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is what a subject "accounts for" ("Serrin accounts for 141 of the cases")."""
    return _ACCOUNTS_FOR.search(text, max(0, start - 24), start) is not None


def _common_plural(name: str) -> bool:
    """A capitalised plural noun that names no one ("Officials recorded 212 cases", "Authorities reported",
    "Police counted")."""
    if " " in name:
        return False
    return name.lower() in _COLLECTIVES or (name.lower().endswith("s") and name not in country_index())


_COLLECTIVES = frozenset({"police", "staff", "personnel", "crew", "media", "press"})


def _strip_hedge(lead: str) -> str:
    """``lead`` without the hedge words it ends on ("has about" -> "has "): cut back from its end one word (between
    spaces) at a time, the rest of it never split."""
    head = lead.rstrip()
    while True:
        cut = head.rfind(" ")
        if head[cut + 1 :].lower().strip("\"“”'") not in _HEDGE_WORDS:
            return head + " "
        head = head[: max(cut, 0)]


def owner_name(name: str) -> str:
    """A country by its common name, whichever of its names or adjectives the text used ("French" and "France"
    are one owner: "France"); anything else as written."""
    code = country_index().get(name)
    return country_name(code) if code is not None else name


_EVENT_KINDS = (
    r"fire|blaze|wildfire|bushfire|flood|floods|quake|earthquake|storm|hurricane|typhoon|cyclone|eruption|attack|"
    r"bombing|shooting|strike|march|protest|crash|disaster|derailment|collapse|explosion|blast|siege|raid|mission|"
    r"operation|offensive"
)
# every name starts with a capital or "the" (the lookahead turns away every other place at once)
_NAMED_EVENT = re.compile(
    rf"(?=[A-Zt])(?:(?:\b[Tt]he\s+|\b)((?:[A-Z][\w'’-]+\s+){{1,3}})({_EVENT_KINDS})\b"
    rf"|\b((?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Operation)\s+[A-Z][\w'’-]+))"
)
# The runs (``text.run_offsets``) where an event's name may be anchored: every match of _NAMED_EVENT holds its kind
# ("fire" of "the Stone Creek fire") or the word opening it ("Storm" of "Tropical Storm Ana"), both among the kinds,
# at most four words after its start. A kind ends a name after a word with a capital (``_NAME_BEFORE``, in the
# reversed text); an opening word is written as in ``_OPENERS``.
_ANCHOR_WORDS = frozenset(_EVENT_KINDS.split("|"))
_OPENERS = ("Storm", "Hurricane", "Typhoon", "Cyclone", "Operation")
_NAME_BEFORE = re.compile(r"\s+[\w'’-]+?[A-Z]")
_WORDS_BACK = re.compile(r"\S*(?:\s+\S+){0,4}")  # in the reversed text: back to the start of the fourth word before
_TOGETHER_WITH = re.compile(r"\b(?:(?:together|along|combined)\s+with|including|plus)\s+$", re.I)
_POINTS_TO_EVENT = re.compile(rf"\s*(?:It|(?:The|That|This)\s+(?:{_EVENT_KINDS}))\b")


def named_event(text: str, sent_start: int, start: int, prev_start: int | None) -> str | None:
    """The named event a figure is of, when the text names one other than the document's own: "the Stone Creek
    fire had burned 800 hectares" in a report on another fire, "Storm Ana killed 40"; or the one the sentence
    before named, when this one points back to it ("It burned 2,100 hectares"). None for the document's own
    event (the one it names most): a story with two fires keeps the other fire's figures apart by it."""
    starts, names, own = _named_events(text)
    if not names:
        return None
    i, j = bisect_left(starts, sent_start), bisect_left(starts, start)
    name: str | None = None
    if j > i:
        name = names[j - 1]
        if _TOGETHER_WITH.search(text, max(sent_start, starts[j - 1] - 24), starts[j - 1]):
            return f"with {name}"  # "together with the Stone Creek fire, losses stand at 305 million": both
    elif prev_start is not None and _POINTS_TO_EVENT.match(text, sent_start):
        k = bisect_left(starts, prev_start)
        name = names[k] if k < i else None
    return None if name is None or name == own else name


@lru_cache(maxsize=8)
def _named_events(text: str) -> tuple[list[int], list[str], str | None]:
    """Where ``text`` names an event, the names, and the document's own event: the one it names most (the
    first of equals), its title counting twice."""
    found = [(m.start(), n) for m in _named_event_matches(text) if (n := _event_name(m))]
    if not found:
        return [], [], None
    counts = Counter(n for _, n in found)
    title_end = text.find("\n")
    for pos, n in found:
        if title_end < 0 or pos < title_end:
            counts[n] += 1
    best = max(counts.values())
    own = next(n for _, n in found if counts[n] == best)
    return [p for p, _ in found], [n for _, n in found], own


def _named_event_matches(text: str) -> list[re.Match[str]]:
    """What ``_NAMED_EVENT.finditer(text)`` finds, searched for only from four words before each run of
    ``_ANCHOR_WORDS`` that may hold one (the runs tell when ``plain(text)``; else the plain search). The next match
    holds an anchor not yet tried, so none later, whose four words back start no earlier: each search starts between
    the end of the last match and the start of the next, and finds it."""
    if not plain(text):
        return list(_NAMED_EVENT.finditer(text))
    words, offsets = run_offsets(text)
    found: list[re.Match[str]] = []
    after = 0  # where the last match ended
    backwards = ""
    for at in compress(offsets, map(_ANCHOR_WORDS.__contains__, words)):
        if at < after:
            continue  # a word of the name found last
        backwards = backwards or text[::-1]
        if not (text.startswith(_OPENERS, at) or _NAME_BEFORE.match(backwards, len(text) - at)):
            continue  # neither a kind after a name nor a word opening one
        words_back = _WORDS_BACK.match(backwards, len(text) - at)
        lo = len(text) - words_back.end() if words_back is not None else 0
        m = _NAMED_EVENT.search(text, max(after, lo))
        if m is None:  # no match from here on
            break
        found.append(m)
        after = m.end()
    return found


def _event_name(m: re.Match[str]) -> str | None:
    if m.group(3):
        return squash(m.group(3))
    name = squash(m.group(1))
    if name.split()[0] in _NOT_PLACES or name.lower() in _organisation_words() or name in country_index():
        return None  # "The Saturday fire", "Police protest", "French attack": no name of an event
    kind = m.group(2).lower()
    return f"{name} {_KIND_NAMES.get(kind, kind)}"


# one name for each kind of event written several ways: "the Elm Ridge wildfire" is "the Elm Ridge fire"
_KIND_NAMES = {
    "blaze": "fire",
    "wildfire": "fire",
    "bushfire": "fire",
    "quake": "earthquake",
    "floods": "flood",
    "bombing": "attack",
    "blast": "explosion",
}
