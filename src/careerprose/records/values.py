"""Parsing and checking single values: what counts as missing, and the rule each field follows.

A :class:`Kind` turns one raw value (from JSON, CSV or Python) into the stored value or raises
:class:`BadValueError` saying what was expected. Missing spellings become ``None`` here and nowhere
else, so every loader treats them the same.
"""

from __future__ import annotations

import decimal
import math
import numbers
import re
import reprlib
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "AGE",
    "COUNT",
    "HOURLY",
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
    "printable",
    "text_problem",
]

#: Text spellings of "no value", compared after stripping and case-folding.
MISSING_SPELLINGS: frozenset[str] = frozenset(
    {"", "-", "–", "—", "n/a", "na", "#n/a", "nan", "null", "none"}
)

_WHITESPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Invisible characters with no use in occupation data; they make equal-looking titles differ.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
#: Other format characters that print as nothing: soft hyphen, invisible operators,
#: deprecated format controls, interlinear annotations and the tag characters used to smuggle
#: hidden text ("ASCII smuggling").
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u2061-\u2064\u206a-\u206f\ufff9-\ufffb\U000e0000-\U000e007f]"
)
#: Joiners are kept between two non-ASCII characters (emoji sequences, Indic and Arabic scripts).
_JOINER = re.compile("[\u200c\u200d]")
#: Bidi embeddings and overrides (closed by U+202C) and isolates (closed by U+2069).
_BIDI_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c",
                 "\u202e": "\u202c", "\u2066": "\u2069", "\u2067": "\u2069",
                 "\u2068": "\u2069"}  # fmt: skip
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SUSPICIOUS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\ud800-\udfff"
    "\u00ad\u180e\u2061-\u2064\u206a-\u206f\ufff9-\ufffb"
    "\U000e0000-\U000e007f]"
)
_LONGEST_SHOWN_BITS = 256  # longer integers are described; repr() fails past 4,300 digits
_REPR = reprlib.Repr()
_REPR.maxstring = 60
_REPR.maxother = 60


class BadValueError(ValueError):
    """A value that breaks its field's rule; ``expected`` says what the rule wants."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {_show(value)}")


def _show(value: object) -> str:
    """A short, printable repr: long text is cut, deep or huge containers are summarised."""
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:57] + "...")
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, int) and value.bit_length() > _LONGEST_SHOWN_BITS:
        digits = int(value.bit_length() * math.log10(2)) + 1
        return f"a whole number of about {digits:,} digits"
    return _REPR.repr(value)


def printable(text: str) -> str:
    r"""``text`` itself when every character prints, else its escaped repr (for names in messages).

    >>> printable("salary"), printable("sal\u202eary")
    ('salary', "'sal\\u202eary'")
    """
    return text if text.isprintable() else repr(text)


def is_missing(value: object) -> bool:
    """Whether ``value`` means "not known": None, NaN, or a missing spelling such as "N/A".

    >>> [is_missing(v) for v in (None, float("nan"), " — ", "N/A", 0, "0", "Nurse")]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, str):
        if len(value) > 40 and not value[:18].isspace() and not value[-18:].isspace():
            return False  # long text with text at both ends: too long to be a spelling
        return value.strip().casefold() in MISSING_SPELLINGS
    if type(value) in _NEVER_MISSING:  # the common cases, before the slower ABC checks
        return False
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        return math.isnan(float(value))  # float, numpy floats
    if isinstance(value, decimal.Decimal):
        return value.is_nan()
    return type(value).__name__ in _PANDAS_MISSING and type(value).__module__.startswith("pandas")


_NEVER_MISSING = frozenset({int, bool, dict, list, tuple})
_PANDAS_MISSING = frozenset({"NAType", "NaTType"})  # pd.NA, pd.NaT: compared by name, no import


def normalise_text(text: str) -> str:
    """Strip and fold runs of white space (newlines, tabs) to one space, for prose-safe text."""
    return _WHITESPACE.sub(" ", text).strip()


def _to_number(value: object, expected: str, *, strip: str = "") -> int | float:
    """Read a number from a number or numeric text ("57,603", "$57,603", "11.6%").

    Infinities pass through; every numeric kind's bounds then reject them with its maximum.
    """
    if type(value) in (int, float):  # the common case, before the slower ABC checks
        return value  # type: ignore[return-value]
    if isinstance(value, bool):
        raise BadValueError(expected, value)
    if isinstance(value, numbers.Integral):  # int, numpy integers
        return int(value)
    if isinstance(value, numbers.Real):  # float, numpy floats, fractions
        return float(value)
    if isinstance(value, decimal.Decimal):
        value = str(value)
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        for char in strip:
            if text.startswith((char, "-" + char)):
                text = text.replace(char, "", 1)
            text = text.removesuffix(char).strip()
        if _NUMBER_TEXT.fullmatch(text):
            number = float(text)  # infinite for huge texts: the kind's bounds reject it
            return int(text) if text.lstrip("+-").isdigit() and not math.isinf(number) else number
    raise BadValueError(expected, value)


@attrs.frozen
class Kind:
    """The rule for one kind of field: how to read a raw value and what to say when it fails.

    ``minimum`` and ``maximum`` are the bounds of a numeric kind (None for text), kept so that
    documentation and tests can read them.
    """

    name: str
    expected: str
    parse: Callable[[Any], Any]
    minimum: float | None = None
    maximum: float | None = None

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
    states_range: bool = False,
) -> Kind:
    """A numeric kind; a value over ``high`` is told the maximum unless ``expected`` states it."""

    def parse(value: object) -> int | float:
        number = _to_number(value, expected, strip=strip)
        if low is not None and number < low:
            raise BadValueError(expected, value)
        if high is not None and number > high:
            raise BadValueError(
                expected if states_range else f"{expected}, at most {high:,}", value
            )
        if math.isinf(number) or (whole and not float(number).is_integer()):
            raise BadValueError(expected, value)
        return int(number) if whole else number

    return Kind(name, expected, parse, low, high)


def _bidi_problem(text: str) -> str | None:
    """Why the bidi controls in ``text`` are unbalanced, or None when each is closed in order."""
    open_controls: list[re.Match[str]] = []
    for match in _BIDI.finditer(text):
        if match[0] in _BIDI_OPENERS:
            open_controls.append(match)
        elif not open_controls or _BIDI_OPENERS[open_controls.pop()[0]] != match[0]:
            return f"U+{ord(match[0]):04X} at character {match.start() + 1} closes nothing"
    if open_controls:
        first = open_controls[0]
        return f"U+{ord(first[0]):04X} at character {first.start() + 1} is never closed"
    return None


def _stray_joiner(text: str) -> re.Match[str] | None:
    for match in _JOINER.finditer(text):
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if not (before and after and not before.isascii() and not after.isascii()):
            return match
    return None


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be used in an article, or None: what a text field must not contain.

    Lone surrogates cannot be written to any file; control characters, unbalanced bidi controls
    (the "Trojan Source" spoofing of U+202E and friends) and invisible zero-width characters make
    text look different from what it is.

    >>> text_problem("Nurse"), text_problem("Nur\u200bse")
    (None, 'an invisible zero-width character (U+200B at character 4)')
    """
    if (text.isascii() and text.isprintable()) or not _SUSPICIOUS.search(text):
        return None
    for pattern, what in (
        (_SURROGATE, "a lone surrogate, which is not a character and cannot be saved"),
        (_CONTROL, "a control character"),
        (_ZERO_WIDTH, "an invisible zero-width character"),
        (_INVISIBLE, "an invisible formatting character"),
    ):
        found = pattern.search(text)
        if found:
            return f"{what} (U+{ord(found[0]):04X} at character {found.start() + 1})"
    joiner = _stray_joiner(text)
    if joiner:
        where = f"U+{ord(joiner[0]):04X} at character {joiner.start() + 1}"
        return f"a zero-width joiner outside a non-Latin word or emoji ({where})"
    bidi = _bidi_problem(text)
    return f"an unbalanced bidi control ({bidi})" if bidi else None


def _parse_text(value: object) -> str:
    if not isinstance(value, str):
        raise BadValueError("text", value)
    if value.isprintable() and "  " not in value and value.strip() == value:
        return value  # already tidy (checking is cheaper than folding white space)
    text = normalise_text(value)
    problem = text_problem(text)
    if problem:
        raise BadValueError(f"text without {problem}", value)
    return text


MONEY = _number_kind(
    "money", "a non-negative number of US dollars", low=0, high=100_000_000, strip="$"
)
HOURLY = _number_kind(
    "hourly", "a non-negative number of US dollars", low=0, high=50_000, strip="$"
)
PERCENT = _number_kind(
    "percent", "a percentage from 0 to 100", low=0, high=100, strip="%", states_range=True
)
RATE = _number_kind("rate", "a percentage (may be negative)", low=-100, high=1_000, strip="%")
COUNT = _number_kind("count", "a non-negative whole number", low=0, high=1_000_000_000, whole=True)
MONTHS = _number_kind(
    "months", "a non-negative whole number of months", low=0, high=1_200, whole=True
)
YEARS = _number_kind("years", "a non-negative number of years", low=0, high=80)
AGE = _number_kind("age", "an age in years, from 0 to 120", low=0, high=120, states_range=True)
RATING = _number_kind("rating", "a rating from 0 to 5", low=0, high=5, states_range=True)
TEXT = Kind("text", "text", _parse_text)
