"""Comparing two quantities, without wording: which is higher, by how much, as displayed.

:func:`compare_quantities` is the single place that decides what a comparison may claim. It
rounds both values the way they are displayed and compares the rounded values, so two figures
that read the same are equal ("$57,603 is higher than $57,603" cannot happen) and every
difference or ratio it reports is the one a reader can check on the page. A value that is only
a lower bound (a BLS wage shown as "$239,200 or more") supports a claim only when the bound
already decides it; otherwise the relation is ``UNKNOWN``, as it is when a value is missing.

The words for a comparison ("higher", "$22,439 more", "nearly twice as many") come from
:mod:`careerprose.english.wording`; templates only choose among them.

Example:
    >>> c = compare_quantities(57603, 35164, "money")
    >>> c.relation, c.a_display, c.b_display, c.difference
    (<Relation.HIGHER: 'higher'>, '$57,603', '$35,164', 22439.0)
    >>> compare_quantities(57603.2, 57602.9, "money").relation
    <Relation.EQUAL: 'equal'>
    >>> compare_quantities(239200, 250000, "money", a_lower_bound=True).relation
    <Relation.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

import enum
import functools
from typing import NamedTuple

import attrs

from careerprose.english.errors import EnglishError
from careerprose.english.numbers import (
    _LARGE_UNITS,
    Real,
    _fixed,
    _number,
    format_count,
    format_money,
    format_number,
    format_percent,
)
from careerprose.style import Style

__all__ = [
    "Comparison",
    "QuantityKind",
    "Relation",
    "Shown",
    "compare_quantities",
    "compare_shown",
    "display_quantity",
    "shown_side",
    "shown_value",
]

_DEFAULT = Style()


class QuantityKind(str, enum.Enum):
    """What a quantity measures; decides its display, its comparative words and its maths."""

    #: Yearly pay in dollars ("$57,603"): higher/lower, "$22,439 more".
    MONEY = "money"
    #: Hourly pay in dollars ("$27.69").
    HOURLY = "hourly"
    #: A share of a whole, in percent ("36%"): differences are in percentage points.
    SHARE = "share"
    #: A rate of change in percent, possibly negative ("-8%"): differences in percentage points.
    RATE = "rate"
    #: A count of things ("126,399" jobs): more/fewer.
    COUNT = "count"
    #: An age in years ("46"): older/younger.
    AGE = "age"
    #: A duration in years ("12"): longer/shorter.
    YEARS = "years"
    #: A duration in months: longer/shorter.
    MONTHS = "months"
    #: A score such as job satisfaction ("4.2"): higher/lower.
    RATING = "rating"


class Relation(str, enum.Enum):
    """How the first quantity stands to the second, as displayed."""

    HIGHER = "higher"
    LOWER = "lower"
    EQUAL = "equal"
    #: Different figures, but within ``Style.similar_within`` of each other.
    SIMILAR = "similar"
    #: Not comparable: a value is missing, or a lower bound leaves the answer open.
    UNKNOWN = "unknown"

    def flipped(self) -> Relation:
        """The relation seen from the other side (higher ↔ lower)."""
        if self is Relation.HIGHER:
            return Relation.LOWER
        if self is Relation.LOWER:
            return Relation.HIGHER
        return self


def _kind(kind: QuantityKind | str) -> QuantityKind:
    if type(kind) is QuantityKind:
        return kind
    try:
        return QuantityKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in QuantityKind)
        msg = f"unknown quantity kind {kind!r}; known kinds: {known}"
        raise EnglishError(msg) from None


def _decimals(kind: QuantityKind, style: Style) -> int:
    if kind is QuantityKind.MONEY:
        return style.money_decimals
    if kind is QuantityKind.HOURLY:
        return style.hourly_decimals
    if kind in (QuantityKind.SHARE, QuantityKind.RATE):
        return style.percent_decimals
    if kind in (QuantityKind.YEARS, QuantityKind.RATING):
        return 1
    return 0


def shown_value(value: Real, kind: QuantityKind | str, *, style: Style | None = None) -> float:
    """``value`` rounded exactly as :func:`display_quantity` shows it.

    Example:
        >>> shown_value(35164.4, "money"), shown_value(16.905, "hourly"), shown_value(46.4, "age")
        (35164.0, 16.91, 46.0)
        >>> from careerprose import Style
        >>> shown_value(1_234_567, "money", style=Style(large_money_from=1_000_000))
        1200000.0
    """
    st = style or _DEFAULT
    what = _kind(kind)
    number = _number(value, f"{what.value} value")
    if what is QuantityKind.MONEY and st.large_money_from and abs(number) >= st.large_money_from:
        text = format_money(number, style=st)
        scale = next((unit for unit, name in _LARGE_UNITS if text.endswith(name)), None)
        if scale is not None:  # else too small to show in millions: the plain figure
            figure = text.split(" ", 1)[0].lstrip("-$").replace(",", "")
            return float(figure) * scale * (-1 if number < 0 else 1)
    shown = float(_fixed(number, _decimals(what, st), False))
    return shown + 0.0  # turn -0.0 into 0.0


def display_quantity(
    value: Real,
    kind: QuantityKind | str,
    *,
    lower_bound: bool = False,
    style: Style | None = None,
) -> str:
    """How a quantity of ``kind`` is written in prose and tables ("$57,603", "-8%", "46").

    ``lower_bound`` appends "or more".

    Example:
        >>> display_quantity(57603, "money"), display_quantity(27.69, "hourly")
        ('$57,603', '$27.69')
        >>> display_quantity(-8, "rate"), display_quantity(126399, "count")
        ('-8%', '126,399')
        >>> display_quantity(4.25, "rating"), display_quantity(12.0, "years")
        ('4.3', '12')
        >>> display_quantity(239200, "money", lower_bound=True)
        '$239,200 or more'
    """
    st = style or _DEFAULT
    what = _kind(kind)
    if what is QuantityKind.MONEY:
        return format_money(value, style=st, or_more=lower_bound)
    if what is QuantityKind.HOURLY:
        return format_money(value, hourly=True, style=st, or_more=lower_bound)
    if what in (QuantityKind.SHARE, QuantityKind.RATE):
        text = format_percent(value, style=st)
    elif what is QuantityKind.YEARS:
        text = format_number(value, decimals=1, trim=True)
    elif what is QuantityKind.RATING:
        text = format_number(value, decimals=1)
    else:
        text = format_count(value, style=st)
    return f"{text} or more" if lower_bound else text


@attrs.frozen
class Comparison:
    """The outcome of comparing ``a`` with ``b``; every number in it is as displayed.

    Attributes:
        kind: what the quantities measure.
        relation: how ``a`` stands to ``b``.
        a, b: the values given (``None`` when missing).
        a_display, b_display: how each is written ("$57,603"), or ``None`` when missing.
        a_shown, b_shown: each value rounded as displayed.
        a_lower_bound, b_lower_bound: whether a value is only a lower bound ("or more").
        difference: ``a_shown - b_shown`` (signed), when the relation is known.
        ratio: ``a_shown / b_shown`` when both are positive and a ratio means something.
        percent_difference: the difference as a percent of ``b_shown`` ("64% higher"), for
            money, counts and ratings; ``None`` for shares and rates, which differ in points.
        spread: the absolute difference as a fraction of the larger absolute value (what
            ``Style.similar_within`` and ``Style.slightly_within`` are compared with).
        at_least: the difference, ratio and percent are minimums (a side is a lower bound).
        style: the house style the comparison was made under.
    """

    kind: QuantityKind
    relation: Relation
    a: Real | None
    b: Real | None
    a_display: str | None
    b_display: str | None
    a_shown: float | None
    b_shown: float | None
    a_lower_bound: bool
    b_lower_bound: bool
    difference: float | None
    ratio: float | None
    percent_difference: float | None
    spread: float | None
    at_least: bool
    style: Style = attrs.field(repr=False)

    @property
    def known(self) -> bool:
        """Whether the relation is known (not ``UNKNOWN``)."""
        return self.relation is not Relation.UNKNOWN

    def swapped(self) -> Comparison:
        """The same comparison from ``b``'s side."""
        return compare_quantities(
            self.b,
            self.a,
            self.kind,
            a_lower_bound=self.b_lower_bound,
            b_lower_bound=self.a_lower_bound,
            style=self.style,
        )


_NO_RATIO = frozenset({QuantityKind.AGE, QuantityKind.RATE})
_NO_PERCENT = frozenset(
    {
        QuantityKind.SHARE,
        QuantityKind.RATE,
        QuantityKind.AGE,
        QuantityKind.YEARS,
        QuantityKind.MONTHS,
    }
)


def compare_quantities(
    a: Real | None,
    b: Real | None,
    kind: QuantityKind | str,
    *,
    a_lower_bound: bool = False,
    b_lower_bound: bool = False,
    style: Style | None = None,
) -> Comparison:
    """Compare two quantities of one kind as they are displayed.

    - Missing values (``None``) give ``UNKNOWN``.
    - Values that display the same are ``EQUAL``; values whose displayed forms differ by less
      than ``style.similar_within`` of the larger are ``SIMILAR`` ("about the same").
    - A lower bound (``a_lower_bound``) decides only when it is already above the other value
      (then the difference, ratio and percent are minimums: ``at_least``); two bounds, or a
      bound at or below the other value, give ``UNKNOWN``.

    Swapping the operands flips the relation and negates the difference.

    Example:
        >>> compare_quantities(126399, 40277, "count").ratio
        3.1382...
        >>> shares = compare_quantities(36, 34, "share")
        >>> shares.difference, shares.percent_difference
        (2.0, None)
        >>> c = compare_quantities(239200, 100000, "money", a_lower_bound=True)
        >>> c.relation, c.difference, c.at_least
        (<Relation.HIGHER: 'higher'>, 139200.0, True)
        >>> compare_quantities(None, 5, "rate").relation
        <Relation.UNKNOWN: 'unknown'>
    """
    st = style or _DEFAULT
    try:
        return _compare_cached(a, b, kind, a_lower_bound, b_lower_bound, st)
    except TypeError:  # an unhashable value: compare uncached, which reports it clearly
        return _compare(a, b, kind, a_lower_bound, b_lower_bound, st)


def _compare(
    a: Real | None,
    b: Real | None,
    kind: QuantityKind | str,
    a_lower_bound: bool,
    b_lower_bound: bool,
    st: Style,
) -> Comparison:
    what = _kind(kind)
    return compare_shown(
        Shown(a, a_lower_bound, *_as_displayed(a, what, a_lower_bound, st)),
        Shown(b, b_lower_bound, *_as_displayed(b, what, b_lower_bound, st)),
        what,
        st,
    )


class Shown(NamedTuple):
    """One side of a comparison as displayed: the value given, whether it is only a lower
    bound, its text ("$57,603") and its value rounded as shown (both ``None`` when missing).

    Made by :func:`shown_side`; a caller that compares one occupation's figure with many
    others' (a batch) keeps each side's and compares them with :func:`compare_shown`.
    """

    value: Real | None
    lower_bound: bool
    display: str | None
    shown: float | None


def shown_side(
    value: Real | None, kind: QuantityKind, *, lower_bound: bool = False, style: Style
) -> Shown:
    """``value`` of ``kind`` as :func:`compare_quantities` sees it under ``style``."""
    return Shown(value, lower_bound, *_as_displayed(value, kind, lower_bound, style))


def compare_shown(a: Shown, b: Shown, what: QuantityKind, st: Style) -> Comparison:
    """:func:`compare_quantities` on two sides already displayed (:func:`shown_side`)."""
    if a.value is None and b.value is None:  # a field neither record has: one object each
        return _unknown(what, a.lower_bound, b.lower_bound, st)
    a_shown, b_shown = a.shown, b.shown
    a_bound, b_bound = a.lower_bound, b.lower_bound
    difference = ratio = percent = spread = None
    if a_shown is None or b_shown is None or (a_bound and b_bound):
        relation = Relation.UNKNOWN
    else:
        gap = a_shown - b_shown
        size = abs(gap)
        a_size, b_size = abs(a_shown), abs(b_shown)
        larger = a_size if a_size >= b_size else b_size  # max(), without the call
        if a_bound:
            relation = Relation.HIGHER if a_shown > b_shown else Relation.UNKNOWN
        elif b_bound:
            relation = Relation.LOWER if b_shown > a_shown else Relation.UNKNOWN
        elif a_shown == b_shown:
            relation = Relation.EQUAL
        elif size < st.similar_within * larger:
            relation = Relation.SIMILAR
        else:
            relation = Relation.HIGHER if a_shown > b_shown else Relation.LOWER
        if relation is not Relation.UNKNOWN:
            difference = gap
            spread = size / larger if larger else 0.0
            if a_shown > 0 and b_shown > 0 and what not in _NO_RATIO:
                ratio = a_shown / b_shown
            if b_shown > 0 and a_shown >= 0 and what not in _NO_PERCENT:
                percent = gap / b_shown * 100
    known = relation is not Relation.UNKNOWN
    return Comparison(  # positional, in field order: a batch makes millions of these
        what,
        relation,
        a.value,
        b.value,
        a.display,
        b.display,
        a_shown,
        b_shown,
        a_bound,
        b_bound,
        difference,
        ratio,
        percent,
        spread,
        known and (a_bound or b_bound),
        st,
    )


@functools.lru_cache(maxsize=256)
def _unknown(what: QuantityKind, a_lower_bound: bool, b_lower_bound: bool, st: Style) -> Comparison:
    """The comparison of two missing values (immutable, so shared by every pair)."""
    return Comparison(
        kind=what,
        relation=Relation.UNKNOWN,
        a=None,
        b=None,
        a_display=None,
        b_display=None,
        a_shown=None,
        b_shown=None,
        a_lower_bound=a_lower_bound,
        b_lower_bound=b_lower_bound,
        difference=None,
        ratio=None,
        percent_difference=None,
        spread=None,
        at_least=False,
        style=st,
    )


_compare_cached = functools.lru_cache(maxsize=16384, typed=True)(_compare)


def _side(
    value: Real, what: QuantityKind, lower_bound: bool, st: Style
) -> tuple[str | None, float | None]:
    display = display_quantity(value, what, lower_bound=lower_bound, style=st)
    return display, shown_value(value, what, style=st)


#: One side's display and rounded value, cached: in a batch each occupation's figures come
#: back in every pair it is part of, and formatting them is most of a comparison's cost.
_side_cached = functools.lru_cache(maxsize=16384, typed=True)(_side)


def _as_displayed(
    value: Real | None, what: QuantityKind, lower_bound: bool, st: Style
) -> tuple[str | None, float | None]:
    """``value`` as displayed and as rounded for display (``None``, ``None`` when missing)."""
    if value is None:
        return None, None
    try:
        return _side_cached(value, what, lower_bound, st)
    except TypeError:  # an unhashable value: formatting it reports it clearly
        return _side(value, what, lower_bound, st)
