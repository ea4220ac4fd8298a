"""Many articles at once: a list of pairs in, one file per article out, in parallel, resumable.

Every file is written atomically (a temporary file, then a rename), so an interrupted run
leaves only complete articles; running again skips the files already there and writes the
rest. Problems in the list of pairs (an unknown name, a missing column) are all reported before
anything is written.
"""

from __future__ import annotations

import csv
import io
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import attrs

from careerprose.errors import Problem, RecordError
from careerprose.records.loading import write_atomically
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["EXTENSIONS", "BatchReport", "Job", "read_pairs", "slug", "write_batch"]

#: File ending of each output format.
EXTENSIONS = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A file-name-safe form of ``text``: "Registered Nurse (RN)" → "registered-nurse-rn"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-") or "article"


@attrs.frozen
class Job:
    """One article to write: the pair, where it came from, and its output file name."""

    a: Occupation
    b: Occupation
    name: str
    location: str


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


def read_pairs(path: str | os.PathLike[str], resolve: Callable[[str], Occupation]) -> list[Job]:
    """The jobs listed in a CSV or TSV file with columns ``a`` and ``b`` (and optional ``name``).

    ``a`` and ``b`` are occupation names or codes, looked up with ``resolve``; ``name`` is the
    output file name without its ending (default: "<a>-vs-<b>" from the singular titles).
    Raises :class:`~careerprose.errors.RecordError` listing every problem, with line numbers.
    """
    from careerprose.profile import profile_of

    source = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        msg = f"not UTF-8 text (byte {err.start}); save the file as UTF-8"
        raise RecordError([Problem(source, "", "", msg)]) from err
    delimiter = "\t" if source.lower().endswith((".tsv", ".tab")) else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [column.strip() for column in reader.fieldnames or ()]
    missing = [column for column in ("a", "b") if column not in header]
    if missing:
        msg = f"the header needs columns 'a' and 'b' (found {', '.join(header) or 'none'})"
        raise RecordError([Problem(source, "line 1", "", msg)])
    jobs: list[Job] = []
    problems: list[Problem] = []
    names: dict[str, str] = {}
    style = Style()  # default file names use the default title forms
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as err:
        msg = f"not valid CSV: {err}"
        raise RecordError([Problem(source, f"line {reader.line_num}", "", msg)]) from err
    for line, row in rows:
        location = f"line {line}"
        pair: list[Occupation] = []
        for column in ("a", "b"):
            value = (row.get(column) or "").strip()
            try:
                pair.append(resolve(value))
            except LookupError as err:
                problems.append(Problem(source, location, column, str(err)))
        if len(pair) != 2:
            continue
        a, b = pair
        first, second = (profile_of(o, style).names.forms.singular for o in (a, b))
        default = f"{first}-vs-{second}"
        name = slug((row.get("name") or "").strip() or default)
        if name in names:
            msg = f"writes {name!r} again (first on {names[name]})"
            problems.append(Problem(source, location, "name", msg))
            continue
        names[name] = location
        jobs.append(Job(a, b, name, location))
    if problems:
        raise RecordError(problems)
    return jobs


@attrs.frozen
class _Settings:
    folder: str
    format: str
    style: Style
    templates: str | None
    seed: int | str


def _write_chunk(settings: _Settings, jobs: Sequence[Job]) -> list[str]:
    """Write some articles (in a worker process or in this one); returns the file names."""
    from careerprose.writer import Writer

    writer = Writer(style=settings.style, templates=settings.templates, seed=settings.seed)
    ending = EXTENSIONS[settings.format]
    written = []
    for job in jobs:
        text = writer.compare(job.a, job.b).render(settings.format)
        write_atomically(Path(settings.folder) / f"{job.name}{ending}", text)
        written.append(job.name + ending)
    return written


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
) -> BatchReport:
    """Write one article per job into ``folder``; files already there are kept unless ``force``.

    ``processes`` above 1 spreads the work over that many worker processes (each compiles the
    templates once and caches its own per-occupation work).
    """
    if format not in EXTENSIONS:
        from careerprose.errors import StyleError

        msg = f"unknown output format {format!r}; expected one of {', '.join(EXTENSIONS)}"
        raise StyleError(msg)
    start = time.perf_counter()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    ending = EXTENSIONS[format]
    todo: list[Job] = []
    skipped: list[str] = []
    for job in jobs:
        if not force and (target / f"{job.name}{ending}").exists():
            skipped.append(job.name + ending)
        else:
            todo.append(job)
    settings = _Settings(
        str(target), format, style or Style(), None if templates is None else str(templates), seed
    )
    written: list[str] = []
    if processes <= 1 or len(todo) < 2:
        written = _write_chunk(settings, todo)
    else:
        size = max(1, min(200, len(todo) // (processes * 4) or 1))
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        with ProcessPoolExecutor(max_workers=processes) as pool:
            for names in pool.map(_write_chunk, [settings] * len(chunks), chunks):
                written.extend(names)
    return BatchReport(tuple(written), tuple(skipped), time.perf_counter() - start)
