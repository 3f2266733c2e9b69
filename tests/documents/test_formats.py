"""``formats.file_stem`` is ``Path(path).stem``: held on random paths of awkward parts (fixed seed)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.documents.formats import file_stem

_PARTS = ("a", "b.txt", ".", "..", "", ".x", "x.", "a.b.c", "...", "c.tar.gz", " ", "d .e", "ünï.md", "C:")


@pytest.mark.parametrize("seed", range(4))
def test_the_stem_is_the_path_s(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        path = "/".join(rng.choice(_PARTS) for _ in range(rng.randrange(1, 5)))
        assert file_stem(path) == Path(path).stem, path
