"""A figure with a counted noun, a part of a group, or a bare figure: its measure and frame.

The measure comes, in order, from what the figure is a part of ("32 of them"), the noun itself ("300
protesters"), the figure before it ("lowered to 125 from 174", "of which 1,100"), a cue right before it
("killed 59"), right after it ("462 people aboard"), or anywhere in the sentence for a bare figure; a
figure that points back takes the measure of what was counted just before. Who is counted, where,
whose and which occasion follow (``groups``, ``frames``, ``occasions``).
"""

from __future__ import annotations

import re
from functools import cache

from ...model import EARLIER, FORECAST, MORE, OWN, PART, SEPARATE, Claim, Count, Frame, Number
from ..lexicon import alternation, data
from ..numbers import NumberMention
from ..text import Span, singular
from . import frames
from .batches import batch
from .countdoc import CountDoc, make_claim
from .durations import duration_claim
from .fates import fate_of
from .groups import (
    canonical,
    is_troops,
    known_place,
    nationality,
    nationals,
    not_counted,
    of_nationality,
    plus_one,
    size_unit,
    synonym,
    units,
    victims,
)
from .measures import (
    Measure,
    cue_adjacent,
    cue_in_sentence,
    cue_left,
    cue_phrase,
    cue_right,
    holds_within,
    measure_of,
    measures,
)
from .modals import forecast, planned
from .nouns import STOP, Noun, is_plural_noun, noun_after
from .nouns import counted as counted_thing
from .occasions import occasion
from .parts import SOURCES, dashed_group, names_of_the_dead, partitive_frame, people_measure, topic, whole_named
from .populations import place_of, population, population_claim
from .quantifiers import whole_of_a_share
from .voices import before_event, own_account

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
# what is counted at a march or rally, as its crowd is: a story of several marches has one count for each
_AT_GATHERINGS = frozenset({"arrests", "injuries", "in hospital", "in critical or serious condition"})
_MORE = re.compile(r"\s+(?:more|additional|further)\b(?!\s+than)")
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)
_AREAS = frozenset({"hectare", "acre", "square km", "square mile", "sq km"})
_LENGTHS = frozenset({"km", "mile", "m", "foot", "nautical mile"})
_DISTANCE_TO = re.compile(  # after the unit, and after its conversion in brackets: "4 km (2.5 miles) short of"
    r"(?:\s*\([^()]{1,30}\))?\s+(?:short\s+of|from|away\s+from|off|outside|beyond|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w'-]*\s+)*([a-z][\w-]+)"
)
_TROOP_NUMBERS = re.compile(
    r"\b(?:troop|troops|force|forces|military)\s+(?:numbers|levels|strength|presence|contingent)\b[^.;]{0,60}$", re.I
)
_PAST_DAY = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight)\s+hours\b", re.I
)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|reached|hit|of)\s+(?:[a-z]+\s+){0,2}$")
# what a figure is the level of, when the noun before it stood at it: "Laboratory-confirmed cases stood at 812"
_SUBJECT_STOOD = re.compile(
    r"(?:([\w-]+)\s+)?(?!(?:had|has|have)\b)([A-Za-z][\w-]*)\s+(?:(?:had|has|have)\s+)?"
    r"(?:stood|stand|stands|rose|risen|climbed|reached|totalled|totaled|numbered|hit|jumped)\s+(?:at\s+|to\s+)?"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|roughly)\s+)?$"
)
# one of which every match of _SUBJECT_STOOD holds (it is case-sensitive): looked for before the pattern is tried
_STOOD_WORDS = ("stood", "stand", "rose", "risen", "climbed", "reached", "total", "numbered", "hit", "jumped")
_SOMEWHERE = re.compile(r"\s+(?:in|inside|at|on\s+board)\s+(?:the|a)\s+[a-z]")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# after an increment and before the total it brings: "17 survivors ..., bringing the number rescued to 120"
_TOTAL_AFTER = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their|this)\s+(?:[a-z-]+\s+)?"
    r"(?:total|tally|number|count|toll)\b(?:\s+[a-z-]+){0,3}\s+to\s*$"
)
_TOTAL_VERBS = ("bringing", "taking", "raising", "pushing", "lifting")


def _total_after(text: str, start: int, end: int) -> bool:
    """Whether ``_TOTAL_AFTER`` is in ``text[start:end]`` (its first 100 characters), its verbs looked for first."""
    stop = min(end, start + 100)
    return holds_within(text, start, stop, _TOTAL_VERBS) and _TOTAL_AFTER.search(text[start:stop]) is not None


_TOTAL_TO = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting|bring|take|raise)\s+(?:the|its|their|this)\s+"
    r"(?:[a-z-]+\s+)?(?:total|tally|number|count|toll)\s+(?:of\s+[a-z-]+\s+)?to\s+$",
    re.I,
)


def _total_of(counted: str | None) -> str | None:
    """What a running total counts, from what its last increment counted: "new case" is "case", "more" nothing."""
    if counted is None or counted in (MORE, PART, EARLIER):
        return None
    return counted.removeprefix("new ").removeprefix("more ") or None


_OF_WHICH = re.compile(r"\b(?:of\s+which|of\s+whom|of\s+these|of\s+those)\s+$", re.I)
_PREDICATE_WORD = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:still\s+|now\s+|all\s+)?([a-z][\w-]+)"
)
_AND_GROUP = re.compile(
    r"\s+and\s+(?!(?:a|an|the|their|his|her|its|some|several|many|more|dozens|hundreds|thousands|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|\d)\b)"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\b(?!\s+(?:of|from)\b)"
)
_INCLUDING = re.compile(r"\b(?:including|includes|included|among\s+them)\s+$", re.I)
_FROM = r"from\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"  # "from the United Kingdom"
_FROM_NAME = re.compile(rf"\s+{_FROM}")
_AMONG_AFTER = re.compile(
    r"\s+among\s+(?:the\s+)?(?!(?:them|those|these|us|whom|which|others|the|a|an)\b)([a-z][\w-]*(?:\s+(?!(?:under|over|aged|in|at|on|from|who|that|of)\b)[a-z][\w-]*)?)"
    r"\b(?!\s+of\b)"
)
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
# what a count per stretch of time ends with: "passengers a day", "patients each week", "visitors annually"; not the
# date after a figure ("31 a day earlier", "12 people a day after the storm")
_PER = r"(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute|season)\b"
_RATE_AFTER = re.compile(
    rf"\s+(?:{_PER}(?!\s+(?:earlier|later|before|after|ago|since|on|in|of|or|and|when)\b|-)"
    r"|(?:daily|nightly|weekly|monthly|annually|yearly|a\s+head)\b)",
    re.I,
)
# the words _RATE_AFTER opens with after a space, looked for before it is tried
_RATE_FIRST = (
    " a ",
    " an ",
    " per ",
    " each ",
    " every ",
    " daily",
    " nightly",
    " weekly",
    " monthly",
    " annual",
    " yearly",
)
_PER_TIME = re.compile(rf"\s{_PER}$", re.I)
_SAVED = re.compile(r"\b(?:sav|spar)(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}$", re.I)
_FROM_COUNTRY = re.compile(rf"\s+(?:(?:are|were|is|was|came|come)\s+)?{_FROM}")
_AND_NEXT = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s+")
_NUMBER_OF = re.compile(r"\b(?:number|count|toll|tally|total)\s+of\s+([a-z][\w-]*)\s+$", re.I)
_CLOSING_QUOTES = frozenset("\"”’'")
_AS_HAVE = re.compile(r",?\s+as\s+(?:have|has|had|were|was|are|is|did|do)\s+(?:the\s+|some\s+|another\s+)?$", re.I)
_MEMBERS_OF = re.compile(r"\s+of\s+(?:his|her|its|their|the)\s+([a-z]+)\b")
_OF_THE_GROUP = re.compile(r"\s*(?:of|among)\s+(?:the|its|their|all)\s+(?:[\d,]+\s+)?([a-z][\w -]{1,40}?),\s+$", re.I)
_OF_THE_FIGURE = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those|these)\s+(?:\d[\d,]*|[a-z]+-?[a-z]*)(?:\s+(?:who|that)\s+[a-z]+(?:\s+[a-z]+)?)?\s*,"
)
_WHO_WERE = re.compile(r"^(?:who|that)\s+(?:were\s+|was\s+|have\s+|had\s+)?(?:been\s+)?")
_AND_SOURCE = re.compile(rf"\band\s+(?:the\s+)?{SOURCES}\s*[\"“]?\s*$", re.I)
_BUT_BEFORE = re.compile(r",?\s+but\s+(?:only\s+)?$")
_VERB_AFTER = re.compile(r"\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?[a-z]+ed\b")
_FROM_BY = re.compile(r"\b(?:from|by)\s+$", re.I)
_TAKE_PART = re.compile(
    r"\s+(?:have\s+|had\s+|has\s+)?(?:contributed|contribute|sent|send|joined|join|took\s+part|take\s+part|"
    r"participat\w*|pledged|committed|taking\s+part)\b",
    re.I,
)
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with)\s+(?:his|her|their|the)?\s*$", re.I)


@cache
def _hedge_verbs() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each qualifier's hedge verbs: the pattern, and the last words it can end on (to look for first)."""
    table: dict[str, list[str]] = data("claim_words.json")["hedge_verbs"]
    return {
        q: (
            re.compile(r"(?<![\w-])" + alternation(forms) + r"\s*$", re.I),
            tuple(sorted({f.split()[-1] for f in forms})),
        )
        for q, forms in table.items()
    }


def _hedge_verb(doc: CountDoc, q: str, start: int, end: int) -> re.Match[str] | None:
    """A hedge verb of qualifier ``q`` ending ``text[start:end]`` ("the toll passed", "over the next")."""
    if q not in _hedge_verbs():
        return None
    pattern, last_words = _hedge_verbs()[q]
    if not doc.ends_with(start, end, last_words):
        return None
    return pattern.search(doc.text[start:end])


_ONES = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2})ones\b")


def _ones(ones: re.Match[str], prev: Claim) -> Noun | None:
    """ "655 confirmed ones" after "3,900 suspected cases": this one's words with the noun of the figure before
    ("confirmed case"); None when the figure before counts no group of its own."""
    counted = prev.frame.counted
    if not counted or counted in (PART, MORE, EARLIER):
        return None
    head = counted.split()[-1]
    return Noun(phrase=f"{ones.group(1)}{head}", head=head, end=ones.end())


def _frame_of_earlier(done: list[Claim], measure: str | None, counted: str | None) -> bool:
    """Whether a claim before has measure ``measure`` and group ``counted`` in the frame of the whole story (no
    place, no owner)."""
    return any(
        c.frame.measure == measure and c.frame.counted == counted and c.frame.place is None and c.frame.owner is None
        for c in done
    )


def _shared_cue(text: str, noun_end: int, next_start: int, end: int) -> re.Match[str] | None:
    """The cue of people the next group, joined by "and", shares with this one: "12 Lebanese nationals and five
    Germans were killed" (both were killed); only a cue of people, close after the next figure."""
    if not _AND_NEXT.fullmatch(text, noun_end, next_start):
        return None
    cue = cue_right(text, next_start, min(end, next_start + 40))
    return cue if cue is not None and measures()[measure_of(cue)].people else None


def counted_claim(
    doc: CountDoc, m: NumberMention, nxt: NumberMention | None, span: Span, done: list[Claim]
) -> Claim | None:
    """A figure with a counted noun, or a part of a group, or a bare figure: its measure and frame."""
    text = doc.text
    next_start = nxt.start if nxt is not None else len(text)
    value: Number | None = m.value
    low, high, qualifier = m.low, m.high, m.qualifier
    just_before = done[-1] if done and done[-1].start >= span.start else None  # the figure before, in this sentence

    lead_of = text[m.end : m.end + 9].lower()
    part = frames.partitive(text, m.end, span.end) if lead_of.startswith((" of ", " more of ")) else None
    noun: Noun | None
    # "two missing passengers", "three injured firefighters": the adjective says what befell them, the noun who
    adjective = (
        _cue_adjective().match(text, m.end, span.end) if part is None and text[m.end : m.end + 1] == " " else None
    )
    befell = _group_after(text, adjective.end(), span.end, m.value == 1) if adjective is not None else None
    adjacent = cue_adjacent(text, m.end, span.end) if part is None and befell is None else None
    if part is not None:
        noun = None
        noun_end = part.end
    elif befell is not None:
        noun, noun_end = befell, befell.end
    elif adjacent is not None and adjacent.group().lower() not in _NOUN_CUES:
        noun = None  # "a million took part", "10,000 were reported missing": the predicate follows the figure
        noun_end = m.end
    else:
        after_quote = m.end + 1 if text[m.end : m.end + 1] in _CLOSING_QUOTES else m.end  # '"around 2,500" troops'
        noun = noun_after(text, after_quote, span.end)
        noun_end = noun.end if noun else m.end
        if just_before is not None and (ones := _ONES.match(text, after_quote, span.end)) is not None:
            noun = _ones(ones, just_before) or noun  # "3,900 suspected cases and 655 confirmed ones": confirmed cases
            noun_end = noun.end if noun else m.end
    head = noun.head.lower() if noun else ""

    time_word = head
    if noun is not None and time_word in _time_words():
        words = noun.phrase.split()
        if words[0].lower() in _RATE_WORDS or (len(words) > 1 and _PER_TIME.search(noun.phrase)):
            return None  # "more than 190 a day", "40 per hour", "2 million tonnes a year": a rate, no length of time
        return duration_claim(doc, m, time_word, noun.end)
    if (
        noun is not None
        and text[noun_end : noun_end + 10].lower().startswith(_RATE_FIRST)
        and _RATE_AFTER.match(text, noun_end)
    ):
        return None  # "21,000 passengers a day use the line": a rate, no count of the story

    # --- the measure
    clause = doc.clause(m.start)  # looked up here: a duration or a rate is told without it
    if part is None and noun is None and (kind := place_of(text, m)) is not None:
        return population_claim(doc, m, span, kind, (m.start, m.end))  # "Millford, a village of 2,300": no one the
        # sentence's cue names ("2,300 under evacuation orders" would have said so with its own predicate)
    measure: str | None = None
    left = cue_left(text, m.start, span.start)
    right: re.Match[str] | None = None
    counted: str | None = None
    subtotal = False
    quote_start, quote_end = m.start, max(m.end, noun_end)
    is_thing = noun is not None and frames.thing(head)
    head_cue = False  # the noun itself names the measure ("deaths", "protesters"): it is no group of its own
    if head == "lives" and _SAVED.search(text, max(span.start, m.start - 30), m.start):
        return None  # "saved thousands of lives": lives not lost, no toll
    if noun is not None and head == "names" and names_of_the_dead(doc, span):
        measure, is_thing = "deaths", False  # "135 names in yellow letters ... So many died": a list of the dead
        head_cue = True
    if part is not None:
        measure, counted, subtotal = partitive_frame(doc, m, part, span, done, left)
        if measure == "duration":
            return None  # "9,412 flight hours, 3,100 of them on this type": a part of a length, in no unit of its own
    elif noun is not None and is_troops(noun.phrase):
        measure = "troops"
    elif noun is not None and (frames.size_unit(head) or frames.size_unit(noun.phrase.split()[0])):
        measure = "size"  # "19 km", "2,700 tons of ammonium nitrate"
    elif noun is not None and head.startswith("countr") and singular(head) == "country":
        # "drawn from a dozen countries", "contributed by nine countries", "12 countries have sent troops": the
        # countries taking part in something; any other "two countries" is no claim
        if _FROM_BY.search(text, max(span.start, m.start - 12), m.start) or _TAKE_PART.match(text, noun_end):
            measure = "countries"
        else:
            return None
    # "15 crew members have been arrested, as have four employees": the verb left out is the one before
    if (
        measure is None
        and part is None
        and just_before is not None
        and _AS_HAVE.search(text, max(span.start, m.start - 20), m.start)
    ):
        measure = just_before.frame.measure
    # "police counted 35,000 and the unions 'more than 100,000'": another source's count of the same, its verb left
    # out; "announced as 500,000 doses, but 450,000 arrived": the same things, their noun left out
    if (
        measure is None
        and part is None
        and noun is None
        and just_before is not None
        and (
            _AND_SOURCE.search(text, max(span.start, m.start - 30), m.start)
            or (_BUT_BEFORE.search(text, max(span.start, m.start - 12), m.start) and _VERB_AFTER.match(text, m.end))
        )
        and cue_right(text, m.end, min(next_start, span.end)) is None  # "40 died, but 12 survived": its own
    ):
        measure, counted = just_before.frame.measure, just_before.frame.counted
    # "lowered to 125 from 174", "3,200 bodies, of which 1,100 were unidentified": a figure that goes with the
    # one just before it in the clause, as its earlier value or as a part of it
    if measure is None and part is None and done and done[-1].start >= clause.start - 80:
        prev = done[-1]
        lead = text[max(span.start, m.start - 16) : m.start]
        if noun is None and _FROM_BEFORE.search(lead) and people_measure(prev.frame.measure):
            measure, counted = prev.frame.measure, prev.frame.counted
        elif noun is None and prev.frame.measure and _TOTAL_TO.search(text, max(span.start, m.start - 48), m.start):
            # "300 new cases, bringing the total to 4,500": the total of what was just counted
            measure, counted = prev.frame.measure, _total_of(prev.frame.counted)
        elif _OF_WHICH.search(lead) and prev.frame.measure is not None:
            after = noun_end if noun is not None else m.end
            own = cue_right(text, after, min(next_start, span.end))
            if own is not None and measure_of(own) != prev.frame.measure and measures()[measure_of(own)].people:
                # "79 injured, of whom two are in a serious condition", "12 arrested, of whom five have been
                # charged": a state some of them are in, counted as such
                measure, counted = measure_of(own), prev.frame.counted
            else:
                measure, subtotal = prev.frame.measure, True
                said_of = _PREDICATE_WORD.match(text, after)
                said = said_of.group(1).lower() if said_of else None
                counted = counted_thing(said) if said is not None and said not in STOP else PART
    if measure is None or measure == "troops":
        cue = None
        if befell is not None and adjective is not None:
            measure = cue_phrase(adjective.group(1)) or measure
            said = left or cue_right(text, noun_end, min(next_start, span.end))
            if said is not None and measure_of(said) != measure and measures()[measure_of(said)].type != "quantity":
                measure, right = measure_of(said), (said if said is not left else None)
        elif noun is not None and not is_thing and cue_phrase(head):
            measure = cue_phrase(head)
            head_cue = True
            # "two protesters were killed", "police arrested 30 protesters": what befell the group the noun
            # names is the measure, and the noun the group counted
            said = left or cue_right(text, noun_end, min(next_start, span.end))
            if said is not None and measure_of(said) != measure and measures()[measure_of(said)].type != "quantity":
                measure, head_cue, right = measure_of(said), False, (said if said is not left else None)
        else:
            if left is not None:
                cue = left
            elif noun is not None or part is None:
                # from the noun's first word: "one diver lost his life" reads "diver lost" as the noun
                first_end = (
                    m.end + len(noun.phrase.split()[0]) + 1 if noun is not None and " " in noun.phrase else noun_end
                )
                right = cue_right(text, min(first_end, noun_end), min(next_start, span.end))
                cue = right
                if cue is None and noun is not None and not is_thing and nxt is not None:
                    cue = _shared_cue(text, noun_end, next_start, span.end)  # "12 A and five B were killed"
            if cue is None and noun is None and part is None:
                cue = cue_in_sentence(text, span.start, span.end, m.start)
                if cue is not None and m.start - 80 < cue.start() < m.start:
                    quote_start = cue.start()  # "the death toll from the flood rose to 19"
            if cue is not None and (not is_thing or measures()[measure_of(cue)].type != "deaths"):
                found = measure_of(cue)
                if not (is_thing and measures()[found].people):
                    measure = found
    # "including 9 children", "among them six soldiers", "among the dead were 12 foreigners", "the missing
    # include three nationals": a part of a total
    if part is None and noun is not None and (measure in (None, "troops", "number") or head_cue):
        whole = whole_named(text, span.start, m.start, noun_end, span.end, done)
        if whole is not None and whole != measure:  # "the 40 dead included 3 protesters": protesters among the dead
            measure, subtotal, head_cue = whole, True, False
    # "the figure had more than doubled, to 40", "there were 17", "their count came to 338,000": a figure
    # that points back takes the measure of what was just counted
    topic_counted: str | None = None
    if measure is None and part is None and (noun is None or frames.anaphoric(head)):
        pointed = topic(doc, m, span, done)
        if pointed is not None:
            measure, topic_counted = pointed
    if measure is None and noun is None and part is None and _TROOP_NUMBERS.search(text, span.start, m.start):
        measure = "troops"  # "bring the force's troop numbers down to 1,000"
    if (
        measure is None
        and noun is None
        and part is None
        and holds_within(text, max(span.start, m.start - 60), m.start, _STOOD_WORDS)
        and (stood := _SUBJECT_STOOD.search(text, max(span.start, m.start - 60), m.start))
    ):
        level_of = stood.group(2).lower()  # "Arrivals had reached 4,000": arrivals
        modifier = stood.group(1) or ""  # "laboratory-confirmed cases", "suspected cases": kept; "said arrivals" not
        if is_plural_noun(level_of) and level_of not in STOP:
            phrase = f"{modifier.lower()} {level_of}" if "-" in modifier or modifier.endswith("ed") else level_of
            measure, topic_counted = "number", canonical(counted_thing(phrase))
    if (
        part is None
        and not head_cue  # "Two-thirds of the 90 dead were women": the dead are the toll
        and befell is None  # "Most of the 300 missing passengers were found": the missing
        and right is not None
        and measure in measures()
        and measures()[measure].people
        and whole_of_a_share(text, span.start, m.start, noun_end, right.span())
    ):
        # "Most of the 300 passengers survived": 300 passengers, of whom some share survived
        measure, right = ("number" if noun is not None else None), None
    if m.kind == "vague" and measure in (None, "number", "size"):
        return None
    # --- who is counted
    if part is None and noun is not None:
        written = counted_thing(noun.phrase)
        crew = _MEMBERS_OF.match(text, noun_end) if head.startswith("member") and singular(head) == "member" else None
        if crew is not None:  # "two members of his crew": crew members
            written = f"{singular(crew.group(1).lower())} member"
        written = of_nationality(noun.phrase, written)  # "12 Lebanese nationals": Lebanese, not any nationals
        counted = canonical(written)
        both = measure in measures() and measures()[measure].people and _AND_GROUP.match(text, noun_end)
        if frames.generic(counted) or measure == "troops" or head_cue or both:
            # the people of the story; troop nouns are all one thing; "protesters" are the crowd; "17 miners and
            # rescuers" are both groups, not one
            counted = None
    if measure is not None and measure in measures() and measures()[measure].people and counted is not None:
        counted = victims(counted)
    # "the captain was arrested along with two crew members": the one named, and the others
    along_from = max(span.start, m.start - 30)
    along = (  # "with" looked for first, in the text lower-cased once
        _ALONG_WITH.search(text, along_from, m.start)
        if part is None and doc.low.find("with", along_from, m.start) >= 0
        else None
    )
    if along is not None and value is not None and measure in (None, "number"):
        named = cue_in_sentence(text, span.start, along.start(), along.start())
        if named is not None and measures()[measure_of(named)].people:
            # the one named is of the group counted: "the captain was arrested along with two crew members"
            measure = measure_of(named)
            value, low, high = value + 1, plus_one(low), plus_one(high)
            quote_start = named.start()
    # "killed 12 miners and two rescuers": the verb before the first group counts the second too
    if measure is None and part is None and noun is not None and just_before is not None:
        joined = just_before.frame.measure
        led = cue_phrase(just_before.text.split()[0]) is not None  # "killed 12 miners": the verb leads the first
        if (
            joined is not None
            and led
            and measures()[joined].people
            and _AND_NEXT.fullmatch(text, just_before.end, m.start)
        ):
            measure = joined  # not "58 people have died and 2,380 suspected cases have been recorded"
    # --- other measures a noun gives
    if measure is None:
        of_place = population(text, m, noun)
        if of_place is not None:
            return population_claim(doc, m, span, of_place, (quote_start, quote_end))
        if counted is not None and counted.split()[-1] not in not_counted() and value != 1:
            measure = "number"
    # "310 suspected cases among children under five", "12 deaths among health workers": a group's share
    among = _AMONG_AFTER.match(text, noun_end) if part is None and noun is not None and measure is not None else None
    group = canonical(counted_thing(among.group(1))) if among is not None else None
    if group is not None and not frames.generic(group):
        counted = f"{counted} among {group}" if measure == "number" and counted else group
    # "3,000 troops, including 1,200 from Country A", "evacuated 8,000, including 640 from Riverton": a part of the
    # figure before, of what it names
    included = part is None and noun is None and _INCLUDING.search(text, max(span.start, m.start - 16), m.start)
    included_from = _FROM_NAME.match(text, m.end, span.end) if included else None
    if included and measure is None and just_before is not None and just_before.frame.measure:
        measure = just_before.frame.measure
    if measure is None and noun is None and value != 1 and _SOMEWHERE.match(text, m.end):
        pass  # "250 in the building": a count of people somewhere, what of them unread; kept to itself
    elif measure is None and (noun is None or value == 1 or counted is not None):
        return None  # a bare figure, "one", or a noun no count is made of ("5 times", "two sides" with no cue)
    if topic_counted is not None and counted is None:
        counted = topic_counted
    if counted is None and left is not None and (number_of := _NUMBER_OF.search(text, span.start, left.start())):
        group = canonical(singular(number_of.group(1).lower()))  # "the number of children killed as 17"
        counted = None if frames.generic(group) or cue_phrase(number_of.group(1)) else group
    if counted is None and part is None and (group_of := _OF_THE_GROUP.match(text, span.start, m.start)):
        those = _WHO_WERE.sub("", group_of.group(1))  # "Of the 32 who died": those who died
        group = canonical(counted_thing(those))  # "Of the 29 crew members, twenty-two survived"
        counted = None if frames.generic(group) else group
        if measure is not None and cue_phrase(those) == measure:
            counted = PART  # "Of the dead, 29 were over 80", "Of the 32 who died, 26 ...": a part of the toll
    if (
        counted is None
        and part is None
        and (opens := _OF_THE_FIGURE.match(text, span.start))
        and opens.end() <= m.start
    ):
        counted = PART  # "Of the 15, 11 were over 80 and nine died alone": parts of the figure given before
    if counted is None and noun is None and (dashed := dashed_group(text, span.start, m.start)):
        group = canonical(singular(dashed))  # "so many children — 51 aged 17 or under"
        counted = None if frames.generic(group) else group
    if measure == "countries":
        counted = None
    if measure == "number" and part is None and noun is not None and nationals(written):
        measure = None  # "three Syrians" with nothing said of them: a part of some total, which one unread
    if measure == "number" and part is None and noun is not None:
        fate = fate_of(text, m.start, noun_end, clause.start, head, is_thing, done)
        if fate is not None:  # "destroyed 57 homes", "and 61 damaged": homes destroyed, homes damaged
            measure, counted = fate.measure, fate.counted or counted
            quote_start, quote_end = min(quote_start, fate.start), max(quote_end, fate.end)
    if measure == "size" and noun is not None:
        complement = noun.phrase.split(" of ", 1)[1] if " of " in noun.phrase else None
        counted = counted_thing(complement).split()[-1] if complement else None  # "of the explosive ammonium
        head = noun.phrase.split()[0]  # nitrate" is a size of "nitrate", in "tons"
        if counted is None:
            unit_name = size_unit(head) or head
            unit_end = text.find(head, m.end, span.end) + len(head)  # "4 km short of": after the unit word
            to = _DISTANCE_TO.match(text, unit_end, span.end) if unit_name in _LENGTHS else None
            if unit_name in _AREAS:
                measure = "area"  # "the fire had burned about 1,200 hectares"
            elif to is not None:
                measure, counted = "distance", canonical(singular(to.group(1).lower()))  # "4 km short of the runway"
            else:
                measure = None  # "19 km": a size of what the sentence does not say
    # --- the hedge a verb gives
    if qualifier == "exact" and _hedge_verb(doc, "more than", max(0, m.start - 24), m.start):
        low, high, qualifier = value, None, "more than"
    # --- where and whose
    place = (
        frames.place_after(text, noun_end if noun_end > m.end else m.end, span.end)
        or frames.place_there(text, m.start, noun_end, span.start, span.end)
        or frames.place_where(text, span.start, m.start)
        or frames.place_opening(text, span.start, m.start)
        or (frames.place_of_agents(text, span.start, left.start()) if left is not None else None)
    )
    owner = None
    if included_from is not None and measure in ("troops", "number"):
        owner = included_from.group(1)  # "including 1,200 from Country A": Country A's
    elif included_from is not None and place is None:
        place = included_from.group(1)  # "including 640 from Riverton": those of Riverton
    elif measure in ("troops", "number", "countries") or (part is not None and frames.accounts_for(text, m.start)):
        # "Country A sent 40 jets"; "Serrin accounts for 141 of the deaths": Serrin's share of them
        owner = frames.owner_of(text, m.start, clause.start, noun.phrase if noun else None)
    elif place is None:
        before_place = frames.place_before(text, (left.start() if left else m.start), span.start)
        if before_place and known_place(before_place):
            place = before_place
    if (
        place is None
        and measure is not None
        and frames.nationwide(text, clause.start, clause.end, span.start, (m.start, m.end), doc.low)
    ):
        place = "nationwide"  # "Nationwide, the ministry counted 214,000 marchers in 40 towns": not the capital's
    if part is not None and part.pronoun and owner is None and just_before is not None:
        owner = just_before.frame.owner  # "Country A has 3,000 troops, 1,200 of them in Northland": A's too
    event = "planned" if measure == "troops" and planned(text, m, noun_end, span.start) else None
    if event is None and measure is not None and measure != "troops" and forecast(text, m, noun_end, clause.start):
        event = FORECAST  # "the death toll could rise to 1,000": what may come, not what is
    if measure == "crowd" or (measure in _AT_GATHERINGS and doc.gathering_day() is not None):
        # "nine arrested" at the second march, "47 detained" at the first
        event = occasion(doc.prep, span, m.start, doc.gathering_day())
    if event is None and measure == "number":
        # "the first shipment of 450,000 doses"; "a shipment of 500,000 doses": one batch, never the total
        event = batch(text, span.start, m.start)
    if event is None and measure is not None:  # "the Stone Creek fire had burned 800 hectares"
        before = doc.sentence(span.start - 1) if span.start > 0 else None
        event = frames.named_event(text, span.start, m.start, before.start if before is not None else None)
    # "rose to 44 after the bodies of six more victims were recovered", "Two more survivors were reached", "Five
    # more men were brought out": an increment, never the total ("injured 60 more" after a toll is all the injured)
    more = place is None and measure is not None and _MORE.match(text, m.end) is not None
    another = (  # "Another 87 suffered minor injuries" with none counted before is all 87
        place is None
        and measure is not None
        and _ANOTHER.search(text, max(span.start, m.start - 12), m.start) is not None
        and any(c.frame.measure == measure for c in done)
    )
    if more or another:
        # "another 12 people were arrested"; unless what was counted just before in the sentence is of another
        # measure: "Floods killed 40 people and injured 60 more" is all 60 injured
        other = just_before is not None and just_before.frame.measure not in (measure, None)
        if (counted is None or " " in counted) and not other:
            counted = MORE
    # "In the past 24 hours, 37 new suspected cases and two deaths were reported": a day's new count, never the
    # total ("the toll rose to 58 in the past 24 hours" is the total)
    if (
        measure is not None
        and doc.low.find("hours", span.start, span.end) >= 0  # what _PAST_DAY needs, looked for at once
        and _PAST_DAY.search(text, span.start, span.end) is not None
        and _LEVEL_BEFORE.search(text, max(span.start, m.start - 12), m.start) is None
    ):
        counted = MORE
    # "Rescuers pulled 17 survivors from the rubble, bringing the number rescued to 120": the 17 are an increment
    # (of people: "300,000 doses, bringing the total to 750,000" would leave the total no noun to count)
    if (
        measure in measures()
        and measures()[measure].people
        and event is None
        and counted not in (PART, EARLIER)
        and not (counted or "").startswith("new ")
        and _total_after(text, max(m.end, noun_end), next_start if nxt is not None else span.end)
    ):
        counted = MORE
    if included:
        subtotal = True  # "evacuated 8,000 people, including 640 from the villages": a part of the total
    # "Three of the dead were foreign nationals: two from Germany and one from Austria": a nationality's share
    from_country = _FROM_COUNTRY.match(text, m.end, span.end) if included_from is None and noun is None else None
    if from_country is not None and measure is not None and measures()[measure].people:
        counted = nationality(from_country.group(1)) or counted
    if subtotal and counted is None and owner is None and (place is None or included_from is not None):
        counted = PART  # a place it came from names no finding of its own: the story's place goes without saying
    elif subtotal and owner is None and place is None and _frame_of_earlier(done, measure, counted):
        counted = PART  # "212 suspected cases ... 141 of the cases": a part is never in its total's frame
    # "rose to 164, up from 44", "lowered to 125 from 174": the figure it was before
    if (
        noun is None
        and part is None
        and measure is not None
        and just_before is not None
        and just_before.frame.measure == measure
        and _FROM_BEFORE.search(text, max(span.start, m.start - 16), m.start)
    ):
        counted = EARLIER
    # --- the claim
    spec = measures().get(measure) if measure else None
    typ = spec.type if spec else "quantity"
    unit = _unit(spec, measure, counted, noun, head)
    if frame_unit := (
        size_unit(head) if measure in ("size", "area", "distance") or (measure is None and noun is not None) else None
    ):
        unit = frame_unit
    if left is not None:
        quote_start = text.rfind(left.group(), span.start, m.start)
    elif right is not None:
        quote_end = max(quote_end, right.end())
        if noun is not None and part is None and right.start() < noun.end and counted is not None:
            counted = canonical(singular(noun.phrase.split()[0].lower()))  # "one diver lost his life": a diver
    if event is None and frames.separate(text, span.start, span.end):
        event = SEPARATE  # "In a separate accident, two workers were killed": not the story's toll
    if event is None and spec is not None and spec.people:
        event = before_event(text, right.end() if right is not None else max(noun_end, m.end), span.end)
    attributed = doc.prep.said(span)[1] is not None
    if owner is None and measure is not None and own_account(text, clause, span, m.start, attributed):
        owner = OWN  # "Our medical team treated 22 of them": the page's own share, never the story's total
    frame = Frame(measure=measure, counted=counted, place=place, owner=owner, event=event)
    count = Count(nominal=value, low=low, high=high, qualifier=qualifier, unit=unit)
    subject = counted
    if counted is not None and noun is not None and part is None and canonical(written) == counted:
        subject = victims(written) if spec is not None and spec.people else written
    if place and subject is None and spec is not None and spec.people:
        subject = f"people in {place}"
    return make_claim(doc, m, span, typ, count, quote_start, quote_end, frame, subject)


@cache
def _time_words() -> frozenset[str]:
    """The words of a length of time ("days", "fortnight"): a figure's noun that makes it a duration."""
    return frozenset(units()["time_units"]) | frozenset(units()["other_time_units"])


@cache
def _cue_adjective() -> re.Pattern[str]:
    """A cue written as an adjective before a noun ("two missing passengers"), after the figure."""
    return re.compile(rf" +({alternation(data('measures.json')['adjective_cues'])}) +(?=[a-z])", re.I)


def _group_after(text: str, start: int, stop: int, one: bool) -> Noun | None:
    """The people a cue adjective is said of ("injured firefighters", "one missing passenger"): a noun of people
    right after it, plural unless ``one`` is counted."""
    noun = noun_after(text, start, stop)
    if noun is None or not noun.head[0].islower() or frames.thing(noun.head) or cue_phrase(noun.head):
        return None
    if not (one or is_plural_noun(noun.head)) or singular(noun.head.lower()) in units()["time_units"]:
        return None  # "two injured on Monday", "12 dead hours later"
    return noun


def _unit(spec: Measure | None, measure: str | None, counted: str | None, noun: Noun | None, head: str) -> str:
    if measure == "troops":
        return counted_thing(noun.phrase) if noun else "soldier"
    if spec is not None and spec.unit:
        return spec.unit
    if spec is not None and spec.people:
        return "person"
    if counted:
        return synonym(counted)
    return "person"
