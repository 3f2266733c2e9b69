"""One document as the count builders read it: sentences, clauses and dates looked up by bisection, and
the claim a figure makes once its value and frame are known."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from ...model import Claim, Count, Frame, Scope
from ..context import Prepared
from ..numbers import NumberMention
from ..scan import folded_text
from ..text import Span
from .occasions import gathering_day


class CountDoc:
    """One document's text and ``Prepared``, with sentence, clause and date look-ups by bisection.

    The answers are those of ``Prepared.sentence``, ``.clause`` and ``.scope`` (the spans are in order).
    """

    __slots__ = (
        "_clause_starts",
        "_dates",
        "_gathering",
        "_ignored_reach",
        "_ignored_starts",
        "_odd_dates",
        "_sent_starts",
        "low",
        "prep",
        "text",
    )

    def __init__(self, prep: Prepared) -> None:
        self.prep = prep
        self.text = prep.doc.text
        self.low = folded_text(self.text)  # for the words a case-blind pattern needs, looked for before it is tried
        self._sent_starts = _starts(prep.sentences)
        self._clause_starts = _starts(prep.clauses)
        # the ignored spans by their starts, and the furthest any of them up to each one reaches: a stretch is inside
        # one when the furthest reach of those starting at or before it covers its end
        ignored = sorted(prep.ignored, key=_span_start)
        self._ignored_starts = [s.start for s in ignored]
        self._ignored_reach = list(accumulate((s.end for s in ignored), max))
        covered = bytearray(len(self.text))
        odd = []
        for d in prep.dates:
            if d.precision == "range":
                continue
            if 0 <= d.char_start < d.char_end <= len(self.text):
                covered[d.char_start : d.char_end] = b"\x01" * (d.char_end - d.char_start)
            else:
                odd.append((d.char_start, d.char_end))
        self._dates = covered
        self._odd_dates = odd
        self._gathering: tuple[dt.date | None] | None = None  # not worked out yet

    def gathering_day(self) -> dt.date | None:
        """``occasions.gathering_day`` of the document, worked out once."""
        if self._gathering is None:
            self._gathering = (gathering_day(self.prep),)
        return self._gathering[0]

    def ends_with(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """Whether ``text[start:end]``, the white space it ends with left out, ends with one of ``words`` (lower-case
        ASCII) in any case: what a case-blind pattern searched for there that ends on one of them (then white space
        and the end) needs, looked for before it is tried."""
        return self.low[start:end].rstrip().endswith(words)

    def sentence(self, offset: int) -> Span:
        if self._sent_starts is None:
            return self.prep.sentence(offset)
        i = bisect_right(self._sent_starts, offset) - 1
        return self.prep.sentences[i if i > 0 else 0]

    def clause(self, offset: int) -> Span:
        if self._clause_starts is None:
            return self.prep.clause(offset)
        i = bisect_right(self._clause_starts, offset) - 1
        return self.prep.clauses[i if i > 0 else 0]

    def scope(self, offset: int) -> Scope:
        return "background" if self.clause(offset).start in self.prep.background else "story"

    def in_date(self, start: int, end: int) -> bool:
        """Whether a date that is no range overlaps ``text[start:end]``."""
        if start >= end:
            return any(d.char_start < end and start < d.char_end and d.precision != "range" for d in self.prep.dates)
        if self._dates.find(1, start, end) >= 0:
            return True
        return bool(self._odd_dates) and any(s < end and start < e for s, e in self._odd_dates)

    def is_ignored(self, start: int, end: int) -> bool:
        """``Prepared.is_ignored``: inside an ignored line (a url, a copyright line)."""
        i = bisect_right(self._ignored_starts, start)
        return i > 0 and self._ignored_reach[i - 1] >= end


def _span_start(s: Span) -> int:
    return s.start


def _starts(spans: tuple[Span, ...]) -> list[int] | None:
    """The spans' starts when they are in order and there are any (else the linear look-up is kept)."""
    starts = [s.start for s in spans]
    if not starts or starts != sorted(starts):
        return None
    return starts


def make_claim(
    doc: CountDoc,
    m: NumberMention,
    sent: Span,
    typ: str,
    count: Count,
    start: int,
    end: int,
    frame: Frame,
    subject: str | None,
) -> Claim:
    """The claim of figure ``m`` quoting ``text[start:end]`` (kept inside its sentence), framed by ``frame``."""
    start, end = max(start, sent.start), min(max(end, m.end), sent.end)
    sentence, who = doc.prep.said(sent)
    return Claim(
        id="",
        document=doc.prep.doc.id,
        type=typ,  # type: ignore[arg-type]
        value=count,
        text=doc.text[start:end],
        start=start,
        end=end,
        sentence=sentence,
        key=frame_key(frame),
        subject=subject,
        scope=doc.scope(m.start),
        attribution=who,
        frame=frame,
    )


@lru_cache(maxsize=4096)
def frame_key(frame: Frame) -> str:
    """A claim's key: its frame's parts, " · " between them ("deaths · child", "troops · Northland")."""
    return " · ".join(p for p in (frame.measure, frame.counted, frame.place, frame.owner, frame.event) if p) or "?"
