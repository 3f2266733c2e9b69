"""How a run stops: Ctrl-C, SIGTERM, a killed parent, a closed pipe, a failed write. Real processes, real
signals (Linux): the exit status, a quiet stderr, no worker left behind, an --output file never half written."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cli as cli_module

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc and sends POSIX signals")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated articles (benchmarks/corpus.py, fixed seed): enough for a pool and to fill a pipe."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("generated")
    module.write(folder, 200, 20220113)
    return folder


def factcheck(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdout=kwargs.pop("stdout", subprocess.DEVNULL),  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[arg-type]
    )


def wait_for(check: Callable[[], object], what: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.002)


def handles_sigterm(pid: int) -> bool:
    """Whether the process has installed its SIGTERM handler: factcheck's main() has started."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
    return bool(caught & (1 << (signal.SIGTERM - 1)))


def children(pid: int) -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry))
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


COMPARE = [["compare", "--format", f] for f in ("table", "json", "html", "markdown", "csv")]
EXTRACT = [["extract", "--format", f] for f in ("table", "json", "jsonl")]
EVERY_FORMAT = [pytest.param(args, id="-".join(args[::2])) for args in COMPARE + EXTRACT]


@pytest.mark.parametrize("when", ["starting", "extracting"])
@pytest.mark.parametrize("args", EVERY_FORMAT)
def test_ctrl_c_exits_130_quietly(generated: Path, args: list[str], when: str) -> None:
    """As a terminal does it: SIGINT to the whole process group, workers included."""
    proc = factcheck(args[0], str(generated), *args[1:], "--jobs", "2", start_new_session=True)
    wait_for(lambda: handles_sigterm(proc.pid), "the command to start")
    if when == "extracting":
        wait_for(lambda: len(children(proc.pid)) >= 2, "the worker processes")
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode()) == (130, "")


@pytest.mark.parametrize("args", EVERY_FORMAT)
def test_a_closed_pipe_exits_0_quietly(generated: Path, args: list[str]) -> None:
    everything = ["--all"] if args[0] == "compare" else []
    proc = factcheck(args[0], str(generated), *args[1:], *everything, "--jobs", "1", stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()  # `| head -c 100`, with far more than a pipe's buffer still to come
    err = proc.stderr.read()
    assert (proc.wait(timeout=120), err.decode()) == (0, "")


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_no_worker_outlives_its_parent(generated: Path, how: signal.Signals) -> None:
    proc = factcheck("compare", str(generated), "--jobs", "2", "--format", "json")
    wait_for(lambda: len(children(proc.pid)) >= 2, "the worker processes")
    workers = children(proc.pid)
    proc.send_signal(how)
    proc.communicate(timeout=60)
    assert proc.returncode == (128 + signal.SIGTERM if how == signal.SIGTERM else -signal.SIGKILL)
    wait_for(lambda: not any(alive(w) for w in workers), "the workers to end", timeout=10)


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_an_interrupted_output_file_keeps_the_old_report(generated: Path, tmp_path: Path, how: signal.Signals) -> None:
    target = tmp_path / "report.html"
    target.write_text("the earlier report\n", encoding="utf-8")
    proc = factcheck("compare", str(generated), "--jobs", "1", "--all", "-o", str(target))
    wait_for(lambda: any(tmp_path.glob(".report.html.*.tmp")), "the report to be written")
    proc.send_signal(how)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode()) == (128 + how, "")
    assert target.read_text(encoding="utf-8") == "the earlier report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"], "a temporary file was left"


def test_a_failed_write_keeps_the_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "findings.json"
    target.write_text("[]\n", encoding="utf-8")
    real = cli_module.render

    def half_then_full_disk(result: object, fmt: str, out: object, *args: object, **kwargs: object) -> None:
        out.write("{")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli_module, "render", half_then_full_disk)
    result = CliRunner().invoke(cli_module.cli, ["compare", str(ROOT / "seeds"), "-o", str(target)])
    assert result.exit_code == 2
    assert f"cannot write {target}: No space left on device" in result.stderr
    assert target.read_text(encoding="utf-8") == "[]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.json"]
    monkeypatch.setattr(cli_module, "render", real)


def test_a_written_report_replaces_the_old_keeping_its_mode_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "findings.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    findings = len(json.loads(CliRunner().invoke(cli_module.cli, ["compare", str(ROOT / "seeds")]).stdout)["findings"])
    result = CliRunner().invoke(cli_module.cli, ["compare", str(ROOT / "seeds"), "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"factcheck: wrote {target} (markdown: 5 documents, {findings} findings)\n"
    assert target.read_text(encoding="utf-8").startswith("5 documents from 2 outlets")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["findings.md"]


def test_output_to_a_special_file_is_written_in_place(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_module.cli, ["compare", str(ROOT / "seeds"), "--format", "csv", "-o", os.devnull])
    assert result.exit_code == 0, result.output
    assert not list(Path("/dev").glob(".null.*.tmp"))
