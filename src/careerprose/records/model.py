"""The occupation record: the public data model every other part of careerprose reads.

All classes are frozen attrs classes with slots. Only ``Occupation.title`` is required; every
other value may be missing, which is always stored as ``None`` (never ``0`` or ``""``). Nested
parts are always present (empty when nothing is known), so ``occupation.salary.average`` is
safe to read.

The constructors check and convert each value by the rule the field registry
(:mod:`careerprose.records.fields`) gives it, the same rule loading applies: ``"$57,603"``
becomes ``57603``, ``"N/A"`` becomes ``None``, a dict becomes a :class:`Salary`, and a value
that breaks its rule raises :class:`~careerprose.errors.RecordError` naming the field and the
value. :meth:`Occupation.from_dict` and :func:`careerprose.load_records` also report every
problem of a record at once, with file and record.

Example:
    >>> Occupation("Nurse", jobs="3,300,000", salary={"average": "$80,000"}).salary.average
    80000
    >>> Occupation("Nurse", jobs=-5)
    Traceback (most recent call last):
    ...
    careerprose.errors.RecordError: 1 problem in occupation data:
      Occupation(...), jobs: expected a non-negative whole number, got -5
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from careerprose.errors import Problem, RecordError
from careerprose.records import values
from careerprose.records.fields import FIELDS
from careerprose.records.values import BadValueError

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
MONEY_FIELDS: tuple[str, ...] = tuple(
    path.split(".", 1)[1] for path, field in FIELDS.items() if field.top_coded
)

#: Where a constructor's problems say they come from.
_SOURCE = "Occupation(...)"

T = TypeVar("T")


def _problem(path: str, err: Exception) -> RecordError:
    """The error for a constructor argument that breaks its field's rule."""
    if isinstance(err, RecordError):
        return err
    return RecordError([Problem(_SOURCE, "", path, str(err))])


def _checked(path: str, rule: Callable[[Any], T]) -> Callable[[Any], T]:
    """A converter applying ``rule`` to the value of ``path``, errors naming the field."""

    def convert(value: Any) -> T:
        try:
            return rule(value)
        except ValueError as err:
            raise _problem(path, err) from err

    return convert


def _value(path: str) -> Any:
    """An optional field read and checked by the rule the registry gives ``path``."""
    kind = FIELDS[path].kind
    assert kind is not None, path  # a registry entry, not user input

    def convert(value: Any) -> Any:
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError as err:
            raise _problem(path, err) from err

    return _ruled(convert, default=None, metadata={"kind": kind, "path": path})


def _ruled(converter: Callable[[Any], Any], **options: Any) -> Any:
    """A field converted (and so checked) by ``converter`` whenever a record is built."""
    return attrs.field(converter=converter, **options)


def _loading_rule(name: str) -> Callable[[Any], Any]:
    """A structured field's rule from the loader (imported on first use: it needs cattrs)."""

    def rule(value: Any) -> Any:
        from careerprose.records import structure

        return getattr(structure, name)(value)

    return rule


def _part(cls: type[T], path: str) -> Callable[[Any], T]:
    """A nested part given as itself or as a mapping of its fields (``salary={...}``)."""

    def convert(value: Any) -> T:
        if isinstance(value, cls):
            return value
        if value is None:
            return cls()
        if not isinstance(value, Mapping):
            expected = f"a {cls.__name__} or a mapping of its fields"
            raise _problem(path, BadValueError(expected, value))
        known = sorted(field.name for field in attrs.fields(cls))  # type: ignore[arg-type]
        unknown = sorted(str(key) for key in value if key not in known)
        if unknown:
            close = difflib.get_close_matches(unknown[0], known, n=1, cutoff=0.6)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else f"known fields: {', '.join(sorted(known))}"
            )
            message = f"unknown field; {hint}"
            raise RecordError([Problem(_SOURCE, "", f"{path}.{unknown[0]}", message)])
        return cls(**value)

    return convert


def _title(value: Any) -> str:
    """The title by the loader's rule: text with at least one letter."""
    title: str = _checked("title", _loading_rule("_title"))(value)
    return title


def _skill_name(value: Any) -> str:
    """A skill's name by the loader's rule: non-blank text."""
    name: str = _checked("skills.name", _loading_rule("_required_text"))(value)
    return name


def _skills(value: Any) -> tuple[Skill, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise _problem("skills", BadValueError("a list of skills", value))
    items = list(value)
    _checked("skills", _loading_rule("_capped"))(items)  # at most MAX_ITEMS, as when loading
    skills: list[Skill] = []
    for index, item in enumerate(items):
        if isinstance(item, Skill):
            skills.append(item)
        elif isinstance(item, str):
            skills.append(Skill(item))
        elif isinstance(item, Mapping) and set(item) <= {"name", "share"}:
            skills.append(Skill(**item))
        else:
            expected = "a Skill, a skill name or a mapping with a name and a share"
            raise _problem(f"skills[{index}]", BadValueError(expected, item))
    return tuple(skills)


@attrs.frozen
class Salary:
    """Pay in US dollars: yearly figures per year, ``hourly`` per hour.

    ``top_coded`` names the figures that are lower bounds rather than exact values (BLS shows
    wages at or above its ceiling, $239,200 a year in 2025, as "or more").
    """

    average: Number | None = _value("salary.average")
    hourly: Number | None = _value("salary.hourly")
    low: Number | None = _value("salary.low")
    high: Number | None = _value("salary.high")
    highest_paying_city: str | None = _value("salary.highest_paying_city")
    highest_paying_state: str | None = _value("salary.highest_paying_state")
    best_paying_company: str | None = _value("salary.best_paying_company")
    best_paying_industry: str | None = _value("salary.best_paying_industry")
    top_coded: frozenset[str] = _ruled(
        _checked("salary.top_coded", _loading_rule("_top_coded")), default=frozenset()
    )

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            expected = f"at most salary.high ({self.high})"
            raise _problem("salary.low", BadValueError(expected, self.low))
        for name in sorted(self.top_coded):
            if getattr(self, name) is None:
                expected = (
                    f"a salary.{name} value to go with it"
                    " (a top-coded figure needs its lower bound)"
                )
                raise _problem("salary.top_coded", BadValueError(expected, name))

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

    min_months: int | None = _value("time_to_become.min_months")
    max_months: int | None = _value("time_to_become.max_months")
    basis: str | None = _value("time_to_become.basis")

    def __attrs_post_init__(self) -> None:
        low, high = self.min_months, self.max_months
        if low is not None and high is not None and low > high:
            expected = f"at most max_months ({high})"
            raise _problem("time_to_become.min_months", BadValueError(expected, low))


@attrs.frozen
class Education:
    """The most common degree (and the percent holding it), major and college.

    ``entry_level`` is the typical education needed to enter the occupation (BLS's measure),
    which need not be the most common one.
    """

    degree: str | None = _value("education.degree")
    degree_share: Number | None = _value("education.degree_share")
    major: str | None = _value("education.major")
    college: str | None = _value("education.college")
    entry_level: str | None = _value("education.entry_level")


@attrs.frozen
class Demographics:
    """Who does the job. Shares are percents; ``gender`` and ``race`` keep the data's order.

    ``median_age`` is the median, a different statistic from ``average_age``. ``race`` shares
    need not sum to 100 (groups may be left out), and ``hispanic_or_latino`` is an ethnicity
    that overlaps every race: it is never one more slice of ``race``.
    """

    average_age: Number | None = _value("demographics.average_age")
    gender: tuple[tuple[str, Number], ...] = _ruled(
        _checked("demographics.gender", _loading_rule("_share_map")), default=()
    )
    race: tuple[tuple[str, Number], ...] = _ruled(
        _checked("demographics.race", _loading_rule("_share_map")), default=()
    )
    lgbt_share: Number | None = _value("demographics.lgbt_share")
    median_age: Number | None = _value("demographics.median_age")
    hispanic_or_latino: Number | None = _value("demographics.hispanic_or_latino")


@attrs.frozen
class Skill:
    """A skill and, when known, the percent of job postings or résumés that list it."""

    name: str = attrs.field(converter=_skill_name)
    share: Number | None = _ruled(
        _checked("skills.share", values.PERCENT),
        default=None,
        metadata={"kind": values.PERCENT},
    )


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

    title: str = attrs.field(converter=_title)
    plural: str | None = _ruled(_checked("plural", _loading_rule("_optional_title")), default=None)
    code: str | None = _value("code")
    description: str | None = _value("description")
    salary: Salary = _ruled(_part(Salary, "salary"), factory=Salary)
    growth_rate: Number | None = _value("growth_rate")
    jobs: int | None = _value("jobs")
    job_satisfaction: Number | None = _value("job_satisfaction")
    time_to_become: TimeToBecome = _ruled(
        _part(TimeToBecome, "time_to_become"), factory=TimeToBecome
    )
    experience_years: Number | None = _value("experience_years")
    education: Education = _ruled(_part(Education, "education"), factory=Education)
    demographics: Demographics = _ruled(_part(Demographics, "demographics"), factory=Demographics)
    responsibilities: tuple[str, ...] = _ruled(
        _checked("responsibilities", _loading_rule("_text_list")), default=()
    )
    skills: tuple[Skill, ...] = _ruled(_skills, default=())
    source: str | None = _value("source")
    #: Average yearly job openings over the projection period (BLS EP 2024-34 in the dataset).
    openings: int | None = _value("openings")
    #: Work experience in a related occupation needed for entry ("Less than 5 years").
    work_experience: str | None = _value("work_experience")
    #: Typical on-the-job training to become competent ("Moderate-term on-the-job training").
    on_the_job_training: str | None = _value("on_the_job_training")
    #: Technologies employers look for ("Microsoft Excel"): O*NET's hot technologies.
    hot_technologies: tuple[str, ...] = _ruled(
        _checked("hot_technologies", _loading_rule("_text_list")), default=()
    )
    #: What orders ``skills`` when they have no shares ("O*NET importance"); never a share.
    skills_ranked_by: str | None = _value("skills_ranked_by")
    #: Technologies frequently asked for in this occupation's job postings (O*NET's "In
    #: Demand" flag), most relevant first: the ones an article lists.
    in_demand_technologies: tuple[str, ...] = _ruled(
        _checked("in_demand_technologies", _loading_rule("_text_list")), default=()
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> Occupation:
        """Validate one record in canonical JSON form; raise RecordError listing every problem."""
        from careerprose.records.structure import structure_occupation

        return structure_occupation(data, source=source, location="")

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON form: every field present, missing values as ``None``."""
        from careerprose.records.structure import unstructure_occupation

        return unstructure_occupation(self)
