"""Parts of a total and figures that point back: "32 of them children", "two of the dead were police",
"nine of the 475 passengers ... had been confirmed dead", "among the dead were 12 foreigners", "the figure
had more than doubled, to 40", "a wall of 135 names ... So many died"."""

from __future__ import annotations

import re

from ...model import PART, Claim, Count
from ..numbers import NumberMention
from ..text import Span, singular
from . import frames
from .countdoc import CountDoc
from .groups import canonical, status_of
from .measures import cue_in_sentence, cue_phrase, cue_right, measure_of, measures
from .nouns import STOP, is_plural_noun, partitives
from .nouns import counted as counted_thing

_AMONG_THEM = re.compile(r"\b(?:among\s+them|including|of\s+whom|of\s+them)\b", re.I)
_THEM_NOUN = re.compile(r"\s+(?:of\s+)?(?:them|whom)\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)")
_AMONG_THE = re.compile(
    r"\b(?:among|including|of)\s+(?:the|those)\s+(dead|killed|injured|wounded|hurt|missing|arrested|detained|"
    r"victims|rescued|survivors)\b|\b(?:the\s+)?(dead|injured|wounded|missing|arrested|detained|rescued|survivors)"
    r"\s+(?:include|included|includes|including|were|are|comprise|comprised)\b",
    re.I,
)
# "100,000 children among them"; "43 Syrians, six Bangladeshis and an Australian among them": the rest of a list of
# groups, then "among them"
_AMONG_THEM_AFTER = re.compile(
    r"^(?:\s*,?\s*(?:and\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)\s+"
    r"[A-Z][\w'’-]*)*\s*,?\s*(?:were\s+|are\s+)?among\s+them\b"
)
#: Who gives a count of a crowd or a toll, as the subject of "counted", or with its verb left out ("police counted
#: 35,000 and the unions 100,000")
SOURCES = r"(?:police|organi[sz]ers|unions?|authorities|officials|ministry|government)"
_POINTS_BACK = re.compile(
    r"\b(?:(?:the|their|its|his|her|that|this|our|official|final|new|latest|revised)\s+(?:[\w'’]+\s+)?"
    r"(?:figure|number|count|tally|total|estimate|toll)\b[^.;]{0,60}|\bthere\s+(?:were|was|are|had\s+been)\s+$"
    # "Last Thursday, police counted 35,000": a source's count of what was just counted
    rf"|\b(?:the\s+)?{SOURCES}\s+(?:had\s+|have\s+|has\s+)?(?:counted|estimated|reckoned)\s+$)",
    re.I,
)
_POINTS_BACK_WORDS = ("figure", "number", "count", "tally", "total", "estimate", "toll", "there ", "reckoned")
_AMONG_THE_WORDS = (
    "among",
    "includ",
    "of the",
    "of those",
    "dead",
    "injured",
    "wounded",
    "missing",
    "arrested",
    "detained",
    "rescued",
    "survivors",
)
_TOPIC_OF = re.compile(r"\b(?:number|count|toll|tally|total)\s+of\s+([a-z][\w-]*)\s+(?:who\s+)?[a-z]", re.I)
_VERB_WORDS = frozenset(
    ["were", "was", "are", "is", "had", "have", "has", "been", "be", "being", "remain", "remained", "still"]
)


def topic(doc: CountDoc, m: NumberMention, span: Span, done: list[Claim]) -> tuple[str, str | None] | None:
    """What a figure that points back counts ("the figure had more than doubled, to 40", "officials first said
    there were 17", "their count came to 338,000"): the measure and group of the last people count in this
    sentence or the two before it, or a measure named there without a figure ("the count of children who
    died"). None when the figure does not point back or nothing was counted just before."""
    text = doc.text
    lead = text[span.start : m.start]
    low = lead.lower()
    pointed = any(w in low for w in _POINTS_BACK_WORDS) and _POINTS_BACK.search(lead) is not None
    if not pointed and not (_ANSWER.search(lead) and _asked_before(doc, span)):
        return None
    start = _paragraph_back(doc, span, 2)
    for c in reversed(done):
        if c.start < start:
            break
        if people_measure(c.frame.measure) and c.frame.measure is not None:
            return c.frame.measure, c.frame.counted
    cue = cue_in_sentence(text, start, span.start, span.start)
    if cue is None or not measures()[measure_of(cue)].people:
        return None
    of = _TOPIC_OF.search(text, start, span.start)
    group = canonical(singular(of.group(1).lower())) if of else None
    return measure_of(cue), (None if group is None or frames.generic(group) else group)


# "How many people have died? The ministry says 71": a source's answer to the question before
_ANSWER = re.compile(r"^(?:[\w'’-]+\s+){1,5}(?:says|said|puts\s+it\s+at|counts|put\s+it\s+at)\s+$")


def _asked_before(doc: CountDoc, span: Span) -> bool:
    """Whether the sentence before ``span`` is a question ("How many people have died?")."""
    if span.start <= 0:
        return False
    before = doc.sentence(span.start - 1)
    return before.start < span.start and doc.text[before.start : before.end].rstrip().endswith("?")


_GROUP_DASH = re.compile(r"\b([a-z]+(?:s|ren|men|ple))\s*[—–]\s*$")


def dashed_group(text: str, start: int, end: int) -> str | None:
    """The group named right before a dash that ends ``text[start:end]``: "so many children — 51 aged 17 or
    under" gives "children" for the 51."""
    if text.find("—", start, end) < 0 and text.find("–", start, end) < 0:
        return None  # no dash: the pattern cannot match (a cheap test first, for every bare figure)
    found = _GROUP_DASH.search(text, start, end)
    return found.group(1) if found is not None else None


def _paragraph_back(doc: CountDoc, span: Span, sentences: int) -> int:
    """Where the ``sentences`` sentences before ``span`` begin."""
    start = span.start
    for _ in range(sentences):
        if start <= 0:
            break
        prev = doc.sentence(start - 1)
        if prev.start >= start:
            break
        start = prev.start
    return start


def names_of_the_dead(doc: CountDoc, span: Span) -> bool:
    """Whether a count of names is a list of the dead: this sentence or the next speaks of deaths and of
    nothing else counted ("a wall bearing 135 names ... So many died")."""
    text = doc.text
    following = next((s for s in doc.prep.sentences if s.start >= span.end), span)
    cue = cue_in_sentence(text, span.start, following.end, span.start)
    return cue is not None and measure_of(cue) == "deaths"


def people_measure(measure: str | None) -> bool:
    return measure is not None and (measure == "troops" or (measure in measures() and measures()[measure].people))


def _listed_after_marker(lead: str) -> bool:
    """Whether the figure is in the list a part marker opens: right after it ("including nine children"), or
    further on in the same list ("among them six police officers and five militants"), not past a verb of a
    clause of its own ("including crews from other towns, and 200 soldiers are deployed, with 18 aircraft")."""
    found = max(_AMONG_THEM.finditer(lead), key=lambda m: m.start(), default=None)  # the last marker
    if found is None:
        return False
    between = lead[found.end() :]
    return len(between.split()) <= 12 and not _OWN_VERB.search(between) and not _AND_VERB.search(between)


_FIGURE_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozen",
        "hundred",
        "thousand",
    ]
)
_OWN_VERB = re.compile(r"\b(?:are|is|were|was|have|has|had|will|would)\b|[;:.]")
# "including a child, and left 200,000 homes without power": "and" and a verb of the subject's own, not the next
# part of the list ("and two foreigners", "and a further 12 soldiers", "and at least six police officers")
_AND_VERB = re.compile(
    r",\s+and\s+(?!(?:a|an|the|some|several|dozens|hundreds|thousands|more|other|another|at|about|around|nearly|"
    r"almost|over|up|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z]+\s+(?:[a-z]+\s+)?$"
)


def whole_named(text: str, sent_start: int, start: int, noun_end: int, sent_end: int, done: list[Claim]) -> str | None:
    """The measure of the total a counted group is a part of, where the sentence says so: "among the dead
    were 12 foreigners" (deaths), "the missing include three nationals" (missing), "72 people died,
    including nine children" or "100,000 children among them" (the measure of the figure just named)."""
    lead = text[sent_start:start]
    low = lead.lower()
    named = _AMONG_THE.search(lead) if any(w in low for w in _AMONG_THE_WORDS) else None
    if named is not None:
        return cue_phrase(named.group(1) or named.group(2))
    prev = done[-1] if done else None
    if prev is None or not people_measure(prev.frame.measure) or prev.start < sent_start - 400:
        return None
    same_sentence = prev.start >= sent_start
    if (same_sentence and _listed_after_marker(lead)) or _AMONG_THEM_AFTER.match(text[noun_end:sent_end]):
        return prev.frame.measure
    return None


def partitive_frame(
    doc: CountDoc,
    m: NumberMention,
    part: frames.Partitive,
    span: object,
    done: list[Claim],
    left: re.Match[str] | None = None,
) -> tuple[str | None, str | None, bool]:
    """The measure and counted group of "N of ...": (measure, counted, whether it is a part of a total)."""
    text = doc.text
    sent = doc.sentence(m.start)
    whole_head = part.whole.split()[-1]
    # "32 of them children", "11 of whom were students"
    sub: str | None = None
    them = _THEM_NOUN.match(text, m.end) if part.pronoun else None
    if them is not None and them.group(1).split()[0] not in _VERB_WORDS | STOP and not them.group(1).endswith("ly"):
        sub = counted_thing(them.group(1))
    status = status_of(them.group(1).split()[0]) if them is not None else None
    if status is not None and (prev := next((c for c in reversed(done) if c.start >= sent.start), None)) is not None:
        # "212 suspected cases, 31 of them confirmed by laboratory tests", "402 of them laboratory-confirmed": the
        # cases of that status
        sub = f"{status} {prev.frame.counted.split()[-1]}" if prev.frame.counted else sub
    predicate = frames.predicate_noun(text, part.end, sent.end)
    if predicate is not None and not is_plural_noun(predicate.split()[-1]):
        predicate = None  # "were in a serious condition": no group
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
        died_there = whole_measure == "deaths" and measure_of(own) == "in hospital" if own is not None else False
        if own is not None and measure_of(own) != whole_measure and sub is None and not died_there:
            # "79 injured, two of whom are in a serious condition": the part's own measure, of the same group
            return measure_of(own), (prev.frame.counted if prev is not None else None), False
        if left is not None and measure_of(left) != whole_measure and measures()[measure_of(left)].people:
            # "a plane carrying 64 people crashed, killing at least 38 of them": what befell them is the measure
            return measure_of(left), (prev.frame.counted if prev is not None else None), False
        return whole_measure, sub, True
    whole_measure = cue_phrase(whole_head)
    if whole_measure is not None and sub is None and own is not None and _a_state_of(whole_measure, measure_of(own)):
        return measure_of(own), None, False  # "Fifteen of the injured were in a serious condition": that state's count
    if (
        whole_measure not in (None, "deaths")
        and sub is None
        and own is not None
        and measure_of(own) == "deaths"
        and measures()[whole_measure].people
    ):
        return "deaths", None, True  # "two (more) of the injured have died": deaths, a part of the toll
    if whole_measure is not None:  # "two of the dead were members of the police force"
        return whole_measure, sub, True
    # "nine of the 475 passengers ... had been confirmed dead": the part's own predicate, past the group's
    found = _predicate_past(text, part.end, sent.end)
    if found is not None and measures()[found].people and _of_things(text, part, whole_head):
        found = None  # "runs three of the treatment centres, counts 86 dead": what befell people is no part of things
    # "the 5 suspects", "the five suspects": suspects, the whole's own figure no part of who is counted
    words = [w for w in part.whole.split()[1:] if not (w[:1].isdigit() or w.lower() in _FIGURE_WORDS)]
    counted = counted_thing(" ".join(words)) if words else None
    if counted is not None and (frames.generic(counted) or frames.near_generic(singular(counted.split()[-1]))):
        counted = None
    if found is None and left is not None and measures()[measure_of(left)].people:
        return measure_of(left), counted, False  # "killing 45 of the 66 people on board": the toll
    if found is None:
        # "Around 3,000 of the 40,000 people in attendance went onto the pitch": no predicate of its own, a part
        # of the group the words after it describe (the crowd, those on board)
        described = own  # the first cue after the group
        adjacent = described is not None and not text[part.end : described.start()].strip()
        if described is not None and adjacent and measure_of(described) in _DESCRIBING:
            return measure_of(described), PART, True
        said = sub if predicate is not None and is_plural_noun(predicate.split()[-1]) else None
        if said is not None and not frames.generic(said) and singular(said.split()[-1]) not in partitives():
            return "number", said, True  # "Nine of the passengers were foreign nationals": a group within a group
    if found is None and (earlier := _counted_before(done, whole_head)) is not None:
        # "212 suspected cases ... Serrin accounts for 141 of the cases": a part of what was counted before
        return earlier.frame.measure, earlier.frame.counted, True
    return (found, counted, False) if found is not None else (None, None, False)


def _counted_before(done: list[Claim], head: str) -> Claim | None:
    """The whole that "of the cases" points back to: of the last few claims before whose counted group is
    ``head``'s ("suspected case" for "cases"), the largest (the 212 suspected cases, not the 31 of them
    confirmed)."""
    wanted = singular(head.lower())
    found = [
        c
        for c in done[-_LOOK_BACK:]
        if c.frame.counted and c.frame.measure and singular(c.frame.counted.split()[-1]) == wanted
    ]
    return max(found, key=_nominal, default=None)


_LOOK_BACK = 6  # claims


def _nominal(claim: Claim) -> float:
    value = claim.value
    return float(value.nominal) if isinstance(value, Count) and value.nominal is not None else 0.0


_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _of_things(text: str, part: frames.Partitive, head: str) -> bool:
    """Whether a part's whole is things ("three of the shelters", "three of the treatment centres")."""
    nxt = _NEXT_WORD.match(text, part.end)
    return frames.thing(head) or (nxt is not None and frames.thing(nxt.group(1)))


def _a_state_of(whole: str, own: str) -> bool:
    """Whether measure ``own`` is a state some of ``whole`` are in: the injured in hospital or in a serious
    condition."""
    return own != whole and measures()[whole].type == "injuries" and measures()[own].type == "injuries"


_DESCRIBING = frozenset({"on board", "crowd"})  # measures whose words describe a group ("in attendance", "aboard")


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
