"""Extraction in several threads at once (a Dask worker runs several): the module-level caches must not race."""

from __future__ import annotations

import random
import string
import sys
import threading
from collections.abc import Iterator

import pytest

from factcheck.documents import make_document
from factcheck.extract import extract_document
from factcheck.extract.claims import events
from factcheck.extract.dates import parse as dates


@pytest.fixture
def switch_often() -> Iterator[None]:
    """Threads swapped every microsecond, so that a race shows in a short run."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def _texts(n: int) -> list[str]:
    rng = random.Random(7)
    words = ["".join(rng.choices(string.ascii_lowercase, k=6)) + str(rng.randrange(10**6)) for _ in range(3000)]
    events_words = ["withdrawal began", "deployment", "summit", "ceasefire"]
    return [
        "Title\n\n"
        + " ".join(rng.choices(words, k=400))
        + f". The {rng.choice(events_words)} was on January {i % 28 + 1}, 2022, and 300 troops left on Friday."
        for i in range(n)
    ]


def test_extraction_in_threads_is_extraction_in_one(monkeypatch: pytest.MonkeyPatch, switch_often: None) -> None:
    monkeypatch.setattr(dates, "_KNOWN_MAX", 500)  # the run table is cleared again and again
    monkeypatch.setattr(dates, "_KNOWN", {})
    monkeypatch.setattr(events, "_TABLES", {})
    monkeypatch.setattr(events, "_SEARCHES", {})  # the searches kept for the last few texts, shared by threads
    docs = [make_document(f"d{i}", f"d{i}.txt", text) for i, text in enumerate(_texts(48))]
    alone = [extract_document(d) for d in docs]
    got: dict[int, object] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        for i in range(k, len(docs), 4):
            try:
                got[i] = extract_document(docs[i])
            except BaseException as e:
                errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [got[i] for i in range(len(docs))] == alone
