"""What every report for people shares (factcheck/report/view.py, words.py): document names, finding
names, durations in the unit written, quotes without markup, and the rule that keeps a long report short."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.model import Count, Document, Finding, FindingValue
from factcheck.report.view import ROWS, Names, View, shown
from factcheck.report.words import fmt_value


def doc(id: str, title: str | None = None, outlet: str | None = None) -> Document:
    return Document(id=id, path=f"{id}.txt", text="", title=title, outlet=outlet)


@pytest.mark.parametrize(
    ("documents", "names"),
    [
        pytest.param([doc("a", "Toll rises", "wire.example")], ["wire.example"], id="outlet"),
        pytest.param([doc("a", "Toll rises")], ["“Toll rises”"], id="title"),
        pytest.param(
            [doc("a", "Rescue teams search the river banks for the missing")], ["“Rescue teams search the…”"], id="long"
        ),
        pytest.param([doc("a")], ["a"], id="no-title"),
        pytest.param([doc("a", "All news"), doc("b", "Home")], ["a", "b"], id="site-furniture"),
        pytest.param([doc("a", "Toll rises"), doc("b", "Toll rises")], ["a", "b"], id="same-title"),
        pytest.param(
            [doc("a", "wire.example"), doc("b", None, "wire.example")],
            ["“wire.example”", "wire.example"],
            id="title-like-an-outlet",
        ),
    ],
)
def test_a_document_has_one_name(documents: list[Document], names: list[str]) -> None:
    named = Names(documents)
    assert [named(d.id) for d in documents] == names
    assert len(set(names)) == len(names) or all(d.outlet for d in documents)


@pytest.mark.parametrize(
    ("value", "quote", "shown_as"),
    [
        pytest.param(Count(nominal=0.292, low=0.292, high=0.292, unit="day"), "for 7 hours", "7 hours", id="hours"),
        pytest.param(Count(nominal=0.042, low=0.042, high=0.042, unit="day"), "an hour", "1 hour", id="one-hour"),
        pytest.param(Count(nominal=14, low=14, high=14, unit="day"), "two weeks", "2 weeks", id="weeks"),
        pytest.param(Count(nominal=14, low=14, high=14, unit="day"), "a fortnight", "1 fortnight", id="fortnight"),
        pytest.param(
            Count(nominal=10, low=None, high=10, qualifier="up to", unit="day"), "10 days", "≤10 days", id="days"
        ),
        pytest.param(Count(nominal=0.25, low=0.25, high=0.25, unit="day"), None, "6 hours", id="no-quote"),
        pytest.param(Count(nominal=3, low=3, high=3, unit="month"), "3 months", "3 months", id="not-in-days"),
    ],
)
def test_durations_show_in_the_unit_written(value: Count, quote: str | None, shown_as: str) -> None:
    assert fmt_value(value, quote=quote) == shown_as


def _findings(verdicts: list[str]) -> list[Finding]:
    return [
        Finding(
            id=f"f{i}",
            type="deaths",
            key=f"deaths:{i}",
            verdict=v,  # type: ignore[arg-type]
            values=(FindingValue(value=Count(nominal=i, low=i, high=i), claims=(), documents=("a",)),),
        )
        for i, v in enumerate(verdicts)
    ]


@pytest.mark.parametrize(
    ("verdicts", "screen", "rows", "hidden"),
    [
        pytest.param(["contradiction"] * 70, 20, 70, (), id="every-contradiction"),
        pytest.param(
            ["partial"] * 10 + ["agreement"] * 45, 20, ROWS, (("agreement", 5),), id="agreements-to-the-limit"
        ),
        pytest.param(
            ["agreement"] * 3 + ["single_source"] * 21, 20, 3, (("single_source", 21),), id="singles-past-a-screen"
        ),
        pytest.param(["agreement"] * 3 + ["single_source"] * 21, 30, 24, (), id="singles-that-fit"),
        pytest.param(["contradiction"] * 55 + ["agreement"], 20, 55, (("agreement", 1),), id="no-room-left"),
    ],
)
def test_a_long_report_keeps_disagreements_and_counts_the_rest(
    verdicts: list[str], screen: int, rows: int, hidden: tuple[tuple[str, int], ...]
) -> None:
    findings = _findings(verdicts)
    kept = shown(findings, View(), screen=screen)
    assert (len(kept.findings), kept.hidden) == (rows, hidden)
    assert rows + sum(n for _, n in hidden) == len(findings)
    assert shown(findings, View(every=True), screen=screen).findings == tuple(findings)


NOUNS = (
    "boats tents pumps trucks buses generators helicopters ambulances tankers cranes barges drones blankets "
    "stretchers lanterns kettles shovels ladders ropes rafts tractors bulldozers vans jeeps kayaks canoes trailers "
    "wagons carts sledges"
)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty articles: a death toll and a rescue time each gives its own way, and a count only it gives."""
    folder = tmp_path_factory.mktemp("many")
    for i, noun in enumerate(NOUNS.split()):
        text = (
            f"Flood update {i}\n\nMarch {1 + i % 28}, 2023\n\nAt least {100 + i} people were killed, officials said. "
            f"Rescue took {5 + i} hours. Volunteers brought {3 + i} {noun} to the town.\n"
        )
        (folder / f"{i:02}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_the_report_says_what_it_left_out_and_all_shows_it(many: Path, fmt: str) -> None:
    def compare(*args: str) -> str:
        result = CliRunner().invoke(cli, ["compare", str(many), "--format", fmt, *args], catch_exceptions=False)
        assert result.exit_code == 0
        return result.stdout

    short, full = compare(), compare("--all")
    said = re.search(r"Not shown: ([\d,]+) single-source findings \(--all shows every finding\)\.", short)
    assert said, "no line says what was left out"
    assert "Not shown" not in full and len(full) > len(short)
    assert "hours" in full and "days" not in full.split("Not shown")[0].replace("undated", "")


def test_quotes_show_words_not_markup(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Toll\n\nMarch 3, 2023\n\nThe ministry <u>said</u> at least 12 people were [killed](#) on Friday.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["compare", str(tmp_path), "--format", "table", "--quotes", "--type", "deaths"])
    assert "“at least 12 people were killed”" in result.stdout
    assert "<u>" not in result.stdout and "](#)" not in result.stdout
