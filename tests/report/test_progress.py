"""The progress bar: on a terminal and past a few dozen files only."""

from __future__ import annotations

import io

import pytest

from factcheck.report.progress import SHOW_ABOVE, ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "files", "drawn"),
    [
        pytest.param(Terminal(), SHOW_ABOVE + 1, True, id="terminal-many"),
        pytest.param(Terminal(), SHOW_ABOVE, False, id="terminal-few"),
        pytest.param(io.StringIO(), 500, False, id="pipe-many"),
    ],
)
def test_bar_only_on_a_terminal_with_many_files(stream: io.StringIO, files: int, drawn: bool) -> None:
    with ProgressBar(stream) as bar:
        bar.started(files)
        for _ in range(files):
            bar.advanced()
    assert bool(stream.getvalue()) is drawn
    if drawn:
        assert f"{files}/{files}" in stream.getvalue()


def test_output_written_while_the_bar_runs_stays_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    terminal = Terminal()
    with ProgressBar(terminal) as bar:
        bar.started(SHOW_ABOVE + 1)
        print('{"id": "c1"}')  # what extract --format jsonl does between files
        bar.advanced()
    assert capsys.readouterr().out == '{"id": "c1"}\n'
    assert '"c1"' not in terminal.getvalue()


@pytest.mark.parametrize(
    ("files", "drawn"),
    [pytest.param(SHOW_ABOVE + 1, True, id="after-a-bar"), pytest.param(3, False, id="no-bar-no-phase")],
)
def test_the_phases_after_reading_are_named(files: int, drawn: bool) -> None:
    terminal = Terminal()
    with ProgressBar(terminal) as bar:
        bar.started(files)
        for _ in range(files):
            bar.advanced()
        bar.phase("reconciling")
        bar.phase("writing")
    assert ("reconciling" in terminal.getvalue(), "writing" in terminal.getvalue()) == (drawn, drawn)
