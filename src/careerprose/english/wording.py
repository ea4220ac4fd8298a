"""Words for a :class:`~careerprose.english.quantities.Comparison`: true by construction.

Every phrase is built from the comparison's displayed values, so it never states a difference
the figures hide, and it is ``None`` when it does not apply (a ratio between growth rates, a
percent between shares). Templates choose among these phrases; they never compute.

Example:
    >>> from careerprose.english import compare_quantities
    >>> c = compare_quantities(57603, 35164, "money")
    >>> comparative(c.kind, c.relation), difference_phrase(c), percent_phrase(c)
    ('higher', '$22,439 more', '64% higher')
    >>> ratio_phrase(compare_quantities(126399, 40277, "count"), noun="job")
    'about 3.1 times as many jobs'
    >>> difference_phrase(compare_quantities(36, 34, "share"))
    '2 percentage points more'
    >>> magnitude_phrase(compare_quantities(57603, 57100, "money"))
    'about the same'
"""

from __future__ import annotations

import functools
import math
from typing import Literal

import attrs

from careerprose.english.errors import EnglishError
from careerprose.english.numbers import (
    Real,
    _fixed,
    _number,
    _trim,
    count_noun,
    format_count,
    format_money,
    format_number,
    format_percent,
    number_words,
)
from careerprose.english.quantities import Comparison, QuantityKind, Relation
from careerprose.style import Style

__all__ = [
    "Gap",
    "Wording",
    "change_word",
    "comparative",
    "describe",
    "difference_phrase",
    "gap_kind",
    "magnitude_phrase",
    "percent_phrase",
    "ratio_phrase",
    "times_phrase",
]

_DEFAULT = Style()
Form = Literal["adjective", "amount"]

_K = QuantityKind
#: (higher, lower) for each kind, as an adjective ("a higher salary") and as an amount
#: ("$22,439 more", "2 percentage points more", "3 more years").
_ADJECTIVE: dict[QuantityKind, tuple[str, str]] = {
    _K.MONEY: ("higher", "lower"),
    _K.HOURLY: ("higher", "lower"),
    _K.SHARE: ("higher", "lower"),
    _K.RATE: ("higher", "lower"),
    _K.RATING: ("higher", "lower"),
    _K.COUNT: ("more", "fewer"),
    _K.AGE: ("older", "younger"),
    _K.YEARS: ("longer", "shorter"),
    _K.MONTHS: ("longer", "shorter"),
}
_AMOUNT: dict[QuantityKind, tuple[str, str]] = {
    _K.MONEY: ("more", "less"),
    _K.HOURLY: ("more", "less"),
    _K.SHARE: ("more", "less"),
    _K.RATE: ("higher", "lower"),
    _K.RATING: ("higher", "lower"),
    _K.COUNT: ("more", "fewer"),
    _K.AGE: ("older", "younger"),
    _K.YEARS: ("more", "fewer"),
    _K.MONTHS: ("more", "fewer"),
}
#: How a ratio is read for each kind ("twice as many", "twice as much", "twice as high").
_AS: dict[QuantityKind, str] = {
    _K.MONEY: "as much",
    _K.HOURLY: "as much",
    _K.SHARE: "as high",
    _K.RATING: "as high",
    _K.COUNT: "as many",
    _K.YEARS: "as long",
    _K.MONTHS: "as long",
}
_FRACTIONS = {2: "half", 3: "a third", 4: "a quarter", 5: "a fifth", 6: "a sixth",
              7: "a seventh", 8: "an eighth", 9: "a ninth", 10: "a tenth"}  # fmt: skip


def comparative(
    kind: QuantityKind | str, relation: Relation | str, *, form: Form = "adjective"
) -> str:
    """The comparative word for a kind and relation.

    ``form="adjective"``: higher/lower (money, shares, rates, ratings), more/fewer (counts),
    older/younger (ages), longer/shorter (durations). ``form="amount"``, for a figure in front
    ("$22,439 more"): more/less for money and shares, more/fewer for counts and durations.
    ``EQUAL`` gives "the same", ``SIMILAR`` "about the same"; ``UNKNOWN`` is an error, since
    there is nothing true to say.

    Example:
        >>> comparative("count", "lower"), comparative("money", "lower", form="amount")
        ('fewer', 'less')
        >>> comparative("age", "higher"), comparative("months", "lower")
        ('older', 'shorter')
        >>> comparative("rate", "equal"), comparative("rate", "similar")
        ('the same', 'about the same')
    """
    return _comparative(kind, relation, form)


@functools.lru_cache(maxsize=256)  # a few dozen (kind, relation, form), asked for per figure
def _comparative(kind: QuantityKind | str, relation: Relation | str, form: Form) -> str:
    what = QuantityKind(kind)
    rel = Relation(relation)
    if rel is Relation.EQUAL:
        return "the same"
    if rel is Relation.SIMILAR:
        return "about the same"
    if rel is Relation.UNKNOWN:
        msg = f"comparative: the relation is unknown: nothing true to say about {what.value}"
        raise EnglishError(msg)
    if form not in ("adjective", "amount"):
        msg = f"comparative: form must be 'adjective' or 'amount', got {form!r}"
        raise EnglishError(msg)
    table = _ADJECTIVE if form == "adjective" else _AMOUNT
    higher, lower = table[what]
    return higher if rel is Relation.HIGHER else lower


def _directed(c: Comparison) -> bool:
    return c.relation in (Relation.HIGHER, Relation.LOWER) and c.difference is not None


def _word(c: Comparison, table: dict[QuantityKind, tuple[str, str]]) -> str:
    """The comparative of a directed comparison from ``table`` (:func:`comparative` without
    its checks, which a directed comparison has passed)."""
    higher, lower = table[c.kind]
    return higher if c.relation is Relation.HIGHER else lower


def _with_noun(text: str, amount: float, noun: str | None) -> str:
    if not noun:
        return text
    plural = count_noun(2 if amount != 1 else 1, noun, words=False).split(" ", 1)[1]
    return f"{text} {plural}"


def _units(amount: float, unit: str, style: Style) -> str:
    if float(amount).is_integer():
        return count_noun(int(amount), unit, style=style)
    return f"{format_number(amount, decimals=2, trim=True)} {unit}s"


def difference_phrase(c: Comparison, *, noun: str | None = None) -> str | None:
    """The difference as an amount: "$22,439 more", "2 percentage points more", "3 years older".

    Money in dollars; shares and rates in percentage points; counts as a count ("86,122 more
    jobs" with ``noun="job"``); ages and durations in years or months. A lower bound on one
    side gives "at least …". ``None`` unless the relation is higher or lower.

    Example:
        >>> from careerprose.english import compare_quantities
        >>> difference_phrase(compare_quantities(126399, 40277, "count"), noun="job")
        '86,122 more jobs'
        >>> difference_phrase(compare_quantities(-8, 4, "rate"))
        '12 percentage points lower'
        >>> difference_phrase(compare_quantities(49, 46, "age"))
        'three years older'
        >>> difference_phrase(compare_quantities(239200, 100000, "money", a_lower_bound=True))
        'at least $139,200 more'
    """
    if not _directed(c) or c.difference is None:
        return None
    return _difference(c, c.difference, noun)


def _difference(c: Comparison, difference: float, noun: str | None) -> str:
    """:func:`difference_phrase` of a directed comparison."""
    return _difference_words(c, difference, noun, _word(c, _ADJECTIVE), _word(c, _AMOUNT))


def _difference_words(
    c: Comparison, difference: float, noun: str | None, adjective: str, word: str
) -> str:
    """:func:`_difference` given the comparison's ``adjective`` and amount ``word``."""
    amount = abs(difference)
    st = c.style
    kind = c.kind
    if kind is _K.HOURLY:  # format_money(amount, hourly=True), amount >= 0
        text = f"${_fixed(amount, st.hourly_decimals, True)} {word}"
    elif kind is _K.MONEY:
        if st.large_money_from:  # "$1.2 million" possible
            text = f"{format_money(amount, style=st)} {word}"
        else:  # format_money(amount), amount >= 0
            text = f"${_fixed(amount, st.money_decimals, True)} {word}"
    elif kind is _K.SHARE or kind is _K.RATE:
        points = _trim(_fixed(amount, st.percent_decimals, True))  # format_percent, no "%"
        unit = "percentage point" if points == "1" else "percentage points"
        text = f"{points} {unit} {word}"
    elif kind is _K.COUNT:
        figure = format_count(amount, words=True, millions=True, style=st)
        text = _with_noun(f"{figure} {word}", amount, noun)
    elif kind is _K.AGE:
        text = f"{_units(amount, 'year', st)} {word}"
    elif kind is _K.YEARS:
        text = f"{_units(amount, 'year', st)} {adjective}"
    elif kind is _K.MONTHS:
        text = f"{_units(amount, 'month', st)} {adjective}"
    else:
        figure = format_number(amount, decimals=1, trim=True)
        text = f"{figure} {'point' if figure == '1' else 'points'} {word}"
    return f"at least {text}" if c.at_least else text


def percent_phrase(c: Comparison, *, noun: str | None = None) -> str | None:
    """The difference as a percent of the other value: "64% higher", "39% fewer jobs".

    Only for money, counts and ratings (shares and rates differ in percentage points, ages
    and durations in years). Whole percents, or one decimal place when that would show 0%.
    ``None`` when a lower value would read "100% lower" (that is zero): use a ratio.

    Example:
        >>> from careerprose.english import compare_quantities
        >>> percent_phrase(compare_quantities(35164, 57603, "money"))
        '39% lower'
        >>> percent_phrase(compare_quantities(36, 34, "share")) is None
        True
        >>> percent_phrase(compare_quantities(3510, 817870, "count")) is None
        True
    """
    if not _directed(c) or c.percent_difference is None:
        return None
    return _percent(c, c.percent_difference, noun)


def _percent(c: Comparison, percent: float, noun: str | None) -> str | None:
    """:func:`percent_phrase` of a directed comparison with a percent difference."""
    return _percent_words(c, percent, noun, _word(c, _ADJECTIVE))


def _percent_words(c: Comparison, percent: float, noun: str | None, adjective: str) -> str | None:
    """:func:`_percent` given the comparison's ``adjective``."""
    value = abs(percent)
    if c.at_least:
        value = math.floor(value)
        if value == 0:  # "at least 0% higher" says nothing
            return None
        figure = f"{value:,.0f}%"
    else:
        figure = _fixed(value, 0, True) + "%"  # format_percent(value, decimals=0)
        if figure == "0%":
            figure = format_percent(value, decimals=1)
    if figure == "100%" and c.relation is Relation.LOWER:  # "100% fewer" would mean none
        return None
    text = f"{figure} {adjective}"
    text = _with_noun(text, 2, noun) if noun and c.kind is _K.COUNT else text
    return f"at least {text}" if c.at_least else text


def _times(n: int, style: Style) -> str:
    if n == 2:
        return "twice"
    return f"{number_words(n) if n < style.words_below else format(n, ',')} times"


def _ratio_step(ratio: float) -> float:
    """The precision a ratio is shown at: tenths below 10, units below 100, then two
    significant figures ("3.1 times", "12 times", "120 times", "1,200 times")."""
    if ratio < 10:
        return 0.1
    if ratio < 100:
        return 1.0
    return 10.0 ** (math.floor(math.log10(ratio)) - 1)


def times_phrase(ratio: Real, *, at_least: bool = False, style: Style | None = None) -> str:
    """A ratio of two values in words, rounded as an editor rounds it.

    Tenths below 10 ("about 3.1 times"), whole numbers from 10 ("just over 10 times", never
    "10.1 times") and two significant figures from 100 ("nearly 120 times"). A rounded value
    above the ratio reads "nearly", below it "just over"; an exact ratio stands alone; a lower
    bound is rounded down and reads "at least".

    Example:
        >>> times_phrase(2), times_phrase(1.98), times_phrase(3.14), times_phrase(10.1)
        ('twice', 'nearly twice', 'about 3.1 times', 'just over 10 times')
        >>> times_phrase(118.6), times_phrase(1234), times_phrase(10.7, at_least=True)
        ('nearly 120 times', 'just over 1,200 times', 'at least 10 times')
    """
    r = float(_number(ratio, "times_phrase"))
    if r <= 0:
        msg = f"times_phrase: expected a positive ratio, got {ratio!r}"
        raise EnglishError(msg)
    return _times_words(r, at_least, style or _DEFAULT)


def _times_words(r: float, at_least: bool, st: Style) -> str:
    """:func:`times_phrase` of a positive ratio, already checked (rounded and written with
    ``_fixed``, as ``round_half_up`` and ``format_number`` do after their own checks)."""
    step = _ratio_step(r)
    if at_least:
        floor = math.floor(r / step + 1e-9) * step
        if step < 1 and not round(floor, 1).is_integer():
            return f"at least {_fixed(floor, 1, True)} times"
        return f"at least {_times(round(floor), st)}"
    if step < 1:
        shown = float(_fixed(r, 1, False))  # round_half_up(r, 1)
        if not shown.is_integer():
            exact = math.isclose(r, shown, rel_tol=1e-12)
            return f"{'' if exact else 'about '}{_fixed(shown, 1, True)} times"
        n = int(shown)
    else:
        n = int(float(_fixed(r / step, 0, False)) * step)  # round_half_up(r / step) * step
    if math.isclose(r, n, rel_tol=1e-12):
        return _times(n, st)
    return f"{'nearly' if r < n else 'just over'} {_times(n, st)}"


def ratio_phrase(c: Comparison, *, noun: str | None = None) -> str | None:
    """The comparison as a ratio: "twice as many", "nearly twice as much", "about 3.1 times as
    many jobs", "nearly 120 times as much", "half as much", "just over a third as many".

    Given when the larger value is at least 1.5 times the smaller (for the lower side, when a
    neat fraction fits); ``None`` for ages and growth rates, whose ratios mean little, and
    when either value is not positive. Rounded by :func:`times_phrase`.

    Example:
        >>> from careerprose.english import compare_quantities
        >>> ratio_phrase(compare_quantities(80000, 40000, "money"))
        'twice as much'
        >>> ratio_phrase(compare_quantities(39000, 20000, "money"))
        'nearly twice as much'
        >>> ratio_phrase(compare_quantities(20000, 40000, "money"))
        'half as much'
        >>> ratio_phrase(compare_quantities(121000, 1010, "money"))
        'nearly 120 times as much'
        >>> ratio_phrase(compare_quantities(12, 11, "count")) is None
        True
    """
    if not _directed(c) or c.ratio is None or c.kind not in _AS:
        return None
    return _ratio(c, c.ratio, noun)


def _ratio(c: Comparison, ratio: float, noun: str | None) -> str | None:
    """:func:`ratio_phrase` of a directed comparison with a ratio, of a kind in ``_AS``."""
    as_word = _with_noun(_AS[c.kind], 2, noun) if noun and c.kind is _K.COUNT else _AS[c.kind]
    if c.relation is Relation.HIGHER:
        if ratio < 1.5:
            return None
        return f"{_times_words(float(ratio), c.at_least, c.style)} {as_word}"
    if c.at_least:
        return None
    inverse = 1 / ratio
    shown = float(_fixed(inverse, 1, False))  # round_half_up(inverse, 1)
    n = int(shown)
    if not shown.is_integer() or n not in _FRACTIONS:
        return None
    if math.isclose(inverse, n, rel_tol=1e-12):
        return f"{_FRACTIONS[n]} {as_word}"
    return f"{'just over' if inverse < n else 'just under'} {_FRACTIONS[n]} {as_word}"


Gap = Literal["same", "similar", "slight", "ratio", "points", "percent", "difference"]


def gap_kind(c: Comparison) -> Gap | None:
    """How the house states a gap: the decision behind :func:`magnitude_phrase`.

    "same" and "similar" for equal or near values; "slight" within ``Style.slightly_within``;
    "ratio" for a large gap (the larger value nearly twice the smaller or more: "about 3.1
    times as much"); otherwise a difference: "points" for shares and rates, "percent" for
    counts, "difference" for amounts ("$1.87 more"). ``None`` when the relation is unknown.

    Example:
        >>> from careerprose.english import compare_quantities
        >>> gap_kind(compare_quantities(126399, 40277, "count"))
        'ratio'
        >>> gap_kind(compare_quantities(57603, 35164, "money"))
        'difference'
        >>> gap_kind(compare_quantities(36, 12, "share"))
        'points'
        >>> gap_kind(compare_quantities(1, None, "money")) is None
        True
    """
    return _gap_kind(
        c, has_ratio=ratio_phrase(c) is not None, has_percent=percent_phrase(c) is not None
    )


def _gap_kind(c: Comparison, *, has_ratio: bool, has_percent: bool) -> Gap | None:
    """:func:`gap_kind`, told whether a ratio and a percent phrase exist (they are worked out
    once per comparison by :func:`describe`)."""
    if c.relation is Relation.EQUAL:
        return "same"
    if c.relation is Relation.SIMILAR:
        return "similar"
    if not _directed(c):
        return None
    if not c.at_least and c.spread is not None and c.spread < c.style.slightly_within:
        return "slight"
    if c.ratio and c.kind not in (_K.SHARE, _K.RATE) and has_ratio:
        larger_by = c.ratio if c.relation is Relation.HIGHER else 1 / c.ratio
        if larger_by >= 1.95:
            return "ratio"
    if c.kind in (_K.SHARE, _K.RATE):
        return "points"
    if c.kind is _K.COUNT and has_percent:
        return "percent"
    return "difference"


def magnitude_phrase(c: Comparison, *, noun: str | None = None) -> str | None:
    """The house choice of phrase for a comparison; ``None`` when the relation is unknown.

    "the same" (equal as displayed), "about the same" (within ``Style.similar_within``),
    "slightly higher" (within ``Style.slightly_within``), a ratio from nearly twice up, then:
    percentage points for shares and rates, a percent for counts, an amount otherwise
    (:func:`gap_kind` makes the choice).

    Example:
        >>> from careerprose.english import compare_quantities
        >>> magnitude_phrase(compare_quantities(57603, 35164, "money"))
        '$22,439 more'
        >>> magnitude_phrase(compare_quantities(58000, 56000, "money"))
        'slightly higher'
        >>> magnitude_phrase(compare_quantities(126399, 40277, "count"), noun="job")
        'about 3.1 times as many jobs'
        >>> magnitude_phrase(compare_quantities(-8, -8, "rate"))
        'the same'
    """
    return _magnitude(c, gap_kind(c), noun=noun)


def _magnitude(
    c: Comparison,
    kind: Gap | None,
    *,
    noun: str | None = None,
    phrases: tuple[str | None, str | None, str | None] | None = None,
) -> str | None:
    """The phrase for gap ``kind``; ``phrases`` are the difference, percent and ratio phrases
    with ``noun`` when already worked out."""
    if kind is None:
        return None
    if kind in ("same", "similar"):
        return comparative(c.kind, c.relation)
    if kind == "slight":
        return f"slightly {comparative(c.kind, c.relation)}"
    difference, percent, ratio = phrases or (None, None, None)
    if kind == "ratio":
        return ratio if phrases else ratio_phrase(c, noun=noun)
    if kind == "percent":
        return percent if phrases else percent_phrase(c, noun=noun)
    return difference if phrases else difference_phrase(c, noun=noun)


@attrs.frozen
class Wording:
    """Every phrase for one comparison, for templates to choose from (``None``: not apt).

    Attributes:
        relation: the relation's value ("higher", "lower", "equal", "similar", "unknown").
        comparative: "higher", "fewer", "older", "the same", ...; ``None`` when unknown.
        amount_comparative: the word after a figure ("more", "less", "fewer").
        difference: "$22,439 more", "2 percentage points more".
        percent: "64% higher".
        ratio: "about 3.1 times as many".
        best: the house choice (:func:`magnitude_phrase`).
    """

    relation: str
    comparative: str | None
    amount_comparative: str | None
    difference: str | None
    percent: str | None
    ratio: str | None
    best: str | None


@functools.lru_cache(maxsize=256)
def _undirected(kind: QuantityKind, relation: Relation) -> Wording:
    """The words of a comparison that states no difference (equal, similar or unknown): they
    depend on its kind and relation alone."""
    word = None if relation is Relation.UNKNOWN else comparative(kind, relation)
    settled = relation in (Relation.EQUAL, Relation.SIMILAR)
    return Wording(
        relation=relation.value,
        comparative=word,
        amount_comparative=None if word is None else comparative(kind, relation, form="amount"),
        difference=None,
        percent=None,
        ratio=None,
        best=word if settled else None,
    )


def _directed_wording(c: Comparison, difference: float, noun: str | None) -> Wording:
    """The words of a comparison with a difference (higher or lower): worked out each time,
    since a batch rarely compares the same two figures twice.

    The comparative words are looked up once and the house choice (:func:`gap_kind`, then
    :func:`magnitude_phrase`) is made here from the phrases already worked out: a batch
    describes several comparisons an article, and each layer of calls was a share of it.
    """
    kind = c.kind
    index = 0 if c.relation is Relation.HIGHER else 1
    adjective = _ADJECTIVE[kind][index]
    amount_word = _AMOUNT[kind][index]
    amount = _difference_words(c, difference, noun, adjective, amount_word)
    percent_difference = c.percent_difference
    percent = (
        None
        if percent_difference is None
        else _percent_words(c, percent_difference, noun, adjective)
    )
    ratio_value = c.ratio
    ratio = None if ratio_value is None or kind not in _AS else _ratio(c, ratio_value, noun)
    # The house choice, as _gap_kind and _magnitude make it for a directed comparison.
    spread = c.spread
    if not c.at_least and spread is not None and spread < c.style.slightly_within:
        best: str | None = f"slightly {adjective}"
    elif (
        ratio is not None
        and ratio_value  # a ratio phrase needs one: this only tells mypy
        and kind is not _K.SHARE
        and (ratio_value if index == 0 else 1 / ratio_value) >= 1.95
    ):
        best = ratio
    elif kind is _K.COUNT and percent is not None:
        best = percent
    else:
        best = amount  # a difference: in points for shares and rates, else an amount
    # Positional, in field order (relation, comparative, amount_comparative, difference,
    # percent, ratio, best): a keyword call costs more, for every figure of every pair.
    return Wording(_RELATION_TEXT[index], adjective, amount_word, amount, percent, ratio, best)


#: The relation's text of a directed comparison, by its index in the word tables.
_RELATION_TEXT = (Relation.HIGHER.value, Relation.LOWER.value)


def describe(c: Comparison, *, noun: str | None = None) -> Wording:
    """All the wording for a comparison at once.

    Example:
        >>> from careerprose.english import compare_quantities
        >>> w = describe(compare_quantities(57603, 35164, "money"))
        >>> w.comparative, w.difference, w.percent, w.ratio, w.best
        ('higher', '$22,439 more', '64% higher', 'about 1.6 times as much', '$22,439 more')
        >>> describe(compare_quantities(None, 1, "count")).best is None
        True
    """
    if not isinstance(c, Comparison):
        msg = f"describe: expected a Comparison from compare_quantities, got {c!r}"
        raise EnglishError(msg)
    difference = c.difference
    if difference is not None and c.relation in (Relation.HIGHER, Relation.LOWER):
        return _directed_wording(c, difference, noun)
    return _undirected(c.kind, c.relation)


def change_word(rate: Real, *, style: Style | None = None) -> str:
    """ "growth", "decline" or "no change" for a rate of change, as displayed.

    Example:
        >>> change_word(5), change_word(-8), change_word(0.04)
        ('growth', 'decline', 'no change')
    """
    shown = format_percent(_number(rate, "change_word"), style=style or _DEFAULT)
    if shown == "0%":
        return "no change"
    return "decline" if shown.startswith("-") else "growth"
