"""How articles present the fields the built-in dataset added: with the labels the data supports.

A training range is not the time to become one; skills ranked by a rating are not listed by a
share of workers; a median is not an average; race shares that leave groups out are not a
ratio, and Hispanic or Latino is not one more race.
"""

from __future__ import annotations

from typing import Any

from careerprose import check_article, compare
from careerprose.records.model import Occupation


def _text(a: dict[str, Any], b: dict[str, Any], seed: int = 0) -> str:
    first, second = Occupation.from_dict(a), Occupation.from_dict(b)
    article = compare(first, second, seed=seed)
    assert check_article(article, first, second) == []
    return str(article.render("text"))


def _training(low: int | None, high: int | None, basis: str | None) -> dict[str, Any]:
    return {"min_months": low, "max_months": high, "basis": basis}


def test_a_training_range_is_stated_as_training_not_as_time_to_become() -> None:
    text = _text(
        {"title": "Cook", "time_to_become": _training(1, 12, "on-the-job training")},
        {"title": "Baker", "time_to_become": _training(None, 1, "on-the-job training")},
    )
    assert "1 to 12 months" in text  # in one of several phrasings
    assert "on-the-job training" in text
    assert "to become" not in text
    assert "Becoming" not in text


def test_one_training_range_alone() -> None:
    text = _text(
        {"title": "Cook", "time_to_become": _training(12, None, "on-the-job training")},
        {"title": "Baker"},
    )
    assert "at least one year" in text  # in one of several phrasings
    assert "on-the-job training" in text


def test_a_training_range_and_a_time_to_qualify_are_not_compared() -> None:
    text = _text(
        {"title": "Cook", "time_to_become": _training(1, 12, "on-the-job training")},
        {"title": "Baker", "time_to_become": _training(24, 48, None)},
    )
    assert "on-the-job training" not in text.split("overview")[0]
    assert "to become" not in text
    assert "shorter" not in text
    assert "longer" not in text


def test_skills_ranked_by_a_rating_are_the_most_important_never_listed_by_a_share() -> None:
    rated = {
        "skills": ["Speaking", "Writing", "Monitoring"],
        "skills_ranked_by": "O*NET importance",
    }
    texts = [_text({"title": "Editor", **rated}, {"title": "Proofreader", **rated}, seed)
             for seed in range(12)]  # fmt: skip
    assert any("most important" in text for text in texts)  # in one of several phrasings
    for text in texts:
        assert "Most important editor skills (O*NET importance)" in text
        assert "O*NET importance" in text.split("Most important editor skills")[0]
        assert " list " not in text
        assert "%" not in text


def test_median_age_is_called_a_median() -> None:
    text = _text(
        {"title": "Nurse", "demographics": {"median_age": 42.3}},
        {"title": "Hygienist", "demographics": {"median_age": 38.1}},
    )
    assert "Median age" in text
    assert "median age" in text.casefold().replace("median ages", "median age")
    assert "42" in text.split("overview")[-1]
    assert "average" not in text


def test_partial_race_shares_are_not_a_ratio_and_hispanic_is_a_row_of_its_own() -> None:
    people = {"race": {"White": 70.6, "Asian": 10.6}, "hispanic_or_latino": 10.0}
    text = _text({"title": "Nurse", "demographics": people}, {"title": "Hygienist"})
    assert "Race (shares of workers)" in text
    assert "Race ratio" not in text
    assert "Hispanic or Latino" in text
    full = {"race": {"White": 60.0, "Black": 40.0}}
    assert "Race ratio" in _text({"title": "Nurse", "demographics": full}, {"title": "Hygienist"})


def test_entry_requirements_are_table_rows_in_the_data_s_words() -> None:
    text = _text(
        {
            "title": "Nurse",
            "education": {"entry_level": "Bachelor's degree"},
            "work_experience": "No work experience in a related occupation",
            "on_the_job_training": "No on-the-job training",
        },
        {"title": "Hygienist", "education": {"entry_level": "Associate's degree"}},
    )
    assert "Typical entry-level education" in text
    assert "Associate's degree" in text
    assert "Work experience needed" in text
    assert "On-the-job training" in text
