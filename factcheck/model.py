"""The types the stages pass to each other, and nothing else.

documents (paths -> Document) -> extract (Document -> Claim) -> reconcile (Claim -> Finding)
-> report (Finding -> text).  Every type is a frozen, slotted, keyword-only dataclass; "found
nothing" is an empty tuple, ``None`` means unknown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, dataclass, fields, replace
from typing import Any, Literal, TypeVar, get_args

ClaimType = Literal[
    "troops",
    "deaths",
    "injuries",
    "arrests",
    "missing",
    "quantity",
    "duration",
    "date",
    "participants",
    "person",
]
#: Every claim type, declared once, in the order findings of equal rank are listed; the CLI's choices,
#: the schema and reconcile's ordering all read this.
CLAIM_TYPES: tuple[ClaimType, ...] = get_args(ClaimType)
#: The claim types whose value is a ``Count``.
COUNT_TYPES: tuple[ClaimType, ...] = CLAIM_TYPES[: CLAIM_TYPES.index("duration") + 1]
Verdict = Literal["agreement", "contradiction", "partial", "single_source"]
Scope = Literal["story", "background"]
Precision = Literal["day", "month", "year"]

T = TypeVar("T")

#: Verdicts in the order a reader wants them: disagreements first.
VERDICTS: tuple[Verdict, ...] = ("contradiction", "partial", "agreement", "single_source")

#: How much of a document's text is kept as its ``opening`` once the text is dropped.
LEAD_CHARACTERS = 1200

Number = int | float
"""A figure: ``int`` for counts; ``float`` only for a measure that is not whole (magnitude 7.8)."""


# Pickling state for the types that cross process boundaries by the ten thousand (claims and their
# values): the fields in slot order. dataclasses' own version looks the fields up again on every
# object, which doubles the cost of shipping claims from worker processes.
def slot_values(self: Any) -> list[Any]:
    """A slotted object's fields in slot order: its pickling state."""
    return [getattr(self, name) for name in self.__slots__]


def set_slot_values(self: Any, state: list[Any]) -> None:
    """Set a slotted (even frozen) object's fields from ``slot_values``: unpickling."""
    for name, value in zip(self.__slots__, state, strict=True):
        object.__setattr__(self, name, value)


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` with an ``__init__`` that sets each field through its slot, for the frozen dataclasses built by
    the ten thousand (claims, their values and frames): the same keyword-only signature and defaults as the
    one ``dataclass`` writes, which sets each field by ``object.__setattr__`` (a look-up of the field by name
    in the class, then the set): 1.9 us for a claim where this takes 1.1 us.

    >>> @quick_init
    ... @dataclass(frozen=True, slots=True, kw_only=True)
    ... class Pair:
    ...     a: int
    ...     b: int = 2
    >>> Pair(a=1), Pair(a=1, b=3) == Pair(b=3, a=1)
    (Pair(a=1, b=2), True)
    """
    every = fields(cls)  # type: ignore[arg-type]  # a dataclass, as every caller's is
    if any(f.default_factory is not MISSING or not f.init for f in every):
        raise TypeError(f"{cls.__name__}: quick_init takes plain fields only")
    space: dict[str, Any] = {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in every}
    space.update({f"_default_{f.name}": f.default for f in every if f.default is not MISSING})
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in every)
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in every)
    exec(f"def __init__(self, *, {params}) -> None:{body}", space)  # source made of field names only
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One article. ``id`` is the file name without its extension.

    ``furniture`` are the spans of ``text`` that are page furniture, not the article (navigation,
    stamps, lists of other stories, urls, copyright lines: see ``factcheck.documents.furniture``);
    ``article`` is the text with them blanked, which is what the extract stage reads.

    Once its claims are extracted a document may drop its text (``without_text``) so that a run
    over many articles does not hold them all; ``characters`` still gives the text's length and
    ``opening`` its first ``LEAD_CHARACTERS`` (the title and lead, which grouping into stories reads).
    """

    id: str
    path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    size: int | None = None
    lead: str | None = None
    furniture: tuple[tuple[int, int], ...] = ()

    @property
    def article(self) -> str:
        """The text with each furniture span blanked: its characters become line breaks (furniture ends every
        sentence and number around it), so every offset still points where it points in ``text``.

        >>> Document(id="a", path="a", text="Read: 3 dead\\nFive died.", furniture=((0, 12),)).article
        '\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\nFive died.'
        """
        if not self.furniture:
            return self.text
        text, parts, at = self.text, [], 0
        for start, end in self.furniture:
            parts.append(text[at:start])
            parts.append("\n" * (end - start))
            at = end
        parts.append(text[at:])
        return "".join(parts)

    @property
    def characters(self) -> int:
        """The length of the text, in characters, whether or not the text is still held."""
        return len(self.text) if self.size is None else self.size

    @property
    def opening(self) -> str:
        """The start of the article (title and lead; page furniture left out, each span a line break),
        whether or not the text is still held.

        >>> Document(id="a", path="a", text="Menu Sport\\nFive died.", furniture=((0, 10),)).opening
        '\\nFive died.'
        """
        if self.lead is not None:
            return self.lead
        if not self.furniture:
            return self.text[:LEAD_CHARACTERS]
        text, parts, at, kept = self.text, [], 0, 0
        for start, end in (*self.furniture, (len(self.text), len(self.text))):
            if kept >= LEAD_CHARACTERS:
                break
            parts.append(text[at:start])
            kept += start - at
            at = end
        return "\n".join(p for p in parts if p)[:LEAD_CHARACTERS]

    def without_text(self) -> Document:
        """This document without its text (its claims keep their quotes and sentences, and it keeps
        its ``opening``).

        >>> d = Document(id="a", path="a.txt", text="Some text.").without_text()
        >>> (d.text, d.characters, d.opening)
        ('', 10, 'Some text.')
        """
        return replace(self, text="", size=self.characters, lead=self.opening, furniture=())


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class InputError:
    """An input that could not be read; the other inputs are still compared."""

    path: str
    reason: str


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """A counted or measured figure and the interval its wording allows.

    ``nominal`` is the figure as written (``None`` for vague amounts and ranges such as
    "dozens" or "between 10 and 15"); ``low``/``high`` bound it, ``None`` meaning unbounded.
    """

    __getstate__ = slot_values
    __setstate__ = set_slot_values

    nominal: Number | None
    low: Number | None
    high: Number | None
    qualifier: str = "exact"
    unit: str = "person"


_ISO_LENGTH = {"day": 10, "month": 7, "year": 4}  # of an ISO date cut to its precision


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    """The day (or month, or year) an event happened, with a short label for the event."""

    __getstate__ = slot_values
    __setstate__ = set_slot_values

    date: dt.date
    precision: Precision = "day"
    event: str = ""
    relative: bool = False

    @property
    def iso(self) -> str:
        """The date as ISO text cut to its precision: ``2022-01-19``, ``1998-08``, ``1999``."""
        return self.date.isoformat()[: _ISO_LENGTH[self.precision]]


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Participants:
    """Countries taking part in a force or coalition, as sorted ISO 3166-1 alpha-2 codes."""

    __getstate__ = slot_values
    __setstate__ = set_slot_values

    countries: tuple[str, ...]


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A named person and the role or title the article gives them."""

    __getstate__ = slot_values
    __setstate__ = set_slot_values

    name: str
    role: str | None = None


Value = Count | EventDate | Participants | Person


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """What a claim is about, as an editor reads it; claims join one finding only when their frames agree.

    ``measure``: what is measured ("killed", "injured", "in hospital", "crowd", "money", "share"...; the
    measures are declared in ``data/measures.json``). ``counted``: who or what is counted when it is
    not the people of the story as a whole ("child", "police officer", "vessel"). ``place``: where,
    when the figure is limited to one place ("in the capital"). ``owner``: whose ("Country A's 40
    jets"). ``event``: which event, when the claim names one ("the march on 16 June"). ``None``: the
    text does not say.
    """

    __getstate__ = slot_values
    __setstate__ = set_slot_values

    measure: str | None = None
    counted: str | None = None
    place: str | None = None
    owner: str | None = None
    event: str | None = None


NO_FRAME = Frame()
#: What a part of a total counts when the text does not say which part it is ("21 of them").
PART = "part"
#: What an increment counts ("six more victims"): an update, never the total.
MORE = "more"
#: What the value a figure had before counts ("rose to 164, up from 44"): never the figure now.
EARLIER = "earlier"
#: The event of a figure said of what may come ("the toll could rise to 1,000").
FORECAST = "forecast"
#: The event of a figure of another incident the text sets apart ("In a separate accident, two workers died").
SEPARATE = "separate"
#: The event of a count of one batch the text does not number ("a shipment of 500,000 doses"): of itself alone.
BATCH = "one batch"
#: The owner of a count a page tells in its own first-person voice ("We recovered nine bodies"): its share alone.
OWN = "own account"
#: The event of a duration of one person's own life or work ("in my 40 years as a doctor", "a driver who had worked
#: there for 31 years"): that person's alone, of no other person's.
PERSONAL = "personal"


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One checkable statement in one document, with its provenance.

    ``document.text[start:end] == text`` always holds. ``key`` is what the claim is about,
    normalised so that claims about the same thing in other documents share it (the counted
    subject, the event of a date, the surname of a person).
    """

    __getstate__ = slot_values
    __setstate__ = set_slot_values

    id: str
    document: str
    type: ClaimType
    value: Value
    text: str
    start: int
    end: int
    sentence: str
    key: str
    subject: str | None = None
    scope: Scope = "story"
    attribution: str | None = None
    frame: Frame = NO_FRAME

    def renamed(self, *, id: str, document: str) -> Claim:
        """This claim under another id and document id: ``dataclasses.replace`` without its
        per-call field lookup, for renaming every claim of a run."""
        return Claim(
            id=id,
            document=document,
            type=self.type,
            value=self.value,
            text=self.text,
            start=self.start,
            end=self.end,
            sentence=self.sentence,
            key=self.key,
            subject=self.subject,
            scope=self.scope,
            attribution=self.attribution,
            frame=self.frame,
        )


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class FindingValue:
    """One distinct value within a finding, and the claims, documents and outlets that state it.

    ``outlets`` are the independent sources: two articles of one outlet are one outlet; an article
    whose outlet is unknown stands for itself (its document id).
    """

    value: Value
    claims: tuple[str, ...]
    documents: tuple[str, ...]
    outlets: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """One dated report in a finding's sequence: what a document published on ``date`` said."""

    date: dt.date
    document: str
    value: Value


Trend = Literal["rising", "falling"]


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """The same claim lined up across sources, with a verdict.

    ``consensus`` is the value most independent outlets back (ties: the most recent report);
    ``trend`` says when disagreeing figures line up with publication time, ``sequence`` gives the
    dated reports in order and ``latest`` the most recent one's value.
    """

    id: str
    type: ClaimType
    key: str
    verdict: Verdict
    values: tuple[FindingValue, ...]
    note: str = ""
    consensus: Value | None = None
    latest: Value | None = None
    trend: Trend | None = None
    sequence: tuple[Step, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({d for v in self.values for d in v.documents}))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({o for v in self.values for o in v.outlets}))


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRow:
    """One document's record against the findings: claims that agree with the consensus, that
    contradict it, and that only this document reports."""

    document: str
    outlet: str | None
    published: dt.date | None
    agree: int
    contradict: int
    only: int


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Documents about one event, reconciled together: ``id`` (``s1``, ``s2``... largest story
    first), a readable ``label`` (its most characteristic words and its dates) and the range of
    its documents' publication dates (``None`` when none is dated)."""

    id: str
    label: str
    documents: tuple[str, ...]
    first_published: dt.date | None = None
    last_published: dt.date | None = None


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """Everything one run produced: what the report stage renders. ``stories`` partition the
    documents; the findings come story by story, in the stories' order."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    errors: tuple[InputError, ...] = ()
    sources: tuple[SourceRow, ...] = ()
    stories: tuple[Story, ...] = ()
    #: What was passed over or cut on purpose (a FIFO in a folder, a report factcheck wrote, a text over the size
    #: limit): said on stderr, not an error, so it changes neither ``errors`` nor the exit status.
    warnings: tuple[InputError, ...] = ()
