"""careerprose.english.quantities: relations as displayed, lower bounds, and their properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerprose import Style
from careerprose.english import (
    EnglishError,
    QuantityKind,
    Relation,
    compare_quantities,
    display_quantity,
    parse_figure,
    shown_value,
)
from careerprose.english.quantities import Comparison
from careerprose.testing.english import quantity_values

H, L, E, S, U = Relation.HIGHER, Relation.LOWER, Relation.EQUAL, Relation.SIMILAR, Relation.UNKNOWN

CASES = [
    # the reference page
    (57603, 35164, "money", {}, H),
    (27.69, 16.91, "hourly", {}, H),
    (-8, -8, "rate", {}, E),
    (126399, 40277, "count", {}, H),
    (46, 46, "age", {}, E),
    (12, 12, "years", {}, E),
    (36, 34, "share", {}, H),
    # equal as displayed: never "$57,603 is higher than $57,603"
    (57603.2, 57602.9, "money", {}, E),
    (16.904, 16.9, "hourly", {}, E),
    (46.4, 45.6, "age", {}, E),
    (5.04, 5.0, "share", {}, E),
    # about the same, within Style.similar_within of the larger
    (57603, 57100, "money", {}, S),
    (57603, 57100, "money", {"style": Style(similar_within=0)}, H),
    (36.3, 36, "share", {}, S),
    # signs
    (-8, 4, "rate", {}, L),
    (0.1, -0.1, "rate", {}, H),
    (-0.04, 0.04, "rate", {}, E),
    # missing values
    (None, 5, "count", {}, U),
    (5, None, "count", {}, U),
    (None, None, "money", {}, U),
    # lower bounds (BLS top-coded wages)
    (239200, 100000, "money", {"a_lower_bound": True}, H),
    (239200, 250000, "money", {"a_lower_bound": True}, U),
    (239200, 239200, "money", {"a_lower_bound": True}, U),
    (100000, 239200, "money", {"b_lower_bound": True}, L),
    (250000, 239200, "money", {"b_lower_bound": True}, U),
    (239200, 239200, "money", {"a_lower_bound": True, "b_lower_bound": True}, U),
    (115, 48, "hourly", {"a_lower_bound": True}, H),
]


@pytest.mark.parametrize(
    ("a", "b", "kind", "options", "relation"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}-{sorted(c[3])}" for c in CASES],  # type: ignore[call-overload]
)
def test_relation(
    a: float | None, b: float | None, kind: str, options: dict[str, object], relation: Relation
) -> None:
    result = compare_quantities(a, b, kind, **options)  # type: ignore[arg-type]
    assert result.relation is relation
    assert result.known is (relation is not U)


def test_the_reference_page_salaries() -> None:
    c = compare_quantities(57603, 35164, QuantityKind.MONEY)
    assert (c.a_display, c.b_display) == ("$57,603", "$35,164")
    assert c.difference == 22439
    assert c.ratio == pytest.approx(57603 / 35164)
    assert c.percent_difference == pytest.approx(22439 / 35164 * 100)
    assert not c.at_least


def test_differences_are_between_displayed_values() -> None:
    c = compare_quantities(27.694, 16.905, "hourly")
    assert (c.a_display, c.b_display) == ("$27.69", "$16.91")
    assert c.difference == pytest.approx(10.78)
    shares = compare_quantities(36.04, 33.96, "share")  # shown as 36% and 34%: 2 points, not 2.08
    assert (shares.a_display, shares.b_display, shares.difference) == ("36%", "34%", 2.0)
    assert shares.percent_difference is None  # shares differ in points, not percent


def test_lower_bound_differences_are_minimums() -> None:
    c = compare_quantities(239200, 100000, "money", a_lower_bound=True)
    assert (c.a_display, c.difference, c.at_least) == ("$239,200 or more", 139200, True)
    unknown = compare_quantities(239200, 250000, "money", a_lower_bound=True)
    assert (unknown.difference, unknown.ratio, unknown.at_least) == (None, None, False)


def test_ratio_only_where_it_means_something() -> None:
    assert compare_quantities(5, -3, "rate").ratio is None
    assert compare_quantities(50, 40, "age").ratio is None
    assert compare_quantities(0, 40, "count").ratio is None
    assert compare_quantities(10, 5, "count").ratio == 2


def test_large_money_is_compared_as_displayed() -> None:
    style = Style(large_money_from=1_000_000)
    c = compare_quantities(1_234_567, 1_190_000, "money", style=style)
    assert (c.a_display, c.b_display, c.relation) == ("$1.2 million", "$1.2 million", E)
    assert shown_value(1_250_000, "money", style=style) == 1_300_000
    no_places = Style(large_money_from=100_000, large_money_decimals=0)
    assert shown_value(400_000, "money", style=no_places) == 400_000  # "$400,000"


def test_swapped_mirrors_every_field() -> None:
    style = Style(money_decimals=2)
    c = compare_quantities(239200, 100000, "money", a_lower_bound=True, style=style)
    s = c.swapped()
    assert (s.a, s.b) == (100000, 239200)
    assert (s.a_display, s.b_display) == ("$100,000.00", "$239,200.00 or more")
    assert (s.a_shown, s.b_shown) == (100000, 239200)
    assert (s.a_lower_bound, s.b_lower_bound) == (False, True)
    assert s.relation is L
    assert s.difference == -139200
    assert s.ratio == pytest.approx(100000 / 239200)
    assert s.at_least is True
    assert s.kind is QuantityKind.MONEY
    assert s.style == style


def test_unknown_kind() -> None:
    with pytest.raises(EnglishError, match="unknown quantity kind 'salary'; known kinds: money"):
        compare_quantities(1, 2, "salary")


def test_bad_values_name_the_kind() -> None:
    with pytest.raises(EnglishError, match="money: expected a number, got 'lots'"):
        compare_quantities("lots", 2, "money")  # type: ignore[arg-type]


kinds = st.sampled_from(list(QuantityKind))


@st.composite
def pairs(draw: st.DrawFn) -> tuple[QuantityKind, float | None, float | None, bool, bool]:
    kind = draw(kinds)
    values = st.none() | quantity_values(kind)
    a, b = draw(values), draw(values)
    return kind, a, b, draw(st.booleans()), draw(st.booleans())


@given(pairs())
def test_comparisons_are_antisymmetric(
    pair: tuple[QuantityKind, float | None, float | None, bool, bool],
) -> None:
    kind, a, b, a_bound, b_bound = pair
    forward = compare_quantities(a, b, kind, a_lower_bound=a_bound, b_lower_bound=b_bound)
    backward = compare_quantities(b, a, kind, a_lower_bound=b_bound, b_lower_bound=a_bound)
    assert_mirrors(backward, forward)
    assert_mirrors(forward.swapped(), forward)


def assert_mirrors(mirrored: Comparison, forward: Comparison) -> None:
    """``mirrored`` is ``forward`` seen from the other side, field by field."""
    flip = {H: L, L: H}
    assert mirrored.relation is flip.get(forward.relation, forward.relation)
    assert (mirrored.a, mirrored.b) == (forward.b, forward.a)
    assert (mirrored.a_display, mirrored.b_display) == (forward.b_display, forward.a_display)
    assert (mirrored.a_shown, mirrored.b_shown) == (forward.b_shown, forward.a_shown)
    bounds = (mirrored.a_lower_bound, mirrored.b_lower_bound)
    assert bounds == (forward.b_lower_bound, forward.a_lower_bound)
    assert (mirrored.spread, mirrored.at_least) == (forward.spread, forward.at_least)
    assert (mirrored.kind, mirrored.style) == (forward.kind, forward.style)
    if forward.difference is None:
        assert mirrored.difference is None
    else:
        assert mirrored.difference == -forward.difference
    if forward.ratio is None:
        assert mirrored.ratio is None
    else:
        assert mirrored.ratio == pytest.approx(1 / forward.ratio)


@given(pairs())
def test_never_a_difference_that_rounding_hides(
    pair: tuple[QuantityKind, float | None, float | None, bool, bool],
) -> None:
    kind, a, b, a_bound, b_bound = pair
    c = compare_quantities(a, b, kind, a_lower_bound=a_bound, b_lower_bound=b_bound)
    if c.relation in (H, L):
        assert c.a_display != c.b_display
        assert c.a_display is not None
        assert c.b_display is not None
        shown_a = parse_figure(c.a_display.removesuffix(" or more"))
        shown_b = parse_figure(c.b_display.removesuffix(" or more"))
        assert (shown_a > shown_b) is (c.relation is H)
        assert c.difference == pytest.approx(shown_a - shown_b)
    exact = a is not None and b is not None and not (a_bound or b_bound)
    if exact and display_quantity(a, kind) == display_quantity(b, kind):  # type: ignore[arg-type]
        assert c.relation is E


@given(st.sampled_from([QuantityKind.MONEY, QuantityKind.HOURLY, QuantityKind.COUNT]),
       st.data())  # fmt: skip
def test_a_lower_bound_never_supports_a_false_claim(
    kind: QuantityKind, data: st.DataObject
) -> None:
    """Whatever the true value above the bound, the claimed relation holds for it."""
    bound = data.draw(quantity_values(kind))
    other = data.draw(quantity_values(kind))
    extra = data.draw(st.integers(0, 10**6))
    claimed = compare_quantities(bound, other, kind, a_lower_bound=True)
    actual = compare_quantities(bound + extra, other, kind, style=Style(similar_within=0))
    if claimed.relation is H:
        assert actual.relation is H
        assert claimed.difference is not None
        assert actual.difference is not None
        assert actual.difference >= claimed.difference
    else:
        assert claimed.relation is U


@given(pairs())
def test_shown_values_are_what_the_display_says(
    pair: tuple[QuantityKind, float | None, float | None, bool, bool],
) -> None:
    kind, a, _, _, _ = pair
    if a is not None:
        assert shown_value(a, kind) == pytest.approx(parse_figure(display_quantity(a, kind)))


# --- every number a comparison carries (found by mutation testing: docs/testing.md) -------


def test_the_style_shapes_both_sides_displays_and_shown_values() -> None:
    cents = Style(money_decimals=2)
    c = compare_quantities(1234.5, 99.25, "money", style=cents)
    assert (c.a_display, c.b_display) == ("$1,234.50", "$99.25")
    assert (c.a_shown, c.b_shown) == (1234.5, 99.25)
    millions = Style(large_money_from=1_000_000)
    c = compare_quantities(1_250_000, 1_340_000, "money", style=millions)
    assert (c.a_display, c.b_display) == ("$1.3 million", "$1.3 million")
    assert (c.a_shown, c.b_shown, c.relation) == (1_300_000, 1_300_000, Relation.EQUAL)


@pytest.mark.parametrize(
    ("a", "b", "kind", "difference", "spread", "ratio", "percent"),
    [
        (100, 80, "money", 20, 0.2, 1.25, 25.0),
        (80, 100, "money", -20, 0.2, 0.8, -20.0),
        (0.5, 2, "hourly", -1.5, 0.75, 0.25, -75.0),
        (0, 0, "count", 0, 0.0, None, None),
        (0, 5, "count", -5, 1.0, None, -100.0),
        (-8, 4, "rate", -12, 1.5, None, None),
    ],
    ids=["higher", "lower", "below one", "both zero", "one zero", "negative rate"],
)
def test_difference_spread_ratio_and_percent_are_exact(
    a: float, b: float, kind: str, difference: float, spread: float,
    ratio: float | None, percent: float | None,
) -> None:  # fmt: skip
    c = compare_quantities(a, b, kind)
    assert c.difference == pytest.approx(difference)
    assert c.spread == pytest.approx(spread)
    assert c.ratio == (None if ratio is None else pytest.approx(ratio))
    assert c.percent_difference == (None if percent is None else pytest.approx(percent))


def test_an_unknown_relation_carries_no_magnitudes() -> None:
    c = compare_quantities(239200, 239200, "money", a_lower_bound=True, b_lower_bound=True)
    assert c.relation is Relation.UNKNOWN
    assert (c.difference, c.spread, c.ratio, c.percent_difference) == (None, None, None, None)
    assert c.at_least is False
    one = compare_quantities(239200, 100000, "money", a_lower_bound=True)
    assert (one.relation, one.at_least, one.difference) == (H, True, 139200)


@pytest.mark.parametrize(
    ("relation", "flipped"),
    [(H, L), (L, H), (Relation.EQUAL, Relation.EQUAL), (Relation.SIMILAR, Relation.SIMILAR),
     (Relation.UNKNOWN, Relation.UNKNOWN)],
    ids=lambda relation: relation.value,
)  # fmt: skip
def test_a_relation_seen_from_the_other_side(relation: Relation, flipped: Relation) -> None:
    assert relation.flipped() is flipped


# Found by mutation testing (docs/testing.md): each pins a behaviour no test held.


@pytest.mark.parametrize(
    ("value", "kind", "style", "lower_bound", "shown"),
    [
        (57603.5, "money", Style(money_decimals=2), False, "$57,603.50"),
        (27.69, "hourly", Style(hourly_decimals=0), False, "$28"),
        (115, "hourly", Style(), True, "$115.00 or more"),
        (11.64, "share", Style(), False, "11.6%"),
        (11.64, "share", Style(percent_decimals=2), False, "11.64%"),
        (-8.25, "rate", Style(percent_decimals=0), False, "-8%"),
        (12.0, "years", Style(), False, "12"),
        (12.25, "years", Style(), False, "12.3"),
        (12.5, "years", Style(), True, "12.5 or more"),
        (4.0, "rating", Style(), False, "4.0"),
        (4.26, "rating", Style(), False, "4.3"),
        (5, "count", Style(), True, "5 or more"),
    ],
)
def test_display_quantity_follows_the_kind_and_the_style(
    value: float, kind: str, style: Style, lower_bound: bool, shown: str
) -> None:
    assert display_quantity(value, kind, lower_bound=lower_bound, style=style) == shown


def test_shown_values_round_years_and_ratings_to_one_place_and_only_money_to_millions() -> None:
    millions = Style(large_money_from=1_000_000)
    assert shown_value(12.26, "years") == 12.3
    assert shown_value(4.26, "rating") == 4.3
    assert shown_value(-1_234_567, "money", style=millions) == -1_200_000.0
    assert shown_value(1_234_567, "count", style=millions) == 1_234_567.0
    assert str(shown_value(-0.2, "money")) == "0.0"  # never "-0.0"
    assert display_quantity(5, "count") == "5"  # no "or more" unless asked
    with pytest.raises(EnglishError, match="money value: expected a number, got 'abc'"):
        shown_value("abc", "money")  # type: ignore[arg-type]


def test_an_undecided_lower_bound_carries_no_magnitudes() -> None:
    c = compare_quantities(239200, 250000, "money", a_lower_bound=True)
    assert c.relation is Relation.UNKNOWN
    assert (c.difference, c.ratio, c.percent_difference, c.spread) == (None, None, None, None)
    assert c.at_least is False


def test_no_ratio_against_zero_and_a_percent_against_any_positive_value() -> None:
    against_zero = compare_quantities(5, 0, "count")
    assert (against_zero.relation, against_zero.ratio) == (Relation.HIGHER, None)
    assert against_zero.percent_difference is None
    half = compare_quantities(1, 0.5, "hourly")
    assert (half.ratio, half.percent_difference) == (2.0, 100.0)


def test_about_the_same_is_strictly_within_the_style_fraction() -> None:
    wide = Style(similar_within=0.25)
    assert compare_quantities(100, 75, "count", style=wide).relation is Relation.HIGHER
    assert compare_quantities(100, 76, "count", style=wide).relation is Relation.SIMILAR


@pytest.mark.parametrize(("a", "b", "shown"), [([5], 3, "[5]"), (5, [3], "[3]")])
def test_an_unhashable_value_is_a_clear_error(a: object, b: object, shown: str) -> None:
    with pytest.raises(EnglishError, match=rf"count: expected a number, got \{shown}"):
        compare_quantities(a, b, "count")  # type: ignore[arg-type]


def test_an_unknown_kind_lists_the_known_ones() -> None:
    with pytest.raises(EnglishError, match="known kinds: money, hourly, share, rate, count"):
        display_quantity(5, "bananas")
