"""A one-sentence summary of a comparison, for a page's meta description and previews.

Not the article's first sentence: a sentence that says what the page answers, built from the
same comparisons the article makes, so it is never less true than the article. Pay and job
numbers are used when both sides have them; otherwise it says what the page covers.
"""

from __future__ import annotations

from careerprose.facts import compare_field
from careerprose.profile import profile_of
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["describe_pair"]

_PAY = {"higher": "earn more than", "lower": "earn less than"}
_JOBS = {"higher": "more jobs", "lower": "fewer jobs"}


def describe_pair(a: Occupation, b: Occupation, style: Style | None = None) -> str:
    """One sentence summing up how ``a`` compares with ``b``.

    Example:
        >>> describe_pair(Occupation("Nurse", salary={"average": 80000}, jobs=900),
        ...               Occupation("Clerk", salary={"average": 40000}, jobs=300))
        'Nurses earn more than clerks ($80,000 against $40,000 a year on average) and hold more jobs (900 against 300).'
        >>> describe_pair(Occupation("Nurse"), Occupation("Clerk"))
        'Nurses or clerks? How the two occupations compare on pay, jobs and skills.'
    """  # noqa: E501
    style = style or Style()
    first = profile_of(a, style).names.forms.plural
    second = profile_of(b, style).names.forms.plural
    pay = compare_field(a, b, "salary.average", style)
    jobs = compare_field(a, b, "jobs", style)
    has_pay = pay.known_a and pay.known_b
    has_jobs = jobs.known_a and jobs.known_b
    if not (has_pay or has_jobs):
        return _start(
            f"{first} or {second}? How the two occupations compare on pay, jobs and skills."
        )
    parts = [first]
    if has_pay:
        verb = _PAY.get(pay.relation, "earn about the same as")
        parts.append(f"{verb} {second} ({pay.figures.a} against {pay.figures.b} a year on average)")
    if has_jobs:
        counts = f"({jobs.figures.a} against {jobs.figures.b})"
        amount = _JOBS.get(jobs.relation)
        if has_pay:
            parts.append(f"and hold {amount or 'about as many jobs'} {counts}")
        elif amount:
            parts.append(f"hold {amount} than {second} {counts}")
        else:
            parts.append(f"hold about as many jobs as {second} {counts}")
    return _start(" ".join(parts) + ".")


def _start(text: str) -> str:
    """``text`` with a capital first letter, unless its first word is cased on purpose ("iOS")."""
    first_word = text.split(" ", 1)[0]
    if first_word[:1].islower() and any(letter.isupper() for letter in first_word[1:]):
        return text
    return text[:1].upper() + text[1:]
