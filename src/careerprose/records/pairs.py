r"""The one-cell text form of named shares used in CSV: ``"Patients:20; CPT:9; Data Entry"``.

Items are separated by ``;``, a name and its share by the last ``:``; the share is optional.
A backslash keeps a literal ``;``, ``:`` or ``\`` inside a name, so every name round-trips.

>>> parse_pairs("Patients:20; CPT: 9; Data Entry")
[('Patients', '20'), ('CPT', '9'), ('Data Entry', None)]
>>> format_pairs([("ISO 9001:2015", 4), ("CPT", None)])
'ISO 9001\\:2015:4; CPT'
>>> parse_pairs(format_pairs([("ISO 9001:2015", 4)]))
[('ISO 9001:2015', '4')]
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["format_pairs", "parse_pairs"]

_SPECIAL = {";", ":", "\\"}


def _split_unescaped(text: str, separator: str) -> list[list[tuple[str, bool]]]:
    """Split into parts at unescaped ``separator``; each part keeps (char, was_escaped) pairs."""
    parts: list[list[tuple[str, bool]]] = [[]]
    chars = iter(text)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "\\")
            parts[-1].append((escaped, True))
        elif char == separator:
            parts.append([])
        else:
            parts[-1].append((char, False))
    return parts


def parse_pairs(text: str) -> list[tuple[str, str | None]]:
    """Read ``name[:share]`` items separated by ``;``; blank items are skipped."""
    result: list[tuple[str, str | None]] = []
    for item in _split_unescaped(text, ";"):
        colons = [i for i, (char, escaped) in enumerate(item) if char == ":" and not escaped]
        if colons:
            cut = colons[-1]
            name = "".join(char for char, _ in item[:cut]).strip()
            share: str | None = "".join(char for char, _ in item[cut + 1 :]).strip() or None
        else:
            name, share = "".join(char for char, _ in item).strip(), None
        if name or share:
            result.append((name, share))
    return result


def _escape(name: str) -> str:
    return "".join("\\" + char if char in _SPECIAL else char for char in name)


def format_pairs(items: Iterable[tuple[str, object]]) -> str:
    """Write ``(name, share)`` items as one cell; ``None`` shares are left out."""
    return "; ".join(
        _escape(name) if share is None else f"{_escape(name)}:{share}" for name, share in items
    )
