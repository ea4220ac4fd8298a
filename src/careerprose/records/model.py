"""The occupation record: the public data model every other part of careerprose reads.

All classes are frozen attrs classes with slots. Only ``Occupation.title`` is required; every
other value may be missing, which is always stored as ``None`` (never ``0`` or ``""``). Nested
parts are always present (empty when nothing is known), so ``occupation.salary.average`` is
safe to read. Build records with :meth:`Occupation.from_dict` or :func:`careerprose.load_records`,
which validate; the constructors trust their caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from careerprose.records import values
from careerprose.records.values import Kind

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


def _value(kind: Kind) -> Any:
    """An optional field whose raw values are read and checked by ``kind`` when loading."""
    return attrs.field(default=None, metadata={"kind": kind})


def _name_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


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

    average: Number | None = _value(values.MONEY)
    hourly: Number | None = _value(values.MONEY)
    low: Number | None = _value(values.MONEY)
    high: Number | None = _value(values.MONEY)
    highest_paying_city: str | None = _value(values.TEXT)
    highest_paying_state: str | None = _value(values.TEXT)
    best_paying_company: str | None = _value(values.TEXT)
    best_paying_industry: str | None = _value(values.TEXT)
    top_coded: frozenset[str] = attrs.field(default=frozenset(), converter=_name_set)

    def is_top_coded(self, field: str) -> bool:
        """Whether ``field`` (e.g. ``"high"``) holds a lower bound rather than an exact value."""
        return field in self.top_coded


@attrs.frozen
class TimeToBecome:
    """How long it takes to qualify, as a range of months.

    ``basis`` says what the range measures when it is not the whole path into the job (the
    built-in data gives "on-the-job training": the training after hiring). ``max_months`` may
    be missing for an open range ("over 10 years").
    """

    min_months: int | None = _value(values.MONTHS)
    max_months: int | None = _value(values.MONTHS)
    basis: str | None = _value(values.TEXT)


@attrs.frozen
class Education:
    """The most common degree (and the percent holding it), major and college.

    ``entry_level`` is the typical education needed to enter the occupation (BLS's measure),
    which need not be the most common one.
    """

    degree: str | None = _value(values.TEXT)
    degree_share: Number | None = _value(values.PERCENT)
    major: str | None = _value(values.TEXT)
    college: str | None = _value(values.TEXT)
    entry_level: str | None = _value(values.TEXT)


@attrs.frozen
class Demographics:
    """Who does the job. Shares are percents; ``gender`` and ``race`` keep the data's order.

    ``median_age`` is the median, a different statistic from ``average_age``. ``race`` shares
    need not sum to 100 (groups may be left out), and ``hispanic_or_latino`` is an ethnicity
    that overlaps every race: it is never one more slice of ``race``.
    """

    average_age: Number | None = _value(values.AGE)
    gender: tuple[tuple[str, Number], ...] = attrs.field(default=(), converter=_shares)
    race: tuple[tuple[str, Number], ...] = attrs.field(default=(), converter=_shares)
    lgbt_share: Number | None = _value(values.PERCENT)
    median_age: Number | None = _value(values.AGE)
    hispanic_or_latino: Number | None = _value(values.PERCENT)


@attrs.frozen
class Skill:
    """A skill and, when known, the percent of job postings or résumés that list it."""

    name: str
    share: Number | None = _value(values.PERCENT)


@attrs.frozen(cache_hash=True)
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
    plural: str | None = _value(values.TEXT)
    code: str | None = _value(values.TEXT)
    description: str | None = _value(values.TEXT)
    salary: Salary = attrs.field(factory=Salary)
    growth_rate: Number | None = _value(values.RATE)
    jobs: int | None = _value(values.COUNT)
    job_satisfaction: Number | None = _value(values.RATING)
    time_to_become: TimeToBecome = attrs.field(factory=TimeToBecome)
    experience_years: Number | None = _value(values.YEARS)
    education: Education = attrs.field(factory=Education)
    demographics: Demographics = attrs.field(factory=Demographics)
    responsibilities: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    skills: tuple[Skill, ...] = attrs.field(default=(), converter=tuple)
    source: str | None = _value(values.TEXT)
    #: Average yearly job openings over the projection period (BLS EP 2024-34 in the dataset).
    openings: int | None = _value(values.COUNT)
    #: Work experience in a related occupation needed for entry ("Less than 5 years").
    work_experience: str | None = _value(values.TEXT)
    #: Typical on-the-job training to become competent ("Moderate-term on-the-job training").
    on_the_job_training: str | None = _value(values.TEXT)
    #: Technologies employers look for ("Microsoft Excel"): O*NET's hot technologies.
    hot_technologies: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    #: What orders ``skills`` when they have no shares ("O*NET importance"); never a share.
    skills_ranked_by: str | None = _value(values.TEXT)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> Occupation:
        """Validate one record in canonical JSON form; raise RecordError listing every problem."""
        from careerprose.records.structure import structure_occupation

        return structure_occupation(data, source=source, location="")

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON form: every field present, missing values as ``None``."""
        from careerprose.records.structure import unstructure_occupation

        return unstructure_occupation(self)
