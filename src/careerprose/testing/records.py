"""Hypothesis strategies for occupation records, including every kind of missing value.

Example:
    >>> from hypothesis import given
    >>> from careerprose.testing import occupations
    >>> @given(occupations())
    ... def test_round_trip(occupation):
    ...     assert type(occupation).from_dict(occupation.to_dict()) == occupation
    >>> test_round_trip()
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from careerprose.records.model import (
    Demographics,
    Education,
    Occupation,
    Salary,
    Skill,
    TimeToBecome,
)
from careerprose.records.values import is_missing, normalise_text

__all__ = ["occupations", "sentences", "texts", "titles", "words"]

T = TypeVar("T")

_WORDS = (
    "Patients", "CPT", "Data", "Entry", "Customer", "Service", "Boston", "MA", "Finance", "and",
    "Business", "Medicaid", "accounts", "billing", "claims", "records", "Health", "Care",
    "Connecticut", "Texas", "New", "York", "University", "of", "Ohio", "payment", "plans",
    "Associates", "Group", "Inc", "Degree", "Bachelor's", "Master's", "Associate", "Nursing",
    "Accounting", "female", "male", "White", "Asian", "Hispanic", "Latino", "Unknown", "review",
    "manage", "train", "staff", "insurance", "HIPAA", "X-ray", "UX", "Retail", "Trade", "Google",
)  # fmt: skip
_HEAD_NOUNS = (
    "Specialist", "Representative", "Manager", "Analyst", "Clerk", "Technician", "Nurse",
    "Engineer", "Designer", "Developer", "Assistant", "Coordinator", "Officer", "Teacher",
    "Driver", "Cook", "Inspector", "Agent", "Supervisor", "Writer",
)  # fmt: skip
_MODIFIERS = (
    "Senior", "Junior", "Patient", "Account", "Collections", "Sales", "Medical", "Software",
    "Data", "Human Resources", "Registered", "Customer Service", "HR", "UX", "Lead", "Payroll",
    "Billing", "Claims", "Hourly", "European",
)  # fmt: skip


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Prose-safe text as careerprose stores it: folded white space, never a missing spelling."""
    alphabet = st.characters(
        codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85\xa0"
    )
    return (
        st.text(alphabet, min_size=1, max_size=max_size)
        .map(normalise_text)
        .filter(lambda text: _LETTER_OR_DIGIT.search(text) is not None and not is_missing(text))
    )


# Loading refuses text without a letter or digit ("," is no company name).
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


# Words the verifier reads as leaked Python values (careerprose.verify.FORBIDDEN).
_RESERVED = re.compile(r"\b(?:none|nan|inf)\b", re.IGNORECASE)


def words(max_words: int = 4) -> st.SearchStrategy[str]:
    """Plain words ("Data Entry", "customer accounts"): names and places as real data has them.

    Never "None", "nan" or "inf", which :func:`careerprose.check_article` treats as leaked values.
    """
    word = st.sampled_from(_WORDS) | st.text(string.ascii_lowercase, min_size=1, max_size=9)
    return (
        st.lists(word, min_size=1, max_size=max_words)
        .map(" ".join)
        .filter(lambda text: not is_missing(text) and not _RESERVED.search(text))
    )


def sentences() -> st.SearchStrategy[str]:
    """A plain sentence ending with a full stop, as descriptions and duties are written."""
    return words(12).map(lambda text: text[:1].upper() + text[1:] + ".")


def titles() -> st.SearchStrategy[str]:
    """Job titles in Title Case built from real modifiers and head nouns."""
    return st.builds(
        lambda modifiers, head: " ".join([*modifiers, head]),
        st.lists(st.sampled_from(_MODIFIERS), max_size=3, unique=True),
        st.sampled_from(_HEAD_NOUNS),
    )


def _has_letter(text: str) -> bool:
    """A letter, as loading requires of a title ("A" included: the checker tells it from the
    article "a" by its capital)."""
    return any(char.isalpha() for char in text)


def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _money(high: int) -> st.SearchStrategy[int | float]:
    return st.integers(0, high) | st.decimals(0, high, places=2).map(float)


def _percent() -> st.SearchStrategy[int | float]:
    return st.integers(0, 100) | st.decimals(0, 100, places=1).map(float)


@st.composite
def _salary(draw: st.DrawFn, text: Callable[[], st.SearchStrategy[str]]) -> Salary:
    low, high = sorted(draw(st.lists(_money(400_000), min_size=2, max_size=2)))
    values: dict[str, Any] = {
        "average": draw(_maybe(_money(400_000))),
        "hourly": draw(_maybe(_money(200))),
        "low": draw(_maybe(st.just(low))),
        "high": draw(_maybe(st.just(high))),
    }
    known = sorted(name for name, value in values.items() if value is not None)
    top: list[str] = draw(st.lists(st.sampled_from(known), unique=True)) if known else []
    return Salary(
        **values,
        highest_paying_city=draw(_maybe(text())),
        highest_paying_state=draw(_maybe(text())),
        best_paying_company=draw(_maybe(text())),
        best_paying_industry=draw(_maybe(text())),
        top_coded=frozenset(top),
    )


@st.composite
def _time_to_become(draw: st.DrawFn) -> TimeToBecome:
    first, second = draw(st.integers(0, 120)), draw(st.integers(0, 120))
    return TimeToBecome(
        min_months=draw(_maybe(st.just(min(first, second)))),
        max_months=draw(_maybe(st.just(max(first, second)))),
    )


def _share_map(
    text: Callable[[], st.SearchStrategy[str]],
) -> st.SearchStrategy[tuple[tuple[str, int | float], ...]]:
    return st.lists(
        st.tuples(text(), _percent()), max_size=4, unique_by=lambda pair: pair[0].casefold()
    ).map(tuple)


def occupations(*, realistic: bool = False) -> st.SearchStrategy[Occupation]:
    """Valid occupations with any mix of known and missing values (as loading would produce).

    By default text fields hold any Unicode text a record may legally hold (for loaders and
    round trips); ``realistic=True`` uses job titles and plain words instead, as article tests
    need (an article prints data as it is, so arbitrary symbols would read as noise).
    """
    text = words if realistic else texts
    title = titles() if realistic else (titles() | texts().filter(_has_letter))
    prose = sentences() if realistic else texts(120)
    return st.builds(
        Occupation,
        title=title,
        plural=st.none() if realistic else _maybe(texts().filter(_has_letter)),
        code=_maybe(st.builds("{}-{:04d}".format, st.integers(11, 53), st.integers(0, 9999))),
        description=_maybe(prose),
        salary=_salary(text),
        growth_rate=_maybe(st.integers(-100, 100) | st.decimals(-100, 300, places=1).map(float)),
        jobs=_maybe(st.integers(0, 5_000_000)),
        job_satisfaction=_maybe(st.decimals(0, 5, places=1).map(float)),
        time_to_become=_time_to_become(),
        experience_years=_maybe(st.integers(0, 40)),
        education=st.builds(
            Education,
            degree=_maybe(text()),
            degree_share=_maybe(_percent()),
            major=_maybe(text()),
            college=_maybe(text()),
        ),
        demographics=st.builds(
            Demographics,
            average_age=_maybe(st.integers(16, 80) | st.decimals(16, 80, places=1).map(float)),
            gender=_share_map(text),
            race=_share_map(text),
            lgbt_share=_maybe(_percent()),
        ),
        responsibilities=st.lists(prose, max_size=4).map(tuple),
        skills=st.lists(
            st.builds(Skill, name=text(), share=_maybe(_percent())),
            max_size=6,
            unique_by=lambda skill: skill.name.casefold(),
        ).map(tuple),
        source=_maybe(text()),
        in_demand_technologies=st.lists(text(), max_size=3).map(tuple),
    )
