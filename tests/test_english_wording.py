"""careerprose.english.wording: comparison words that are true by construction."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerprose import Style
from careerprose.english import (
    FILTERS,
    EnglishError,
    QuantityKind,
    Relation,
    change_word,
    comparative,
    compare_quantities,
    describe,
    difference_phrase,
    gap_kind,
    magnitude_phrase,
    parse_figure,
    percent_phrase,
    presupposes_context,
    ratio_phrase,
    times_phrase,
)
from careerprose.testing.english import quantity_values

COMPARATIVES = [
    ("money", "higher", "adjective", "higher"), ("money", "lower", "adjective", "lower"),
    ("money", "higher", "amount", "more"), ("money", "lower", "amount", "less"),
    ("hourly", "lower", "amount", "less"),
    ("count", "higher", "adjective", "more"), ("count", "lower", "adjective", "fewer"),
    ("count", "lower", "amount", "fewer"),
    ("share", "higher", "adjective", "higher"), ("share", "lower", "amount", "less"),
    ("rate", "lower", "amount", "lower"),
    ("age", "higher", "adjective", "older"), ("age", "lower", "adjective", "younger"),
    ("years", "higher", "adjective", "longer"), ("years", "lower", "amount", "fewer"),
    ("months", "lower", "adjective", "shorter"),
    ("rating", "higher", "adjective", "higher"),
    ("money", "equal", "adjective", "the same"), ("count", "similar", "amount", "about the same"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "relation", "form", "word"), COMPARATIVES, ids=["-".join(c) for c in COMPARATIVES]
)
def test_comparative(kind: str, relation: str, form: str, word: str) -> None:
    assert comparative(kind, relation, form=form) == word  # type: ignore[arg-type]


def test_no_comparative_for_an_unknown_relation() -> None:
    with pytest.raises(EnglishError, match="unknown"):
        comparative("money", Relation.UNKNOWN)
    with pytest.raises(EnglishError, match="form must be"):
        comparative("money", "higher", form="noun")  # type: ignore[arg-type]


PHRASES = [
    # (a, b, kind, options, noun, difference, percent, ratio, best)
    (57603, 35164, "money", {}, None,
     "$22,439 more", "64% higher", "about 1.6 times as much", "$22,439 more"),
    (35164, 57603, "money", {}, None, "$22,439 less", "39% lower", None, "$22,439 less"),
    (27.69, 16.91, "hourly", {}, None,
     "$10.78 more", "64% higher", "about 1.6 times as much", "$10.78 more"),
    (126399, 40277, "count", {}, "job", "86,122 more jobs", "214% more jobs",
     "about 3.1 times as many jobs", "about 3.1 times as many jobs"),
    (40277, 126399, "count", {}, "job", "86,122 fewer jobs", "68% fewer jobs", None,
     "68% fewer jobs"),
    (80000, 40000, "count", {}, None, "40,000 more", "100% more", "twice as many",
     "twice as many"),
    (39000, 20000, "count", {}, None, "19,000 more", "95% more", "nearly twice as many",
     "nearly twice as many"),
    (40500, 20000, "count", {}, None, "20,500 more", "102% more", "just over twice as many",
     "just over twice as many"),
    (20000, 40000, "money", {}, None, "$20,000 less", "50% lower", "half as much",
     "half as much"),
    (13000, 40000, "count", {}, None, "27,000 fewer", "68% fewer", None, "68% fewer"),
    (13500, 40000, "count", {}, None, "26,500 fewer", "66% fewer",
     "just over a third as many", "just over a third as many"),
    (36, 34, "share", {}, None, "2 percentage points more", None, None,
     "2 percentage points more"),
    (35, 34, "share", {}, None, "1 percentage point more", None, None, "slightly higher"),
    (3, 2, "share", {}, None, "1 percentage point more", None, "1.5 times as high",
     "1 percentage point more"),
    (11.6, 30.5, "share", {}, None, "18.9 percentage points less", None, None,
     "18.9 percentage points less"),
    (-8, 4, "rate", {}, None, "12 percentage points lower", None, None,
     "12 percentage points lower"),
    (49, 46, "age", {}, None, "three years older", None, None, "three years older"),
    (47, 46, "age", {}, None, "one year older", None, None, "slightly older"),
    (24, 12, "months", {}, None, "12 months longer", None, "twice as long", "twice as long"),
    (2.5, 1, "years", {}, None, "1.5 years longer", None, "2.5 times as long",
     "2.5 times as long"),
    (4.2, 3.9, "rating", {}, None, "0.3 points higher", "8% higher", None, "0.3 points higher"),
    (58000, 56000, "money", {}, None, "$2,000 more", "4% higher", None, "slightly higher"),
    (239200, 100000, "money", {"a_lower_bound": True}, None, "at least $139,200 more",
     "at least 139% higher", "at least 2.3 times as much", "at least 2.3 times as much"),
    (100000, 239200, "money", {"b_lower_bound": True}, None, "at least $139,200 less",
     "at least 58% lower", None, "at least $139,200 less"),
    (241000, 239200, "money", {"a_lower_bound": True}, None, "at least $1,800 more",
     None, None, "at least $1,800 more"),
    (57603, 57100, "money", {}, None, None, None, None, "about the same"),
    (-8, -8, "rate", {}, None, None, None, None, "the same"),
    (239200, 250000, "money", {"a_lower_bound": True}, None, None, None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "kind", "options", "noun", "difference", "percent", "ratio", "best"),
    PHRASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}{'-bound' if c[3] else ''}" for c in PHRASES],
)
def test_phrases(
    a: float,
    b: float,
    kind: str,
    options: dict[str, Any],
    noun: str | None,
    difference: str | None,
    percent: str | None,
    ratio: str | None,
    best: str | None,
) -> None:
    c = compare_quantities(a, b, kind, **options)
    assert difference_phrase(c, noun=noun) == difference
    assert percent_phrase(c, noun=noun) == percent
    assert ratio_phrase(c, noun=noun) == ratio
    assert magnitude_phrase(c, noun=noun) == best
    wording = describe(c, noun=noun)
    assert (wording.difference, wording.percent, wording.ratio, wording.best) == (
        difference,
        percent,
        ratio,
        best,
    )


def test_describe_carries_the_words() -> None:
    wording = describe(compare_quantities(126399, 40277, "count"), noun="job")
    assert (wording.relation, wording.comparative, wording.amount_comparative) == (
        "higher",
        "more",
        "more",
    )
    unknown = describe(compare_quantities(None, 3, "count"))
    assert (unknown.relation, unknown.comparative, unknown.best) == ("unknown", None, None)


def test_style_sets_the_thresholds() -> None:
    strict = Style(similar_within=0, slightly_within=0)
    c = compare_quantities(57603, 57100, "money", style=strict)
    assert magnitude_phrase(c) == "$503 more"
    assert magnitude_phrase(compare_quantities(57603, 57100, "money")) == "about the same"


def test_change_word() -> None:
    assert [change_word(v) for v in (5, -8, 0, 0.04, -0.04)] == [
        "growth",
        "decline",
        "no change",
        "no change",
        "no change",
    ]
    with pytest.raises(EnglishError, match="change_word: expected a number, got None"):
        change_word(None)  # type: ignore[arg-type]


def test_filters_registry() -> None:
    assert FILTERS["money"](57603) == "$57,603"
    assert FILTERS["hourly"](27.69) == "$27.69"
    assert FILTERS["count_words"](3) == "three"
    assert FILTERS["join_list"](["a", "b", "c"]) == "a, b and c"
    assert FILTERS["capfirst"]("an HR manager") == "An HR manager"
    assert all(callable(function) for function in FILTERS.values())


def test_name_and_ratio_filters_in_a_template() -> None:
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment()
    env.filters.update(FILTERS)
    template = env.from_string(
        "{{ city | metro }}; {{ state | top_state }}; {{ industry | industry(serial_comma=true) }};"
        " {{ college | institution }}; {{ ratio | times }}"
    )
    assert template.render(
        city="Washington-Arlington-Alexandria, DC-VA-MD-WV",
        state="District of Columbia",
        industry="Agriculture, Forestry, Fishing and Hunting",
        college="University of Michigan",
        ratio=10.1,
    ) == (
        "the Washington, DC, metro area; the District of Columbia pays more than any state; "
        "agriculture, forestry, fishing, and hunting; the University of Michigan; "
        "just over 10 times"
    )


_FIGURE = re.compile(r"-?\$?[\d,]+(?:\.\d+)?")
_SMALL_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                       "nine"]  # fmt: skip


SMALL_COUNT_DIFFERENCES = [(5, 6, "one fewer"), (5, 14, "nine fewer"), (5, 15, "10 fewer"),
                           (7, 5, "two more")]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "phrase"), SMALL_COUNT_DIFFERENCES)
def test_small_count_differences_are_spelled_out(a: int, b: int, phrase: str) -> None:
    assert difference_phrase(compare_quantities(a, b, QuantityKind.COUNT)) == phrase


@given(st.sampled_from([QuantityKind.MONEY, QuantityKind.HOURLY, QuantityKind.SHARE,
                        QuantityKind.RATE, QuantityKind.COUNT]), st.data())  # fmt: skip
def test_a_stated_difference_is_the_difference_on_the_page(
    kind: QuantityKind, data: st.DataObject
) -> None:
    a, b = data.draw(quantity_values(kind)), data.draw(quantity_values(kind))
    c = compare_quantities(a, b, kind)
    phrase = difference_phrase(c)
    if c.relation not in (Relation.HIGHER, Relation.LOWER):
        assert phrase is None
        assert magnitude_phrase(c) in ("the same", "about the same")
        return
    assert phrase is not None
    assert c.a_display is not None
    assert c.b_display is not None
    first = phrase.split(" ", 1)[0]
    if first in _SMALL_NUMBER_WORDS:  # counts under ten are spelled out: "two fewer"
        stated = float(_SMALL_NUMBER_WORDS.index(first))
    else:
        match = _FIGURE.match(phrase)
        assert match is not None, phrase
        stated = parse_figure(match.group())
    actual = abs(parse_figure(c.a_display) - parse_figure(c.b_display))
    assert stated == pytest.approx(actual, abs=1e-9)
    assert stated > 0
    word = comparative(kind, c.relation, form="amount")
    assert phrase.endswith(word)


@given(st.sampled_from([QuantityKind.MONEY, QuantityKind.COUNT]), st.data())
def test_ratio_phrases_are_true(kind: QuantityKind, data: st.DataObject) -> None:
    a, b = data.draw(quantity_values(kind)), data.draw(quantity_values(kind))
    c = compare_quantities(a, b, kind)
    phrase = ratio_phrase(c)
    if phrase is None or c.ratio is None:
        return
    larger = max(c.ratio, 1 / c.ratio)
    if phrase.startswith(("twice", "half")):
        assert larger == pytest.approx(2)
    elif phrase.startswith("nearly twice"):
        assert 1.95 <= larger < 2
    elif phrase.startswith("about "):
        figure = float(phrase.split()[1].replace(",", ""))
        assert abs(larger - figure) <= 0.05 + 1e-9


def test_lower_bound_percent_never_reads_at_least_zero() -> None:
    from careerprose.english import compare_quantities
    from careerprose.english.wording import percent_phrase

    c = compare_quantities(11169, 11199, "money", b_lower_bound=True)
    assert c.relation.value == "lower"
    assert percent_phrase(c) is None


# Ratios rounded as an editor rounds them (issue 10): never "10.1 times".
TIMES = [
    (2, "twice"), (1.98, "nearly twice"), (2.04, "just over twice"), (3.14, "about 3.1 times"),
    (3.0, "three times"), (9.97, "nearly 10 times"), (10.1, "just over 10 times"),
    (10.6, "nearly 11 times"), (12, "12 times"), (99.4, "just over 99 times"),
    (118.6, "nearly 120 times"), (120, "120 times"), (1234, "just over 1,200 times"),
]  # fmt: skip


@pytest.mark.parametrize(("ratio", "expected"), TIMES)
def test_times_phrase(ratio: float, expected: str) -> None:
    assert times_phrase(ratio) == expected


@given(st.floats(min_value=10, max_value=1e7, allow_nan=False))
def test_large_ratios_are_whole_numbers(ratio: float) -> None:
    text = times_phrase(ratio)
    figure = text.split()[-2]
    assert "." not in figure
    value = float(figure.replace(",", ""))
    assert abs(value - ratio) <= 0.05 * ratio + 0.5
    assert ("nearly" in text) == (value > ratio and not math.isclose(value, ratio))


def test_lower_bounds_round_down() -> None:
    assert times_phrase(10.7, at_least=True) == "at least 10 times"
    assert times_phrase(2.37, at_least=True) == "at least 2.3 times"
    assert times_phrase(3.0, at_least=True) == "at least three times"
    with pytest.raises(EnglishError, match="expected a positive ratio"):
        times_phrase(0)


@pytest.mark.parametrize(
    ("a", "b", "kind", "expected"),
    [
        (126399, 40277, "count", "ratio"),  # a large gap: "about 3.1 times as many"
        (121000, 1010, "money", "ratio"),
        (57603, 35164, "money", "difference"),  # a small one: "$22,439 more"
        (45000, 40000, "count", "percent"),
        (36, 12, "share", "points"),  # shares differ in points, never "three times as high"
        (58000, 56000, "money", "slight"),
        (57603, 57100, "money", "similar"),
        (-8, -8, "rate", "same"),
        (None, 5, "money", None),
    ],
)
def test_gap_kind_decides_ratio_or_difference(
    a: float | None, b: float | None, kind: str, expected: str | None
) -> None:
    c = compare_quantities(a, b, kind)
    assert gap_kind(c) == expected
    phrase = magnitude_phrase(c)
    if expected == "ratio":
        assert phrase is not None
        assert "times" in phrase
    if expected == "difference":
        assert phrase is not None
        assert phrase.startswith("$")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("As for employment, nurses hold 3,000 more jobs.", True),
        ("Additionally, clerks earn more.", True),
        ("On the other hand, clerks earn more.", True),
        ("however, lower case too.", True),
        ("Nurses hold 3,000 more jobs.", False),
        ("Still water is no connective.", False),
        ("In addition to pay, the table shows growth.", False),
        ("Alsoing is no word.", False),
    ],
)
def test_openings_that_lean_on_an_earlier_sentence(sentence: str, leans: bool) -> None:
    assert presupposes_context(sentence) is leans


def test_presupposes_context_names_a_bad_argument() -> None:
    with pytest.raises(EnglishError, match="presupposes_context: expected a sentence, got None"):
        presupposes_context(None)  # type: ignore[arg-type]


@settings(max_examples=600)  # microseconds each; the thresholds need many kinds and ratios
@given(
    st.sampled_from(list(QuantityKind)),
    st.data(),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, "job"]),
)
def test_describe_says_what_each_phrase_function_says(
    kind: QuantityKind, data: st.DataObject, a_bound: bool, b_bound: bool, noun: str | None
) -> None:
    """``describe`` works out every phrase and the house choice in one pass (the planner
    describes several comparisons an article); each must be what the function answering
    for that phrase alone gives, on any figures, lower bounds and thresholds."""
    b = data.draw(quantity_values(kind))
    # ``a`` often a multiple of ``b`` near the house's thresholds (a ratio from 1.95)
    near = st.sampled_from([0.5, 0.52, 1.92, 1.95, 2.0])
    factor = data.draw(st.none() | st.floats(0.3, 3.2) | near)
    a = data.draw(quantity_values(kind)) if factor is None else round(b * factor, 2)
    style = Style(slightly_within=data.draw(st.sampled_from([0.0, 0.05, 0.2])))
    c = compare_quantities(a, b, kind, a_lower_bound=a_bound, b_lower_bound=b_bound, style=style)
    wording = describe(c, noun=noun)
    assert wording.relation == c.relation.value
    assert wording.difference == difference_phrase(c, noun=noun)
    assert wording.percent == percent_phrase(c, noun=noun)
    assert wording.ratio == ratio_phrase(c, noun=noun)
    if c.relation is Relation.UNKNOWN:
        assert wording.comparative is None
        return
    assert wording.comparative == comparative(kind, c.relation)
    assert wording.amount_comparative == comparative(kind, c.relation, form="amount")
    if c.relation in (Relation.HIGHER, Relation.LOWER):
        assert wording.best == magnitude_phrase(c, noun=noun)
