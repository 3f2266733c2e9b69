"""Web archives (``.warc``, ``.warc.gz``: a Common Crawl News file, a ``wget --warc-file`` crawl), through
warcio: each HTML response is one article, read as an HTML page with its target URI as its url."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from ..model import InputError
from .formats import Parsed, keep
from .html import html_document
from .inputs import LIMIT_TEXT as _LIMIT
from .inputs import MAX_TEXT_BYTES, Unreadable, decode

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def parse_warc(path: str, stream: BinaryIO) -> Parsed:
    """The articles of a web archive read from ``stream``: one per HTML response record, named
    ``<file>-<n>`` (n counts the HTML responses). A page without article text (an index page, a feed) is
    passed over with a warning; a page that is not English is an error; an archive broken part-way keeps
    the articles before the break."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    out = Parsed()
    stem = "stdin" if path == "-" else Path(path).name.split(".")[0]
    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers
            kind = (headers.get_header("Content-Type") if headers else None) or record.content_type or ""
            if not kind.lower().startswith(_HTML_TYPES):
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {n}"
            body = record.content_stream().read(MAX_TEXT_BYTES + 1)
            where = f"{path}: {uri}"
            if len(body) > MAX_TEXT_BYTES:
                out.warnings.append(
                    InputError(
                        path=where,
                        reason=f"page over {_LIMIT}: only the first {_LIMIT} read",
                    )
                )
                body = body[:MAX_TEXT_BYTES]
            try:
                doc = html_document(f"{stem}-{n}", path, _text(body, kind), url=uri if uri.startswith("http") else None)
            except Unreadable as e:
                out.warnings.append(InputError(path=where, reason=f"{e}; skipped"))
                continue
            keep(doc, where, out)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        if n == 0 and not out.documents:
            raise Unreadable(f"not a readable web archive: {e}") from None
        out.errors.append(InputError(path=path, reason=f"web archive broken after record {n}: {e}"))
    if n == 0:
        raise Unreadable("no HTML pages in the web archive")
    return out


def _text(body: bytes, content_type: str) -> str:
    """A page's bytes as text: by the charset its HTTP header names, else as any file is decoded."""
    charset = next((p.split("=", 1)[1].strip(" \"'") for p in content_type.split(";") if "charset=" in p.lower()), None)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(body)
    except Unreadable:
        return body.decode("utf-8", "replace")
