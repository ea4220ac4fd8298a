"""What each section says: the omission and comparison rules, as plans (no wording).

One function per section turns a :class:`Pair` into a
:class:`~careerprose.plan.SectionPlan`, or ``None`` when the section has nothing to say.
Rules that recur: a comparison is planned only when both values are known; a value known on
one side is stated for that side only; a value known on neither side says nothing; a table
row missing on both sides is dropped, and a table with no rows is no table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from typing import Any

import attrs

from careerprose.article import Fact, side_fact
from careerprose.english.compare import QuantityKind, Relation, compare_quantities
from careerprose.english.lists import join_list
from careerprose.english.wording import describe
from careerprose.facts import Compared, compare_field, time_relation
from careerprose.plan import (
    ListPlan,
    Message,
    ParagraphPlan,
    Part,
    SectionPlan,
    TablePlan,
    TextPlan,
)
from careerprose.profile import ATTRIBUTES, Profile, count_text, profile_of
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["PLANNERS", "Pair"]

SIDES = ("a", "b")
_RELATION_KIND = {
    Relation.HIGHER: "compare",
    Relation.LOWER: "compare",
    Relation.EQUAL: "equal",
    Relation.SIMILAR: "similar",
    Relation.UNKNOWN: "both",
}


@attrs.define
class Pair:
    """The two occupations being compared, their cached profiles and comparisons."""

    a: Occupation
    b: Occupation
    style: Style
    profiles: dict[str, Profile] = attrs.field(init=False)
    _compared: dict[str, Compared] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        self.profiles = {"a": profile_of(self.a, self.style), "b": profile_of(self.b, self.style)}

    def occupation(self, side: str) -> Occupation:
        """The occupation on ``side`` ("a" or "b")."""
        return self.a if side == "a" else self.b

    def compared(self, field: str) -> Compared:
        """``field`` compared across the pair, computed once per pair."""
        found = self._compared.get(field)
        if found is None:
            found = self._compared[field] = compare_field(self.a, self.b, field, self.style)
        return found

    def range_text(self, occupation: Occupation) -> str | None:
        """The displayed pay range of ``occupation``, one of the pair."""
        return self.profiles["a" if occupation is self.a else "b"].range_text

    def values(self, get: Callable[[Occupation], Any]) -> tuple[Any, Any]:
        """``get`` applied to both occupations."""
        return get(self.a), get(self.b)


def _one_sided(kind: str, side: str, facts: Iterable[Fact], **data: Any) -> Message:
    return Message(kind, tuple(facts), data, sides=(side,), subject=side)


def quantity_message(pair: Pair, field: str, prefix: str) -> Message | None:
    """The message for one quantity: a comparison, a one-sided statement, or nothing.

    Kinds: ``<prefix>_compare`` (higher/lower), ``_equal``, ``_similar``, ``_both`` (both known
    but not comparable, e.g. two top-coded wages) and ``_one`` (one side known: ``m.f.x``).
    """
    compared = pair.compared(field)
    view = compared.view
    scale = _SCALES.get(field, ())
    if compared.known_a and compared.known_b:
        kind = f"{prefix}_{_RELATION_KIND[compared.comparison.relation]}"
        return Message(kind, (compared.fact, *scale), {"f": view})
    for side in SIDES:
        if hasattr(view, side):
            facts = [compared.side_fact(side), *scale]
            return _one_sided(f"{prefix}_one", side, facts, f=compared.side_view(side))
    return None


#: Constants a sentence about a field may state ("4.2 out of 5").
_SCALES: dict[str, tuple[Fact, ...]] = {
    "job_satisfaction": (Fact("job_satisfaction.scale", a=5, b=5, a_text="5", b_text="5"),),
}


def _messages(*candidates: Message | None) -> tuple[Message, ...]:
    return tuple(message for message in candidates if message is not None)


def _paragraph(*candidates: Message | None) -> Iterator[ParagraphPlan]:
    messages = _messages(*candidates)
    if messages:
        yield ParagraphPlan(messages)


def _cell_row(
    label: str, field: str, pair: Pair, get: Callable[[Occupation], str | None]
) -> tuple[str, str | None, str | None, Fact] | None:
    a, b = pair.values(get)
    if a is None and b is None:
        return None
    return label, a, b, Fact(field, a=a, b=b, a_text=a, b_text=b)


def _material_row(
    label: str, field: str, pair: Pair, cell: str
) -> tuple[str, str | None, str | None, Fact] | None:
    """A row of cells prepared once per occupation (see :class:`careerprose.profile.Material`)."""
    a, b = (getattr(pair.profiles[side].material[side], cell) for side in SIDES)
    if a is None and b is None:
        return None
    return label, a, b, Fact(field, a=a, b=b, a_text=a, b_text=b)


def _quantity_row(
    label: str, field: str, pair: Pair
) -> tuple[str, str | None, str | None, Fact] | None:
    compared = pair.compared(field)
    if not (compared.known_a or compared.known_b):
        return None
    c = compared.comparison
    return label, c.a_display, c.b_display, compared.values_fact


def _table(*rows: tuple[str, str | None, str | None, Fact] | None) -> Iterator[TablePlan]:
    kept = tuple(row for row in rows if row is not None)
    if kept:
        yield TablePlan(kept)


def _section(name: str, parts: Iterable[Part], heading: bool = True) -> SectionPlan | None:
    collected = tuple(parts)
    if not collected:
        return None
    return SectionPlan(name, Message("heading") if heading else None, collected)


# --- intro -------------------------------------------------------------------------------


def time_message(pair: Pair) -> Message | None:
    """How long each takes to qualify: equal, shorter/longer, both (overlapping) or one.

    A range with a ``basis`` ("on-the-job training") measures only that part of the path
    into the job: its kinds are ``training_*`` (``m.basis``) instead of ``time_*``, and two
    ranges with different bases are not compared (nothing is said).
    """
    texts = {side: pair.profiles[side].time_text for side in SIDES}
    ranges = {
        side: (time.min_months, time.max_months)
        for side, time in (("a", pair.a.time_to_become), ("b", pair.b.time_to_become))
    }
    bases = {side: pair.occupation(side).time_to_become.basis for side in SIDES}
    known = [side for side in SIDES if texts[side] is not None]
    if len(known) == 2 and bases["a"] != bases["b"]:
        return None
    basis = next((bases[side] for side in known if bases[side]), None)
    prefix = "training" if basis else "time"
    if texts["a"] is not None and texts["b"] is not None:
        relation = time_relation(pair.a, pair.b)
        word = {"shorter": "lower", "longer": "higher", "equal": "equal"}.get(relation or "")
        fact = Fact(
            "time_to_become",
            a=ranges["a"],
            b=ranges["b"],
            a_text=texts["a"],
            b_text=texts["b"],
            relation=word,
        )
        f = {"a": texts["a"], "b": texts["b"]}
        if relation == "equal":
            return Message(f"{prefix}_equal", (fact,), {"f": f, "basis": basis})
        if relation in ("shorter", "longer"):
            data = {"f": {**f, "comparative": relation}, "basis": basis}
            return Message(f"{prefix}_compare", (fact,), data)
        return Message(f"{prefix}_both", (fact,), {"f": f, "basis": basis})
    for side in known:
        text = texts[side]
        fact = side_fact("time_to_become", side, ranges[side], text)
        return _one_sided(f"{prefix}_one", side, [fact], f={side: text, "x": text}, basis=basis)
    return None


def top_skills_message(pair: Pair, side: str) -> Message | None:
    """The occupation's top skills (up to ``Style.top_skills``), by name."""
    profile = pair.profiles[side]
    if profile.top_skills_text is None:
        return None
    count = len(profile.top_skills)
    words = count_text(count, pair.style)
    facts = [
        side_fact("skills", side, profile.top_skills, profile.top_skills_text),
        side_fact("skills.top_count", side, count, words),
    ]
    return _one_sided(
        "skills_top",
        side,
        facts,
        list=profile.top_skills_text,
        count=count,
        count_words=words,
        ranked=pair.occupation(side).skills_ranked_by,
    )


def _skill_ranking(pair: Pair) -> str | None:
    """What ranks both sides' skills ("O*NET importance"), if the same; None for shares."""
    a, b = pair.a.skills_ranked_by, pair.b.skills_ranked_by
    return a if a == b else None


def _duties_message(pair: Pair) -> Message | None:
    a, b = (pair.profiles[side].duties_key for side in SIDES)
    if a and b and a != b:
        return Message("duties_differ", (Fact("responsibilities"),))
    return None


def plan_intro(pair: Pair) -> SectionPlan | None:
    """Opening, duties, time to qualify, average salary; then each side's top skills."""
    facts = _messages(
        _duties_message(pair),
        time_message(pair),
        quantity_message(pair, "salary.average", "salary"),
    )
    parts: list[Part] = []
    if facts:
        parts.append(ParagraphPlan((Message("opening"), *facts)))
    parts.extend(_paragraph(*(top_skills_message(pair, side) for side in SIDES)))
    return _section("intro", parts, heading=False)


# --- overview ----------------------------------------------------------------------------


def plan_overview(pair: Pair) -> SectionPlan | None:
    """The at-a-glance table, then growth, jobs, satisfaction and experience compared."""
    table = _table(
        _quantity_row("yearly_salary", "salary.average", pair),
        _quantity_row("hourly_rate", "salary.hourly", pair),
        _quantity_row("growth_rate", "growth_rate", pair),
        _quantity_row("jobs", "jobs", pair),
        _quantity_row("job_satisfaction", "job_satisfaction", pair),
        _material_row("degree", "education.degree", pair, "degree_cell"),
        _quantity_row("average_age", "demographics.average_age", pair),
        _quantity_row("median_age", "demographics.median_age", pair),
        _quantity_row("experience", "experience_years", pair),
    )
    paragraph = _paragraph(
        quantity_message(pair, "growth_rate", "growth"),
        quantity_message(pair, "jobs", "jobs"),
        quantity_message(pair, "job_satisfaction", "satisfaction"),
        quantity_message(pair, "experience_years", "experience"),
    )
    return _section("overview", [*table, *paragraph])


# --- description -------------------------------------------------------------------------


def plan_description(pair: Pair) -> SectionPlan | None:
    """'What does a … do?' for each occupation with a description."""
    parts: list[Part] = []
    for side in SIDES:
        description = pair.profiles[side].material[side].description
        if description is not None:
            parts.append(TextPlan(_one_sided("side_heading", side, []), (description,)))
    return _section("description", parts, heading=False)


# --- salary ------------------------------------------------------------------------------

_PLACES = (
    "salary.highest_paying_city",
    "salary.highest_paying_state",
    "salary.best_paying_company",
    "salary.best_paying_industry",
)
_GET = {field: attrgetter(field) for field in ATTRIBUTES}


def _range_message(pair: Pair) -> Message | None:
    texts = {side: pair.profiles[side].range_text for side in SIDES}
    values = {
        side: (pair.occupation(side).salary.low, pair.occupation(side).salary.high)
        for side in SIDES
    }
    if texts["a"] and texts["b"]:
        fact = Fact(
            "salary.range", a=values["a"], b=values["b"], a_text=texts["a"], b_text=texts["b"]
        )
        return Message("range_both", (fact,), {"f": texts})
    for side in SIDES:
        text = texts[side]
        if text:
            fact = side_fact("salary.range", side, values[side], text)
            return _one_sided("range_one", side, [fact], f={side: text, "x": text})
    return None


def attribute_message(pair: Pair, field: str) -> Message | None:
    """A named attribute (a place, a major): the same for both, different, or one side's.

    Kinds ``attribute_same``, ``attribute_differ``, ``attribute_one``; ``m.field`` says which
    attribute, for the template's wording.
    """
    raw = pair.values(_GET[field])
    shown = [pair.profiles[side].attributes.get(field) for side in SIDES]
    if shown[0] is not None and shown[1] is not None:
        same = shown[0].casefold() == shown[1].casefold()
        fact = Fact(
            field,
            a=raw[0],
            b=raw[1],
            a_text=shown[0],
            b_text=shown[1],
            relation="equal" if same else None,
        )
        kind = "attribute_same" if same else "attribute_differ"
        return Message(kind, (fact,), {"field": field, "f": {"a": shown[0], "b": shown[1]}})
    for side, value, text in zip(SIDES, raw, shown, strict=True):
        if text is not None:
            fact = side_fact(field, side, value, text)
            return _one_sided("attribute_one", side, [fact], field=field, f={side: text, "x": text})
    return None


def plan_salary(pair: Pair) -> SectionPlan | None:
    """Pay table (average, hourly, range, where pay is best), then the differences in words."""
    range_row = _cell_row("salary_range", "salary.range", pair, lambda o: pair.range_text(o))
    table = tuple(
        _table(
            _quantity_row("average_salary", "salary.average", pair),
            _quantity_row("hourly_rate", "salary.hourly", pair),
            range_row,
            *(_cell_row(f.rsplit("_", 1)[1], f, pair, _GET[f]) for f in _PLACES),
        )
    )
    lead = _paragraph(Message("lead")) if table else iter(())
    paragraph = _paragraph(
        quantity_message(pair, "salary.average", "average"),
        quantity_message(pair, "salary.hourly", "hourly"),
        _range_message(pair),
    )
    places = _paragraph(*(attribute_message(pair, field) for field in _PLACES))
    return _section("salary", [*lead, *table, *paragraph, *places])


# --- education ---------------------------------------------------------------------------


def degree_message(pair: Pair) -> Message | None:
    """The most common degree: the same for both, different, or one side's (with shares)."""
    pa, pb = pair.profiles["a"], pair.profiles["b"]
    share = pair.compared("education.degree_share")
    if pa.degree and pb.degree:
        same = pa.degree.casefold() == pb.degree.casefold()
        kind = "degree_same" if same else "degree_differ"
        data: dict[str, Any] = {"degree": {"a": pa.degree_a, "b": pb.degree_a}}
        facts = [
            Fact(
                "education.degree",
                a=pa.occupation.education.degree,
                b=pb.occupation.education.degree,
                a_text=pa.degree_a,
                b_text=pb.degree_a,
                relation="equal" if same else None,
            )
        ]
        if share.known_a and share.known_b:
            kind += "_shares"
            data["f"] = share.view
            facts.append(share.fact if same else share.values_fact)
        return Message(kind, tuple(facts), data)
    for side, profile in (("a", pa), ("b", pb)):
        if profile.degree:
            degree = profile.occupation.education.degree
            facts = [side_fact("education.degree", side, degree, profile.degree_a)]
            data = {"degree": {"x": profile.degree_a}}
            kind = "degree_one"
            if share.known_a if side == "a" else share.known_b:
                kind = "degree_one_share"
                value = getattr(share.view, side)  # only this side's share, as it is stated
                data["f"] = {side: value, "x": value}
                facts.append(share.side_fact(side))
            return _one_sided(kind, side, facts, **data)
    return None


#: What it takes to enter the occupation, in the words of the data (BLS's categories).
_ENTRY_ROWS = (
    ("entry_level", "education.entry_level"),
    ("work_experience", "work_experience"),
    ("on_the_job_training", "on_the_job_training"),
)


def plan_education(pair: Pair) -> SectionPlan | None:
    """Degree, major and college: a table, then what the two have in common."""
    table = tuple(
        _table(
            _material_row("degree", "education.degree", pair, "degree_cell"),
            _cell_row("major", "education.major", pair, _GET["education.major"]),
            _cell_row("college", "education.college", pair, _GET["education.college"]),
            *(_cell_row(label, path, pair, attrgetter(path)) for label, path in _ENTRY_ROWS),
        )
    )
    lead = _paragraph(Message("lead")) if table else iter(())
    paragraph = _paragraph(
        degree_message(pair),
        attribute_message(pair, "education.major"),
        attribute_message(pair, "education.college"),
    )
    return _section("education", [*lead, *table, *paragraph])


# --- demographics ------------------------------------------------------------------------


def gender_message(pair: Pair) -> Message | None:
    """The largest gender group of each side, compared when it is the same group."""
    ta, tb = (pair.profiles[side].gender_top for side in SIDES)
    if ta and tb:
        if ta.name.casefold() == tb.name.casefold():
            share_b = {k.casefold(): v for k, v in pair.b.demographics.gender}[ta.name.casefold()]
            c = compare_quantities(ta.share, share_b, QuantityKind.SHARE, style=pair.style)
            compared = Compared(f"demographics.gender.{ta.name}", c, describe(c))
            return Message("gender_same", (compared.fact,), {"group": ta.prose, "f": compared.view})
        facts = (
            Fact(f"demographics.gender.{ta.name}", a=ta.share, a_text=ta.share_text),
            Fact(f"demographics.gender.{tb.name}", b=tb.share, b_text=tb.share_text),
        )
        data = {
            "group": {"a": ta.prose, "b": tb.prose},
            "f": {"a": ta.share_text, "b": tb.share_text},
        }
        return Message("gender_differ", facts, data)
    for side, top in zip(SIDES, (ta, tb), strict=True):
        if top:
            text = top.share_text
            fact = side_fact(f"demographics.gender.{top.name}", side, top.share, text)
            return _one_sided(
                "gender_one", side, [fact], group=top.prose, f={side: text, "x": text}
            )
    return None


def _race_label(pair: Pair) -> str:
    """``race`` ("Race ratio") for a breakdown that sums to 100; ``race_shares`` otherwise.

    Race shares that leave groups out (CPS publishes three races, and Hispanic or Latino as
    an overlapping ethnicity) are not a ratio and must not be labelled as one.
    """
    for people in (pair.a.demographics, pair.b.demographics):
        if people.race and abs(sum(share for _, share in people.race) - 100) > 0.5:
            return "race_shares"
    return "race"


def plan_demographics(pair: Pair) -> SectionPlan | None:
    """Age, gender, race and LGBT share: a table, then age, gender and LGBT in words."""
    table = tuple(
        _table(
            _quantity_row("average_age", "demographics.average_age", pair),
            _quantity_row("median_age", "demographics.median_age", pair),
            _material_row("gender", "demographics.gender", pair, "gender_cell"),
            _material_row(_race_label(pair), "demographics.race", pair, "race_cell"),
            _quantity_row("hispanic", "demographics.hispanic_or_latino", pair),
            _quantity_row("lgbt", "demographics.lgbt_share", pair),
        )
    )
    lead = _paragraph(Message("lead")) if table else iter(())
    paragraph = _paragraph(
        quantity_message(pair, "demographics.average_age", "age"),
        quantity_message(pair, "demographics.median_age", "median_age"),
        gender_message(pair),
        quantity_message(pair, "demographics.lgbt_share", "lgbt"),
    )
    return _section("demographics", [*lead, *table, *paragraph])


# --- duties and skills -------------------------------------------------------------------


def plan_duties(pair: Pair) -> SectionPlan | None:
    """Example responsibilities of each occupation, as lists."""
    parts: list[Part] = []
    for side in SIDES:
        duties = pair.profiles[side].material[side].duties
        if duties:
            parts.append(ListPlan(_one_sided("list_heading", side, []), duties, prose=True))
    return _section("duties", parts)


def shared_skills_messages(pair: Pair) -> Iterator[Message]:
    """Skills both list (and how much the first shared one matters to each), or none shared."""
    skills_a, skills_b = pair.a.skills, pair.b.skills
    if not (skills_a and skills_b):
        return
    by_name_b = {skill.name.casefold(): skill for skill in skills_b}
    shared = [(i, skill) for i, skill in enumerate(skills_a) if skill.name.casefold() in by_name_b]
    ranked = _skill_ranking(pair)
    if not shared:
        facts = (Fact("skills.shared", a=(), b=(), relation="equal"),)
        yield Message("none_shared", facts, {"ranked": ranked})
        return
    names = [pair.profiles["a"].skills[i] for i, _ in shared]
    listed = join_list(names, style=pair.style)
    words = count_text(len(names), pair.style)
    yield Message(
        "shared",
        (
            Fact("skills.shared", a=tuple(names), b=tuple(names), a_text=listed, b_text=listed),
            Fact(
                "skills.shared_count",
                a=len(names),
                b=len(names),
                a_text=words,
                b_text=words,
            ),
        ),
        {"list": listed, "count": len(names), "count_words": words, "ranked": ranked},
    )
    index, first = shared[0]
    other = by_name_b[first.name.casefold()]
    if first.share is not None and other.share is not None:
        c = compare_quantities(first.share, other.share, QuantityKind.SHARE, style=pair.style)
        compared = Compared(f"skills.{first.name}", c, describe(c))
        kind = f"skill_share_{_RELATION_KIND[c.relation]}"
        yield Message(
            kind,
            (compared.fact,),
            {"skill": pair.profiles["a"].skills[index], "f": compared.view},
        )


def plan_skills(pair: Pair) -> SectionPlan | None:
    """Each occupation's skills with their shares, then the skills they share."""
    parts: list[Part] = []
    for side in SIDES:
        skills = pair.profiles[side].material[side].skills
        if skills:
            ranked = pair.occupation(side).skills_ranked_by
            heading = _one_sided("list_heading", side, [], ranked=ranked)
            parts.append(ListPlan(heading, skills, prose=False))
    parts.extend(_paragraph(*shared_skills_messages(pair)))
    return _section("skills", parts)


def plan_closing(pair: Pair) -> SectionPlan | None:
    """A closing line (the composer drops it when nothing else was said)."""
    return _section("closing", [ParagraphPlan((Message("closing"),))], heading=False)


#: Section name → planner, for every name in ``careerprose.style.SECTIONS``.
PLANNERS: dict[str, Callable[[Pair], SectionPlan | None]] = {
    "intro": plan_intro,
    "overview": plan_overview,
    "description": plan_description,
    "salary": plan_salary,
    "education": plan_education,
    "demographics": plan_demographics,
    "duties": plan_duties,
    "skills": plan_skills,
    "closing": plan_closing,
}
