"""Reading and writing occupation records: JSON, JSON Lines, CSV/TSV files and in-memory dicts.

:func:`check_records` reads everything and reports every problem (with file, line or record
number, field and value) without raising; :func:`load_records` raises one
:class:`~careerprose.errors.RecordError` listing them all. Writing goes through a temporary file
and an atomic rename, so a crash never leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from careerprose.errors import Problem, RecordError
from careerprose.records import flat
from careerprose.records.model import Occupation
from careerprose.records.plausibility import plausibility_warnings
from careerprose.records.structure import record_problems

__all__ = [
    "FORMATS",
    "Report",
    "check_records",
    "dump_records",
    "load_records",
    "save_records",
]

#: File formats by name, and the file endings that select them.
FORMATS: dict[str, tuple[str, ...]] = {
    "json": (".json",),
    "jsonl": (".jsonl", ".ndjson"),
    "csv": (".csv",),
    "tsv": (".tsv", ".tab"),
}

Source = str | os.PathLike[str] | Iterable[Mapping[str, Any]]

_IN_MEMORY = "<records>"


@attrs.frozen
class Report:
    """What reading a set of records found: the valid occupations, errors and warnings."""

    source: str
    occupations: tuple[Occupation, ...]
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    records: int

    @property
    def ok(self) -> bool:
        """True when every record is valid (warnings do not count)."""
        return not self.errors


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The format name for ``path``: ``format`` if given, else from the file ending."""
    if format is not None:
        if format not in FORMATS:
            msg = f"unknown records format {format!r}; expected one of {', '.join(FORMATS)}"
            raise RecordError([Problem(str(path), "", "", msg)])
        return format
    suffix = Path(path).suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    endings = ", ".join(s for suffixes in FORMATS.values() for s in suffixes)
    msg = f"cannot tell the format from the file ending {suffix!r}; use one of {endings}"
    raise RecordError([Problem(str(path), "", "", msg)])


def _raw_json(text: str, name: str) -> Iterator[tuple[str, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        raise RecordError([Problem(name, where, "", f"not valid JSON: {err.msg}")]) from err
    if isinstance(data, Mapping) and "occupations" in data:
        data = data["occupations"]
    elif isinstance(data, Mapping) and "title" in data:
        data = [data]
    if not isinstance(data, list):
        msg = 'expected a list of records, {"occupations": [...]}, or one record with a title'
        raise RecordError([Problem(name, "", "", msg)])
    for number, record in enumerate(data, start=1):
        yield f"record {number}", record


def _raw_jsonl(text: str, name: str) -> Iterator[tuple[str, object]]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(Problem(name, f"line {number}", "", f"not valid JSON: {err.msg}"))
            continue
        yield f"line {number}", record
    if problems:
        raise RecordError(problems)


def _raw_csv(text: str, name: str, delimiter: str) -> Iterator[tuple[str, object]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration:
        return
    usable: set[str] = set()
    for field, message in _header_problems(header, usable):
        yield "line 1", _BadRow(message, field, record=False)
    start = reader.line_num + 1
    for cells in _csv_rows(reader, name):
        location = f"line {start}"
        start = reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            extra = cells[len(header) :]
            msg = f"{len(cells)} cells but the header has {len(header)} columns; extra: {extra!r}"
            yield location, _BadRow(msg)
            continue
        row = {
            column: cell for column, cell in zip(header, cells, strict=False) if column in usable
        }
        yield location, flat.unflatten(row)


def _csv_rows(reader: Any, name: str) -> Iterator[list[str]]:
    """The reader's rows; a malformed file becomes a RecordError naming the line."""
    try:
        yield from reader
    except csv.Error as err:
        problem = Problem(name, f"line {reader.line_num}", "", f"not valid CSV: {err}")
        raise RecordError([problem]) from err


class _BadRow:
    """A row (or header) that could not be read as a record; carries the reason."""

    def __init__(self, message: str, field: str = "", *, record: bool = True) -> None:
        self.message = message
        self.field = field
        self.record = record


def _header_problems(header: list[str], usable: set[str]) -> Iterator[tuple[str, str]]:
    """Problems with the CSV header; fills ``usable`` with the columns that rows may use."""
    if "title" not in header:
        close = [column for column in header if column.casefold() == "title"]
        hint = f" (found {close[0]!r}; column names are case-sensitive)" if close else ""
        yield "", f"the header has no 'title' column{hint}"
    for column in header:
        if not column:
            continue
        unknown = flat.column_problem(column)
        if unknown:
            yield column, unknown
        elif column in usable:
            yield column, "column appears twice in the header"
        else:
            try:
                flat.unflatten(dict.fromkeys([*usable, column]))
            except KeyError:
                yield column, "column clashes with another column of the same path"
            else:
                usable.add(column)


def _raw_records(path: Path, format: str) -> Iterator[tuple[str, object]]:
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = err.object[: err.start].count(b"\n") + 1
        bad = err.object[err.start : err.end]
        msg = f"not UTF-8 text ({bad!r} at byte {err.start}); save the file as UTF-8"
        raise RecordError([Problem(name, f"line {line}", "", msg)]) from err
    if format == "json":
        return _raw_json(text, name)
    if format == "jsonl":
        return _raw_jsonl(text, name)
    return _raw_csv(text, name, "\t" if format == "tsv" else ",")


def check_records(source: Source, *, format: str | None = None) -> Report:
    """Read and check every record in ``source``; never raises for problems in the data.

    ``source`` is a path to a JSON, JSON Lines, CSV or TSV file, or an iterable of dicts in the
    canonical form. Unreadable files (missing, not UTF-8, malformed JSON) are reported as errors
    too. Only operating-system errors such as a missing file propagate (``OSError``).
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        name = str(source)
        try:
            raw: Iterable[tuple[str, object]] = _raw_records(path, format_for(path, format))
        except RecordError as err:
            return Report(name, (), err.problems, (), 0)
    else:
        name = _IN_MEMORY
        raw = ((f"record {number}", record) for number, record in enumerate(source, start=1))
    occupations: list[Occupation] = []
    errors: list[Problem] = []
    warnings: list[Problem] = []
    count = 0
    try:
        for location, record in raw:
            if isinstance(record, _BadRow):
                count += record.record
                errors.append(Problem(name, location, record.field, record.message))
                continue
            count += 1
            occupation, problems = record_problems(record, source=name, location=location)
            errors.extend(problems)
            if occupation is not None:
                occupations.append(occupation)
                warnings.extend(
                    attrs.evolve(warning, source=name, location=location)
                    for warning in plausibility_warnings(occupation)
                )
    except RecordError as err:  # a reader stopping part-way (malformed JSON Lines)
        errors.extend(err.problems)
    return Report(name, tuple(occupations), tuple(errors), tuple(warnings), count)


def load_records(source: Source, *, format: str | None = None) -> list[Occupation]:
    """Read occupation records from a file or from dicts; raise RecordError listing every problem.

    Example:
        >>> records = load_records([{"title": "Registered Nurse", "salary": {"average": "N/A"}}])
        >>> records[0].salary.average is None
        True
    """
    report = check_records(source, format=format)
    if report.errors:
        raise RecordError(report.errors)
    return list(report.occupations)


def dump_records(occupations: Iterable[Occupation], format: str = "json") -> str:
    """The text of ``occupations`` in ``format`` (json, jsonl, csv or tsv); reloads as equal."""
    format = format_for("<output>", format)
    if format == "json":
        data = {"occupations": [occupation.to_dict() for occupation in occupations]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if format == "jsonl":
        return "".join(
            json.dumps(occupation.to_dict(), ensure_ascii=False) + "\n"
            for occupation in occupations
        )
    buffer = io.StringIO()
    delimiter = "\t" if format == "tsv" else ","
    writer = csv.DictWriter(buffer, flat.COLUMNS, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat.flatten(occupation) for occupation in occupations)
    return buffer.getvalue()


def save_records(
    occupations: Iterable[Occupation], path: str | os.PathLike[str], *, format: str | None = None
) -> None:
    """Write ``occupations`` to ``path`` atomically (format from the ending unless given)."""
    text = dump_records(occupations, format_for(path, format))
    write_atomically(Path(path), text)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
