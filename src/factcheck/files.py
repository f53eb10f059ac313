"""Reading user files safely and writing ours atomically.

Every problem a user can cause with a file becomes an :class:`InputError` whose message starts
with the file's path. Writes go to a temporary file in the same folder and are renamed into place,
so a reader sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from factcheck.errors import CorpusError, InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_BYTES = 16 * 1024 * 1024  # an article, even a long report's text, is far smaller
LOCK_NAME = ".factcheck.lock"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError naming what is wrong with it. Only a regular file is
    read: a device (``/dev/zero``) never ends and a FIFO may never be written to."""
    try:
        found = os.stat(path)
        mode = found.st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{path}: not a regular file (a device, FIFO or socket); save it to a file first")
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # at most: the file may grow while it is read
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: cannot read it (permission denied)") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
    if len(data) > MAX_BYTES:
        size = max(found.st_size, len(data))
        raise InputError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is "
                         f"{MAX_BYTES // (1024 * 1024)} MB)")
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text saved as UTF-16 without a byte-order mark: mostly
    ASCII, so every other byte is NUL."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, path: Path) -> str:
    """Text from bytes: UTF-8; UTF-8/16/32 with a byte-order mark; UTF-16 without one; else
    Windows-1252 (which covers Latin-1's letters). NUL bytes in anything else mean binary."""
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None) or _utf16_without_bom(data)
    if encoding is None:
        if b"\x00" in data:
            raise InputError(f"{path}: a binary file, not text")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        name = "UTF-8 or Windows-1252" if encoding == "cp1252" else encoding.upper()
        raise InputError(f"{path}: not {name} text (undecodable byte at offset {err.start})") from None


def read_text(path: Path) -> str:
    """A text file's content; an empty or blank file is an error."""
    text = decode(read_bytes(path), path)
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place, with the mode the
    user's umask gives a new file (0644 under the usual 022), so a shared folder can read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # the mode a plain open() gives, not mkstemp's 0600
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    """The process's umask (read by setting it and setting it back: the only portable way)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_writable(path: Path) -> None:
    """Refuse, before any work, a file that could not be written: an InputError naming why."""
    if not path.parent.is_dir():
        raise InputError(f"{path}: its folder does not exist")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    if _is_special(path):
        if not os.access(path, os.W_OK):
            raise InputError(f"{path}: cannot write to it (permission denied)")
        return
    real = Path(os.path.realpath(path))
    if not os.access(real.parent, os.W_OK | os.X_OK):
        raise InputError(f"{path}: cannot write in {real.parent} (permission denied)")


def _is_special(path: Path) -> bool:
    """Whether ``path`` is (or links to) something other than a regular file: a terminal, a pipe,
    /dev/stdout or /dev/null."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # not there yet: a regular file will be made


def write_output(path: Path, data: bytes) -> None:
    """Write a report where the user asked: a device or pipe (``/dev/stdout``) is written to as
    it is; a symbolic link keeps pointing where it did, its target replaced atomically; any other
    path is written atomically."""
    if _is_special(path):
        with open(path, "wb") as handle:
            handle.write(data)
        return
    atomic_write(Path(os.path.realpath(path)) if path.is_symlink() else path, data)


@contextlib.contextmanager
def locked(folder: Path, timeout: float = 600.0) -> Iterator[None]:
    """Hold the folder's lock; say so on stderr while waiting for another run to finish."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise CorpusError(f"{folder}: cannot create the folder ({err.strerror or err})") from None
    lock = FileLock(str(folder / LOCK_NAME))
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            print(f"Waiting for another factcheck run to finish with {folder} ...", file=sys.stderr)
            lock.acquire(timeout=timeout)
    except Timeout:
        raise CorpusError(f"{folder}: still locked by another factcheck run after {timeout:.0f} s") from None
    except OSError as err:  # a read-only folder, another user's lock file, a folder in its place
        raise CorpusError(f"{folder / LOCK_NAME}: cannot take the lock to write in {folder} "
                          f"({err.strerror or err})") from None
    try:
        yield
    finally:
        lock.release()
