"""Writing output files safely: atomic, with honest modes, checked names, and no clobbered inputs.

Every file is written to a temporary file in the same folder (``.NAME.XXXXXXXX.tmp``) and
renamed into place, so a reader never sees half an article and a killed run leaves no partial
file under the real name. A new file gets the mode the umask allows (``0666 & ~umask``, as
``open()`` would); a replaced file keeps its mode. A symbolic link is written *through*: the
file it points to gets the new text and the link stays a link. Writing over one of the run's
input files is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from careerprose.errors import CareerproseError

__all__ = [
    "MAX_NAME_BYTES",
    "OutputError",
    "is_temporary",
    "name_problem",
    "open_atomically",
    "remove_temporaries",
    "write_bytes",
    "write_file",
]

#: Longest file name most file systems accept, in bytes.
MAX_NAME_BYTES = 255
_TOKEN_LENGTH = 8
# Temporary files are ".<name>.<8 characters>.tmp"; this module (and earlier careerprose
# versions, through tempfile.mkstemp) wrote them, so files of this pattern are ours to remove.
_TEMPORARY = re.compile(rf"^\..+\.[A-Za-z0-9_]{{{_TOKEN_LENGTH}}}\.tmp$")
_EXTRA_BYTES = len(f"..{'x' * _TOKEN_LENGTH}.tmp")


class OutputError(CareerproseError, OSError):
    """An output file that cannot or must not be written; names the file."""

    def __str__(self) -> str:
        return f"cannot write {self.filename!r}: {self.strerror}"


def name_problem(name: str) -> str | None:
    """Why the file name ``name`` cannot be written here (too long, with its temporary file)."""
    size = len(os.fsencode(name))
    if size + _EXTRA_BYTES > MAX_NAME_BYTES:
        longest = MAX_NAME_BYTES - _EXTRA_BYTES
        return f"the file name is {size} bytes; at most {longest} fit (with its temporary file)"
    return None


def is_temporary(name: str) -> bool:
    """Whether ``name`` is one of careerprose's temporary files (``.NAME.XXXXXXXX.tmp``)."""
    return _TEMPORARY.match(name) is not None


def remove_temporaries(folder: Path, endings: Iterable[str]) -> list[str]:
    """Remove temporary files left in ``folder`` by an interrupted run; returns their names.

    Only files of our pattern whose real name ends with one of ``endings`` are touched. Call it
    while holding the folder's lock, so no running batch is writing them.
    """
    suffixes = tuple(endings)
    removed = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            real = name[1 : -len(f".{'x' * _TOKEN_LENGTH}.tmp")]
            if is_temporary(name) and real.endswith(suffixes) and entry.is_file():
                Path(entry.path).unlink(missing_ok=True)
                removed.append(name)
    return sorted(removed)


_umask: int | None = None


def _current_umask() -> int:
    """The process umask, read once (reading it means setting it, so not on every write)."""
    global _umask
    if _umask is None:
        _umask = os.umask(0o022)
        os.umask(_umask)
    return _umask


def _same_file(
    target: os.stat_result | None, others: Iterable[str | os.PathLike[str]]
) -> str | None:
    if target is None:
        return None
    for other in others:
        try:
            found = os.stat(other)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            return os.fspath(other)
    return None


def write_file(
    path: str | os.PathLike[str],
    text: str,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; see the module docs for the rules.

    Raises :class:`OutputError` naming ``path`` when it is a folder, one of ``inputs``, or
    cannot be written (no space, no permission), and never leaves its temporary file behind.
    """
    write_bytes(path, text.encode("utf-8"), inputs=inputs)


def write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write ``data`` to ``path`` atomically, with the rules and errors of :func:`write_file`.

    For many files (a batch): a new file costs five system calls (``lstat``, ``open`` with
    its final mode, ``write``, ``close``, ``rename``), a replaced one a ``chmod`` more only
    when its mode is not the one a new file gets.
    """
    with _replacing(path, inputs) as handle:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]


def _target(given: str, inputs: Iterable[str | os.PathLike[str]]) -> tuple[str, int]:
    """The file to replace (a symbolic link's target) and the mode to give it; or OutputError."""
    try:
        found: os.stat_result | None = os.lstat(given)
    except OSError:
        found = None
    target = given
    if found is not None and stat.S_ISLNK(found.st_mode):
        target = os.path.realpath(given)
        try:
            found = os.stat(target)
        except OSError:
            found = None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputError(errno.EISDIR, "is a folder; give a file name", given)
    clobbered = _same_file(found, inputs)
    if clobbered is not None:
        msg = f"is an input of this run ({clobbered}); refusing to overwrite it"
        raise OutputError(errno.EEXIST, msg, given)
    problem = name_problem(os.path.basename(target))
    if problem:
        raise OutputError(errno.ENAMETOOLONG, problem, given)
    mode = stat.S_IMODE(found.st_mode) if found is not None else _new_file_mode()
    return target, mode


def _new_file_mode() -> int:
    return 0o666 & ~_current_umask()


def _create_temporary(target: str, mode: int, given: str) -> tuple[int, str]:
    """A new temporary file beside ``target`` (its folders made if missing): (handle, path).

    It gets the new-file mode at once when that is ``mode`` (``open`` applies the umask);
    otherwise it starts private and its mode is set once it is written.
    """
    folder, name = os.path.split(target)
    temporary = os.path.join(folder, f".{name}.{secrets.token_hex(_TOKEN_LENGTH // 2)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    start = 0o666 if mode == _new_file_mode() else 0o600
    try:
        try:
            return os.open(temporary, flags, start), temporary
        except FileNotFoundError:
            os.makedirs(folder or os.curdir, exist_ok=True)
            return os.open(temporary, flags, start), temporary
    except OSError as err:
        raise _named(err, given) from err


@contextlib.contextmanager
def _replacing(
    path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]
) -> Iterator[int]:
    """The handle of a temporary file that replaces ``path`` when the block ends without an
    error (the block writes, this closes); if the block raises, the temporary file is removed."""
    given = os.fspath(path)
    target, mode = _target(given, inputs)
    handle, temporary = _create_temporary(target, mode, given)
    try:
        try:
            yield handle
            if mode != _new_file_mode():
                os.fchmod(handle, mode)
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        # Writing, closing or renaming (a full disk): name the user's file. An error of the
        # caller's own work in the block (which names its file, or is ours) passes unchanged.
        if isinstance(err, OSError) and not isinstance(err, OutputError) and not err.filename:
            raise _named(err, Path(given)) from err
        raise


@contextlib.contextmanager
def open_atomically(
    path: str | os.PathLike[str], *, inputs: Iterable[str | os.PathLike[str]] = ()
) -> Iterator[TextIO]:
    """A text file (UTF-8) that replaces ``path`` when the block ends without an error.

    For output too large to hold in memory; the rules of :func:`write_file` apply. If the
    block raises, ``path`` is left as it was and the temporary file is removed.
    """
    with (
        _replacing(path, inputs) as handle,
        os.fdopen(handle, "w", encoding="utf-8", newline="", closefd=False) as file,
    ):
        yield file


def _named(err: OSError, given: str | Path) -> OutputError:
    return OutputError(err.errno or 0, err.strerror or str(err), str(given))
