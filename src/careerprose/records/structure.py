"""Turning raw records (dicts from JSON, CSV or Python) into checked ``Occupation`` objects.

cattrs walks the nested structure and collects every failure; each field's own rule comes from
the ``kind`` in its attrs metadata (see :mod:`careerprose.records.values`). Failures are turned
into :class:`~careerprose.errors.Problem` lines naming the field path and the bad value, so a
user sees every problem in a record at once and never a cattrs traceback.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from careerprose.errors import Problem, RecordError
from careerprose.records import pairs
from careerprose.records.model import (
    MONEY_FIELDS,
    Demographics,
    Education,
    Occupation,
    Salary,
    Skill,
    TimeToBecome,
)
from careerprose.records.values import (
    PERCENT,
    TEXT,
    BadValueError,
    Kind,
    is_missing,
    printable,
)

__all__ = [
    "MAX_ITEMS",
    "NestedProblemsError",
    "record_problems",
    "structure_occupation",
    "unstructure_occupation",
]

#: The most items a list field (skills, responsibilities, gender or race shares) may hold.
MAX_ITEMS = 1_000

T = TypeVar("T")
Check = Callable[[Mapping[str, Any]], list[tuple[str, Exception]]]


class NestedProblemsError(ValueError):
    """Several problems inside one field (list items, mapping entries), keyed by sub-path."""

    def __init__(self, items: list[tuple[str, Exception]]) -> None:
        self.items = items
        super().__init__("; ".join(f"{path}: {exc}" for path, exc in items))


def _collect(parse: Callable[[Any], T], items: Iterable[tuple[str, Any]]) -> list[T]:
    """Parse each ``(sub-path, raw)`` item, gathering every failure before raising them together."""
    results: list[T] = []
    failures: list[tuple[str, Exception]] = []
    for sub_path, raw in items:
        try:
            results.append(parse(raw))
        except (ValueError, BaseValidationError, KeyError) as exc:
            failures.append((sub_path, exc))
    if failures:
        raise NestedProblemsError(failures)
    return results


class TooManyItemsError(BadValueError):
    """A list longer than :data:`MAX_ITEMS`; the message gives its length, not its content."""

    def __init__(self, count: int) -> None:
        self.expected = f"at most {MAX_ITEMS:,} items"
        self.value = count
        ValueError.__init__(self, f"expected {self.expected}, got {count:,}")


def _capped(value: Sized) -> None:
    if len(value) > MAX_ITEMS:
        raise TooManyItemsError(len(value))


def _required_text(value: object) -> str:
    text = TEXT(value)
    if text is None or not text:
        raise BadValueError("non-blank text", value)
    return str(text)


def _title(value: object, _: object = None) -> str:
    """A title: non-blank text with at least one letter, so it can be read as a job name."""
    text = _required_text(value)
    if not any(char.isalpha() for char in text):
        raise BadValueError("a title with at least one letter", value)
    return text


def _optional_title(value: object, _: object = None) -> str | None:
    """A record's ``plural``: missing, or a title by the same rule as ``title``."""
    return None if is_missing(value) else _title(value)


def _text_list(value: object, _: object = None) -> tuple[str, ...]:
    """Responsibilities: a list of sentences, or one text with a sentence per line."""
    if is_missing(value):
        return ()
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise BadValueError("a list of texts", value)
    _capped(value)
    items = [(f"[{i}]", item) for i, item in enumerate(value) if not is_missing(item)]
    return tuple(_collect(_required_text, items))


def _share_map(value: object, _: object = None) -> tuple[tuple[str, int | float], ...]:
    """Gender or race shares: a mapping, or text such as ``"male: 30.5; female: 69.5"``."""
    if is_missing(value):
        return ()
    if isinstance(value, str):
        parsed = pairs.parse_pairs(value)
        for name, share in parsed:
            if share is None:
                raise BadValueError("'name: percentage' items separated by ';'", name)
        value = parsed
    if isinstance(value, Mapping):
        value = list(value.items())
    if not isinstance(value, list | tuple) or not all(
        isinstance(item, list | tuple) and len(item) == 2 for item in value
    ):
        raise BadValueError("a mapping of names to percentages", value)
    _capped(value)
    entries = [(str(name), share) for name, share in value if not is_missing(share)]
    counts = Counter(name.strip().casefold() for name, _ in entries)
    duplicates = sorted(name for name, count in counts.items() if count > 1)
    if duplicates:
        raise BadValueError("each name at most once", duplicates[0])

    def entry(item: tuple[str, object]) -> tuple[str, int | float]:
        return _required_text(item[0]), PERCENT(item[1])

    return tuple(_collect(entry, ((f".{name}", (name, share)) for name, share in entries)))


def _top_coded(value: object, _: object = None) -> frozenset[str]:
    if is_missing(value):
        return frozenset()
    if isinstance(value, str):
        value = [name.strip() for name in value.split(";")]
    if not isinstance(value, list | tuple | set | frozenset):
        raise BadValueError(f"a list of salary figures among {', '.join(MONEY_FIELDS)}", value)
    names = [name for name in value if not is_missing(name)]
    for name in names:
        if name not in MONEY_FIELDS:
            raise BadValueError(f"salary figure names among {', '.join(MONEY_FIELDS)}", name)
    return frozenset(names)


def _model_check(exc: BaseException) -> bool:
    """Whether ``exc`` is only the model's own cross-field check (already reported by ours)."""
    if isinstance(exc, BaseValidationError):
        return all(_model_check(sub) for sub in exc.exceptions)
    return isinstance(exc, RecordError)


def _kind_hook(kind: Kind) -> Callable[[Any, Any], Any]:
    """A cattrs structure hook applying a field's :class:`Kind`."""

    def hook(value: Any, _: Any) -> Any:
        return kind(value)

    return hook


def _build_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    def kind_overrides(cls: type) -> dict[str, Any]:
        return {
            field.name: override(struct_hook=_kind_hook(field.metadata["kind"]))
            for field in attrs.fields(cls)
            if "kind" in field.metadata
        }

    def register(cls: type[T], check: Check | None = None, **extra: Any) -> None:
        generated = make_dict_structure_fn(cls, converter, **kind_overrides(cls), **extra)

        def hook(value: object, _: object) -> T:
            if is_missing(value):
                return cls()
            if not isinstance(value, Mapping):
                raise BadValueError("an object with named fields", value)
            problems = check(value) if check is not None else []
            try:
                result = generated(value, cls)
            except (BaseValidationError, ValueError, KeyError) as exc:
                if problems and _model_check(exc):  # the model found what ``check`` reports
                    raise NestedProblemsError(problems) from exc
                raise NestedProblemsError([("", exc), *problems]) from exc
            if problems:
                raise NestedProblemsError(problems)
            return result

        converter.register_structure_hook(cls, hook)

    register(Salary, _check_salary, top_coded=override(struct_hook=_top_coded))
    register(TimeToBecome, _check_time)
    register(Education)
    register(
        Demographics, gender=override(struct_hook=_share_map), race=override(struct_hook=_share_map)
    )
    skill_fn = make_dict_structure_fn(
        Skill,
        converter,
        **kind_overrides(Skill),
        name=override(struct_hook=lambda v, _: _required_text(v)),
    )

    def skill(value: object) -> Skill:
        if isinstance(value, str):
            parsed = pairs.parse_pairs(value) or [("", None)]
            if len(parsed) > 1:
                raise BadValueError("one skill per list item", value)
            value = {"name": parsed[0][0], "share": parsed[0][1]}
        if not isinstance(value, Mapping):
            raise BadValueError("a skill name, or an object with a name and a share", value)
        return skill_fn(value, Skill)

    def skills(value: object, _: object) -> tuple[Skill, ...]:
        if is_missing(value):
            return ()
        if isinstance(value, str):
            value = [{"name": name, "share": share} for name, share in pairs.parse_pairs(value)]
        if isinstance(value, Mapping):  # {"Patients": 20, "CPT": 9}
            value = [{"name": name, "share": share} for name, share in value.items()]
        if not isinstance(value, list | tuple):
            raise BadValueError("a list of skills", value)
        _capped(value)
        return tuple(_collect(skill, ((f"[{i}]", item) for i, item in enumerate(value))))

    occupation_overrides = {
        **kind_overrides(Occupation),
        "title": override(struct_hook=_title),
        "plural": override(struct_hook=_optional_title),
        "responsibilities": override(struct_hook=_text_list),
        "skills": override(struct_hook=skills),
        "hot_technologies": override(struct_hook=_text_list),
        "in_demand_technologies": override(struct_hook=_text_list),
    }
    converter.register_structure_hook(
        Occupation, make_dict_structure_fn(Occupation, converter, **occupation_overrides)
    )
    return converter


def _parsed(raw: Mapping[str, Any], cls: type, name: str) -> Any:
    """The checked value of field ``name`` in ``raw``, or None when absent or invalid."""
    kind = attrs.fields_dict(cls)[name].metadata["kind"]
    try:
        return kind(raw.get(name))
    except ValueError:
        return None  # reported by the field's own check


def _check_salary(raw: Mapping[str, Any]) -> list[tuple[str, Exception]]:
    """Rules across salary fields, checked on the raw values so they show beside other problems."""
    problems: list[tuple[str, Exception]] = []
    low, high = _parsed(raw, Salary, "low"), _parsed(raw, Salary, "high")
    if low is not None and high is not None and low > high:
        problems.append((".low", BadValueError(f"at most salary.high ({high})", low)))
    try:
        top_coded = _top_coded(raw.get("top_coded"))
    except ValueError:
        top_coded = frozenset()
    for name in sorted(top_coded):
        if _parsed(raw, Salary, name) is None:
            msg = f"a salary.{name} value to go with it (a top-coded figure needs its lower bound)"
            problems.append((".top_coded", BadValueError(msg, name)))
    return problems


def _check_time(raw: Mapping[str, Any]) -> list[tuple[str, Exception]]:
    low = _parsed(raw, TimeToBecome, "min_months")
    high = _parsed(raw, TimeToBecome, "max_months")
    if low is not None and high is not None and low > high:
        return [(".min_months", BadValueError(f"at most max_months ({high})", low))]
    return []


_CONVERTER: cattrs.Converter | None = None


def _converter() -> cattrs.Converter:
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = _build_converter()
    return _CONVERTER


def _field_names(cls: type | None) -> list[str]:
    return [field.name for field in attrs.fields(cls)] if attrs.has(cls) else []  # type: ignore[arg-type]


def _messages(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Flatten a (possibly nested) structuring failure into ``(field path, message)`` pairs."""
    if isinstance(exc, ForbiddenExtraKeysError):
        known = _field_names(exc.cl)
        for key in sorted(exc.extra_fields):
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            known_list = ", ".join(known)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known fields: {known_list}"
            yield _join(path, printable(str(key))), f"unknown field{hint}"
    elif isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = _join(path, note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
            yield from _messages(sub, sub_path)
    elif isinstance(exc, NestedProblemsError):
        for suffix, sub in exc.items:
            yield from _messages(sub, path + suffix)
    elif isinstance(exc, KeyError):
        yield path, "required field is missing"
    elif isinstance(exc, BadValueError):
        yield path, str(exc)
    else:  # a failure we did not foresee: still report it in the user's terms
        yield path, f"invalid value ({type(exc).__name__}: {exc})"


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def record_problems(
    data: object, *, source: str, location: str
) -> tuple[Occupation | None, list[Problem]]:
    """Check one raw record: the occupation when it is valid, and every problem found."""
    try:  # the title labels the record's problems, when it is itself valid
        title = _required_text(data.get("title")) if isinstance(data, Mapping) else None
    except ValueError:
        title = None
    if not isinstance(data, Mapping):
        expected = BadValueError("an object (mapping) with at least a title", data)
        return None, [Problem(source, location, "", str(expected))]
    try:
        occupation = _converter().structure(data, Occupation)
    except (BaseValidationError, ValueError, KeyError) as exc:
        return None, [
            Problem(source, location, field, message, title)
            for field, message in _messages(exc, "")
        ]
    return occupation, []


def structure_occupation(data: object, *, source: str, location: str) -> Occupation:
    """One checked occupation from a raw record; raise RecordError listing every problem."""
    occupation, problems = record_problems(data, source=source, location=location)
    if problems or occupation is None:
        raise RecordError(problems)
    return occupation


def unstructure_occupation(occupation: Occupation) -> dict[str, Any]:
    """The canonical JSON form of ``occupation`` (plain dicts, lists and scalars)."""
    salary = attrs.asdict(occupation.salary)
    salary["top_coded"] = sorted(occupation.salary.top_coded)
    demographics = occupation.demographics
    return {
        "title": occupation.title,
        "plural": occupation.plural,
        "code": occupation.code,
        "description": occupation.description,
        "salary": salary,
        "growth_rate": occupation.growth_rate,
        "jobs": occupation.jobs,
        "job_satisfaction": occupation.job_satisfaction,
        "time_to_become": attrs.asdict(occupation.time_to_become),
        "experience_years": occupation.experience_years,
        "education": attrs.asdict(occupation.education),
        "demographics": {
            "average_age": demographics.average_age,
            "gender": dict(demographics.gender),
            "race": dict(demographics.race),
            "lgbt_share": demographics.lgbt_share,
            "median_age": demographics.median_age,
            "hispanic_or_latino": demographics.hispanic_or_latino,
        },
        "responsibilities": list(occupation.responsibilities),
        "skills": [{"name": skill.name, "share": skill.share} for skill in occupation.skills],
        "source": occupation.source,
        "openings": occupation.openings,
        "work_experience": occupation.work_experience,
        "on_the_job_training": occupation.on_the_job_training,
        "hot_technologies": list(occupation.hot_technologies),
        "skills_ranked_by": occupation.skills_ranked_by,
        "in_demand_technologies": list(occupation.in_demand_technologies),
    }
