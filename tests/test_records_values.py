"""Single values: missing spellings, numbers as text, and the rule of each kind of field."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    assert message.startswith(f"expected {kind.expected}")
    assert repr(raw)[:20] in message


def test_long_bad_values_are_shortened_in_messages() -> None:
    with pytest.raises(BadValueError, match=r"got 'x{57}\.\.\.'$"):
        values.MONEY("x" * 500)


def test_normalise_text_folds_whitespace() -> None:
    assert normalise_text("\tChief\n of   Staff ") == "Chief of Staff"


# Issue 8.13: every numeric kind has a maximum, so nothing validate accepts can crash compare.
NUMERIC_KINDS = [values.MONEY, values.HOURLY, values.PERCENT, values.RATE, values.COUNT,
                 values.MONTHS, values.YEARS, values.AGE, values.RATING]  # fmt: skip


@pytest.mark.parametrize("kind", NUMERIC_KINDS, ids=lambda kind: kind.name)
def test_every_numeric_kind_has_a_plausible_maximum(kind: values.Kind) -> None:
    assert kind.maximum is not None
    assert kind(kind.maximum) == kind.maximum
    for too_big in (kind.maximum + 1, 1e30, 1e300, 10**4000, 10**5000, "9" * 400):
        with pytest.raises(BadValueError, match=r"expected .*(at most|to) [\d,]+"):
            kind(too_big)


def test_a_value_over_the_maximum_is_told_the_maximum() -> None:
    with pytest.raises(BadValueError) as caught:
        values.MONEY(1e30)
    assert str(caught.value) == (
        "expected a non-negative number of US dollars, at most 100,000,000, got 1e+30"
    )
    with pytest.raises(BadValueError) as caught:
        values.COUNT(10**5000)  # too long for repr(): described instead
    assert str(caught.value) == (
        "expected a non-negative whole number, at most 1,000,000,000, got a whole number of"
        " about 5,001 digits"
    )


# Issue 8.14 and 8.24: text that cannot be saved, or that looks different from what it is.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Nurse \ud800 Lead", "lone surrogate"),
        ("Nurse \udcff", "lone surrogate"),
        ("Nurse\u202e tsil", "U+202E at character 6 is never closed"),
        ("a\u2066b", "U+2066 at character 2 is never closed"),
        ("a\u202cb", "U+202C at character 2 closes nothing"),
        ("a\u2069b", "U+2069 at character 2 closes nothing"),
        ("a\u2066b\u202c", "closes nothing"),  # an isolate closed by the wrong control
        ("Nur\u200bse", "zero-width character (U+200B at character 4)"),
        ("Nurse\u2060", "zero-width character (U+2060"),
        ("\ufeffNurse", "zero-width character (U+FEFF at character 1)"),
        ("Nur\u200cse", "zero-width joiner"),
        ("Nurse\U000e0041\U000e0042", "invisible formatting character (U+E0041 at character 6)"),
        ("Nur\u00adse", "invisible formatting character (U+00AD"),
        ("Nurse\u200d", "zero-width joiner"),
    ],
    ids=repr,
)
def test_unsafe_text_is_rejected_with_the_character_and_position(text: str, reason: str) -> None:
    with pytest.raises(BadValueError, match=re.escape(reason)) as caught:
        values.TEXT(text)
    str(caught.value).encode("ascii")  # the message itself is printable anywhere


@pytest.mark.parametrize(
    "text",
    [
        "Nurse \u2067\u05d0\u05d7\u05d5\u05ea\u2069 Lead",  # a balanced isolate around Hebrew
        "a\u202bb\u202dc\u202cd\u202c",  # nested embeddings, each closed
        "\U0001f469\u200d\u2695\ufe0f Nurse",  # an emoji ZWJ sequence
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # ZWNJ inside a Persian word
        "Right\u200fto\u200eleft marks",  # LRM/RLM have no scope to leak
    ],
    ids=repr,
)
def test_legitimate_bidi_and_joiners_are_kept(text: str) -> None:
    assert values.TEXT(text) == text


@given(st.text())
def test_accepted_text_is_encodable_and_balanced(text: str) -> None:
    try:
        result = values.TEXT(text)
    except BadValueError:
        return
    assert result is None or (result.encode("utf-8") and values.text_problem(result) is None)


# Issue 8.12: a huge or deeply nested value is shown briefly, never recursed into.
def test_deeply_nested_values_are_shown_without_recursion() -> None:
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(BadValueError, match=r"got \[\[\[.*\.\.\.") as caught:
        values.TEXT(deep)
    assert len(str(caught.value)) < 100


# Issue 14: numbers from numpy and pandas, and their missing markers.
def test_numpy_scalars_are_read_as_plain_numbers() -> None:
    np = pytest.importorskip("numpy")
    assert (values.COUNT(np.int64(5)), type(values.COUNT(np.int64(5)))) == (5, int)
    assert (values.MONEY(np.float32(2.5)), type(values.MONEY(np.float32(2.5)))) == (2.5, float)
    assert type(values.MONEY(np.float64(2.5))) is float
    assert values.MONEY(np.float64("nan")) is None
    assert values.MONEY(np.float32("nan")) is None
    with pytest.raises(BadValueError):
        values.COUNT(np.bool_(True))
    with pytest.raises(BadValueError):
        values.MONEY(np.float64("inf"))


def test_pandas_missing_markers_are_missing() -> None:
    pd = pytest.importorskip("pandas")
    assert is_missing(pd.NA)
    assert is_missing(pd.NaT)
    assert values.MONEY(pd.NA) is None


def test_decimals_are_read() -> None:
    import decimal

    assert values.MONEY(decimal.Decimal("57603.50")) == 57603.5
    assert values.COUNT(decimal.Decimal("12")) == 12
    assert is_missing(decimal.Decimal("NaN"))


@pytest.mark.parametrize("value", [",", "...", " - / ", "()"], ids=repr)
def test_text_without_a_letter_or_digit_is_refused(value: str) -> None:
    """A company named "," read as stray punctuation in prose ("for nurses, it is,.")."""
    with pytest.raises(BadValueError, match="a letter or digit"):
        values.TEXT(value)


@pytest.mark.parametrize("value", ["0", "3M", "É", "Boston, MA"], ids=repr)
def test_text_with_a_letter_or_digit_is_kept(value: str) -> None:
    assert values.TEXT(value) == value
