"""careerprose.compose: realising a plan (casing, figures, connectives, tidy sentences)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
        # white space a record's value brings (a tab, a no-break space, a line break)
        (" nurses\tearn\u00a0more\n than clerks ", "Nurses earn more than clerks."),
        ("nurses earn\tmore", "Nurses earn more."),
        ("HR managers hire", "HR managers hire."),
        ("[a]-grade analysts earn more", "[A]-grade analysts earn more."),
        ("'quoted' analysts earn more", "'Quoted' analysts earn more."),
        ("8th grade teachers earn more", "8th grade teachers earn more."),
    ],
)
def test_finish_sentence_keeps_brand_casing(text: str, expected: str) -> None:
    assert finish_sentence(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("growth is lower for woodworkers (all other) (-4.4%) than for actors (2%)",
         "Growth is lower for woodworkers (all other), at -4.4%, than for actors (2%)."),
        ("fewer than for clerks (all other) (17,800).",
         "Fewer than for clerks (all other), at 17,800."),
        ("shorter for aides (all other) (up to one month) than for nurses",
         "Shorter for aides (all other), at up to one month, than for nurses."),
        # a bracket that is no figure, or no bracket before it, is left alone
        ("they list C (language) (advanced)", "They list C (language) (advanced)."),
        ("actors (0.3%) and producers (4.9%)", "Actors (0.3%) and producers (4.9%)."),
    ],
)  # fmt: skip
def test_finish_sentence_never_sets_a_figure_in_brackets_after_brackets(
    text: str, expected: str
) -> None:
    assert finish_sentence(text) == expected


#: Words, punctuation and every kind of white space a template or a record could bring.
_PIECES = ["word", "é", ",", ".", ";", "!", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c"]
_PIECES += ["\x1f", "\xa0", "\u2003"]


@given(
    st.lists(
        st.sampled_from(_PIECES),
        min_size=1,
    ).map("".join)
)
def test_finished_sentences_have_single_spaces_and_none_before_punctuation(text: str) -> None:
    finished = finish_sentence(text)
    assert finished == finished.strip()
    assert " ".join(finished.split()) == finished  # no other white space, nothing doubled
    assert not re.search(r" [,.;:!?]", finished)


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
    same_time = {"min_months": 6, "max_months": 12}
    a = occ("European Sales Manager", salary={"average": 80000}, jobs=9000,
            time_to_become=same_time)  # fmt: skip
    b = occ("Clerk", salary={"average": 40000}, jobs=1000, time_to_become=same_time)
    additions = ("Additionally", "In addition", "Also", "On top of that")
    seen = set()
    for seed in range(30):
        article = compare(a, b, seed=seed)
        for sentence in article.sentences():
            connective, _, rest = sentence.text.partition(", ")
            if sentence.kind in ("salary_compare", "gap") and connective in additions:
                seen.add(connective)
                first = rest.split(" ", 1)[0]
                assert first in ("European", "a", "the", "managers") or first.islower(), rest
    assert len(seen) > 1  # the connective is a phrasing choice too
