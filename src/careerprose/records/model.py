"""The occupation record: the public data model every other part of careerprose reads.

All classes are frozen attrs classes with slots. Only ``Occupation.title`` is required; every
other value may be missing, which is always stored as ``None`` (never ``0`` or ``""``). Nested
parts are always present (empty when nothing is known), so ``occupation.salary.average`` is
safe to read. Build records with :meth:`Occupation.from_dict` or :func:`careerprose.load_records`,
which validate; the constructors trust their caller.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "Demographics",
    "Education",
    "Number",
    "Occupation",
    "Salary",
    "Skill",
    "TimeToBecome",
]

#: A figure as written in the data: whole numbers stay ``int``, others are ``float``.
Number = int | float

#: The salary figures that may be flagged as top-coded (BLS reports them as "or more").
MONEY_FIELDS: tuple[str, ...] = ("average", "hourly", "low", "high")


def _shares(value: Any) -> tuple[tuple[str, Number], ...]:
    """Accept a mapping or pairs; store as an ordered tuple of ``(name, percent)`` pairs."""
    if isinstance(value, Mapping):
        return tuple(value.items())
    return tuple((str(name), share) for name, share in value)


@attrs.frozen
class Salary:
    """Pay in US dollars: yearly figures per year, ``hourly`` per hour.

    ``top_coded`` names the figures that are lower bounds rather than exact values (BLS shows
    wages at or above its ceiling, $239,200 a year in 2025, as "or more").
    """

    average: Number | None = None
    hourly: Number | None = None
    low: Number | None = None
    high: Number | None = None
    highest_paying_city: str | None = None
    highest_paying_state: str | None = None
    best_paying_company: str | None = None
    best_paying_industry: str | None = None
    top_coded: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)

    def is_top_coded(self, field: str) -> bool:
        """Whether ``field`` (e.g. ``"high"``) holds a lower bound rather than an exact value."""
        return field in self.top_coded


@attrs.frozen
class TimeToBecome:
    """How long it takes to qualify, as a range of months."""

    min_months: int | None = None
    max_months: int | None = None


@attrs.frozen
class Education:
    """The most common degree (and the percent holding it), major and college."""

    degree: str | None = None
    degree_share: Number | None = None
    major: str | None = None
    college: str | None = None


@attrs.frozen
class Demographics:
    """Who does the job. Shares are percents; ``gender`` and ``race`` keep the data's order."""

    average_age: Number | None = None
    gender: tuple[tuple[str, Number], ...] = attrs.field(default=(), converter=_shares)
    race: tuple[tuple[str, Number], ...] = attrs.field(default=(), converter=_shares)
    lgbt_share: Number | None = None


@attrs.frozen
class Skill:
    """A skill and, when known, the percent of job postings or résumés that list it."""

    name: str
    share: Number | None = None


@attrs.frozen
class Occupation:
    """One occupation: its title and everything known about it.

    Example:
        >>> nurse = Occupation.from_dict({"title": "Registered Nurse", "jobs": 3_300_000})
        >>> nurse.jobs, nurse.salary.average
        (3300000, None)
        >>> Occupation.from_dict(nurse.to_dict()) == nurse
        True
    """

    title: str
    plural: str | None = None
    code: str | None = None
    description: str | None = None
    salary: Salary = attrs.field(factory=Salary)
    growth_rate: Number | None = None
    jobs: int | None = None
    job_satisfaction: Number | None = None
    time_to_become: TimeToBecome = attrs.field(factory=TimeToBecome)
    experience_years: Number | None = None
    education: Education = attrs.field(factory=Education)
    demographics: Demographics = attrs.field(factory=Demographics)
    responsibilities: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    skills: tuple[Skill, ...] = attrs.field(default=(), converter=tuple)
    source: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> Occupation:
        """Validate one record in the canonical JSON form; raise RecordError listing every problem."""
        from careerprose.records.structure import structure_occupation

        return structure_occupation(data, source=source, location="")

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON form: every field present, missing values as ``None``."""
        from careerprose.records.structure import unstructure_occupation

        return unstructure_occupation(self)
