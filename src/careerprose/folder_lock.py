"""One batch at a time per output folder: a lock file the operating system releases for us.

The lock is ``.careerprose.lock`` in the folder, held with ``flock`` for the whole run (and by
the run's worker processes, which inherit it). A run that is killed, even with ``kill -9``,
loses its lock with its last process, so a stale lock never blocks the next run: the next run
simply takes it. The file records who holds it (process id, host, start time) for the message
a second run prints, and is removed when the run ends.
"""

from __future__ import annotations

import datetime
import errno
import os
import socket
from pathlib import Path
from types import TracebackType

from careerprose.errors import CareerproseError

__all__ = ["LOCK_NAME", "FolderBusyError", "FolderLock"]

#: Name of the lock file inside the output folder.
LOCK_NAME = ".careerprose.lock"


class FolderBusyError(CareerproseError, OSError):
    """Another careerprose run is writing into the same folder."""

    def __str__(self) -> str:
        return str(self.strerror)


class FolderLock:
    """Exclusive use of ``folder`` by this process (and its workers) while the block runs."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: int | None = None

    def __enter__(self) -> FolderLock:
        import fcntl

        while True:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(handle, 200).decode("utf-8", "replace").strip() or "unknown"
                os.close(handle)
                msg = (
                    f"{self.path.parent} is in use by another careerprose run ({holder});"
                    " wait for it to finish or write into another folder"
                )
                raise FolderBusyError(errno.EBUSY, msg, str(self.path)) from None
            # The previous holder may have removed the file between our open and our lock:
            # then we locked a file nobody else will see, so start again.
            try:
                same = os.path.samestat(os.fstat(handle), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(handle)
        started = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        note = f"pid {os.getpid()} on {socket.gethostname()}, since {started}\n"
        os.ftruncate(handle, 0)
        os.pwrite(handle, note.encode(), 0)
        self._handle = handle
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            self.path.unlink(missing_ok=True)  # still locked, so no one else is using it
            os.close(self._handle)
            self._handle = None
