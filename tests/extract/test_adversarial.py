"""No pattern backtracks catastrophically: 1 MB of hostile text parses in under a second.

The texts are the kinds the issue names (digit runs, "more than more than", nested brackets) and a
few more of the same sort. Throughput on ordinary articles is measured by benchmarks/bench.py instead.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from factcheck.extract.dates import parse_dates
from factcheck.extract.numbers import parse_numbers

MB = 1_000_000


def _fill(unit: str) -> str:
    return (unit * (MB // len(unit) + 1))[:MB]


HOSTILE = [
    pytest.param(_fill("1234567890"), id="long-digit-run"),
    pytest.param("(" * (MB // 2) + "about 2,500" + ")" * (MB // 2), id="deeply-nested-figure"),
    pytest.param(_fill("more than "), id="more-than-more-than"),
    pytest.param(_fill("(["), id="nested-brackets"),
    pytest.param(_fill("[[(( more than ))]] "), id="bracketed-hedges"),
    pytest.param(_fill("1,"), id="comma-chain"),
    pytest.param(_fill("- "), id="dashes"),
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(
    "parse",
    [
        pytest.param(parse_numbers, id="numbers"),
        pytest.param(lambda t: parse_dates(t, dt.date(2022, 1, 13)), id="dates"),
    ],
)
def test_one_megabyte_in_under_a_second(parse: Callable[[str], object], text: str) -> None:
    began = time.perf_counter()
    parse(text)
    assert time.perf_counter() - began < 1.0
