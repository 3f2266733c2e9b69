"""However extraction runs (one process, a pool, a warm or cold cache, a Dask cluster) the output is the same bytes."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cli as cli_module
from factcheck import executors
from factcheck.documents import Source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _corpus_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated articles of one story (benchmarks/corpus.py, fixed seed)."""
    folder = tmp_path_factory.mktemp("generated")
    _corpus_module().write(folder, 200, 20220113)
    return folder


def compare(*args: str) -> bytes:
    result = CliRunner().invoke(cli_module.cli, ["compare", *args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Several stories in one folder (the seeds and tests/stories/): grouped on the client, whatever the engine."""
    folder = tmp_path_factory.mktemp("mixed")
    for article in [*SEEDS.glob("*.txt"), *(ROOT / "tests" / "stories").glob("*/*.txt")]:
        shutil.copyfile(article, folder / f"{article.parent.name}__{article.name}")
    return folder


@pytest.fixture(params=["seeds", "generated", "mixed"])
def folder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(executors, "MIN_PARALLEL_FILES", 2)  # so that five seeds use the pool too
    if request.param == "seeds":
        return SEEDS
    if request.param == "mixed":
        path: Path = request.getfixturevalue("mixed")
        assert len(json.loads(compare(str(path), "--jobs", "1"))["stories"]) > 20
        return path
    generated: Path = request.getfixturevalue("generated")
    return generated


def test_jobs_and_cache_give_identical_bytes(folder: Path, tmp_path: Path) -> None:
    one = compare(str(folder), "--jobs", "1")
    assert json.loads(one)["findings"], "nothing compared: the check would be empty"
    assert compare(str(folder), "--jobs", "2") == one
    cache = tmp_path / "cache"
    assert compare(str(folder), "--jobs", "2", "--cache", str(cache)) == one  # cold
    assert any(cache.rglob("*.json")), "the cold run wrote no entries"
    assert compare(str(folder), "--jobs", "1", "--cache", str(cache)) == one  # warm


def test_dask_local_cluster_gives_identical_bytes(folder: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install 'factcheck[dask]'")
    assert compare(str(folder), "--scheduler", "local", "--jobs", "2") == compare(str(folder), "--jobs", "1")


def test_a_reader_that_stops_early_ends_a_dask_run_quietly(generated: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install 'factcheck[dask]'")
    command = [sys.executable, "-m", "factcheck", "extract", str(generated), "--format", "jsonl"]
    proc = subprocess.Popen([*command, "--scheduler", "local"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b'{"id": "c1"')
    proc.stdout.close()  # as `| head -1` does, with batches still running on the workers
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert err == b""


def test_warm_cache_extracts_only_new_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        (folder / p.name).write_bytes(p.read_bytes())
    cache = tmp_path / "cache"
    compare(str(folder), "--cache", str(cache), "--jobs", "1")
    added = sorted(SEEDS.glob("*.txt"))[3]
    (folder / added.name).write_bytes(added.read_bytes())
    extracted: list[str] = []
    import factcheck.extract as extract_module

    real = extract_module.claims_in  # what a run extracts each document with
    monkeypatch.setattr(extract_module, "claims_in", lambda d, t=None: extracted.append(d.id) or real(d, t))
    compare(str(folder), "--cache", str(cache), "--jobs", "1")
    assert extracted == [added.stem]


def _field(index: int, bad: object) -> Callable[[Path], None]:
    """A damage: field ``index`` of the first claim of the entry's first document with a count set to ``bad``."""

    def damage(path: Path) -> None:
        entry = json.loads(path.read_text())
        for claims in entry["documents"]:
            for claim in claims:
                if isinstance(claim[3], dict) and claim[3].get("$") == "Count":
                    claim[index] = bad
                    path.write_text(json.dumps(entry))
                    return
        raise AssertionError("no count claim to damage")

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_text("{not json"), id="corrupt"),
        pytest.param(
            lambda p: p.write_text(json.dumps({"format": 1, "key": "0" * 64, "documents": [[]]})), id="foreign"
        ),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(
            lambda p: p.write_text(p.read_text().replace('"$": "Count"', '"$": "os.system"', 1)), id="unknown-type"
        ),
        *[
            pytest.param(_field(field, bad), id=name)
            for name, field, bad in [
                ("offset-as-text", 5, "12"),
                ("offset-negative", 5, -1),
                ("offset-past-quote", 6, 10**6),
                ("unknown-claim-type", 2, "tanks"),
                ("type-not-text", 2, 7),
                ("scope-unknown", 10, "everywhere"),
                ("quote-not-text", 4, ["x"]),
                ("attribution-a-number", 11, 3),
                ("low-lots", 3, {"$": "Count", "nominal": 7, "low": "lots", "high": 7}),
                ("nominal-a-bool", 3, {"$": "Count", "nominal": True, "low": 1, "high": 1}),
                ("low-above-high", 3, {"$": "Count", "nominal": 7, "low": 9, "high": 7}),
                ("value-of-another-type", 3, {"$": "Person", "name": "Someone", "role": None}),
                ("value-a-list", 3, [1, 2]),
                ("date-not-a-date", 3, {"$": "EventDate", "date": {"$date": "soon"}}),
                ("extra-field", 3, {"$": "Count", "nominal": 7, "low": 7, "high": 7, "rm": "-rf"}),
                ("offsets-not-the-quote", 5, 0),
            ]
        ],
    ],
)
def test_a_bad_cache_entry_is_ignored_and_rewritten(tmp_path: Path, damage: object) -> None:
    cache = tmp_path / "cache"
    one = compare(str(SEEDS), "--jobs", "1")
    compare(str(SEEDS), "--cache", str(cache), "--jobs", "1")
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 5
    for entry in entries:
        damage(entry)  # type: ignore[operator]
    assert compare(str(SEEDS), "--cache", str(cache), "--jobs", "1") == one
    assert all(json.loads(e.read_text())["format"] == 1 for e in entries), "a bad entry was not rewritten"
    assert not list(cache.rglob(".tmp-*")), "a temporary file was left behind"


def test_batches_keep_order_and_put_stdin_alone() -> None:
    files = [Source(path=p, explicit=p == "-") for p in ("a", "b", "-", "c")]
    batches = executors._batches(files, jobs=1)
    assert [item for batch in batches for item in batch] == files
    assert ["-"] in [[s.path for s in batch] for batch in batches]


def test_a_worker_elsewhere_reads_relative_paths_from_the_client_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.batch import Options, extract_file

    monkeypatch.chdir(tmp_path)  # the worker's own folder, where seeds/ does not exist
    name = f"seeds/{sorted(SEEDS.glob('*.txt'))[0].name}"
    assert extract_file(name, True, Options()).errors
    got = extract_file(name, True, Options(root=str(ROOT)))
    assert not got.errors and got.claims[0]
    assert got.documents[0].path == name, "the document keeps the path as the user gave it"


def test_a_cache_folder_that_cannot_be_written_is_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    args = ["compare", str(SEEDS), "--cache", str(blocker / "c"), "--format", "json"]
    result = CliRunner().invoke(cli_module.cli, args)
    assert result.exit_code == 0
    assert result.stdout_bytes == compare(str(SEEDS))
    reason = "cannot keep a cache there (not a directory); going on without"
    assert result.stderr == f"factcheck: warning: {blocker / 'c'}: {reason}\n"


def test_a_read_only_cache_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A filled cache in a folder this process may not write (simulated: root writes anywhere) is still read."""
    cache = tmp_path / "cache"
    one = compare(str(SEEDS), "--jobs", "1", "--cache", str(cache))

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    monkeypatch.setattr(tempfile, "mkstemp", refused)
    import factcheck.extract as extract_module

    extracted: list[str] = []
    real = extract_module.claims_in  # what a run extracts each document with
    monkeypatch.setattr(extract_module, "claims_in", lambda d, t=None: extracted.append(d.id) or real(d, t))
    result = CliRunner().invoke(
        cli_module.cli, ["compare", str(SEEDS), "--jobs", "1", "--cache", str(cache), "--format", "json"]
    )
    assert result.exit_code == 0 and result.stdout_bytes == one
    assert extracted == [], "the cache was not read"
    assert result.stderr == f"factcheck: warning: {cache}: the cache is read-only: reading it, keeping nothing new\n"


def test_a_local_dask_cluster_takes_no_fixed_port(caplog: pytest.LogCaptureFixture) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="the dask extra is not installed: pip install 'factcheck[dask]'"
    )
    with executors._dask("local", 1):
        client = distributed.get_client()
        scheduler = client.cluster.scheduler
        ports = {s.getsockname()[1] for s in scheduler.http_server._sockets.values()}
    assert ports and 8787 not in ports  # the dashboard's port, which another program may hold
    assert "already in use" not in caplog.text
