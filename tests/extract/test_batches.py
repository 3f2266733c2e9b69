"""One batch of several ("the first shipment of 450,000 doses") is its own figure, never the total
(factcheck/extract/claims/batches.py)."""

from __future__ import annotations

import pytest

from factcheck.model import BATCH

from .helpers import claims_of


def events(text: str) -> list[tuple[object, str | None]]:
    return [(c.value.nominal, c.frame.event) for c in claims_of(text, "quantity")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The first shipment of 450,000 doses arrived on Monday.",
            [(450_000, "first shipment")],
            id="a-numbered-batch",
        ),
        pytest.param(
            "The initial consignment of 200 ventilators was flown in.",
            [(200, "first consignment")],
            id="initial-is-first",
        ),
        pytest.param(
            "The first shipment was announced as 500,000 doses, but 450,000 arrived.",
            [(500_000, "first shipment"), (450_000, "first shipment")],
            id="the-batch-as-subject",
        ),
        pytest.param(
            "A second shipment of 300,000 doses landed, bringing the total to 750,000.",
            [(300_000, "second shipment"), (750_000, None)],
            id="the-total-after-a-batch-is-no-batch",
        ),
        pytest.param("A convoy of 40 trucks reached the city.", [(40, BATCH)], id="a-batch-with-no-number"),
        pytest.param("Officials counted 500,000 doses.", [(500_000, None)], id="no-batch"),
    ],
)
def test_batches(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert events(text) == expected
