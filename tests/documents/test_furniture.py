"""Page furniture as spans: what no claim may come from, and the near misses that must keep theirs."""

from __future__ import annotations

import pytest

from factcheck.documents import make_document
from factcheck.extract import extract_document


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in extract_document(make_document("a", "a.txt", text))]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Related: Death toll rises to 135", id="related-link"),
        pytest.param(
            "ALSO READ\n14 killed as bus plunges into river\nAt least 7 dead, 11 hurt as truck rams car", id="also-read"
        ),
        pytest.param(
            "Previous Story\n\nFive held after fire that killed 3\n\nNext Story\n\nFlights resume after 2-day closure",
            id="prev-next",
        ),
        pytest.param("This article is more than 4 years old", id="archive-banner"),
        pytest.param("5 min read", id="reading-time"),
        pytest.param("4 comments on “Flood updates”", id="comments"),
        pytest.param("(Visited 3 times, 1 visits today)", id="visits"),
        pytest.param("Page 2 of 3", id="pager"),
        pytest.param("6/12/19, 7:45 AM ET", id="video-stamp"),
        pytest.param(
            "Published : Wednesday, 23 March, 2022 at 12:00 AM  Count : 268\nOur Correspondent", id="stamp-and-counter"
        ),
        pytest.param("Today's Paper | December 01, 2024", id="masthead"),
        pytest.param(
            "Live\n- Three kg gold seized at airport\n- One dead, 9 injured as bus overturns", id="live-ticker"
        ),
        pytest.param("Follow us on our official WhatsApp channel for breaking news alerts!", id="channel-prompt"),
        pytest.param("SENSEX 59,832.97 -251.62 (-0.42%)   NIFTY 17,816.25 -68.10 (-0.38%)", id="ticker"),
        pytest.param("By Park Min-seo\n\nSEOUL, Feb. 6 (Yonhap) --", id="byline-dateline"),
    ],
)
def test_furniture_gives_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Story continues below advertisement\n\nAt least 40 people were injured, police said.",
            ("injuries", "40"),
            id="after-ad",
        ),
        pytest.param(
            "KABUL, Aug 26 (Reuters) - Twelve people were killed in the blast.",
            ("deaths", "Twelve"),
            id="after-dateline",
        ),
        pytest.param(
            "4:57 PM PT -- Police now put the number of injured at 130.", ("injuries", "130"), id="live-entry"
        ),
        pytest.param(
            "Ten people died in the fire, police said. © 2022 Reuters.", ("deaths", "Ten"), id="copyright-same-line"
        ),
        pytest.param("Twelve died, see https://x.example/a for more.", ("deaths", "Twelve"), id="url-same-line"),
    ],
)
def test_near_misses_keep_their_claim(text: str, expected: tuple[str, str]) -> None:
    kind, word = expected
    assert any(t == kind and word in quote for t, quote in _claims(text))


def test_offsets_stay_those_of_the_text() -> None:
    text = "Related: 12 dead in crash\n\nPolice said 30 people were injured. © 2022 Wire."
    doc = make_document("a", "a.txt", text)
    assert len(doc.article) == len(text)
    for claim in extract_document(doc):
        assert text[claim.start : claim.end] == claim.text
    assert [text[a:b] for a, b in doc.furniture] == ["Related: 12 dead in crash", "© 2022 Wire."]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Skip to main content\nFire kills 3\n\nBody.", "Fire kills 3", id="skip-link"),
        pytest.param(
            "All news\n\nPullout is timely, chief says\n\nBody.", "Pullout is timely, chief says", id="nav-label"
        ),
    ],
)
def test_title_is_not_furniture(text: str, title: str) -> None:
    assert make_document("a", "a.txt", text).title == title
