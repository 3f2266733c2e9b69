"""Quick answers of ``Prepared`` and of the date claims held to the full tests (fixed seeds)."""

from __future__ import annotations

import random
from bisect import bisect_left

from factcheck.extract.claims import events
from factcheck.extract.context import prepare
from factcheck.model import Document

_WORDS = ("The", "quake", "struck", "on", "Monday", "said", "crash", "Read", "more", "3", "dead", "\n", ",", ".")


def _document(rng: random.Random) -> Document:
    text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 40)))
    cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, 2 * rng.randint(0, 3))))
    return Document(id="x", path="x", text=text, furniture=tuple(zip(cuts[::2], cuts[1::2], strict=True)))


def test_is_ignored_quick_no_is_exact() -> None:
    """A stretch that does not start with a line break lies in no ignored span: ``prepare`` blanks them."""
    rng = random.Random(20240605)
    for _ in range(300):
        prep = prepare(_document(rng))
        n = len(prep.doc.text)
        for _ in range(40):
            start = rng.randint(0, n)
            end = rng.randint(start, n)
            full = any(s.start <= start and end <= s.end for s in prep.ignored)
            assert prep.is_ignored(start, end) == full


def test_may_name_holds_every_event_found() -> None:
    """Where ``may_name`` says no event form may start, the look-ups of the events find none."""
    rng = random.Random(7)
    words = ("the", "crash", "quake", "withdrawal", "of", "troops", "began", "on", "Monday", "air", "strike", ",")
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) + "."
        search = events.search_of(text)
        pattern = events._events()[0]
        for _ in range(10):
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            if not search.may_name(lo, hi):
                assert list(pattern.finditer(text, lo, hi)) == []
                if search.table is not None:
                    starts = search.table["events"]
                    assert bisect_left(starts, lo) == bisect_left(starts, hi)
