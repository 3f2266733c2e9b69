"""Which person claims are one person across documents, and what the finding shows (invented names)."""

from __future__ import annotations

import pytest

from factcheck.model import Claim, Finding, Person
from factcheck.reconcile import reconcile
from factcheck.reconcile.people import same_given_names, same_people, same_role

# (document, name, role, family name the extractor keyed it by)
Row = tuple[str, str, str | None, str]


def person(doc: str, name: str, role: str | None, family: str, n: int = 0) -> Claim:
    return Claim(
        id=f"{doc}:c{n}",
        document=doc,
        type="person",
        value=Person(name=name, role=role),
        text=name,
        start=n,
        end=n + 1,
        sentence=name,
        key=f"person:{family}",
        scope="story",
    )


def findings(rows: list[Row]) -> list[Finding]:
    return sorted(reconcile([person(*row, n=i) for i, row in enumerate(rows)]), key=lambda f: f.key)


def shown(f: Finding) -> list[tuple[str, str | None]]:
    return [(v.value.name, v.value.role) for v in f.values]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [("a", "Ivan Petrov", "commander", "petrov"), ("b", "Igor Petrov", "Commander", "petrov")],
            [("person:petrov", "contradiction")],
            id="two-first-names-one-role-is-a-contradiction",
        ),
        pytest.param(
            [("a", "Maria Lopez", "mayor", "lopez"), ("b", "Carlos Lopez", "minister", "lopez")],
            [("person:lopez", "single_source"), ("person:lopez:carlos lopez", "single_source")],
            id="two-first-names-two-roles-are-two-people",
        ),
        pytest.param(
            [("a", "Maria Lopez", None, "lopez"), ("b", "Carlos Lopez", None, "lopez")],
            [("person:lopez", "single_source"), ("person:lopez:carlos lopez", "single_source")],
            id="no-role-known-keeps-them-apart",
        ),
        pytest.param(
            [("a", "Maria Lopez", "minister", "lopez"), ("b", "Carlos Lopez", "prime minister", "lopez")],
            [("person:lopez", "single_source"), ("person:lopez:carlos lopez", "single_source")],
            id="a-rank-changing-word-makes-another-role",
        ),
        pytest.param(
            [("a", "J. Robert Smith", "judge", "smith"), ("b", "John Smith", "judge", "smith")],
            [("person:smith", "agreement")],
            id="initial-and-middle-name",
        ),
        pytest.param(
            [("a", "Robert Smith", None, "smith"), ("b", "J. Robert Smith", "judge", "smith")],
            [("person:smith", "agreement")],
            id="middle-name-absent",
        ),
        pytest.param(
            [("a", "Park Ji-won", "minister", "park"), ("b", "Park Ji-weon", "minister", "park")],
            [("person:park", "agreement")],
            id="family-name-first-transliteration",
        ),
        pytest.param(
            [("a", "Park Ji-won", "minister", "park"), ("b", "Park Min-ho", "mayor", "park")],
            [("person:park", "single_source"), ("person:park:park min-ho", "single_source")],
            id="family-name-first-two-people",
        ),
        pytest.param(
            [("a", "Pascal Moreau", None, "moreau"), ("b", "Pascal Moreau", None, "moreau")],
            [("person:moreau", "agreement")],
            id="rank-change-is-one-person",
        ),
        pytest.param(
            [("a", "Oleg Zelensky", "envoy", "zelensky"), ("b", "Oleg Zelenskyy", "envoy", "zelenskyy")],
            [("person:zelensky", "agreement")],
            id="transliterated-family-name",
        ),
        pytest.param(
            [("a", "Oleg Zelensky", "envoy", "zelensky"), ("b", "Anna Zelenskyy", "singer", "zelenskyy")],
            [("person:zelensky", "single_source"), ("person:zelenskyy", "single_source")],
            id="near-family-names-need-the-same-given-name",
        ),
        pytest.param(
            [
                ("a", "Emil Halvik", "chief investigator", "halvik"),
                ("b", "Emil Halvjak", "chief investigator", "halvjak"),
            ],
            [("person:halvik", "agreement")],
            id="a-farther-spelling-with-the-same-given-name-and-role",
        ),
        pytest.param(
            [("a", "Emil Halvik", "chief investigator", "halvik"), ("b", "Emil Halvjak", "mayor", "halvjak")],
            [("person:halvik", "single_source"), ("person:halvjak", "single_source")],
            id="a-farther-spelling-under-another-role-is-another-person",
        ),
        pytest.param(
            [
                ("a", "A. Halvik", "chief investigator", "halvik"),
                ("b", "A. Halvjak", "chief investigator", "halvjak"),
            ],
            [("person:halvik", "single_source"), ("person:halvjak", "single_source")],
            id="a-farther-spelling-needs-full-given-names",
        ),
        pytest.param(
            [
                ("a", "Maria Lopez", "mayor", "lopez"),
                ("b", "Carlos Lopez", "minister", "lopez"),
                ("b", "Lopez", "mayor", "lopez"),
                ("c", "Maria Lopez", "mayor", "lopez"),
            ],
            [("person:lopez", "agreement"), ("person:lopez:carlos lopez", "single_source")],
            id="family-name-alone-joins-the-person-with-its-role",
        ),
        pytest.param(
            [(d, f"{g} Kim", "minister", "kim") for d, g in zip("abcde", ["Ana", "Bo", "Cy", "Di", "Ed"], strict=True)],
            [("person:kim", "single_source")]
            + [(f"person:kim:{g} kim", "single_source") for g in ("bo", "cy", "di", "ed")],
            id="a-common-family-name-is-many-people-even-under-one-role",
        ),
        pytest.param(
            [("a", "Kofi Mensah", "president", "mensah"), ("b", "Mensah", None, "mensah")],
            [("person:mensah", "agreement")],
            id="family-name-alone-joins-the-only-person",
        ),
    ],
)
def test_one_person(rows: list[Row], expected: list[tuple[str, str]]) -> None:
    assert [(f.key, f.verdict) for f in findings(rows)] == expected


def test_a_merged_row_shows_the_role_most_documents_give() -> None:
    rows: list[Row] = [
        ("a", "Kofi Mensah", "president", "mensah"),
        ("b", "Kofi Mensah", "President", "mensah"),
        ("c", "Kofi Mensah", "President", "mensah"),
        ("d", "Kofi Mensah", "Prime Minister", "mensah"),
    ]
    (f,) = findings(rows)
    assert shown(f) == [("Kofi Mensah", "President")]


def test_unchanged_claims_are_the_same_objects() -> None:
    claims = [person("a", "Kofi Mensah", "president", "mensah"), person("b", "Ama Owusu", "mayor", "owusu", 1)]
    assert all(x is y for x, y in zip(same_people(claims), claims, strict=True))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Commander", "commander", True, id="case"),
        pytest.param("Force Commander", "commander", True, id="more-specific"),
        pytest.param("spokesman", "spokesperson", True, id="synonym"),
        pytest.param("deputy minister", "minister", False, id="deputy"),
        pytest.param("mayor", "minister", False, id="different"),
        pytest.param(None, "mayor", False, id="unknown"),
    ],
)
def test_same_role(a: str | None, b: str | None, same: bool) -> None:
    assert same_role(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param(["j.", "robert"], ["john"], True, id="initial"),
        pytest.param(["robert"], ["j.", "robert"], True, id="middle-present"),
        pytest.param(["ji-won"], ["ji-weon"], True, id="hyphenated"),
        pytest.param(["maria"], ["carlos"], False, id="different"),
    ],
)
def test_same_given_names(a: list[str], b: list[str], same: bool) -> None:
    assert same_given_names(a, b) is same
