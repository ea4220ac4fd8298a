"""The field registry: one table saying what each field of an occupation record is.

Every other part of careerprose reads this table instead of declaring fields again: the model
takes each field's rule (:class:`~careerprose.records.values.Kind`) from it, the facts take the
quantity kind that decides display and comparison, the planner takes the label key of a table
row and the noun prose uses for the field, and the checker takes the way back from a fact to
the record value. Adding a field means one entry here, one template phrasing it, and the docs.

Example:
    >>> FIELDS["salary.average"].quantity, FIELDS["salary.average"].label
    ('money', 'average_salary')
    >>> FIELDS["jobs"].noun, FIELDS["jobs"].unit
    ('job', 'jobs')
    >>> [field.path for field in quantities()][:3]
    ['salary.average', 'salary.hourly', 'salary.low']
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter
from typing import Any

import attrs

from careerprose.records import values
from careerprose.records.values import Kind

__all__ = ["FIELDS", "Field", "quantities", "record_value", "texts"]


@attrs.frozen
class Field:
    """One field of an occupation record, or a figure derived from two of them.

    Attributes:
        path: where the value lives, dotted from the occupation ("salary.average").
        kind: the rule raw values follow (``None`` for titles, lists, breakdowns and derived
            figures, which have rules of their own in :mod:`careerprose.records.structure`).
        quantity: the :class:`careerprose.english.QuantityKind` value of a comparable figure
            ("money", "count", ...), which decides how it is displayed and compared; ``None``
            for text.
        label: the key of the field's table row in ``labels.jinja`` (``None``: never a row).
        noun: how prose names the field ("highest-paying city", "job").
        unit: what the figure counts or measures ("dollars a year", "percent").
        top_coded: whether the record may flag the value as a lower bound ("$239,200 or more").
        derived: a figure made from other fields (a range) rather than stored in the record.
        printed: whether an article may print the value (the code is an identifier only).
    """

    path: str
    kind: Kind | None = None
    quantity: str | None = None
    label: str | None = None
    noun: str | None = None
    unit: str | None = None
    top_coded: bool = False
    derived: bool = False
    printed: bool = True


def _salary(name: str, quantity: str, unit: str, label: str | None, noun: str) -> Field:
    kind = values.HOURLY if quantity == "hourly" else values.MONEY
    return Field(f"salary.{name}", kind, quantity, label, noun, unit, top_coded=True)


#: Every field careerprose knows, by path, in the order articles and tables use them.
FIELDS: dict[str, Field] = {
    field.path: field
    for field in (
        Field("title", noun="job title"),
        Field("plural", noun="plural title"),
        Field("code", values.TEXT, noun="occupation code", printed=False),
        Field("description", values.TEXT, noun="description"),
        _salary("average", "money", "dollars a year", "average_salary", "average salary"),
        _salary("hourly", "hourly", "dollars an hour", "hourly_rate", "hourly rate"),
        _salary("low", "money", "dollars a year", None, "lowest usual salary"),
        _salary("high", "money", "dollars a year", None, "highest usual salary"),
        Field("salary.range", None, None, "salary_range", "salary range", "dollars a year",
              derived=True),
        Field("salary.highest_paying_city", values.TEXT, label="city",
              noun="highest-paying city"),
        Field("salary.highest_paying_state", values.TEXT, label="state",
              noun="highest-paying state"),
        Field("salary.best_paying_company", values.TEXT, label="company",
              noun="best-paying company"),
        Field("salary.best_paying_industry", values.TEXT, label="industry",
              noun="best-paying industry"),
        Field("growth_rate", values.RATE, "rate", "growth_rate", "growth rate", "percent"),
        Field("jobs", values.COUNT, "count", "jobs", "job", "jobs"),
        Field("job_satisfaction", values.RATING, "rating", "job_satisfaction",
              "job satisfaction", "points out of 5"),
        Field("time_to_become.min_months", values.MONTHS, "months", None,
              "shortest time to qualify", "months"),
        Field("time_to_become.max_months", values.MONTHS, "months", None,
              "longest time to qualify", "months"),
        Field("time_to_become", None, "months", None, "time to qualify", "months",
              derived=True),
        Field("time_to_become.basis", values.TEXT, noun="what the time to qualify measures"),
        Field("experience_years", values.YEARS, "years", "experience", "experience", "years"),
        Field("education.degree", values.TEXT, label="degree", noun="most common degree"),
        Field("education.degree_share", values.PERCENT, "share", None,
              "share holding the most common degree", "percent"),
        Field("education.major", values.TEXT, label="major", noun="most common major"),
        Field("education.college", values.TEXT, label="college", noun="most common college"),
        Field("education.entry_level", values.TEXT, label="entry_level",
              noun="typical entry-level education"),
        Field("demographics.average_age", values.AGE, "age", "average_age", "average age",
              "years"),
        Field("demographics.gender", label="gender", noun="gender ratio", unit="percent"),
        Field("demographics.race", label="race", noun="race ratio", unit="percent"),
        Field("demographics.lgbt_share", values.PERCENT, "share", "lgbt", "LGBT share",
              "percent"),
        Field("demographics.median_age", values.AGE, "age", "median_age", "median age",
              "years"),
        Field("demographics.hispanic_or_latino", values.PERCENT, "share", "hispanic",
              "Hispanic or Latino share", "percent"),
        Field("responsibilities", noun="responsibility"),
        Field("skills", noun="skill", unit="percent"),
        Field("source", values.TEXT, noun="source"),
        Field("openings", values.COUNT, "count", "openings", "yearly job opening",
              "openings a year"),
        Field("work_experience", values.TEXT, label="work_experience",
              noun="work experience needed"),
        Field("on_the_job_training", values.TEXT, label="on_the_job_training",
              noun="on-the-job training"),
        Field("hot_technologies", noun="hot technology"),
        Field("skills_ranked_by", values.TEXT, noun="what ranks the skills"),
    )
}  # fmt: skip


def quantities() -> Iterator[Field]:
    """The fields compared as figures (each has a ``quantity``), in registry order."""
    return (field for field in FIELDS.values() if field.quantity and not field.derived)


def texts() -> Iterator[Field]:
    """The free-text fields an article prints as written (places, degrees, descriptions...).

    The checker reads them for numbers that are data ("11th grade teacher", "ISO 9001") rather
    than figures the prose states.
    """
    return (field for field in FIELDS.values() if field.kind is values.TEXT and field.printed)


_GETTERS = {path: attrgetter(path) for path, field in FIELDS.items() if not field.derived}


def record_value(occupation: Any, path: str) -> Any:
    """The value of the stored field ``path`` in ``occupation`` (``None`` when missing).

    >>> from careerprose.records.model import Occupation
    >>> record_value(Occupation("Nurse", jobs=12), "jobs")
    12
    """
    return _GETTERS[path](occupation)
