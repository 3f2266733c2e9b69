"""The cue scan (``measures._cues``) finds exactly what ``_any_cue().finditer`` finds: it only tries the pattern
where a scan of the folded text finds a cue; and ``cue_right``, which looks for the first clause break only once
it has a cue, finds what it found when it cut the window there first; and ``cue_adjacent`` finds what it found
when it looked for a cue's first word. Held on random texts of awkward cue words and
characters (fixed seeds) and on sentences."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract.claims import measures

_TOKENS = (
    *("death", "toll", "Death", "TOLL", "killed", "Killed", "dead", "DEAD", "people", "were", "injured", "wounded"),
    *("lost", "their", "lives", "number", "of", "Number", "shot", "arrested", "protesters", "crowd", "and", "who"),
    *("heat-related", "excess", "deaths", "fell", "ill", "affected", "by", "the", "x", "-killed", "killed-", "a_b"),
    *("\u0130njured", "\u0131njured", "\u017fhot", "\u212aILLED", "evacuees", "detained", "2", "59", "were", "as"),
    *("\u2003", "\u2013"),
)
_SEPARATORS = (" ", "  ", "\n", "\t", "\xa0", ", ", "; ", ": ", ". ", " \u2014 ", " - ", "(", ")", "", "-", "'")


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_TOKENS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(1, 14)))


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(4))
def test_the_scan_finds_what_the_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        text = _text(rng)
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        want = _spans(measures._any_cue().finditer(text, lo, hi))
        assert _spans(measures._cues(text, lo, hi)) == want, (text, lo, hi)


def _cue_right_cut_first(text: str, pos: int, stop: int, *, far: bool = False) -> re.Match[str] | None:
    """``cue_right`` as it was: the window cut at its first clause break, then searched with ``_any_cue``."""
    m_ = measures
    aside = m_._ASIDE.match(text, pos, stop)
    if aside is not None:
        pos = aside.end()
    window = text[pos:stop]
    if not m_.may_cue(window):
        return None
    cut = m_._CLAUSE_CUT.search(window)
    end = pos + cut.start() if cut else stop
    m = m_._any_cue().search(text, pos, end)
    while m is not None and m.group().lower() in m_._nominal_cues() and "," in text[pos : m.start()]:
        m = m_._any_cue().search(text, m.end(), end)
    if m is None:
        return None
    gap = text[pos : m.start()]
    if " and " in gap and m_._FIGURE_NEXT.match(text, m.end()):
        return None
    if m_.weak(m) and gap.strip() and not m_._PREDICATE_BEFORE.search(gap):
        return None
    if m.group().lower() in m_._TRANSITIVE and m_._WHO_BEFORE.search(gap):
        return None
    words = gap.split()
    if len(words) <= 8 or far:
        return m
    if len(words) <= 14 and "," not in gap and m_._PREDICATE_BEFORE.search(gap):
        return m
    return None


def _same_cue_right(text: str, pos: int, stop: int) -> bool:
    for far in (False, True):
        got, want = measures.cue_right(text, pos, stop, far=far), _cue_right_cut_first(text, pos, stop, far=far)
        if _spans(filter(None, [got])) != _spans(filter(None, [want])):
            return False
    return True


@pytest.mark.parametrize("seed", range(4))
def test_a_cue_before_the_clause_break_is_the_same(seed: int) -> None:
    rng = random.Random(100 + seed)
    for _ in range(2000):
        text = _text(rng)
        pos = rng.randrange(0, len(text) + 1)
        stop = rng.randrange(pos, len(text) + 1)
        assert _same_cue_right(text, pos, stop), (text, pos, stop)


_WORD = re.compile(r"[\w-]+")


def _cue_adjacent_by_word(text: str, end: int, stop: int) -> re.Match[str] | None:
    """``cue_adjacent`` as it was: the word after the spaces must be a cue's first word."""
    if text[end : end + 1] != " ":
        return None
    spaces = re.compile(r" +").match(text, end, stop)
    word = _WORD.match(text, spaces.end(), stop) if spaces is not None else None
    first_words = {cue.split()[0] for cue in measures._cue_table()}
    if word is None or (word.group().isascii() and word.group().lower() not in first_words):
        return None
    m = measures._any_cue().match(text, word.start(), stop)
    return m if m is not None and not measures.weak(m) else None


@pytest.mark.parametrize("seed", range(4))
def test_a_cue_right_after_is_the_same(seed: int) -> None:
    rng = random.Random(200 + seed)
    for _ in range(2000):
        text = _text(rng)
        spaces = [i for i, c in enumerate(text) if c == " "]  # mostly a space after the figure, as it needs
        end = rng.choice(spaces) if spaces and rng.random() < 0.8 else rng.randrange(0, len(text) + 1)
        stop = rng.randrange(end, len(text) + 1)
        got, want = measures.cue_adjacent(text, end, stop), _cue_adjacent_by_word(text, end, stop)
        assert _spans(filter(None, [got])) == _spans(filter(None, [want])), (text, end, stop)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 59; 12 people were injured, the police said.",
        "At least 39 people had been killed — most of them students — and 462 people aboard.",
        "(Killed) 5, DEATH TOLL: 7. Heat-related excess deaths: 1,200 \u0130njured",
    ],
)
def test_the_scan_on_sentences(text: str) -> None:
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 7):
            assert _spans(measures._cues(text, lo, hi)) == _spans(measures._any_cue().finditer(text, lo, hi))
            assert _same_cue_right(text, lo, hi), (text, lo, hi)
            got, want = measures.cue_adjacent(text, lo, hi), _cue_adjacent_by_word(text, lo, hi)
            assert _spans(filter(None, [got])) == _spans(filter(None, [want])), (text, lo, hi)
