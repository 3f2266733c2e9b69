"""An HTML page's article, through trafilatura: its main text (no navigation, asides, related links,
cookie banners, comments or footer), its title, its url and date from the page's own metadata, and its
outlet (``og:site_name``, else the url's domain)."""

from __future__ import annotations

import datetime as dt
import logging
from functools import cache
from typing import Any

from ..model import Document
from .article import make_document, outlet_of
from .inputs import Unreadable

#: htmldate's settings: the first-publication date (not the last update), from the page's metadata only
#: (its free-text search is ``published``'s job), and a fixed latest date instead of today's.
_DATES = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


@cache
def _trafilatura() -> Any:
    import trafilatura  # untyped; imported when a page is first read

    for name in ("trafilatura", "htmldate", "courlan", "justext"):  # their diagnostics are not ours to print
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
    return trafilatura


def html_document(doc_id: str, path: str, html: str | bytes, url: str | None = None) -> Document:
    """The article of an HTML page; ``url`` is where it was fetched from (a web archive's target URI).

    Raises ``Unreadable`` when the page holds no article text.
    """
    found = _trafilatura().bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params=dict(_DATES),
    )
    text = "\n\n".join(p.strip() for p in (found.text or "").split("\n") if p.strip()) if found is not None else ""
    if not text:
        raise Unreadable("no article text in the page")
    title = (found.title or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    page_url = found.url or url
    return make_document(
        doc_id,
        path,
        text,
        title=title,
        url=page_url,
        outlet=outlet_of(page_url, found.sitename),
        page_date=_iso(found.date),
    )


def _iso(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
