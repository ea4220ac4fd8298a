"""Parsing and checking single values: what counts as missing, and the rule each field follows.

A :class:`Kind` turns one raw value (from JSON, CSV or Python) into the stored value or raises
:class:`BadValueError` saying what was expected. Missing spellings become ``None`` here and nowhere
else, so every loader treats them the same.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "AGE",
    "COUNT",
    "MISSING_SPELLINGS",
    "MONEY",
    "MONTHS",
    "PERCENT",
    "RATE",
    "RATING",
    "TEXT",
    "YEARS",
    "BadValueError",
    "Kind",
    "is_missing",
    "normalise_text",
]

#: Text spellings of "no value", compared after stripping and case-folding.
MISSING_SPELLINGS: frozenset[str] = frozenset(
    {"", "-", "–", "—", "n/a", "na", "#n/a", "nan", "null", "none"}
)

_WHITESPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


class BadValueError(ValueError):
    """A value that breaks its field's rule; ``expected`` says what the rule wants."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {_show(value)}")


def _show(value: object) -> str:
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:57] + "...")
    return repr(value)


def is_missing(value: object) -> bool:
    """Whether ``value`` means "not known": None, NaN, or a missing spelling such as "N/A".

    >>> [is_missing(v) for v in (None, float("nan"), " — ", "N/A", 0, "0", "Nurse")]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        if len(value) > 40 and not value[:18].isspace() and not value[-18:].isspace():
            return False  # long text with text at both ends: too long to be a spelling
        return value.strip().casefold() in MISSING_SPELLINGS
    return False


def normalise_text(text: str) -> str:
    """Strip and fold runs of white space (newlines, tabs) to one space, for prose-safe text."""
    return _WHITESPACE.sub(" ", text).strip()


def _to_number(value: object, expected: str, *, strip: str = "") -> int | float:
    """Read a number from a number or numeric text ("57,603", "$57,603", "11.6%")."""
    if isinstance(value, bool):
        raise BadValueError(expected, value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isinf(value):
            raise BadValueError(expected, value)
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        for char in strip:
            if text.startswith((char, "-" + char)):
                text = text.replace(char, "", 1)
            text = text.removesuffix(char).strip()
        if _NUMBER_TEXT.fullmatch(text):
            number = float(text)
            if not math.isinf(number):
                return int(text) if text.lstrip("+-").isdigit() else number
    raise BadValueError(expected, value)


@attrs.frozen
class Kind:
    """The rule for one kind of field: how to read a raw value and what to say when it fails."""

    name: str
    expected: str
    parse: Callable[[Any], Any]

    def __call__(self, value: object) -> Any:
        """The stored value for ``value``: ``None`` when missing, else parsed and checked."""
        if is_missing(value):
            return None
        return self.parse(value)


def _number_kind(
    name: str,
    expected: str,
    *,
    low: float | None = None,
    high: float | None = None,
    whole: bool = False,
    strip: str = "",
) -> Kind:
    def parse(value: object) -> int | float:
        number = _to_number(value, expected, strip=strip)
        if whole and not (isinstance(number, int) or number.is_integer()):
            raise BadValueError(expected, value)
        if (low is not None and number < low) or (high is not None and number > high):
            raise BadValueError(expected, value)
        return int(number) if whole else number

    return Kind(name, expected, parse)


def _parse_text(value: object) -> str:
    if not isinstance(value, str):
        raise BadValueError("text", value)
    if value.isprintable() and "  " not in value and value.strip() == value:
        return value  # already tidy (checking is cheaper than folding white space)
    text = normalise_text(value)
    if _CONTROL.search(text):
        raise BadValueError("text without control characters", value)
    return text


MONEY = _number_kind("money", "a non-negative number of US dollars", low=0, strip="$")
PERCENT = _number_kind("percent", "a percentage from 0 to 100", low=0, high=100, strip="%")
RATE = _number_kind("rate", "a percentage (may be negative)", low=-100, strip="%")
COUNT = _number_kind("count", "a non-negative whole number", low=0, whole=True)
MONTHS = _number_kind("months", "a non-negative whole number of months", low=0, whole=True)
YEARS = _number_kind("years", "a non-negative number of years", low=0)
AGE = _number_kind("age", "an age in years, from 0 to 120", low=0, high=120)
RATING = _number_kind("rating", "a rating from 0 to 5", low=0, high=5)
TEXT = Kind("text", "text", _parse_text)
