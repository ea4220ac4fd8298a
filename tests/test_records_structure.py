"""Occupation.from_dict / to_dict: every problem reported at once, in the user's terms."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given

from careerprose import (
    Demographics,
    Education,
    Occupation,
    RecordError,
    Salary,
    Skill,
    TimeToBecome,
)
from careerprose.testing import occupations


def problems_of(data: Any) -> list[str]:
    with pytest.raises(RecordError) as caught:
        Occupation.from_dict(data)
    assert isinstance(caught.value, ValueError)
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


def test_only_title_is_required() -> None:
    occupation = Occupation.from_dict({"title": "Chief of Staff"})
    assert occupation == Occupation("Chief of Staff")
    assert occupation.salary == Salary()
    assert occupation.skills == ()


@pytest.mark.parametrize("missing", [None, "", "-", "—", "N/A", float("nan")], ids=repr)
def test_missing_spellings_are_stored_as_none_everywhere(missing: object) -> None:
    occupation = Occupation.from_dict(
        {
            "title": "Collections Specialist",
            "plural": missing,
            "description": missing,
            "salary": {"average": missing, "hourly": missing, "highest_paying_city": missing},
            "growth_rate": missing,
            "jobs": missing,
            "job_satisfaction": missing,
            "time_to_become": {"min_months": missing, "max_months": missing},
            "education": {"degree": missing, "degree_share": missing},
            "demographics": {"average_age": missing, "lgbt_share": missing, "gender": missing},
            "skills": [{"name": "CPT", "share": missing}],
        }
    )
    assert occupation == Occupation("Collections Specialist", skills=(Skill("CPT"),))


def test_whole_sections_may_be_missing() -> None:
    occupation = Occupation.from_dict(
        {"title": "Nurse", "salary": None, "education": "-", "skills": None}
    )
    assert occupation == Occupation("Nurse")


def test_issue_example_record_loads() -> None:
    record = {
        "title": "Collections Specialist", "plural": None, "code": None,
        "description": "Collect overdue payments.",
        "salary": {"average": 35164, "hourly": 16.91, "low": 27000, "high": 45000,
                   "highest_paying_city": "Boston, MA", "highest_paying_state": "Connecticut",
                   "best_paying_company": "Kent Daniels & Associates",
                   "best_paying_industry": "Finance"},
        "growth_rate": -8, "jobs": 40277, "job_satisfaction": None,
        "time_to_become": {"min_months": 6, "max_months": 12}, "experience_years": 12,
        "education": {"degree": "Bachelor's Degree", "degree_share": 34, "major": "Business",
                      "college": None},
        "demographics": {"average_age": 46, "gender": {"male": 30.5, "female": 69.5},
                         "race": {"White": 61.0, "Hispanic or Latino": 18.5}, "lgbt_share": 8},
        "responsibilities": ["Review denied Medicare and Maine Medicaid insurance claims."],
        "skills": [{"name": "Customer Service", "share": 23}, {"name": "Patients", "share": 8}],
    }  # fmt: skip
    occupation = Occupation.from_dict(record)
    assert occupation.salary.best_paying_company == "Kent Daniels & Associates"
    assert occupation.demographics.gender == (("male", 30.5), ("female", 69.5))
    assert occupation.skills[1] == Skill("Patients", 8)
    # The fields added later (openings, median_age, ...) come back as missing: old files load.
    parts: dict[str, Any] = record
    assert occupation.to_dict() == {
        **record, "source": None, "salary": {**parts["salary"], "top_coded": []},
        "time_to_become": {**parts["time_to_become"], "basis": None},
        "education": {**parts["education"], "entry_level": None},
        "demographics": {**parts["demographics"], "median_age": None,
                         "hispanic_or_latino": None},
        "openings": None, "work_experience": None, "on_the_job_training": None,
        "hot_technologies": [], "skills_ranked_by": None, "in_demand_technologies": [],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, "title: required field is missing"),
        ({"title": "  "}, "title: expected non-blank text, got '  '"),
        ({"title": "—"}, "title: expected non-blank text, got '—'"),
        ({"title": 7}, "title: expected text, got 7"),
        ({"title": "A", "jobs": -1}, "jobs: expected a non-negative whole number, got -1"),
        ({"title": "A", "jobs": 2.5}, "jobs: expected a non-negative whole number, got 2.5"),
        ({"title": "A", "jobs": True}, "jobs: expected a non-negative whole number, got True"),
        (
            {"title": "A", "salary": {"average": "abc"}},
            "salary.average: expected a non-negative number of US dollars, got 'abc'",
        ),
        (
            {"title": "A", "salary": {"hourly": float("inf")}},
            "salary.hourly: expected a non-negative number of US dollars, at most 50,000, got inf",
        ),
        (
            {"title": "A", "salary": {"low": 50000, "high": 40000}},
            "salary.low: expected at most salary.high (40000), got 50000",
        ),
        (
            {"title": "A", "salary": {"top_coded": ["high"]}},
            "salary.top_coded: expected a salary.high value to go with it (a top-coded figure"
            " needs its lower bound), got 'high'",
        ),
        (
            {"title": "A", "salary": {"high": 1, "top_coded": ["highest"]}},
            "salary.top_coded: expected salary figure names among average, hourly, low, high,"
            " got 'highest'",
        ),
        ({"title": "A", "salary": 5}, "salary: expected an object with named fields, got 5"),
        (
            {"title": "A", "growth_rate": -120},
            "growth_rate: expected a percentage (may be negative), got -120",
        ),
        (
            {"title": "A", "job_satisfaction": 6},
            "job_satisfaction: expected a rating from 0 to 5, got 6",
        ),
        (
            {"title": "A", "education": {"degree_share": 101}},
            "education.degree_share: expected a percentage from 0 to 100, got 101",
        ),
        (
            {"title": "A", "demographics": {"gender": {"male": 130}}},
            "demographics.gender.male: expected a percentage from 0 to 100, got 130",
        ),
        (
            {"title": "A", "demographics": {"race": {"White": 50, "white": 20}}},
            "demographics.race: expected each name at most once, got 'white'",
        ),
        (
            {"title": "A", "time_to_become": {"min_months": 12, "max_months": 6}},
            "time_to_become.min_months: expected at most max_months (6), got 12",
        ),
        (
            {"title": "A", "skills": [{"name": "CPT", "share": 150}]},
            "skills[0].share: expected a percentage from 0 to 100, got 150",
        ),
        ({"title": "A", "skills": [{"share": 5}]}, "skills[0].name: required field is missing"),
        ({"title": "A", "skills": 5}, "skills: expected a list of skills, got 5"),
        (
            {"title": "A", "responsibilities": ["ok", 3]},
            "responsibilities[1]: expected text, got 3",
        ),
        ({"title": "A", "salry": {}}, "salry: unknown field; did you mean 'salary'?"),
        (
            {"title": "A", "salary": {"avg": 1}},
            "salary.avg: unknown field; did you mean 'average'?",
        ),
        (
            {"title": "A", "zzz": 1},
            "zzz: unknown field; known fields: title, plural, code, description, salary,"
            " growth_rate, jobs, job_satisfaction, time_to_become, experience_years, education,"
            " demographics, responsibilities, skills, source, openings, work_experience,"
            " on_the_job_training, hot_technologies, skills_ranked_by, in_demand_technologies",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_bad_input_is_named_precisely(data: dict[str, Any], expected: str) -> None:
    assert problems_of(data) == [expected]


def test_every_problem_is_reported_at_once() -> None:
    problems = problems_of(
        {
            "title": "Billing Clerk",
            "salary": {"average": "abc", "low": 5, "high": 3, "avrage": 1},
            "jobs": -5,
            "skills": [{"name": "x", "share": 150}, {"name": "", "share": 5}],
            "demographics": {"gender": {"male": 130, "female": -1}},
        }
    )
    assert problems == [
        "salary.average: expected a non-negative number of US dollars, got 'abc'",
        "salary.avrage: unknown field; did you mean 'average'?",
        "salary.low: expected at most salary.high (3), got 5",
        "jobs: expected a non-negative whole number, got -5",
        "demographics.gender.male: expected a percentage from 0 to 100, got 130",
        "demographics.gender.female: expected a percentage from 0 to 100, got -1",
        "skills[0].share: expected a percentage from 0 to 100, got 150",
        "skills[1].name: expected non-blank text, got ''",
    ]


def test_record_error_message_lists_title_and_location() -> None:
    with pytest.raises(RecordError) as caught:
        Occupation.from_dict({"title": "Billing Clerk", "jobs": "many"}, source="team.json")
    assert str(caught.value) == (
        "1 problem in occupation data:\n"
        "  team.json (Billing Clerk), jobs: expected a non-negative whole number, got 'many'"
    )


def test_text_forms_of_lists_are_accepted() -> None:
    occupation = Occupation.from_dict(
        {
            "title": "Biller",
            "skills": "Patients:20; CPT: 9; Data Entry",
            "demographics": {"gender": "male: 30.5; female: 69.5"},
            "responsibilities": "Bill patients.\nFile claims.",
            "salary": {"high": 239200, "top_coded": "high"},
        }
    )
    assert occupation.skills == (Skill("Patients", 20), Skill("CPT", 9), Skill("Data Entry"))
    assert occupation.demographics.gender == (("male", 30.5), ("female", 69.5))
    assert occupation.responsibilities == ("Bill patients.", "File claims.")
    assert occupation.salary.is_top_coded("high")


def test_skills_may_be_plain_names_or_a_mapping() -> None:
    by_name = Occupation.from_dict({"title": "A", "skills": ["CPT", "Medicaid:6"]})
    by_map = Occupation.from_dict({"title": "A", "skills": {"CPT": None, "Medicaid": 6}})
    assert by_name.skills == by_map.skills == (Skill("CPT"), Skill("Medicaid", 6))


@pytest.mark.parametrize(
    ("part", "cls"),
    [(None, Occupation), ("salary", Salary), ("time_to_become", TimeToBecome),
     ("education", Education), ("demographics", Demographics)],
    ids=str,
)  # fmt: skip
def test_to_dict_names_every_field(part: str | None, cls: type) -> None:
    data = Occupation("A").to_dict()
    assert set(data if part is None else data[part]) == {field.name for field in attrs.fields(cls)}


@given(occupations())
def test_round_trip_through_dict(occupation: Occupation) -> None:
    assert Occupation.from_dict(occupation.to_dict()) == occupation


@given(occupations())
def test_round_trip_through_json_text(occupation: Occupation) -> None:
    text = json.dumps(occupation.to_dict())
    assert Occupation.from_dict(json.loads(text)) == occupation


def test_occupations_are_frozen_and_hashable() -> None:
    occupation = Occupation.from_dict({"title": "A", "skills": ["CPT"]})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        occupation.title = "B"  # type: ignore[misc]
    assert hash(occupation) == hash(Occupation.from_dict(occupation.to_dict()))


# Issue 8.20: list fields are capped, and checked in linear time.
LONG_LISTS: dict[str, Callable[[int], object]] = {
    "skills": lambda n: [{"name": f"Skill {i}", "share": 1} for i in range(n)],
    "skills as text": lambda n: "; ".join(f"Skill {i}:1" for i in range(n)),
    "skills as mapping": lambda n: {f"Skill {i}": 1 for i in range(n)},
    "responsibilities": lambda n: [f"Duty {i}." for i in range(n)],
    "responsibilities as lines": lambda n: "\n".join(f"Duty {i}." for i in range(n)),
    "demographics.race": lambda n: {f"Group {i}": 0.01 for i in range(n)},
    "demographics.gender": lambda n: "; ".join(f"G{i}:0.01" for i in range(n)),
}


def _record_with(name: str, items: object) -> dict[str, Any]:
    field = name.split(" ")[0]
    if field.startswith("demographics."):
        return {"title": "A", "demographics": {field.split(".")[1]: items}}
    return {"title": "A", field: items}


@pytest.mark.parametrize("name", list(LONG_LISTS))
def test_list_fields_accept_up_to_the_cap_and_name_the_cap_beyond(name: str) -> None:
    from careerprose.records.structure import MAX_ITEMS

    Occupation.from_dict(_record_with(name, LONG_LISTS[name](MAX_ITEMS)))
    field = name.split(" ")[0]
    assert problems_of(_record_with(name, LONG_LISTS[name](MAX_ITEMS + 1))) == [
        f"{field}: expected at most {MAX_ITEMS:,} items, got {MAX_ITEMS + 1:,}"
    ]


def test_forty_thousand_skills_are_refused_quickly() -> None:
    """40,000 skills took 20 s to validate (quadratic duplicate checks); now refused at once."""
    import time

    record = _record_with("skills", LONG_LISTS["skills"](40_000))
    started = time.perf_counter()
    assert problems_of(record) == ["skills: expected at most 1,000 items, got 40,000"]
    assert time.perf_counter() - started < 2


def test_repeated_skills_are_found_in_linear_time() -> None:
    from careerprose import plausibility_warnings

    skills = [Skill(f"Skill {i % 500}") for i in range(1_000)]
    warnings = plausibility_warnings(Occupation("A", skills=tuple(skills)))
    assert len(warnings) == 500
    assert warnings[0].message == "skill 'skill 0' is listed more than once"


def test_the_constructor_caps_lists_as_loading_does() -> None:
    from careerprose.records.structure import MAX_ITEMS

    Occupation("A", skills=tuple(Skill(f"S{i}") for i in range(MAX_ITEMS)))
    with pytest.raises(RecordError) as caught:
        Occupation("A", skills=tuple(Skill(f"S{i}") for i in range(100_000)))
    assert [str(problem) for problem in caught.value.problems] == [
        "Occupation(...), skills: expected at most 1,000 items, got 100,000"
    ]
    with pytest.raises(RecordError, match="responsibilities: expected at most 1,000 items"):
        Occupation("A", responsibilities=tuple(f"Duty {i}." for i in range(MAX_ITEMS + 1)))
