"""One article's ``Document``: its text and furniture, and its title, url, outlet and publication date,
from what the reader was given (a JSON article's fields, a page's metadata) or else from the text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlparse

from ..model import Document
from . import furniture
from .published import publication_date
from .quick import folded_article
from .stamps import lines, stamps_and_dates

_URL_LINE = re.compile(r"(?:url:?\s*)?<?(https?://[^\s>]+)>?", re.I)
_AGENCY = re.compile(r"/(TASS|RIA|Xinhua|AP|AFP|Reuters)/|\((Reuters|AP|AFP|Xinhua|Anadolu)\)")


def make_document(
    doc_id: str,
    path: str,
    text: str,
    *,
    title: object = None,
    url: object = None,
    outlet: object = None,
    published: object = None,
    page_date: dt.date | None = None,
) -> Document:
    """A Document from an article's text: its furniture, and what the text says of its title, url, outlet and
    date where the caller (a JSON article, a page's metadata) gave none; ``page_date`` is a page's
    metadata date, used only when the text gives no date.

    >>> d = make_document("a", "a", "Skip to main content\\nFire kills 3\\n\\nPublished: 30 Jun 2020\\n\\nTen died.")
    >>> d.title, str(d.published), [d.text[a:b] for a, b in d.furniture]
    ('Fire kills 3', '2020-06-30', ['Skip to main content', 'Published: 30 Jun 2020'])
    """
    all_lines = lines(text)
    found, dates = stamps_and_dates(text, all_lines)
    spans, others = furniture.find(text, all_lines, found)
    given_url = url if isinstance(url, str) and url.strip() else None
    page_url = given_url or find_url(text)
    day = _date(published) or publication_date(
        text, page_url, found=found, others=others, metadata=page_date, all_lines=all_lines, dates=dates
    )
    name = title.strip() if isinstance(title, str) and title.strip() else _title(text, spans)
    source = outlet.strip() if isinstance(outlet, str) and outlet.strip() else _outlet(text, page_url)
    return Document(
        id=doc_id, path=path, text=text, title=name, published=day, outlet=source, url=page_url, furniture=spans
    )


def _title(text: str, spans: furniture.Spans) -> str | None:
    """The first line of the article that is not furniture."""
    article = Document(id="", path="", text=text, furniture=spans).article
    size = 512  # the lines of a head of the article, longer heads as needed: the title is most often its first line
    while True:
        head = article[:size]
        found = head.splitlines()
        if len(head) < len(article):
            found = found[:-1]  # the head's last line may go on past it: every other one is a whole line
        for line in found:
            name = line.strip().lstrip("#").strip()
            if name:
                return name
        if len(head) == len(article):
            return None
        size *= 4


def _date(value: object) -> dt.date | None:
    """A date given as a JSON article's field: ISO ("2022-01-13", "2022-01-13T08:00:00Z") or as a page prints it."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    m = re.match(r"\s*(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return publication_date(value)


def find_url(text: str) -> str | None:
    """The article's own url, from an "Original url:" line or a bare url line.

    >>> find_url("Body.\\n\\nOriginal url:\\n\\n<https://example.com/2022/01/13/a-b>")
    'https://example.com/2022/01/13/a-b'
    """
    found = [ln for ln in map(str.strip, _from_first_hint(text).splitlines()) if ln]
    for i, line in enumerate(found):
        low = line.lower()
        if "http" not in low and "url" not in low:  # a quick no: each rule below needs one, even case-blind
            continue
        m = _URL_LINE.fullmatch(line)
        if m or re.match(r"(?:original\s+)?url:?\s*$", line, re.I):
            candidate = m or (_URL_LINE.fullmatch(found[i + 1]) if i + 1 < len(found) else None)
            if candidate:
                return candidate.group(1).split()[0]
        m = re.match(r"(?:original\s+)?url:\s*<?(https?://\S+?)>?$", line, re.I)
        if m:
            return m.group(1)
    return None


def _from_first_hint(text: str) -> str:
    """``text`` from a line break before the first "http" or "url" (in any case): the lines before that one are
    no url line (an article's url is most often its last line), and ``str.splitlines`` cuts at a line break."""
    low = folded_article(text)
    if low is None:
        return text
    hints = [at for at in (low.find("http"), low.find("url")) if at >= 0]
    if not hints:
        return ""
    return text[text.rfind("\n", 0, min(hints)) + 1 :]


def _outlet(text: str, url: str | None) -> str | None:
    if url:
        host = urlparse(url).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    m = _AGENCY.search(text[:3000])
    return (m.group(1) or m.group(2)) if m else None


def outlet_of(url: str | None, site_name: str | None) -> str | None:
    """A web page's outlet: its ``og:site_name``, else its url's domain."""
    if site_name and site_name.strip():
        return site_name.strip()
    return _outlet("", url)


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
