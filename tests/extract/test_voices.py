"""A page's own first-person share of a count, and counts of those who died before the event itself, are kept
out of the story's totals (factcheck/extract/claims/voices.py)."""

from __future__ import annotations

import pytest

from factcheck.model import OWN

from .helpers import claims_of

COUNTS = ("deaths", "injuries", "arrests", "missing", "quantity", "troops")


def owners_and_events(text: str) -> list[tuple[str, object, str | None, str | None]]:
    return [
        (c.type, c.value.nominal, c.frame.owner, c.frame.event)  # type: ignore[union-attr]
        for c in claims_of(text, *COUNTS)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We also recovered the bodies of nine people.",
            [("deaths", 9, OWN, None)],
            id="we-recovered",
        ),
        pytest.param(
            "Our medical team treated 22 of them for hypothermia.",
            [("injuries", 22, OWN, None)],
            id="our-team-treated",
        ),
        pytest.param(
            "Around midday, we handed 38 survivors to a patrol vessel.",
            [("quantity", 38, OWN, None)],
            id="after-an-opener",
        ),
        pytest.param(
            '"We have recovered 41 bodies," the spokesman said.',
            [("deaths", 41, None, None)],
            id="a-quoted-speaker-is-no-page-voice",
        ),
        pytest.param(
            "Rescuers said they had recovered 41 bodies.",
            [("deaths", 41, None, None)],
            id="third-person",
        ),
        pytest.param(
            "Six people died on board before the boat capsized.",
            [("deaths", 6, None, "before crash")],
            id="died-before-the-event",
        ),
        pytest.param(
            "Six people died before rescuers arrived.",
            [("deaths", 6, None, None)],
            id="before-something-that-is-no-event",
        ),
        pytest.param(
            "Divers recovered 82 bodies before they called off the search.",
            [("deaths", 82, None, None)],
            id="before-someone-else-did-something",
        ),
    ],
)
def test_own_accounts_and_counts_before_the_event(
    text: str, expected: list[tuple[str, object, str | None, str | None]]
) -> None:
    assert owners_and_events(text) == expected
