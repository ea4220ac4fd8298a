"""careerprose.compose: realising a plan (casing, figures, connectives, tidy sentences)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from careerprose import Occupation, compare
from careerprose.compose import finish_heading, finish_sentence
from careerprose.verify import check_article


def occ(title: str, **fields: Any) -> Occupation:
    return Occupation.from_dict({"title": title, **fields})


# --- defect 8.5: brand and acronym casing at the start of sentences and titles -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("iOS developers earn $90,000", "iOS developers earn $90,000."),
        ("registered nurses earn more", "Registered nurses earn more."),
        ("eBay sellers  list items .", "eBay sellers list items."),
        ("HR managers hire", "HR managers hire."),
        ("[a]-grade analysts earn more", "[A]-grade analysts earn more."),
        ("'quoted' analysts earn more", "'Quoted' analysts earn more."),
        ("8th grade teachers earn more", "8th grade teachers earn more."),
    ],
)
def test_finish_sentence_keeps_brand_casing(text: str, expected: str) -> None:
    assert finish_sentence(text) == expected


def test_finish_heading_keeps_brand_casing() -> None:
    assert finish_heading("iOS developer vs nurse") == "iOS developer vs nurse"
    # after an opening mark the first letter is still capitalised (found by CI's run)
    assert finish_heading("[a vs specialist") == "[A vs specialist"


def test_ios_developer_keeps_its_casing_everywhere() -> None:
    a = occ(
        "iOS Developer",
        description="iOS developers build apps for Apple devices",
        jobs=20000,
        salary={"average": 120000},
    )
    b = occ("Registered Nurse", jobs=3_000_000, salary={"average": 90000})
    for seed in range(12):
        article = compare(a, b, seed=seed)
        assert article.title == "iOS developer vs registered nurse"
        text = article.render("text")
        assert "IOS" not in text, seed
        assert "What does an iOS developer do?" in text
        assert check_article(article, a, b) == []


# --- defect 8.6: a range whose ends are equal is one figure ------------------------------


def test_equal_low_and_high_read_as_one_figure() -> None:
    a = occ("Nurse", salary={"average": 50000, "low": 50000, "high": 50000})
    b = occ("Clerk", salary={"average": 40000, "low": 30000, "high": 45000})
    for seed in range(12):
        text = compare(a, b, seed=seed).render("text")
        assert "$50,000 to $50,000" not in text
        assert "between $50,000 and $50,000" not in text
        assert "$50,000-$50,000" not in text
        assert re.search(r"\$50,000 a year|\$50,000, compared", text), text
        assert "between $30,000 and $45,000" in text


def test_a_top_coded_range_reads_as_a_lower_bound() -> None:
    salary = {"low": 239200, "high": 239200, "top_coded": ["low", "high"]}
    text = compare(occ("Surgeon", salary=salary), occ("Clerk", jobs=3)).render("text")
    assert "$239,200 or more" in text
    assert "to $239,200" not in text


# --- connectives from the planner -------------------------------------------------------


def test_a_connective_lowers_only_the_templates_own_capital() -> None:
    a = occ(
        "European Sales Manager",
        salary={"average": 80000},
        time_to_become={"min_months": 24, "max_months": 48},
    )
    b = occ("Clerk", salary={"average": 40000}, time_to_become={"min_months": 1, "max_months": 3})
    seen = set()
    for seed in range(30):
        article = compare(a, b, seed=seed)
        (pay,) = [s.text for s in article.sentences() if s.kind == "salary_compare"]
        connective, _, rest = pay.partition(", ")
        assert connective in ("Additionally", "In addition", "Also"), pay
        seen.add(connective)
        first = rest.split(" ", 1)[0]
        assert first in ("European", "a", "the", "managers", "sales") or first.islower(), pay
    assert len(seen) > 1  # the connective is a phrasing choice too
