"""Which files to read and their bytes: folders walked in sorted order (regular files only), large JSON
Lines files cut into parts the workers share, standard input read as bytes like any file, and every
single text read only up to ``MAX_TEXT_BYTES``."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputNotFound
from ..model import InputError

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")

#: A single text (a file, standard input, one JSON Lines article, one web archive page) is read up to
#: this many bytes; the rest is left with a warning. 5 MB is about 800,000 words: no news article.
MAX_TEXT_BYTES = 5_000_000

LIMIT_TEXT = f"{MAX_TEXT_BYTES // 1_000_000} MB"

#: A JSON Lines file larger than this is cut into parts of about this size (at line ends), which the
#: workers extract like separate files.
PART_BYTES = 2_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One unit of reading: a file (``-`` is standard input), whether the user named it, and for a part of
    a large JSON Lines file its byte range and the number of its first line."""

    path: str
    explicit: bool
    part: tuple[int, int, int] | None = None  # (start, end, first line number)


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """What ``files`` found: the sources to read, in order, and what it passed over (special files), to warn of."""

    sources: tuple[Source, ...]
    skipped: tuple[InputError, ...] = ()
    errors: tuple[InputError, ...] = ()


class Unreadable(Exception):
    """A file that could not be read; the message is the reason."""


class Skip(Exception):
    """A file met while walking a folder that holds no articles (e.g. a gold.json)."""


def files(paths: Sequence[str]) -> Listing:
    """Every source to read under ``paths``, in order.

    Raises ``InputNotFound`` for a path that does not exist (a symbolic link loop is named as such), before
    anything is read. Walking a folder reads regular files only: FIFOs, sockets and devices are passed over
    (``Listing.skipped``), so a run never waits on a pipe nobody writes to; a file named explicitly is
    read whatever it is (``<(cmd)`` is a pipe).
    """
    for p in paths:
        if p != "-" and not os.path.exists(p):
            if os.path.islink(p) and _loops(p):
                raise InputNotFound(p, "symbolic link loop")
            raise InputNotFound(p)
    sources: list[Source] = []
    skipped: list[InputError] = []
    errors: list[InputError] = []
    for p in paths:
        if p == "-":
            sources.append(Source(path="-", explicit=True))
            continue
        for path, explicit in _walk(Path(p), skipped, errors):
            sources.extend(_parts(str(path), explicit))
    return Listing(sources=tuple(sources), skipped=tuple(skipped), errors=tuple(errors))


def _loops(path: str) -> bool:
    try:
        os.stat(path)
    except OSError as e:
        return e.errno == errno.ELOOP
    return False


def _walk(path: Path, skipped: list[InputError], errors: list[InputError]) -> Iterator[tuple[Path, bool]]:
    if not path.is_dir():
        yield path, True
        return
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(EXTENSIONS):
                continue
            full = Path(root) / name
            try:
                mode = full.stat().st_mode
            except OSError as e:
                reason = "symbolic link loop" if e.errno == errno.ELOOP else (e.strerror or "unreadable").lower()
                errors.append(InputError(path=str(full), reason=reason))
                continue
            if stat.S_ISREG(mode):
                yield full, False
            else:
                skipped.append(InputError(path=str(full), reason=f"not a regular file ({_kind(mode)}); skipped"))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a directory" if stat.S_ISDIR(mode) else "a special file"


def _parts(path: str, explicit: bool) -> list[Source]:
    """A JSON Lines file larger than ``PART_BYTES`` as parts cut at line ends; any other file whole."""
    whole = [Source(path=path, explicit=explicit)]
    if not path.lower().endswith(".jsonl"):
        return whole
    try:
        size = os.path.getsize(path)
        if size <= PART_BYTES * 3 // 2:
            return whole
        with open(path, "rb") as f:
            return _cut(f, path, explicit, size)
    except OSError:
        return whole  # read (and reported) whole, where the work runs


def _cut(f: BinaryIO, path: str, explicit: bool, size: int) -> list[Source]:
    out, start, line = [], 0, 1
    while start < size:
        f.seek(start)
        chunk = f.read(PART_BYTES)
        end = start + len(chunk)
        if end < size:
            rest = f.readline()  # to the end of the line the part's last byte is in
            end += len(rest)
            chunk += rest
        out.append(Source(path=path, explicit=explicit, part=(start, end, line)))
        line += chunk.count(b"\n")
        start = end
    return out


def raw_bytes(path: str, *, stdin: TextIO | BinaryIO | None = None, part: tuple[int, int, int] | None = None) -> bytes:
    """The bytes of ``path`` (standard input's for ``-``), at most ``MAX_TEXT_BYTES`` + 1 of them unless it
    is a JSON Lines or web archive file (whose texts are limited one by one); raises ``Unreadable``."""
    limit = -1 if path.lower().endswith((".jsonl", ".warc", ".warc.gz")) else MAX_TEXT_BYTES + 1
    if path == "-":
        if stdin is None:
            return b""
        buffer = getattr(stdin, "buffer", stdin)  # bytes, decoded below exactly as a file's are
        data = buffer.read(MAX_TEXT_BYTES + 1)
        return data.encode("utf-8", "surrogateescape") if isinstance(data, str) else bytes(data)
    try:
        with open(path, "rb") as f:
            if part is not None:
                f.seek(part[0])
                return f.read(part[1] - part[0])
            if limit >= 0 and _smaller_file(f.fileno(), limit):
                return f.read()  # all of it: ``read(limit)`` first sets aside ``limit`` bytes (see ``_smaller_file``)
            return f.read(limit)
    except PermissionError:
        raise Unreadable("permission denied") from None
    except IsADirectoryError:
        raise Unreadable("is a directory") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise Unreadable("symbolic link loop") from None
        raise Unreadable(e.strerror.lower() if e.strerror else "unreadable") from None


def _smaller_file(fd: int, limit: int) -> bool:
    """Whether ``fd`` is open on a regular file of fewer than ``limit`` bytes (not a pipe or a device).

    Such a file is read whole: ``read(limit)`` takes a buffer of the limit (5 MB) from the system for each
    file and gives it back, which cost about 20 microseconds a file of the generated corpus, and about as
    much again in the slower run of the code that read the text right after (a fifth of the reading stage).
    A file that grows past the limit meanwhile is read past it, and cut at the limit as a larger one is."""
    status = os.fstat(fd)
    return stat.S_ISREG(status.st_mode) and status.st_size < limit


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def decode(raw: bytes) -> str:
    """Bytes to text: by their byte-order mark (UTF-8, UTF-16, UTF-32), else UTF-8, else the encoding
    charset-normalizer finds; line ends made ``\\n``.

    >>> decode("Около 2000 военных в городе.".encode("cp1251"))
    'Около 2000 военных в городе.'
    >>> decode("Ten died.\\r\\n".encode("utf-16"))
    'Ten died.\\n'
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError:
                raise Unreadable(f"undecodable text (it starts as {codec.upper()} but is not)") from None
            return _newlines(text)
    if b"\x00" in raw[:8192]:
        raise Unreadable("binary file")
    try:
        return _newlines(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise Unreadable("undecodable text (not UTF-8, and no other encoding fits)")
    return _newlines(str(best))


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def cut(text: str, limit: int = MAX_TEXT_BYTES) -> tuple[str, bool]:
    """``text`` cut to at most ``limit`` characters at a line end when there is one near, and whether it was.

    >>> cut("one two\\nthree four", 12)
    ('one two\\n', True)
    """
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    at = head.rfind("\n", limit // 2)
    return (head[: at + 1] if at >= 0 else head), True
