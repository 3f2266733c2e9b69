"""Find date mentions in text and resolve them against the article's own date.

``parse_dates(text, reference)`` returns each date mention: absolute dates with or without a year
("Jan. 22", "13 January 2022", "Thursday, Jan. 6, 2022", "2016-10-16"), weekdays and relative words
resolved against ``reference`` ("on Thursday", "last Thursday", "Wednesday next week", "today",
"3 days ago", "in two weeks"), holidays ("New Year's Day", "Easter 2018"), months ("in March 2015"),
years ("in 1999"), named and rolling periods ("next week", "the last 3 months", "Q1 2019"), ranges
("from May to October 2020") and open-ended spans ("since August", "before 2018").

Three steps: ``candidates`` finds spans with the compiled patterns of ``patterns``, looking only
near words and digits that can start a date; each candidate is resolved (longest first, then
earliest, a rejected one leaving room for shorter ones); ``combine`` joins neighbours into ranges
and open spans. Conventions are documented in ``atoms`` and ``periods``. A relative date with
no reference is never guessed; nothing reads the clock; dateparser is called from
``cal.dateparser_day`` only.

How ``candidates`` stays cheap: a pattern is run over the windows around anchor words (a date may
start up to ``_BEFORE`` characters before one and end ``_AFTER`` after it), and within a window it is
tried only where it can start by ``patterns.STARTS``, which ``_run_starts`` reads off the runs of
letters and digits of the lower-cased text (``text.run_offsets``). The result is what ``finditer`` over each
window gives (``_scan_all``, still used for text the runs cannot stand for: see ``text.plain``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import is_not, itemgetter

from ..text import plain, run_offsets
from .atoms import HANDLERS as _ATOM_HANDLERS
from .atoms import Atom
from .cal import DateMention
from .combine import combine
from .patterns import NEEDS, RUN_TESTS, STARTS, anchor, anchor_words, compiled, patterns, start_sets
from .patterns import names as pattern_names
from .periods import HANDLERS as _PERIOD_HANDLERS

__all__ = ["DateMention", "candidates", "parse_dates"]

Ref = dt.date | dt.datetime | None
Window = tuple[int, int]
_HANDLERS = {**_ATOM_HANDLERS, **_PERIOD_HANDLERS}
_BEFORE, _AFTER = 45, 60  # how far a date may start before, and end after, a word that anchors it


def candidates(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every candidate span, de-duplicated, sorted longest first, then earliest."""
    if not plain(text):
        return _scan_all(text)
    words, offsets = run_offsets(text)
    if not words:
        return []
    infos = _infos(words)
    windows = _windows(text, _anchor_starts(text, infos, words, offsets))
    if not windows:
        return []
    found: list[tuple[int, int, int, re.Match[str]]] = []
    ends = [hi for _, hi in windows]
    for k, positions in enumerate(_starts(text, infos, offsets, windows, len(pattern_names()))):
        if positions and _needs(k) in text:  # a pattern is compiled only once a text has a place for it
            found.extend(
                (m.start() - m.end(), m.start(), k, m) for m in _matches(text, compiled(k), positions, windows, ends)
            )
    found.sort()  # (-length, start, pattern) is unique: the match objects are never compared
    named = pattern_names()
    return [(named[k], m) for _, _, k, m in found]


def _matches(
    text: str, pattern: re.Pattern[str], positions: list[int], windows: list[Window], ends: list[int]
) -> list[re.Match[str]]:
    """What ``pattern.finditer`` finds in each window, trying it only at ``positions`` (sorted, and holding
    every place where it can match); a match cut short by the window's end is matched again without it."""
    out: list[re.Match[str]] = []
    hi = after = -1
    for p in positions:
        if p >= hi:
            w = bisect_right(ends, p)
            if w == len(windows):
                break
            after, hi = windows[w]
        if p < after:
            continue
        m = pattern.match(text, p, hi)
        if m is None:
            continue
        after = m.end()
        if after >= hi - 1 and hi < len(text):
            full = pattern.match(text, p)
            if full is None:
                continue
            m = full
        if m.end() > p:
            out.append(m)
    return out


def _anchor_starts(text: str, infos: list[RunStarts], words: Sequence[str], offsets: Sequence[int]) -> list[int]:
    """Where an anchor may start: on the runs ``_run_starts`` says so of, and on "'" before a digit ("'90s")."""
    anchors = []
    for k in compress(range(len(infos)), map(itemgetter(3), infos)):  # the runs of kind 1 or 2: a tenth
        if infos[k][3] == 1 or text.startswith(_AFTER_DAY, offsets[k] + len(words[k])):  # what follows the run
            anchors.append(offsets[k])
    at = text.find("'")
    while at >= 0:
        if text[at + 1 : at + 2].isdigit():
            anchors.append(at)
        at = text.find("'", at + 1)
    anchors.sort()
    return anchors


def _starts(
    text: str, infos: list[RunStarts], offsets: Sequence[int], windows: list[Window], count: int
) -> list[list[int]]:
    """Where in the windows each pattern may start (see ``patterns.STARTS``), in order."""
    starts: list[list[int]] = [[] for _ in range(count)]
    last = len(infos) - 1
    unchecked = _start_table().unchecked
    done = 0
    for lo, hi in windows:
        first, end = max(done, bisect_left(offsets, lo) - 1), bisect_left(offsets, hi)  # a run may begin before lo
        for k in compress(range(first, end), map(is_not, infos[first:end], repeat(_NOTHING))):  # about half
            alone, then, _, _, inside, _ = infos[k]
            fit = infos[k + 1][2] if k < last else 0  # the last run has no next one to fit
            found = alone
            if then & fit:  # and the run after next fits, for the alternatives that name a class of it
                found |= then & fit & (infos[k + 2][5] | unchecked if k + 1 < last else -1)
            if found:
                for j in _PATTERNS_OF.get(found) or _alternative_patterns(found):
                    starts[j].append(offsets[k])
            for offset, j, need in inside:
                if not need or need & fit:
                    starts[j].append(offsets[k] + offset)
        done = max(done, end)
    for char, name in (("=", "year"), ("'", "decade")):  # the patterns that may start with a sign
        at = text.find(char)
        while at >= 0:
            if char == "=" or text[at + 1 : at + 2].isdigit():
                starts[_pattern_index(name)].append(at)
            at = text.find(char, at + 1)
    for positions in starts:
        positions.sort()
    return starts


@cache
def _needs(k: int) -> str:
    """What ``patterns.NEEDS`` says text must hold for pattern ``k`` to match in it ("" for most)."""
    return NEEDS.get(pattern_names()[k], "")


_AFTER_DAY = ("/", ".", "-", "~")  # what makes one or two digits an anchor ("10/16", "5-7")


@lru_cache(maxsize=64)
def _pattern_index(name: str) -> int:
    return pattern_names().index(name)


@dataclass(frozen=True, slots=True)
class _StartTable:
    """``patterns.STARTS`` compiled: each class a bit, each alternative a bit."""

    words: dict[str, int]  # word -> the bits of every class it belongs to
    tests: tuple[tuple[tuple[int, ...], re.Pattern[str]], ...]  # for runs starting with a letter, a digit: the
    # bits of RUN_TESTS, and one regex whose group i matches (at the run's start) where the regex of bit i does
    prefixes: tuple[tuple[int, tuple[str, ...], frozenset[str]], ...]  # bit, prefixes, words not to take
    alternatives: tuple[tuple[int, int, int | None, int | None], ...]  # pattern index, the classes of the first
    # run, of the next run, of the run after next
    unchecked: int  # the alternatives that name no class of the run after next
    heads: frozenset[str]  # the leading letters of every anchor word
    inside: tuple[tuple[str, int, int], ...]  # the ends of a run that may start a pattern, pattern index, need
    day_range: int  # the index of day_range, which may start inside a run
    after_day: int  # the alternative a day inside a run needs the next run to fit
    by_class: tuple[tuple[int, int, int, int], ...]  # per class bit: the alternatives it starts alone, then,
    # fits as the next run, fits as the run after next
    same: tuple[int, ...]  # per alternative: the alternatives of its pattern
    day_words: re.Pattern[str]  # finds any word of DWF (a quick no for ``_inside``'s look for them)
    inside_words: tuple[str, ...]  # the words of ``inside`` (a quick no for ``_inside``)


@cache
def _start_table() -> _StartTable:
    sets = start_sets()
    names = list(pattern_names())
    assert sorted(names) == sorted(STARTS), "every pattern needs its starts"
    bit: dict[str, int] = {}

    def classes(spec: str) -> int:
        out = 0
        for token in spec.split():
            out |= bit.setdefault(token, 1 << len(bit))
        return out

    flat = [(name, alt[0], alt[1], alt[2] if len(alt) > 2 else None) for name, alts in STARTS.items() for alt in alts]
    alternatives = tuple(
        (names.index(n), classes(f), None if t is None else classes(t), None if a is None else classes(a))
        for n, f, t, a in flat
    )
    unchecked = sum(1 << i for i, a in enumerate(alternatives) if a[3] is None)
    classes("MOND DWFP DWFX RANGEP YEARP")
    words: dict[str, int] = {}
    for token, b in bit.items():
        for word in sets.get(token, {token} if token.islower() or token[0].isdigit() else set()):
            words[word] = words.get(word, 0) | b
    tests = tuple(_tests([(bit[n], rx) for n, d, rx in RUN_TESTS if n in bit and d == digits]) for digits in (0, 1))
    known = set(sets) | {n for n, _, _ in RUN_TESTS} | {"MOND", "DWFP", "DWFX", "RANGEP", "YEARP"}
    assert all(t in known or t.islower() or t[0].isdigit() for t in bit), "an unknown class in STARTS"
    prefixes = (
        (
            bit["MOND"],
            tuple(sorted(m + d for m in sets["MONTHS"] for d in (*"0123456789", *sets["DWF"]))),
            frozenset[str](),
        ),
        (bit["DWFP"], tuple(sorted(sets["DWF"])), frozenset[str]()),
        (bit["DWFX"], tuple(sorted(sets["DWF"])), sets["DWF"]),
        (bit["RANGEP"], tuple(sorted(sets["RANGEW"])), frozenset[str]()),
        (bit["YEARP"], ("year",), frozenset[str]()),
    )
    heads = frozenset(_LETTERS.match(n).group() for n in anchor_words())  # type: ignore[union-attr]

    def need(name: str, first: str) -> int:
        return 1 << flat.index(next(x for x in flat if x[:2] == (name, first)))

    part, later, day_range = names.index("part"), names.index("later"), names.index("day_range")
    inside = (
        ("eoy", part, 0),
        ("year", later, need("later", "year")),
        ("between", day_range, need("day_range", "MONTHS between from")),
        ("from", day_range, need("day_range", "MONTHS between from")),
        ("the", day_range, need("day_range", "the")),
    )
    by_class = tuple(
        (
            sum(1 << i for i, (_, first, nxt, _) in enumerate(alternatives) if nxt is None and first >> b & 1),
            sum(1 << i for i, (_, first, nxt, _) in enumerate(alternatives) if nxt is not None and first >> b & 1),
            sum(1 << i for i, (_, _, nxt, _) in enumerate(alternatives) if nxt is not None and nxt >> b & 1),
            sum(1 << i for i, (_, _, _, third) in enumerate(alternatives) if third is not None and third >> b & 1),
        )
        for b in range(len(bit))
    )
    same = tuple(sum(1 << i for i, a in enumerate(alternatives) if a[0] == k) for k, _, _, _ in alternatives)
    day_words = re.compile("|".join(sorted(sets["DWF"])))
    after_day = need("day_range", "DNUM DWF")
    return _StartTable(
        words,
        tests,
        prefixes,
        alternatives,
        unchecked,
        heads,
        inside,
        day_range,
        after_day,
        by_class,
        same,
        day_words,
        tuple(w for w, _, _ in inside),
    )


def _tests(tests: list[tuple[int, str]]) -> tuple[tuple[int, ...], re.Pattern[str]]:
    """The ``RUN_TESTS`` of one kind of run as one regex, each test in a look-ahead that captures: group i is
    not None where test i's regex matches at the run's start (one regex call in place of one a test)."""
    rx = re.compile("".join(f"(?:(?=({test}))|)" for _, test in tests))
    assert rx.groups == len(tests) and len({b for b, _ in tests}) == len(tests), "the tests hold no groups"
    return tuple(b for b, _ in tests), rx


RunStarts = tuple[int, int, int, int, tuple[tuple[int, int, int], ...], int]
_NOTHING: RunStarts = (0, 0, 0, 0, (), 0)
_LETTERS = re.compile(r"[a-z]*")
_ANCHOR_DIGITS = re.compile(r"(?:1[5-9]|20)\d\d(?!\d)|\d\d?(?:st|nd|rd|th)")
_ANCHOR_SHORT = re.compile(r"\d\d?\Z")
_ANCHOR_QH = re.compile(r"[qh][1-4]")
_DIGITS = re.compile(r"\d+")
_DAY_TAILS = ("st", "nd", "rd", "th", "to", "through", "thru", "till", "until", "and")


_KNOWN: dict[str, RunStarts] = {}  # _run_starts of the runs seen, cleared when it grows past _KNOWN_MAX
_KNOWN_MAX = 1 << 16


def _infos(words: Sequence[str]) -> list[RunStarts]:
    """``_run_starts`` of each run, looked up in ``_KNOWN`` (a dict lookup costs less than a cached call).

    Safe in threads (a Dask worker runs several): the answers come from this call's own look-ups, never from
    ``_KNOWN`` after another thread may have cleared it; each dict operation is atomic.
    """
    known = _KNOWN
    infos = list(map(known.get, words))
    if all(infos):  # a RunStarts is a non-empty tuple: only the runs not seen yet are None
        return infos  # type: ignore[return-value]
    missing = []  # where the runs not seen yet are: found by ``list.index``, which scans in C
    at = infos.index(None)
    while True:
        missing.append(at)
        try:
            at = infos.index(None, at + 1)
        except ValueError:
            break
    new = {run: _run_starts(run) for run in set(map(words.__getitem__, missing))}
    if len(known) + len(new) > _KNOWN_MAX:
        known.clear()
    known.update(new)
    for k in missing:
        infos[k] = new[words[k]]
    return infos  # type: ignore[return-value]


def _run_starts(run: str) -> RunStarts:
    """What a lower-case run of letters and digits can start: the alternatives of ``STARTS`` it starts on its
    own, those it starts if the next run fits, those it fits as that next run, whether an anchor may start on
    it (0 no, 1 yes, 2 if "/", ".", "-" or "~" follows), the starts inside it (see ``_inside``), and the
    alternatives that name a class of the run after next which it fits as that run.
    """
    t = _start_table()
    classes = t.words.get(run, 0)
    digit = "0" <= run[0] <= "9"
    bits, rx = t.tests[digit]
    for passed in compress(bits, map(is_not, rx.match(run).groups(), repeat(None))):  # type: ignore[union-attr]
        classes |= passed
    if digit:
        anchor_kind = 1 if _ANCHOR_DIGITS.match(run) else 2 if _ANCHOR_SHORT.match(run) else 0
    else:
        for b, heads, excluded in t.prefixes:
            if run.startswith(heads) and run not in excluded:
                classes |= b
        letters = run if run.isalpha() else _LETTERS.match(run).group()  # type: ignore[union-attr]
        anchor_kind = 1 if letters in t.heads or _ANCHOR_QH.match(run) else 0
    alone = then = fits = fits3 = 0
    while classes:  # the alternatives each class starts alone or with the next run, and fits as a later run
        a, b, c, d = t.by_class[(classes & -classes).bit_length() - 1]
        alone, then, fits, fits3, classes = alone | a, then | b, fits | c, fits3 | d, classes & (classes - 1)
    started = alone
    while started:  # what a run starts alone, it does not start again with the next run
        then &= ~t.same[(started & -started).bit_length() - 1]
        started &= started - 1
    inside = _inside(run)
    if not (alone or then or fits or anchor_kind or inside or fits3):
        return _NOTHING
    return alone, then, fits, anchor_kind, inside, fits3


def _inside(run: str) -> tuple[tuple[int, int, int], ...]:
    """Starts inside a run of the three alternatives not held to a word start, as (offset, pattern index,
    alternatives the next run must fit or 0): "weekendEOY", "lastyear to date", and day_range's (from
    "9" in "19 to 28 June", "firstto third of May")."""
    t = _start_table()
    day_range = t.day_range
    found: set[tuple[int, int, int]] = set()
    for word, k, need in t.inside if run.endswith(t.inside_words) else ():
        if run.endswith(word):
            found.add((len(run) - len(word), k, need))
    if not run.isalpha():
        for m in _DIGITS.finditer(run):
            rest = run[m.end() :]
            if rest and not rest.startswith(_DAY_TAILS):
                continue
            need = 0 if rest else t.after_day
            found.add((m.end() - 1, day_range, need))
            if m.end() - m.start() >= 2 and run[m.end() - 2] in "0123":
                found.add((m.end() - 2, day_range, need))
    for word in start_sets()["DWF"] if t.day_words.search(run, 1) else ():
        at = run.find(word, 1)
        while at > 0:
            rest = run[at + len(word) :]
            if not rest or rest.startswith(_DAY_TAILS):
                found.add((at, day_range, 0 if rest or word in ("twenty", "thirty") else t.after_day))
            at = run.find(word, at + 1)
    return tuple(sorted(x for x in found if x[0] > 0)) if found else ()


# _alternative_patterns of the sets seen (a dict look-up costs less than a cached call); safe in threads like
# _KNOWN: each dict operation is atomic, and an entry cleared by another thread is worked out again
_PATTERNS_OF: dict[int, tuple[int, ...]] = {}


def _alternative_patterns(alternatives: int) -> tuple[int, ...]:
    """The indices into ``patterns.names()`` of some alternatives of ``STARTS``, kept in ``_PATTERNS_OF``."""
    t = _start_table()
    found = tuple(sorted({t.alternatives[i][0] for i in range(alternatives.bit_length()) if alternatives >> i & 1}))
    if len(_PATTERNS_OF) >= 1 << 12:
        _PATTERNS_OF.clear()
    _PATTERNS_OF[alternatives] = found
    return found


def _windows(text: str, starts: list[int]) -> list[Window]:
    """``_merge`` of what ``anchor().finditer`` finds, trying it only at ``starts`` (sorted, holding every place
    it can match), each anchor merged as it is found."""
    rx = anchor()
    size = len(text)
    windows: list[Window] = []
    after = 0
    for p in starts:
        if p >= after and (m := rx.match(text, p)) is not None:
            after = m.end()
            lo, hi = max(0, p - _BEFORE), min(size, after + _AFTER)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    return windows


def _merge(text: str, anchors: list[Window]) -> list[Window]:
    """The windows around anchors, overlapping and touching ones merged."""
    spans: list[Window] = []
    for start, end in anchors:
        lo, hi = max(0, start - _BEFORE), min(len(text), end + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _scan_all(text: str) -> list[tuple[str, re.Match[str]]]:
    """``candidates`` by running every pattern over every window (for text that is not ``text.plain``)."""
    seen: set[tuple[str, int]] = set()
    found: list[tuple[str, re.Match[str]]] = []
    windows = _merge(text, [m.span() for m in anchor().finditer(text)])
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
        a, b = m.span()
        if taken.find(1, a, b) >= 0:
            continue
        atom = _HANDLERS[name](m, m.groupdict(), ref, year_hint)
        if atom is not None:
            taken[a:b] = b"\x01" * (b - a)
            atoms.append(atom)
    atoms.sort(key=lambda a: a.mention.char_start)
    if not spans:
        return [a.mention for a in atoms if a.kind not in ("now", "open")]
    return combine(text, atoms, ref)
