"""Exceptions raised by careerprose.

Every error the library raises on purpose derives from :class:`CareerproseError`. The specific
errors also derive from the builtin they resemble (``ValueError``, ``LookupError``), so callers
can catch either. Messages name the file, record, field and value involved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "CareerproseError",
    "Problem",
    "RecordError",
    "SameOccupationError",
    "StyleError",
    "TemplateError",
    "UnknownOccupationError",
]


class CareerproseError(Exception):
    """Base class of every error careerprose raises deliberately."""


@attrs.frozen
class Problem:
    """One thing wrong (or implausible) in one record.

    ``source`` is the file name (or ``"<records>"`` for in-memory data), ``location`` says where in
    it (``"record 3"``, ``"line 12"``), ``field`` is a dotted path (``"salary.average"``).
    """

    source: str
    location: str
    field: str
    message: str
    title: str | None = None

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.source, self.location) if part)
        record = f" ({self.title})" if self.title else ""
        field = f", {self.field}" if self.field else ""
        return f"{where}{record}{field}: {self.message}"


class RecordError(CareerproseError, ValueError):
    """Occupation data that cannot be used; lists every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} {noun} in occupation data:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        super().__init__("\n".join(lines))


class UnknownOccupationError(CareerproseError, LookupError):
    """An occupation name or code that matches nothing; carries close matches as suggestions."""

    def __init__(self, name: str, suggestions: Sequence[str] = (), where: str = "") -> None:
        self.name = name
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        place = f" in {where}" if where else ""
        msg = f"no occupation named {name!r}{place}"
        if self.suggestions:
            msg += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(msg)

    def __str__(self) -> str:  # LookupError would otherwise repr() the message
        return str(self.args[0])


class SameOccupationError(CareerproseError, ValueError):
    """Both sides of a comparison are the same occupation (same title or same code)."""

    def __init__(self, title: str, reason: str) -> None:
        self.title = title
        self.reason = reason
        super().__init__(
            f"cannot compare {title!r} with itself ({reason}); choose two different occupations"
        )


class StyleError(CareerproseError, ValueError):
    """An invalid house-style or rendering option (unknown section, bad language, ...)."""


class TemplateError(CareerproseError):
    """A Jinja template failed to load or render; names the template file and line."""

    def __init__(self, message: str, template: str | None = None, line: int | None = None) -> None:
        self.template = template
        self.line = line
        where = ""
        if template:
            where = f"{template}, line {line}: " if line else f"{template}: "
        super().__init__(f"{where}{message}")
