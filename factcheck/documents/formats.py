"""The articles in one file's bytes, by format: text and Markdown, JSON, JSON Lines (line by line: a
broken line is one error and the other lines are still read), HTML (``html``) and web archives
(``warc``). Every text is checked for its language and for being one of factcheck's own reports."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Document, InputError
from .article import make_document
from .inputs import LIMIT_TEXT as _LIMIT
from .inputs import MAX_TEXT_BYTES, Skip, Unreadable, cut, decode
from .language import not_english
from .reports import own_report


@dataclass(slots=True)
class Parsed:
    """What one file (or one part of a JSON Lines file) gave: its articles, the errors of the articles that
    could not be read (a broken JSON line, a page not in English) and warnings (a text cut at the limit)."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)


def parse(path: str, raw: bytes, explicit: bool, part: tuple[int, int, int] | None = None) -> Parsed:
    """The articles in the bytes of the file ``path`` (``-``: standard input); raises ``Unreadable`` when the
    file as a whole cannot be read and ``Skip`` when a file met in a folder holds no articles."""
    name = path.lower()
    if name.endswith((".warc", ".warc.gz")) or (path == "-" and _is_warc(raw)):
        from .warc import parse_warc

        return parse_warc(path, io.BytesIO(raw))
    if part is None and not raw.strip():
        raise Unreadable("empty input" if path == "-" else "empty file")
    big = len(raw) > MAX_TEXT_BYTES and not name.endswith(".jsonl")
    if big:
        end = raw.rfind(b"\n", MAX_TEXT_BYTES // 2, MAX_TEXT_BYTES)
        raw = raw[: end + 1 if end >= 0 else MAX_TEXT_BYTES]
    text = decode(raw)
    if part is None and not text.strip():
        raise Unreadable("empty input" if path == "-" else "empty file")
    out = Parsed()
    if big:
        out.warnings.append(
            InputError(
                path=path,
                reason=f"over {_LIMIT}: only the first {_LIMIT} read",
            )
        )
    stem = "stdin" if path == "-" else file_stem(path)
    kind = _kind(name, text) if path != "-" else _sniff(text)
    if part is None and (why := own_report(text)) is not None:
        if explicit:
            raise Unreadable(f"a report factcheck wrote ({why}), not an article")
        out.warnings.append(InputError(path=path, reason=f"a report factcheck wrote ({why}); skipped"))
        return out
    if kind in ("json", "jsonl"):
        found = _jsonl(path, stem, text, explicit, part, out) if kind == "jsonl" else _json(path, stem, text, explicit)
        for doc in found:
            keep(doc, path, out)
        return out
    if kind == "html":
        from .html import html_document

        doc = html_document(stem, path, text)
    else:
        doc = make_document(stem, path, text)
    keep(doc, path, out)
    return out


def keep(doc: Document, where: str, out: Parsed) -> None:
    """Add ``doc`` to ``out``, unless it is not in English (then it is an error, named as such)."""
    language = not_english(doc.article)
    if language is not None:
        out.errors.append(
            InputError(
                path=where, reason=f"{_named(doc)}not English ({language}); not extracted: only English is supported"
            )
        )
        return
    out.documents.append(doc)


def _named(doc: Document) -> str:
    return "" if doc.id in ("stdin", file_stem(doc.path)) else f"article {doc.id}: "


def file_stem(path: str) -> str:
    """``Path(path).stem`` without making a ``Path`` (a seventieth of the cost of reading an article): the path's
    last part that is neither empty nor ".", its drive left out, without its last suffix.

    >>> [file_stem(p) for p in ("news/000001_wire.txt", "a/b.tar.gz", "a/.hidden", "a/b/.", "b.", "/")]
    ['000001_wire', 'b.tar', '.hidden', 'b', 'b.', '']
    """
    parts = _SEPARATOR.split(os.path.splitdrive(path)[1])
    name = next((part for part in reversed(parts) if part not in ("", ".")), "")
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


_SEPARATOR = re.compile("[" + re.escape(os.sep + (os.altsep or "")) + "]")


def _kind(name: str, text: str) -> str:
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith(".json"):
        return "json"
    if name.endswith((".html", ".htm")):
        return "html"
    return "text"


def _sniff(text: str) -> str:
    """Standard input's format, from its first characters: an HTML page, JSON, JSON Lines or text."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or (head.startswith("<") and "<body" in text[:20000].lower()):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
        except ValueError:
            return "json"
        return "jsonl"
    return "text"


def _is_warc(raw: bytes) -> bool:
    return raw.startswith((b"WARC/", b"\x1f\x8b"))


def _articles(items: Any) -> list[dict[str, Any]]:
    if isinstance(items, dict):
        items = items.get("articles", [items])
    if not isinstance(items, list):
        return []
    return [a for a in items if _is_article(a)]


def _is_article(a: object) -> bool:
    return isinstance(a, dict) and isinstance(a.get("text"), str) and bool(a["text"].strip())


def _json(path: str, stem: str, text: str, explicit: bool) -> list[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise Unreadable(f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from None
    articles = _articles(data)
    if not articles:
        if not explicit:
            raise Skip()
        raise Unreadable("no article objects with a 'text' field")
    return [_article(a, stem if len(articles) == 1 else f"{stem}-{i}", path) for i, a in enumerate(articles, 1)]


def _jsonl(
    path: str, stem: str, text: str, explicit: bool, part: tuple[int, int, int] | None, out: Parsed
) -> Iterator[Document]:
    """The articles of a JSON Lines file (or of one part of it), line by line; a broken line is one error
    naming its line, and the other lines are still read."""
    first = 1 if part is None else part[2]
    rows = text.split("\n")
    filled = [i for i, row in enumerate(rows) if row.strip()]
    alone = part is None and len(filled) == 1
    found = False
    for i in filled:
        number = first + i
        try:
            item = json.loads(rows[i])
        except json.JSONDecodeError as e:
            out.errors.append(
                InputError(path=path, reason=f"line {number}: not valid JSON: {e.msg} (column {e.colno})")
            )
            continue
        if not _is_article(item):
            continue
        found = True
        body, was_cut = cut(item["text"])
        if was_cut:
            out.warnings.append(
                InputError(
                    path=path,
                    reason=f"line {number}: text over {_LIMIT}: only the first {_LIMIT} read",
                )
            )
        yield _article({**item, "text": body}, stem if alone else f"{stem}-{number}", path)
    if not found and not out.errors and part is None:
        if not explicit:
            raise Skip()
        raise Unreadable("no article objects with a 'text' field")


def _article(a: dict[str, Any], fallback: str, path: str) -> Document:
    given = a.get("id")
    doc_id = str(given) if isinstance(given, (str, int)) and str(given).strip() else fallback
    return make_document(
        doc_id,
        path,
        decode_text(a["text"]),
        title=a.get("title"),
        url=a.get("url"),
        outlet=a.get("outlet"),
        published=a.get("published"),
    )


def decode_text(text: str) -> str:
    """A JSON article's text with its line ends made ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
