"""The planner: from two occupations to an :class:`~careerprose.plan.ArticlePlan`.

Every decision about *what* an article says lives here, none about wording:

- a pair of one occupation with itself (same title or same code) is refused;
- a comparison is planned only when both values are known; a value known on one side is
  stated for that side only; a value known on neither side says nothing;
- a table row missing on both sides is dropped, a table with no rows is no table, and a
  section with nothing to say has no plan at all (so it disappears with its heading);
- a ranking ("the top three skills") is claimed only when the skills have shares to rank by;
- a fact stated in one sentence is not stated again in a later one (tables keep their rows);
- the closing appears only after something else was said, the source line only when
  the style asks for it and a record names a source;
- the intro leads with the pair's largest differences, joined or apart, and the closing draws
  the trade-off, or is left out when there is none (:mod:`careerprose.discourse`);
- connectives ("Additionally,", "On the other hand,") are chosen here by a sentence's
  position and the facts around it, and phrased by ``connectives.jinja``.

:func:`plan_article` is the one entry point; one ``plan_<section>`` function per section (see
:data:`SECTION_PLANNERS`) keeps each rule short enough to read at a glance.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from careerprose.article import Fact, Sentence, side_fact
from careerprose.discourse import MOST, Structure, closing_message, gaps, highlights, skills_pair
from careerprose.english.errors import EnglishError
from careerprose.english.lists import join_list
from careerprose.english.names import metro_area, region
from careerprose.english.narrative import narrate
from careerprose.english.numbers import format_count
from careerprose.english.quantities import Relation
from careerprose.english.reference import refer
from careerprose.english.titles import JobTitle, TitleForms
from careerprose.errors import SameOccupationError
from careerprose.facts import SIDES, PairFacts, compare_shares, same_text, text_fact
from careerprose.opening import with_opening
from careerprose.plan import (
    ArticlePlan,
    Context,
    ListPlan,
    Message,
    ParagraphPlan,
    Part,
    RowPlan,
    SectionPlan,
    TablePlan,
    TextPlan,
    Values,
)
from careerprose.profile import Profile, SkillEntry, is_bls, is_onet, profile_of
from careerprose.records.fields import FIELDS, record_value
from careerprose.records.model import Occupation
from careerprose.source_line import merge_sources
from careerprose.style import Style

__all__ = ["SECTION_PLANNERS", "plan_article", "same_occupation", "same_occupation_of"]

T = TypeVar("T")

#: The message kind suffix for each relation of a comparison of two known values.
_RELATION_KIND = {
    Relation.HIGHER: "compare",
    Relation.LOWER: "compare",
    Relation.EQUAL: "equal",
    Relation.SIMILAR: "similar",
    Relation.UNKNOWN: "both",
}


#: An empty :class:`Context` (or :class:`Values`), as ``Context()`` makes it but without the
#: keyword loop of its ``__init__``: an article makes about fifty, each with one to three
#: attributes set after.
_blank = object.__new__


def _one_sided(kind: str, side: str, facts: tuple[Fact, ...], context: Context) -> Message:
    return Message(kind, facts, context, (side,), side)  # sides, subject


def _pair_values(a: str, b: str) -> Values:
    """``Values(a=a, b=b)`` of two known texts, without the keyword loop."""
    values = _blank(Values)
    values.a, values.b = a, b
    return values


def _subject_value(text: str | None) -> Values:
    """``Values(subject=text)``, without the keyword loop."""
    values = _blank(Values)
    if text is not None:
        values.subject = text
    return values


def _heading_of(kind: str, side: str) -> Message:
    """A sub-heading about one side (``list_heading``, ``side_heading``...), no facts."""
    return Message(kind, (), _blank(Context), (side,), side)


# The recurring rule of the message builders below: both values known -> a message about
# both; one known -> a message about that side (``_one_sided``); neither -> no message.


def _messages(*candidates: Message | None) -> tuple[Message, ...]:
    return tuple([message for message in candidates if message is not None])


def _paragraph(*candidates: Message | None) -> tuple[ParagraphPlan, ...]:
    """A paragraph of the messages that are not ``None``, or nothing when all are."""
    messages = tuple([message for message in candidates if message is not None])
    return (ParagraphPlan(messages),) if messages else ()


def _section(name: str, parts: Iterable[Part], heading: bool = True) -> SectionPlan | None:
    collected = tuple(parts)
    if not collected:
        return None
    return SectionPlan(name, Message("heading") if heading else None, collected)


def _table(*rows: RowPlan | None) -> tuple[TablePlan, ...]:
    kept = tuple([row for row in rows if row is not None])
    return (TablePlan(kept),) if kept else ()


def _lead(table: tuple[TablePlan, ...]) -> tuple[ParagraphPlan, ...]:
    """The sentence before a table: ``lead`` when both sides have a figure in it, ``lead_one``
    (about the side that has) when only one does, since nothing is then compared."""
    if not table:
        return ()
    rows = table[0].rows
    known_a = known_b = False
    for row in rows:
        known_a = known_a or row.a is not None
        known_b = known_b or row.b is not None
    if known_a != known_b:
        side = "a" if known_a else "b"
        return (ParagraphPlan((_heading_of("lead_one", side),)),)
    return (ParagraphPlan((Message("lead"),)),)


def _led(name: str, table: tuple[TablePlan, ...], rest: tuple[Part, ...]) -> SectionPlan | None:
    """A section whose table is introduced by a lead sentence (only when there is a table),
    then the ``rest`` of its parts."""
    return _section(name, (*_lead(table), *table, *rest))


# --- table rows ------------------------------------------------------------------------


#: The label key of every registry field that has a table row.
_LABELS = {path: field.label for path, field in FIELDS.items() if field.label is not None}


def _label(field: str) -> str:
    try:
        return _LABELS[field]
    except KeyError:  # a registry entry without a row: a planner bug, not user input
        msg = f"field {field!r} has no label key in the field registry"
        raise LookupError(msg) from None


def _quantity_row(pair: PairFacts, field: str) -> RowPlan | None:
    if field not in pair.known:
        return None  # missing on both sides: no row, and nothing to compare
    compared = pair.compared(field)
    c = compared.comparison
    return RowPlan(_label(field), c.a_display, c.b_display, compared.values_fact)


def _text_row(field: str, a: str | None, b: str | None) -> RowPlan | None:
    if a is None and b is None:
        return None
    return RowPlan(_label(field), a, b, Fact(field, a, b, a, b))  # positional: cheaper


def _relabelled(row: RowPlan, label: str) -> RowPlan:
    """``row`` under another label key (``RowPlan._replace`` without its generic machinery)."""
    return RowPlan(label, row.a, row.b, row.fact)


def _degree_row(pair: PairFacts) -> RowPlan | None:
    """The most common degree, labelled as what the job requires when the figures are
    O*NET's (the level workers say their job requires, not the degree they hold). Once per
    pair: the overview's table and the education section's both show it."""
    if "degree_row" not in pair.derived:
        pair.derived["degree_row"] = _labelled_degree_row(pair)
    row: RowPlan | None = pair.derived["degree_row"]
    return row


def _labelled_degree_row(pair: PairFacts) -> RowPlan | None:
    pa, pb = pair.profiles
    row = _text_row("education.degree", pa.degree_cell, pb.degree_cell)
    if row is not None and _degree_required(pair):
        return _relabelled(row, "degree_required")
    if row is not None and _onet_degree_side(pair) is not None:
        return _relabelled(row, "degree_mixed")
    return row


def _degree_required(pair: PairFacts) -> bool:
    """Whether every side that states a degree states O*NET's required level."""
    pa, pb = pair.profiles
    stated_a, stated_b = bool(pa.degree_with_article), bool(pb.degree_with_article)
    if not (stated_a or stated_b):
        return False
    return (not stated_a or is_onet(pa.occupation)) and (not stated_b or is_onet(pb.occupation))


def _onet_degree_side(pair: PairFacts) -> str | None:
    """The side whose degree is O*NET's required level when the other side's is the degree its
    workers hold (its own data): each side is worded by its own source."""
    pa, pb = pair.profiles
    if pa.degree_with_article is None or pb.degree_with_article is None:
        return None
    onet_a = is_onet(pa.occupation)
    if onet_a == is_onet(pb.occupation):
        return None
    return "a" if onet_a else "b"


def _record_row(pair: PairFacts, field: str) -> RowPlan | None:
    return _text_row(field, record_value(pair.a, field), record_value(pair.b, field))


# --- messages about figures ------------------------------------------------------------

#: Constants a sentence about a field may state ("4.2 out of 5").
_SCALES: dict[str, tuple[Fact, ...]] = {
    "job_satisfaction": (Fact("job_satisfaction.scale", a=5, b=5, a_text="5", b_text="5"),),
}


def quantity_message(pair: PairFacts, field: str, prefix: str) -> Message | None:
    """One figure: compared (``<prefix>_compare`` / ``_equal`` / ``_similar``), both stated
    but not comparable (``_both``, e.g. two top-coded wages), one side's (``_one``), or
    nothing."""
    if field not in pair.known:
        return None  # missing on both sides (the common case in a batch): nothing to say
    compared = pair.compared(field)
    c = compared.comparison
    a, b = c.a_display, c.b_display
    scale = _SCALES.get(field, ())
    context = _blank(Context)
    what = FIELDS[field].noun
    if what is not None:
        context.what = what
    if a is not None and b is not None:
        context.value = compared.figures
        kind = f"{prefix}_{_RELATION_KIND[c.relation]}"
        return Message(kind, (compared.fact, *scale), context)
    side = "a" if a is not None else "b"
    context.value = compared.figures.about(side)
    return _one_sided(f"{prefix}_one", side, (compared.side_fact(side), *scale), context)


def time_message(pair: PairFacts) -> Message | None:
    """How long each takes to qualify: ``time_compare`` (shorter/longer), ``time_equal``,
    ``time_both`` (overlapping ranges) or ``time_one``.

    A range with a ``basis`` ("on-the-job training") is only that part of the path into the
    job: its kinds are ``training_*`` with ``m.basis``, and two ranges with different bases
    are not compared (nothing is said).
    """
    time = pair.time()
    a_text, b_text = time.a_text, time.b_text
    basis_a, basis_b = pair.a.time_to_become.basis, pair.b.time_to_become.basis
    if a_text and b_text and basis_a != basis_b:
        return None
    # the basis of the first side with a range that has one
    basis = basis_a if a_text and basis_a else basis_b if b_text and basis_b else None
    prefix = "training" if basis else "time"
    context = _blank(Context)
    if basis:
        context.basis = basis
    if a_text is not None and b_text is not None:
        context.value = time.figures
        return Message(f"{prefix}_{_RELATION_KIND[time.relation]}", (time.fact,), context)
    if a_text is not None:
        side, value, text = "a", time.a, a_text
    elif b_text is not None:
        side, value, text = "b", time.b, b_text
    else:
        return None
    context.value = time.figures.about(side)
    fact = side_fact("time_to_become", side, value, text)
    return _one_sided(f"{prefix}_one", side, (fact,), context)


def _range_message(pair: PairFacts) -> Message | None:
    """The usual pay range of each (``range_both``) or of one (``range_one``)."""
    pa, pb = pair.profiles
    a_text, b_text = pa.range_text, pb.range_text
    if a_text is None and b_text is None:
        return None
    salary_a, salary_b = pair.a.salary, pair.b.salary
    raw_a, raw_b = (salary_a.low, salary_a.high), (salary_b.low, salary_b.high)
    context = _blank(Context)
    if a_text is not None and b_text is not None:
        context.value = _pair_values(a_text, b_text)
        return Message("range_both", (Fact("salary.range", raw_a, raw_b, a_text, b_text),), context)
    side, raw, text = ("a", raw_a, a_text) if a_text is not None else ("b", raw_b, b_text)
    context.value = _subject_value(text)
    return _one_sided("range_one", side, (side_fact("salary.range", side, raw, text),), context)


def _attribute_noun(pair: PairFacts, field: str, raw: tuple[str | None, str | None]) -> str | None:
    """What the attribute is called, true to its values: BLS "cities" are metro areas, and the
    District of Columbia (or a territory) among the "states" is not called a state."""
    if field not in _NAMED_BY_VALUE:
        return FIELDS[field].noun
    return _noun_by_value(field, raw, (is_bls(pair.a), is_bls(pair.b)))


@functools.lru_cache(maxsize=4096)
def _noun_by_value(
    field: str, raw: tuple[str | None, str | None], bls: tuple[bool, bool]
) -> str | None:
    """:func:`_attribute_noun` of a field named by its values, once per two values and
    sources (a batch meets the same few dozen places again and again)."""
    values = [value for value in raw if value is not None]
    sources = [source for source, value in zip(bls, raw, strict=True) if value is not None]
    if (
        field == "salary.highest_paying_city"
        and values
        and all(sources)
        and all(map(_is_metro, values))
    ):
        return "highest-paying metro area"
    if field == "salary.highest_paying_state":
        kinds = {_region_kind(value) for value in values} - {"state"}
        if kinds:
            return f"highest-paying state or {' or '.join(sorted(kinds))}"
    return FIELDS[field].noun


#: The attributes whose noun depends on their values (metro areas, a district among states).
_NAMED_BY_VALUE = frozenset({"salary.highest_paying_city", "salary.highest_paying_state"})


def _place_row(field: str, raw: tuple[str | None, str | None], what: str | None) -> RowPlan | None:
    """A row of where pay is best (``what`` the attribute's noun), labelled ``metro`` when its
    "cities" are BLS metro areas, as the sentence about them calls them."""
    row = _text_row(field, *raw)
    if row is not None and what == "highest-paying metro area":
        return _relabelled(row, "metro")
    return row


@functools.lru_cache(maxsize=4096)
def _region_kind(value: str) -> str:
    """What a place named as a "state" is ("state", "district", "territory"), once per place."""
    return region(value).kind


@functools.lru_cache(maxsize=4096)
def _is_metro(value: str) -> bool:
    try:
        metro_area(value)
    except EnglishError:
        return False
    return True


def attribute_message(pair: PairFacts, field: str) -> Message | None:
    """A named attribute (a place, a major): ``attribute_same``, ``attribute_differ`` or
    ``attribute_one``; ``m.what`` names the attribute ("highest-paying city")."""
    raw = (record_value(pair.a, field), record_value(pair.b, field))
    return _attribute_message(pair, field, raw, _attribute_noun(pair, field, raw))


def _attribute_message(
    pair: PairFacts, field: str, raw: tuple[str | None, str | None], what: str | None
) -> Message | None:
    """:func:`attribute_message`, given the record's values ``raw`` and their noun ``what``."""
    pa, pb = pair.profiles
    a, b = pa.attribute(field), pb.attribute(field)
    if a is None and b is None:
        return None
    context = _blank(Context)
    if what is not None:
        context.what = what
    if a is not None and b is not None:
        fact = text_fact(field, raw, (a, b))  # "equal" when the same, ignoring case
        kind = "attribute_same" if fact.relation == "equal" else "attribute_differ"
        context.value = _pair_values(a, b)
        return Message(kind, (fact,), context)
    side, value, text = ("a", raw[0], a) if a is not None else ("b", raw[1], b)
    context.value = _subject_value(text)
    return _one_sided("attribute_one", side, (side_fact(field, side, value, text),), context)


# --- intro -----------------------------------------------------------------------------


def top_skills_message(pair: PairFacts, side: str) -> Message | None:
    """The occupation's first skills: ``skills_top`` ("the top three skills") when ranked by
    share, ``skills_listed`` (no ranking claim) when the record gives no shares."""
    profile = pair.profile(side)
    if profile.top_skills_text is None:
        return None
    count = len(profile.top_skills)
    facts, words = _top_skills_facts(profile.occupation, pair.style, side)
    context = _blank(Context)
    context.list, context.count, context.count_words = profile.top_skills_text, count, words
    ranked_by = profile.occupation.skills_ranked_by
    if profile.skills_ranked:
        kind = "skills_top"
    elif ranked_by:  # ordered by a rating (O*NET importance): "most important", never a share
        kind = "skills_rated"
        context.ranked_by = ranked_by
    else:
        kind = "skills_listed"
    return _one_sided(kind, side, facts, context)


@functools.lru_cache(maxsize=4096)
def _top_skills_facts(
    occupation: Occupation, style: Style, side: str
) -> tuple[tuple[Fact, ...], str]:
    """The facts of one side's top-skills sentence and their count in words, once per
    occupation and side."""
    profile = profile_of(occupation, style)
    count = len(profile.top_skills)
    words = format_count(count, words=True, style=style)
    facts = (
        side_fact("skills", side, profile.top_skills, profile.top_skills_text),
        side_fact("skills.top_count", side, count, words),
    )
    return facts, words


@functools.lru_cache(maxsize=4096)
def _folded(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` case-folded (a list of top skills compared with the other side's)."""
    return tuple(name.casefold() for name in names)


def top_skills_messages(pair: PairFacts) -> tuple[Message, ...]:
    """Each side's top skills, or one ``<kind>_equal`` message when both lists hold the same
    skills in the same order on the same basis ("the most important skills are the same for
    both …"), so the intro never states one list twice."""
    a, b = (top_skills_message(pair, side) for side in SIDES)
    if a is None or b is None:
        return _messages(a, b)
    pa, pb = pair.profiles
    same_skills = _folded(pa.top_skills) == _folded(pb.top_skills)
    same_basis = a.kind == b.kind and pair.a.skills_ranked_by == pair.b.skills_ranked_by
    if not (same_skills and same_basis):
        return (a, b)
    return (Message(f"{a.kind}_equal", a.facts + b.facts, a.context),)


def _shared_traits(pair: PairFacts, led: set[str]) -> list[Message]:
    """What the intro says besides its gaps: the time to qualify (unless a gap), and pay
    when it is not a clear difference (the same, about the same, or one side's)."""
    traits: list[Message] = []
    if "time" not in led:
        traits.extend(_messages(time_message(pair)))
    salary = pair.compared("salary.average").relation
    if "salary" not in led and salary not in (Relation.HIGHER, Relation.LOWER):
        traits.extend(_messages(quantity_message(pair, "salary.average", "salary")))
    return traits


def plan_intro(pair: PairFacts, structure: Structure | None = None) -> SectionPlan | None:
    """Opening, the pair's largest differences (see :mod:`careerprose.discourse`) and its
    shared traits; then each side's top skills.

    With ``structure.join_gaps`` (chosen per pair and seed by :func:`plan_article`) the first
    two differences share a sentence, which opens the article (no "opening" sentence before
    it), and come before the shared traits; without, an opening and the shared traits come
    first and each difference follows in its own sentence, after a connective. With
    ``structure.join_skills`` both sides' top skills share a sentence.
    """
    structure = structure or Structure.joined()
    joined = structure.join_gaps
    found = gaps(pair)
    led = {gap.topic for gap in found[:MOST]}
    leading = highlights(found, aggregate=joined)
    traits = _shared_traits(pair, led)
    if joined:
        facts = [*leading, *traits]
    else:  # what both share first ("It takes 6-12 months to become either"), then the gaps
        shared = [m for m in traits if m.kind.endswith(("_equal", "_similar"))]
        if shared and leading and leading[0].connective is None:
            leading[0].connective = "addition"  # "Additionally, …": a difference after them
        facts = [*shared, *leading, *(m for m in traits if m not in shared)]
    parts: list[Part] = []
    if facts:
        opening = () if joined and facts[0].kind.startswith("gaps_") else (Message("opening"),)
        parts.append(ParagraphPlan((*opening, *facts)))
    skills = top_skills_messages(pair)  # one "_equal" message when both lists are the same
    if structure.join_skills and len(skills) == 2:
        skills = _messages(skills_pair(*skills)) or skills
    parts.extend(_paragraph(*skills))
    return _section("intro", parts, heading=False)


# --- overview --------------------------------------------------------------------------


def plan_overview(pair: PairFacts) -> SectionPlan | None:
    """The at-a-glance table, then growth, jobs, openings, satisfaction and experience compared."""
    table = _table(
        _quantity_row(pair, "salary.average"),
        _quantity_row(pair, "salary.hourly"),
        _quantity_row(pair, "growth_rate"),
        _quantity_row(pair, "jobs"),
        _quantity_row(pair, "openings"),
        _quantity_row(pair, "job_satisfaction"),
        _degree_row(pair),
        _quantity_row(pair, "demographics.average_age"),
        _quantity_row(pair, "demographics.median_age"),
        _quantity_row(pair, "experience_years"),
    )
    paragraph = _paragraph(
        quantity_message(pair, "growth_rate", "growth"),
        quantity_message(pair, "jobs", "jobs"),
        quantity_message(pair, "openings", "openings"),
        quantity_message(pair, "job_satisfaction", "satisfaction"),
        quantity_message(pair, "experience_years", "experience"),
    )
    return _section("overview", [*table, *paragraph])


# --- description -----------------------------------------------------------------------


def plan_description(pair: PairFacts) -> SectionPlan | None:
    """'What does a … do?' for each occupation with a usable description.

    O*NET's subject-less instructions are told in the third person ("Bill and account
    collectors locate …; They may …") and its classification notes left out; an "All Other"
    non-answer ("All financial clerks not listed separately.") says nothing, so that side has
    no paragraph (:func:`careerprose.english.narrate`). Prose descriptions stay as written.
    """
    parts: list[Part] = []
    for side, profile in zip(SIDES, pair.profiles, strict=True):
        told = _description(profile.occupation, pair.style, side)
        if told is not None:
            heading = _heading_of("side_heading", side)
            parts.append(TextPlan(heading, (told,)))
    return _section("description", parts, heading=False)


@functools.lru_cache(maxsize=4096)
def _description(occupation: Occupation, style: Style, side: str) -> Sentence | None:
    """One side's description as the article tells it, once per occupation and side."""
    profile = profile_of(occupation, style)
    if profile.description is None:
        return None
    text = narrate(profile.description, profile.names.forms.plural).text
    if text is None:
        return None
    fact = side_fact("description", side, occupation.description, text)
    return Sentence(text, (fact,), "description")


# --- salary ----------------------------------------------------------------------------

_PLACES = (
    "salary.highest_paying_city",
    "salary.highest_paying_state",
    "salary.best_paying_company",
    "salary.best_paying_industry",
)


def _hourly_message(pair: PairFacts) -> Message | None:
    """Hourly pay, or ``hourly_unlike`` when one side's pay is given by the hour only and the
    other's comes with an annual figure (BLS publishes only hourly wages for jobs rarely
    worked full time, year-round): the two rates are stated, never ranked."""
    hourly, average = pair.compared("salary.hourly"), pair.compared("salary.average")
    if hourly.known_a and hourly.known_b and average.known_a != average.known_b:
        side = "b" if average.known_a else "a"
        context = Context(value=hourly.figures.about(side))
        return Message("hourly_unlike", (hourly.values_fact,), context, subject=side)
    return quantity_message(pair, "salary.hourly", "hourly")


def plan_salary(pair: PairFacts) -> SectionPlan | None:
    """Pay table (average, hourly, range, where pay is best), then the differences in words."""
    raw = tuple((o.salary.low, o.salary.high) for o in (pair.a, pair.b))
    cells = tuple(profile.range_cell for profile in pair.profiles)
    range_row = None
    if cells != (None, None):
        fact = Fact("salary.range", raw[0], raw[1], cells[0], cells[1])
        range_row = RowPlan(_label("salary.range"), cells[0], cells[1], fact)
    places = []  # each place's values and noun, for its row and its sentence
    for field in _PLACES:
        values = (record_value(pair.a, field), record_value(pair.b, field))
        places.append((field, values, _attribute_noun(pair, field, values)))
    table = _table(
        _quantity_row(pair, "salary.average"),
        _quantity_row(pair, "salary.hourly"),
        range_row,
        *[_place_row(*place) for place in places],
    )
    paragraph = _paragraph(
        quantity_message(pair, "salary.average", "average"),
        _hourly_message(pair),
        _range_message(pair),
    )
    said = _paragraph(*[_attribute_message(pair, *place) for place in places])
    return _led("salary", table, (*paragraph, *said))


# --- education -------------------------------------------------------------------------


def degree_message(pair: PairFacts) -> Message | None:
    """The most common degree: the same for both, different, or one side's (with shares)."""
    pa, pb = pair.profiles
    a, b = pa.degree_with_article, pb.degree_with_article
    if a is None and b is None:
        return None
    share = pair.compared("education.degree_share")
    raw = (pa.occupation.education.degree, pb.occupation.education.degree)
    context = _blank(Context)
    context.required = _degree_required(pair)
    if a is not None and b is not None:
        onet_side = _onet_degree_side(pair)
        fact = text_fact("education.degree", raw, (a, b))
        kind = "degree_same" if fact.relation == "equal" else "degree_differ"
        context.degree = _pair_values(a, b)
        if onet_side is not None:  # a required level beside a degree held: no comparison
            kind = "degree_mixed"
            context.onet_side = onet_side
        if not (share.known_a and share.known_b):
            return Message(kind, (fact,), context)
        context.value = share.figures
        equal = fact.relation == "equal" and onet_side is None
        facts = (fact, share.fact if equal else share.values_fact)
        return Message(kind + "_shares", facts, context)
    side, value, text = ("a", raw[0], a) if a is not None else ("b", raw[1], b)
    context.degree = _subject_value(text)
    fact = side_fact("education.degree", side, value, text)
    if not (share.known_a if side == "a" else share.known_b):
        return _one_sided("degree_one", side, (fact,), context)
    context.value = share.figures.about(side)
    return _one_sided("degree_one_share", side, (fact, share.side_fact(side)), context)


def plan_education(pair: PairFacts) -> SectionPlan | None:
    """Degree, major and college: a table, then what the two have in common."""
    table = _table(
        _degree_row(pair),
        _record_row(pair, "education.major"),
        _record_row(pair, "education.college"),
        _record_row(pair, "education.entry_level"),
        _record_row(pair, "work_experience"),
        _record_row(pair, "on_the_job_training"),
    )
    paragraph = _paragraph(
        degree_message(pair),
        attribute_message(pair, "education.major"),
        attribute_message(pair, "education.college"),
    )
    return _led("education", table, paragraph)


# --- demographics ----------------------------------------------------------------------


def gender_message(pair: PairFacts) -> Message | None:
    """The largest gender group of each side: ``gender_same`` (the same group, its shares
    compared), ``gender_differ`` or ``gender_one``."""
    pa, pb = pair.profiles
    ta, tb = pa.gender_top, pb.gender_top
    if ta is None and tb is None:
        return None
    context = _blank(Context)
    if ta is not None and tb is not None:
        if same_text(ta.name, tb.name):
            share_b = {k.casefold(): v for k, v in pair.b.demographics.gender}[ta.name.casefold()]
            field = f"demographics.gender.{ta.name}"
            compared = compare_shares(field, ta.share, share_b, pair.style)
            context.group = ta.prose
            context.value = compared.figures
            return Message("gender_same", (compared.fact,), context)
        facts = (
            Fact(f"demographics.gender.{ta.name}", a=ta.share, a_text=ta.share_text),
            Fact(f"demographics.gender.{tb.name}", b=tb.share, b_text=tb.share_text),
        )
        context.group = _pair_values(ta.prose, tb.prose)
        context.value = _pair_values(ta.share_text, tb.share_text)
        return Message("gender_differ", facts, context)
    if ta is not None:
        side, top = "a", ta
    elif tb is not None:
        side, top = "b", tb
    else:  # pragma: no cover - returned above
        return None
    fact = side_fact(f"demographics.gender.{top.name}", side, top.share, top.share_text)
    context.group = top.prose
    context.value = _subject_value(top.share_text)
    return _one_sided("gender_one", side, (fact,), context)


def _race_row(pair: PairFacts) -> RowPlan | None:
    """The race row, labelled ``race_shares`` when a side's shares do not sum to 100.

    Race shares that leave groups out (CPS publishes three races, and Hispanic or Latino as
    an ethnicity overlapping all of them) are not a breakdown, so never a "ratio".
    """
    pa, pb = pair.profiles
    row = _text_row("demographics.race", pa.race_cell, pb.race_cell)
    if row is not None and (_partial_race(pair.a) or _partial_race(pair.b)):
        return _relabelled(row, "race_shares")
    return row


@functools.lru_cache(maxsize=4096)
def _partial_race(occupation: Occupation) -> bool:
    """Whether the record's race shares leave groups out (do not sum to 100), once per
    occupation."""
    race = occupation.demographics.race
    return bool(race) and abs(sum(share for _, share in race) - 100) > 0.5


def plan_demographics(pair: PairFacts) -> SectionPlan | None:
    """Age, gender, race and LGBT share: a table, then age, gender and LGBT in words."""
    pa, pb = pair.profiles
    table = _table(
        _quantity_row(pair, "demographics.average_age"),
        _quantity_row(pair, "demographics.median_age"),
        _text_row("demographics.gender", pa.gender_cell, pb.gender_cell),
        _race_row(pair),
        _quantity_row(pair, "demographics.hispanic_or_latino"),
        _quantity_row(pair, "demographics.lgbt_share"),
    )
    paragraph = _paragraph(
        quantity_message(pair, "demographics.average_age", "age"),
        quantity_message(pair, "demographics.median_age", "median_age"),
        gender_message(pair),
        quantity_message(pair, "demographics.lgbt_share", "lgbt"),
    )
    return _led("demographics", table, paragraph)


# --- duties and skills -----------------------------------------------------------------


def plan_duties(pair: PairFacts) -> SectionPlan | None:
    """Example responsibilities of each occupation, as lists."""
    parts: list[Part] = []
    for side, profile in zip(SIDES, pair.profiles, strict=True):
        if profile.duties:
            items = _duty_items(profile.occupation, pair.style, side)
            heading = _heading_of("list_heading", side)
            parts.append(ListPlan(heading, items, prose=True))
    return _section("duties", parts)


# List items depend on one occupation and its side alone: a batch builds them once per
# occupation and side (cached by occupation, style and side), not once per pair.


@functools.lru_cache(maxsize=4096)
def _duty_items(occupation: Occupation, style: Style, side: str) -> tuple[Sentence, ...]:
    profile = profile_of(occupation, style)
    return tuple(
        Sentence(text, (side_fact("responsibilities", side, raw, text),), "responsibility")
        for raw, text in zip(occupation.responsibilities, profile.duties, strict=False)
    )


@functools.lru_cache(maxsize=4096)
def _skill_items(occupation: Occupation, style: Style, side: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(s.item, (side_fact("skills", side, (s.name, s.share), s.item),), "skill")
        for s in _shown(profile_of(occupation, style).skills, style)
    )


@functools.lru_cache(maxsize=4096)
def _tool_items(occupation: Occupation, style: Style, side: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(name, (side_fact("in_demand_technologies", side, name, name),), "tool")
        for name in _shown(occupation.in_demand_technologies, style)
    )


def _shown(items: tuple[T, ...], style: Style) -> tuple[T, ...]:
    """The items a list shows: the first ``Style.list_items`` (all when that is 0)."""
    return items[: style.list_items] if style.list_items else items


def _shown_skills(pair: PairFacts, profile: Profile) -> tuple[SkillEntry, ...]:
    """The skills the article lists for one side (the first ``Style.list_items``)."""
    return _shown(profile.skills, pair.style)


def shared_skills_messages(pair: PairFacts) -> Iterator[Message]:
    """Skills both lists show (and how much the first shared one matters to each), or none
    shared. Counted over the lists as shown, so the sentence names only skills the reader
    sees in both."""
    keyed_a = _keyed_skills(pair.a, pair.style)[0]
    keyed_b, by_name_b = _keyed_skills(pair.b, pair.style)
    if not (keyed_a and keyed_b):
        return
    shared = [skill for key, skill in keyed_a if key in by_name_b]
    if not shared:
        yield Message("none_shared", (Fact("skills.shared", a=(), b=(), relation="equal"),))
        return
    names = [skill.prose for skill in shared]
    listed = join_list(names, style=pair.style)
    words = format_count(len(names), words=True, style=pair.style)
    facts = (
        Fact("skills.shared", a=tuple(names), b=tuple(names), a_text=listed, b_text=listed),
        Fact("skills.shared_count", a=len(names), b=len(names), a_text=words, b_text=words),
    )
    context = Context(list=listed, count=len(names), count_words=words)
    rating = pair.a.skills_ranked_by
    ranked = any(profile.skills_ranked for profile in pair.profiles)
    if rating and rating == pair.b.skills_ranked_by and not ranked:
        context.ranked_by = rating  # both rated the same way: "most important", never "list"
    yield Message("shared", facts, context)
    first = shared[0]
    other = by_name_b[first.name.casefold()]
    if first.share is not None and other.share is not None:
        compared = compare_shares(f"skills.{first.name}", first.share, other.share, pair.style)
        kind = f"skill_share_{_RELATION_KIND[compared.relation]}"
        yield Message(kind, (compared.fact,), Context(skill=first.prose, value=compared.figures))


@functools.lru_cache(maxsize=4096)
def _keyed_skills(
    occupation: Occupation, style: Style
) -> tuple[tuple[tuple[str, SkillEntry], ...], dict[str, SkillEntry]]:
    """The skills a list shows, each with its case-folded name, and by that name (the last of
    any two with one name), once per occupation. Callers only read the dict."""
    keyed = tuple(
        (skill.name.casefold(), skill)
        for skill in _shown(profile_of(occupation, style).skills, style)
    )
    return keyed, dict(keyed)


def plan_skills(pair: PairFacts) -> SectionPlan | None:
    """Each occupation's skills (by share when ranked), then the skills they share; then the
    technologies in demand for each, and those both lists show."""
    parts: list[Part] = []
    for side, profile in zip(SIDES, pair.profiles, strict=True):
        skills = _shown_skills(pair, profile)
        if skills:
            items = _skill_items(profile.occupation, pair.style, side)
            heading = _heading_of("list_heading", side)
            if not profile.skills_ranked and profile.occupation.skills_ranked_by:
                heading.context.ranked_by = profile.occupation.skills_ranked_by
            parts.append(ListPlan(heading, items, prose=False))
    parts.extend(_paragraph(*shared_skills_messages(pair)))
    parts.extend(_technology_parts(pair))
    return _section("skills", parts)


def _technology_parts(pair: PairFacts) -> Iterator[Part]:
    """Each occupation's technologies in demand (as the record lists them), then those on
    both lists as shown."""
    shown: list[tuple[str, ...]] = []
    for side, occupation in zip(SIDES, (pair.a, pair.b), strict=True):
        names = _shown(occupation.in_demand_technologies, pair.style)
        shown.append(names)
        if names:
            items = _tool_items(occupation, pair.style, side)
            yield ListPlan(_heading_of("technology_heading", side), items, False)
    if not (shown[0] and shown[1]):
        return
    folded = _folded(shown[1])
    both = tuple(
        name for name, key in zip(shown[0], _folded(shown[0]), strict=True) if key in folded
    )
    if both:  # counted, not named: product names ("Epic Systems") resist prose casing
        kind = (
            "technology_same"
            if len(both) == len(shown[0]) == len(shown[1])
            else "technology_shared"
        )
        words = format_count(len(both), words=True, style=pair.style)
        fact = Fact("in_demand_technologies.shared_count", a=len(both), b=len(both),
                    a_text=words, b_text=words)  # fmt: skip
        context = Context(count=len(both), count_words=words)
        yield from _paragraph(Message(kind, (fact,), context))


def plan_closing(pair: PairFacts) -> SectionPlan | None:
    """The trade-off the pair offers (:func:`careerprose.discourse.closing_message`), or no
    closing when one side is ahead on everything that differs notably."""
    closing = closing_message(gaps(pair))
    return _section("closing", [ParagraphPlan((closing,))], heading=False) if closing else None


#: Section name → planner, for every name in ``careerprose.style.SECTIONS``.
SECTION_PLANNERS: dict[str, Callable[[PairFacts], SectionPlan | None]] = {
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


# --- the article -----------------------------------------------------------------------


def same_occupation(a: Occupation, b: Occupation) -> str | None:
    """Why ``a`` and ``b`` are one occupation ("both have the code 29-1141"), or ``None``.

    One occupation has one code; titles are compared in their singular prose form, so
    "Registered Nurses" and "registered nurse" are the same.

    >>> same_occupation(Occupation("Registered Nurses"), Occupation("Registered Nurse"))
    'both have the same title'
    >>> same_occupation(Occupation("Nurse"), Occupation("Clerk")) is None
    True
    """
    first, second = (JobTitle.from_occupation(o).forms for o in (a, b))
    return same_occupation_of(a, b, first, second)


def same_occupation_of(
    a: Occupation, b: Occupation, first: TitleForms, second: TitleForms
) -> str | None:
    """:func:`same_occupation`, given the title forms of ``a`` and ``b`` (made once per
    occupation by a caller checking many pairs)."""
    if a.code and b.code and a.code.strip().casefold() == b.code.strip().casefold():
        return f"both have the code {a.code.strip()}"
    if same_text(first.singular, second.singular):
        return "both have the same title"
    if same_text(first.plural, second.plural):  # "AA" given the plural "Specialists"
        return "both have the same plural title"
    return None


def _said_once(sections: Iterable[SectionPlan]) -> list[SectionPlan]:
    """The sections without prose that restates a fact an earlier sentence stated.

    A message whose facts all state what earlier sentences stated (the same field, about the
    same side or sides: the average salary compared in the intro, say) is dropped; tables and
    lists keep their rows, since a reader scans them rather than reads them. A section left
    with nothing to say disappears.
    """
    # The fields stated so far, by which sides they were about: neither, B, A, both
    # (indexed 2 * about A + about B). Four sets of field names, not a set of tuples: no
    # tuple made per fact.
    stated: _Stated = (set(), set(), set(), set())
    kept: list[SectionPlan] = []
    for section in sections:
        parts = section.parts
        new_parts: list[Part] | None = None  # a copy only once something is dropped
        for index, part in enumerate(parts):
            if type(part) is ParagraphPlan:  # the one kind of part a planner makes of prose
                messages = _new_messages(part.messages, stated)
                if messages is not None:  # some restated what was said: a shorter paragraph
                    if new_parts is None:
                        new_parts = list(parts[:index])
                    if messages:
                        new_parts.append(ParagraphPlan(messages))
                    continue
            if new_parts is not None:
                new_parts.append(part)
        if new_parts is None:
            kept.append(section)
        elif new_parts:
            kept.append(section.with_parts(tuple(new_parts)))
    return kept


#: The fields stated so far, for :func:`_said_once`: four sets, by the sides stated.
_Stated = tuple[set[str], set[str], set[str], set[str]]


def _new_messages(messages: tuple[Message, ...], stated: _Stated) -> tuple[Message, ...] | None:
    """The messages that state something not in ``stated`` (which gains what they state), or
    ``None`` when that is all of them (most paragraphs: no tuple is made)."""
    kept: list[Message] | None = None
    for position, message in enumerate(messages):
        new = not message.facts  # a message without facts (an opening) always stays
        for f in message.facts:
            fields = stated[(f.a is not None) * 2 + (f.b is not None)]
            if f.field not in fields:
                fields.add(f.field)
                new = True
        if new:
            if kept is not None:
                kept.append(message)
        elif kept is None:
            kept = list(messages[:position])
    return None if kept is None else tuple(kept)


def _without_leads(sections: Iterable[SectionPlan], keep: frozenset[str]) -> list[SectionPlan]:
    """The sections, those not in ``keep`` without the lead-in sentence before their table."""
    kept = []
    for section in sections:
        parts = section.parts
        first = parts[0] if parts else None
        if (
            section.name not in keep
            and isinstance(first, ParagraphPlan)
            and len(first.messages) == 1
            and first.messages[0].kind == "lead"
        ):
            section = section.with_parts(parts[1:])
        kept.append(section)
    return kept


def _source_message(pair: PairFacts) -> Message | None:
    sources = (pair.a.source, pair.b.source)
    if not pair.style.source_line or sources == (None, None):
        return None
    context = Context(
        sources=Values(a=sources[0], b=sources[1]),
        same=sources[0] == sources[1],
        source_parts=merge_sources(*sources),
    )
    return Message("source", context=context)


def plan_article(
    a: Occupation,
    b: Occupation,
    style: Style,
    seed: int | str = 0,
    *,
    structure: Structure | None = None,
) -> ArticlePlan:
    """The plan of the article comparing ``a`` with ``b``: every section with something to
    say, the title, the source line and the closing.

    ``structure`` forces the structural choices (:class:`careerprose.discourse.Structure`:
    what is joined in one sentence, which tables have a lead-in), as
    :func:`careerprose.testing.check_templates` does to render each; by default they are
    chosen per pair and seed.

    Raises :class:`~careerprose.errors.SameOccupationError` when ``a`` and ``b`` are one
    occupation (the same title or the same code).
    """
    pair = PairFacts(a, b, style)
    pa, pb = pair.profiles
    reason = same_occupation_of(a, b, pa.names.forms, pb.names.forms)
    if reason is not None:
        raise SameOccupationError(a.title, reason)
    key = "\x1f".join((str(seed), a.title, a.code or "", b.title, b.code or ""))
    structure = structure or Structure.chosen(key, style.sections)
    sections = [
        plan
        for name in style.sections
        if (
            plan := plan_intro(pair, structure) if name == "intro" else SECTION_PLANNERS[name](pair)
        )
        is not None
    ]
    sections = _without_leads(_said_once(sections), structure.leads)
    if len(sections) == 1 and sections[0].name == "closing":
        sections = []  # a closing line with nothing before it says nothing
    return ArticlePlan(
        titles=(pa.names.forms, pb.names.forms),
        reference=refer(pa.title, pb.title),
        title=Message("title"),
        sections=with_opening(sections, a, b, style),  # never an article without an opener
        source=_source_message(pair),
        key=key,
        style=style,
    )
