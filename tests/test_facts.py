"""facts.py: what each comparison claims, exactly, and the fact a sentence stating it carries.

Fast and without templates: these pin down the module for mutation testing
(``scripts/mutation.py facts.py``), where the article-level property tests are too slow.
"""

from __future__ import annotations

import itertools

import pytest

from careerprose import Occupation
from careerprose.article import Fact
from careerprose.english import Relation
from careerprose.facts import (
    QUANTITIES,
    SIDES,
    PairFacts,
    compare_field,
    compare_shares,
    compare_time,
    same_text,
    text_fact,
    time_relation,
)
from careerprose.plan import Figures
from careerprose.profile import profile_of
from careerprose.style import Style

NURSE = Occupation.from_dict({
    "title": "Registered Nurses", "jobs": 3379720, "growth_rate": 4.9,
    "salary": {"average": 101420, "hourly": 48.76, "top_coded": ["hourly"]},
    "time_to_become": {"min_months": 24, "max_months": 48},
})  # fmt: skip
CLERK = Occupation.from_dict({
    "title": "Billing Clerks", "jobs": 222740, "growth_rate": 5.0,
    "salary": {"average": 67050, "hourly": 48.76},
    "time_to_become": {"min_months": 6, "max_months": 12},
})  # fmt: skip
STYLE = Style()


def assert_figures(figures: Figures, **values: object) -> None:
    """``figures`` holds exactly ``values`` (Figures has no equality; its repr lists them)."""
    assert repr(figures) == repr(Figures(**values))


def test_sides_are_a_then_b() -> None:
    assert SIDES == ("a", "b")


def test_a_higher_figure_states_every_magnitude() -> None:
    compared = compare_field(NURSE, CLERK, "salary.average", STYLE)
    assert compared.relation is Relation.HIGHER
    assert (compared.known_a, compared.known_b) == (True, True)
    assert compared.fact == Fact(
        "salary.average", a=101420, b=67050, a_text="$101,420", b_text="$67,050",
        relation="higher", difference=34370.0, difference_text="$34,370 more",
        ratio=101420 / 67050, ratio_text="51% higher; about 1.5 times as much",
    )  # fmt: skip
    assert_figures(compared.figures,
        a="$101,420", b="$67,050", relation="higher", comparative="higher",
        amount_comparative="more", slightly=False, difference="$34,370 more",
        percent="51% higher", ratio="about 1.5 times as much", best="$34,370 more",
    )  # fmt: skip


def test_the_values_and_side_facts_state_no_relation() -> None:
    compared = compare_field(NURSE, CLERK, "salary.average", STYLE)
    assert compared.values_fact == Fact(
        "salary.average", a=101420, b=67050, a_text="$101,420", b_text="$67,050"
    )
    assert compared.side_fact("a") == Fact(
        "salary.average", a=101420, a_text="$101,420", relation=None
    )
    assert compared.side_fact("b") == Fact("salary.average", b=67050, b_text="$67,050")


def test_a_small_gap_is_slight_and_a_wide_style_calls_it_similar() -> None:
    compared = compare_field(NURSE, CLERK, "growth_rate", STYLE)
    assert compared.relation is Relation.LOWER
    assert compared.fact.difference_text == "0.1 percentage points lower"
    assert compared.fact.ratio is None
    assert compared.figures.slightly is True
    assert compared.figures.best == "slightly lower"
    wide = compare_field(NURSE, CLERK, "growth_rate", Style(similar_within=0.2))
    assert wide.relation is Relation.SIMILAR
    assert wide.figures.comparative == "about the same"


def test_a_lower_bound_is_never_slightly_ahead() -> None:
    surgeon = Occupation.from_dict(
        {"title": "Surgeons", "salary": {"hourly": 115, "top_coded": ["hourly"]}}
    )
    clerk = Occupation.from_dict({"title": "Clerks", "salary": {"hourly": 114}})
    compared = compare_field(surgeon, clerk, "salary.hourly", STYLE)
    assert compared.relation is Relation.HIGHER
    assert compared.comparison.at_least
    assert compared.comparison.spread is not None
    assert compared.comparison.spread < STYLE.slightly_within
    assert compared.figures.slightly is False
    assert compare_field(clerk, surgeon, "salary.hourly", STYLE).relation is Relation.LOWER
    plain = Occupation.from_dict({"title": "Surgeons", "salary": {"hourly": 115}})
    assert compare_field(plain, clerk, "salary.hourly", STYLE).figures.slightly is True


def test_an_undecided_comparison_carries_values_only() -> None:
    compared = compare_field(NURSE, CLERK, "salary.hourly", STYLE)  # "$48.76 or more" vs $48.76
    assert compared.relation is Relation.UNKNOWN
    assert compared.fact == Fact(
        "salary.hourly", a=48.76, b=48.76, a_text="$48.76 or more", b_text="$48.76"
    )
    assert_figures(compared.figures, a="$48.76 or more", b="$48.76", relation="unknown")
    missing = compare_field(NURSE, CLERK, "experience_years", STYLE)
    assert (missing.known_a, missing.known_b) == (False, False)
    assert_figures(missing.figures, relation="unknown")


def test_lower_bounds_come_from_the_record_and_only_for_top_coded_fields() -> None:
    hourly, average = QUANTITIES["salary.hourly"], QUANTITIES["salary.average"]
    assert hourly.lower_bound(NURSE) is True
    assert hourly.lower_bound(CLERK) is False
    assert average.lower_bound(NURSE) is False
    assert QUANTITIES["jobs"].lower_bound(NURSE) is False
    assert hourly.get(NURSE) == 48.76
    assert QUANTITIES["jobs"].get(CLERK) == 222740


def test_shares_compare_as_percentages_under_their_own_name() -> None:
    fact = compare_shares("skills.CPT", 20, 9, STYLE).fact
    assert fact == Fact(
        "skills.CPT", a=20, b=9, a_text="20%", b_text="9%", relation="higher",
        difference=11.0, difference_text="11 percentage points more",
        ratio=20 / 9, ratio_text="about 2.2 times as high",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ((6, 12), (6, 12), Relation.EQUAL),
        ((6, 12), (13, 20), Relation.LOWER),
        ((13, 20), (6, 12), Relation.HIGHER),
        ((6, 12), (12, 24), Relation.UNKNOWN),  # touching ranges overlap
        ((12, 24), (6, 12), Relation.UNKNOWN),
        ((13, 20), (6, 13), Relation.UNKNOWN),
        ((6, 12), (6, 24), Relation.UNKNOWN),
        ((None, 12), (6, 12), Relation.UNKNOWN),
        ((6, None), (6, 12), Relation.UNKNOWN),
        ((6, 12), (None, 12), Relation.UNKNOWN),
        ((6, 12), (6, None), Relation.UNKNOWN),
    ],
)
def test_time_ranges_compare_only_when_every_case_agrees(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None], relation: Relation
) -> None:
    assert time_relation(a, b) is relation


def test_the_time_to_qualify_fact_and_figures() -> None:
    pair = PairFacts(NURSE, CLERK, STYLE)
    time = pair.time()
    assert time == compare_time(profile_of(NURSE, STYLE), profile_of(CLERK, STYLE))
    assert time.fact == Fact(
        "time_to_become", a=(24, 48), b=(6, 12), a_text="two to four years",
        b_text="6 to 12 months", relation="higher",
    )  # fmt: skip
    assert_figures(
        time.figures,
        a="two to four years",
        b="6 to 12 months",
        relation="higher",
        comparative="longer",
    )
    shorter = PairFacts(CLERK, NURSE, STYLE).time()
    assert shorter.figures.comparative == "shorter"
    overlap = Occupation.from_dict(
        {"title": "Cooks", "time_to_become": {"min_months": 12, "max_months": 30}}
    )
    undecided = PairFacts(NURSE, overlap, STYLE).time()
    assert undecided.fact.relation is None
    assert not hasattr(undecided.figures, "comparative")
    assert undecided.figures.relation == "unknown"
    same = PairFacts(NURSE, Occupation.from_dict({**NURSE.to_dict(), "title": "Midwives"}), STYLE)
    assert same.time().fact.relation == "equal"
    assert not hasattr(same.time().figures, "comparative")


def test_named_attributes_are_equal_whatever_their_case() -> None:
    assert same_text("Bachelor's degree", "BACHELOR'S DEGREE")
    assert not same_text("Bachelor's degree", "Master's degree")
    assert text_fact("education.degree", ("B", "b"), ("Bachelor", "bachelor")) == Fact(
        "education.degree", a="B", b="b", a_text="Bachelor", b_text="bachelor", relation="equal"
    )
    assert text_fact("education.degree", ("B", "M"), ("Bachelor", "Master")).relation is None


def test_pair_facts_compare_each_field_once_and_keep_the_sides_apart() -> None:
    pair = PairFacts(NURSE, CLERK, STYLE)
    assert pair.compared("jobs") is pair.compared("jobs")
    assert pair.compared("jobs").relation is Relation.HIGHER
    assert pair.profile("a").occupation is NURSE
    assert pair.profile("b").occupation is CLERK
    assert pair.profiles == (pair.profile("a"), pair.profile("b"))


def test_the_house_style_reaches_every_comparison() -> None:
    cents = Style(money_decimals=2, percent_decimals=0)
    pair = PairFacts(NURSE, CLERK, cents)
    assert pair.compared("salary.average").fact.a_text == "$101,420.00"
    assert compare_shares("skills.CPT", 20.4, 9, cents).fact.a_text == "20%"
    assert compare_shares("skills.CPT", 20.4, 9, STYLE).fact.a_text == "20.4%"


def test_a_pair_compares_each_figure_as_compare_quantities_does() -> None:
    """A pair compares figures each occupation displayed once (for all its pairs); the result
    is the comparison of the two record values, lower bounds included, for every field, and
    ``known`` holds exactly the fields either record has."""
    from careerprose import datasets
    from careerprose.english import compare_quantities

    built_in = sorted(datasets.occupations(), key=lambda o: o.code or "")[::97]
    for a, b in [(NURSE, CLERK), (CLERK, NURSE), *itertools.pairwise(built_in)]:
        pair = PairFacts(a, b, STYLE)
        for field, quantity in QUANTITIES.items():
            expected = compare_quantities(
                quantity.get(a),
                quantity.get(b),
                quantity.kind,
                a_lower_bound=quantity.lower_bound(a),
                b_lower_bound=quantity.lower_bound(b),
                style=STYLE,
            )
            assert pair.compared(field).comparison == expected, (a.title, b.title, field)
            assert compare_field(a, b, field, STYLE).comparison == expected
            # ``known``: what a planner reads to skip a figure neither record has
            either = quantity.get(a) is not None or quantity.get(b) is not None
            assert (field in pair.known) == either, (a.title, b.title, field)
