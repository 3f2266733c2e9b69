"""`compare --format markdown`: exact text on the hand-written flood articles (tests/report/cases/flood:
a death toll rising over three days, an evacuation figure given two ways, one official named twice)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.report.markdown import md

FLOOD = str(Path(__file__).parent / "cases" / "flood")

READ = "3 documents from 1 outlet (2 without one), published 3–6 Mar 2023; 8 claims\n\n"
HEAD = "| Finding | Verdict | Values (sources; ✓ consensus) |\n| --- | --- | --- |\n"
DEATHS = (
    "| deaths | **contradiction** | at least 12 — example.com<br>19 — “Flood toll rises”<br>more than 25 ✓ — "
    "“Rescue teams search for…”<br>*rising over time: at least 12 (3 Mar) → 19 (4 Mar) → more than 25 (6 Mar)* |\n"
)
TABLE = (
    READ
    + "4 findings: 1 contradiction, 1 partial agreement, 1 agreement, 1 single-source\n\n"
    + HEAD
    + DEATHS
    + "| quantity · evacuated | partial | about 300 — “Flood toll rises”<br>nearly 300 ✓ — "
    "“Rescue teams search for…” |\n"
    "| person · Kowalski | agreement | Anna Kowalski (Mayor) — “Flood toll rises”, “Rescue teams search for…” |\n"
    "| quantity · damaged · homes | single source | 1,200 — “Rescue teams search for…” |\n"
)

WITH_QUOTES_AND_SOURCES = (
    READ
    + "4 findings: 1 contradiction, 1 partial agreement, 1 agreement, 1 single-source\n\n"
    + HEAD
    + "| deaths | **contradiction** | at least 12 — example.com<br>“At least 12 people were killed” (example.com) — "
    "police<br>19 — “Flood toll rises”<br>“death toll from the flood rose to 19” (“Flood toll rises”) — "
    "Mayor Anna Kowalski<br>more than 25 ✓ — "
    "“Rescue teams search for…”<br>“More than 25 people died” (“Rescue teams search for…”)<br>"
    "*rising over time: at least 12 (3 Mar) → 19 (4 Mar) → more than 25 (6 Mar)* |\n"
    "| quantity · evacuated | partial | about 300 — “Flood toll rises”<br>“About 300 people were evacuated” "
    "(“Flood toll rises”)<br>nearly 300 ✓ — “Rescue teams search for…”<br>“nearly 300 people were evacuated” "
    "(“Rescue teams search for…”) |\n"
    "| person · Kowalski | agreement | Anna Kowalski (Mayor) — “Flood toll rises”, “Rescue teams search for…”<br>"
    "“Mayor Anna Kowalski” (“Flood toll rises”) — Mayor Anna Kowalski<br>“Mayor Anna Kowalski” "
    "(“Rescue teams search for…”) — Mayor Anna Kowalski |\n"
    "| quantity · damaged · homes | single source | 1,200 — “Rescue teams search for…”<br>“damaged 1,200 homes” "
    "(“Rescue teams search for…”) — Mayor Anna Kowalski |\n"
    "\n"
    "| Source | Document | Published | Agree | Contradict | Only it |\n"
    "| --- | --- | --- | ---: | ---: | ---: |\n"
    "| example.com | a | 2023-03-03 | 1 | 0 | 0 |\n"
    "| “Flood toll rises” | b | 2023-03-04 | 2 | 1 | 0 |\n"
    "| “Rescue teams search for…” | c | 2023-03-06 | 3 | 0 | 1 |\n"
)

FILTERED = (
    READ + "1 finding: 1 contradiction; 1 partial agreement, 1 agreement, 1 single-source filtered out "
    "(--verdict contradiction)\n\n" + HEAD + DEATHS
)


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["compare", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param([], TABLE, id="findings"),
        pytest.param(["--quotes", "--sources"], WITH_QUOTES_AND_SOURCES, id="quotes-and-sources"),
        pytest.param(["--verdict", "contradiction"], FILTERED, id="filtered"),
    ],
)
def test_markdown_exact(args: list[str], expected: str) -> None:
    code, out = invoke(FLOOD, "--format", "markdown", *args)
    assert code == 0
    assert out == expected


def test_output_file_named_md_is_markdown(tmp_path: Path) -> None:
    target = tmp_path / "findings.md"
    code, out = invoke(FLOOD, "--output", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8") == TABLE


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        pytest.param("a | b", "a \\| b", id="cell-border"),
        pytest.param("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>", id="html"),
        pytest.param("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))", id="link"),
        pytest.param("*big* `code` ~~gone~~", "\\*big\\* \\`code\\` \\~\\~gone\\~\\~", id="emphasis-code-strike"),
        pytest.param("002_a7 _it_", "002_a7 \\_it\\_", id="underscore-only-at-word-edges"),
        pytest.param("one\ntwo\r\n  three", "one two three", id="one-line"),
        pytest.param("AT&amp;T \\", "AT\\&amp;T \\\\", id="entity-and-backslash"),
    ],
)
def test_md_escapes_article_text(text: str, escaped: str) -> None:
    assert md(text) == escaped


def test_hostile_outlet_stays_text_in_its_cell(tmp_path: Path) -> None:
    article = {
        "outlet": "Wire | <b>News</b>",
        "published": "2023-03-05",
        "text": "At least 30 people were killed in the flood, police said.",
    }
    (tmp_path / "wire.json").write_text(json.dumps(article), encoding="utf-8")
    (tmp_path / "a.txt").write_text((Path(FLOOD) / "a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code, out = invoke(str(tmp_path), "--format", "markdown", "--type", "deaths")
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("| deaths ")]
    assert rows == [
        "| deaths | partial | at least 12 — example.com<br>at least 30 ✓ — Wire \\| \\<b\\>News\\</b\\>"
        "<br>*rising over time: at least 12 (3 Mar) → at least 30 (5 Mar)* |"
    ]
