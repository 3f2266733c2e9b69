"""Date claims: when each event happened, with a short, normalised event label.

``parse_dates`` finds and resolves the date mentions (once per document, in ``context``); this
module keeps the ones that date an event and labels them from their clause with the event table
in ``data/events.json`` ("pullout" and "withdrawal" share one key), plus a phase word ("began",
"completed", "deadline").
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import threading
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import compress

from ...model import NO_FRAME, Claim, EventDate, Frame, Scope
from ..context import Prepared
from ..lexicon import alternation, data
from ..scan import folded, trie
from ..text import Span, plain, run_offsets, span, squash
from .asides import is_aside, occurrence_verbs, of_antecedent
from .frames import named_event, separate

# "Last Monday the World Bank estimated ...": a date that opens a sentence whose subject says something dates the
# saying, not the event it speaks of
_SAID_AFTER = re.compile(
    r"\s*,?\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|says|announced|reported|told|stated|confirmed|estimated|"
    r"warned|added|put\s+the)\b"
)
# "Saturday's report", "Monday's briefing": the day of a report, not of the event it reports
_REPORT_OF = re.compile(
    r"(?:'s|’s)\s+(?:report|statement|update|briefing|figures?|announcement|press\s+conference|count)\b"
)
# "the toll rose to 44 on Sunday", "had reached 120 by Monday", "up from 27 on Monday": the day a figure was
# given, not the event's
_FIGURE_GIVEN = re.compile(
    r"\b(?:rose|risen|rises|climbed|jumped|increased|reached|stood|stands|stand|topped|passed|was\s+raised|"
    r"was\s+revised|fell|dropped|up\s+from|down\s+from)\s+(?:to\s+|at\s+)?(?:more\s+than\s+|at\s+least\s+|over\s+|nearly\s+)?"
    r"[\d,.]+(?:\s+(?:million|people|dead|deaths))?\s+(?:on|by|as\s+of)\s+$",
    re.I,
)
_GIVEN_ENDS = ("on", "by", "of")  # the words ``_FIGURE_GIVEN`` ends with, before the date


# What each verb ``_FIGURE_GIVEN`` opens with holds as written ("stand" of "stands", "was" of "was raised")
_GIVEN_VERBS = (
    *("rose", "risen", "rises", "climbed", "jumped", "increased", "reached", "stood", "stand", "topped", "passed"),
    *("was", "fell", "dropped", "up", "down"),
)
_GIVEN_VERB = re.compile(trie(_GIVEN_VERBS))  # case-sensitive: re skips to a first letter in C, as re.I does not
_GIVEN_WORDS = frozenset({*_GIVEN_VERBS, "stands"})  # the first words ``_FIGURE_GIVEN`` matches, lower-cased, whole


def _figure_given_before(text: str, at: int) -> bool:
    """Whether ``_FIGURE_GIVEN`` may end at ``at``: a cheap look at its last word first."""
    return text[max(0, at - 8) : at].rstrip()[-2:].lower() in _GIVEN_ENDS


def _figure_given(text: str, lo: int, at: int, runs: tuple[tuple[str, ...], tuple[int, ...]] | None = None) -> bool:
    """Whether ``_FIGURE_GIVEN`` matches in ``text[lo:at]``, ending at ``at``.

    A quick no first: the last word ("on", "by", "of": half the dates of the generated corpus have one). Then, given
    the text's ``runs`` (``Prepared.runs``), the pattern is tried only where a run is one of ``_GIVEN_WORDS``: a
    match starts with one, at a word start, followed by white space, so its run is that word lower-cased (most
    stretches hold none: a set tells before a loop over them). Without them, one of the verbs is looked for in the
    stretch ``folded`` (where a verb matched case-blind shows in lower case) before the search, which tries its
    verbs at every character.
    """
    if not _figure_given_before(text, at):
        return False
    if runs is None:
        return _GIVEN_VERB.search(folded(text[lo:at])) is not None and _FIGURE_GIVEN.search(text, lo, at) is not None
    words, offsets = runs
    first, last = bisect_left(offsets, lo), bisect_left(offsets, at)
    if _GIVEN_WORDS.isdisjoint(words[first:last]):
        return False
    return any(_FIGURE_GIVEN.match(text, offsets[k], at) for k in range(first, last) if words[k] in _GIVEN_WORDS)


_DATE_LINE = re.compile(r"^\W*(?:published|updated|posted)?:?\s*\W*$", re.I)
_FOLLOWING_NOUN = re.compile(r"(?:\s+(?:of|long|the|national|\w+-long))*\s+([\w-]+(?:\s+[\w-]+)?)")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:at least\s+|early\s+|late\s+)?$")
_CAPS_PLACE = re.compile(r"^[A-Z][A-Z .'-]+,\s*$")
_AGENCY_TAIL = re.compile(r"^\W*(?:/|\()")
# What none of the date line's tests below allows before the date: a digit or a lower-case letter not in
# "published", "updated" or "posted" (the only lower-case letters the three tests let through).
_NOT_BEFORE_DATE_LINE = re.compile(r"[0-9cfgjkmnqrvwxyz]")
_HEAD = re.compile(r"[a-z0-9]+")


@cache
def _events() -> tuple[re.Pattern[str], dict[str, str]]:
    return _table("events")


@cache
def _phases() -> tuple[re.Pattern[str], dict[str, str]]:
    return _table("phases")


def _table(name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The forms of table ``name`` as one whole-word, case-blind pattern, and the key of each form (lower-case).

    The pattern is ``lexicon.phrase_pattern`` of the forms written as a prefix trie (``scan.trie``): it finds
    the same matches, but the alternation tried its 300-odd forms one by one at each position (a third of the
    cost of ``extract`` and of ``durations.duration_claim``), where the trie tries a branch per letter.
    """
    table: dict[str, list[str]] = data("events.json")[name]
    forms = {squash(f).lower(): key for key, fs in table.items() for f in fs}
    return re.compile(r"(?<![\w-])" + trie(list(forms), icase=True) + r"(?![\w-])"), forms


@cache
def _heads() -> dict[str, int] | None:
    """The runs of letters and digits a form can begin with: 1 for an event's, 2 for a phase's (None if a form
    begins otherwise)."""
    heads: dict[str, int] = {}
    for bit, table in ((1, _events()), (2, _phases())):
        for form in table[1]:
            head = _HEAD.match(form)
            if head is None:
                return None
            heads[head.group()] = heads.get(head.group(), 0) | bit
    return heads


Table = dict[str, list[int]] | None
Runs = tuple[tuple[str, ...], tuple[int, ...]]  # ``text.run_offsets``: the runs and their offsets
_TABLES: dict[str, Table] = {}  # _starts of the last few texts
_TABLES_LOCK = threading.Lock()


def _starts(text: str, found_runs: tuple[tuple[str, ...], tuple[int, ...]] | None = None) -> Table:
    """Where in ``text`` a form of the events and of the phases may start (the patterns begin at a word start,
    with one of the ``_heads``), or None when that cannot be told from ``text.run_offsets``. ``found_runs``: the
    runs and their offsets, when the caller has them."""
    table = _TABLES.get(text)
    if table is not None or text in _TABLES:
        return table
    heads = _heads()
    if heads is not None and plain(text):
        words, offsets = run_offsets(text) if found_runs is None else found_runs
        hits = list(compress(range(len(words)), map(heads.__contains__, words)))  # few: a pass over them each
        bits = [heads[words[k]] for k in hits]
        table = {
            "events": [offsets[k] for k, bit in zip(hits, bits, strict=True) if bit & 1],
            "phases": [offsets[k] for k, bit in zip(hits, bits, strict=True) if bit & 2],
        }
    with _TABLES_LOCK:  # a Dask worker runs several threads: evicting must not race
        if len(_TABLES) >= 8:
            del _TABLES[next(iter(_TABLES))]
        _TABLES[text] = table
    return table


def _matches(name: str, pattern: re.Pattern[str], text: str, lo: int, hi: int, table: Table) -> list[re.Match[str]]:
    """What ``pattern.finditer(text, lo, hi)`` finds, trying the pattern only where a form of ``name`` may start
    (by ``table``, when not None)."""
    if table is None:
        return list(pattern.finditer(text, lo, hi))
    found = []
    starts, after = table[name], lo
    for p in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]:
        if p >= after and (m := pattern.match(text, p, hi)) is not None:
            after = m.end()
            found.append(m)
    return found


def _closest(found: list[re.Match[str]], pos: int) -> re.Match[str] | None:
    """The first of ``found`` nearest ``pos`` (by their middles)."""
    best: re.Match[str] | None = None
    for m in found:
        if best is None or abs((m.start() + m.end()) // 2 - pos) < abs((best.start() + best.end()) // 2 - pos):
            best = m
    return best


def _nearest(name: str, pattern: re.Pattern[str], text: str, lo: int, hi: int, pos: int) -> re.Match[str] | None:
    """The first of the matches of ``pattern.finditer(text, lo, hi)`` nearest ``pos`` (by their middles), trying
    the pattern only where a form of ``name`` may start."""
    return _closest(_matches(name, pattern, text, lo, hi, _starts(text)), pos)


class _Search:
    """``_nearest`` over one text, each stretch scanned once (the dates of a sentence share its scans)."""

    __slots__ = ("runs", "seen", "table", "text")

    def __init__(self, text: str, table: Table, runs: Runs | None = None) -> None:
        self.text, self.table, self.runs = text, table, runs  # runs: ``text.run_offsets``, if plain(text)
        self.seen: dict[tuple[str, int, int], list[re.Match[str]]] = {}

    def may_name(self, lo: int, hi: int) -> bool:
        """Whether a form of the events may start in ``text[lo:hi]``: if not, ``nearest`` and ``nearest_occurring``
        of any stretch inside it find none."""
        if self.table is None:
            return True
        starts = self.table["events"]
        return bisect_left(starts, lo) != bisect_left(starts, hi)

    def found(self, name: str, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """What ``_matches`` finds of ``name`` in ``text[lo:hi]``, scanned the first time it is asked for."""
        found = self.seen.get((name, lo, hi))
        if found is None:
            found = self.seen[name, lo, hi] = _matches(name, pattern, self.text, lo, hi, self.table)
        return found

    def nearest(self, name: str, pattern: re.Pattern[str], lo: int, hi: int, pos: int) -> re.Match[str] | None:
        return _closest(self.found(name, pattern, lo, hi), pos)

    def nearest_occurring(self, pattern: re.Pattern[str], lo: int, hi: int, pos: int) -> re.Match[str] | None:
        """``nearest`` of the events, leaving out those named as a topic ("a week after the collision") unless
        the date at ``pos`` is theirs ("after the quake struck on Saturday")."""
        found = self.found("events", pattern, lo, hi)
        if not found:  # most clauses name no event
            return None
        return _closest([m for m in found if not _as_topic(self.text, lo, m, pos, self.runs)], pos)


# "a week after the collision", "an inquiry into the crash", "since the quake", "the driver involved in the
# crash": the event is what the clause speaks about, not what happened on the clause's date
_TOPIC_BEFORE = re.compile(
    r"\b(?:after|before|since|following|into|about|over|ahead\s+of|prior\s+to|involved\s+in)\s+"
    r"(?:the\s+|this\s+|that\s+|[\w-]+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


# the words a match of _TOPIC_BEFORE opens with: it holds one as a whole run of ``text.run_offsets``
_TOPIC_WORDS = frozenset(
    {"after", "before", "since", "following", "into", "about", "over", "ahead", "prior", "involved"}
)
_PLACE_AFTER = re.compile(r"\s+(?:site|scene|zone)\b", re.I)


def _as_topic(text: str, lo: int, event: re.Match[str], pos: int, runs: Runs | None = None) -> bool:
    """Whether ``event`` is named as a topic ("after the collision", "an inquiry into the crash", "the crash site"),
    and the date at ``pos`` is not its own ("since the quake on Saturday", "after the quake struck on Saturday"
    date it). ``runs``: ``text.run_offsets``, if ``plain(text)``: without one of ``_TOPIC_WORDS`` among the runs
    before the event (most), the case-blind search of ``_TOPIC_BEFORE`` is not needed."""
    if _PLACE_AFTER.match(text, event.end()):
        return True  # "past the crash site": a place named after the event
    before = max(lo, event.start() - 40)
    if runs is not None:
        words, offsets = runs
        if _TOPIC_WORDS.isdisjoint(words[bisect_left(offsets, before) : bisect_left(offsets, event.start())]):
            return False
    if _TOPIC_BEFORE.search(text, before, event.start()) is None:
        return False
    return not (event.end() <= pos and _dated_here().match(text[event.end() : pos]))


@cache
def _dated_here() -> re.Pattern[str]:
    return re.compile(r"\s*(?:(?:" + occurrence_verbs() + r")\s+)?(?:(?:late|early)\s+)?(?:on|in|at|of)?\s*$", re.I)


_SEARCHES: dict[str, _Search] = {}  # the _Search of the last few texts
_SEARCHES_LOCK = threading.Lock()


def search_of(text: str, found_runs: tuple[tuple[str, ...], tuple[int, ...]] | None = None) -> _Search:
    """The ``_Search`` of ``text``, kept for the last few texts: the durations of a document and then its dates
    share the scans of each clause and sentence. ``found_runs``: ``Prepared.runs``, when the caller has it (without
    it, the first caller of a document works the runs out again)."""
    search = _SEARCHES.get(text)
    if search is None:
        table = _starts(text, found_runs)
        # the table came from the runs (of a plain text), which are at hand
        search = _Search(text, table, None if table is None else found_runs or run_offsets(text))
        with _SEARCHES_LOCK:  # a Dask worker runs several threads: evicting must not race
            if len(_SEARCHES) >= 8:
                del _SEARCHES[next(iter(_SEARCHES))]
            _SEARCHES[text] = search
    return search


@cache
def _reporting_before() -> re.Pattern[str]:
    verbs = data("events.json")["reporting_verbs"]
    return re.compile(
        r"(?:" + alternation(verbs) + r")(?:</?\w+>|\]|\(#\))*(?:\s+(?!that\b|the\b)[\w ]{0,30}?)?\s+(?:on\s+|in\s+)?$",
        re.I,
    )


@cache
def _verb_heads() -> frozenset[str]:
    """The first words of the reporting verbs, lower-case: where ``_reporting_before`` may match, one starts."""
    return frozenset(v.split()[0].lower() for v in data("events.json")["reporting_verbs"])


@lru_cache(maxsize=8)
def _verb_starts(text: str) -> list[int] | None:
    """Where in ``text`` a reporting verb may start (None when lower-casing cannot tell)."""
    if not plain(text):
        return None
    low = text.lower()
    found: list[int] = []
    for word in _verb_heads():
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)


def reported(text: str, start: int, end: int, starts: list[int] | None = None) -> bool:
    """Whether ``text[start:end]`` ends with a reporting verb ("..., the ministry said on"): a search of
    ``_reporting_before`` tried only where a verb starts (``starts``: ``_verb_starts(text)``, if the caller
    has it)."""
    if starts is None:
        starts = _verb_starts(text)
    if starts is None:
        return bool(_reporting_before().search(text[start:end]))
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if first == last:
        return False
    chunk, rx = text[start:end], _reporting_before()
    return any(rx.match(chunk, p - start) for p in starts[first:last])


def event_key(
    text: str,
    clause: Span,
    pos: int,
    *,
    follow: int | None = None,
    phase: bool = False,
    search: _Search | None = None,
    occurring: bool = False,
) -> str | None:
    """The event a figure or date in ``clause`` belongs to, e.g. "withdrawal" or "withdrawal began".

    ``follow`` is where a duration's unit ends: the noun right after it names the event first
    ("four-day siege", "three days of mourning"). With ``occurring``, an event named as a topic is left out ("on
    Thursday the government opened an inquiry into the crash": Thursday is no date of the crash).

    >>> t = "Russia said the pullout of troops would take no more than 10 days."
    >>> event_key(t, Span(start=0, end=len(t)), t.index("10"))
    'withdrawal'
    """
    pattern, forms = _events()
    if search is None:
        search = search_of(text)
    if follow is not None:
        noun = event_noun(text, follow, clause.end)
        if noun is not None:
            return noun
    if occurring:
        best = search.nearest_occurring(pattern, clause.start, clause.end, pos)
    else:
        best = search.nearest("events", pattern, clause.start, clause.end, pos)
    if best is None:
        return None
    key = forms[squash(best.group()).lower()]
    if phase:
        found = _phase_near(search, clause, best, pos if clause.start < pos else best.start())
        if found:
            key = f"{key} {found}"
    return key


def event_noun(text: str, follow: int, end: int) -> str | None:
    """The event the noun right after a duration's unit names ("four-day siege", "three days of mourning")."""
    m = _FOLLOWING_NOUN.match(text[follow:end])
    if m is None:
        return None
    pattern, forms = _events()
    near = pattern.match(text, follow + m.start(1))
    return forms[squash(near.group()).lower()] if near else None


def phase_in(text: str, start: int, end: int) -> str | None:
    """The phase the last phase word in ``text[start:end]`` names ("began", "completed"...), if any."""
    pattern, forms = _phases()
    found = list(pattern.finditer(text, start, end))
    return forms[squash(found[-1].group()).lower()] if found else None


def _phase_near(search: _Search, clause: Span, event: re.Match[str], pos: int) -> str | None:
    """The phase word ("began", "completed", "deadline") nearest the date, near its event word."""
    pattern, forms = _phases()
    lo, hi = max(clause.start, min(event.start(), pos) - 60), min(clause.end, max(event.end(), pos) + 40)
    best = search.nearest("phases", pattern, lo, hi, pos)
    return forms[squash(best.group()).lower()] if best else None


def extract(prep: Prepared) -> list[Claim]:
    """A date claim for every resolved date mention that dates something in the story's text."""
    text = prep.doc.text
    out: list[Claim] = []
    search = search_of(text, prep.runs)
    doc_id, story_year = prep.doc.id, prep.year_hint
    verbs = _verb_starts(text)
    sents, sent_starts, clauses, clause_starts = prep.sentences, prep.sentence_starts, prep.clauses, prep.clause_starts
    if not (sents and clauses and sent_starts is not None and clause_starts is not None):
        sent_starts = clause_starts = None  # prep.sentence and prep.clause bisect only on those: so must this
    for d in prep.dates:
        at = d.char_start
        if (prep.ignored and prep.is_ignored(at, d.char_end)) or is_date_line(text, at, d.char_end):
            continue
        if d.date is not None:
            day, precision = d.date, "day"
        elif d.start is not None and d.precision in ("month", "year") and not d.relative:
            day, precision = d.start, d.precision
        else:
            continue
        if sent_starts is None or clause_starts is None:
            sent, clause = prep.sentence(at), prep.clause(at)
        else:  # what prep.sentence and prep.clause give, without their calls
            sent = sents[max(0, bisect_right(sent_starts, at) - 1)]
            clause = clauses[max(0, bisect_right(clause_starts, at) - 1)]
        spoken = (
            reported(text, sent.start, at, verbs)
            or _figure_given(text, max(sent.start, at - 60), at, prep.runs)
            or bool(_SAID_AFTER.match(text, d.char_end, sent.end))
            or bool(_REPORT_OF.match(text, d.char_end, sent.end))
        )
        if not search.may_name(sent.start, sent.end):  # every event_key below looks within the sentence
            event = None
            if not spoken and _IT_BEFORE.match(text, sent.start):
                event = _pointed_back(prep, text, sent, at, search)
        elif spoken:  # "X has completed its withdrawal, the ministry said Wednesday": the main clause's event
            event = event_key(text, sent, sent.start, phase=True, search=search)
        else:
            event = event_key(text, clause, at, phase=True, search=search, occurring=True)
            # "Prosecutors today charged the driver involved in the collision, as the toll of the crash rose": a
            # clause that names its event as a topic dates something else, never the event of the next clause
            if event is None and not search.found("events", _events()[0], clause.start, clause.end):
                event = _outside_clause(prep, text, sent, clause, at, search)
            if event is None and _IT_BEFORE.match(text, sent.start):
                event = _pointed_back(prep, text, sent, at, search)
        if event and not spoken and separate(text, sent.start, sent.end):
            event = None  # "In a separate accident on Wednesday, ...": not the story's event
        if event and not spoken and (base := _lasting_base(event)) is not None:
            # "burned from July 14 until it was contained on July 28": the preposition says which end; with
            # neither, "the fire had burned 1,200 hectares by Tuesday" is a day in a lasting event, not its date
            phase = _phase_by_preposition(text, at)
            event = f"{base} {phase}" if phase else (None if event == base else event)
        if event and not spoken and (named := named_event(text, sent.start, at, None)) is not None:
            phase = event.rsplit(" ", 1)[-1]  # "the Stone Creek fire was declared contained on Monday": that fire's
            event = f"{named} {phase}" if phase in _phases()[1].values() else named
        label = (event or "") + (" (reported)" if spoken and event else "")
        scope: Scope = "background" if clause.start in prep.background else "story"  # prep.scope(d.char_start)
        if precision != "day" and (story_year is None or day.year != story_year):
            scope = "background"
        before = text[max(0, at - 20) : at]
        if "since" in before and _SINCE_BEFORE.search(before):
            scope = "background"
        # the event labels come from the lexicon, so they are few and recur in every article: one string each,
        # shared by the claims held for reconciling (only such bounded vocabularies are interned: in some
        # Python versions interned strings live as long as the process, a Dask worker's included)
        label = sys.intern(label)
        key = sys.intern(f"date · {label}") if event else "date"
        said, who = prep.said(sent)
        out.append(
            Claim(
                id="",
                document=doc_id,
                type="date",
                value=EventDate(date=day, precision=precision, event=label, relative=d.relative),  # type: ignore[arg-type]
                text=d.text,
                start=at,
                end=d.char_end,
                sentence=said,
                key=key,
                subject=label or None,
                scope=scope,
                attribution=who,
                frame=_frame(_occurrence(label, event, spoken, day, precision)) if event else NO_FRAME,
            )
        )
    return out


def _outside_clause(prep: Prepared, text: str, sent: Span, clause: Span, at: int, search: _Search) -> str | None:
    """The event of a date whose own clause names none: the sentence's; but for a date in an aside, the
    antecedent's event when the aside says the antecedent happened ("The quake, which hit on Saturday"), else
    none ("The boat, which had left port on 8 June, capsized": not the capsizing's date)."""
    before = prep.clause(clause.start - 1) if clause.start > sent.start else clause
    if not is_aside(text, clause, before, sent):
        return event_key(text, sent, at, phase=True, search=search, occurring=True)
    if not of_antecedent(text, clause):
        return None
    whole = span(max(sent.start, before.start), clause.end)
    return event_key(text, whole, at, phase=True, search=search, occurring=True)


# "It was declared contained on Monday": a sentence whose subject points back to the event of the one before
_IT_BEFORE = re.compile(r"It\s+(?:was|has|had|is|finally|officially|then|[a-z]+ed)\b")


def _pointed_back(prep: Prepared, text: str, sent: Span, at: int, search: _Search) -> str | None:
    """The event of a date in a sentence whose subject points back ("It was declared contained on Monday"): a phase
    the sentence names, of the event the sentence before names; None without both."""
    phase = phase_in(text, sent.start, at) or phase_in(text, at, sent.end)
    if phase is None or sent.start == 0:
        return None
    before = prep.sentence(sent.start - 1)
    if before.start >= sent.start:
        return None
    event = event_key(text, before, before.start, search=search, occurring=True)  # its subject: "The fire, ..."
    return f"{event} {phase}" if event is not None else None  # no event key ends with a phase of its own


@cache
def _lasting() -> frozenset[str]:
    return frozenset(data("events.json")["lasting"])


_FROM_UNTIL = re.compile(r"\b(from|since|until|till|through|to)\s+(?:(?:mid|early|late)[\s-]+)?$", re.I)
_PREPOSITION_PHASES = {"from": "began", "since": "began", "until": "completed", "till": "completed"}


def _phase_by_preposition(text: str, at: int) -> str | None:
    """The phase of a lasting event a date's preposition gives: "from July 14" its start, "until July 28" its
    end."""
    found = _FROM_UNTIL.search(text, max(0, at - 12), at)
    return _PREPOSITION_PHASES.get(found.group(1).lower()) if found is not None else None


def _lasting_base(event: str) -> str | None:
    """The lasting event an event key is of ("fire" of "fire completed"), or None for an event of a moment."""
    if event in _lasting():
        return event
    base, _, phase = event.rpartition(" ")
    return base if base in _lasting() and phase in _phases()[1].values() else None


@cache
def _recurring() -> frozenset[str]:
    return frozenset(data("events.json")["recurring"])


def _occurrence(label: str, event: str, reported: bool, day: dt.date, precision: str) -> str:
    """The event a date is of: its label, with the day itself for an event that happens more than once in a
    story (protests, attacks, rounds of talks) and for a statement ("said on Thursday"): two days for one of
    those are two events, which reconcile keeps apart instead of calling a contradiction."""
    base, _, phase = event.rpartition(" ")
    base = base if base and phase in _phases()[1].values() else event
    if not reported and base not in _recurring() and event.split()[0] not in _recurring():
        return label
    return f"{label} · {day.isoformat()[: {'day': 10, 'month': 7, 'year': 4}[precision]]}"


@lru_cache(maxsize=256)
def _frame(label: str) -> Frame:
    """The frame of a date of event ``label``: one per label, shared by the claims of a run."""
    return Frame(event=label)


def is_date_line(text: str, start: int, end: int) -> bool:
    """The article's own date line ("January 13, 2022", "LAGOS, January 13. /TASS/.") dates no event."""
    line_start = text.rfind("\n", 0, start) + 1
    if _NOT_BEFORE_DATE_LINE.search(text, line_start, start):  # a quick no: none of the three tests can pass
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if _DATE_LINE.match(before + "\x00" + after) or (
        not before.strip(" ,:").replace("Published", "").strip() and not after.strip(" .")
    ):
        return True
    return bool(_CAPS_PLACE.match(before)) and bool(_AGENCY_TAIL.match(after))
