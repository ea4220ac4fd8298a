"""Figures in prose and tables: money, percents, counts, number words, ordinals and ranges.

Every formatter validates its input and names it in the error (never "None", "nan" or "zero"
for a bad value), rounds half away from zero at the displayed precision (a value written as
27.685 shows as "$27.69"), and never shows a negative zero. Choices a content team makes once
(decimal places, numbers in words below ten, "$1.2 million") come from
:class:`careerprose.Style`; its defaults follow the reference page.

Percents are given in percent, as the records store them: ``36`` is "36%".

Example:
    >>> format_money(57603), format_money(27.685, hourly=True), format_money(239200, or_more=True)
    ('$57,603', '$27.69', '$239,200 or more')
    >>> format_percent(36), format_percent(-8), format_percent(11.6), format_count(126399)
    ('36%', '-8%', '11.6%', '126,399')
    >>> money_range(32000, 101000), number_range(6, 12, "month")
    ('between $32,000 and $101,000', '6-12 months')
    >>> count_noun(3, "skill"), ordinal(3), ordinal(2, words=True), number_words(21)
    ('three skills', '3rd', 'second', 'twenty-one')
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from careerprose.english.errors import EnglishError
from careerprose.style import Style

__all__ = [
    "Joiner",
    "count_noun",
    "format_count",
    "format_money",
    "format_number",
    "format_percent",
    "money_range",
    "months_range",
    "number_range",
    "number_words",
    "ordinal",
    "parse_figure",
    "round_half_up",
]

Real = int | float

_DEFAULT = Style()
_LARGE_UNITS: tuple[tuple[int, str], ...] = (
    (1_000_000_000_000, "trillion"),
    (1_000_000_000, "billion"),
    (1_000_000, "million"),
)
_QUANTUM = tuple(Decimal(1).scaleb(-places) for places in range(13))


def _number(value: object, what: str) -> Real:
    """Check that ``value`` is a finite real number (not bool, not text) and return it."""
    kind = type(value)
    if kind is int:
        return value  # type: ignore[return-value]
    if kind is float:
        if value - value != 0.0:  # type: ignore[operator]  # NaN or infinity
            msg = f"{what}: expected a finite number, got {value!r}"
            raise EnglishError(msg)
        return value  # type: ignore[return-value]
    if isinstance(value, Decimal):
        if not value.is_finite():
            msg = f"{what}: expected a finite number, got {value!r}"
            raise EnglishError(msg)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        msg = f"{what}: expected a number, got {value!r}"
        raise EnglishError(msg)
    if isinstance(value, int):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    number = float(value)
    if not math.isfinite(number):
        msg = f"{what}: expected a finite number, got {value!r}"
        raise EnglishError(msg)
    return number


def _whole(value: object, what: str) -> int:
    number = _number(value, what)
    if isinstance(number, float):
        if not number.is_integer():
            msg = f"{what}: expected a whole number, got {value!r}"
            raise EnglishError(msg)
        return int(number)
    return number


def _places(decimals: object, what: str) -> int:
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 12:
        msg = f"{what}: decimals must be a whole number from 0 to 12, got {decimals!r}"
        raise EnglishError(msg)
    return decimals


#: Below this size every whole float is exactly an int, so formatting the int is the same.
_EXACT = 2.0**53

_SPECS = (
    tuple(f".{places}f" for places in range(13)),
    tuple(f",.{places}f" for places in range(13)),
)


def _fixed(value: Real, decimals: int, grouping: bool) -> str:
    """``value`` with ``decimals`` places, rounded half away from zero, no negative zero."""
    spec = _SPECS[grouping][decimals]
    if type(value) is int:
        text = format(value, spec)
    elif type(value) is float and value.is_integer() and -_EXACT < value < _EXACT:  # as an int
        text = format(int(value), spec)
    elif type(value) is float and _far_from_a_tie(value, decimals):
        text = format(value, spec)
    else:
        written = repr(value)
        dot = written.find(".")
        tie = dot >= 0 and len(written) - dot - 2 == decimals and written[-1] == "5"
        if tie or "e" in written:
            exact = Decimal(written).quantize(_QUANTUM[decimals], rounding=ROUND_HALF_UP)
            text = format(exact, spec)
        else:
            text = format(value, spec)
    if text[0] == "-" and not text.strip("-0.,"):  # format() never gives ""
        return text[1:]
    return text


#: 10 to the power of each number of decimal places.
_POWERS = tuple(10.0**places for places in range(13))


def _far_from_a_tie(value: float, decimals: int) -> bool:
    """Whether ``value`` is surely no tie at ``decimals`` places (its shortest repr does not end
    in a 5 just past them) and its repr has no exponent, so ``format`` rounds it as
    :func:`_fixed` must, without the repr: the scaled value's fraction is more than a
    millionth from one half, far beyond the error of scaling a double below 10**9 (under
    10**-6.6). Most figures are; the rest take the exact path."""
    magnitude = abs(value)
    if magnitude < 1e-4:  # repr writes an exponent from 1e-5 down
        return False
    scaled = magnitude * _POWERS[decimals]
    return scaled < 1e9 and abs(scaled % 1.0 - 0.5) > 1e-6


def _trim(text: str) -> str:
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def round_half_up(value: Real, decimals: int = 0) -> float:
    """``value`` rounded as it is displayed: half away from zero, at ``decimals`` places.

    The comparison layer compares these rounded values, so prose never claims a difference
    that the figures on the page do not show.

    Example:
        >>> round_half_up(2.5), round_half_up(-2.5), round_half_up(27.685, 2)
        (3.0, -3.0, 27.69)
    """
    return float(_fixed(_number(value, "round_half_up"), _places(decimals, "round_half_up"), False))


def format_number(
    value: Real, *, decimals: int = 0, trim: bool = False, grouping: bool = True
) -> str:
    """A plain figure with thousands separators: "126,399", "4.5".

    ``trim`` drops trailing zeros ("4.50" → "4.5", "12.0" → "12").

    Example:
        >>> format_number(1234567.891, decimals=2), format_number(12.0, decimals=1, trim=True)
        ('1,234,567.89', '12')
    """
    number = _number(value, "format_number")
    text = _fixed(number, _places(decimals, "format_number"), grouping)
    return _trim(text) if trim else text


def _large(value: float, style: Style) -> str | None:
    magnitude = abs(value)
    if not style.large_money_from or magnitude < style.large_money_from:
        return None
    for index, (unit, name) in enumerate(_LARGE_UNITS):
        if magnitude >= unit or index == len(_LARGE_UNITS) - 1:
            scaled = _trim(_fixed(magnitude / unit, style.large_money_decimals, True))
            if index and scaled.replace(",", "") == "1000":  # 999.96 million shows as 1 billion
                unit, name = _LARGE_UNITS[index - 1]
                scaled = _trim(_fixed(magnitude / unit, style.large_money_decimals, True))
            if not scaled.strip("0.,"):
                return None  # "$0 million" for $400,000 would read as nothing: use the figure
            return f"{scaled} {name}"
    return None  # pragma: no cover - the loop always returns


def format_money(
    value: Real,
    *,
    hourly: bool = False,
    decimals: int | None = None,
    or_more: bool = False,
    trim_cents: bool = False,
    cents: bool = False,
    style: Style | None = None,
) -> str:
    """US dollars: "$57,603" a year, "$27.69" an hour; "$1.2 million" when the style asks.

    ``or_more`` marks a lower bound, such as a BLS wage at its top code ("$239,200 or more").
    Decimal places default to ``style.money_decimals`` (yearly) or ``style.hourly_decimals``.
    In prose, ``trim_cents`` writes a whole amount without ".00" ("$110", not "$110.00") and
    ``cents`` writes an amount under a dollar in cents ("51 cents", "1 cent"), as a house
    style may ask; tables keep every figure to the same decimals.

    Example:
        >>> format_money(35164.4), format_money(16.905, hourly=True), format_money(-1500)
        ('$35,164', '$16.91', '-$1,500')
        >>> format_money(110, hourly=True, trim_cents=True)
        '$110'
        >>> format_money(0.51, hourly=True, cents=True), format_money(1.87, hourly=True, cents=True)
        ('51 cents', '$1.87')
        >>> from careerprose import Style
        >>> format_money(1_234_567, style=Style(large_money_from=1_000_000))
        '$1.2 million'
        >>> format_money(None)
        Traceback (most recent call last):
        ...
        careerprose.english.errors.EnglishError: money: expected a number, got None
    """
    st = style or _DEFAULT
    number = _number(value, "money")
    places = st.hourly_decimals if hourly else st.money_decimals
    if decimals is not None:
        places = _places(decimals, "format_money")
    large = None if hourly else _large(number, st)
    body = large if large is not None else _fixed(abs(number), places, True)
    negative = number < 0 and body.strip("0.,") != ""
    if cents and large is None and not negative and not or_more and places >= 2:
        hundredths = round(float(_fixed(abs(number), 2, False)) * 100)
        if 0 < hundredths < 100:
            return f"{hundredths} {'cent' if hundredths == 1 else 'cents'}"
    if trim_cents and large is None and "." in body and not body.split(".")[1].strip("0"):
        body = body.split(".")[0]
    text = f"{'-' if negative else ''}${body}"
    return f"{text} or more" if or_more else text


def format_percent(
    value: Real,
    *,
    decimals: int | None = None,
    fixed: bool = False,
    signed: bool = False,
    style: Style | None = None,
) -> str:
    """A percent, given in percent: 36 → "36%", -8 → "-8%", 11.6 → "11.6%".

    At most ``decimals`` places (default ``style.percent_decimals``); trailing zeros are dropped
    unless ``fixed`` ("61.0%" beside "0.5%" in one list). ``signed`` adds "+" to a rise.

    Example:
        >>> format_percent(61, decimals=1, fixed=True), format_percent(4.25)
        ('61.0%', '4.3%')
        >>> format_percent(4, signed=True), format_percent(-4, signed=True)
        ('+4%', '-4%')
        >>> format_percent(-0.04)
        '0%'
    """
    st = style or _DEFAULT
    number = _number(value, "percent")
    places = st.percent_decimals if decimals is None else _places(decimals, "format_percent")
    text = _fixed(number, places, True)
    if not fixed:
        text = _trim(text)
    if signed and not text.startswith("-") and text.strip("0.,"):
        text = "+" + text
    return f"{text}%"


@functools.lru_cache(maxsize=4096)
def _words(number: int, ordinal: bool) -> str:
    from num2words import num2words  # type: ignore[import-untyped]

    return str(num2words(number, lang="en", to="ordinal" if ordinal else "cardinal"))


def number_words(value: int) -> str:
    """A whole number in words: 3 → "three", 21 → "twenty-one", -4 → "minus four".

    Example:
        >>> number_words(3), number_words(21), number_words(1200)
        ('three', 'twenty-one', 'one thousand, two hundred')
        >>> number_words("abc")  # num2words would say "zero"
        Traceback (most recent call last):
        ...
        careerprose.english.errors.EnglishError: number_words: expected a number, got 'abc'
    """
    return _words(_whole(value, "number_words"), False)


def format_count(
    value: Real, *, words: bool = False, millions: bool = False, style: Style | None = None
) -> str:
    """A count of things: "126,399"; in words below ``style.words_below`` if ``words``.

    A fractional count is rounded to a whole number first. With ``millions`` (for prose; tables
    keep every digit), a count of a million or more that two decimal places of millions state
    exactly is written as an editor would: "1.2 million", "2 million", "1.25 million". Any other
    count keeps its figure ("1,656,880"): rounding it would state a number the data do not.

    Example:
        >>> format_count(126399), format_count(3, words=True), format_count(12, words=True)
        ('126,399', 'three', '12')
        >>> format_count(1_200_000, millions=True), format_count(3_000_000_000, millions=True)
        ('1.2 million', '3 billion')
        >>> format_count(1_656_880, millions=True), format_count(1_200_000)
        ('1,656,880', '1,200,000')
    """
    st = style or _DEFAULT
    number = _number(value, "count")
    if isinstance(number, int):
        whole = number
    elif number.is_integer() and -_EXACT < number < _EXACT:  # _fixed writes it as its int
        whole = int(number)
    else:
        whole = int(float(_fixed(number, 0, False)))
    if words and 0 <= whole < st.words_below:
        return _words(whole, False)
    large = _exact_large(whole) if millions else None
    return large if large is not None else format(whole, ",")


def _exact_large(whole: int) -> str | None:
    """ "1.2 million" for 1,200,000: the largest unit that states ``whole`` exactly in at most
    two decimal places, or ``None``."""
    magnitude = abs(whole)
    for unit, name in _LARGE_UNITS:
        if magnitude >= unit and magnitude * 100 % unit == 0:
            figure = _trim(_fixed(magnitude / unit, 2, True))
            return f"{'-' if whole < 0 else ''}{figure} {name}"
    return None


def count_noun(
    value: Real,
    noun: str,
    *,
    plural: str | None = None,
    words: bool = True,
    style: Style | None = None,
) -> str:
    """A count with its noun, agreeing in number: "one skill", "three skills", "126,399 jobs".

    ``plural`` overrides the noun's plural; by default it comes from
    :func:`careerprose.english.pluralize`.

    Example:
        >>> count_noun(1, "job"), count_noun(0, "opening"), count_noun(40277, "job")
        ('one job', 'zero openings', '40,277 jobs')
        >>> count_noun(2, "person", plural="people", words=False)
        '2 people'
    """
    if not isinstance(noun, str) or not noun.strip():
        msg = f"count_noun: expected a non-empty noun, got {noun!r}"
        raise EnglishError(msg)
    figure = format_count(value, words=words, style=style)
    if figure in ("1", "one"):
        return f"{figure} {noun}"
    if plural is None:
        from careerprose.english.inflection import pluralize

        head, _, last = noun.rpartition(" ")
        plural = f"{head} {pluralize(last)}" if head else pluralize(last)
    return f"{figure} {plural}"


def ordinal(value: int, *, words: bool = False, style: Style | None = None) -> str:
    """An ordinal: "1st", "2nd", "11th", "23rd"; in words ("third") if ``words`` and below
    ``style.words_below``.

    Example:
        >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102, 111)]
        ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd', '111th']
        >>> ordinal(3, words=True), ordinal(12, words=True)
        ('third', '12th')
    """
    st = style or _DEFAULT
    number = _whole(value, "ordinal")
    if number < 0:
        msg = f"ordinal: expected a whole number of at least 0, got {value!r}"
        raise EnglishError(msg)
    if words and number < st.words_below:
        return _words(number, True)
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number:,}{suffix}"


def money_range(
    low: Real,
    high: Real,
    *,
    hourly: bool = False,
    high_or_more: bool = False,
    prose: bool = True,
    joiner: Joiner | None = None,
    style: Style | None = None,
) -> str:
    """A pay range: "between $32,000 and $101,000" in prose, "$32,000-$101,000" in a table.

    In a table, ``joiner`` ``"dash"`` uses an en dash ("$32,000–$101,000") and ``"to"`` the
    word ("$32,000 to $101,000"); by default ``style.range_separator``.

    A top-coded upper end reads "from $32,000 to $239,200 or more"; two ends that display the
    same are one figure.

    Example:
        >>> money_range(27000, 45000, prose=False)
        '$27,000-$45,000'
        >>> money_range(32000, 239200, high_or_more=True)
        'from $32,000 to $239,200 or more'
    """
    st = style or _DEFAULT
    lo, hi = _number(low, "money_range low"), _number(high, "money_range high")
    if lo > hi:
        msg = f"money_range: the low end {low!r} is above the high end {high!r}"
        raise EnglishError(msg)
    first = format_money(lo, hourly=hourly, style=st)
    second = format_money(hi, hourly=hourly, style=st, or_more=high_or_more)
    if first == second:
        return first
    if high_or_more:
        return f"from {first} to {second}" if prose else f"{first} to {second}"
    if prose:
        return f"between {first} and {second}"
    way = _joiner(joiner, "money_range")
    separator = st.range_separator if way is None else _EN_DASH if way == "dash" else " to "
    return f"{first}{separator}{second}"


Joiner = Literal["dash", "to"]
_EN_DASH = "\u2013"


def _joiner(joiner: object, what: str) -> Joiner | None:
    if joiner is None or joiner in ("dash", "to"):
        return joiner
    msg = f"{what}: joiner must be 'dash', 'to' or None, got {joiner!r}"
    raise EnglishError(msg)


def number_range(
    low: Real,
    high: Real,
    unit: str | None = None,
    *,
    plural_unit: str | None = None,
    joiner: Joiner | None = None,
    style: Style | None = None,
) -> str:
    """A range of whole numbers with an optional unit: "6-12 months", "six to nine months".

    Words are used when both ends are below ``style.words_below`` ("to" then joins them);
    otherwise figures joined by ``style.range_separator``. Equal ends give one figure.

    ``joiner`` holds one style for a whole article, as an editor would: ``"dash"`` always
    writes figures with an en dash ("4–8 years", "6–12 months"); ``"to"`` always joins with
    "to", in words when both ends are below ``style.words_below`` ("four to eight years",
    "6 to 12 months"). So "6–12 months" never sits beside "four to eight years".

    Example:
        >>> number_range(6, 9, "month"), number_range(1, 1, "year"), number_range(2, 4)
        ('six to nine months', 'one year', 'two to four')
        >>> from careerprose import Style
        >>> number_range(6, 12, "month", style=Style(words_below=13))
        'six to twelve months'
        >>> number_range(4, 8, "year", joiner="dash"), number_range(6, 12, "month", joiner="to")
        ('4–8 years', '6 to 12 months')
    """
    st = style or _DEFAULT
    lo, hi = _whole(low, "number_range low"), _whole(high, "number_range high")
    if lo > hi:
        msg = f"number_range: the low end {low!r} is above the high end {high!r}"
        raise EnglishError(msg)
    if unit is not None and (not isinstance(unit, str) or not unit.strip()):
        msg = f"number_range: expected a non-empty unit, got {unit!r}"
        raise EnglishError(msg)
    if lo == hi:
        return (
            count_noun(lo, unit, plural=plural_unit, style=st)
            if unit
            else format_count(lo, words=True, style=st)
        )
    way = _joiner(joiner, "number_range")
    in_words = lo >= 0 and hi < st.words_below and way != "dash"
    if in_words:
        text = f"{_words(lo, False)} to {_words(hi, False)}"
    elif way is None:
        text = f"{lo:,}{st.range_separator}{hi:,}"
    else:
        text = f"{lo:,}{_EN_DASH if way == 'dash' else ' to '}{hi:,}"
    if unit is None:
        return text
    if plural_unit is None:
        from careerprose.english.inflection import pluralize

        plural_unit = pluralize(unit)
    return f"{text} {plural_unit}"


def months_range(
    min_months: int | None,
    max_months: int | None,
    *,
    joiner: Joiner | None = None,
    style: Style | None = None,
) -> str:
    """Time to qualify, from a range of months: "6-12 months", "one to two years".

    Whole years are written as years when both ends are at least 12 months; a missing end
    reads "up to …" or "at least …".

    Example:
        >>> months_range(6, 12), months_range(12, 24), months_range(24, 24)
        ('6-12 months', 'one to two years', 'two years')
        >>> months_range(None, 18), months_range(6, None)
        ('up to 18 months', 'at least six months')
        >>> months_range(48, 96, joiner="dash"), months_range(6, 12, joiner="dash")
        ('4–8 years', '6–12 months')
    """
    st = style or _DEFAULT
    if min_months is None and max_months is None:
        msg = "months_range: both ends are missing"
        raise EnglishError(msg)
    if min_months is None or max_months is None:
        known = _whole(max_months if min_months is None else min_months, "months_range")
        prefix = "up to" if min_months is None else "at least"
        if known >= 12 and known % 12 == 0:
            return f"{prefix} {count_noun(known // 12, 'year', style=st)}"
        return f"{prefix} {count_noun(known, 'month', style=st)}"
    lo, hi = _whole(min_months, "months_range min"), _whole(max_months, "months_range max")
    if lo >= 12 and lo % 12 == 0 and hi % 12 == 0:
        return number_range(lo // 12, hi // 12, "year", joiner=joiner, style=st)
    return number_range(lo, hi, "month", joiner=joiner, style=st)


_FIGURE = re.compile(
    r"(?P<sign>[-+−])?(?P<dollar>\$)?(?P<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?: (?P<unit>million|billion|trillion))?(?P<percent>%)?(?P<more> or more)?"
)
_UNITS = {"million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}


def parse_figure(text: str) -> float:
    """The value a displayed figure states: the inverse of the formatters, for checking prose.

    Reads money ("$57,603", "-$1,500", "$1.2 million"), percents ("-8%": -8.0) and plain or
    grouped figures ("126,399"); a trailing "or more" is accepted (the value is its bound).

    Example:
        >>> parse_figure("$57,603"), parse_figure("$1.2 million"), parse_figure("-8%")
        (57603.0, 1200000.0, -8.0)
        >>> parse_figure("$239,200 or more"), parse_figure("126,399")
        (239200.0, 126399.0)
        >>> parse_figure("about ten")
        Traceback (most recent call last):
        ...
        careerprose.english.errors.EnglishError: parse_figure: not a figure ... 'about ten'
    """
    match = _FIGURE.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        msg = f"parse_figure: not a figure careerprose writes: {text!r}"
        raise EnglishError(msg)
    value = Decimal(match.group("number").replace(",", ""))
    if match.group("unit"):
        value *= _UNITS[match.group("unit")]
    if match.group("sign") in ("-", "−"):
        value = -value
    return float(value)
