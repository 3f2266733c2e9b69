"""Participants: countries taking part in a force, from lists, demonyms and groups (invented sentences)."""

from __future__ import annotations

import pytest

from factcheck.model import Participants

from .helpers import claims_of

EU_2022 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()  # noqa: SIM905


def sets(text: str) -> list[tuple[str, ...]]:
    out = []
    for c in claims_of(text, "participants"):
        assert isinstance(c.value, Participants)
        out.append(c.value.countries)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A contingent comprising units of the armed forces of Russia, Belarus, Tajikistan, "
            "Kyrgyzstan, and Armenia.",
            [("AM", "BY", "KG", "RU", "TJ")],
            id="names-after-units-of",
        ),
        pytest.param(
            "The contingent of Russian, Belarusian, Armenian, Tajik and Kyrgyz peacekeepers was deployed.",
            [("AM", "BY", "KG", "RU", "TJ")],
            id="demonyms-before-force",
        ),
        pytest.param(
            "Peacekeepers from Russia, Belarus, Armenia, and Tajikistan arrived in Kazakhstan.",
            [("AM", "BY", "RU", "TJ")],
            id="host-is-not-a-participant",
        ),
        pytest.param("Belgian and Dutch police joined the operation.", [("BE", "NL")], id="police"),
        pytest.param("A French-led force struck the port.", [], id="x-led-alone-names-the-leader-not-a-list"),
        pytest.param(
            "Russia-led troops left. Units from Russia and Belarus flew home.", [("BY", "RU")], id="x-led-and-a-list"
        ),
        pytest.param(
            "Teams from the U.S., Israel and Germany are helping investigators.", [], id="teams-are-not-forces"
        ),
        pytest.param("Leaders of France and Germany met in Paris.", [], id="mere-mention"),
        pytest.param("Russian peacekeepers boarded a plane.", [], id="one-demonym-is-not-a-list"),
    ],
)
def test_participants(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peacekeepers from the US, the UK, the UAE and the DRC arrived.",
            [("AE", "CD", "GB", "US")],
            id="articles-and-short-forms",
        ),
        pytest.param(
            "Troops from the U.S. and the Democratic Republic of Congo left.",
            [("CD", "US")],
            id="dotted-and-long-forms",
        ),
        pytest.param("Troops from Macau and Hong Kong left.", [("HK", "MO")], id="macau-spelling"),
    ],
)
def test_country_names(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sets(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Every EU member except Hungary backed the mission.",
            "2022-01-13",
            [tuple(sorted(set(EU_2022) - {"HU"}))],
            id="group-except",
        ),
        pytest.param(
            "All ASEAN states apart from Myanmar sent observers.",
            "2022-01-13",
            [("BN", "ID", "KH", "LA", "MY", "PH", "SG", "TH", "VN")],
            id="group-apart-from",
        ),
        pytest.param(
            "All EU member states but Hungary and Poland signed.",
            "2022-01-13",
            [tuple(sorted(set(EU_2022) - {"HU", "PL"}))],
            id="group-but-two",
        ),
        pytest.param(
            "Every EU member signed.", "2016-06-01", [tuple(sorted({*EU_2022, "GB"}))], id="membership-on-the-day"
        ),
        pytest.param(
            "Troops from the G7 and Australia arrived.",
            "2022-01-13",
            [("AU", "CA", "DE", "FR", "GB", "IT", "JP", "US")],
            id="group-named-by-its-members",
        ),
        pytest.param("France and EU allies pulled troops out.", "2022-01-13", [], id="some-members-are-not-all"),
        pytest.param("Leaders of the G7 met in Rome.", "2022-01-13", [], id="a-mention-is-no-list"),
    ],
)
def test_groups(text: str, published: str, expected: list[tuple[str, ...]]) -> None:
    found = [c.value.countries for c in claims_of(text, "participants", published=published)]  # type: ignore[union-attr]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mission reached full strength, with troops contributed by nine countries: Sweden, Norway, "
            "Belgium, the Czech Republic, Denmark, Estonia, Italy, the Netherlands and Portugal.",
            [("BE", "CZ", "DK", "EE", "IT", "NL", "NO", "PT", "SE")],
            id="contributed-by-n-countries-colon",
        ),
        pytest.param(
            "At its peak the operation counted 4,000 troops from five former colonies of the region: Benin, "
            "Chad, Mali, Togo, and Niger.",
            [("BJ", "ML", "NE", "TD", "TG")],
            id="from-n-former-colonies-of-the-region",
        ),
        pytest.param(
            "The force, known as Harmattan, is also active in Chad, Niger, Togo and Benin.",
            [("BJ", "NE", "TD", "TG")],
            id="force-active-in",
        ),
        pytest.param("French soldiers are also based in Gabon, Senegal and Togo.", [], id="based-in-is-no-list"),
        pytest.param(
            "Spain and Italy, the main donors to the fund, are also leaving.", [], id="donors-are-not-a-force"
        ),
    ],
)
def test_list_introductions(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sets(text) == expected
