"""`compare --format csv`: exact text on the hand-written flood articles (tests/report/cases/flood)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.report.csv_out import text_cell

FLOOD = str(Path(__file__).parent / "cases" / "flood")

HEADER = "document,outlet,published,type,subject,value,low,high,qualifier,quote,finding,verdict\r\n"
ROWS = [
    "a,example.com,2023-03-03,deaths,,12,12,,at least,At least 12 people were killed,deaths,contradiction\r\n",
    "b,,2023-03-04,deaths,,19,19,19,exact,death toll from the flood rose to 19,deaths,contradiction\r\n",
    "b,,2023-03-04,person,Mayor,Anna Kowalski (Mayor),,,,Mayor Anna Kowalski,person · Kowalski,agreement\r\n",
    "b,,2023-03-04,quantity,,300,270,330,about,About 300 people were evacuated,quantity · evacuated,partial\r\n",
    "c,,2023-03-06,deaths,,25,25,,more than,More than 25 people died,deaths,contradiction\r\n",
    "c,,2023-03-06,quantity,,300,270,300,nearly,nearly 300 people were evacuated,quantity · evacuated,partial\r\n",
    (
        "c,,2023-03-06,quantity,home,1200,1200,1200,exact,"
        '"damaged 1,200 homes",quantity · damaged · homes,single_source\r\n'
    ),
    "c,,2023-03-06,person,Mayor,Anna Kowalski (Mayor),,,,Mayor Anna Kowalski,person · Kowalski,agreement\r\n",
]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["compare", *args], catch_exceptions=False)
    return result.exit_code, result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF


@pytest.mark.parametrize(
    ("args", "rows"),
    [
        pytest.param([], ROWS, id="every-claim-of-a-finding"),
        pytest.param(["--verdict", "contradiction"], [ROWS[0], ROWS[1], ROWS[4]], id="filtered-like-the-findings"),
        pytest.param(["--type", "person"], [ROWS[2], ROWS[7]], id="one-type"),
    ],
)
def test_csv_exact(args: list[str], rows: list[str]) -> None:
    code, out = invoke(FLOOD, "--format", "csv", *args)
    assert code == 0
    assert out == HEADER + "".join(rows)


def test_csv_reads_back_as_one_row_a_claim() -> None:
    out = invoke(FLOOD, "--format", "csv")[1]
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == 8
    assert {r["quote"] for r in rows if r["subject"] == "home"} == {"damaged 1,200 homes"}


def test_output_file_keeps_crlf_once(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    code, out = invoke(FLOOD, "-o", str(target))
    assert code == 0 and out == ""
    data = target.read_bytes()
    assert data == (HEADER + "".join(ROWS)).encode("utf-8")
    assert b"\r\r\n" not in data


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        pytest.param('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")', id="formula"),
        pytest.param("+1 555", "'+1 555", id="plus"),
        pytest.param("-2+3", "'-2+3", id="minus"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("about 2,000 troops", "about 2,000 troops", id="plain"),
        pytest.param(None, "", id="none"),
    ],
)
def test_text_cells_never_run_as_formulas(text: str | None, cell: str) -> None:
    assert text_cell(text) == cell
