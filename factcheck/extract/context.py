"""What every extractor needs to know about a document, worked out once per document.

Sentences, clauses, the regions to ignore (the page furniture the documents stage found), the year that dates without
one belong to, which clauses speak of another, earlier event (background), and who a sentence
attributes its figures to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import compress

from ..model import Document, Scope
from . import dates as dates_mod
from .lexicon import alternation, data
from .scan import holds_any
from .text import Span, plain, run_offsets, sentence_of, sentences, span, squash

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)


@cache
def _full_date_year() -> re.Pattern[str]:
    """A full date's year ("Jan. 6, 2022", "6 January 2022", "2022-01-06"): compiled only for a document with no
    published date."""
    return re.compile(
        rf"\b(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)"
        rf"|\d{{1,2}}\s+(?:{_MONTHS})\s+((?:19|20)\d\d)|((?:19|20)\d\d)-\d\d-\d\d)\b"
    )


_CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+[—–]\s+|:\s+|\(|\)")  # what ends a clause; see _clauses
_CLAUSE_MARK = re.compile(r"[,;:()—–]")
_RELATIVE_OPENER = re.compile(r"^\s*(?:when|where|which|whose|in which|during which)\b", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """A document with what extractors share: sentence spans, clauses, dates and scope."""

    doc: Document
    sentences: tuple[Span, ...]
    clauses: tuple[Span, ...]
    ignored: tuple[Span, ...]
    dates: tuple[dates_mod.DateMention, ...]
    year_hint: int | None
    background: frozenset[int]  # start offsets of background clauses
    sentence_starts: tuple[int, ...] | None = None  # the starts of ``sentences``, for bisection
    clause_starts: tuple[int, ...] | None = None
    runs: tuple[tuple[str, ...], tuple[int, ...]] | None = None  # ``text.runs``: the runs and their offsets
    # (start, end) of a sentence -> ``said``'s answer, filled as extractors ask: every claim of a sentence
    # shares one squashed string (memory, when thousands of articles' claims are held) and one look-up
    _said: dict[tuple[int, int], tuple[str, str | None]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def sentence(self, offset: int) -> Span:
        return sentence_of(self.sentences, offset, self.sentence_starts)

    def clause(self, offset: int) -> Span:
        return sentence_of(self.clauses, offset, self.clause_starts)

    def said(self, sent: Span) -> tuple[str, str | None]:
        """The sentence ``sent`` squashed (a claim's ``sentence``), and who it attributes its figures to."""
        key = (sent.start, sent.end)
        found = self._said.get(key)
        if found is None:
            chunk = self.doc.text[sent.start : sent.end]
            found = self._said[key] = (squash(chunk), attribution(chunk))
        return found

    def is_ignored(self, start: int, end: int) -> bool:
        if not self.ignored or (start < end and self.doc.text[start] != "\n"):
            return False  # ``prepare`` blanks the ignored spans to line breaks: a stretch inside one starts with one
        return any(s.start <= start and end <= s.end for s in self.ignored)

    def scope(self, offset: int) -> Scope:
        return "background" if self.clause(offset).start in self.background else "story"


def year_hint(doc: Document, text: str | None = None) -> int | None:
    """The year an undated "January 13" in this article belongs to.

    The published date's year when known, else the most frequent year among full dates in the
    text, ignoring its furniture (copyright lines, urls: ``Document.furniture``).

    >>> d = Document(id="x", path="x", text="Flown in on Thursday, Jan. 6, 2022. Left on January 13.")
    >>> year_hint(d)
    2022
    """
    if doc.published is not None:
        return doc.published.year
    body = doc.article if text is None else text
    years = Counter(int(next(g for g in m.groups() if g)) for m in _full_date_year().finditer(body))
    return years.most_common(1)[0][0] if years else None


def prepare(doc: Document) -> Prepared:
    if doc.furniture:  # extractors read the article only: its furniture is blanked, offsets unchanged
        doc = replace(doc, text=doc.article)
    text = doc.text
    sents = sentences(text)
    clauses = tuple(_predicates(text, _clauses(text, sents)))
    hint = year_hint(doc)
    clause_starts = tuple(c.start for c in clauses)
    return Prepared(
        doc=doc,
        sentences=sents,
        clauses=clauses,
        ignored=tuple(span(a, b) for a, b in doc.furniture),
        dates=tuple(dates_mod.parse_dates(text, doc.published, year_hint=hint, spans=False)),
        year_hint=hint,
        background=_background(text, sents, clauses, hint, clause_starts),
        sentence_starts=tuple(s.start for s in sents),
        clause_starts=clause_starts,
        runs=run_offsets(text) if plain(text) else None,
    )


_SECOND_PREDICATE = re.compile(r"\s+and\s+(?=(?:was|were|is|are|has|had|have|will|would|later|then)\s)")
# Where a match of _SECOND_PREDICATE can hold its "and": after white space, and before white space and a verb
# (written to begin with "and", which the regex engine looks for in C)
_SECOND_PREDICATE_AND = re.compile(r"and(?<=\sand)\s+(?=(?:was|were|is|are|has|had|have|will|would|later|then)\s)")


def _predicates(text: str, clauses: list[Span]) -> list[Span]:
    """Each clause cut again before a second predicate of its subject ("Task Force Trident numbers about 600
    troops | and was deployed in 2020"), so that what is said of another time in one does not make the other
    background.

    Only the clauses holding an "and" that ``_SECOND_PREDICATE_AND`` finds in the whole text are searched: a
    match within a clause holds such an "and" (one pass over the text in place of one search a clause).
    """
    if " and " not in text:
        return clauses
    ands = [m.start() for m in _SECOND_PREDICATE_AND.finditer(text)]
    if not ands:
        return clauses
    out: list[Span] = []
    k = 0
    for c in clauses:
        k = bisect_left(ands, c.start, k)
        if k == len(ands) or ands[k] >= c.end:
            out.append(c)
            continue
        begin = c.start
        for m in _SECOND_PREDICATE.finditer(text, c.start, c.end):
            if m.start() > begin:
                out.append(span(begin, m.start()))
                begin = m.end()
        out.append(span(begin, c.end) if begin != c.start else c)
    return out


def _clauses(text: str, sents: tuple[Span, ...]) -> list[Span]:
    """Each sentence cut at its clause breaks: what ``_CLAUSE_BREAK.finditer`` over the sentence finds, worked
    out from where the break marks are (a comma, semicolon or colon takes the spaces after it, a dash the
    spaces on both sides, and needs them; a bracket stands alone)."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    out: list[Span] = []
    k = 0
    for s in sents:
        begin = after = s.start  # where the last break ended, and where the next may start
        k = bisect_left(marks, s.start, k)
        while k < len(marks) and marks[k] < s.end:
            at = marks[k]
            k += 1
            if at < after:
                continue
            first, last = at, at + 1
            if text[at] not in "()":
                while last < s.end and text[last].isspace():
                    last += 1
                if last == at + 1:
                    continue
                if text[at] in "—–":
                    while first > after and text[first - 1].isspace():
                        first -= 1
                    if first == at:
                        continue
            if first > begin:
                out.append(span(begin, first))
            begin = after = last
        if s.end > begin:
            out.append(span(begin, s.end))
    return out


@cache
def _scope_rules() -> tuple[
    list[tuple[re.Pattern[str], tuple[str, ...]]], list[re.Pattern[str]], bool, re.Pattern[str]
]:
    """The scope rules compiled: the cues, each with words one of which any match holds (none: no such words
    known), the year patterns, whether these match years standing alone only, and the continuation."""
    rules = data("scope.json")
    known = {
        "other_event": (r"\b(?:other|previous|earlier|prior)\s+", ("other", "previous", "earlier", "prior")),
        "deadliest_since": (
            r"\b(?:worst|deadliest|biggest|largest|strongest|most powerful)\b",
            ("worst", "deadliest", "biggest", "largest", "strongest", "most powerful"),
        ),
        "years_ago": (r"\b(?:\d+|", ("year", "decade")),
    }
    cues = []
    for k in ("other_event", "deadliest_since", "years_ago"):
        head, words = known[k]
        cues.append((re.compile(rules[k], re.I), words if rules[k].startswith(head) else ()))
    dated = [re.compile(rules[k], re.I) for k in ("since_year", "year_adjective")]
    # Both year patterns take the year as a word of its own ("since 1999", "the 2004 quake"): only then
    # do the clauses without such a word go unsearched.
    alone = rules["since_year"] == _SINCE_YEAR and rules["year_adjective"].startswith(r"(?:\b|'s\s)((?:19|20)\d\d)\s+")
    return cues, dated, alone, re.compile(rules["continuation"], re.I)


_SINCE_YEAR = (
    r"\b(?:since|before|until|in|of|from)\s+(?:(?:early|late|mid|at least)\s+)?(?:(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b"
)


def _marked(
    low: str | None, words: tuple[str, ...], clauses: tuple[Span, ...], starts: tuple[int, ...]
) -> set[int] | None:
    """The indices of the clauses in which one of ``words`` starts (None: every clause may hold one); ``starts``:
    the clauses' starts."""
    if low is None or not words:
        return None
    found: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < clauses[i].end:
                found.add(i)
            at = low.find(word, at + 1)
    return found


def _marked_years(text: str, clauses: tuple[Span, ...], starts: tuple[int, ...]) -> set[int]:
    """The indices of the clauses that hold a year 1900-2099 as a word of its own (for plain text); ``starts``: the
    clauses' starts."""
    words, offsets = run_offsets(text)
    found: set[int] = set()
    for at in compress(offsets, map(_YEAR_WORDS.__contains__, words)):
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < clauses[i].end:
            found.add(i)
    return found


_YEAR_WORDS = frozenset(str(y) for y in range(1900, 2100))


def _background(
    text: str, sents: tuple[Span, ...], clauses: tuple[Span, ...], year: int | None, starts: tuple[int, ...]
) -> frozenset[int]:
    """The start offsets of the background clauses (``starts``: the clauses' starts)."""
    cue_rules, dated, alone, continuation = _scope_rules()
    # A clause is searched only if it holds a word any match must hold (or if the text is not plain).
    low = text.lower() if plain(text) else None
    cues = [(p, _marked(low, words, clauses, starts)) for p, words in cue_rules]
    if alone:
        years = _marked_years(text, clauses, starts) if low else None
    else:
        years = _marked(low, ("19", "20"), clauses, starts)
    marked = [years, *(at for _, at in cues)]
    everywhere = any(at is None for at in marked)
    somewhere = set().union(*(at for at in marked if at is not None))
    found: set[int] = set()
    previous_clause_background = False
    previous_sentence_background = False
    sentence_index = 0
    sentence_has_background = False
    tail_background = False  # past a relative clause of a background clause: the rest of the sentence is its tail
    carry = False  # the clause before was a short background opener of this sentence
    continues: bool | None = None  # whether the current sentence opens with a continuation, once asked
    marked_order = sorted(somewhere)
    i, upto = -1, 0  # the clause, and how many of marked_order lie before it
    while (i := i + 1) < len(clauses):
        if not (everywhere or previous_clause_background or sentence_has_background or previous_sentence_background):
            # Nothing carries over from the clauses before: none is background until the next one marked.
            upto = bisect_left(marked_order, i, upto)
            if upto == len(marked_order):
                break
            i = marked_order[upto]
        c = clauses[i]
        while sentence_index + 1 < len(sents) and sents[sentence_index + 1].start <= c.start:
            previous_sentence_background = sentence_has_background
            sentence_has_background = False
            previous_clause_background = False
            tail_background = False
            carry = False
            sentence_index += 1
            continues = None
        hit = tail_background or carry
        if not hit and (everywhere or i in somewhere):
            chunk = text[c.start : c.end]
            hit = any((at is None or i in at) and p.search(chunk) for p, at in cues) or (
                (years is None or i in years) and any(int(m.group(1)) != year for p in dated for m in p.finditer(chunk))
            )
        if previous_clause_background and _RELATIVE_OPENER.match(text[c.start : c.end]):
            # "since 1997, when a jet went down ..., killing 83 people": the relative clause and all that follows
            hit = tail_background = True
        if not hit and previous_sentence_background:
            if continues is None:
                sent = sents[sentence_index] if sents else Span(start=0, end=len(text))
                continues = bool(continuation.match(text[sent.start : sent.end]))
            hit = continues
        if hit:
            found.add(c.start)
            sentence_has_background = True
        previous_clause_background = hit
        # a short background clause opens its sentence's next one: "In 2009, a heatwave killed 1,140 people",
        # "The 2009 heatwave, the country's deadliest, caused 1,140 deaths"
        if hit:
            opener = text[c.start : c.end].split()
            carry = len(opener) <= _OPENER_WORDS and not _UP_TO_NOW.intersection(w.lower() for w in opener)
        else:
            carry = False
    return frozenset(found)


_OPENER_WORDS = 6
# "Since 2015, the force has grown", "the strongest since 1979": a time up to the story, not before it
_UP_TO_NOW = frozenset({"since", "until", "till"})


_WHO_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|of|the|and|for|'s|’s|[a-z]+(?:'s|’s))$")
_WHO_NOUNS = frozenset(
    [
        "officials",
        "authorities",
        "organisers",
        "organizers",
        "organiser",
        "organizer",
        "activists",
        "rescuers",
        "doctors",
        "volunteers",
        "police",
        "military",
        "government",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "minister",
        "witnesses",
        "residents",
        "sources",
        "media",
        "source",
        "officer",
        "officers",
        "agency",
        "army",
        "statement",
        "presidency",
        "secretary",
        "governor",
        "mayor",
        "commander",
        "chief",
    ]
)


@cache
def _reporting() -> re.Pattern[str]:
    verbs = [v for v in _source_verbs() if v != "according to"]
    # no "\[?" before the verbs (an editor's "[said]"): the engine then skips in C to where a verb may start;
    # ``attribution`` takes a "[" before the match in
    return re.compile(alternation(verbs) + r"\]?(?:\(#\))?(?![\w-])")


@cache
def _reporting_words() -> tuple[str, ...]:
    """The first words of the verbs ``_reporting`` looks for: a match holds one as written."""
    return tuple({v.split()[0] for v in _source_verbs() if v != "according to"})


@cache
def _source_verbs() -> list[str]:
    """The verbs by which a sentence names where its figures come from ("said", "estimated", "put")."""
    words = data("events.json")
    return [*words["reporting_verbs"], *words["source_verbs"]]


_ACCORDING = re.compile(r"\baccording to\s+((?:the\s+)?[^,.;:\n\"“”]{2,80}?)(?=[,.;:\n\"“”]|$)", re.I)


@lru_cache(maxsize=4096)
def attribution(sentence: str) -> str | None:
    """Who the sentence says its figures come from, if it names them.

    >>> attribution("The troops will leave, the Defense Ministry said in a statement.")
    'the Defense Ministry'
    >>> attribution("At least 200 died there, according to CNN.")
    'CNN'
    >>> attribution("Mensah said five militants had been shot dead.")
    'Mensah'
    >>> attribution("Troops left.") is None
    True
    """
    m = _ACCORDING.search(sentence) if not sentence.isascii() or "according to" in sentence.lower() else None
    if m:
        return m.group(1).strip()
    if not holds_any(sentence, _reporting_words()):
        return None
    for v in _reporting().finditer(sentence):
        start = v.start() - 1 if sentence[v.start() - 1 : v.start()] == "[" else v.start()
        before = sentence[:start].rstrip()
        tokens = before.split()
        taken: list[str] = []
        for tok in reversed(tokens):
            bare = tok.strip("“”\"'[]")
            if tok != bare and (tok.endswith(("”", '"', ",")) or bare == ""):
                break
            if tok.endswith(","):
                break
            if _WHO_WORD.match(bare) or bare.lower() in _WHO_NOUNS:
                taken.append(bare)
                if len(taken) >= 7:
                    break
            else:
                break
        while taken and taken[-1].lower() in {"of", "and", "for", "'s", "’s"}:
            taken.pop()
        while taken and taken[0].lower() in {"of", "and", "the", "for"}:
            taken.pop(0)
        who = " ".join(reversed(taken))
        if who.lower() in {"a", "an", "the"} or who.lower().endswith((" an", " a")):
            continue  # "An estimated 2,750 tons": a hedge, not a source
        if who and (who[0].isupper() or who.split()[-1].lower() in _WHO_NOUNS):
            return who
    return None
