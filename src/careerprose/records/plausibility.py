"""Plausibility warnings: values that are valid one by one but unlikely together.

These never stop an article (real data has odd corners); ``careerprose validate`` shows them so a
content team can catch typos such as an hourly rate entered as a yearly salary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from careerprose.errors import Problem
from careerprose.records.model import Number, Occupation

__all__ = ["HOURLY_TOLERANCE", "HOURS_PER_YEAR", "plausibility_warnings"]

#: Full-time hours in a year, as BLS uses to turn hourly wages into annual ones.
HOURS_PER_YEAR = 2080
#: How far (as a fraction) ``hourly * 2080`` may stray from the yearly average before a warning.
HOURLY_TOLERANCE = 0.2
_SUM_SLACK = 0.5  # shares rounded to one decimal may sum to a little over 100


def _money(value: Number) -> str:
    return f"${value:,.0f}" if float(value).is_integer() else f"${value:,.2f}"


def _share_sum(field: str, shares: Iterable[Number]) -> Iterator[tuple[str, str]]:
    total = sum(shares)
    if total > 100 + _SUM_SLACK:
        yield field, f"shares add up to {total:g}%, more than 100%"


def _warnings(occupation: Occupation) -> Iterator[tuple[str, str]]:
    salary = occupation.salary
    if salary.average is not None and salary.hourly is not None and salary.average > 0:
        yearly = salary.hourly * HOURS_PER_YEAR
        if abs(yearly - salary.average) > HOURLY_TOLERANCE * salary.average:
            yield (
                "salary.hourly",
                (
                    f"{_money(salary.hourly)} an hour is {_money(round(yearly))} a year at"
                    f" {HOURS_PER_YEAR:,} hours, far from the average salary of"
                    f" {_money(salary.average)}"
                ),
            )
    exact = {"average", "low", "high"} - salary.top_coded
    if salary.average is not None and "average" in exact:
        if salary.low is not None and "low" in exact and salary.average < salary.low:
            yield (
                "salary.average",
                (
                    f"average {_money(salary.average)} is below the low end of the range"
                    f" ({_money(salary.low)})"
                ),
            )
        if salary.high is not None and "high" in exact and salary.average > salary.high:
            yield (
                "salary.average",
                (
                    f"average {_money(salary.average)} is above the high end of the range"
                    f" ({_money(salary.high)})"
                ),
            )
    yield from _share_sum("skills", (s.share for s in occupation.skills if s.share is not None))
    yield from _share_sum("demographics.race", (share for _, share in occupation.demographics.race))
    yield from _share_sum(
        "demographics.gender", (share for _, share in occupation.demographics.gender)
    )
    counts = Counter(skill.name.casefold() for skill in occupation.skills)
    for name in sorted(name for name, count in counts.items() if count > 1):
        yield "skills", f"skill {name!r} is listed more than once"
    time = occupation.time_to_become
    if time.max_months is not None and time.max_months > 240:
        yield "time_to_become.max_months", f"{time.max_months} months is over 20 years"


def plausibility_warnings(occupation: Occupation) -> list[Problem]:
    """Warnings for ``occupation``; ``source`` and ``location`` are left for the caller to fill."""
    return [
        Problem("", "", field, message, occupation.title)
        for field, message in _warnings(occupation)
    ]
