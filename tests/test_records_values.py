"""Single values: missing spellings, numbers as text, and the rule of each kind of field."""

from __future__ import annotations

import math

import pytest

from careerprose.records import values
from careerprose.records.values import BadValueError, is_missing, normalise_text

MISSING = [None, "", "   ", "-", "–", "—", "N/A", "n/a", "NA", "#N/A", "NaN", "null", "None",
           float("nan")]  # fmt: skip


@pytest.mark.parametrize("value", MISSING, ids=repr)
def test_missing_spellings_are_missing(value: object) -> None:
    assert is_missing(value)
    for kind in (values.MONEY, values.PERCENT, values.COUNT, values.TEXT, values.RATE):
        assert kind(value) is None


@pytest.mark.parametrize("value", [0, 0.0, "0", False, "Nurse", "no", "--"], ids=repr)
def test_present_values_are_not_missing(value: object) -> None:
    assert not is_missing(value)


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        (values.MONEY, 57603, 57603),
        (values.MONEY, "57,603", 57603),
        (values.MONEY, "$57,603", 57603),
        (values.MONEY, " 16.91 ", 16.91),
        (values.MONEY, 0, 0),
        (values.PERCENT, "11.6%", 11.6),
        (values.PERCENT, 100, 100),
        (values.PERCENT, "61.0", 61.0),
        (values.RATE, -8, -8),
        (values.RATE, "-8%", -8),
        (values.RATE, "250", 250),
        (values.COUNT, "126,399", 126399),
        (values.COUNT, 126399.0, 126399),
        (values.COUNT, "1e3", 1000),
        (values.RATING, 4.5, 4.5),
        (values.AGE, 46, 46),
        (values.TEXT, "  Boston,\n  MA ", "Boston, MA"),
    ],
    ids=lambda v: repr(v) if not isinstance(v, values.Kind) else v.name,
)
def test_values_are_read(kind: values.Kind, raw: object, expected: object) -> None:
    result = kind(raw)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        (values.MONEY, -1),
        (values.MONEY, "abc"),
        (values.MONEY, True),
        (values.MONEY, math.inf),
        (values.MONEY, "Infinity"),
        (values.MONEY, [1]),
        (values.MONEY, "1.2.3"),
        (values.PERCENT, 100.1),
        (values.PERCENT, -0.5),
        (values.RATE, -101),
        (values.COUNT, 1.5),
        (values.COUNT, "12.5"),
        (values.COUNT, -3),
        (values.RATING, 5.5),
        (values.AGE, 130),
        (values.MONTHS, 2.5),
        (values.TEXT, 12),
        (values.TEXT, ["a"]),
    ],
    ids=repr,
)
def test_bad_values_are_rejected_with_expectation_and_value(kind: values.Kind, raw: object) -> None:
    with pytest.raises(BadValueError) as caught:
        kind(raw)
    message = str(caught.value)
    assert message.startswith(f"expected {kind.expected}, got ")
    assert repr(raw)[:20] in message


def test_long_bad_values_are_shortened_in_messages() -> None:
    with pytest.raises(BadValueError, match=r"got 'x{57}\.\.\.'$"):
        values.MONEY("x" * 500)


def test_normalise_text_folds_whitespace() -> None:
    assert normalise_text("\tChief\n of   Staff ") == "Chief of Staff"
