"""Which claims are the same claim: the grouping key of each story claim, from its frame.

A count joins another only when their frames agree on every part: the measure, who is counted, where,
whose, and which event. Three readings make frames written differently agree, and nothing else does:

- the story's own place and owner go without saying: the place (and the owner) that the most
  documents name in their counts, when two or more do, is dropped from every frame, so "1,200
  troops in Northland" in a story about Northland is the same claim as "1,200 Country A troops";
- a place is a part of the story only where the text makes it one: "in other parts of the country",
  or a document that gives the same measure for two places (or for one place and the whole); a
  population is always of its place;
  "80 wounded in Riverton" in a story that counts its wounded only there is the story's toll;
- a group that stands for everyone involved ("passengers") is the people of the story, unless the
  story counts its complement apart for the same measure ("crew");
- a duration is compared in days, whatever unit it was written in.

A claim whose measure cannot be read, a duration with no event, and a date with no event are never
lined up with another claim: the first two are their own single-source findings, the last no
finding at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import (
    BATCH,
    COUNT_TYPES,
    EARLIER,
    FORECAST,
    MORE,
    NO_FRAME,
    OWN,
    PART,
    PERSONAL,
    SEPARATE,
    Claim,
    Count,
    Frame,
)

#: Groups that stand for everyone involved, each with the groups that, counted apart, make it a part.
NEAR_GENERIC: dict[str, frozenset[str]] = {
    "passenger": frozenset({"crew", "crew member", "crewmember", "pilot", "staff", "driver"}),
    "resident": frozenset({"visitor", "tourist", "worker"}),
    "inhabitant": frozenset({"visitor", "tourist"}),
    "occupant": frozenset(),
    "citizen": frozenset({"foreigner", "foreign national"}),
    "man": frozenset({"woman", "child", "boy", "girl"}),
    # the people at work where it happened (a mine, a factory, a site), unless those who came to help are counted
    "miner": frozenset({"rescuer", "rescue worker", "firefighter", "contractor", "contract worker"}),
    "worker": frozenset({"rescuer", "rescue worker", "firefighter", "visitor", "resident", "passer-by"}),
}
_COUNTS = frozenset(COUNT_TYPES)
#: Measures lined up only for one event (a record, a day's move): a reading or a move of no day stays alone.
_ALONE_WITHOUT_EVENT = frozenset({"temperature", "share price"})
#: Measures whose counted words are read as written, not as a plural noun ("a fall" of a share price).
_AS_WRITTEN = frozenset({"money", "share price"})
#: The key of a count whose frame the extractor could not read.
UNREAD = "?"


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """What goes without saying in one story: its own place and owner (casefolded), if any."""

    place: str | None = None
    owner: str | None = None
    complements: frozenset[tuple[str | None, str]] = frozenset()  # (measure, counted) counted in the story
    # (document, type, measure, counted) that a document gives for more than one place
    several_places: frozenset[tuple[str, str, str | None, str | None]] = frozenset()
    # the frames (with no occasion) whose claims are of more than one occasion: those are told apart by it
    several_occasions: frozenset[Frame] = frozenset()
    # places (casefolded) some document gives less for than for the whole: parts, wherever they are named
    parts: frozenset[str] = frozenset()


def story_of(claims: Sequence[Claim]) -> Story:
    """The place and owner the most documents name in their count frames (two documents at least)."""
    places: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    complements: set[tuple[str | None, str]] = set()
    where: dict[tuple[str, str, str | None, str | None], set[str | None]] = {}
    wholes: dict[tuple[str, str, str | None, str | None], float] = {}  # the largest figure given for no place
    whole_sentences: dict[tuple[str, str, str | None, str | None], set[str]] = {}  # where those are given
    for c in claims:
        if c.type not in _COUNTS or c.scope != "story":
            continue
        f = c.frame
        if f.place:
            places.setdefault(f.place.casefold(), set()).add(c.document)
        elif f.measure and isinstance(c.value, Count) and c.value.nominal is not None:
            key = (c.document, c.type, f.measure, f.counted)
            wholes[key] = max(wholes.get(key, 0), c.value.nominal)
            whole_sentences.setdefault(key, set()).add(c.sentence)
        # a donor, or a page's own share, is never the story's own owner
        if f.owner and f.measure != "money" and f.owner != OWN:
            owners.setdefault(f.owner.casefold(), set()).add(c.document)
        if f.counted:
            complements.add((f.measure, f.counted))
        if f.measure:
            where.setdefault((c.document, c.type, f.measure, f.counted), set()).add(f.place and f.place.casefold())
    # "118 dead: 96 in Lakeview, 17 in Southby": places a document breaks its whole into are parts (one place
    # with less than the whole may be an older figure of the same place: "at least 150 in Riverton ... 2,000"),
    # and so is one place given less in the whole's own sentence ("27 have died, 19 of them in Serrin district")
    below: dict[tuple[str, str, str | None, str | None], set[str]] = {}
    parts: set[str] = set()
    for c in claims:
        of = (c.document, c.type, c.frame.measure, c.frame.counted)
        value = c.value.nominal if isinstance(c.value, Count) else None
        if c.frame.place and value is not None and value < wholes.get(of, 0):
            below.setdefault(of, set()).add(c.frame.place.casefold())
            if c.sentence in whole_sentences[of]:
                parts.add(c.frame.place.casefold())
    parts.update(place for names in below.values() if len(names) > 1 for place in names)
    main = _most({name: docs for name, docs in places.items() if name not in parts})
    several = {k for k, seen in where.items() if len(seen - {main}) + (main in seen or None in seen) > 1}
    story = Story(
        place=main,
        owner=_most(owners),
        complements=frozenset(complements),
        several_places=frozenset(several),
        parts=frozenset(parts),
    )
    days: dict[Frame, set[str]] = {}
    for c in claims:
        if c.type in _COUNTS and c.scope == "story" and c.type != "duration" and _occasion(c.frame.event):
            days.setdefault(_without_event(normalised(c, story)), set()).add(c.frame.event)  # type: ignore[arg-type]
    return Story(
        place=story.place,
        owner=story.owner,
        complements=story.complements,
        several_places=story.several_places,
        several_occasions=frozenset(f for f, seen in days.items() if len(seen) > 1),
        parts=story.parts,
    )


def _occasion(event: str | None) -> bool:
    """Whether an event is an occasion (a day, or a day told relatively), which only some stories have more
    than one of, rather than a phase such as "planned", which is always its own."""
    return event is not None and (event[:1].isdigit() or event.startswith("the week"))


def _without_event(frame: Frame) -> Frame:
    return Frame(measure=frame.measure, counted=frame.counted, place=frame.place, owner=frame.owner)


def _most(seen: dict[str, set[str]]) -> str | None:
    """The name the most documents give, if two or more give it and no other name is given by as many."""
    ranked = Counter({name: len(docs) for name, docs in seen.items()}).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def normalised(claim: Claim, story: Story) -> Frame:
    """The claim's frame with what goes without saying in the story taken out."""
    frame = claim.frame
    place = frame.place
    if place == "nationwide" and story.place in (None, "nationwide"):
        place = None  # a story of no one place (or of the whole country) is the country's: "nationwide" says no more
    elif place is not None and place not in _KEPT_PLACES and frame.measure != "population":
        key = (claim.document, claim.type, frame.measure, frame.counted)
        folded = place.casefold()
        if folded == story.place or (key not in story.several_places and folded not in story.parts):
            place = None
    own = frame.owner and frame.owner.casefold() == story.owner and frame.measure != "money"
    owner = None if own else frame.owner
    counted = frame.counted
    if (
        counted in NEAR_GENERIC
        and not _one(claim)  # "a passenger died of his injuries": one passenger, never the toll
        and not any((frame.measure, other) in story.complements for other in NEAR_GENERIC[counted])
    ):
        counted = None
    if (place, owner, counted) == (frame.place, frame.owner, frame.counted):
        return frame
    return Frame(measure=frame.measure, counted=counted, place=place, owner=owner, event=frame.event)


_KEPT_PLACES = frozenset({"elsewhere", "at the scene", "nationwide"})  # never the story's own place


def _one(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Count) and value.nominal == 1 and value.qualifier == "exact"


def group_key(claim: Claim, story: Story) -> str | None:
    """The key claims of one finding share, or None for a claim that joins no finding (a date with no event).
    A claim that must stay alone gets a key of its own (its document and offset)."""
    if claim.type == "date":  # the occurrence the extractor read (the event, and its day if it recurs), or the label
        event = claim.frame.event or claim.value.event  # type: ignore[union-attr]
        return f"date · {event}" if event else None
    if claim.type not in _COUNTS:
        return claim.key  # people and country lists by their keys
    if claim.frame == NO_FRAME and claim.key != UNREAD:
        return claim.key  # a claim made without a frame (by another tool, or by hand): by its key
    frame = normalised(claim, story)
    if (
        frame.measure is None
        or ((claim.type == "duration" or frame.measure in _ALONE_WITHOUT_EVENT) and not frame.event)
        # a part whose kind is unread ("21 of them"), a value it was before, an increment ("two more"): updates of
        # different moments, never lined up
        or frame.counted in (PART, EARLIER, MORE)
        or (frame.counted or "").startswith("new ")  # "196 new cases": a day's new count, of that day alone
        # "three days since the outbreak was declared": a time that grows with the article's date, no measure of
        # another article's
        or (claim.type == "duration" and (frame.event or "").startswith("since"))
        or frame.event == FORECAST  # "could rise to 1,000": one warning is no measure of another
        or frame.event == SEPARATE  # "In a separate accident, two workers were killed": an incident of its own
        or frame.owner == OWN  # "We recovered nine bodies": one source's own share, of no other source's
        or frame.event == BATCH  # "a shipment of 500,000 doses": a batch the text does not number
        or frame.event == PERSONAL  # "who had driven trains for 22 years": one person's working life
    ):
        named = label(claim.type, frame) if frame.measure is not None else claim.type  # "deaths · earlier · a@79"
        return f"{named} · {claim.document}@{claim.start}"
    if claim.type != "duration" and (frame.event is None or _occasion(frame.event)):
        base = _without_event(frame)
        if base not in story.several_occasions:
            frame = base  # one occasion in the whole story: no need to say which
        elif frame.event is None:
            return f"{label(claim.type, frame)} · {claim.document}"  # which of the occasions, this one cannot tell
    return label(claim.type, frame)


def label(claim_type: str, frame: Frame) -> str:
    """A finding's key as a reader sees it: the claim type, then what its frame says.

    >>> label("deaths", Frame(measure="deaths", counted="child"))
    'deaths · children'
    >>> label("quantity", Frame(measure="number", counted="jet", owner="Country A"))
    'quantity · jets · Country A'
    >>> label("injuries", Frame(measure="in hospital")), label("date", Frame(event="bridge collapse"))
    ('injuries · in hospital', 'date · bridge collapse')
    >>> label("quantity", Frame(measure="money", counted="aid per household"))
    'quantity · money · aid per household'
    >>> label("deaths", Frame(measure="deaths", counted="earlier")), label("deaths", Frame(counted="part"))
    ('deaths · earlier', 'deaths · part')

    """
    parts = [claim_type]
    if frame.measure and frame.measure not in (claim_type, "number"):
        parts.append(frame.measure)
    if frame.counted:
        as_written = frame.measure in _AS_WRITTEN or frame.counted in (PART, EARLIER, MORE)
        parts.append(frame.counted if as_written else plural(frame.counted))  # "insured losses", "earlier"
    parts.extend(p for p in (frame.place, frame.owner, frame.event) if p)
    return " · ".join(parts)


_IRREGULAR = {
    "child": "children",
    "person": "people",
    "man": "men",
    "woman": "women",
    "policeman": "policemen",
    "gunman": "gunmen",
    "aircraft": "aircraft",
    "staff": "staff",
    "personnel": "personnel",
    "police": "police",
    "crew": "crew",
    "money": "money",
    "damage": "damage",
    "aid": "aid",
    "compensation": "compensation",
    "more": "more",
}


def plural(noun: str) -> str:
    """A counted noun (singular, as frames keep it) as a reader would write the group.

    >>> [plural(n) for n in ("child", "police officer", "vessel", "facility", "bus", "damage")]
    ['children', 'police officers', 'vessels', 'facilities', 'buses', 'damage']
    """
    head, _, last = noun.rpartition(" ")
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word
