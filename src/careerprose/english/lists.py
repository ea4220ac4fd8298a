"""Lists in prose: "a, b and c" (or "a, b, and c" with the serial comma), "both", "neither".

The serial (Oxford) comma follows ``Style.serial_comma`` (off by default, as on the reference
page: "patients, CPT and data entry"). Items that contain commas themselves are separated with
semicolons so the list stays readable, and a list with an item that has its own "and" or "or"
always takes the comma before its last conjunction, whatever the style: "operations monitoring,
operation and control, and monitoring" (without it, "control and monitoring" reads as one item).

Example:
    >>> join_list(["patients", "CPT", "data entry"])
    'patients, CPT and data entry'
    >>> from careerprose import Style
    >>> skills = ["customer service", "patients", "customer accounts"]
    >>> join_list(skills, style=Style(serial_comma=True))
    'customer service, patients, and customer accounts'
    >>> both("a registered nurse", "an LPN"), neither("a nurse", "a clerk")
    ('both a registered nurse and an LPN', 'neither a nurse nor a clerk')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careerprose.english.errors import EnglishError
from careerprose.style import Style

__all__ = ["both", "either", "join_list", "neither"]

_DEFAULT = Style()
_CONJUNCTIONS = ("and", "or", "nor", "and/or")
#: An item with a conjunction of its own ("operation and control", "judgment and decision making").
_HAS_CONJUNCTION = re.compile(r"\b(?:and|or|nor)\b|&|/", re.IGNORECASE)


def _items(items: Iterable[str], what: str) -> list[str]:
    if isinstance(items, str):
        msg = f"{what}: expected a list of strings, got the single string {items!r}"
        raise EnglishError(msg)
    result = []
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            msg = f"{what}: item {index} must be non-empty text, got {item!r}"
            raise EnglishError(msg)
        result.append(item.strip())
    return result


def join_list(
    items: Iterable[str],
    *,
    conjunction: str = "and",
    serial_comma: bool | None = None,
    style: Style | None = None,
) -> str:
    """Join items into an English list.

    One item stands alone; two are joined by the conjunction; three or more take commas (or
    semicolons, when an item has a comma of its own). ``serial_comma`` overrides the style.
    When any item has an "and", "or", "&" or "/" of its own, the comma before the last
    conjunction is always written, for two items too, so the items stay apart: the style
    cannot choose an ambiguous list. An empty list is an error: an empty string in a sentence
    is never what a template means.

    Example:
        >>> join_list(["nurses"]), join_list(["nurses", "clerks"], conjunction="or")
        ('nurses', 'nurses or clerks')
        >>> join_list(["a", "b", "c"], serial_comma=True)
        'a, b, and c'
        >>> join_list(["Boston, MA", "Hartford, CT", "Austin, TX"])
        'Boston, MA; Hartford, CT and Austin, TX'
        >>> join_list(["operations monitoring", "operation and control", "monitoring"])
        'operations monitoring, operation and control, and monitoring'
        >>> join_list(["judgment and decision making", "monitoring"])
        'judgment and decision making, and monitoring'
        >>> join_list([])
        Traceback (most recent call last):
        ...
        careerprose.english.errors.EnglishError: join_list: expected at least one item, got none
    """
    words = _items(items, "join_list")
    if conjunction not in _CONJUNCTIONS:
        msg = (
            f"join_list: conjunction must be one of {', '.join(_CONJUNCTIONS)}, got {conjunction!r}"
        )
        raise EnglishError(msg)
    if not words:
        msg = "join_list: expected at least one item, got none"
        raise EnglishError(msg)
    if len(words) == 1:
        return words[0]
    embedded = any(_HAS_CONJUNCTION.search(word) for word in words)
    if len(words) == 2:
        return f"{words[0]}{',' if embedded else ''} {conjunction} {words[1]}"
    serial = (style or _DEFAULT).serial_comma if serial_comma is None else serial_comma
    serial = serial or embedded
    separator = "; " if any("," in word for word in words) else ", "
    last = f"{separator.rstrip()} {conjunction} " if serial else f" {conjunction} "
    return separator.join(words[:-1]) + last + words[-1]


def _pair(first: str, second: str, what: str) -> tuple[str, str]:
    a, b = _items([first, second], what)
    return a, b


def both(first: str, second: str) -> str:
    """ "both X and Y".

    Example:
        >>> both("senior patient account representatives", "collections specialists")
        'both senior patient account representatives and collections specialists'
    """
    a, b = _pair(first, second, "both")
    return f"both {a} and {b}"


def either(first: str, second: str) -> str:
    """ "either X or Y".

    Example:
        >>> either("a nurse", "an aide")
        'either a nurse or an aide'
    """
    a, b = _pair(first, second, "either")
    return f"either {a} or {b}"


def neither(first: str, second: str) -> str:
    """ "neither X nor Y".

    Example:
        >>> neither("job", "career")
        'neither job nor career'
    """
    a, b = _pair(first, second, "neither")
    return f"neither {a} nor {b}"
