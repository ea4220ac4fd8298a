"""careerprose.testing.pairs / styles / hostile_texts: valid records that reach every case."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerprose import Occupation, Style, compare
from careerprose.facts import QUANTITIES, compare_field
from careerprose.testing import hostile_texts, pairs, styles
from careerprose.testing.pairs import HOSTILE, QUANTITY_FIELDS

Pair = tuple[Occupation, Occupation]
#: A fixed, reproducible budget: these tests measure what the strategies reach.
REACH = settings(
    max_examples=400,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def collect(
    strategy: st.SearchStrategy[Pair], look: Callable[[Pair], list[object]]
) -> Counter[object]:
    """What ``look`` sees over a fixed run of ``strategy``."""
    seen: Counter[object] = Counter()

    @REACH
    @given(strategy)
    def run(pair: Pair) -> None:
        seen.update(look(pair))

    run()
    return seen


#: Compared quantities drawn as a range, by the time-to-qualify shapes, not one by one.
TIME_FIELDS = {"time_to_become.min_months", "time_to_become.max_months"}


def test_every_compared_quantity_is_generated() -> None:
    assert set(QUANTITY_FIELDS) | TIME_FIELDS == set(QUANTITIES) | TIME_FIELDS
    assert set(QUANTITY_FIELDS) >= set(QUANTITIES) - TIME_FIELDS


#: Under the default style these are never "about the same": a 1% gap between ages, years
#: or ratings is below the precision they are shown with.
NEVER_SIMILAR_BY_DEFAULT = {
    "experience_years", "demographics.average_age", "demographics.median_age", "job_satisfaction",
}  # fmt: skip
WIDE = Style(similar_within=0.2)


def _time_shape(a: Occupation, b: Occupation) -> str:
    ranges = [(o.time_to_become.min_months, o.time_to_become.max_months) for o in (a, b)]
    (a_low, a_high), (b_low, b_high) = ranges
    if a_low is None or a_high is None or b_low is None or b_high is None:
        return "missing"
    if ranges[0] == ranges[1]:
        return "equal"
    if a_high < b_low:
        return "shorter"
    return "longer" if b_high < a_low else "overlap"


def shapes(pair: Pair) -> list[object]:
    """The cases a pair exercises: each quantity's relation, and the shapes of the rest."""
    a, b = pair
    found: list[object] = [(field, compare_field(a, b, field, Style()).relation)
                           for field in QUANTITIES]  # fmt: skip
    found += [(field, "wide", compare_field(a, b, field, WIDE).relation)
              for field in NEVER_SIMILAR_BY_DEFAULT]  # fmt: skip
    found.append(f"time {_time_shape(a, b)}")
    shared = {s.name for s in a.skills} & {s.name for s in b.skills}
    if shared and len(shared) < len(a.skills):
        found.append("some skills shared")
    if a.skills and a.skills == b.skills:
        found.append("same skills")
    if a.education.degree and a.education.degree == b.education.degree:
        found.append("same degree")
    if a.title.rsplit(" ", 1)[-1] == b.title.rsplit(" ", 1)[-1] and a.title != b.title:
        found.append("same head noun")
    if a.salary.top_coded & b.salary.top_coded:
        found.append("both top-coded")
    return found


def test_pairs_reach_every_relation_and_shape() -> None:
    seen = collect(pairs(), shapes)
    missing: list[object] = []
    for field in set(QUANTITIES) - TIME_FIELDS:
        for relation in ("higher", "lower", "equal", "similar", "unknown"):
            key: tuple[str, ...] = (field, relation)
            if relation == "similar" and field in NEVER_SIMILAR_BY_DEFAULT:
                key = (field, "wide", relation)
            if seen[key] < 1:
                missing.append(key)
    for shape in ("some skills shared", "same skills", "same degree", "same head noun",
                  "both top-coded", "time equal", "time shorter", "time longer",
                  "time overlap", "time missing"):  # fmt: skip
        if seen[shape] < 3:
            missing.append(shape)
    assert missing == []


@settings(max_examples=30)
@given(pairs())
def test_pairs_are_valid_records(pair: Pair) -> None:
    for occupation in pair:
        assert Occupation.from_dict(occupation.to_dict()) == occupation


@settings(max_examples=30)
@given(pairs(realistic=False))
def test_unrealistic_pairs_are_valid_records(pair: Pair) -> None:
    for occupation in pair:
        assert Occupation.from_dict(occupation.to_dict()) == occupation


def test_styles_vary_every_option() -> None:
    seen: dict[str, set[object]] = {}

    @REACH
    @given(styles())
    def run(style: Style) -> None:
        for name in attrs.fields(Style):
            seen.setdefault(name.name, set()).add(getattr(style, name.name))

    run()
    assert [name for name, values in seen.items() if len(values) < 2] == ["language"]


@given(hostile_texts())
def test_hostile_texts_contain_a_hostile_piece(text: str) -> None:
    assert any(piece in text for piece in HOSTILE)


@given(pairs(hostile=True))
def test_hostile_data_is_printed_as_data_never_run_or_unescaped(pair: Pair) -> None:
    a, b = pair
    article = compare(a, b)
    text, html = article.render("text"), article.render("html")
    # "{{ 7*7 }}" is never evaluated: no "49" standing alone unless a figure of the data
    # shows as 49 (48.95 rounds to "49%"; "$133,849" contains the digits and is no evaluation)
    figures = (float(n) for n in re.findall(r"(?<![\w.])\d+(?:\.\d+)?", repr(pair)))
    shown_as_49 = any(48.5 <= figure < 49.5 for figure in figures)
    assert re.search(r"(?<![\d,.])49(?![\d,.])", text) is None or shown_as_49
    if "{{ 7*7 }}" in a.title:
        assert "{{ 7*7 }}" in text
    assert "<script>" not in html
    assert "<b>" not in html
