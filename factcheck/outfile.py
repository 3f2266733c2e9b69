"""Writing a report file so that a reader never sees half of it: ``replacing`` gives a temporary path
beside the file and renames it over the file once the report is complete."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress


@contextmanager
def replacing(output: str) -> Iterator[str]:
    """A path to write ``output``'s new content to: a temporary file beside it, renamed over it when
    the block ends normally. On any error or signal the temporary file is removed and ``output`` is
    left as it was. A special file (``/dev/stdout``, a FIFO) is written in place; a symbolic link's
    target is replaced, not the link.
    """
    target = os.path.realpath(output)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):  # /dev/stdout, a FIFO: written in place
        yield output
        return
    folder, name = os.path.split(target)
    tmp = ""
    try:  # the name is known before the file exists: a signal at any moment still finds it to remove
        while True:
            tmp = os.path.join(folder, f".{name}.{os.urandom(4).hex()}.tmp")
            try:
                os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                break
            except FileExistsError:
                continue
        yield tmp
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(tmp, (mode & 0o7777) if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
