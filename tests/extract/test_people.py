"""Person claims: named people introduced by a title or role."""

from __future__ import annotations

import pytest

from factcheck.model import Person

from .helpers import claims_of


def people(text: str) -> list[tuple[str, str | None]]:
    out = []
    for c in claims_of(text, "person"):
        assert isinstance(c.value, Person)
        out.append((c.value.name, c.value.role))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Defense Minister Sergei Shoigu told President Vladimir Putin.",
            [("Sergei Shoigu", "Defense Minister"), ("Vladimir Putin", "President")],
            id="titles",
        ),
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev said so.",
            [("Kassym-Jomart Tokayev", "President")],
            id="demonym-prefix-hyphenated-name",
        ),
        pytest.param(
            "The command was headed by Col. Gen. Andrei Serdyukov, commander of the Airborne Troops.",
            [("Andrei Serdyukov", "commander")],
            id="rank-and-appositive-role",
        ),
        pytest.param(
            "Gabriel Alcivar, the mayor of Pedernales, said his team was working.",
            [("Gabriel Alcivar", "mayor")],
            id="appositive",
        ),
        pytest.param(
            "Kenya's president, Uhuru Kenyatta, spoke at midnight.", [("Uhuru Kenyatta", "president")], id="possessive"
        ),
        pytest.param(
            "Interior Secretary Joseph Ole Lenku called it unfriendly.",
            [("Joseph Ole Lenku", "Interior Secretary")],
            id="three-word-name",
        ),
        pytest.param(
            "FAE spokesperson Major María Eugenia Naranjo told reporters.",
            [("María Eugenia Naranjo", "spokesperson")],
            id="accents-and-rank",
        ),
        pytest.param(
            "President Vladimir Putin spoke. Later President Putin left.",
            [("Vladimir Putin", "President")],
            id="surname-linked-to-full-name",
        ),
        pytest.param("The Russian Defense Ministry Press Service released a video.", [], id="organisation"),
        pytest.param("Photo: Valery Sharifulin / TASS", [], id="untitled-credit"),
        pytest.param("The president thanked the General Staff.", [], id="no-name"),
    ],
)
def test_people(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
