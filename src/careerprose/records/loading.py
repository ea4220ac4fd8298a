"""Reading and writing occupation records: files, text, DataFrames and in-memory dicts.

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
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from careerprose.errors import Problem, RecordError
from careerprose.records import flat, spreadsheet, uniqueness
from careerprose.records.columns import ColumnSpec, column_mapping
from careerprose.records.model import Occupation
from careerprose.records.plausibility import plausibility_warnings
from careerprose.records.readers import BadRow
from careerprose.records.sources import FORMATS, Source, format_for, open_source
from careerprose.records.structure import record_problems

__all__ = [
    "FORMATS",
    "Report",
    "check_records",
    "dump_records",
    "load_records",
    "save_records",
]

_NO_RECORDS = "no records found (an empty file, list or table holds none)"


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


class _Checker:
    """Checks raw records one by one, collecting occupations, errors and warnings."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.located: list[tuple[str, Occupation]] = []
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.count = 0

    def add(self, location: str, record: object) -> None:
        if isinstance(record, BadRow):
            self.count += record.record
            problem = Problem(self.name, location, record.field, record.message, record.title)
            self.errors.append(problem)
            return
        self.count += 1
        occupation, problems = record_problems(record, source=self.name, location=location)
        self.errors.extend(problems)
        if occupation is not None:
            self.located.append((location, occupation))
            self.warnings.extend(
                attrs.evolve(warning, source=self.name, location=location)
                for warning in plausibility_warnings(occupation)
            )

    def finish(self) -> Report:
        titles = {location: occupation.title for location, occupation in self.located}
        for clashes in (uniqueness.name_clashes, uniqueness.code_clashes):
            self.errors.extend(
                Problem(self.name, location, field, message, titles[location])
                for location, field, message in clashes(self.located)
            )
        if not self.count and not self.errors:
            self.warnings.append(Problem(self.name, "", "", _NO_RECORDS))
        occupations = tuple(occupation for _, occupation in self.located)
        return Report(self.name, occupations, tuple(self.errors), tuple(self.warnings), self.count)


def _name_of(source: Source) -> str:
    return os.fspath(source) if isinstance(source, str | os.PathLike) else "<records>"


def check_records(
    source: Source, *, format: str | None = None, columns: ColumnSpec | None = None
) -> Report:
    """Read and check every record in ``source``; never raises for problems in the data.

    ``source`` is a path to a JSON, JSON Lines, CSV or TSV file; the text of one (a ``str``
    with a line break, or bytes; give ``format``); an open file (text or binary); a pandas
    DataFrame; a dict; or an iterable of dicts, nested or with dotted keys
    (``"salary.average"``). ``columns`` renames headers or keys first: a mapping such as
    ``{"Job Title": "title"}``, text such as ``"Job Title=title,Pay=salary.average"``, or a
    mapping file (see docs/records.md). Unreadable input (not UTF-8, malformed JSON) is
    reported as errors too; only operating-system errors such as a missing file propagate
    (``OSError``).
    """
    try:
        mapping = column_mapping(columns)
        name, raw = open_source(source, format, mapping)
    except RecordError as err:
        return Report(_name_of(source), (), err.problems, (), 0)
    checker = _Checker(name)
    try:
        for location, record in raw:
            checker.add(location, record)
    except RecordError as err:  # a reader stopping part-way (malformed JSON Lines, CSV)
        checker.errors.extend(err.problems)
    return checker.finish()


def load_records(
    source: Source, *, format: str | None = None, columns: ColumnSpec | None = None
) -> list[Occupation]:
    """Read occupation records from any source :func:`check_records` takes; raise RecordError.

    The error lists every problem. Example:
        >>> records = load_records([{"title": "Registered Nurse", "salary": {"average": "N/A"}}])
        >>> records[0].salary.average is None
        True
        >>> load_records("title,salary.average\\nNurse,57603\\n", format="csv")[0].salary.average
        57603
    """
    report = check_records(source, format=format, columns=columns)
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
    writer.writerows(_spreadsheet_rows(occupations))
    return buffer.getvalue()


def _spreadsheet_rows(occupations: Iterable[Occupation]) -> Iterator[dict[str, str]]:
    """CSV rows safe to open in a spreadsheet and short enough for :func:`load_records`.

    Raises RecordError naming every cell over the CSV reader's limit (131,072 characters by
    default) rather than writing a file that cannot be read back.
    """
    limit = csv.field_size_limit()
    rows = []
    problems: list[Problem] = []
    for number, occupation in enumerate(occupations, start=1):
        row = {
            column: spreadsheet.neutralise(cell)
            for column, cell in flat.flatten(occupation).items()
        }
        problems.extend(
            Problem(
                "<output>",
                f"record {number}",
                column,
                f"{len(cell):,} characters, more than the {limit:,} a CSV cell may hold;"
                " save these records as JSON or JSON Lines",
                occupation.title,
            )
            for column, cell in row.items()
            if len(cell) > limit
        )
        rows.append(row)
    if problems:
        raise RecordError(problems)
    return iter(rows)


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
