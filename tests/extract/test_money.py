"""Money and shares: amounts with their currency (ISO 4217) and what they are for; percentages as shares,
never counts of people."""

from __future__ import annotations

import pytest

from factcheck.model import Count

from .helpers import claims_of


def amounts(text: str) -> list[tuple[str, float | int | None, float | int | None, float | int | None, str, str | None]]:
    out = []
    for c in claims_of(text, "quantity", "deaths", "injuries"):
        assert isinstance(c.value, Count)
        out.append((c.type, c.value.nominal, c.value.low, c.value.high, c.value.unit, c.frame.measure))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The damage is estimated at around $15 billion.",
            [("quantity", 15_000_000_000, 13_500_000_000, 16_500_000_000, "USD", "money")],
            id="hedge-before-the-sign",
        ),
        pytest.param(
            "The governor put the losses between $3bn and $5bn.",
            [("quantity", None, 3_000_000_000, 5_000_000_000, "USD", "money")],
            id="range-of-amounts-is-one-claim",
        ),
        pytest.param(
            "The bank estimated the damage at up to US $ 4.6 billion.",
            [("quantity", 4_600_000_000, None, 4_600_000_000, "USD", "money")],
            id="us-dollar-sign-spaced",
        ),
        pytest.param(
            "Families will receive compensation of £1.9bn in all.",
            [("quantity", 1_900_000_000, 1_900_000_000, 1_900_000_000, "GBP", "money")],
            id="pounds-sign",
        ),
        pytest.param(
            "The union pledged €2 million in aid.",
            [("quantity", 2_000_000, 2_000_000, 2_000_000, "EUR", "money")],
            id="euro",
        ),
        pytest.param(
            "The state announced Rs 4 crore in relief.",
            [("quantity", 40_000_000, 40_000_000, 40_000_000, "INR", "money")],
            id="rupees-crore",
        ),
        pytest.param(
            "Officials set aside 5 million euros for reconstruction.",
            [("quantity", 5_000_000, 5_000_000, 5_000_000, "EUR", "money")],
            id="currency-word-after",
        ),
        pytest.param(
            "The state announced compensation of $5,000 for the families of those killed.",
            [("quantity", 5000, 5000, 5000, "USD", "money")],
            id="money-next-to-a-casualty-word-is-money",
        ),
        pytest.param(
            "The government will give Rs 3 lakh to each injured.",
            [("quantity", 300_000, 300_000, 300_000, "INR", "money")],
            id="lakh-to-each-injured-is-money",
        ),
        pytest.param(
            "The fund paid Rs 4 crore ($480,000) to the families.",
            [("quantity", 40_000_000, 40_000_000, 40_000_000, "INR", None)],
            id="conversion-in-brackets-is-the-same-claim",
        ),
        pytest.param(
            "Prices went up by 40 per cent.", [("quantity", 40, 40, 40, "percent", None)], id="share-of-nothing-named"
        ),
        pytest.param(
            "Rescuers have searched 62% of the area.",
            [("quantity", 62, 62, 62, "percent", "share")],
            id="share-of-the-area",
        ),
        pytest.param("Officials reported a 250% rise.", [("quantity", 250, 250, 250, "percent", "share")], id="a-rise"),
    ],
)
def test_money_and_shares(text: str, expected: list[tuple[object, ...]]) -> None:
    assert amounts(text) == expected


def test_an_amount_names_what_it_is_for() -> None:
    (claim,) = claims_of("The paper said the damage from the blast is estimated at around $15 billion.", "quantity")
    assert (claim.frame.measure, claim.frame.counted, claim.text) == ("money", "damage", "around $15 billion")


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        pytest.param(
            "The county set aside 2 million dollars for emergency housing, and an appeal has raised 86,500 dollars.",
            [("housing", None), ("donations", None)],
            id="what-it-is-for-then-its-own-clause",
        ),
        pytest.param(
            "It announced a 25 million dollar relief fund, including 5,000 dollars for every household.",
            [("aid", None), ("aid per household", None)],
            id="a-rate-per-household-is-no-total",
        ),
        pytest.param("Families will get $2,000 a month in aid.", [("aid per month", None)], id="a-month"),
        pytest.param("Victims were paid €500 each in compensation.", [("compensation each", None)], id="each"),
        pytest.param(
            "Insurers put insured losses at 310 million dollars; total damage is about 450 million dollars.",
            [("insured losses", None), ("damage", None)],
            id="insured-losses-are-not-all-the-damage",
        ),
        pytest.param(
            "The reform will save 3.2 billion crowns a year.", [("savings per year", None)], id="savings-per-year"
        ),
        pytest.param(
            "The ministry puts the cost at 250 million crowns, against the employers' 400 million.",
            [("cost", None), ("cost", None)],
            id="a-currency-left-out",
        ),
        pytest.param(
            "Aid of $5 million went to 2 million people.", [("aid", None), (None, None)], id="people-are-no-money"
        ),
        pytest.param(
            "Losses were $3 billion, up from $2 billion a year earlier.",
            [("damage", None), ("damage", None)],
            id="a-year-earlier-is-no-rate",
        ),
        pytest.param(
            "The Lark fire burned on. Together with the Dunmore fire, insured losses stand at $305 million.",
            [("insured losses", "with Dunmore fire")],
            id="two-events-together",
        ),
    ],
)
def test_what_an_amount_is(text: str, purposes: list[tuple[str, str | None]]) -> None:
    assert [(c.frame.counted, c.frame.event) for c in claims_of(text, "quantity")] == purposes


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        pytest.param(
            "Japan has pledged 5 million dollars in emergency aid, and Australia A$3 million.",
            [(5_000_000, "Japan"), (3_000_000, "Australia")],
            id="a-subject-then-a-name-with-its-verb-left-out",
        ),
        pytest.param(
            "The UK government said it would provide £2 million through aid agencies.",
            [(2_000_000, "United Kingdom")],
            id="a-government-said-it-would-provide",
        ),
        pytest.param(
            "Australia (A$3 million), South Korea (1 million dollars) and New Zealand (NZ$1.5 million) pledged aid.",
            [(3_000_000, "Australia"), (1_000_000, "South Korea"), (1_500_000, "New Zealand")],
            id="names-with-their-amounts-in-brackets",
        ),
        pytest.param(
            "Donors pledged 38 million dollars, with Japan's 10 million dollars the largest single pledge.",
            [(38_000_000, None), (10_000_000, "Japan")],
            id="a-possessive",
        ),
        pytest.param(
            "Japan has doubled its initial pledge to 10 million dollars, while Australia (A$3 million) and the"
            " United Kingdom (£2 million) have also pledged aid.",
            [(10_000_000, "Japan"), (3_000_000, "Australia"), (2_000_000, "United Kingdom")],
            id="its-pledge-raised-and-names-after-while-and-the",
        ),
        pytest.param(
            "Harbour Relief has launched an appeal for 8.5 million dollars.",
            [(8_500_000, None)],
            id="an-appeal-is-no-gift",
        ),
        pytest.param(
            "Germany will send 4 million euros in aid, the ministry said.",
            [(4_000_000, "Germany")],
            id="will-send",
        ),
        pytest.param(
            "The cabinet agreed to pay 20,000 euros to each bereaved family, on top of the 30,000 euros already"
            " promised by the operator, Northline Rail.",
            [(20_000, "government"), (30_000, "Northline Rail")],
            id="a-government-pays-and-an-operator-promised",
        ),
        pytest.param(
            "NLR has so far paid 35,000 euros to each bereaved family, a spokesman said.",
            [(35_000, "NLR")],
            id="a-company-has-so-far-paid",
        ),
        pytest.param(
            "Officials have promised 5 million dollars in aid.", [(5_000_000, None)], id="officials-name-no-giver"
        ),
        pytest.param(
            "Relief groups said Westmoor (2 million dollars in aid) was hit hardest.",
            [(2_000_000, None)],
            id="a-name-beside-an-amount-that-is-no-country-may-receive-it",
        ),
    ],
)
def test_whose_money(text: str, owners: list[tuple[int, str | None]]) -> None:
    """Who gives an amount, where the text says: "Japan has pledged $5 million", "Australia (A$3 million)"."""
    found = [(c.value.nominal, c.frame.owner) for c in claims_of(text, "quantity") if c.frame.counted != "money"]  # type: ignore[union-attr]
    assert found == owners
