"""Reading what users have: JSON Lines with a broken line, standard input in any encoding, special files,
factcheck's own reports, non-English text, and texts over the size limit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.documents import inputs
from factcheck.documents.inputs import decode

ARTICLE = "Ferry sinks\n\nPolice said 12 people were arrested and 30 were injured on Monday.\n"


def invoke(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_a_broken_jsonl_line_is_one_error_naming_it(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Ten people died, police said."}),
        "{broken",
        json.dumps({"text": "Police arrested 12 people."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = invoke("extract", str(tmp_path / "feed.jsonl"), "--format", "json")
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["feed-1", "feed-3"]
    assert [e["reason"] for e in data["errors"]] == [
        "line 2: not valid JSON: Expecting property name enclosed in double quotes (column 2)"
    ]
    assert (code, err.count("line 2:"), "at at" in err) == (2, 1, False)


def test_a_large_jsonl_file_is_read_in_parts_that_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "PART_BYTES", 200)
    rows = [json.dumps({"text": f"Police said {n} people were arrested on Monday."}) for n in range(10, 40)]
    rows[7] = "not json"
    (tmp_path / "big.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    listing = inputs.files([str(tmp_path / "big.jsonl")])
    assert len(listing.sources) > 5 and all(s.part for s in listing.sources)
    code, out, _ = invoke("extract", str(tmp_path / "big.jsonl"), "--format", "jsonl")
    claims = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert [c["document"] for c in claims] == [f"big-{i}" for i in range(1, 31) if i != 8]


@pytest.mark.parametrize(
    "encoding",
    [
        pytest.param("cp1252", id="cp1252"),
        pytest.param("utf-16", id="utf-16-bom"),
        pytest.param("utf-32", id="utf-32-bom"),
    ],
)
def test_stdin_is_decoded_like_a_file(tmp_path: Path, encoding: str) -> None:
    text = "Café fire\n\nPolice said 12 people were arrested after the café fire on Monday.\n"
    raw = text.encode(encoding)
    (tmp_path / "a.txt").write_bytes(raw)
    from_stdin = invoke("extract", "-", "--format", "json", input=raw)
    from_file = invoke("extract", str(tmp_path / "a.txt"), "--format", "json")
    assert from_stdin[0] == from_file[0] == 0
    assert json.loads(from_stdin[1])["claims"][0]["value"] == json.loads(from_file[1])["claims"][0]["value"]
    assert decode(raw) == text


def test_stdin_in_cp1251_is_not_english() -> None:
    code, out, err = invoke(
        "extract", "-", "--format", "json", input="Около 2000 военных прибыли 19 января.".encode("cp1251")
    )
    assert (code, json.loads(out)["claims"]) == (2, [])
    assert err == "factcheck: warning: -: not English (looks like Russian); not extracted: only English is supported\n"


def test_a_non_english_article_is_reported_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Au moins douze personnes ont été tuées mardi dans l'explosion d'une bombe sur un marché de la ville, "
        "a indiqué la police. Les secours ont fouillé les décombres pendant des heures, et les blessés ont été "
        "conduits à l'hôpital.",
        encoding="utf-8",
    )
    code, out, _ = invoke("extract", str(tmp_path), "--format", "json")
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["a"]
    assert data["errors"] == [
        {
            "path": str(tmp_path / "b.txt"),
            "reason": "not English (looks like French); not extracted: only English is supported",
        }
    ]
    assert code == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    code, out, err = invoke("extract", str(tmp_path), "--format", "json")
    assert code == 0
    assert err == f"factcheck: warning: {tmp_path / 'pipe.txt'}: not a regular file (a FIFO); skipped\n"
    assert [d["id"] for d in json.loads(out)["documents"]] == ["a"]


def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    code, _, err = invoke("extract", str(loop))
    assert code == 2 and "symbolic link loop" in err


@pytest.mark.parametrize("report", ["report.html", "report.md", "report.json"])
def test_a_report_of_its_own_in_the_input_folder_is_skipped(tmp_path: Path, report: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12", "15"), encoding="utf-8")
    first = invoke("compare", str(tmp_path), "--format", "json")
    assert invoke("compare", str(tmp_path), "-o", str(tmp_path / report))[0] == 0
    code, out, err = invoke("compare", str(tmp_path), "--format", "json")
    assert (code, out) == (0, first[1])
    assert err.startswith(f"factcheck: warning: {tmp_path / report}: a report factcheck wrote")


def test_a_text_over_the_limit_is_read_up_to_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_TEXT_BYTES", 2000)
    from factcheck.documents import formats

    monkeypatch.setattr(formats, "MAX_TEXT_BYTES", 2000)
    (tmp_path / "big.txt").write_text(ARTICLE + "Officials said 40 homes were damaged.\n" * 200, encoding="utf-8")
    code, out, err = invoke("extract", str(tmp_path / "big.txt"), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["errors"] == []
    assert 1000 < data["documents"][0]["characters"] <= 2000
    assert "only the first" in err


def test_raw_bytes_reads_what_a_read_up_to_the_limit_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file under the limit is read whole (no buffer of the limit set aside): the same bytes, at any size.
    import random

    monkeypatch.setattr(inputs, "MAX_TEXT_BYTES", 300)
    rng = random.Random(5)
    for size in [0, 1, 299, 300, 301, 302, 900, *(rng.randrange(1000) for _ in range(40))]:
        path = tmp_path / f"{size}.txt"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(size)))
        with open(path, "rb") as f:
            plain = f.read(300 + 1)
        assert inputs.raw_bytes(str(path)) == plain, size
        if size > 50:
            assert inputs.raw_bytes(str(path), part=(10, 50, 0)) == plain[10:50]


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd to name a pipe by")
def test_a_pipe_is_read_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not a regular file: no size to trust, read to the limit as before.
    monkeypatch.setattr(inputs, "MAX_TEXT_BYTES", 300)
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, b"x" * 1000)
        os.close(write_end)
        assert inputs.raw_bytes(f"/dev/fd/{read_end}") == b"x" * 301
    finally:
        os.close(read_end)
