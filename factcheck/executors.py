"""Where extraction runs: in this process, in a pool of processes, or on a Dask cluster.

Every engine maps ``batch.extract_files`` over batches of files and yields the results in input
order, so the output never depends on the engine or on how many workers there are. Only a bounded
number of batches is in flight at a time: files are read as they are extracted, not all up front.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .batch import FileClaims, Options, extract_file, extract_files
from .documents import Source
from .errors import FactcheckError

if TYPE_CHECKING:
    from concurrent.futures import Executor

# The process pool's and Dask's modules (multiprocessing, concurrent.futures, ctypes, logging) are imported
# where they are used: a run in this process, the most common, does without them (about 14 ms at start-up).

#: Below this many files a pool costs more than it saves: they are extracted in this process.
MIN_PARALLEL_FILES = 24
_BATCH = 32  # files per task, at most
_IN_FLIGHT = 4  # batches queued per worker

Batch = list[Source]


class SchedulerError(FactcheckError):
    """A Dask scheduler that cannot be used: the extra is missing or the address does not answer."""


def cores() -> int:
    """The cores this process may run on: the default for ``--jobs``."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_all(
    files: Sequence[Source],
    options: Options,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    stdin_bytes: bytes | None = None,
) -> Generator[FileClaims, None, None]:
    """The claims of every file, in order, extracted by ``jobs`` processes or on ``scheduler``.

    ``-`` (standard input, whose bytes are ``stdin_bytes``) is always extracted in this process.
    """
    batches = _batches(files, jobs)
    if scheduler is not None:
        options = replace(options, root=os.getcwd())  # workers read the paths as this process names them
        with _dask(scheduler, jobs) as submit:
            yield from _ordered(batches, submit, jobs, options, stdin_bytes)
    elif jobs > 1 and len(files) >= MIN_PARALLEL_FILES:
        with _pool(jobs) as pool:
            yield from _ordered(batches, pool.submit, jobs, options, stdin_bytes)
    else:
        for batch in batches:
            yield from _local(batch, options, stdin_bytes)


def _batches(files: Sequence[Source], jobs: int) -> list[Batch]:
    """Files in batches small enough to keep every worker busy; standard input alone in its batch."""
    size = max(1, min(_BATCH, len(files) // (jobs * _IN_FLIGHT * 2)))
    out: list[Batch] = []
    for item in files:
        if item.path == "-" or not out or len(out[-1]) >= size or out[-1][0].path == "-":
            out.append([item])
        else:
            out[-1].append(item)
    return out


def _local(batch: Batch, options: Options, stdin_bytes: bytes | None) -> list[FileClaims]:
    if batch[0].path == "-":
        return [extract_file("-", True, options, raw=stdin_bytes or b"")]
    return extract_files(batch, options)


def _ordered(
    batches: list[Batch],
    submit: Callable[..., Any],
    jobs: int,
    options: Options,
    stdin_bytes: bytes | None,
) -> Iterator[FileClaims]:
    pending: deque[Any] = deque()
    todo = iter(batches)

    def send() -> None:
        batch = next(todo, None)
        if batch is None:
            return
        if batch[0].path == "-":
            from concurrent.futures import Future

            done: Future[list[FileClaims]] = Future()
            done.set_result(_local(batch, options, stdin_bytes))
            pending.append(done)
        else:
            pending.append(submit(extract_files, batch, options))

    for _ in range(jobs * _IN_FLIGHT):
        send()
    while pending:
        results = pending.popleft().result()
        send()
        yield from results


@contextmanager
def _pool(jobs: int) -> Iterator[Executor]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where the platform has it: workers start at once with every module already imported.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform == "linux" else None)
    pool: ProcessPoolExecutor | None = None
    try:
        with _stops_wait():  # a stop signal during the forks is taken after them, in the try
            pool = ProcessPoolExecutor(
                max_workers=jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
            )
            pool.submit(int).result()  # every worker starts now
        yield pool
        pool.shutdown(wait=True, cancel_futures=True)
    except BaseException:  # stopped (an error, Ctrl-C, SIGTERM, a reader gone): no batch is worth finishing
        if pool is not None:
            with _stops_wait():  # and a second Ctrl-C waits until this is done
                pool.shutdown(wait=False, cancel_futures=True)
                _stop_workers()
                pool.shutdown(wait=True)  # the pool's thread sees its workers gone and ends: nothing left at exit
        raise


def _stop_workers() -> None:
    """End this process's worker processes now, and reap them."""
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        with suppress(OSError):
            child.terminate()
    for child in children:
        child.join(timeout=5)


_STOPS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@contextmanager
def _stops_wait() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends (they would otherwise reach this process's
    handler inside the fork hooks of other modules, which swallow exceptions), then are taken."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _child_signals() -> None:
    """A worker's own signal handling: Ctrl-C is its parent's business, SIGTERM and SIGHUP end it; then
    the signals its parent held back while forking it are let through."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):  # forked with the parent's handlers: a worker just ends
        signal.signal(signum, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)


#: prctl(2)'s option that sends the calling process a signal when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1


def _worker_start(parent: int) -> None:
    """A pool worker's first act: it ends with its parent, whatever ends the parent (even SIGKILL), and
    leaves Ctrl-C to the parent (a terminal sends SIGINT to the whole group; the parent stops the workers)."""
    _child_signals()
    if sys.platform == "linux":
        import ctypes

        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the line above took effect
            os._exit(1)


@contextmanager
def _dask(scheduler: str, jobs: int) -> Iterator[Callable[..., Any]]:
    import logging

    try:  # untyped, optional: looked up at run time
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise SchedulerError("--scheduler needs the dask extra: pip install 'factcheck[dask]'") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = distributed.LocalCluster(  # our own cluster: its workers report errors, not chatter
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                silence_logs=logging.ERROR,
                # no dashboard; the scheduler's HTTP server (health, metrics) still starts: on any free port,
                # not on 8787, which another program may hold
                dashboard_address=None,
                scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            )
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout="10s")
    except OSError as e:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        yield lambda fn, *args: client.submit(fn, *args, pure=False)
    except GeneratorExit:  # the reader stopped early (`| head`): the tasks cancelled now are no news to log
        with suppress(Exception):
            client.run(_quiet_dask)
        _quiet_dask()
        raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _quiet_dask() -> None:
    """Nothing from Dask's loggers in this process from now on but a crash (run on each worker too): once the
    reader has stopped, the cluster going down under tasks still running may log "Stream is closed" as an
    error (seen on a loaded machine), which is no news either."""
    import logging

    logging.getLogger("distributed").setLevel(logging.CRITICAL)
