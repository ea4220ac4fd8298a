"""Column mapping: reading spreadsheets whose headers are not careerprose's column names.

A mapping renames the user's headers to canonical columns (``{"Job Title": "title",
"Average Salary": "salary.average"}``). It is given as a dict, as text in the form of the
``--map`` option (``"Job Title=title,Average Salary=salary.average"``), or as a file: a JSON
object (``.json``) or one ``Header=column`` per line (``#`` starts a comment).
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from careerprose.errors import Problem, RecordError
from careerprose.records import flat
from careerprose.records.values import printable

__all__ = ["ColumnSpec", "apply_mapping", "column_mapping", "parse_mapping"]

#: What callers may pass as ``columns=``: a mapping, ``--map`` text, or a mapping file.
ColumnSpec = Mapping[str, str] | str | os.PathLike[str]


def _pairs_problem(source: str, where: str, message: str) -> RecordError:
    return RecordError([Problem(source, where, "", message)])


def _entries(lines: Iterable[tuple[str, str]], source: str) -> dict[str, str]:
    """``Header=column`` items (with their locations) as a mapping; bad items are reported."""
    mapping: dict[str, str] = {}
    problems: list[Problem] = []
    for where, item in lines:
        header, equals, column = item.partition("=")
        header, column = header.strip(), column.strip()
        if not equals or not header or not column:
            msg = f"expected 'Header=column', got {item.strip()!r}"
            problems.append(Problem(source, where, "", msg))
        elif header in mapping:
            problems.append(Problem(source, where, printable(header), "header mapped twice"))
        else:
            mapping[header] = column
    if problems:
        raise RecordError(problems)
    return mapping


def parse_mapping(text: str, source: str = "--map") -> dict[str, str]:
    """The mapping in ``--map`` form: ``Header=column`` items separated by commas.

    >>> parse_mapping("Job Title=title, Average Salary=salary.average")
    {'Job Title': 'title', 'Average Salary': 'salary.average'}
    """
    items = [item for item in text.split(",") if item.strip()]
    return _entries(((f"item {n}", item) for n, item in enumerate(items, start=1)), source)


def _read_file(path: Path) -> dict[str, str]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise _pairs_problem(name, "", "not UTF-8 text; save the file as UTF-8") from err
    if path.suffix.lower() != ".json":
        lines = (
            (f"line {number}", line)
            for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")
        )
        return _entries(lines, name)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as err:
        raise _pairs_problem(name, "", f"not valid JSON: {err}") from err
    if not isinstance(data, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in data.items()
    ):
        raise _pairs_problem(name, "", 'expected a JSON object of "Header": "column" texts')
    return {key.strip(): value.strip() for key, value in data.items()}


def column_mapping(spec: ColumnSpec | None) -> dict[str, str]:
    """The checked mapping for ``spec``: a dict, ``--map`` text (has ``=``) or a mapping file.

    Every target must be a careerprose column (``title``, ``salary.average``...); unknown ones
    are reported with a "did you mean" hint.
    """
    if spec is None:
        return {}
    if isinstance(spec, Mapping):
        mapping, source = {str(k).strip(): str(v).strip() for k, v in spec.items()}, "columns"
    elif isinstance(spec, str) and "=" in spec:
        mapping, source = parse_mapping(spec), "--map"
    else:
        mapping, source = _read_file(Path(spec)), str(spec)
    problems = [
        Problem(source, "", printable(header), f"maps to {column!r}: {reason}")
        for header, column in mapping.items()
        if (reason := flat.column_problem(column))
    ]
    if problems:
        raise RecordError(problems)
    return mapping


def apply_mapping(header: list[str], mapping: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """Rename ``header`` in place; yield ``(header, message)`` for mapped names it lacks."""
    original = list(header)
    header[:] = [mapping.get(name, name) for name in original]
    present = set(original)
    for wanted in mapping:
        if wanted not in present:
            close = difflib.get_close_matches(wanted, original, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            yield printable(wanted), f"the column mapping names a header the data lacks{hint}"
