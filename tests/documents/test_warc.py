"""Web archives written by warcio in the test: each HTML response one article with its target URI."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from factcheck.documents import Source, read_file

from .pages import ARTICLE, METADATA_DATE_ONLY


def _warc(path: Path, gzip: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        pages = [
            ("https://www.daily.example/world/market-blast-kills-12", "text/html; charset=utf-8", ARTICLE.encode()),
            ("https://island.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("https://island.example/news/ferry-sinks", "text/html", METADATA_DATE_ONLY.encode()),
        ]
        for uri, kind, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_each_html_response_is_an_article(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, gzip=name.endswith(".gz"))
    got = read_file(Source(path=str(path), explicit=True))
    assert got.errors == ()
    assert [(d.id, d.url, d.published) for d in got.documents] == [
        ("crawl-1", "https://www.daily.example/world/market-blast-kills-12", dt.date(2022, 5, 10)),
        ("crawl-2", "https://island.example/news/ferry-sinks", dt.date(2014, 4, 16)),
    ]


def test_a_broken_archive_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nnot a header\r\n\r\n")
    got = read_file(Source(path=str(path), explicit=True))
    assert got.documents == () and len(got.errors) == 1
