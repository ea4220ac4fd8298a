"""What ``load_records`` can read from, and how each source becomes raw records.

A source is a path, the text of a file (``str`` with a line break, or JSON text with
``format=``), bytes, an open file (text or binary), a pandas DataFrame or an iterable of dicts.
pandas is never imported here: a DataFrame is recognised by its type's module and used through
its own methods.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from careerprose.errors import Problem, RecordError
from careerprose.records import readers

__all__ = ["FORMATS", "Source", "Table", "format_for", "open_source"]

#: File formats by name, and the file endings that select them.
FORMATS: dict[str, tuple[str, ...]] = {
    "json": (".json",),
    "jsonl": (".jsonl", ".ndjson"),
    "csv": (".csv",),
    "tsv": (".tsv", ".tab"),
}


class Table(Protocol):
    """What careerprose uses of a pandas DataFrame (so pandas need not be imported to type it)."""

    @property
    def columns(self) -> Any:
        """The column names."""

    def itertuples(self, index: bool = ..., name: str | None = ...) -> Iterable[Any]:
        """The rows as plain tuples."""


#: Everything :func:`careerprose.load_records` accepts.
Source = (
    str
    | bytes
    | os.PathLike[str]
    | IO[str]
    | IO[bytes]
    | Table
    | Mapping[str, Any]
    | Iterable[Mapping[str, Any]]
)

_TEXT = "<text>"
_IN_MEMORY = "<records>"
_DATAFRAME = "<DataFrame>"


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
    if str(path).startswith("<"):
        msg = f"cannot tell the format of {path}; give format= (one of {', '.join(FORMATS)})"
    raise RecordError([Problem(str(path), "", "", msg)])


def is_text(source: str, format: str | None) -> bool:
    """Whether the string ``source`` is records text rather than a path.

    Text has a line break (no file name does), or is JSON (starts with ``[`` or ``{``) read with
    ``format="json"`` or ``"jsonl"``.
    """
    if "\n" in source or "\r" in source:
        return True
    return format in ("json", "jsonl") and source.lstrip()[:1] in ("[", "{")


def decode(data: bytes, name: str) -> str:
    """UTF-8 ``data`` as text (a byte-order mark is dropped); a RecordError names the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = err.object[: err.start].count(b"\n") + 1
        bad = err.object[err.start : err.end]
        msg = f"not UTF-8 text ({bad!r} at byte {err.start}); save the file as UTF-8"
        raise RecordError([Problem(name, f"line {line}", "", msg)]) from err


def _parse_text(text: str, name: str, format: str, mapping: Mapping[str, str]) -> readers.Raw:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return iter(())  # an empty file holds no records, whatever its format
    if format == "json":
        return readers.raw_json(text, name, mapping)
    if format == "jsonl":
        return readers.raw_jsonl(text, name, mapping)
    return readers.raw_csv(text, name, "\t" if format == "tsv" else ",", mapping)


def _is_dataframe(source: object) -> bool:
    kind = type(source)
    return kind.__module__.startswith("pandas") and kind.__name__ == "DataFrame"


def _dataframe_rows(frame: Any) -> Iterator[tuple[str, Sequence[object]]]:
    for number, row in enumerate(frame.itertuples(index=False, name=None), start=1):
        yield f"row {number}", row


def _read_path(path: Path, name: str) -> bytes:
    """The bytes of ``path``; a name too long to be a file is taken for text given by mistake."""
    try:
        return path.read_bytes()
    except OSError as err:
        if err.errno != errno.ENAMETOOLONG:
            raise
        shown = name if len(name) <= 40 else name[:37] + "..."
        msg = (
            f"no file can have a name this long ({shown!r}); to read records from text, give"
            " text with a line break and format=, or io.StringIO(text)"
        )
        raise RecordError([Problem("<text>", "", "", msg)]) from err


def _file_name(file: object) -> str:
    name = getattr(file, "name", None)
    return name if isinstance(name, str) and name else "<file>"


def open_source(
    source: Source, format: str | None, mapping: Mapping[str, str]
) -> tuple[str, readers.Raw]:
    """The display name of ``source`` and its raw records (read lazily where possible).

    Raises RecordError when the source cannot be read at all (unknown format, not UTF-8,
    malformed JSON); ``OSError`` for a missing or unreadable file.
    """
    if isinstance(source, str) and is_text(source, format):
        return _TEXT, _parse_text(source, _TEXT, format_for(_TEXT, format), mapping)
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        kind = format_for(name, format)  # before reading: a wrong ending is found at once
        text = decode(_read_path(Path(source), name), name)
        return name, _parse_text(text, name, kind, mapping)
    if isinstance(source, bytes | bytearray):
        name = "<bytes>"
        kind = format_for(name, format)
        return name, _parse_text(decode(bytes(source), name), name, kind, mapping)
    if hasattr(source, "read"):
        name = _file_name(source)
        kind = format_for(name, format)
        data = source.read()
        text = decode(data, name) if isinstance(data, bytes) else str(data)
        return name, _parse_text(text, name, kind, mapping)
    if _is_dataframe(source):
        frame: Any = source
        raw = readers.raw_table(
            list(frame.columns), _dataframe_rows(frame), mapping, header_location="columns"
        )
        return _DATAFRAME, raw
    if isinstance(source, Mapping):  # one record, as a JSON file may hold
        return _IN_MEMORY, readers.raw_dicts([source], mapping)
    if isinstance(source, Iterable):
        return _IN_MEMORY, readers.raw_dicts(source, mapping)
    msg = (
        f"cannot read records from a {type(source).__name__}; give a path, text, a file,"
        " a DataFrame, a dict or a list of dicts"
    )
    raise RecordError([Problem(_IN_MEMORY, "", "", msg)])
