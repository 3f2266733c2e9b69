"""The publication-date reader on the forms real pages print (texts written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.documents.published import publication_date, url_date


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        pytest.param("Fire\n\nTuesday 14 March 2023 09:41\n\nTen died.", None, "2023-03-14", id="byline-weekday"),
        pytest.param(
            "Jeep hits truck\n\nUpdated: Tuesday, May 9, 2023, 9:05 [IST]\n\nNew Delhi, May 8: Five died on the road, "
            "police said on Monday night.\n\nStory first published: Monday, May 8, 2023, 11:05 [IST]",
            None,
            "2023-05-08",
            id="first-published-below-the-body-beats-update",
        ),
        pytest.param("Mine toll\n\n date 2023-02", None, None, id="stored-month-only"),
        pytest.param("Storm\n\nAPRıL 3, 2019\n\nSeven died.", None, "2019-04-03", id="dotless-i-in-a-month"),
        pytest.param("Storm\n\nPublished ſeptember 5 2020\n\nTwo died.", None, "2020-09-05", id="long-s-in-a-month"),
        pytest.param("Storm\n\nWASHINGTON, APRıL 3 (Reuters) - Two died.", None, None, id="odd-dateline-no-crash"),
        pytest.param(
            " date 2023-02 SEOUL, Feb. 6 (Yonhap) -- The toll rose to 19, officials said on Monday.",
            None,
            "2023-02-06",
            id="dateline-year-from-stored-month",
        ),
        pytest.param(
            "Mine toll\n\nSEOUL, Feb. 6 (Yonhap) -- The toll rose to 19 since 2011, officials said.",
            None,
            None,
            id="dateline-no-year",
        ),
        pytest.param("Ferry\n\nSun, October 2, 2022\n\nBody text here.", None, "2022-10-02", id="abbreviated-weekday"),
        pytest.param("Attack\n\n15:32 April 17, 2014\n\nBody.", None, "2014-04-17", id="time-first"),
        pytest.param(
            "Crash\n\nPosted at 9:23 AM, Aug 04, 2014\n\nBody.", None, "2014-08-04", id="posted-at-time-first"
        ),
        pytest.param(
            "Toll\n\nReuters | Seoul | Updated: 19-09-2022 11:30 IST | Created: 17-09-2022 21:05 IST\n\nBody.",
            None,
            "2022-09-17",
            id="created-after-updated",
        ),
        pytest.param("Cases\n\nUpdated: 08-12-2020 06:05 IST\n\nBody.", None, None, id="numeric-ambiguous"),
        pytest.param(
            " date 2020-12-08 Cases\nUpdated: 08-12-2020 06:05 IST\nBody.", None, "2020-12-08", id="numeric-settled"
        ),
        pytest.param("Blast\n\nToday's Paper | December 01, 2024\n\nBreaking News", None, None, id="masthead-clock"),
        pytest.param("Printed on Mon May 16 2022 8:28:06 AM\n\nRocket strike\n\nBody.", None, None, id="printed-on"),
        pytest.param(
            "Storm\n\nPosted Jul 2, 2012 8:56 AM CDT\nA family waits on a rooftop, Sunday, July 1, 2012.  (AP)",
            None,
            "2012-07-02",
            id="caption-date-is-not-it",
        ),
        pytest.param(
            "Quake toll rises\n\nRescuers searched the rubble through the night for survivors, officials said."
            "\n\nRelated\n\nFloods hit the coast\nUpdated 10 May, 2024",
            None,
            None,
            id="other-story-date",
        ),
        pytest.param(
            "Toll\n\nBEIRUT, Aug 5 (Reuters) - A fire broke out.",
            "https://w.example/x-2023-08-05/",
            "2023-08-05",
            id="url",
        ),
        pytest.param(
            "Toll\n\nAugust 3, 2014Rescue teams reached the county overnight as the toll passed 350.",
            None,
            "2014-08-03",
            id="glued",
        ),
    ],
)
def test_publication_date(text: str, url: str | None, expected: str | None) -> None:
    found = publication_date(text, url)
    assert (found.isoformat() if found else None) == expected


def test_metadata_date_only_when_the_text_has_none() -> None:
    meta = dt.date(2020, 1, 2)
    assert publication_date("Title\n\nBody without a date, said the police.", metadata=meta) == meta
    assert publication_date("Title\n\nMarch 3, 2021\n\nBody.", metadata=meta) == dt.date(2021, 3, 3)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        pytest.param("http://a.example/2013/07/23/x/", "2013-07-23", id="slashes"),
        pytest.param("https://a.example/news/reuters/20221231-81027/", "2022-12-31", id="compact"),
        pytest.param("https://a.example/archives/la-xpm-2000-jul-08-mn-1-story.html", "2000-07-08", id="month-name"),
        pytest.param("https://a.example/photo/11/02/22/x", None, id="two-digit-year"),
        pytest.param("https://a.example/view/AEN20140417002053315", None, id="inside-an-id"),
    ],
)
def test_url_date(url: str, day: str | None) -> None:
    found, _ = url_date(url)
    assert (found.isoformat() if found else None) == day
