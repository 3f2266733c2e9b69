"""A progress bar on standard error while many files are read, then the phase that follows (reconciling,
writing) by name with the time it has taken: only on a terminal, never in a pipe or a log."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, TextIO

#: More files than this (a few dozen) and a terminal on stderr: the bar is shown.
SHOW_ABOVE = 36


class ProgressBar:
    """``started(total)`` then ``advanced()`` per file, then ``phase(name)`` for each later phase and
    ``stop()`` before the terminal is written to; draws nothing unless ``stream`` is a terminal and
    there are more than ``SHOW_ABOVE`` files. Use as a context manager so the bar is removed."""

    def __init__(self, stream: TextIO, *, enabled: bool = True) -> None:
        self._stream = stream
        self._enabled = enabled and _isatty(stream)
        self._shown = False
        self._bar: Any = None
        self._task: Any = None
        self._drawn = 0.0

    def started(self, total: int) -> None:
        if not self._enabled or total <= SHOW_ABOVE:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(file=self._stream, stderr=True)
        # no refresh thread (worker processes are forked while it runs): drawn as files complete
        self._bar = Progress(
            TextColumn("reading"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
            # rich would send what is printed to stdout meanwhile through the bar's console (stderr):
            # extract --format jsonl writes its lines while the bar runs, and they belong on stdout
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("files", total=total)
        self._bar.start()
        self._shown = True

    def phase(self, name: str) -> None:
        """Name the phase that follows reading ("reconciling", "writing"), with a spinner and the time
        it has taken so far, instead of a bar sitting at 100%. Nothing unless the bar was shown."""
        if not self._shown:
            return
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.stop()
        # files are read: no worker is forked from now on, so the display may redraw on its own thread
        self._bar = Progress(
            SpinnerColumn(),
            TextColumn(name),
            TimeElapsedColumn(),
            console=Console(file=self._stream, stderr=True),
            transient=True,
            refresh_per_second=4,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task(name, total=None)
        self._bar.start()

    def stop(self) -> None:
        """Remove what is drawn (a later ``phase`` may draw again)."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def advanced(self) -> None:
        if self._bar is not None and self._task is not None and self._bar.tasks[0].total is not None:
            self._bar.advance(self._task)
            now = time.monotonic()  # a display throttle, not a date: redraw at most ten times a second
            if now - self._drawn >= 0.1:
                self._drawn = now
                self._bar.refresh()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
