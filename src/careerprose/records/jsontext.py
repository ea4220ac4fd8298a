"""Reading JSON text safely: hostile nesting and numbers become problems, duplicate keys are kept.

Python's ``json`` raises ``RecursionError`` on deeply nested input and ``ValueError`` on integers
of more than 4,300 digits; both become a :class:`~careerprose.errors.RecordError` naming the
file and place. Objects with a repeated key (which JSON readers silently resolve to the last
value) are returned as :class:`KeyedTwice` dicts, so the loader can report every repeated key
with its record and field path.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from careerprose.errors import Problem, RecordError
from careerprose.records.values import printable

__all__ = ["MAX_DIGITS", "KeyedTwice", "parse_json", "repeated_keys"]

#: The longest integer accepted in JSON (Python's own default limit on integer conversion).
MAX_DIGITS = 4_300


class KeyedTwice(dict[str, Any]):
    """A JSON object in which some keys appeared more than once; ``repeated`` names them."""

    repeated: tuple[str, ...] = ()


class _NumberTooLongError(Exception):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _NumberTooLongError(text)
    return int(text)


class _Objects:
    """The ``object_pairs_hook`` of one parse; remembers whether any key was repeated."""

    def __init__(self) -> None:
        self.repeated = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        self.repeated = True
        marked = KeyedTwice(result)
        counts = Counter(key for key, _ in pairs)
        marked.repeated = tuple(key for key, count in counts.items() if count > 1)
        return marked


def _line_and_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def parse_json(text: str, source: str, line: int | None = None) -> tuple[object, bool]:
    """The value of the JSON ``text`` read from ``source``, and whether some key was repeated.

    ``line`` is the line number of ``text`` in its file, for JSON Lines. Raises RecordError when
    the text cannot be read.
    """
    where = f"line {line}" if line is not None else ""
    objects = _Objects()
    try:
        return json.loads(text, parse_int=_integer, object_pairs_hook=objects), objects.repeated
    except RecursionError as err:
        msg = "not usable JSON: nested too deeply (a record needs at most a few levels)"
        raise RecordError([Problem(source, where, "", msg)]) from err
    except _NumberTooLongError as err:
        offset = max(text.find(err.digits), 0)
        where = where or _line_and_column(text, offset)
        msg = f"not usable JSON: a number of {len(err.digits):,} digits (at most {MAX_DIGITS:,})"
        raise RecordError([Problem(source, where, "", msg)]) from err
    except json.JSONDecodeError as err:
        where = where or f"line {err.lineno}, column {err.colno}"
        raise RecordError([Problem(source, where, "", f"not valid JSON: {err.msg}")]) from err


def repeated_keys(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """``(field path, message)`` for every repeated key in ``value``, at any depth.

    Walks with an explicit stack, so a deeply nested value cannot exhaust the call stack.
    """
    stack: list[tuple[object, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            for key in getattr(item, "repeated", ()):
                name = printable(key)
                field = f"{where}.{name}" if where else name
                yield field, "key appears more than once in the object; remove all but one"
            children = [(child, f"{where}.{key}" if where else key) for key, child in item.items()]
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend(reversed([(child, f"{where}[{i}]") for i, child in enumerate(item)]))
