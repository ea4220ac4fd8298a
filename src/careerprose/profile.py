"""Per-occupation prose material, computed once per occupation and reused for every pair.

A batch of 100,000 pairs over 830 occupations needs each title inflected and each skill
cased once, not once per article: :func:`profile_of` caches a :class:`Profile` per
(occupation, style).
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from careerprose.article import Sentence, side_fact
from careerprose.english.articles import with_article
from careerprose.english.casing import prose_case
from careerprose.english.numbers import format_percent
from careerprose.english.titles import JobTitle
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["Material", "Names", "Profile", "finish_record_sentence", "profile_of"]

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
class Material:
    """Ready-made blocks and cells of one occupation, as it appears on one side of an article.

    Facts name the side they belong to, so each occupation has one set per side ("a", "b").
    """

    description: Sentence | None
    duties: tuple[Sentence, ...]
    skills: tuple[Sentence, ...]
    degree_cell: str | None
    gender_cell: str | None
    race_cell: str | None


@attrs.frozen
class Profile:
    """Everything about one occupation that does not depend on the other one."""

    occupation: Occupation
    names: Names
    skills: tuple[str, ...]
    degree: str | None
    degree_a: str | None
    material: dict[str, Material]


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


def finish_record_sentence(text: str) -> str:
    """Record text as a prose sentence: a capital first letter and final punctuation."""
    text = text.strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _limit(items: tuple[Any, ...], style: Style) -> tuple[Any, ...]:
    return items[: style.list_items] if style.list_items else items


def _degree_cell(occupation: Occupation, style: Style) -> str | None:
    education = occupation.education
    if education.degree is None:
        return None
    if education.degree_share is None:
        return education.degree
    return f"{education.degree}, {format_percent(education.degree_share, style=style)}"


def _shares_cell(shares: tuple[tuple[str, Any], ...], style: Style, *, by_size: bool) -> str | None:
    if not shares:
        return None
    ordered = sorted(shares, key=lambda item: -item[1]) if by_size else list(shares)
    return ", ".join(
        f"{name[:1].upper()}{name[1:]} {format_percent(share, style=style)}"
        for name, share in ordered
    )


def _skill_item(name: str, share: Any, side: str, style: Style) -> Sentence:
    text = name if share is None else f"{name}, {format_percent(share, style=style)}"
    return Sentence(text, (side_fact("skills", side, (name, share), text),), "skill")


def _material(occupation: Occupation, side: str, style: Style) -> Material:
    description = None
    if occupation.description:
        text = finish_record_sentence(occupation.description)
        fact = side_fact("description", side, occupation.description, text)
        description = Sentence(text, (fact,), "description")
    duties = tuple(
        Sentence(
            finish_record_sentence(duty),
            (side_fact("responsibilities", side, duty, duty),),
            "responsibility",
        )
        for duty in _limit(occupation.responsibilities, style)
    )
    people = occupation.demographics
    return Material(
        description=description,
        duties=duties,
        skills=tuple(
            _skill_item(s.name, s.share, side, style) for s in _limit(occupation.skills, style)
        ),
        degree_cell=_degree_cell(occupation, style),
        gender_cell=_shares_cell(people.gender, style, by_size=False),
        race_cell=_shares_cell(people.race, style, by_size=True),
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
        material={side: _material(occupation, side, style) for side in ("a", "b")},
    )
