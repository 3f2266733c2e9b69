"""Documents stage: paths -> ``Document``s (and ``InputError``s for what could not be read).

Text, Markdown, HTML (visible text only), JSON and JSON Lines articles; folders walked
recursively in sorted order; ``-`` reads standard input. The published date, outlet and url
come from the article itself; nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlparse

from .errors import InputNotFound
from .model import Document, InputError

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE_LINE = re.compile(
    rf"^\W*(?:(?:Published|Updated|Posted|Date)\s*:?\s*)?{_WEEKDAY}(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}})|"
    rf"(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))\W*$",
    re.I,
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+{_MONTH}\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\s*[.(/-]", re.M
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-]([0-3]\d)(?:/|\b)")
_URL_LINE = re.compile(r"(?:url:?\s*)?<?(https?://[^\s>]+)>?", re.I)
_FULL_YEAR = re.compile(rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)")
_AGENCY = re.compile(r"/(TASS|RIA|Xinhua|AP|AFP|Reuters)/|\((Reuters|AP|AFP|Xinhua|Anadolu)\)")


def files(paths: Sequence[str]) -> list[tuple[str, bool]]:
    """Every file to read under ``paths``, in order, and whether it was named explicitly (``-`` is stdin).

    Raises ``InputNotFound`` for a path that does not exist, before anything is read.
    """
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise InputNotFound(p)
    return [("-", True) if p == "-" else (str(f), explicit) for p in paths for f, explicit in _walk(Path(p))]


def read(path: str, explicit: bool, *, stdin: TextIO | None = None) -> tuple[list[Document], InputError | None]:
    """The articles of one file (or of stdin for ``-``), or the reason it could not be read.

    A file met while walking a folder that holds no articles (a ``gold.json``) gives neither.
    """
    _, docs, error = read_file(path, explicit, stdin=stdin)
    return docs, error


def read_file(
    path: str, explicit: bool, *, stdin: TextIO | None = None, raw: bytes | None = None, where: str | None = None
) -> tuple[bytes, list[Document], InputError | None]:
    """``read``, with the file's bytes too (what a cache keys on).

    ``raw`` gives the bytes when the caller has them already; ``where`` is where to read ``path``
    from when the reader's folder is not the one the user named it in.
    """
    try:
        data = raw_bytes(where or path, stdin=stdin) if raw is None else raw
    except Unreadable as e:
        return b"", [], InputError(path=path, reason=str(e))
    try:
        return data, parse(path, data, explicit), None
    except Skip:
        return data, [], None
    except Unreadable as e:
        return data, [], InputError(path=path, reason=str(e))


def raw_bytes(path: str, *, stdin: TextIO | None = None) -> bytes:
    """The bytes of ``path`` (stdin's text for ``-``); raises ``Unreadable`` with the reason it is unreadable."""
    if path == "-":
        return (stdin.read() if stdin is not None else "").encode("utf-8")
    try:
        return Path(path).read_bytes()
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as e:
        raise Unreadable(e.strerror.lower() if e.strerror else "unreadable") from None


def unique_id(doc: Document, seen: dict[str, int]) -> str:
    """``doc``'s id, or a new one if ``seen`` (updated) already holds it."""
    if doc.id not in seen:
        seen[doc.id] = 1
        return doc.id
    seen[doc.id] += 1
    parent = Path(doc.path).parent.name or "doc"
    new_id = f"{parent}-{doc.id}" if f"{parent}-{doc.id}" not in seen else f"{doc.id}-{seen[doc.id]}"
    seen[new_id] = 1
    return new_id


class Unreadable(Exception):
    """A file that could not be read; the message is the reason."""


class Skip(Exception):
    """A file met while walking a folder that holds no articles (e.g. a gold.json)."""


def _walk(path: Path) -> Iterator[tuple[Path, bool]]:
    if not path.is_dir():
        yield path, True
        return
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(EXTENSIONS):
                yield Path(root) / name, False


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the encoding charset-normalizer finds.

    >>> decode("Около 2000 военных в городе Алматы.".encode("cp1251"))
    'Около 2000 военных в городе Алматы.'
    """
    if b"\x00" in raw[:8192]:
        raise Unreadable("binary file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise Unreadable("undecodable text (not UTF-8, and no other encoding fits)")
    return str(best)


def parse(path: str, raw: bytes, explicit: bool) -> list[Document]:
    """The articles in the bytes of the file ``path``; raises ``Unreadable``/``Skip``."""
    if path == "-":
        text = raw.decode("utf-8")
        if not text.strip():
            raise Unreadable("empty input")
        return [make_document("stdin", "-", text)]
    if not raw.strip():
        raise Unreadable("empty file")
    text = decode(raw).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Unreadable("empty file")
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return _json_documents(p, text, explicit)
    if suffix in (".html", ".htm"):
        return [_html_document(p, text)]
    return [make_document(p.stem, path, text)]


def make_document(doc_id: str, path: str, text: str, **given: Any) -> Document:
    """A Document from plain text, with what the text says of its title, url, outlet and date."""
    url = given.get("url") or find_url(text)
    title = given.get("title") or next((ln.strip().lstrip("#").strip() for ln in text.splitlines() if ln.strip()), None)
    published = _date(given.get("published")) or published_date(text, url)
    outlet = given.get("outlet") or _outlet(text, url)
    return Document(id=doc_id, path=path, text=text, title=title, published=published, outlet=outlet, url=url)


def _json_documents(path: Path, text: str, explicit: bool) -> list[Document]:
    try:
        if path.suffix.lower() == ".jsonl":
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
            items = data.get("articles", [data]) if isinstance(data, dict) else data
    except json.JSONDecodeError as e:
        raise Unreadable(f"not valid JSON: {e.msg} at line {e.lineno}") from None
    articles = (
        [a for a in items if isinstance(a, dict) and isinstance(a.get("text"), str) and a["text"].strip()]
        if isinstance(items, list)
        else []
    )
    if not articles:
        if not explicit:
            raise Skip()
        raise Unreadable("no article objects with a 'text' field")
    out = []
    for i, a in enumerate(articles, 1):
        doc_id = str(a.get("id") or (path.stem if len(articles) == 1 else f"{path.stem}-{i}"))
        out.append(
            make_document(
                doc_id,
                str(path),
                a["text"].replace("\r\n", "\n"),
                **{k: a.get(k) for k in ("title", "url", "outlet", "published")},
            )
        )
    return out


class _Visible(HTMLParser):
    """Visible text of an HTML page, block elements as line breaks, plus its metadata."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "title",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._hidden = 0
        self._title: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in ("script", "style", "noscript", "template", "head"):
            self._hidden += tag != "head"
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            self.meta.setdefault(key.lower(), a.get("content", ""))
        if tag == "link" and a.get("rel") == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "title":
            self._title = []
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template") and self._hidden:
            self._hidden -= 1
        if tag == "title" and self._title is not None:
            self.meta.setdefault("title", "".join(self._title).strip())
            self._title = None
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
            return
        if not self._hidden:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible text and metadata of an HTML page.

    >>> html_text("<html><head><title>T</title><script>x=1</script></head><body><p>Hi <b>there</b></p></body>")[0]
    'Hi there'
    """
    parser = _Visible()
    parser.feed(html)
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = re.sub(r" *\n[ \n]*", "\n\n", text).strip()
    return text, parser.meta


def _html_document(path: Path, html: str) -> Document:
    text, meta = html_text(html)
    if not text.strip():
        raise Unreadable("no visible text")
    published = meta.get("article:published_time") or meta.get("time") or meta.get("date") or None
    return make_document(
        path.stem,
        str(path),
        text,
        title=meta.get("og:title") or meta.get("title") or None,
        url=meta.get("og:url") or meta.get("canonical") or None,
        outlet=meta.get("og:site_name"),
        published=published,
    )


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    m = re.match(r"\s*(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    return published_date(value, None)


def _safe(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def find_url(text: str) -> str | None:
    """The article's own url, from an "Original url:" line or a bare url line.

    >>> find_url("Body.\\n\\nOriginal url:\\n\\n<https://example.com/2022/01/13/a-b>")
    'https://example.com/2022/01/13/a-b'
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        m = _URL_LINE.fullmatch(line)
        if m or re.match(r"(?:original\s+)?url:?\s*$", line, re.I):
            candidate = m or (_URL_LINE.fullmatch(lines[i + 1]) if i + 1 < len(lines) else None)
            if candidate:
                return candidate.group(1).split()[0]
        m = re.match(r"(?:original\s+)?url:\s*<?(https?://\S+?)>?$", line, re.I)
        if m:
            return m.group(1)
    return None


def published_date(text: str, url: str | None) -> dt.date | None:
    """The date the article gives itself: a date line near the top, a dateline, or a date in its url.

    >>> published_date("Title\\n\\nJanuary 13, 2022\\n\\nBody.", None)
    datetime.date(2022, 1, 13)
    >>> published_date("LAGOS, January 13. /TASS/. On January 6, 2022 it began.", None)
    datetime.date(2022, 1, 13)
    >>> published_date("Title\\n\\nPicture caption: troops on September 21, 2013.\\n", None) is None
    True
    """
    lines = [ln for ln in text.splitlines() if ln.strip()][:12]
    for line in lines:
        m = _DATE_LINE.match(line.strip())
        if m:
            found = _from_match(m, text)
            if found:
                return found
    m = _DATELINE.search(text[:3000])
    if m:
        found = _from_match(m, text)
        if found:
            return found
    if url:
        u = _URL_DATE.search(url)
        if u:
            return _safe(int(u[1]), int(u[2]), int(u[3]))
    return None


def _from_match(m: re.Match[str], text: str) -> dt.date | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    if "iy" in g:
        return _safe(int(g["iy"]), int(g["im"]), int(g["id"]))
    month = g.get("month") or g.get("month2")
    day = g.get("day") or g.get("day2")
    if not month or not day:
        return None
    mo = _MONTHS[month.rstrip(".").lower()[:4] if month.lower().startswith("sept") else month.rstrip(".").lower()[:3]]
    year = g.get("year") or g.get("year2")
    if year is None:
        years = [int(y.group("year")) for y in _FULL_YEAR.finditer(text)]
        if not years:
            return None
        year = str(max(set(years), key=years.count))
    return _safe(int(year), mo, int(day))


def _outlet(text: str, url: str | None) -> str | None:
    if url:
        host = urlparse(url).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    m = _AGENCY.search(text[:3000])
    return (m.group(1) or m.group(2)) if m else None
