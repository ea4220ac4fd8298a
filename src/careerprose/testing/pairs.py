"""Hypothesis strategies for pairs of occupations that reach every kind of comparison.

Two records drawn independently almost never tie, nearly tie, share skills or have the same
degree, so the sentences for those cases ("both", "about the same", "shared skills") go
untested. :func:`pairs` draws the second record *from the first*, field by field: equal,
near-equal (a rounding apart), within a few percent, missing on one side, at the extremes, or
independent. :func:`styles` draws house styles and :func:`hostile_texts` text that tries to
break an article (template syntax, HTML, Markdown, leaked-value words, odd Unicode).
:func:`occupation_pairs` draws two independent records of different occupations.

An occupation is never compared with itself (:class:`careerprose.SameOccupationError`), so
every pair drawn here names two different occupations.

Strategies stay simple so that a failure shrinks fast: each field's shape is a
``sampled_from`` whose first choice ("independent") is the simplest.

Example:
    >>> from hypothesis import given, settings
    >>> from careerprose import check_article, compare
    >>> from careerprose.testing import pairs, styles
    >>> @settings(max_examples=5, deadline=None)
    ... @given(pairs(), styles())
    ... def test_articles_keep_the_guarantees(pair, style):
    ...     a, b = pair
    ...     assert check_article(compare(a, b, style=style), a, b) == []
    >>> test_articles_keep_the_guarantees()
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from careerprose.planner import same_occupation
from careerprose.records.model import (
    MONEY_FIELDS,
    Demographics,
    Education,
    Occupation,
    Salary,
    Skill,
    TimeToBecome,
)
from careerprose.style import SECTIONS, Style
from careerprose.testing.records import occupations, titles

__all__ = [
    "FIELD_SHAPES",
    "QUANTITY_FIELDS",
    "hostile_texts",
    "occupation_pairs",
    "pairs",
    "styles",
]

#: How the second record's value of a quantity is drawn from the first's.
FIELD_SHAPES: tuple[str, ...] = (
    "independent", "equal", "near", "similar", "a missing", "b missing", "extreme",
)  # fmt: skip


@attrs.frozen
class _Range:
    low: float
    high: float
    whole: bool


#: Every compared quantity: its path in the record and the values it may hold.
QUANTITY_FIELDS: dict[str, _Range] = {
    "salary.average": _Range(0, 400_000, False),
    "salary.hourly": _Range(0, 200, False),
    "salary.low": _Range(0, 150_000, False),  # apart from "high", so low ≤ high holds
    "salary.high": _Range(150_000, 400_000, False),
    "growth_rate": _Range(-100, 300, False),
    "jobs": _Range(0, 5_000_000, True),
    "job_satisfaction": _Range(0, 5, False),
    "experience_years": _Range(0, 40, True),
    "education.degree_share": _Range(0, 100, False),
    "demographics.average_age": _Range(16, 80, False),
    "demographics.lgbt_share": _Range(0, 100, False),
    "demographics.median_age": _Range(16, 80, False),
    "demographics.hispanic_or_latino": _Range(0, 100, False),
    "openings": _Range(0, 500_000, True),
}
_PERCENT = QUANTITY_FIELDS["education.degree_share"]


def _set(record: Any, path: str, value: Any) -> Any:
    head, _, rest = path.partition(".")
    if not rest:
        return attrs.evolve(record, **{head: value})
    return attrs.evolve(record, **{head: _set(getattr(record, head), rest, value)})


def _evolve(occupation: Occupation, **changes: Any) -> Occupation:
    """``attrs.evolve`` for the fields with converters, which mypy cannot follow."""
    return attrs.evolve(occupation, **changes)


def _clip(value: float, span: _Range) -> int | float:
    value = min(max(value, span.low), span.high)
    return round(value) if span.whole else round(value, 2)


_PLACES = ("Boston, MA", "Austin, TX", "San Jose-Sunnyvale-Santa Clara, CA", "Fargo, ND")
_STATES = ("Connecticut", "Texas", "California", "New York", "Alaska")
_COMPANIES = ("Kent Daniels & Associates", "Google", "Mayo Clinic", "Acme Inc")
_INDUSTRIES = ("Finance", "Health Care", "Retail Trade", "Federal, State, and Local Government")
_DEGREES = ("Bachelor's Degree", "Associate Degree", "Master's Degree", "High School Diploma")
_MAJORS = ("Nursing", "Business", "Accounting", "Computer Science")
_COLLEGES = ("University of Ohio", "Boston College", "Texas A&M University")
_SKILLS = (
    "Patients", "CPT", "Data Entry", "Customer Service", "Customer Accounts", "HIPAA",
    "Medicaid", "Billing", "X-ray", "UX Design", "iOS", "Payroll",
)  # fmt: skip
_GROUPS = (("female", "male"), ("White", "Asian", "Hispanic or Latino", "Black"))
_SENTENCES = (
    "They handle insurance claims and patient billing.",
    "Collect payments for overdue accounts.",
    "Train and supervise junior staff.",
    "Keep accurate records of every payment.",
)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _decimal(high: int, places: int) -> st.SearchStrategy[int | float]:
    scale = 10**places
    return st.integers(0, high) | st.integers(0, high * scale).map(lambda v: v / scale)


def _shares(names: tuple[str, ...]) -> st.SearchStrategy[tuple[tuple[str, int | float], ...]]:
    return st.lists(
        st.tuples(st.sampled_from(names), _decimal(100, 1)), max_size=3, unique_by=lambda p: p[0]
    ).map(tuple)


# Strategies are built once, here: building them inside each draw costs more than drawing.
_MONEY = _maybe(st.integers(0, 400_000))
_HOURLY = _maybe(_decimal(200, 2))
_PERCENT_VALUE = _maybe(_decimal(100, 1))
_SHARE = _maybe(st.integers(0, 100))
_WHOLE_SHARE = st.integers(0, 100)
_TEXTS = {
    name: _maybe(st.sampled_from(pool))
    for name, pool in (
        ("city", _PLACES), ("state", _STATES), ("company", _COMPANIES),
        ("industry", _INDUSTRIES), ("degree", _DEGREES), ("major", _MAJORS),
        ("college", _COLLEGES), ("description", _SENTENCES),
    )
}  # fmt: skip
_SKILL_NAMES = st.lists(st.sampled_from(_SKILLS), max_size=6, unique=True)
_DUTIES = st.lists(st.sampled_from(_SENTENCES), max_size=3, unique=True)
#: A small pool, so the two sides often share technologies or list the same ones.
_TECHNOLOGIES = st.lists(
    st.sampled_from(["Microsoft Excel", "Epic Systems", "Python", "git", "SAP software"]),
    max_size=4,
    unique=True,
)
_MONTHS = st.lists(st.integers(0, 120), max_size=2)
_GENDERS, _RACES = _shares(_GROUPS[0]), _shares(_GROUPS[1])
_FIELD_SHAPE = st.sampled_from(FIELD_SHAPES)
_NEAR_STEP = st.sampled_from([0, 0.004, 0.01, 0.4, 0.5, 1, 2])
_SIMILAR_PERCENT = st.sampled_from([0.5, 0.2, 0.9, 0.1, 0.7, 1.1, 4.9, 15.0])
_SIGN = st.sampled_from([1, -1])
_END = st.sampled_from(["low", "high"])
_TOP_CODING = st.sampled_from(("none", "none", "none", "both", "a", "b"))
_SKILL_SHAPE = st.sampled_from(("independent", "same", "shared", "reordered", "one empty"))
_SHARE_STEP = st.sampled_from([0, 1, -1, 2, 30, None])
_TIME_SHAPE = st.sampled_from(("independent", "equal", "apart", "overlapping", "one missing"))
_START, _SPAN = st.integers(0, 60), st.integers(0, 24)


def _months(ends: list[int]) -> TimeToBecome:
    """A range of months from none, one (the minimum) or two sorted ends."""
    low = ends[0] if ends else None
    high = ends[1] if len(ends) > 1 else None
    return TimeToBecome(min_months=low, max_months=high)


_TITLES = titles()


def _values(span: _Range) -> st.SearchStrategy[int | float]:
    """Values in ``span``: whole numbers, or with up to two decimal places."""
    whole = st.integers(int(span.low), int(span.high))
    if span.whole:
        return whole
    cents = st.builds(lambda v, c: min(v + c / 100, span.high), whole, st.integers(0, 99))
    return whole | cents


_VALUES = {path: _values(span) for path, span in QUANTITY_FIELDS.items()}
# Near-equal values need room: hypothesis favours small numbers, and 0 against 1 is no tie.
_UPPER = {
    path: _values(_Range(span.low + (span.high - span.low) / 4, span.high, span.whole))
    for path, span in QUANTITY_FIELDS.items()
}


@st.composite
def _side(draw: st.DrawFn) -> Occupation:
    """A realistic occupation from small pools: cheap to generate and to shrink."""
    low, high = sorted((draw(_MONEY) or 0, draw(_MONEY) or 0))
    salary = Salary(
        average=draw(_MONEY),
        hourly=draw(_HOURLY),
        low=low or None,
        high=high or None,
        highest_paying_city=draw(_TEXTS["city"]),
        highest_paying_state=draw(_TEXTS["state"]),
        best_paying_company=draw(_TEXTS["company"]),
        best_paying_industry=draw(_TEXTS["industry"]),
    )
    skills = tuple(Skill(name, draw(_SHARE)) for name in draw(_SKILL_NAMES))
    occupation = Occupation(
        title=draw(_TITLES),
        description=draw(_TEXTS["description"]),
        salary=salary,
        time_to_become=_months(sorted(draw(_MONTHS))),
        education=Education(
            degree=draw(_TEXTS["degree"]),
            degree_share=draw(_PERCENT_VALUE),
            major=draw(_TEXTS["major"]),
            college=draw(_TEXTS["college"]),
        ),
        demographics=Demographics(gender=draw(_GENDERS), race=draw(_RACES)),
    )  # the other quantities are drawn by _correlate
    duties, tools = tuple(draw(_DUTIES)), tuple(draw(_TECHNOLOGIES))
    return _evolve(occupation, skills=skills, responsibilities=duties, in_demand_technologies=tools)


def _correlate(draw: st.DrawFn, path: str) -> tuple[int | float | None, int | float | None]:
    """The two values of one quantity: ``b`` drawn from ``a`` in one of FIELD_SHAPES."""
    span = QUANTITY_FIELDS[path]
    shape = draw(_FIELD_SHAPE)
    if shape == "extreme":
        return _end(draw(_END), span), _end(draw(_END), span)
    close = shape in ("near", "similar")
    value: int | float = draw(_UPPER[path] if close else _VALUES[path])
    if shape == "independent":
        return value, draw(_maybe(_VALUES[path]))
    if shape == "a missing":
        return None, value
    if shape == "b missing":
        return value, None
    if shape == "equal":
        return value, value
    if shape == "near":  # a rounding apart: the same figure, or one displayed unit apart
        return value, _clip(value + draw(_SIGN) * draw(_NEAR_STEP), span)
    # "similar": a few percent apart, around the styles' "about the same" thresholds
    return value, _clip(value * (1 + draw(_SIGN) * draw(_SIMILAR_PERCENT) / 100), span)


def _end(end: str, span: _Range) -> int | float:
    return _clip(span.low if end == "low" else span.high, span)


def _with_salary(occupation: Occupation, values: dict[str, Any], top: frozenset[str]) -> Occupation:
    """The record with its wages replaced at once, kept valid: low ≤ high, and only known
    figures top-coded (records check both when they are made)."""
    low, high = values.get("low"), values.get("high")
    if low is not None and high is not None and low > high:
        values = {**values, "low": high, "high": low}
    known = frozenset(name for name in MONEY_FIELDS if values.get(name) is not None)
    salary = attrs.evolve(occupation.salary, **values, top_coded=top & known)
    return attrs.evolve(occupation, salary=salary)


def _top_coding(draw: st.DrawFn) -> tuple[frozenset[str], frozenset[str]]:
    """Which wages each side reports as lower bounds ("$239,200 or more"): none, one, both."""
    sides: tuple[set[str], set[str]] = (set(), set())
    for name in MONEY_FIELDS:
        shape = draw(_TOP_CODING)
        if shape in ("a", "both"):
            sides[0].add(name)
        if shape in ("b", "both"):
            sides[1].add(name)
    return frozenset(sides[0]), frozenset(sides[1])


def _near_share(draw: st.DrawFn, share: int | float | None) -> int | float | None:
    """A shared skill's share on the other side: unknown, equal, a point or two off, or far."""
    if share is None:
        fresh: int | None = draw(_SHARE)
        return fresh
    step = draw(_SHARE_STEP)
    return None if step is None else _clip(share + step, _PERCENT)


def _skills(draw: st.DrawFn, a: Occupation, b: Occupation) -> tuple[Occupation, Occupation]:
    shape = draw(_SKILL_SHAPE)
    if shape == "independent" or not a.skills:
        return a, b
    if shape == "same":
        return a, _evolve(b, skills=a.skills)
    if shape == "reordered":
        return a, _evolve(b, skills=tuple(reversed(a.skills)))
    if shape == "one empty":
        return a, _evolve(b, skills=())
    shared = draw(st.lists(st.sampled_from(a.skills), min_size=1, unique=True))
    names = {skill.name.casefold() for skill in shared}
    own = [skill for skill in b.skills if skill.name.casefold() not in names]
    moved = [Skill(skill.name, _near_share(draw, skill.share)) for skill in shared]
    return a, _evolve(b, skills=tuple(own[:3] + moved))


def _title_and_degree(
    draw: st.DrawFn, a: Occupation, b: Occupation
) -> tuple[Occupation, Occupation]:
    if draw(st.booleans()):  # the same head noun: "Senior Analyst" vs "Data Analyst"
        head = a.title.rsplit(" ", 1)[-1]
        other = draw(_TITLES).rsplit(" ", 1)[0] if " " in b.title else ""
        title = f"{other} {head}".strip() if other else f"Junior {head}"
        if title.casefold() != a.title.casefold():
            b = attrs.evolve(b, title=title)
    if draw(st.booleans()):
        b = attrs.evolve(b, education=attrs.evolve(b.education, degree=a.education.degree))
    shape = draw(_TIME_SHAPE)
    if shape == "one missing":
        b = attrs.evolve(b, time_to_become=TimeToBecome())
    elif shape != "independent":
        low, span = draw(_START), draw(_SPAN)
        a = attrs.evolve(a, time_to_become=TimeToBecome(min_months=low, max_months=low + span))
        if shape == "equal":
            b = attrs.evolve(b, time_to_become=a.time_to_become)
        else:
            start = low + span + 1 if shape == "apart" else low + span // 2
            b = attrs.evolve(
                b, time_to_become=TimeToBecome(min_months=start, max_months=start + span)
            )
    return a, b


#: Text fields that hostile pairs may fill with hostile text.
_TEXT_FIELDS: tuple[str, ...] = (
    "description", "salary.highest_paying_city", "salary.best_paying_company",
    "salary.best_paying_industry", "education.degree", "education.major", "education.college",
)  # fmt: skip


@st.composite
def _hostile(draw: st.DrawFn, occupation: Occupation) -> Occupation:
    for path in draw(st.lists(st.sampled_from(_TEXT_FIELDS), unique=True)):
        occupation = _set(occupation, path, draw(hostile_texts()))
    if draw(st.booleans()):
        occupation = attrs.evolve(occupation, title=f"{draw(hostile_texts())} Manager")
    if draw(st.booleans()):
        skill = Skill(draw(hostile_texts()), draw(st.none() | st.integers(0, 100)))
        others = [s for s in occupation.skills if s.name.casefold() != skill.name.casefold()]
        occupation = _evolve(occupation, skills=(skill, *others[:3]))
    if draw(st.booleans()):
        occupation = _evolve(occupation, responsibilities=(draw(hostile_texts()) + ".",))
    if draw(st.booleans()):
        occupation = _evolve(occupation, in_demand_technologies=(draw(hostile_texts()),))
    return occupation


@st.composite
def _pair(draw: st.DrawFn, realistic: bool, hostile: bool) -> tuple[Occupation, Occupation]:
    base = _side() if realistic else occupations()
    a, b = draw(base), draw(base)
    wages: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
    for path in QUANTITY_FIELDS:
        value_a, value_b = _correlate(draw, path)
        if path.startswith("salary."):
            wages[0][path[len("salary.") :]], wages[1][path[len("salary.") :]] = value_a, value_b
        else:
            a, b = _set(a, path, value_a), _set(b, path, value_b)
    top_a, top_b = _top_coding(draw)
    a, b = _with_salary(a, wages[0], top_a), _with_salary(b, wages[1], top_b)
    a, b = _skills(draw, a, b)
    a, b = _title_and_degree(draw, a, b)
    if hostile:
        a, b = draw(_hostile(a)), draw(_hostile(b))
    if same_occupation(a, b) is not None:  # never the same occupation twice
        b = attrs.evolve(b, title=f"{b.title} Trainee", plural=None, code=None)
    assume(same_occupation(a, b) is None)  # "AA" and "A A" read alike even so
    if draw(st.booleans()):
        a, b = b, a  # correlations run both ways
    return a, b


def pairs(
    *, realistic: bool = True, hostile: bool = False
) -> st.SearchStrategy[tuple[Occupation, Occupation]]:
    """Pairs of valid occupations whose sides are correlated field by field.

    Each quantity is independent, equal, near-equal (a rounding apart), within a few percent,
    missing on one side, or at its extremes; skills are independent, the same, shared in part,
    reordered or missing on one side; titles may share a head noun; degree and time to qualify
    may be the same. ``realistic=False`` fills text fields with any text a record may hold;
    ``hostile=True`` puts :func:`hostile_texts` into titles, places, degrees, skills,
    descriptions and duties.
    """
    return _pair(realistic, hostile)


def styles() -> st.SearchStrategy[Style]:
    """House styles: every option, from the default (which failures shrink to) to extremes."""
    sections = st.just(SECTIONS) | st.lists(
        st.sampled_from(SECTIONS), min_size=1, max_size=len(SECTIONS), unique=True
    ).map(tuple)
    return st.builds(
        Style,
        serial_comma=st.booleans(),
        words_below=st.sampled_from([10, 0, 1, 2, 21, 101]),
        placeholder=st.sampled_from(["-", "—", "n/a", "Not known"]),
        sections=sections,
        source_line=st.booleans(),
        top_skills=st.sampled_from([3, 0, 1, 5]),
        list_items=st.sampled_from([6, 0, 1, 3]),
        money_decimals=st.sampled_from([0, 2]),
        hourly_decimals=st.sampled_from([2, 0, 1]),
        large_money_from=st.sampled_from([0, 100_000, 1_000_000]),
        large_money_decimals=st.sampled_from([1, 0, 2]),
        percent_decimals=st.sampled_from([1, 0, 2]),
        range_separator=st.sampled_from(["-", "–"]),
        similar_within=st.sampled_from([0.01, 0.0, 0.05, 0.2]),
        slightly_within=st.sampled_from([0.05, 0.0, 0.1]),
    )


#: Text that has broken (or could break) an article: template syntax, markup, leaked-value
#: words, Unicode that renders oddly. (Invisible characters are left out: records refuse them.)
HOSTILE: tuple[str, ...] = (
    "{{ 7*7 }}", "{% raw %}", "{# note #}", "${HOME}", "%(name)s", "{0}",
    "<script>alert(1)</script>", "<b>bold</b>", "Fish & Chips", "a | b", "*stars*", "_under_",
    "# heading", "[link](http://x)", "`code`", "\\", "'quoted'", '"double"',
    "O'Brien & Sons", "naïve café", "Zürich", "東京", "مرحبا", "emoji 🚀",
    "x" * 60,
)  # fmt: skip


def hostile_texts() -> st.SearchStrategy[str]:
    """Text built from pieces that try to break an article, optionally inside plain words."""
    piece = st.sampled_from(HOSTILE)
    return st.builds(
        lambda before, text, after: " ".join(part for part in (before, text, after) if part),
        st.sampled_from(["", "Senior", "The"]),
        piece,
        st.sampled_from(["", "Group", "and more"]),
    ).map(_with_a_letter)


def _with_a_letter(text: str) -> str:
    """Loading refuses text without a letter or digit: such a piece comes inside a word."""
    return text if re.search(r"[^\W_]", text) else f"Senior {text}"


def occupation_pairs(
    *, realistic: bool = False
) -> st.SearchStrategy[tuple[Occupation, Occupation]]:
    """Two valid records of different occupations (different titles and codes), drawn
    independently (see :func:`pairs` for correlated ones)."""
    both = st.tuples(occupations(realistic=realistic), occupations(realistic=realistic))
    return both.filter(lambda pair: same_occupation(*pair) is None)
