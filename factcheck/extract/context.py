"""What every extractor needs to know about a document, worked out once per document.

Sentences, clauses, the regions to ignore (urls, copyright lines), the year that dates without
one belong to, which clauses speak of another, earlier event (background), and who a sentence
attributes its figures to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..model import Document, Scope
from . import dates as dates_mod
from .lexicon import alternation, data
from .text import Span, sentence_of, sentences

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_FULL_DATE_YEAR = re.compile(
    rf"\b(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\s+((?:19|20)\d\d)|((?:19|20)\d\d)-\d\d-\d\d)\b"
)
_IGNORED_LINE = re.compile(
    r"^[^\n]*(?:https?://|www\.|Original url|Copyright|©|All rights reserved|e-?mail address)"
    r"[^\n]*$",
    re.I | re.M,
)
_CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+[—–]\s+|:\s+|\(|\)")
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

    def sentence(self, offset: int) -> Span:
        return sentence_of(self.sentences, offset)

    def clause(self, offset: int) -> Span:
        return sentence_of(self.clauses, offset)

    def is_ignored(self, start: int, end: int) -> bool:
        return any(s.start <= start and end <= s.end for s in self.ignored)

    def scope(self, offset: int) -> Scope:
        return "background" if self.clause(offset).start in self.background else "story"


def year_hint(doc: Document, text: str | None = None) -> int | None:
    """The year an undated "January 13" in this article belongs to.

    The published date's year when known, else the most frequent year among full dates in the
    text, ignoring copyright and url lines.

    >>> d = Document(id="x", path="x", text="Flown in on Thursday, Jan. 6, 2022. Left on January 13.")
    >>> year_hint(d)
    2022
    """
    if doc.published is not None:
        return doc.published.year
    body = _IGNORED_LINE.sub("", doc.text if text is None else text)
    years = Counter(int(next(g for g in m.groups() if g)) for m in _FULL_DATE_YEAR.finditer(body))
    return years.most_common(1)[0][0] if years else None


def prepare(doc: Document) -> Prepared:
    text = doc.text
    sents = sentences(text)
    clauses = tuple(_clauses(text, sents))
    hint = year_hint(doc)
    return Prepared(
        doc=doc,
        sentences=sents,
        clauses=clauses,
        ignored=tuple(Span(start=m.start(), end=m.end()) for m in _IGNORED_LINE.finditer(text)),
        dates=tuple(dates_mod.parse_dates(text, doc.published, year_hint=hint, spans=False)),
        year_hint=hint,
        background=_background(text, sents, clauses, hint),
    )


def _clauses(text: str, sents: tuple[Span, ...]) -> list[Span]:
    out: list[Span] = []
    for s in sents:
        begin = s.start
        for m in _CLAUSE_BREAK.finditer(text, s.start, s.end):
            if m.start() > begin:
                out.append(Span(start=begin, end=m.start()))
            begin = m.end()
        if s.end > begin:
            out.append(Span(start=begin, end=s.end))
    return out


def _background(text: str, sents: tuple[Span, ...], clauses: tuple[Span, ...], year: int | None) -> frozenset[int]:
    rules = data("scope.json")
    cues = [re.compile(rules[k], re.I) for k in ("other_event", "deadliest_since")]
    dated = [re.compile(rules[k], re.I) for k in ("since_year", "year_adjective")]
    continuation = re.compile(rules["continuation"], re.I)
    found: set[int] = set()
    previous_clause_background = False
    previous_sentence_background = False
    sentence_index = 0
    sentence_has_background = False
    for c in clauses:
        while sentence_index + 1 < len(sents) and sents[sentence_index + 1].start <= c.start:
            previous_sentence_background = sentence_has_background
            sentence_has_background = False
            previous_clause_background = False
            sentence_index += 1
        sent = sents[sentence_index] if sents else Span(start=0, end=len(text))
        chunk = text[c.start : c.end]
        hit = any(p.search(chunk) for p in cues) or any(
            int(m.group(1)) != year for p in dated for m in p.finditer(chunk)
        )
        if not hit and previous_clause_background and _RELATIVE_OPENER.match(chunk):
            hit = True
        if not hit and previous_sentence_background and continuation.match(text[sent.start : sent.end]):
            hit = True
        if hit:
            found.add(c.start)
            sentence_has_background = True
        previous_clause_background = hit
    return frozenset(found)


_WHO_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|of|the|and|for|'s|’s|[a-z]+(?:'s|’s))$")
_WHO_NOUNS = frozenset(
    [
        "officials",
        "authorities",
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
    verbs = [v for v in data("events.json")["reporting_verbs"] if v != "according to"]
    return re.compile(r"\[?" + alternation(verbs) + r"\]?(?:\(#\))?(?![\w-])")


_ACCORDING = re.compile(r"\baccording to\s+((?:the\s+)?[^,.;:\n\"“”]{2,80}?)(?=[,.;:\n\"“”]|$)", re.I)


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
    m = _ACCORDING.search(sentence)
    if m:
        return m.group(1).strip()
    for v in _reporting().finditer(sentence):
        before = sentence[: v.start()].rstrip()
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
        if who and (who[0].isupper() or who.split()[-1].lower() in _WHO_NOUNS):
            return who
    return None
