"""The source line: both records' sources as one list, each source named once.

Records name their sources as text, several separated by semicolons ("BLS Occupational
Employment and Wage Statistics, May 2025; O*NET 30.1"). Two records usually share most of
them, so the line states the union once and marks a source only one record names, instead of
repeating every source per occupation ("Sources: for X, …; for Y, …").

Example:
    >>> [(p.name, p.only) for p in merge_sources("BLS OEWS; O*NET 30.1", "BLS OEWS; BLS CPS")]
    [('BLS OEWS', None), ('O*NET 30.1', 'a'), ('BLS CPS', 'b')]
"""

from __future__ import annotations

import functools
import re

import attrs

__all__ = ["SourcePart", "merge_sources", "split_sources"]

_SPACE = re.compile(r"\s+")


@attrs.frozen
class SourcePart:
    """One source on the line; ``only`` is ``"a"`` or ``"b"`` when just that record names it."""

    name: str
    only: str | None = None


def split_sources(text: str) -> list[str]:
    """The sources a record names, split at semicolons outside brackets, in order.

    Example:
        >>> split_sources("BLS OEWS, May 2025; O*NET 30.1 (USDOL/ETA; CC BY 4.0) ;")
        ['BLS OEWS, May 2025', 'O*NET 30.1 (USDOL/ETA; CC BY 4.0)']
    """
    return list(_split(text))


@functools.lru_cache(maxsize=4096)
def _split(text: str) -> tuple[str, ...]:
    """:func:`split_sources`, once per text (records share a few source lines)."""
    if ";" not in text:
        cleaned = _SPACE.sub(" ", text).strip()
        return (cleaned,) if cleaned else ()
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == ";" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return tuple(cleaned for part in parts if (cleaned := _SPACE.sub(" ", part).strip()))


def _key(name: str) -> str:
    return name.casefold()


@functools.lru_cache(maxsize=4096)
def merge_sources(a: str | None, b: str | None) -> tuple[SourcePart, ...]:
    """Both records' sources, each once: the first record's in order, then the second's new
    ones. When both records name sources, a source only one names is marked with that side;
    when one record names none, nothing is marked (nothing is known about the other's).

    Example:
        >>> merge_sources("BLS", None)
        (SourcePart(name='BLS', only=None),)
        >>> merge_sources("BLS", "bls")
        (SourcePart(name='BLS', only=None),)
    """
    names = {side: _split(text) if text else () for side, text in (("a", a), ("b", b))}
    keys = {side: {_key(name) for name in found} for side, found in names.items()}
    mark = bool(names["a"] and names["b"])
    parts: list[SourcePart] = []
    seen: set[str] = set()
    for side, other in (("a", "b"), ("b", "a")):
        for name in names[side]:
            key = _key(name)
            if key in seen:
                continue
            seen.add(key)
            parts.append(SourcePart(name, side if mark and key not in keys[other] else None))
    return tuple(parts)
