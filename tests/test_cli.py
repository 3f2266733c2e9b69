"""The command line through click's CliRunner: formats, filters, exit codes and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck import pipeline
from factcheck.cli import cli
from factcheck.extract import CLAIM_TYPES
from factcheck.report.schema import schema

SEEDS = str(Path(__file__).parents[1] / "seeds")

TWO_ARTICLES = {
    "a.txt": "Troops arrive\n\nJanuary 13, 2022\n\nAbout 2,000 troops were deployed on Jan. 6.\n",
    "b.txt": "Force lands\n\nJanuary 14, 2022\n\nNearly 2,500 soldiers were deployed on Jan. 6.\n",
}


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def two(tmp_path: Path) -> Path:
    for name, text in TWO_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_compare_json_is_the_contract_and_stable() -> None:
    code, out, err = invoke("compare", SEEDS, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, schema())
    assert data["version"] == 1
    assert [d["id"] for d in data["documents"]] == sorted(p.stem for p in Path(SEEDS).glob("*.txt"))
    assert invoke("compare", SEEDS, "--format", "json")[1] == out  # byte-identical


def test_piped_output_defaults_to_json(two: Path) -> None:
    code, out, _ = invoke("compare", str(two))
    assert code == 0
    assert json.loads(out)["findings"]


def test_every_claim_quote_is_its_offsets(two: Path) -> None:
    data = json.loads(invoke("compare", SEEDS, "--format", "json")[1])
    texts = {d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in data["documents"]}
    for c in data["claims"]:
        assert texts[c["document"]][c["start"] : c["end"]] == c["text"]


def test_table_exact(two: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = invoke("compare", str(two), "--format", "table", "--type", "troops")
    assert code == 0
    assert out == (
        "2 documents, published 13–14 Jan 2022; 2 claims\n"
        "1 finding: 1 contradiction\n"
        "┏━━━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
        "┃ Finding ┃ Verdict       ┃ Values (sources; ✓ consensus)                      ┃\n"
        "┡━━━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩\n"
        "│ troops  │ contradiction │ ≈2,000 — “Troops arrive”                           │\n"
        "│         │               │ ≲2,500 ✓ — “Force lands”                           │\n"
        "│         │               │ rising over time: about 2,000 (13 Jan) → nearly    │\n"
        "│         │               │ 2,500 (14 Jan)                                     │\n"
        "└─────────┴───────────────┴────────────────────────────────────────────────────┘\n"
    )


def test_no_color_even_when_forced_to_a_terminal(two: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[1;31m" in invoke("compare", str(two), "--format", "table")[1]  # bold red contradiction
    monkeypatch.setenv("NO_COLOR", "1")
    out = invoke("compare", str(two), "--format", "table")[1]
    assert "31m" not in out and "32m" not in out


def test_quotes_show_the_words(two: Path) -> None:
    out = invoke("compare", str(two), "--format", "table", "--type", "troops", "--quotes")[1]
    assert "“About 2,000 troops”" in out and "“Nearly 2,500 soldiers”" in out


@pytest.mark.parametrize(
    ("args", "check"),
    [
        pytest.param(["--type", "troops"], lambda f: f["type"] == "troops", id="type"),
        pytest.param(["--type", "troops,deaths"], lambda f: f["type"] in ("troops", "deaths"), id="type-comma"),
        pytest.param(
            ["--type", "troops", "--type", "date"], lambda f: f["type"] in ("troops", "date"), id="type-twice"
        ),
        pytest.param(["--verdict", "contradiction"], lambda f: f["verdict"] == "contradiction", id="verdict"),
        pytest.param(["--min-sources", "3"], lambda f: len(f["documents"]) >= 3, id="min-sources"),
    ],
)
def test_filters(args: list[str], check: object) -> None:
    code, out, _ = invoke("compare", SEEDS, "--format", "json", *args)
    findings = json.loads(out)["findings"]
    assert code == 0 and findings
    assert all(check(f) for f in findings)  # type: ignore[operator]


def test_unknown_type_is_a_usage_error_listing_known_types() -> None:
    code, _, err = invoke("compare", SEEDS, "--type", "tanks")
    assert code == 2
    assert "unknown type 'tanks'" in err and ", ".join(CLAIM_TYPES) in err


def test_fail_on_contradiction() -> None:
    assert invoke("compare", SEEDS, "--format", "json", "--fail-on-contradiction")[0] == 1
    assert invoke("compare", SEEDS, "--format", "json", "--type", "participants", "--fail-on-contradiction")[0] == 0


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    code, out, err = invoke("compare", missing)
    assert code == 2 and out == ""
    assert "nope.txt" in err


def test_bad_files_are_skipped_and_reported(two: Path) -> None:
    (two / "empty.txt").write_text("", encoding="utf-8")
    (two / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    code, out, err = invoke("compare", str(two), "--format", "json")
    assert code == 2
    data = json.loads(out)
    assert {Path(e["path"]).name for e in data["errors"]} == {"empty.txt", "blob.txt"}
    assert {d["id"] for d in data["documents"]} == {"a", "b"}
    assert data["findings"]
    assert err.count("factcheck: warning: ") == 2


def test_cp1251_text_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_bytes("Около 2000 военных. Мирные жители в безопасности.".encode("cp1251"))
    code, out, _ = invoke("extract", str(tmp_path), "--format", "json")
    # decoded, and so recognised as Russian: reported, not read as English (issue 14)
    assert code == 2
    assert json.loads(out)["errors"][0]["reason"].startswith("not English (looks like Russian)")


def test_stdin() -> None:
    code, out, _ = invoke("extract", "-", "--format", "jsonl", input="At least 39 people were killed on Saturday.\n")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["document"] == "stdin" and rows[0]["type"] == "deaths"


def test_extract_json_matches_its_schema() -> None:
    code, out, _ = invoke("extract", SEEDS, "--format", "json", "--type", "person")
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(data, schema(claims_only=True))
    assert {c["type"] for c in data["claims"]} == {"person"}


def test_extract_jsonl_is_the_json_claims_one_per_line(two: Path) -> None:
    (two / "bad.txt").write_bytes(b"\x00\x01\x02 not text")
    code, out, err = invoke("extract", str(two), "--format", "jsonl")
    json_code, json_out, json_err = invoke("extract", str(two), "--format", "json")
    assert [json.loads(line) for line in out.splitlines()] == json.loads(json_out)["claims"]
    assert (code, err) == (json_code, json_err) == (2, f"factcheck: warning: {two / 'bad.txt'}: {_reason(json_out)}\n")


def _reason(json_out: str) -> str:
    [error] = json.loads(json_out)["errors"]
    return str(error["reason"])


def test_extract_jsonl_writes_each_file_before_reading_the_next(monkeypatch: pytest.MonkeyPatch, two: Path) -> None:
    from factcheck import batch

    written: list[bytes] = []
    extract_file = batch.extract_file

    def spy(path: str, *args: object, **kwargs: object) -> object:
        sys.stdout.flush()
        written.append(sys.stdout.buffer.getvalue())  # type: ignore[union-attr] # CliRunner's BytesIO
        return extract_file(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract_file", spy)
    code, out, _ = invoke("extract", str(two), "--format", "jsonl", "--jobs", "1")
    assert code == 0 and len(written) == 2
    first = "".join(line + "\n" for line in out.splitlines() if json.loads(line)["document"] == "a")
    assert first and written == [b"", first.encode()]


def test_schema_command_prints_the_schema() -> None:
    code, out, _ = invoke("schema")
    assert code == 0 and json.loads(out) == json.loads(json.dumps(schema()))


def test_unexpected_error_is_one_line_unless_traceback(monkeypatch: pytest.MonkeyPatch, two: Path) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(pipeline, "parts", boom)  # the CLI imports the pipeline when it has work to do
    result = CliRunner().invoke(cli, ["compare", str(two)])
    assert result.exit_code == 3
    assert result.stderr == "factcheck: error: unexpected RuntimeError: kaput (rerun with --traceback)\n"
    result = CliRunner().invoke(cli, ["compare", str(two), "--traceback"])
    assert isinstance(result.exception, RuntimeError)


def test_closed_pipe_ends_quietly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "compare", SEEDS, SEEDS, SEEDS, "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


def test_help_has_examples() -> None:
    for command in ("compare", "extract", "schema"):
        assert "Example:" in invoke(command, "--help")[1]


def test_sources_table(two: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = invoke("compare", str(two), "--format", "table", "--type", "troops", "--sources")
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("│ “")]
    assert [" ".join(r.replace("│", " ").split()) for r in rows] == [
        "“Troops arrive” a 2022-01-13 0 1 0",
        "“Force lands” b 2022-01-14 1 0 0",
    ]


def test_seeds_death_toll_is_marked_rising() -> None:
    data = json.loads(invoke("compare", SEEDS, "--format", "json", "--type", "deaths")[1])
    (toll,) = [f for f in data["findings"] if f["verdict"] == "contradiction"]
    assert toll["trend"] == "rising"
    assert [s["date"] for s in toll["sequence"]] == ["2022-01-13", "2022-01-19"]
    assert toll["latest"]["qualifier"] == "more than"


def test_start_up_imports_no_heavy_module() -> None:
    """`factcheck --help` must start fast: the extractors, rich, dateparser and the pools load on use."""
    heavy = [
        "rich",
        "jinja2",
        "rapidfuzz",
        "dateparser",
        "charset_normalizer",
        "concurrent.futures",
        "multiprocessing",
        "factcheck.extract.claims.counts",
        "factcheck.extract.dates",
        "factcheck.pipeline",
        "factcheck.stories",
        "numpy",
        "scipy",
        "sklearn",
    ]
    code = f"import sys, factcheck.cli; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
