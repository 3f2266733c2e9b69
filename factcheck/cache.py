"""A folder of extracted claims, one entry per input file, so a re-run only extracts what changed.

An entry is keyed by a hash of the file's bytes, the tool's version and a fingerprint of its code
and lexicons (``factcheck/**/*.py`` and ``factcheck/data/*``), so any change to what extraction
depends on misses the cache instead of serving stale claims. Entries are JSON written to a
temporary file then renamed into place (readers never see half an entry; concurrent writers of one
entry write the same bytes). An entry that cannot be read, is not valid (every field of every claim
is checked: ``codec.decode_claims``), or was written for another key is ignored and rewritten: the
cache never changes results. A folder this process may read but not write is still read.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from . import __version__
from .codec import decode_claims, encode_claims
from .model import Claim

FORMAT = 1


@cache
def fingerprint() -> str:
    """A hash of the tool's version, code and lexicons: what the claims of a text depend on."""
    root = Path(__file__).parent
    h = hashlib.sha256(f"factcheck {__version__} cache {FORMAT}".encode())
    for path in sorted([*root.rglob("*.py"), *(root / "data").iterdir()]):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def key(raw: bytes, path: str) -> str:
    """The key of a file's bytes; the suffix is in it because it decides how the bytes are read.

    >>> key(b"x", "a.txt") == key(b"x", "b/c.txt") != key(b"x", "a.html")
    True
    """
    suffix = Path(path).suffix.lower()
    return hashlib.sha256(fingerprint().encode() + suffix.encode() + b"\0" + raw).hexdigest()


def unusable(folder: str | os.PathLike[str]) -> str | None:
    """Why ``folder`` cannot hold the cache at all (it cannot be created, or is not a folder this
    process may read), or None if it can."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return (e.strerror or str(e)).lower()
    if not os.access(folder, os.R_OK | os.X_OK):
        return "permission denied"
    return None


def read_only(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` (usable) can be read but not written: its entries are still read, new ones are not kept."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return False
    except OSError:
        return True


class Cache:
    """Claims per document of one input file, under ``folder``; created on first write."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def _path(self, k: str) -> Path:
        return self.folder / k[:2] / f"{k}.json"

    def get(self, k: str, documents: int) -> list[list[Claim]] | None:
        """The claims of each of the file's ``documents`` stored under ``k``, or None if absent or not valid."""
        try:
            data = json.loads(self._path(k).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != k:
                return None
            per_doc = data["documents"]
            if not isinstance(per_doc, list) or len(per_doc) != documents:
                return None
            return [decode_claims(claims) for claims in per_doc]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, k: str, claims: list[list[Claim]]) -> None:
        """Store the claims of each document of a file under ``k``; a write that fails is skipped."""
        target = self._path(k)
        body = json.dumps({"format": FORMAT, "key": k, "documents": [encode_claims(c) for c in claims]})
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(body)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return
