"""Many articles at once: a list of pairs in, one file per article out, in parallel, resumable.

Every file is written atomically (a temporary file, then a rename), so an interrupted run
leaves only complete articles. The folder's manifest (:mod:`careerprose.manifest`) records
what made each article, so running again rewrites exactly the articles whose inputs changed
(records, templates, options, careerprose version), leaves the rest alone, and can prune the
articles no longer listed. Files in the folder that no run wrote are kept. One run at a time
may write into a folder (:class:`~careerprose.folder_lock.FolderLock`); worker processes exit
as soon as the run that started them is gone, even after ``kill -9``. Problems in the list of
pairs (an unknown name, a missing column) are all reported before anything is written.
"""

from __future__ import annotations

import collections
import datetime
import errno
import gc
import itertools
import json
import os
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple, TextIO

import attrs

from careerprose.article import Article, Paragraph
from careerprose.errors import StyleError
from careerprose.files import (
    OutputError,
    open_atomically,
    remove_temporaries,
    write_bytes,
    write_file,
)
from careerprose.folder_lock import FolderLock
from careerprose.manifest import (
    JOURNAL_NAME,
    Encoded,
    Entry,
    Journal,
    Manifest,
    digest,
    folder_hash,
    record_hash,
    short,
)
from careerprose.pairs import Job, read_pairs, slug
from careerprose.publish import PageOptions
from careerprose.publish.front_matter import page_meta, render_front_matter, without_heading
from careerprose.publish.links import (
    GROUP_PAGE_TITLE_END,
    Link,
    add_related,
    every_group_page_name,
    index_page_names,
    index_pages,
    related_links,
)
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = [
    "EXTENSIONS",
    "BatchReport",
    "Failure",
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
class Failure:
    """An article refused by ``check``: its file name and the broken guarantees."""

    name: str
    problems: tuple[str, ...]


@attrs.frozen
class BatchReport:
    """What a batch did, by file name: written, unchanged, skipped (files no run of ours wrote,
    kept), failed (refused by ``check``), pruned; thin-article warnings; seconds taken."""

    written: tuple[str, ...]
    skipped: tuple[str, ...]
    seconds: float
    unchanged: tuple[str, ...] = ()
    failed: tuple[Failure, ...] = ()
    pruned: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line for people: counts and speed."""
        rate = len(self.written) / self.seconds if self.seconds > 0 else 0.0
        parts = [
            f"wrote {len(self.written):,}",
            f"unchanged {len(self.unchanged):,}",
            f"skipped {len(self.skipped):,}",
            f"failed {len(self.failed):,}",
        ]
        if self.pruned:
            parts.append(f"pruned {len(self.pruned):,}")
        if self.warnings:
            parts.append(f"thin {len(self.warnings):,}")
        return f"{', '.join(parts)} in {self.seconds:.1f} s ({rate:,.0f} articles/s)"


@attrs.frozen
class _Settings:
    folder: str
    format: str
    style: Style
    templates: str | None
    seed: int | str
    pages: PageOptions | None
    date: datetime.date
    check: bool
    min_sentences: int
    templates_hash: str
    export: bool


# What goes between the processes of a parallel run is made of tuples (NamedTuple), which
# pickle several times faster than attrs classes.


class _Shared(NamedTuple):
    """A job as sent to a worker: its occupations by position in the table every worker was
    given when it started (:func:`_start_worker`), so no record is pickled per article."""

    a: int
    b: int
    name: str
    location: str


#: In a worker process: the occupations of the run, by position (see :class:`_Shared`).
_TABLE: tuple[Occupation, ...] = ()

#: In a worker process: chunks written so far (see :func:`_settle_worker`); -1 elsewhere.
_CHUNKS = -1

#: A worker's threshold for collecting the youngest generation (Python's default is 700).
_YOUNG_COLLECTION = 10_000


class _Task(NamedTuple):
    job: Job | _Shared
    data: str
    inputs: str
    related: tuple[Link, ...]
    known: str | None = None  # the content hash (first 32 hex digits) of an intact file


class _Outcome(NamedTuple):
    name: str
    entry: Encoded | None  # the manifest entry of a written article
    problems: tuple[str, ...] = ()
    thin: str | None = None
    unchanged: bool = False
    line: str | None = None  # the article as a JSON Lines record, when exporting


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


def _start_worker(table: tuple[Occupation, ...]) -> None:
    """Set up a worker process: keep the run's occupations, die with the parent, and keep
    the cyclic garbage collector's work small.

    Everything a worker starts with lasts as long as it does, so it is moved out of the
    collector's way (``gc.freeze``), and the youngest generation is collected every 10,000
    net allocations instead of 700: an article allocates thousands of objects and leaves
    almost no cycles behind. Together, measured over 6,300 fresh built-in pairs in one
    process, the collector's time went from about 100 to 16-27 µs an article (of about
    1,600).
    """
    global _TABLE, _CHUNKS
    _TABLE = table
    _CHUNKS = 0
    gc.freeze()
    gc.set_threshold(_YOUNG_COLLECTION, *gc.get_threshold()[1:])
    _exit_with_parent()


def _settle_worker() -> None:
    """In a worker, after its 1st, 2nd, 4th, 8th… chunk: what the chunks built to last
    (compiled templates, each occupation's cached material, which grows as new occupations
    come up) is frozen too, after one collection so that no garbage is frozen with it."""
    global _CHUNKS
    if _CHUNKS < 0:
        return
    _CHUNKS += 1
    if _CHUNKS & (_CHUNKS - 1) == 0:
        gc.collect()
        gc.freeze()


def _resolved(job: Job | _Shared) -> Job:
    """The job with its occupations (looked up in the worker's table when shared)."""
    if isinstance(job, Job):
        return job
    return Job(_TABLE[job.a], _TABLE[job.b], job.name, job.location)


def _shared(task: _Task, positions: dict[int, int]) -> _Task:
    """``task`` with its occupations replaced by their positions in the workers' table (when
    both are in it; pickling two records costs about 0.2 ms an article)."""
    job = task.job
    if not isinstance(job, Job):
        return task
    a, b = positions.get(id(job.a)), positions.get(id(job.b))
    if a is None or b is None:
        return task
    return task._replace(job=_Shared(a, b, job.name, job.location))


def _occupations_of(jobs: Collection[Job]) -> tuple[Occupation, ...]:
    """Every occupation of ``jobs`` once: the table the workers are given at start."""
    given = getattr(jobs, "occupations", None)  # careerprose.pairs.PairJobs knows them
    if isinstance(given, tuple):
        return given
    seen: dict[int, Occupation] = {}
    for job in jobs:
        seen.setdefault(id(job.a), job.a)
        seen.setdefault(id(job.b), job.b)
    return tuple(seen.values())


def _prose_sentences(article: Article) -> int:
    return sum(
        len(block.sentences)
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
    )


def _page_text(settings: _Settings, job: Job, task: _Task, article: Article) -> tuple[str, str]:
    """The file's front matter (or "") and body: the rendered article, as a web page if page
    options are set."""
    body = article.render(settings.format)
    pages = settings.pages
    if pages is None:
        return "", body
    head = ""
    if not pages.heading:
        body = without_heading(body, settings.format)
    if pages.front_matter is not None:
        meta = page_meta(article, job.a, job.b, slug=job.name, date=settings.date,
                         style=settings.style)  # fmt: skip
        head = render_front_matter(meta, pages.front_matter) + "\n"
    return head, add_related(body, settings.format, task.related)


def _export_line(settings: _Settings, job: Job, article: Article, body: str) -> str:
    """The article as one JSON Lines record for a CMS: its page fields, path and body."""
    meta = page_meta(article, job.a, job.b, slug=job.name, date=settings.date,
                     style=settings.style)  # fmt: skip
    meta["date"] = settings.date.isoformat()
    meta["path"] = job.name + EXTENSIONS[settings.format]
    meta["format"] = settings.format
    meta["body"] = body
    return json.dumps(meta, ensure_ascii=False, default=float)


def _write_chunk(settings: _Settings, tasks: Sequence[_Task]) -> list[_Outcome]:
    """Write some articles (in a worker process or in this one); returns what happened."""
    from careerprose import __version__
    from careerprose.verify import check_article
    from careerprose.writer import shared_writer

    # One writer (and style object) for every chunk of a run: a worker unpickles a new, equal
    # copy of the style with each chunk, and caches keyed by the style would compare it.
    writer = shared_writer(settings.style, settings.templates, settings.seed)
    ending = EXTENSIONS[settings.format]
    outcomes = []
    journal = Journal(settings.folder)
    try:
        for task in tasks:
            job = _resolved(task.job)
            name = job.name + ending
            article = writer.compare(job.a, job.b)
            if settings.check:
                problems = check_article(article, job.a, job.b)
                if problems:
                    outcomes.append(_Outcome(name, None, tuple(problems)))
                    continue
            thin = None
            if settings.min_sentences:
                count = _prose_sentences(article)
                if count < settings.min_sentences:
                    thin = f"{name}: {count} prose sentences, fewer than {settings.min_sentences}"
            head, body = _page_text(settings, job, task, article)
            data = (head + body).encode("utf-8")  # once: hashed, measured and written
            line = _export_line(settings, job, article, body) if settings.export else None
            content = digest(data)
            if task.known is not None and content.startswith(task.known):
                outcomes.append(_Outcome(name, None, thin=thin, unchanged=True, line=line))
                continue
            entry = Entry(
                path=name,
                pair=(job.a.title, job.b.title),
                codes=(job.a.code, job.b.code),
                slug=job.name,
                content=content,
                size=len(data),
                inputs=task.inputs,
                templates=settings.templates_hash,
                data=task.data,
                version=__version__,
            ).encoded()
            journal.add(entry)  # before the rename: a kill between leaves a checkable claim
            write_bytes(os.path.join(settings.folder, name), data)
            outcomes.append(_Outcome(name, entry, thin=thin, line=line))
    finally:
        journal.close()
    _settle_worker()
    return outcomes


def _written_before(path: Path) -> bool:
    """Whether ``path`` holds an article from an earlier run (an empty file does not count)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _refuse_inputs(target: Path, jobs: Iterable[Job], ending: str, inputs: Iterable[str]) -> None:
    """Raise OutputError if an output file of ``jobs`` is one of the run's input files.

    The folder's listing gives the (few) names that are inputs; the jobs are then only
    compared with those, so no set of every output name is built.
    """
    files = {}
    for given in inputs:
        try:
            found = os.stat(given)
        except OSError:
            continue
        files[(found.st_dev, found.st_ino)] = given
    if not files:
        return
    clobbered: dict[str, str] = {}
    device = target.stat().st_dev
    with os.scandir(target) as entries:  # inode numbers come with the listing: no stat each
        for entry in entries:
            if entry.is_symlink():
                try:
                    found = entry.stat()
                except OSError:
                    continue
                key = (found.st_dev, found.st_ino)
            else:
                key = (device, entry.inode())
            if key in files:
                clobbered[entry.name] = files[key]
    if not clobbered:
        return
    for job in jobs:
        name = job.name + ending
        if name in clobbered:
            msg = f"is an input of this run ({clobbered[name]}); refusing to overwrite it"
            raise OutputError(errno.EEXIST, msg, os.path.join(target, name))


@attrs.define
class _Tally:
    """What the run did so far, by file name, with the manifest it keeps up to date."""

    manifest: Manifest
    export: TextIO | None = None
    progress: Callable[[int], None] | None = None
    written: list[str] = attrs.field(factory=list)
    unchanged: list[str] = attrs.field(factory=list)
    skipped: list[str] = attrs.field(factory=list)
    failed: list[Failure] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)

    def left_alone(self, name: str, *, ours: bool) -> None:
        """A job needing no work: unchanged (ours) or skipped (a file no run of ours wrote)."""
        (self.unchanged if ours else self.skipped).append(name)
        if self.progress:
            self.progress(1)

    def add(self, outcomes: Sequence[_Outcome]) -> None:
        """Record the outcomes of one chunk (in job order)."""
        for outcome in outcomes:
            if self.export is not None and outcome.line is not None:
                self.export.write(outcome.line + "\n")
            if outcome.entry is not None:
                self.manifest.add(outcome.entry)
                self.written.append(outcome.name)
            elif outcome.unchanged:
                self.unchanged.append(outcome.name)
            if outcome.problems:
                self.failed.append(Failure(outcome.name, outcome.problems))
            if outcome.thin:
                self.warnings.append(outcome.thin)
        if self.progress:
            self.progress(len(outcomes))


def _tasks(
    jobs: Iterable[Job],
    target: Path,
    ending: str,
    options: str,
    related: dict[str, tuple[Link, ...]],
    force: bool,
    tally: _Tally,
) -> Iterator[_Task]:
    """The jobs that need writing (or rendering, for an export), one at a time; the others are
    tallied as unchanged or skipped."""
    records: dict[int, str] = {}

    def data_of(occupation: Occupation) -> str:
        found = records.get(id(occupation))
        if found is None:
            found = records[id(occupation)] = record_hash(occupation)
        return found

    export = tally.export is not None
    # One listing, not a stat per new job (344,000 on a site). Only the names the manifest
    # does not list are kept: a listed one is stat-ed anyway, and a re-run's 344,000 listed
    # names would hold about 50 MB.
    with os.scandir(target) as entries:
        unlisted = {entry.name for entry in entries if entry.name not in tally.manifest}
    for job in jobs:
        name = job.name + ending
        data = digest(data_of(job.a) + data_of(job.b))
        links = related.get(job.name, ())
        inputs = digest(f"{data}\0{options}\0{links!r}")
        old = tally.manifest.get(name)
        if force or (old is None and name not in unlisted):
            yield _Task(job, data, inputs, links)
        elif old is not None and old.inputs == short(inputs) and _size(target / name) == old.size:
            if export:  # rendered for the export, written only if the bytes differ
                yield _Task(job, data, inputs, links, known=old.content.hex())
            else:
                tally.left_alone(name, ours=True)
        elif old is None and _written_before(target / name):
            tally.left_alone(name, ours=False)
        else:
            yield _Task(job, data, inputs, links)


def _run(
    settings: _Settings,
    jobs: Collection[Job],
    tasks: Iterator[_Task],
    processes: int,
    tally: _Tally,
) -> None:
    """Write ``tasks`` (of ``jobs``) in this process or in workers, in chunks, tallying results
    in job order.

    At most a few chunks per worker are planned ahead, so memory does not grow with the run.
    Workers are given the jobs' occupations once, when they start; chunks name them by
    position.
    """
    count = len(jobs)
    workers = usable_processes(processes, count)
    size = max(1, min(200, count // (workers * 4) or 1))
    chunks = iter(lambda: list(itertools.islice(tasks, size)), [])
    if workers == 1:
        for chunk in chunks:
            tally.add(_write_chunk(settings, chunk))
        return
    table = _occupations_of(jobs)
    positions = {id(occupation): number for number, occupation in enumerate(table)}
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(table,)
    ) as pool:
        pending: collections.deque[Future[list[_Outcome]]] = collections.deque()
        for chunk in chunks:
            shared = [_shared(task, positions) for task in chunk]
            pending.append(pool.submit(_write_chunk, settings, shared))
            if len(pending) >= workers * 3:
                tally.add(pending.popleft().result())
        while pending:
            tally.add(pending.popleft().result())


def _write_if_changed(path: Path, text: str) -> None:
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    write_file(path, text)


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
    pages: PageOptions | None = None,
    check: bool = False,
    min_sentences: int = 0,
    prune: bool = False,
    errors: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    planned: Callable[[int], None] | None = None,
    jsonl: str | os.PathLike[str] | None = None,
) -> BatchReport:
    """Write one article per job into ``folder``, rewriting only what changed.

    An article whose manifest entry matches its inputs is left alone ("unchanged"); a file
    the manifest does not know is kept ("skipped"); ``force`` rewrites both. ``processes``
    above 1 spreads the work over up to that many worker processes (never more than the CPUs
    available or the articles to write); the bytes are the same. ``inputs`` are files this run
    reads (the pairs list, a data file): an article that would overwrite one is refused.

    ``pages`` turns articles into web pages (front matter, related links, index pages).
    ``check`` runs :func:`careerprose.check_article` on every article and refuses failing
    ones; ``min_sentences`` warns about articles with fewer prose sentences. Both are listed in
    ``errors`` (a text file) when given. ``prune`` removes articles of earlier runs that are no
    longer among ``jobs``. ``planned`` is called once with the number of jobs, ``progress``
    with each number of jobs done since (written, unchanged or skipped). ``jsonl`` also writes
    every article of ``jobs`` (written or unchanged) to that file, one JSON record per line,
    in job order, for importing into a CMS: the page fields of
    :func:`careerprose.publish.front_matter.page_meta`, ``path``, ``format`` and the page's
    body (without front matter) as ``body``. Raises
    :class:`~careerprose.folder_lock.FolderBusyError` if another run is writing into
    ``folder``.
    """
    from careerprose import __version__
    from careerprose.resources import templates_dir

    if format not in EXTENSIONS:
        msg = f"unknown output format {format!r}; expected one of {', '.join(EXTENSIONS)}"
        raise StyleError(msg)
    if pages is not None and pages.front_matter is not None and format not in ("markdown", "html"):
        raise StyleError(f"front matter needs markdown or html output, not {format}")
    if pages is not None and pages.index and format != "markdown":
        raise StyleError(f"index pages are Markdown; use them with markdown output, not {format}")
    usable_processes(processes, 1)  # reject nonsense before touching the folder
    start = time.perf_counter()
    target = Path(folder)
    ending = EXTENSIONS[format]
    # A sized, re-iterable source (careerprose.pairs.PairJobs) stays lazy; anything else is listed.
    jobs = jobs if isinstance(jobs, Collection) else list(jobs)
    _refuse_reserved(jobs, ending, target, pages, errors, jsonl)
    target.mkdir(parents=True, exist_ok=True)
    read: list[str] = [os.fspath(name) for name in inputs]
    style = style or Style()
    with FolderLock(target):
        _refuse_inputs(target, jobs, ending, read)
        remove_temporaries(target, (*EXTENSIONS.values(), ".jsonl"))
        manifest = Manifest(target)
        try:
            templates_hash = folder_hash(templates, str(templates_dir()))
            options = repr((format, style, seed, check, __version__, templates_hash,
                            pages.identity() if pages else None))  # fmt: skip
            related = {}
            if pages is not None:
                related = related_links(_listed(jobs), pages.related, ending, pages.link_base)
            export = jsonl is not None
            if planned:
                planned(len(jobs))
            settings = _Settings(
                str(target),
                format,
                style,
                None if templates is None else str(templates),
                seed,
                pages,
                (pages or PageOptions()).day(),
                check,
                min_sentences,
                templates_hash,
                export,
            )
            tally = _Tally(manifest, progress=progress)
            tasks = _tasks(jobs, target, ending, options, related, force, tally)
            if jsonl is None:
                _run(settings, jobs, tasks, processes, tally)
            else:
                with open_atomically(jsonl, inputs=read) as file:
                    tally.export = file
                    _run(settings, jobs, tasks, processes, tally)
                    tally.export = None
            pruned = _prune(target, manifest, tally) if prune else []
            if prune and pages is not None and pages.index:
                pruned += _prune_group_pages(target, manifest, index_page_names(_listed(jobs)))
            if pages is not None and pages.index:
                for name, text in index_pages(_listed(jobs), ending=ending, base=pages.link_base,
                                              front_matter=pages.front_matter,
                                              date=settings.date).items():  # fmt: skip
                    _write_if_changed(target / name, text)
            manifest.save()
        finally:
            manifest.close()
        (target / JOURNAL_NAME).unlink(missing_ok=True)
        if errors is not None:
            _write_errors(Path(errors), tally.failed, tally.warnings)
    return BatchReport(
        written=tuple(tally.written),
        skipped=tuple(tally.skipped),
        seconds=time.perf_counter() - start,
        unchanged=tuple(tally.unchanged),
        failed=tuple(tally.failed),
        pruned=tuple(pruned),
        warnings=tuple(tally.warnings),
    )


def _listed(jobs: Collection[Job]) -> Sequence[Job]:
    """``jobs`` as a sequence (related links and index pages need them all at once)."""
    return jobs if isinstance(jobs, Sequence) else list(jobs)


def _refuse_reserved(
    jobs: Collection[Job],
    ending: str,
    target: Path,
    pages: PageOptions | None,
    errors: str | os.PathLike[str] | None,
    jsonl: str | os.PathLike[str] | None,
) -> None:
    """Raise StyleError if an article would overwrite a file the run writes for itself."""
    reserved: dict[str, str] = {}
    for path, what in ((errors, "the errors file"), (jsonl, "the JSON Lines export")):
        if path is not None and Path(path).resolve().parent == target.resolve():
            reserved[Path(path).name] = what
    if pages is not None and pages.index:
        reserved.update(dict.fromkeys(index_page_names(_listed(jobs)), "an index page"))
    for job in jobs:
        taken = reserved.get(job.name + ending)
        if taken is not None:
            msg = f"the article {job.name + ending!r} ({job.location}) would replace {taken}"
            raise StyleError(f"{msg}; give it another name")


def _prune(target: Path, manifest: Manifest, tally: _Tally) -> list[str]:
    """Remove the articles of earlier runs that this run did not list; returns their names.

    Every job of the run is in the tally (written, unchanged, skipped or failed), so the names
    kept come from there rather than from a second pass over the jobs.
    """
    failed = (failure.name for failure in tally.failed)
    keep = set(itertools.chain(tally.written, tally.unchanged, tally.skipped, failed))
    gone = [name for name in manifest.paths() if name not in keep]
    for name in gone:
        (target / name).unlink(missing_ok=True)
        manifest.discard(name)
    return gone


def _prune_group_pages(target: Path, manifest: Manifest, current: Iterable[str]) -> list[str]:
    """Remove the group index pages of earlier runs whose groups this run no longer has.

    Only files with a group page's name and title are touched, never an article of the
    manifest nor a file of the user's that happens to have such a name.
    """
    keep = set(current)
    gone = [
        name
        for name in every_group_page_name()
        if name not in keep and name not in manifest and _is_group_page(target / name)
    ]
    for name in gone:
        (target / name).unlink(missing_ok=True)
    return gone


def _is_group_page(path: Path) -> bool:
    """Whether ``path`` is a group page careerprose wrote (its title ends as ours do)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            return GROUP_PAGE_TITLE_END in file.read(1000)
    except OSError:  # missing, a folder, unreadable: not ours to remove
        return False


def _write_errors(path: Path, failed: Sequence[Failure], warnings: Sequence[str]) -> None:
    """List refused articles and warnings in ``path``; remove a stale list when all is well."""
    if not failed and not warnings:
        path.unlink(missing_ok=True)
        return
    lines = [f"{f.name}: refused: {problem}" for f in failed for problem in f.problems]
    lines += [f"{warning} (warning)" for warning in warnings]
    write_file(path, "\n".join(lines) + "\n")
