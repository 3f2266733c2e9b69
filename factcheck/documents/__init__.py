"""Documents stage: paths -> ``Document``s (and ``InputError``s for what could not be read).

Text, Markdown, HTML pages (through trafilatura), web archives (``.warc``/``.warc.gz``, through warcio),
JSON and JSON Lines articles; folders walked recursively in sorted order (regular files only); ``-``
reads standard input, decoded exactly like a file. Each article's page furniture (navigation, stamps,
other stories, copyright lines) is found as spans (``Document.furniture``); its publication date,
outlet and url come from the page itself; nothing reads the clock. Only English texts are read.

Modules: ``inputs`` (listing, bytes, decoding, the size limit), ``formats`` (by file type), ``html``,
``warc``, ``article`` (one ``Document``), ``stamps`` and ``published`` (the publication date),
``furniture`` (boilerplate spans), ``language``, ``reports`` (factcheck's own reports met as input).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from ..model import Document, InputError
from .article import find_url, make_document, unique_id
from .formats import Parsed, parse
from .inputs import EXTENSIONS, MAX_TEXT_BYTES, Listing, Skip, Source, Unreadable, decode, files, raw_bytes
from .published import publication_date

__all__ = [
    "EXTENSIONS",
    "MAX_TEXT_BYTES",
    "Listing",
    "Read",
    "Skip",
    "Source",
    "Unreadable",
    "decode",
    "files",
    "find_url",
    "make_document",
    "parse",
    "publication_date",
    "raw_bytes",
    "read",
    "read_file",
    "unique_id",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Read:
    """One source read: what its cache entry is keyed on (its bytes, or a web archive's digest), its
    articles, the errors of what could not be read, and warnings (passed over, or cut at the size limit)."""

    data: bytes
    documents: tuple[Document, ...] = ()
    errors: tuple[InputError, ...] = ()
    warnings: tuple[InputError, ...] = ()


def read(
    path: str, explicit: bool, *, stdin: TextIO | BinaryIO | None = None
) -> tuple[list[Document], tuple[InputError, ...]]:
    """The articles of one file (or of stdin for ``-``), and the errors of what in it could not be read.

    A file met while walking a folder that holds no articles (a ``gold.json``) gives neither.
    """
    got = read_file(Source(path=path, explicit=explicit), stdin=stdin)
    return list(got.documents), got.errors


def read_file(
    source: Source, *, stdin: TextIO | BinaryIO | None = None, raw: bytes | None = None, where: str | None = None
) -> Read:
    """``read``, with what a cache keys the source on.

    ``raw`` gives the bytes when the caller has them already (standard input); ``where`` is where to read
    the file from when the reader's folder is not the one the user named it in.
    """
    path = source.path
    if raw is None and path != "-" and path.lower().endswith((".warc", ".warc.gz")):
        return _read_warc(path, where or path)
    try:
        data = raw_bytes(where or path, stdin=stdin, part=source.part) if raw is None else raw
    except Unreadable as e:
        return Read(data=b"", errors=(InputError(path=path, reason=str(e)),))
    try:
        got = parse(path, data, source.explicit, source.part)
    except Skip:
        return Read(data=data)
    except Unreadable as e:
        return Read(data=data, errors=(InputError(path=path, reason=str(e)),))
    return _done(data, got)


def _read_warc(path: str, where: str) -> Read:
    from .warc import parse_warc

    digest = hashlib.sha256()
    try:
        with open(where, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
            f.seek(0)
            got = parse_warc(path, f)
    except Unreadable as e:
        return Read(data=digest.digest(), errors=(InputError(path=path, reason=str(e)),))
    except OSError as e:
        return Read(data=b"", errors=(InputError(path=path, reason=(e.strerror or "unreadable").lower()),))
    return _done(digest.digest(), got)


def _done(data: bytes, got: Parsed) -> Read:
    return Read(data=data, documents=tuple(got.documents), errors=tuple(got.errors), warnings=tuple(got.warnings))
