"""careerprose.records.model: the constructors check and convert by the rules loading uses."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from careerprose import Occupation, RecordError, Salary, Skill, TimeToBecome
from careerprose.records.fields import FIELDS

# (keyword arguments of Occupation, the same record as a dict for from_dict, field named)
BAD = [
    ({"jobs": -5}, {"jobs": -5}, "jobs"),
    ({"jobs": 2.5}, {"jobs": 2.5}, "jobs"),
    ({"growth_rate": "fast"}, {"growth_rate": "fast"}, "growth_rate"),
    ({"salary": {"average": -1}}, {"salary": {"average": -1}}, "salary.average"),
    ({"salary": {"low": 9, "high": 3}}, {"salary": {"low": 9, "high": 3}}, "salary.low"),
    (
        {"time_to_become": {"min_months": 12, "max_months": 6}},
        {"time_to_become": {"min_months": 12, "max_months": 6}},
        "time_to_become.min_months",
    ),
    ({"skills": [{"name": "CPT", "share": 150}]}, None, "skills.share"),
    ({"demographics": {"lgbt_share": 101}}, {"demographics": {"lgbt_share": 101}},
     "demographics.lgbt_share"),
    ({"responsibilities": ["Bill patients", 5]}, None, "responsibilities"),
    ({"description": "a\x00b"}, {"description": "a\x00b"}, "description"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kwargs", "record", "field"),
    BAD,
    ids=[case[2] for case in BAD],
)
def test_bad_values_are_refused_naming_the_field(
    kwargs: dict[str, Any], record: dict[str, Any] | None, field: str
) -> None:
    with pytest.raises(RecordError) as raised:
        Occupation("Nurse", **kwargs)
    (problem,) = raised.value.problems
    assert problem.field == field
    assert "Occupation(...)" in str(raised.value)
    if record is not None:  # loading says the same thing about the same field
        with pytest.raises(RecordError) as loaded:
            Occupation.from_dict({"title": "Nurse", **record})
        assert [p.field for p in loaded.value.problems] == [field]
        assert loaded.value.problems[0].message == problem.message


def test_negative_jobs_message_is_clear() -> None:
    """Defect 8.8: ``Occupation("Nurse", jobs=-5)`` once wrote "Nurses hold -5 jobs"."""
    with pytest.raises(RecordError, match=r"jobs: expected a non-negative whole number, got -5"):
        Occupation("Nurse", jobs=-5)


def test_a_salary_dict_is_converted_like_loading_converts_it() -> None:
    """Defect 8.8: ``salary={...}`` once raised a bare ``TypeError: unhashable type``."""
    raw: Any = {"average": "$57,603", "hourly": "27.69", "low": "N/A", "top_coded": ["average"]}
    nurse = Occupation("Nurse", salary=raw)
    assert nurse.salary == Salary(average=57603, hourly=27.69, top_coded=frozenset({"average"}))
    assert nurse == Occupation.from_dict({"title": "Nurse", "salary": raw})
    assert hash(nurse) == hash(Occupation.from_dict({"title": "Nurse", "salary": raw}))


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        ({"avrage": 5}, r"salary\.avrage: unknown field; did you mean 'average'\?"),
        (5, r"salary: expected a Salary or a mapping of its fields, got 5"),
        ({"top_coded": ["high"]}, r"salary\.top_coded: expected a salary\.high value"),
    ],
    ids=["misspelt field", "not a mapping", "top-coded without a value"],
)
def test_a_bad_salary_is_rejected_clearly(salary: Any, expected: str) -> None:
    with pytest.raises(RecordError, match=expected):
        Occupation("Nurse", salary=salary)


def test_parts_and_lists_convert_from_plain_data() -> None:
    raw: Any = {
        "skills": ["CPT", {"name": "Billing", "share": "40%"}, Skill("Excel", 30)],
        "demographics": {"gender": {"Female": "70", "Male": 30}},
        "responsibilities": "Bill patients\nPost payments",
        "time_to_become": TimeToBecome(6, 12),
    }
    clerk = Occupation("Billing Clerk", **raw)
    assert clerk.skills == (Skill("CPT"), Skill("Billing", 40), Skill("Excel", 30))
    assert clerk.demographics.gender == (("Female", 70), ("Male", 30))
    assert clerk.responsibilities == ("Bill patients", "Post payments")
    assert clerk == Occupation.from_dict(clerk.to_dict())


@pytest.mark.parametrize("title", ["", "   ", "1234", None], ids=repr)
def test_a_title_needs_a_letter(title: Any) -> None:
    with pytest.raises(RecordError, match=r"Occupation\(\.\.\.\), title: expected"):
        Occupation(title)


def test_missing_spellings_become_none() -> None:
    raw: Any = {"jobs": "N/A", "growth_rate": "—"}
    assert Occupation("Nurse", **raw) == Occupation("Nurse")


def test_record_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="jobs"):
        Occupation("Nurse", jobs=-1)


def test_every_stored_field_has_a_registry_entry_and_back() -> None:
    def paths(cls: Any, prefix: str = "") -> set[str]:
        found: set[str] = set()
        for field in attrs.fields(cls):
            default: Any = field.default
            part = getattr(default, "factory", None)
            if isinstance(part, type) and attrs.has(part):
                found |= paths(part, f"{prefix}{field.name}.")
            elif field.name != "top_coded":
                found.add(prefix + field.name)
        return found

    stored = {path for path, field in FIELDS.items() if not field.derived}
    assert paths(Occupation) == stored
