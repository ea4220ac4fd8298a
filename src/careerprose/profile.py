"""Per-occupation prose material, computed once per occupation and reused for every pair.

A batch of 100,000 pairs over 830 occupations needs each title inflected and each skill
cased once, not once per article: :func:`profile_of` caches a :class:`Profile` per
(occupation, style).
"""

from __future__ import annotations

import functools
from operator import attrgetter
from typing import Any

import attrs

from careerprose.article import Sentence, side_fact
from careerprose.english.casing import prose_case
from careerprose.english.compare import display_quantity
from careerprose.english.determiners import with_article
from careerprose.english.lists import join_list
from careerprose.english.numbers import format_percent, months_range, number_words
from careerprose.english.titles import JobTitle, TitleForms
from careerprose.records.model import Number, Occupation
from careerprose.style import Style

__all__ = [
    "ATTRIBUTES",
    "Group",
    "Material",
    "Names",
    "Profile",
    "attribute_text",
    "count_text",
    "finish_record_sentence",
    "profile_of",
]

_NO_SHORT_FORM = (",", " or ", " and ", " of ", "(", "/", " for ", " to ", "-in-", "-at-")


@attrs.frozen
class Names:
    """The ways to name an occupation in prose: its title forms and a short head-noun form."""

    forms: TitleForms
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
class Group:
    """The largest group in a breakdown (gender): its name as given and in prose, its share."""

    name: str
    prose: str
    share: Number
    share_text: str


@attrs.frozen
class Profile:
    """Everything about one occupation that does not depend on the other one.

    Text is formatted once here, so comparing an occupation with many others repeats none of
    it: title forms, skills, the degree, time to qualify, the pay range, named attributes
    (places, major, college) and the largest gender group.
    """

    occupation: Occupation
    names: Names
    skills: tuple[str, ...]
    top_skills: tuple[str, ...]
    top_skills_text: str | None
    degree: str | None
    degree_a: str | None
    time_text: str | None
    range_text: str | None
    attributes: dict[str, str]
    gender_top: Group | None
    duties_key: frozenset[str]
    material: dict[str, Material]


def _names(title: JobTitle) -> Names:
    forms = title.forms
    words, plural_words = forms.singular.split(" "), forms.plural.split(" ")
    head = head_plural = None
    if (
        len(words) > 1
        and len(plural_words) == len(words)
        and words[:-1] == plural_words[:-1]  # the plural inflects the last word only
        and not any(mark in forms.singular for mark in _NO_SHORT_FORM)
        and words[-1].isalpha()
        and not words[-1].isupper()  # "analyst II", "HR" heads do not shorten well
    ):
        head, head_plural = words[-1], plural_words[-1]
    return Names(forms, head, head_plural)


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


#: Named attributes stated in prose, and whether their values read as common nouns
#: ("finance and insurance", "business") rather than names ("Boston, MA").
ATTRIBUTES: dict[str, bool] = {
    "salary.highest_paying_city": False,
    "salary.highest_paying_state": False,
    "salary.best_paying_company": False,
    "salary.best_paying_industry": True,
    "education.major": True,
    "education.college": False,
}
#: Place names that take "the" in running text.
DEFINITE_PLACES = frozenset({"district of columbia", "virgin islands", "united states"})


def attribute_text(value: str, common_noun: bool) -> str:
    """An attribute value as it reads in a sentence ("the District of Columbia", "business")."""
    if value.casefold() in DEFINITE_PLACES:
        return f"the {value}"
    return prose_case(value) if common_noun else value


def _time_text(occupation: Occupation, style: Style) -> str | None:
    time = occupation.time_to_become
    if time.min_months is None and time.max_months is None:
        return None
    return months_range(time.min_months, time.max_months, style=style)


def _range_text(occupation: Occupation, style: Style) -> str | None:
    salary = occupation.salary
    if salary.low is None or salary.high is None:
        return None
    low = display_quantity(salary.low, "money", lower_bound=salary.is_top_coded("low"), style=style)
    high = display_quantity(
        salary.high, "money", lower_bound=salary.is_top_coded("high"), style=style
    )
    return f"{low} to {high}"


def count_text(count: int, style: Style) -> str:
    """A count of things as the house writes it: "three" below ``Style.words_below``."""
    return number_words(count) if count < style.words_below else f"{count:,}"


def _gender_top(occupation: Occupation, style: Style) -> Group | None:
    shares = occupation.demographics.gender
    if not shares:
        return None
    name, share = max(shares, key=lambda item: item[1])
    return Group(name, prose_case(name), share, format_percent(share, style=style))


def _ranked(occupation: Occupation, names: tuple[str, ...]) -> tuple[str, ...]:
    """Skill names by share, highest first, when every skill has one; else the record's order
    (defect 8.4: "the most important skills" must be the highest-ranked)."""
    shares = [skill.share for skill in occupation.skills]
    if not shares or any(share is None for share in shares):
        return names
    order = sorted(range(len(names)), key=lambda i: -(shares[i] or 0))
    return tuple(names[i] for i in order)


@functools.lru_cache(maxsize=8192)
def profile_of(occupation: Occupation, style: Style) -> Profile:
    """The cached :class:`Profile` of ``occupation`` under ``style``."""
    degree = occupation.education.degree
    degree_prose = prose_case(degree) if degree else None
    skills = tuple(prose_case(skill.name) for skill in occupation.skills)
    top = _ranked(occupation, skills)[: style.top_skills]
    attributes = {}
    for field, common_noun in ATTRIBUTES.items():
        value = attrgetter(field)(occupation)
        if value is not None:
            attributes[field] = attribute_text(value, common_noun)
    return Profile(
        occupation=occupation,
        names=_names(JobTitle.from_occupation(occupation)),
        skills=skills,
        top_skills=top,
        top_skills_text=join_list(top, style=style) if top else None,
        degree=degree_prose,
        degree_a=with_article(degree_prose) if degree_prose else None,
        time_text=_time_text(occupation, style),
        range_text=_range_text(occupation, style),
        attributes=attributes,
        gender_top=_gender_top(occupation, style),
        duties_key=frozenset(duty.casefold() for duty in occupation.responsibilities),
        material={side: _material(occupation, side, style) for side in ("a", "b")},
    )
