"""The English layer in whole articles: the issue's defects, in every output format."""

from __future__ import annotations

import re

import pytest

import careerprose
from article_text import FORMATS, prose
from careerprose import datasets

# (a, b, phrases that would name the wrong job or read badly, phrases the article should use)
PAIRS = [
    ("Court, Municipal, and License Clerks", "Procurement Clerks",
     [r"\bclerks and clerks\b", r"(?<![a-z] )(?<!license )(?<!procurement )\bclerks earn\b"],
     ["procurement clerks"]),
    ("Registered Nurses", "Licensed Practical and Licensed Vocational Nurses",
     [r"(?<!registered )(?<!vocational )(?<!practical )\b[Nn]urses (?:earn|make|hold)\b"],
     ["licensed practical nurses"]),
    ("Disc Jockeys, Except Radio", "Tour and Travel Guides",
     [r"(?<!disc )\bjockeys\b"], ["disc jockeys"]),
    ("Insulation Workers, Mechanical", "Plumbers, Pipefitters, and Steamfitters",
     [r"(?<!insulation )\bworkers (?:earn|make|hold)\b"], ["insulation workers"]),
    ("Helpers--Carpenters", "Carpenters", [r"(?<!carpenter )\bhelpers (?:earn|make|hold)\b"],
     ["carpenter helpers"]),
    ("First-Line Supervisors of Construction Trades and Extraction Workers", "Electricians",
     [r"average first-line supervisor[^.]* salary", r"\d first-line supervisor[^.]* jobs"],
     ["construction supervisors"]),
    ("Surgeons, All Other", "Pediatric Surgeons",
     [r"average surgeon \(all other\) salary", r"\d surgeon \(all other\) jobs"], []),
]  # fmt: skip


def _rendered(a: str, b: str, fmt: str, seed: int) -> str:
    return prose(careerprose.compare(datasets.get(a), datasets.get(b), seed=seed), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("a", "b", "wrong", "right"), PAIRS, ids=[f"{p[0]} vs {p[1]}" for p in PAIRS]
)
def test_later_mentions_never_name_the_wrong_job(
    a: str, b: str, wrong: list[str], right: list[str], fmt: str
) -> None:
    for seed in range(4):
        for first, second in ((a, b), (b, a)):
            text = _rendered(first, second, fmt, seed)
            for pattern in wrong:
                assert not re.search(pattern, text, re.IGNORECASE), (pattern, first, second, seed)
    if right:
        text = " ".join(_rendered(a, b, "text", seed) for seed in range(4))
        assert any(phrase in text for phrase in right)


@pytest.mark.parametrize("fmt", FORMATS)
def test_descriptions_read_as_narrative(fmt: str) -> None:
    text = _rendered("Bill and Account Collectors", "Proofreaders and Copy Markers", fmt, 0)
    assert "Bill and account collectors locate and notify customers" in text
    assert "Proofreaders and copy markers read" in text
    # the imperative survives only as a duty in the task list (as on the seed page) and as the
    # record value a sentence keeps for provenance, never as a description sentence
    article = careerprose.compare(
        datasets.get("Bill and Account Collectors"), datasets.get("Proofreaders and Copy Markers")
    )
    descriptions = [s.text for s in article.sentences() if s.kind == "description"]
    assert descriptions
    assert not any("Locate and notify" in sentence for sentence in descriptions)
    assert "Excludes" not in text
    assert "Includes" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_all_other_non_answer_is_left_out(fmt: str) -> None:
    text = _rendered("Bill and Account Collectors", "Financial Clerks, All Other", fmt, 0)
    assert "not listed separately" not in text
    assert "What does a financial clerk (all other) do?" not in text
    assert "What does a bill and account collector do?" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_places_and_industries_are_named_correctly(fmt: str) -> None:
    """Lawyers are best paid in the District of Columbia and the San Jose metro area."""
    text = _rendered("Lawyers", "Disc Jockeys, Except Radio", fmt, 0)
    prose = text.split("Best paying industry", 1)[-1]  # after the table rows
    assert not re.search(r"District of Columbia is the highest-paying state", prose)
    assert not re.search(r"highest-paying state(?! or)[^.;]* the District of Columbia", prose)
    assert "the District of Columbia" in prose
    assert "highest-paying city" not in prose
    assert "Urban Honolulu" not in prose
    assert "professional, scientific and technical services" in prose  # house serial comma


def test_one_range_style_per_article() -> None:
    """Time to qualify reads "6 to 12 months" beside "four to eight years", never "6-12"."""
    a = careerprose.Occupation(title="Analyst", time_to_become=careerprose.TimeToBecome(6, 12))
    b = careerprose.Occupation(title="Actuary", time_to_become=careerprose.TimeToBecome(48, 96))
    text = careerprose.compare(a, b).render("text")
    assert "6 to 12 months" in text
    assert "four to eight years" in text
    assert not re.search(r"\d-\d", text)
    dashed = careerprose.compare(a, b, style=careerprose.Style(range_separator="\u2013"))
    assert "6\u201312 months" in dashed.render("text")
    assert "4\u20138 years" in dashed.render("text")


@pytest.mark.parametrize("fmt", FORMATS)
def test_titles_with_their_own_and_stay_apart(fmt: str) -> None:
    a, b = "Proofreaders and Copy Markers", "Bioengineers and Biomedical Engineers"
    for seed in range(4):
        text = _rendered(a, b, fmt, seed)
        assert "copy markers and bioengineers" not in text.replace("\n", " ").lower()
