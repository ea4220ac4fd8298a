"""Per-occupation prose material, computed once per occupation and reused for every pair.

A batch of 100,000 pairs over 830 occupations needs each title inflected and each skill cased
once, not once per article: :func:`profile_of` keeps a :class:`Profile` per (occupation, style)
in a cache bounded by the size of the records it holds, so many large unique records cannot
grow memory without limit. Nothing here depends on the other occupation or on the side an
occupation takes in an article.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Iterable
from typing import Any

import attrs

from careerprose.english.casing import prose_case, sentence_case
from careerprose.english.determiners import with_article
from careerprose.english.errors import EnglishError
from careerprose.english.lists import join_list
from careerprose.english.names import industry_name, institution_name, metro_area, region
from careerprose.english.numbers import (
    Joiner,
    format_money,
    format_percent,
    money_range,
    months_range,
)
from careerprose.english.titles import JobTitle, TitleForms
from careerprose.records.fields import record_value
from careerprose.records.model import Number, Occupation
from careerprose.style import Style

__all__ = [
    "ATTRIBUTES",
    "Group",
    "Names",
    "Profile",
    "SkillEntry",
    "attribute_text",
    "finish_record_sentence",
    "is_bls",
    "is_onet",
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
class Group:
    """The largest group in a breakdown (gender): its name as given and in prose, its share."""

    name: str
    prose: str
    share: Number
    share_text: str


@attrs.frozen
class SkillEntry:
    """One skill: its name as recorded and in prose, its share, and its list item text."""

    name: str
    prose: str
    share: Number | None
    item: str


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


@attrs.frozen
class Profile:
    """Everything about one occupation that does not depend on the other one.

    Text is formatted once here, so comparing an occupation with many others repeats none of
    it. ``title`` is the occupation's :class:`~careerprose.english.JobTitle` (default
    lexicon). ``skills`` are ranked by share when every skill has one (``skills_ranked``), else
    kept in the record's order; ``top_skills`` are the first ``Style.top_skills`` of them.
    ``attributes`` are the named attributes in prose, by field path.
    """

    occupation: Occupation
    title: JobTitle
    names: Names
    skills: tuple[SkillEntry, ...]
    skills_ranked: bool
    top_skills: tuple[str, ...]
    top_skills_text: str | None
    degree: str | None
    degree_with_article: str | None
    degree_cell: str | None
    time_text: str | None
    range_text: str | None
    range_cell: str | None
    attributes: tuple[tuple[str, str], ...]
    gender_top: Group | None
    gender_cell: str | None
    race_cell: str | None
    description: str | None
    duties: tuple[str, ...]

    def attribute(self, field: str) -> str | None:
        """The named attribute ``field`` as it reads in a sentence, or ``None``."""
        for name, text in self.attributes:
            if name == field:
                return text
        return None


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
    """Record text as a prose sentence: a capital first letter (brand casing such as "iOS"
    kept) and final punctuation."""
    text = text.strip()
    if text:
        text = sentence_case(text)
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


def _shares_cell(shares: Iterable[tuple[str, Number]], style: Style) -> str | None:
    cell = ", ".join(
        f"{sentence_case(name)} {format_percent(share, style=style)}" for name, share in shares
    )
    return cell or None


def _skills(occupation: Occupation, style: Style) -> tuple[tuple[SkillEntry, ...], bool]:
    skills = occupation.skills
    ranked = bool(skills) and all(skill.share is not None for skill in skills)
    if ranked:
        skills = tuple(sorted(skills, key=lambda skill: -(skill.share or 0)))
    entries = tuple(
        SkillEntry(
            skill.name,
            prose_case(skill.name),
            skill.share,
            skill.name
            if skill.share is None
            else f"{skill.name}, {format_percent(skill.share, style=style)}",
        )
        for skill in skills
    )
    return entries, ranked


def attribute_text(value: str, common_noun: bool) -> str:
    """An attribute value as it reads in a sentence ("the District of Columbia", "business")."""
    if value.casefold() in DEFINITE_PLACES:
        return f"the {value}"
    return prose_case(value) if common_noun else value


def is_bls(occupation: Occupation) -> bool:
    """Whether the record's figures come from BLS, whose "cities" are metropolitan areas."""
    return "BLS" in (occupation.source or "")


def is_onet(occupation: Occupation) -> bool:
    """Whether the record's figures come from O*NET, whose "degree" is the education level
    workers most often say their job *requires* (not the degree they hold)."""
    return "O*NET" in (occupation.source or "")


def _attribute_prose(
    field: str, value: str, common_noun: bool, style: Style, *, bls: bool = False
) -> str:
    """A named attribute in a sentence, named as an editor would (english.names): a BLS
    "city" by its metro area's display name ("Boston, MA"; the sentence calls it a metro
    area), an industry in prose case with the house serial comma, "the University of
    Michigan"."""
    if field == "salary.highest_paying_city" and bls:
        try:
            return metro_area(value).display
        except EnglishError:  # not a BLS area name ("Boston"): keep it as given
            return value
    if field == "salary.highest_paying_state":
        return region(value).prose
    if field == "salary.best_paying_industry":
        return industry_name(value, style=style)
    if field == "education.college":
        return institution_name(value)
    return attribute_text(value, common_noun)


def _time_text(occupation: Occupation, style: Style) -> str | None:
    time = occupation.time_to_become
    if time.min_months is None and time.max_months is None:
        return None
    # One range style in the whole article (never "6-12 months" beside "four to eight years"):
    # an en dash between figures when the house separator is one, else "to" throughout.
    joiner: Joiner = "dash" if style.range_separator.strip() in ("\u2013", "\u2014") else "to"
    return months_range(time.min_months, time.max_months, joiner=joiner, style=style)


def _pay_range(occupation: Occupation, style: Style, *, prose: bool) -> str | None:
    """The usual pay range ("between $32,000 and $101,000"; one figure when the ends agree)."""
    salary = occupation.salary
    if salary.low is None or salary.high is None:
        return None
    if salary.is_top_coded("low"):  # both ends at or above the ceiling: one lower bound
        return format_money(salary.low, style=style, or_more=True)
    return money_range(
        salary.low,
        salary.high,
        high_or_more=salary.is_top_coded("high"),
        prose=prose,
        style=style,
    )


def _gender_top(occupation: Occupation, style: Style) -> Group | None:
    shares = occupation.demographics.gender
    if not shares:
        return None
    name, share = max(shares, key=lambda item: item[1])
    return Group(name, prose_case(name), share, format_percent(share, style=style))


def _profile(occupation: Occupation, style: Style) -> Profile:
    degree = occupation.education.degree
    degree_prose = prose_case(degree) if degree else None
    skills, ranked = _skills(occupation, style)
    top = tuple(skill.prose for skill in skills[: style.top_skills])
    attributes = tuple(
        (field, _attribute_prose(field, value, common_noun, style, bls=is_bls(occupation)))
        for field, common_noun in ATTRIBUTES.items()
        if (value := record_value(occupation, field)) is not None
    )
    people = occupation.demographics
    title = JobTitle.from_occupation(occupation)
    return Profile(
        occupation=occupation,
        title=title,
        names=_names(title),
        skills=skills,
        skills_ranked=ranked,
        top_skills=top,
        top_skills_text=join_list(top, style=style) if top else None,
        degree=degree_prose,
        degree_with_article=with_article(degree_prose) if degree_prose else None,
        degree_cell=_degree_cell(occupation, style),
        time_text=_time_text(occupation, style),
        range_text=_pay_range(occupation, style, prose=True),
        range_cell=_pay_range(occupation, style, prose=False),
        attributes=attributes,
        gender_top=_gender_top(occupation, style),
        gender_cell=_shares_cell(people.gender, style),
        race_cell=_shares_cell(sorted(people.race, key=lambda item: -item[1]), style),
        description=finish_record_sentence(occupation.description)
        if occupation.description
        else None,
        duties=tuple(
            finish_record_sentence(duty) for duty in _limit(occupation.responsibilities, style)
        ),
    )


def _weight(occupation: Occupation) -> int:
    """Roughly how many characters a profile of ``occupation`` keeps alive (its record, and the
    text made from it, are a few copies of the same characters)."""
    texts = [occupation.title, occupation.description or ""]
    texts.extend(occupation.responsibilities)
    texts.extend(skill.name for skill in occupation.skills)
    return 3 * sum(map(len, texts)) + 2_000


class SizedCache:
    """A least-recently-used cache bounded by the total weight of its values, and by count.

    Thread-safe; a value heavier than the whole budget is returned but not kept.
    """

    def __init__(self, max_weight: int, max_entries: int) -> None:
        self.max_weight = max_weight
        self.max_entries = max_entries
        self.weight = 0
        self._entries: collections.OrderedDict[Any, tuple[Any, int]] = collections.OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        """The value kept for ``key`` (now the most recent), or ``None``."""
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            self._entries.move_to_end(key)
            return found[0]

    def put(self, key: Any, value: Any, weight: int) -> None:
        """Keep ``value`` for ``key``, forgetting the least recent entries to stay in bounds."""
        if weight > self.max_weight:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.weight -= old[1]
            self._entries[key] = (value, weight)
            self.weight += weight
            while self.weight > self.max_weight or len(self._entries) > self.max_entries:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.weight -= dropped

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._entries.clear()
            self.weight = 0

    def __len__(self) -> int:
        return len(self._entries)


#: Profiles by (occupation, style): about 8 million characters of records at most.
PROFILES = SizedCache(max_weight=8_000_000, max_entries=8_192)


def profile_of(occupation: Occupation, style: Style) -> Profile:
    """The :class:`Profile` of ``occupation`` under ``style`` (cached, bounded by size)."""
    key = (occupation, style)
    found: Profile | None = PROFILES.get(key)
    if found is None:
        found = _profile(occupation, style)
        PROFILES.put(key, found, _weight(occupation))
    return found
