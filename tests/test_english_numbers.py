"""careerprose.english.numbers: money, percents, counts, words, ordinals, ranges."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from careerprose import Style, StyleError
from careerprose.english import (
    EnglishError,
    compare_quantities,
    count_noun,
    difference_phrase,
    format_count,
    format_money,
    format_number,
    format_percent,
    money_range,
    months_range,
    number_range,
    number_words,
    ordinal,
    parse_figure,
    round_half_up,
)

MILLIONS = Style(large_money_from=1_000_000)

MONEY = [
    (57603, {}, "$57,603"),
    (35164, {}, "$35,164"),
    (35164.4, {}, "$35,164"),
    (35164.5, {}, "$35,165"),  # half away from zero, not to even
    (35165.5, {}, "$35,166"),
    (27.69, {"hourly": True}, "$27.69"),
    (16.905, {"hourly": True}, "$16.91"),
    (1.005, {"hourly": True}, "$1.01"),  # as written, though the float is a hair below
    (27, {"hourly": True}, "$27.00"),
    (0, {}, "$0"),
    (-1500, {}, "-$1,500"),
    (-0.4, {}, "$0"),  # never "-$0"
    (239200, {"or_more": True}, "$239,200 or more"),
    (57603, {"decimals": 2}, "$57,603.00"),
    (1_234_567, {"style": MILLIONS}, "$1.2 million"),
    (1_000_000, {"style": MILLIONS}, "$1 million"),
    (999_999, {"style": MILLIONS}, "$999,999"),
    (999_960_000, {"style": MILLIONS}, "$1 billion"),
    (400_000, {"style": Style(large_money_from=100_000, large_money_decimals=0)}, "$400,000"),
    (400_000, {"style": Style(large_money_from=100_000)}, "$0.4 million"),
    (2_500_000_000, {"style": MILLIONS}, "$2.5 billion"),
    (-3_400_000, {"style": MILLIONS}, "-$3.4 million"),
    (45.5, {"hourly": True, "style": MILLIONS}, "$45.50"),
    (Fraction(1, 2), {"hourly": True}, "$0.50"),
    (Decimal("57603.50"), {}, "$57,604"),
    (Decimal("27.685"), {"hourly": True}, "$27.69"),
]


@pytest.mark.parametrize(
    ("value", "options", "expected"), MONEY, ids=[case[2] + str(case[1]) for case in MONEY]
)
def test_format_money(value: float, options: dict[str, object], expected: str) -> None:
    assert format_money(value, **options) == expected  # type: ignore[arg-type]


PERCENT = [
    (36, {}, "36%"),
    (-8, {}, "-8%"),
    (11.6, {}, "11.6%"),
    (88.4, {}, "88.4%"),
    (61, {"decimals": 1, "fixed": True}, "61.0%"),
    (0.5, {}, "0.5%"),
    (4.25, {}, "4.3%"),
    (4.0, {}, "4%"),
    (-0.04, {}, "0%"),
    (8, {"signed": True}, "+8%"),
    (-8, {"signed": True}, "-8%"),
    (0, {"signed": True}, "0%"),
    (12.345, {"decimals": 2}, "12.35%"),
    (36.4, {"style": Style(percent_decimals=0)}, "36%"),
    (1234.5, {}, "1,234.5%"),
]


@pytest.mark.parametrize(
    ("value", "options", "expected"), PERCENT, ids=[case[2] + str(case[1]) for case in PERCENT]
)
def test_format_percent(value: float, options: dict[str, object], expected: str) -> None:
    assert format_percent(value, **options) == expected  # type: ignore[arg-type]


def test_counts_and_words() -> None:
    assert format_count(126399) == "126,399"
    assert format_count(40277.0) == "40,277"
    assert format_count(2.5) == "3"
    assert format_count(3, words=True) == "three"
    assert format_count(9, words=True) == "nine"
    assert format_count(10, words=True) == "10"
    assert format_count(3, words=True, style=Style(words_below=0)) == "3"
    assert number_words(0) == "zero"
    assert number_words(21) == "twenty-one"
    assert number_words(-4) == "minus four"
    assert number_words(3.0) == "three"  # type: ignore[arg-type]  # a whole float is allowed
    assert count_noun(3, "skill") == "three skills"
    assert count_noun(1, "job") == "one job"
    assert count_noun(126399, "job") == "126,399 jobs"
    assert count_noun(2, "salary survey") == "two salary surveys"
    assert count_noun(4, "person", plural="people") == "four people"
    assert count_noun(5, "month", words=False) == "5 months"


ORDINALS = [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
            (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th"),
            (1000, "1,000th"), (0, "0th")]  # fmt: skip


@pytest.mark.parametrize(("value", "expected"), ORDINALS, ids=[case[1] for case in ORDINALS])
def test_ordinal(value: int, expected: str) -> None:
    assert ordinal(value) == expected


def test_ordinal_words() -> None:
    assert ordinal(3, words=True) == "third"
    assert ordinal(9, words=True) == "ninth"
    assert ordinal(10, words=True) == "10th"


RANGES = [
    (lambda: money_range(32000, 101000), "between $32,000 and $101,000"),
    (lambda: money_range(27000, 45000, prose=False), "$27,000-$45,000"),
    (lambda: money_range(27000, 45000, prose=False, style=Style(range_separator="–")),
     "$27,000–$45,000"),
    (lambda: money_range(32000, 239200, high_or_more=True), "from $32,000 to $239,200 or more"),
    (lambda: money_range(32000, 239200, high_or_more=True, prose=False),
     "$32,000 to $239,200 or more"),
    (lambda: money_range(32000.2, 32000.4), "$32,000"),
    (lambda: money_range(15.5, 22.25, hourly=True), "between $15.50 and $22.25"),
    (lambda: number_range(6, 12, "month"), "6-12 months"),
    (lambda: number_range(6, 12, "month", style=Style(words_below=13)), "six to twelve months"),
    (lambda: number_range(2, 4, "year"), "two to four years"),
    (lambda: number_range(1, 1, "year"), "one year"),
    (lambda: number_range(12, 12, "month"), "12 months"),
    (lambda: number_range(3, 5), "three to five"),
    (lambda: number_range(10, 20, "person", plural_unit="people"), "10-20 people"),
    (lambda: months_range(6, 12), "6-12 months"),
    (lambda: months_range(12, 24), "one to two years"),
    (lambda: months_range(24, 48), "two to four years"),
    (lambda: months_range(12, 18), "12-18 months"),
    (lambda: months_range(0, 3), "zero to three months"),
    (lambda: months_range(None, 18), "up to 18 months"),
    (lambda: months_range(6, None), "at least six months"),
    (lambda: months_range(None, 24), "up to two years"),
]  # fmt: skip


# ASCII ids: mutmut selects tests by id, and cannot select one holding an en dash.
@pytest.mark.parametrize(
    ("make", "expected"), RANGES, ids=[case[1].replace("\u2013", "--") for case in RANGES]
)
def test_ranges(make: object, expected: str) -> None:
    assert make() == expected  # type: ignore[operator]


BAD_NUMBERS = [None, "abc", "12", float("nan"), float("inf"), -float("inf"), True,
               Decimal("NaN"), [1], object()]  # fmt: skip
FORMATTERS = [format_money, format_percent, format_count, format_number, number_words,
              ordinal, round_half_up]  # fmt: skip


@pytest.mark.parametrize("formatter", FORMATTERS, ids=[f.__name__ for f in FORMATTERS])
@pytest.mark.parametrize("bad", BAD_NUMBERS, ids=[repr(b)[:12] for b in BAD_NUMBERS])
def test_bad_values_are_rejected_naming_them(formatter: object, bad: object) -> None:
    with pytest.raises(EnglishError) as info:
        formatter(bad)  # type: ignore[operator]
    assert repr(bad) in str(info.value)
    assert str(info.value) not in ("None", "zero", "nan")


def test_whole_numbers_required_where_words_are() -> None:
    with pytest.raises(EnglishError, match=r"expected a whole number, got 2\.5"):
        number_words(2.5)  # type: ignore[arg-type]
    with pytest.raises(EnglishError, match="at least 0"):
        ordinal(-1)


def test_bad_options_and_ranges() -> None:
    with pytest.raises(EnglishError, match="decimals must be"):
        format_money(5, decimals=-1)
    with pytest.raises(EnglishError, match="decimals must be"):
        format_percent(5, decimals=True)
    with pytest.raises(EnglishError, match="low end 9 is above the high end 3"):
        money_range(9, 3)
    with pytest.raises(EnglishError, match="low end 9 is above the high end 3"):
        number_range(9, 3)
    with pytest.raises(EnglishError, match="both ends are missing"):
        months_range(None, None)
    with pytest.raises(EnglishError, match="non-empty unit"):
        number_range(1, 2, "")
    with pytest.raises(EnglishError, match="non-empty noun"):
        count_noun(3, " ")
    with pytest.raises(StyleError, match="large_money_from"):
        Style(large_money_from=-1)


def test_round_half_up() -> None:
    assert round_half_up(2.5) == 3.0
    assert round_half_up(-2.5) == -3.0
    assert round_half_up(0.125, 2) == 0.13
    assert round_half_up(27.685, 2) == 27.69
    assert round_half_up(1e20, 2) == 1e20
    assert round_half_up(-0.001, 2) == 0.0


def test_parse_figure_rejects_what_we_never_write() -> None:
    for text in ("", "about $5", "5 %", "$", "1,2345", None):
        with pytest.raises(EnglishError, match="not a figure"):
            parse_figure(text)  # type: ignore[arg-type]


money = st.one_of(
    st.integers(-(10**9), 10**9),
    st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False),
    st.decimals(-(10**6), 10**6, places=3).map(float),
)
percent = st.one_of(
    st.integers(-100, 1000),
    st.floats(-100, 1000, allow_nan=False),
    st.decimals(-100, 100, places=2).map(float),
)


def _close(parsed: float, value: float, unit: float) -> bool:
    return abs(parsed - value) <= unit / 2 + 1e-9 * max(1.0, abs(value))


@given(money, st.sampled_from([0, 2]))
def test_money_parses_back_to_the_value_at_its_precision(value: float, places: int) -> None:
    text = format_money(value, decimals=places)
    assert _close(parse_figure(text), value, 10.0**-places)
    assert not text.startswith("-$0") or text.strip("-$0.,")


@given(money.filter(lambda v: abs(v) >= 1_000_000))
def test_large_money_parses_back_at_its_precision(value: float) -> None:
    text = format_money(value, style=MILLIONS)
    unit = 1e9 if "billion" in text else 1e6
    assert _close(parse_figure(text), value, unit / 10)


@given(percent, st.integers(0, 3))
def test_percent_parses_back_to_the_value_at_its_precision(value: float, places: int) -> None:
    text = format_percent(value, decimals=places)
    assert text.endswith("%")
    assert _close(parse_figure(text), value, 10.0**-places)


@given(st.integers(-(10**12), 10**12) | st.floats(0, 1e12))
def test_counts_parse_back(value: float) -> None:
    assume(not isinstance(value, float) or math.isfinite(value))
    assert _close(parse_figure(format_count(value)), value, 1)


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_money_range_is_ordered_and_exact(low: int, high: int) -> None:
    low, high = sorted((low, high))
    text = money_range(low, high, prose=False)
    if low == high:
        assert parse_figure(text) == low
    else:
        first, second = text.split("-$")
        assert (parse_figure(first), parse_figure("$" + second)) == (low, high)


# Number style an editor expects (issue 10): whole amounts, cents, one range style per article.


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (110, {"hourly": True, "trim_cents": True}, "$110"),
        (110.004, {"hourly": True, "trim_cents": True}, "$110"),
        (110.5, {"hourly": True, "trim_cents": True}, "$110.50"),
        (110, {"hourly": True}, "$110.00"),  # tables keep their decimals
        (0.51, {"hourly": True, "cents": True}, "51 cents"),
        (0.01, {"hourly": True, "cents": True}, "1 cent"),
        (0.004, {"hourly": True, "cents": True}, "$0.00"),
        (1.87, {"hourly": True, "cents": True}, "$1.87"),
        (-0.51, {"hourly": True, "cents": True}, "-$0.51"),
        (0.51, {"cents": True}, "$1"),  # yearly amounts have no cents to speak of
    ],
)
def test_money_as_an_editor_writes_it(value: float, kwargs: dict[str, bool], expected: str) -> None:
    assert format_money(value, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("low", "high", "unit", "joiner", "expected"),
    [
        (6, 12, "month", "dash", "6\u201312 months"),
        (4, 8, "year", "dash", "4\u20138 years"),
        (4, 8, "year", "to", "four to eight years"),
        (6, 12, "month", "to", "6 to 12 months"),
        (6, 12, "month", None, "6-12 months"),
    ],
    ids=["months-dash", "years-dash", "years-to", "months-to", "months-default"],  # ASCII
)
def test_one_range_style_per_article(
    low: int, high: int, unit: str, joiner: str | None, expected: str
) -> None:
    assert number_range(low, high, unit, joiner=joiner) == expected  # type: ignore[arg-type]


def test_a_range_style_never_mixes_dashes_and_words() -> None:
    for joiner, forbidden in (("dash", " to "), ("to", "\u2013")):
        for low, high in itertools.combinations(range(0, 30, 3), 2):
            text = number_range(low, high, "month", joiner=joiner)  # type: ignore[arg-type]
            assert forbidden not in text
            assert "-" not in text


def test_money_range_joiner_and_bad_joiner() -> None:
    assert money_range(27000, 45000, prose=False, joiner="dash") == "$27,000\u2013$45,000"
    assert money_range(27000, 45000, prose=False, joiner="to") == "$27,000 to $45,000"
    with pytest.raises(EnglishError, match="joiner must be 'dash', 'to' or None"):
        number_range(1, 3, joiner="hyphen")  # type: ignore[arg-type]


# Found by mutation testing (docs/testing.md): behaviour no test held.


def test_money_ranges_in_every_form_follow_the_style() -> None:
    assert money_range(32000, 101000) == "between $32,000 and $101,000"
    cents = Style(money_decimals=2)
    assert money_range(32000, 101000, style=cents) == "between $32,000.00 and $101,000.00"
    assert money_range(20.5, 40.25, hourly=True) == "between $20.50 and $40.25"
    top = money_range(32000, 239200, high_or_more=True, prose=False)
    assert top == "$32,000 to $239,200 or more"
    assert money_range(32000, 101000, prose=False, joiner="to") == "$32,000 to $101,000"
    assert money_range(32000, 101000, prose=False, joiner="dash") == "$32,000\u2013$101,000"
    slash = Style(range_separator="/")
    assert money_range(32000, 101000, prose=False, style=slash) == "$32,000/$101,000"


def test_number_ranges_use_words_only_below_the_style_limit() -> None:
    assert number_range(2, 9, "year") == "two to nine years"
    assert number_range(2, 10, "year") == "2-10 years"  # ten is not below words_below=10
    assert number_range(2, 10, "year", style=Style(words_below=11)) == "two to ten years"
    figures = Style(words_below=0)
    assert (number_range(3, 3), number_range(3, 3, style=figures)) == ("three", "3")
    assert number_range(3, 3, "year", style=figures) == "3 years"


def test_months_ranges_turn_whole_years_into_years_from_twelve_months() -> None:
    assert months_range(12, None) == "at least one year"
    assert months_range(None, 12) == "up to one year"
    assert months_range(None, 24, style=Style(words_below=0)) == "up to 2 years"
    figures = Style(words_below=0, range_separator="/")
    assert months_range(24, 48, style=figures) == "2/4 years"
    assert months_range(36, 48) == "three to four years"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: round_half_up("x"), "round_half_up: expected a number, got 'x'"),  # type: ignore[arg-type]
        (lambda: round_half_up(1.5, 13), "round_half_up: decimals must be a whole number"),
        (lambda: money_range("a", 5), "money_range low: expected a number"),  # type: ignore[arg-type]
        (lambda: money_range(5, "b"), "money_range high: expected a number"),  # type: ignore[arg-type]
        (lambda: money_range(5, 6, prose=False, joiner="x"), "money_range: joiner must be"),  # type: ignore[arg-type]
        (lambda: number_range(1, 2.5), "number_range high: expected a whole number, got 2.5"),
        (lambda: number_range(1, 2, joiner="x"), "number_range: joiner must be 'dash', 'to'"),  # type: ignore[arg-type]
        (lambda: months_range(None, None), "months_range: both ends are missing"),
        (lambda: format_percent(5, decimals=13), "format_percent: decimals must be a whole"),
        (lambda: number_words(2.5), "number_words: expected a whole number, got 2.5"),  # type: ignore[arg-type]
    ],
    ids=["round text", "round places", "money low", "money high", "money joiner", "range high",
         "range joiner", "months none", "percent places", "words of a fraction"],
)  # fmt: skip
def test_bad_arguments_are_named_in_the_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(EnglishError) as raised:
        call()
    assert str(raised.value).startswith(message)


def test_fixed_places_are_kept_unless_trimmed_and_one_of_anything_is_singular() -> None:
    assert format_number(12.5, decimals=2) == "12.50"
    assert format_number(12.5, decimals=2, trim=True) == "12.5"
    assert count_noun(1, "year", style=Style(words_below=0)) == "1 year"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_200_000, "1.2 million"),
        (1_000_000, "1 million"),
        (1_250_000, "1.25 million"),
        (10_000_000, "10 million"),
        (3_000_000_000, "3 billion"),
        (-2_300_000, "-2.3 million"),
        # not exact in two decimals of millions, or below a million: the figure itself
        (1_234_000, "1,234,000"),
        (1_656_880, "1,656,880"),
        (999_999, "999,999"),
    ],
    ids=str,
)
def test_a_round_count_of_a_million_or_more_reads_in_millions(value: int, expected: str) -> None:
    assert format_count(value, millions=True) == expected
    assert parse_figure(expected) == value
    assert format_count(value) == format(value, ",")


def test_a_count_difference_of_millions_reads_in_millions() -> None:
    c = compare_quantities(3_500_000, 1_200_000, "count")
    assert difference_phrase(c, noun="job") == "2.3 million more jobs"


@given(st.integers(-(2**53) + 1, 2**53 - 1), st.integers(0, 3))
def test_a_whole_float_reads_as_its_int(value: int, places: int) -> None:
    """A figure that arrives as 57603.0 (JSON, a difference of two rounded values) is written
    exactly as 57603 is, in every format."""
    assert format_number(float(value), decimals=places) == format_number(value, decimals=places)
    assert format_money(float(value), decimals=places) == format_money(value, decimals=places)
    assert format_percent(float(value), decimals=places) == format_percent(value, decimals=places)
    assert format_count(float(value)) == format_count(value)


_TIES = st.builds(
    lambda k, places, sign: (sign * (k + 0.5) / 10**places, places),
    st.integers(0, 10**8),
    st.integers(0, 4),
    st.sampled_from([1, -1]),
)
_ANY = st.tuples(st.floats(-1e12, 1e12, allow_nan=False), st.integers(0, 4))


@given(_TIES | _ANY)
def test_a_figure_rounds_half_away_from_zero_as_written(case: tuple[float, int]) -> None:
    """Every figure rounds its written value (the shortest repr) half away from zero: 2.675
    shows as 2.68 though the double is just below it, and format()'s own rounding (half to
    even, on the binary value) never leaks through, near a tie or far from one."""
    value, places = case
    expected = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert Decimal(format_number(value, decimals=places, grouping=False)) == expected
