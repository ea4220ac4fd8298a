"""Per-occupation prose material, computed once per occupation and reused for every pair.

A batch of 100,000 pairs over 830 occupations needs each title inflected and each skill
cased once, not once per article: :func:`profile_of` caches a :class:`Profile` per
(occupation, style).
"""

from __future__ import annotations

import functools

import attrs

from careerprose.english.articles import with_article
from careerprose.english.casing import prose_case
from careerprose.english.titles import JobTitle
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["Names", "Profile", "profile_of"]

_NO_SHORT_FORM = (",", " or ", " and ", " of ", "(", "/", " for ", " to ", "-in-", "-at-")


@attrs.frozen
class Names:
    """The ways to name an occupation in prose: full forms and a short head-noun form."""

    singular: str
    plural: str
    a: str
    possessive: str
    plural_possessive: str
    display: str
    display_plural: str
    head: str | None
    head_plural: str | None


@attrs.frozen
class Profile:
    """Everything about one occupation that does not depend on the other one."""

    occupation: Occupation
    names: Names
    skills: tuple[str, ...]
    degree: str | None
    degree_a: str | None


def _names(title: JobTitle) -> Names:
    singular, plural = title.singular, title.plural
    head = head_plural = None
    words, plural_words = singular.split(" "), plural.split(" ")
    if (
        len(words) > 1
        and len(plural_words) == len(words)
        and words[:-1] == plural_words[:-1]  # the plural inflects the last word only
        and not any(mark in singular for mark in _NO_SHORT_FORM)
        and words[-1].isalpha()
        and not words[-1].isupper()  # "analyst II", "HR" heads do not shorten well
    ):
        head, head_plural = words[-1], plural_words[-1]
    return Names(
        singular=singular,
        plural=plural,
        a=title.a,
        possessive=title.possessive,
        plural_possessive=title.plural_possessive,
        display=title.display,
        display_plural=title.display_plural,
        head=head,
        head_plural=head_plural,
    )


@functools.lru_cache(maxsize=8192)
def profile_of(occupation: Occupation, style: Style) -> Profile:
    """The cached :class:`Profile` of ``occupation`` under ``style``."""
    degree = occupation.education.degree
    degree_prose = prose_case(degree) if degree else None
    return Profile(
        occupation=occupation,
        names=_names(JobTitle.from_occupation(occupation)),
        skills=tuple(prose_case(skill.name) for skill in occupation.skills),
        degree=degree_prose,
        degree_a=with_article(degree_prose) if degree_prose else None,
    )
