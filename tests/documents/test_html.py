"""HTML pages through trafilatura: the article only, with its title, date, outlet and url."""

from __future__ import annotations

import datetime as dt

from factcheck.documents.html import html_document
from factcheck.extract import extract_document

from .pages import ARTICLE, LIVE_BLOG, METADATA_DATE_ONLY


def test_an_article_without_the_page_around_it() -> None:
    doc = html_document("blast", "blast.html", ARTICLE)
    assert (doc.title, doc.outlet, doc.url) == (
        "Market blast kills 12",
        "The Daily Example",
        "https://www.daily.example/world/market-blast-kills-12",
    )
    assert doc.published == dt.date(2022, 5, 10)  # the first publication, not the update
    for furniture in ("Trending", "cookies", "Death toll rises to 88", "Five dead", "Home", "©", "Jane Roe"):
        assert furniture not in doc.text
    claims = {(c.type, c.text) for c in extract_document(doc)}
    assert ("deaths", "At least 12 people were killed") in claims
    assert not any("88" in text or "Trending" in text for _, text in claims)


def test_a_live_blog_keeps_its_updates() -> None:
    doc = html_document("live", "live.html", LIVE_BLOG)
    assert doc.published == dt.date(2023, 9, 11)
    assert doc.outlet == "Coast News"
    figures = {c.text for c in extract_document(doc) if c.type in ("deaths", "quantity")}
    assert any("43" in f for f in figures) and any("1,000" in f for f in figures)


def test_a_page_whose_only_date_is_its_metadata() -> None:
    doc = html_document("ferry", "ferry.html", METADATA_DATE_ONLY)
    assert doc.published == dt.date(2014, 4, 16)
    assert doc.url == "https://island.example/news/ferry-sinks"
    assert doc.outlet in ("Island Wire", "island.example")
    assert {c.type for c in extract_document(doc)} >= {"missing", "deaths", "injuries"}
