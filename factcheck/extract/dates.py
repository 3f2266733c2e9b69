"""Find date mentions in text and resolve them against the article's own date.

``parse_dates(text, reference)`` returns each date mention: absolute dates with or without a year
("Jan. 22", "13 January 2022", "Thursday, Jan. 6, 2022", "2016-10-16"), weekdays and relative words
resolved against ``reference`` ("on Thursday", "last Thursday", "Wednesday next week", "today",
"3 days ago", "in two weeks"), holidays ("New Year's Day", "Easter 2018"), months ("in March 2015"),
years ("in 1999"), named and rolling periods ("next week", "the last 3 months", "Q1 2019"), ranges
("from May to October 2020") and open-ended spans ("since August", "before 2018").

Three steps: ``candidates`` finds spans with the compiled patterns of ``datepatterns``, looking only
near words and digits that can start a date, so long text without dates costs one scan; each
candidate is resolved (longest first, then earliest, a rejected one leaving room for shorter ones);
``datecombine`` joins neighbours into ranges and open spans. Conventions are documented in
``dateatoms`` and ``dateperiods``. A relative date with no reference is never guessed; nothing reads
the clock; dateparser is called from ``datecal.dateparser_day`` only.
"""

from __future__ import annotations

import datetime as dt
import re

from .dateatoms import HANDLERS as _ATOM_HANDLERS
from .dateatoms import Atom
from .datecal import DateMention
from .datecombine import combine
from .datepatterns import anchor, patterns
from .dateperiods import HANDLERS as _PERIOD_HANDLERS

__all__ = ["DateMention", "candidates", "parse_dates"]

Ref = dt.date | dt.datetime | None
_HANDLERS = {**_ATOM_HANDLERS, **_PERIOD_HANDLERS}
_BEFORE, _AFTER = 45, 60  # how far a date may start before, and end after, a word that anchors it


def _windows(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in anchor().finditer(text):
        lo, hi = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def candidates(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every candidate span, de-duplicated, sorted longest first, then earliest."""
    seen: set[tuple[str, int]] = set()
    found: list[tuple[str, re.Match[str]]] = []
    windows = _windows(text)
    for name, pattern in patterns():
        for lo, hi in windows:
            for m in pattern.finditer(text, lo, hi):
                if m.end() >= hi - 1 and hi < len(text):
                    full = pattern.match(text, m.start())
                    if full is None:
                        continue
                    m = full
                if m.end() > m.start() and (name, m.start()) not in seen:
                    seen.add((name, m.start()))
                    found.append((name, m))
    found.sort(key=lambda x: (-(x[1].end() - x[1].start()), x[1].start()))
    return found


def parse_dates(
    text: str, reference: Ref = None, *, year_hint: int | None = None, spans: bool = True
) -> list[DateMention]:
    """Every date mention in ``text``, resolved against ``reference`` where it is relative.

    With ``spans=False``, ranges and open spans are not formed: each day or period is returned alone.

    >>> [(d.text, str(d.date)) for d in parse_dates("by Wednesday next week", dt.date(2022, 1, 13), spans=False)]
    [('Wednesday next week', '2022-01-19')]
    >>> [(d.text, d.start, str(d.end)) for d in parse_dates("by Wednesday next week", dt.date(2022, 1, 13))]
    [('by Wednesday next week', None, '2022-01-19')]
    >>> [(d.text, str(d.date)) for d in parse_dates("We left on January 13.", None, year_hint=2022)]
    [('January 13', '2022-01-13')]
    >>> [(d.text, str(d.start), str(d.end)) for d in parse_dates("from May to Oct 2020", dt.date(2018, 10, 24))]
    [('from May to Oct 2020', '2020-05-01', '2020-09-30')]
    """
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    taken = bytearray(len(text))
    atoms: list[Atom] = []
    for name, m in candidates(text):
        if any(taken[m.start() : m.end()]):
            continue
        atom = _HANDLERS[name](m, m.groupdict(), ref, year_hint)
        if atom is not None:
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            atoms.append(atom)
    atoms.sort(key=lambda a: a.mention.char_start)
    if not spans:
        return [a.mention for a in atoms if a.kind not in ("now", "open")]
    return combine(text, atoms, ref)
