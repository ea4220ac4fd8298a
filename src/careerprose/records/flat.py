"""The flat, one-row-per-record form used by CSV: dotted column names and one-cell lists.

Columns are the canonical field paths (``salary.average``, ``demographics.gender``). Skills,
gender and race shares are written as ``name:share`` items separated by ``;``; top-coded salary
figures as names separated by ``;``; responsibilities one per line inside the cell.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from careerprose.records import pairs
from careerprose.records.model import Occupation

__all__ = ["COLUMNS", "column_problem", "flatten", "unflatten"]

#: CSV columns in the order careerprose writes them.
COLUMNS: tuple[str, ...] = (
    "title",
    "plural",
    "code",
    "description",
    "salary.average",
    "salary.hourly",
    "salary.low",
    "salary.high",
    "salary.top_coded",
    "salary.highest_paying_city",
    "salary.highest_paying_state",
    "salary.best_paying_company",
    "salary.best_paying_industry",
    "growth_rate",
    "jobs",
    "job_satisfaction",
    "time_to_become.min_months",
    "time_to_become.max_months",
    "time_to_become.basis",
    "experience_years",
    "education.degree",
    "education.degree_share",
    "education.major",
    "education.college",
    "education.entry_level",
    "demographics.average_age",
    "demographics.gender",
    "demographics.race",
    "demographics.lgbt_share",
    "demographics.median_age",
    "demographics.hispanic_or_latino",
    "responsibilities",
    "skills",
    "source",
    "openings",
    "work_experience",
    "on_the_job_training",
    "hot_technologies",
    "skills_ranked_by",
    "in_demand_technologies",
)


#: Columns whose sub-keys are names chosen by the data (``demographics.gender.male``).
_OPEN_COLUMNS = ("demographics.gender.", "demographics.race.")


def column_problem(column: str) -> str | None:
    """Why ``column`` is not a known column (with a "did you mean" hint), or None if it is."""
    if column in COLUMNS or (column.startswith(_OPEN_COLUMNS) and column not in _OPEN_COLUMNS):
        return None
    close = difflib.get_close_matches(column, COLUMNS, n=1, cutoff=0.6)
    if close:
        return f"unknown column; did you mean {close[0]!r}?"
    return "unknown column; see the column list in docs/records.md"


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def flatten(occupation: Occupation) -> dict[str, str]:
    """One CSV row for ``occupation``: every column of :data:`COLUMNS`, missing values empty."""
    row: dict[str, str] = {}
    for column in COLUMNS:
        value: Any = occupation
        for part in column.split("."):
            value = getattr(value, part)
        if column in ("demographics.gender", "demographics.race"):
            row[column] = pairs.format_pairs(value)
        elif column == "skills":
            row[column] = pairs.format_pairs((skill.name, skill.share) for skill in value)
        elif column == "salary.top_coded":
            row[column] = "; ".join(sorted(value))
        elif column in ("responsibilities", "hot_technologies", "in_demand_technologies"):
            row[column] = "\n".join(value)
        else:
            row[column] = _cell(value)
    return row


def unflatten(row: Mapping[str, object]) -> dict[str, Any]:
    """Nest dotted keys (``salary.average``) into the canonical dict shape.

    Raises ``KeyError`` naming a column whose path collides with another one (``salary`` and
    ``salary.average``), which the loader reports as a header problem.
    """
    nested: dict[str, Any] = {}
    for column, value in row.items():
        parts = column.split(".")
        target = nested
        for part in parts[:-1]:
            child = target.setdefault(part, {})
            if not isinstance(child, dict):
                raise KeyError(column)
            target = child
        if parts[-1] in target:
            raise KeyError(column)
        target[parts[-1]] = value
    return nested
