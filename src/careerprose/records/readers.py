"""Raw records from each kind of input: JSON, JSON Lines, CSV/TSV text, tables and dicts.

Each reader yields ``(location, record)`` pairs, where ``location`` is what a user would look
for ("record 3", "line 12", "row 7") and ``record`` is a dict in the canonical nested shape, or
a :class:`BadRow` carrying the reason it could not be read. Checking the records is left to
:mod:`careerprose.records.structure`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence

from careerprose.errors import Problem, RecordError
from careerprose.records import flat
from careerprose.records.columns import apply_mapping
from careerprose.records.jsontext import parse_json, repeated_keys
from careerprose.records.spreadsheet import restore
from careerprose.records.values import is_missing, printable

__all__ = ["BadRow", "Raw", "raw_csv", "raw_dicts", "raw_json", "raw_jsonl", "raw_table"]

#: What every reader yields: ``(location, raw record or BadRow)``.
Raw = Iterator[tuple[str, object]]


class BadRow:
    """A row (or header) that could not be read as a record; carries the reason.

    ``record`` says whether it counts as a record (a bad row does, a bad header does not).
    """

    def __init__(
        self, message: str, field: str = "", *, record: bool = True, title: str | None = None
    ) -> None:
        self.message = message
        self.field = field
        self.record = record
        self.title = title


def _title_of(record: object) -> str | None:
    title = record.get("title") if isinstance(record, Mapping) else None
    return title.strip() if isinstance(title, str) and title.isprintable() else None


def _with_repeats(location: str, record: object, mapping: Mapping[str, str]) -> Raw:
    """The record's repeated keys as problems (not counted as records), then the record."""
    title = _title_of(record)
    for field, message in repeated_keys(record):
        yield location, BadRow(message, field, record=False, title=title)
    yield location, normalised(record, mapping)


_ENVELOPE = "occupations"


def raw_json(text: str, name: str, mapping: Mapping[str, str]) -> Raw:
    """Records of a JSON document: a list, ``{"occupations": [...]}`` or one record.

    Keys are renamed by ``mapping`` and dotted keys nested, as for in-memory dicts.
    """
    data, repeated = parse_json(text, name)
    if isinstance(data, Mapping) and _ENVELOPE in data:
        for key in getattr(data, "repeated", ()):
            yield (
                "",
                BadRow("the top-level key appears more than once", printable(key), record=False),
            )
        others = [printable(key) for key in data if key != _ENVELOPE]
        if others:
            msg = (
                f"the top-level object has {_ENVELOPE!r} and other keys ({', '.join(others)}):"
                f" put every record inside the {_ENVELOPE!r} list"
            )
            yield "", BadRow(msg, record="title" in data)
        data = data[_ENVELOPE]
    elif isinstance(data, Mapping) and "title" in data:
        data = [data]
    if not isinstance(data, list):
        msg = 'expected a list of records, {"occupations": [...]}, or one record with a title'
        raise RecordError([Problem(name, "", "", msg)])
    for number, record in enumerate(data, start=1):
        if repeated:
            yield from _with_repeats(f"record {number}", record, mapping)
        else:
            yield f"record {number}", normalised(record, mapping)


def raw_jsonl(text: str, name: str, mapping: Mapping[str, str]) -> Raw:
    """Records of JSON Lines text, one per non-blank line."""
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record, repeated = parse_json(line, name, line=number)
        except RecordError as err:
            problems.extend(err.problems)
            continue
        if repeated:
            yield from _with_repeats(f"line {number}", record, mapping)
        else:
            yield f"line {number}", normalised(record, mapping)
    if problems:
        raise RecordError(problems)


def raw_csv(text: str, name: str, delimiter: str, mapping: Mapping[str, str]) -> Raw:
    """Records of CSV (or TSV) text with a header row; cells written by us are restored."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as err:
        raise RecordError([Problem(name, "line 1", "", f"not valid CSV: {err}")]) from err

    def rows() -> Iterator[tuple[str, Sequence[object]]]:
        start = reader.line_num + 1
        try:
            for cells in reader:
                yield f"line {start}", [restore(cell) for cell in cells]
                start = reader.line_num + 1
        except csv.Error as err:
            problem = Problem(name, f"line {reader.line_num}", "", f"not valid CSV: {err}")
            raise RecordError([problem]) from err

    yield from raw_table(header, rows(), mapping, header_location="line 1")


def _blank(cell: object) -> bool:
    return is_missing(cell) or (isinstance(cell, str) and not cell.strip())


def raw_table(
    names: Sequence[object],
    rows: Iterable[tuple[str, Sequence[object]]],
    mapping: Mapping[str, str],
    *,
    header_location: str,
) -> Raw:
    """Records of a table: dotted column ``names`` (renamed by ``mapping``) and located rows."""
    header = [str(name).strip() for name in names]
    for field, message in apply_mapping(header, mapping):
        yield header_location, BadRow(message, field, record=False)
    usable: set[str] = set()
    for field, message in _header_problems(header, usable):
        yield header_location, BadRow(message, field, record=False)
    for location, cells in rows:
        if all(_blank(cell) for cell in cells):
            continue
        if len(cells) > len(header):
            extra = list(cells[len(header) :])
            msg = f"{len(cells)} cells but the header has {len(header)} columns; extra: {extra!r}"
            yield location, BadRow(msg)
            continue
        row = {
            column: cell for column, cell in zip(header, cells, strict=False) if column in usable
        }
        yield location, flat.unflatten(row)


def _header_problems(header: list[str], usable: set[str]) -> Iterator[tuple[str, str]]:
    """Problems with a table's header; fills ``usable`` with the columns that rows may use."""
    if "title" not in header:
        close = [column for column in header if column.casefold() == "title"]
        hint = f" (found {close[0]!r}; column names are case-sensitive)" if close else ""
        yield "", f"the header has no 'title' column{hint}"
    for column in header:
        if not column:
            continue
        unknown = flat.column_problem(column)
        if unknown:
            yield printable(column), unknown
        elif column in usable:
            yield printable(column), "column appears twice in the header"
        else:
            try:
                flat.unflatten(dict.fromkeys([*usable, column]))
            except KeyError:
                yield printable(column), "column clashes with another column of the same path"
            else:
                usable.add(column)


def raw_dicts(records: Iterable[object], mapping: Mapping[str, str]) -> Raw:
    """In-memory records: nested dicts, or flat ones with dotted keys (``salary.average``)."""
    for number, record in enumerate(records, start=1):
        yield f"record {number}", normalised(record, mapping)


def normalised(record: object, mapping: Mapping[str, str]) -> object:
    """``record`` with keys renamed by ``mapping`` and dotted keys nested (a new dict).

    A record that is not a mapping is returned as it is (the checker reports it); a field given
    both nested and dotted becomes a :class:`BadRow`. The caller's data is never changed.
    """
    if not isinstance(record, Mapping):
        return record
    if mapping:
        record = {mapping.get(key, key): value for key, value in record.items()}
    dotted = {key: value for key, value in record.items() if isinstance(key, str) and "." in key}
    if not dotted:
        return record
    try:
        nested = flat.unflatten(dotted)
    except KeyError as err:
        return BadRow("key clashes with another key of the same path", printable(str(err.args[0])))
    clashes = [key for key in record if key in nested and key not in dotted]
    if clashes:
        msg = f"{clashes[0]!r} is given both as a field and through dotted keys"
        return BadRow(msg, printable(clashes[0]))
    return {**{k: v for k, v in record.items() if k not in dotted}, **nested}
