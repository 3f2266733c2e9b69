"""Person claims: named people, their roles, and what is not a person (invented sentences)."""

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
            "Defense Minister Ivan Petrov told President Kofi Mensah.",
            [("Ivan Petrov", "Defense Minister"), ("Kofi Mensah", "President")],
            id="titles",
        ),
        pytest.param(
            "Ghanaian President Anna-Maria Okafor said so.", [("Anna-Maria Okafor", "President")], id="demonym-prefix"
        ),
        pytest.param(
            "The force was headed by Col. Gen. Oleg Markov, commander of the airborne troops.",
            [("Oleg Markov", "commander")],
            id="rank-and-appositive-role",
        ),
        pytest.param(
            "Luis Romero, the mayor of Riverton, said his team was working.",
            [("Luis Romero", "mayor")],
            id="appositive",
        ),
        pytest.param(
            "Ghana's president, Kofi Mensah, spoke at midnight.", [("Kofi Mensah", "president")], id="possessive"
        ),
        pytest.param(
            "The report blames the driver, Jonas Weber, and the harbour master, Ruben Ostby.",
            [("Jonas Weber", "driver"), ("Ruben Ostby", "harbour master")],
            id="roles-at-work",
        ),
        pytest.param(
            "Dr Sabine Kelman, an epidemiologist at the agency, said so.",
            [("Sabine Kelman", "epidemiologist")],
            id="a-courtesy-title-is-no-part-of-the-role",
        ),
        pytest.param("Dr Sabine Kelman said so.", [("Sabine Kelman", "Dr")], id="dr-without-a-full-stop"),
        pytest.param(
            "Health Minister Dr. Sabine Kelman said so.",
            [("Sabine Kelman", "Health Minister")],
            id="a-courtesy-title-after-a-title",
        ),
        pytest.param("Mayor Mr Tomas Ferrand said so.", [("Tomas Ferrand", "Mayor")], id="mr-after-a-title"),
        pytest.param(
            "Interior Secretary Joseph Ole Mwangi called it unfriendly.",
            [("Joseph Ole Mwangi", "Interior Secretary")],
            id="three-word-name",
        ),
        pytest.param(
            "Navy spokesperson Major Ana Lucía Vega told reporters.",
            [("Ana Lucía Vega", "spokesperson")],
            id="accents-and-rank",
        ),
        pytest.param(
            "President Kofi Mensah spoke. Later President Mensah left.",
            [("Kofi Mensah", "President")],
            id="surname-linked-to-full-name",
        ),
        pytest.param(
            "Mayor Maria Lopez met Minister Carlos Lopez. Lopez said no.",
            [("Maria Lopez", "Mayor"), ("Carlos Lopez", "Minister")],
            id="two-people-of-one-family-name",
        ),
        pytest.param("The Navy Ministry Press Service released a video.", [], id="organisation"),
        pytest.param("Photo: Ivan Petrov / Agency", [], id="untitled-credit"),
        pytest.param("The president thanked the General Staff.", [], id="no-name"),
    ],
)
def test_people(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Chief Executive Jane Doe said so.", [("Jane Doe", "Chief Executive")], id="chief-executive"),
        pytest.param("Prime Minister John Major spoke.", [("John Major", "Prime Minister")], id="rank-word-surname"),
        pytest.param("Mayor Jamie McAllister spoke.", [("Jamie McAllister", "Mayor")], id="mc"),
        pytest.param("Judge Sean O'Neill ruled.", [("Sean O'Neill", "Judge")], id="o-apostrophe"),
        pytest.param("Judge Ana de la Cruz ruled.", [("Ana de la Cruz", "Judge")], id="two-particles"),
        pytest.param("Envoy Ali al-Sayed arrived.", [("Ali al-Sayed", "Envoy")], id="glued-particle"),
        pytest.param("Senator J. Robert Smith voted.", [("J. Robert Smith", "Senator")], id="initial"),
        pytest.param("The chief security minister Budi MD spoke.", [("Budi MD", "minister")], id="name-and-capitals"),
        pytest.param("Mayor Kofi Mensah AFP said.", [("Kofi Mensah", "Mayor")], id="credit-is-no-name"),
        pytest.param("Mark Dane, a lawyer, said so.", [("Mark Dane", "lawyer")], id="family-name-like-a-demonym"),
        pytest.param("Weather service boss Kasimir Rundel said so.", [("Kasimir Rundel", "boss")], id="boss"),
        pytest.param("Prof. Jane Doe said so.", [("Jane Doe", "Prof.")], id="prof"),
        pytest.param(
            "The plane was flown by First Officer Tomas Berg.", [("Tomas Berg", "First Officer")], id="crew-rank"
        ),
        pytest.param(
            "Aurel Dobre, chief investigator at the safety board, said so.",
            [("Aurel Dobre", "chief investigator")],
            id="investigator",
        ),
        pytest.param(
            "The airline and its chief executive, Peder Lund, apologised.",
            [("Peder Lund", "chief executive")],
            id="its-role-then-name",
        ),
    ],
)
def test_titles_are_not_names_and_names_are_not_cut(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The agency's Jane Doe said so.", [("Jane Doe", None)], id="owner-then-name"),
        pytest.param(
            "Jane Doe, a researcher at the institute, said so.", [("Jane Doe", "researcher")], id="role-after-article"
        ),
        pytest.param(
            "It will rise, said Jane Doe, deputy chief of police.", [("Jane Doe", "deputy chief")], id="said-name-role"
        ),
        pytest.param(
            "The figure grew, said Tom Reed, civil aviation minister in the new cabinet.",
            [("Tom Reed", "civil aviation minister")],
            id="role-with-words-before-it",
        ),
        pytest.param(
            "John Roe, speaking for the regional authorities, gave the figure.",
            [("John Roe", "spokesperson")],
            id="speaking-for",
        ),
        pytest.param(
            "Wati, an official at the social affairs ministry, said 12 were children.",
            [("Wati", "official")],
            id="one-name-first-in-its-sentence",
        ),
        pytest.param(
            "Lee Min-ho, who was detained on Friday, had been acting as the ship's relief captain.",
            [("Lee Min-ho", "captain")],
            id="name-first-role-later",
        ),
        pytest.param(
            "This week John Roe was named as the new head of government.",
            [("John Roe", "head of government")],
            id="named-as",
        ),
        pytest.param(
            "Many fled, said Omar Haddad, who heads the regional government as prime minister.",
            [("Omar Haddad", "prime minister")],
            id="who-heads-as",
        ),
        pytest.param(
            "Below what the country's president, Kofi Mensah, had said.",
            [("Kofi Mensah", "president")],
            id="lower-case-owner",
        ),
        pytest.param(
            "The regional government's health minister, Omar Haddad, called it grave.",
            [("Omar Haddad", "minister")],
            id="owner-and-modifier",
        ),
        pytest.param(
            "The agency's representative in Ghana, Jane Doe, is touring the area.",
            [("Jane Doe", "representative")],
            id="owner-role-in-place",
        ),
        pytest.param(
            "On Monday the head of the Lakeview Port Authority, Ana Ruiz, told us.",
            [("Ana Ruiz", "head")],
            id="the-role-of-organisation",
        ),
        pytest.param(
            "Tom Reed of the Civil Rights Front said so.",
            [("Tom Reed", "Civil Rights Front")],
            id="name-of-organisation",
        ),
        pytest.param(
            "She said that (President) Park Ji-won should act.", [("Park Ji-won", "President")], id="paren-title"
        ),
        pytest.param(
            "The president hosted his Ghanaian counterpart Kofi Mensah.",
            [("Kofi Mensah", "counterpart")],
            id="counterpart",
        ),
        pytest.param(
            "A spokesman for the ministry, Ali Hassan, said the toll rose.",
            [("Ali Hassan", "spokesman")],
            id="a-role-of-organisation",
        ),
        pytest.param(
            "The Nations' relief chief, Tom Reed, said it.", [("Tom Reed", "chief")], id="plural-owner-apostrophe"
        ),
        pytest.param(
            "The agency's director-general, Ana Ruiz, spoke.", [("Ana Ruiz", "director-general")], id="hyphenated-role"
        ),
        pytest.param(
            "Last year Ana Ruiz became the first woman mayor of the city.",
            [("Ana Ruiz", "mayor")],
            id="became-role",
        ),
        pytest.param(
            "Colonel Ali Baba, a spokesperson for the army, read it.",
            [("Ali Baba", "spokesperson")],
            id="rank-is-no-role",
        ),
    ],
)
def test_people_named_without_a_title_before_the_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lakeview Valley, a spokesperson said, was flooded.", id="place-before-said"),
        pytest.param("Floods hit Lakeview Valley, the mayor of the town said.", id="place-word"),
        pytest.param("Officials of the EU and the African Union, the French leader argued, agreed.", id="organisation"),
        pytest.param("In Riverton, the mayor of the town spoke.", id="led-by-a-preposition"),
        pytest.param("It was calm in Riverton, an official at the port said.", id="one-word-inside-a-sentence"),
        pytest.param("Separately, an official at the port said so.", id="adverb-is-no-name"),
        pytest.param("Witnesses described the scene as chaotic.", id="as-without-role"),
        pytest.param("Jane Doe praised John Roe as the new mayor.", id="as-role-of-another"),
        pytest.param("The ship's Captain said so.", id="owner-then-title"),
        pytest.param("The city's Lakeview Park was closed.", id="owner-then-place"),
        pytest.param("Tom Reed was seen as the president's choice.", id="as-an-owner-of-the-role"),
    ],
)
def test_not_people(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        pytest.param("President Park Ji-won spoke. Later President Park left.", ["person:park"], id="family-first"),
        pytest.param("Premier Xi Jinping spoke.", ["person:xi"], id="family-first-one-word-given-name"),
        pytest.param("Mayor Jenny Chan spoke.", ["person:chan"], id="given-name-first"),
        pytest.param("Envoy Ali al-Sayed arrived.", ["person:sayed"], id="glued-particle-is-no-part-of-the-key"),
    ],
)
def test_keys(text: str, keys: list[str]) -> None:
    assert [c.key for c in claims_of(text, "person")] == keys
