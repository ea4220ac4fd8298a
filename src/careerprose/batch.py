"""Many articles at once: a list of pairs in, one file per article out, in parallel, resumable.

Every file is written atomically (a temporary file, then a rename), so an interrupted run
leaves only complete articles; running again skips the files already there, writes the rest,
and removes the temporary files the interrupted run left. One run at a time may write into a
folder (:class:`~careerprose.folder_lock.FolderLock`). Worker processes exit as soon as the
run that started them is gone, even after ``kill -9``. Problems in the list of pairs (an
unknown name, a missing column) are all reported before anything is written.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import attrs

from careerprose.errors import StyleError
from careerprose.files import OutputError, remove_temporaries, write_file
from careerprose.folder_lock import FolderLock
from careerprose.pairs import Job, read_pairs, slug
from careerprose.style import Style

__all__ = [
    "EXTENSIONS",
    "BatchReport",
    "Job",
    "read_pairs",
    "slug",
    "usable_processes",
    "write_batch",
]

#: File ending of each output format.
EXTENSIONS = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}


def usable_processes(requested: int, work: int) -> int:
    """Worker processes worth starting: ``requested``, capped at the CPUs and the work items.

    Raises :class:`~careerprose.errors.StyleError` when ``requested`` is below 1.
    """
    if requested < 1:
        raise StyleError(f"the number of processes must be at least 1, not {requested}")
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(requested, cpus, work))


@attrs.frozen
class BatchReport:
    """What a batch did: files written, files already there, seconds taken."""

    written: tuple[str, ...]
    skipped: tuple[str, ...]
    seconds: float

    def summary(self) -> str:
        """One line for people: counts and speed."""
        rate = len(self.written) / self.seconds if self.seconds > 0 else 0.0
        return (
            f"wrote {len(self.written):,} articles, skipped {len(self.skipped):,} already"
            f" written, in {self.seconds:.1f} s ({rate:,.0f} articles/s)"
        )


@attrs.frozen
class _Settings:
    folder: str
    format: str
    style: Style
    templates: str | None
    seed: int | str


def _exit_with_parent() -> None:
    """In a worker: exit at once when the process that started it is gone (even ``kill -9``).

    A dead parent's children are adopted by another process, so the parent id changes; a
    thread notices within a quarter of a second and ends the worker before it writes more.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="careerprose-parent-watch", daemon=True).start()


def _write_chunk(settings: _Settings, jobs: Sequence[Job]) -> list[str]:
    """Write some articles (in a worker process or in this one); returns the file names."""
    from careerprose.writer import Writer

    writer = Writer(style=settings.style, templates=settings.templates, seed=settings.seed)
    ending = EXTENSIONS[settings.format]
    written = []
    for job in jobs:
        text = writer.compare(job.a, job.b).render(settings.format)
        write_file(Path(settings.folder) / f"{job.name}{ending}", text)
        written.append(job.name + ending)
    return written


def _written_before(path: Path) -> bool:
    """Whether ``path`` holds an article from an earlier run (an empty file does not count)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _refuse_inputs(target: Path, jobs: Sequence[Job], ending: str, inputs: Iterable[str]) -> None:
    """Raise OutputError if an output file of ``jobs`` is one of the run's input files."""
    files = {}
    for given in inputs:
        try:
            found = os.stat(given)
        except OSError:
            continue
        files[(found.st_dev, found.st_ino)] = given
    if not files:
        return
    for job in jobs:
        path = target / f"{job.name}{ending}"
        try:
            found = path.stat()
        except OSError:
            continue
        clobbered = files.get((found.st_dev, found.st_ino))
        if clobbered is not None:
            msg = f"is an input of this run ({clobbered}); refusing to overwrite it"
            raise OutputError(errno.EEXIST, msg, str(path))


def write_batch(
    jobs: Iterable[Job],
    folder: str | os.PathLike[str],
    *,
    format: str = "markdown",
    style: Style | None = None,
    templates: str | os.PathLike[str] | None = None,
    seed: int | str = 0,
    processes: int = 1,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> BatchReport:
    """Write one article per job into ``folder``; files already there are kept unless ``force``.

    ``processes`` above 1 spreads the work over up to that many worker processes (never more
    than the CPUs available or the articles to write). ``inputs`` are files this run reads
    (the pairs list, a data file): an article that would overwrite one is refused. Raises
    :class:`~careerprose.folder_lock.FolderBusyError` if another run is writing into
    ``folder``.
    """
    if format not in EXTENSIONS:
        msg = f"unknown output format {format!r}; expected one of {', '.join(EXTENSIONS)}"
        raise StyleError(msg)
    usable_processes(processes, 1)  # reject nonsense before touching the folder
    start = time.perf_counter()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    ending = EXTENSIONS[format]
    jobs = list(jobs)
    with FolderLock(target):
        _refuse_inputs(target, jobs, ending, [os.fspath(i) for i in inputs])
        remove_temporaries(target, EXTENSIONS.values())
        todo: list[Job] = []
        skipped: list[str] = []
        for job in jobs:
            if not force and _written_before(target / f"{job.name}{ending}"):
                skipped.append(job.name + ending)
            else:
                todo.append(job)
        settings = _Settings(
            str(target),
            format,
            style or Style(),
            None if templates is None else str(templates),
            seed,
        )
        written: list[str] = []
        workers = usable_processes(processes, len(todo))
        if workers == 1:
            written = _write_chunk(settings, todo)
        else:
            size = max(1, min(200, len(todo) // (workers * 4) or 1))
            chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
            with ProcessPoolExecutor(max_workers=workers, initializer=_exit_with_parent) as pool:
                for names in pool.map(_write_chunk, [settings] * len(chunks), chunks):
                    written.extend(names)
    return BatchReport(tuple(written), tuple(skipped), time.perf_counter() - start)
