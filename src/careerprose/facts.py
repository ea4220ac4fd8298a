"""Facts about a pair of occupations: what is known on each side and how the two compare.

This module owns every comparison careerprose makes: figures (through the English layer's
:func:`~careerprose.english.compare_quantities`, which compares values *as displayed*, so prose
never claims a difference rounding hides), time-to-qualify ranges, shares inside breakdowns and
named attributes. Each comparison returns a :class:`~careerprose.english.Relation` and the
:class:`~careerprose.article.Fact` a sentence stating it carries, so
:func:`careerprose.verify.check_article` can check the claim against the records. No wording
of sentences: the planner decides from these what to say, templates choose words.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from careerprose.article import Fact, side_fact
from careerprose.english.numbers import format_count
from careerprose.english.quantities import (
    Comparison,
    QuantityKind,
    Relation,
    Shown,
    compare_quantities,
    compare_shown,
    shown_side,
)
from careerprose.english.wording import Wording, comparative, describe
from careerprose.plan import Figures
from careerprose.profile import Profile, profile_of
from careerprose.records.fields import FIELDS, quantities, record_value
from careerprose.records.model import Number, Occupation
from careerprose.style import Style

__all__ = [
    "QUANTITIES",
    "SIDES",
    "Compared",
    "PairFacts",
    "Quantity",
    "TimeCompared",
    "compare_field",
    "compare_shares",
    "compare_time",
    "same_text",
    "text_fact",
    "time_relation",
]

#: The two sides of every comparison: the first occupation ("a") and the second ("b").
SIDES: tuple[str, str] = ("a", "b")


@attrs.frozen
class Quantity:
    """A comparable field of the registry: how to read it and what kind of quantity it is."""

    field: str
    kind: QuantityKind
    #: The wage's name in ``salary.top_coded`` when the field can be top-coded ("average").
    top_code: str | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        top_code = self.field.rsplit(".", 1)[1] if FIELDS[self.field].top_coded else None
        object.__setattr__(self, "top_code", top_code)

    def get(self, occupation: Occupation) -> Any:
        """The record's value of this field."""
        return record_value(occupation, self.field)

    def lower_bound(self, occupation: Occupation) -> bool:
        """Whether the record flags the value as a lower bound ("$239,200 or more")."""
        return self.top_code is not None and occupation.salary.is_top_coded(self.top_code)


#: Every field careerprose compares as a quantity, by field path (from the field registry).
QUANTITIES: dict[str, Quantity] = {
    field.path: Quantity(field.path, QuantityKind(field.quantity)) for field in quantities()
}


def _shown_figures(occupation: Occupation, style: Style) -> dict[str, Shown]:
    """Every quantity of ``occupation`` as displayed under ``style``, by field path (cached
    per occupation by :func:`_figures_of`). Callers only read the dict."""
    return _figures_of(occupation, style)[0]


@functools.lru_cache(maxsize=4096)
def _figures_of(occupation: Occupation, style: Style) -> tuple[dict[str, Shown], frozenset[str]]:
    """Every quantity of ``occupation`` as displayed under ``style``, by field path, and the
    fields it has a value for: once per occupation, not once per pair (a batch compares each
    occupation with hundreds of others)."""
    shown = {
        path: shown_side(
            quantity.get(occupation),
            quantity.kind,
            lower_bound=quantity.lower_bound(occupation),
            style=style,
        )
        for path, quantity in QUANTITIES.items()
    }
    return shown, frozenset([path for path, side in shown.items() if side.value is not None])


class Compared:
    """One figure compared across the pair: the English comparison, its wording and its fact.

    Templates see it as ``m.value`` (a :class:`~careerprose.plan.Figures`). The wording,
    facts and figures are worked out when first read, then kept: a comparison read only for
    a table row or a gap's size never needs its words.
    """

    __slots__ = ("_fact", "_figures", "_values_fact", "_wording", "comparison", "field")

    def __init__(self, field: str, comparison: Comparison) -> None:
        self.field = field
        self.comparison = comparison
        self._wording: Wording | None = None
        self._fact: Fact | None = None
        self._values_fact: Fact | None = None
        self._figures: Figures | None = None

    def __repr__(self) -> str:
        return f"Compared(field={self.field!r}, comparison={self.comparison!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Compared):
            return NotImplemented
        return (self.field, self.comparison) == (other.field, other.comparison)

    def __hash__(self) -> int:
        return hash((self.field, self.comparison))

    @property
    def wording(self) -> Wording:
        """The comparison's words (:func:`~careerprose.english.describe`)."""
        wording = self._wording
        if wording is None:
            wording = self._wording = describe(self.comparison)
        return wording

    @property
    def known_a(self) -> bool:
        """Whether the first occupation has a value."""
        return self.comparison.a is not None

    @property
    def known_b(self) -> bool:
        """Whether the second occupation has a value."""
        return self.comparison.b is not None

    @property
    def relation(self) -> Relation:
        """How A stands to B as displayed."""
        return self.comparison.relation

    @property
    def fact(self) -> Fact:
        """The provenance of a sentence stating this comparison (relation included)."""
        fact = self._fact
        if fact is None:
            c = self.comparison
            relation = c.relation
            if relation is Relation.UNKNOWN:
                fact = self.values_fact
            else:
                w = self.wording
                percent, ratio = w.percent, w.ratio
                if percent and ratio:
                    ratio_text: str | None = f"{percent}; {ratio}"
                else:
                    ratio_text = percent or ratio or None
                fact = Fact(
                    self.field,
                    c.a,
                    c.b,
                    c.a_display,
                    c.b_display,
                    _RELATION_TEXT[relation],
                    c.difference,
                    w.difference,
                    c.ratio,
                    ratio_text,
                )
            self._fact = fact
        return fact

    @property
    def values_fact(self) -> Fact:
        """The provenance of a table row or sentence that states both values, no relation."""
        fact = self._values_fact
        if fact is None:
            c = self.comparison
            fact = self._values_fact = Fact(self.field, c.a, c.b, c.a_display, c.b_display)
        return fact

    def side_fact(self, side: str) -> Fact:
        """A fact stating one side's value only (``side`` is "a" or "b")."""
        c = self.comparison
        if side == "a":
            return side_fact(self.field, side, c.a, c.a_display)
        return side_fact(self.field, side, c.b, c.b_display)

    @property
    def figures(self) -> Figures:
        """What a template sees as ``m.value``; missing values are absent. Prose writes a large
        round count as an editor would ("1.2 million"); tables keep the full figure."""
        figures = self._figures
        if figures is None:
            figures = self._figures = _figures(self.comparison, self.wording)
        return figures


#: Each relation's text ("higher"): a dictionary lookup, where ``Relation.value`` is a
#: property call (an enum's), and facts and figures are made for every figure of every pair.
_RELATION_TEXT: dict[Relation, str] = {relation: relation.value for relation in Relation}


def _figures(c: Comparison, w: Wording) -> Figures:
    """The figures of ``c`` with the words of ``w``, each set only when present (absent to
    templates otherwise, as ``Figures(...)`` leaves a ``None``): a ten-keyword call costs a
    third more, for every figure of every pair."""
    figures = _new_figures(Figures)
    if c.kind is QuantityKind.COUNT:
        a = _count_in_prose(c.a, c.a_display)
        b = _count_in_prose(c.b, c.b_display)
    else:
        a, b = c.a_display, c.b_display
    if a is not None:
        figures.a = a
    if b is not None:
        figures.b = b
    relation = c.relation
    figures.relation = _RELATION_TEXT[relation]
    if relation is Relation.UNKNOWN:
        return figures
    spread = c.spread
    figures.slightly = spread is not None and not c.at_least and spread < c.style.slightly_within
    # The words a template may read as ``m.value.<name>``, each set only when present.
    # Written out, not a loop over the names: getattr/setattr by name cost several times a
    # plain attribute read and write, for every figure of every pair.
    if w.comparative is not None:
        figures.comparative = w.comparative
    if w.amount_comparative is not None:
        figures.amount_comparative = w.amount_comparative
    if w.difference is not None:
        figures.difference = w.difference
    if w.percent is not None:
        figures.percent = w.percent
    if w.ratio is not None:
        figures.ratio = w.ratio
    if w.best is not None:
        figures.best = w.best
    return figures


#: A :class:`Figures` with nothing set yet, as ``Figures()`` makes it without the keyword loop.
_new_figures = object.__new__


@functools.lru_cache(maxsize=4096)
def _count_in_prose(value: Number | None, display: str | None) -> str | None:
    """A displayed count as prose states it: in millions when that is exact ("1.2 million";
    ``format_count(millions=True)``), else as displayed. Once per count: in a batch each
    occupation's counts come back in every pair it is part of. No style: only a count in
    words reads one, and these are figures."""
    if value is None or display is None:
        return display
    if display.endswith(" or more"):
        return f"{format_count(value, millions=True)} or more"
    return format_count(value, millions=True)


def compare_field(a: Occupation, b: Occupation, field: str, style: Style) -> Compared:
    """Compare the registry field ``field`` of ``a`` and ``b`` as displayed under ``style``."""
    kind = QUANTITIES[field].kind
    sides = _shown_figures(a, style)[field], _shown_figures(b, style)[field]
    return Compared(field, compare_shown(*sides, kind, style))


def compare_shares(field: str, a: Number | None, b: Number | None, style: Style) -> Compared:
    """Compare two percentages that are not record fields of their own (a skill's share, the
    share of one gender group): ``field`` names them in the fact ("skills.CPT")."""
    comparison = compare_quantities(a, b, QuantityKind.SHARE, style=style)
    return Compared(field, comparison)


@attrs.frozen
class TimeCompared:
    """The time to qualify compared: ranges of months, displayed as ranges ("6-12 months").

    ``relation`` is HIGHER when A takes longer in every case (its shortest time is above B's
    longest), LOWER when shorter, EQUAL for the same range and UNKNOWN when the ranges overlap
    or one is incomplete.
    """

    a: tuple[int | None, int | None]
    b: tuple[int | None, int | None]
    a_text: str | None
    b_text: str | None
    relation: Relation

    @property
    def fact(self) -> Fact:
        """The provenance of a sentence stating both ranges (and the relation, when known)."""
        known = self.relation is not Relation.UNKNOWN
        relation = _RELATION_TEXT[self.relation] if known else None
        return Fact("time_to_become", self.a, self.b, self.a_text, self.b_text, relation)

    @property
    def figures(self) -> Figures:
        """What a template sees as ``m.value``: the ranges, and "shorter" / "longer"."""
        directed = self.relation in (Relation.HIGHER, Relation.LOWER)
        word = comparative(QuantityKind.MONTHS, self.relation) if directed else None
        return Figures(a=self.a_text, b=self.b_text, relation=self.relation.value, comparative=word)


def time_relation(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> Relation:
    """How range ``a`` of months stands to range ``b``.

    Open ranges ("up to one month" is ``(None, 1)``) are equal when both ends agree, and
    ordered when a known end of one lies below a known end of the other.

    >>> time_relation((6, 12), (24, 48)), time_relation((6, 12), (12, 24))
    (<Relation.LOWER: 'lower'>, <Relation.UNKNOWN: 'unknown'>)
    >>> time_relation((None, 1), (None, 1)), time_relation((None, 1), (12, None))
    (<Relation.EQUAL: 'equal'>, <Relation.LOWER: 'lower'>)
    """
    (a_low, a_high), (b_low, b_high) = a, b
    if (a_low is None and a_high is None) or (b_low is None and b_high is None):
        return Relation.UNKNOWN
    if (a_low, a_high) == (b_low, b_high):
        return Relation.EQUAL
    if a_high is not None and b_low is not None and a_high < b_low:
        return Relation.LOWER
    if b_high is not None and a_low is not None and b_high < a_low:
        return Relation.HIGHER
    return Relation.UNKNOWN


def compare_time(pa: Profile, pb: Profile) -> TimeCompared:
    """The time to qualify of two profiled occupations, compared."""
    ta, tb = pa.occupation.time_to_become, pb.occupation.time_to_become
    a, b = (ta.min_months, ta.max_months), (tb.min_months, tb.max_months)
    return TimeCompared(a, b, pa.time_text, pb.time_text, time_relation(a, b))


def same_text(a: str, b: str) -> bool:
    """Whether two named attributes (degrees, places) are the same, ignoring case."""
    return a.casefold() == b.casefold()


def text_fact(field: str, raw: tuple[Any, Any], shown: tuple[str, str]) -> Fact:
    """The fact of a sentence naming an attribute of both sides (equal when the same)."""
    relation = "equal" if same_text(*shown) else None
    return Fact(field, raw[0], raw[1], shown[0], shown[1], relation)


class PairFacts:
    """The two occupations of an article, their profiles and their comparisons (each computed
    once per pair).

    A plain slotted class (an article makes one): ``a``, ``b``, ``style``; ``profiles`` (each
    occupation's :class:`~careerprose.profile.Profile`); ``known``, the registry figures at
    least one side has a value for (a planner skips the others, about a third of them in a
    batch, without comparing two missing values); ``derived``, results derived from the
    comparisons that several planners read (the intro's and the closing's gaps), computed
    once per pair by whoever needs them first.
    """

    __slots__ = ("_compared", "_shown", "_time", "a", "b", "derived", "known", "profiles", "style")

    def __init__(self, a: Occupation, b: Occupation, style: Style) -> None:
        self.a = a
        self.b = b
        self.style = style
        self.profiles: tuple[Profile, Profile] = (profile_of(a, style), profile_of(b, style))
        shown_a, known_a = _figures_of(a, style)
        shown_b, known_b = _figures_of(b, style)
        self._shown: tuple[dict[str, Shown], dict[str, Shown]] = (shown_a, shown_b)
        self.known: frozenset[str] = known_a | known_b
        self._compared: dict[str, Compared] = {}
        self._time: TimeCompared | None = None
        self.derived: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"PairFacts(a={self.a!r}, b={self.b!r}, style={self.style!r})"

    def profile(self, side: str) -> Profile:
        """The profile of the occupation on ``side`` ("a" or "b")."""
        return self.profiles[0] if side == "a" else self.profiles[1]

    def compared(self, field: str) -> Compared:
        """The registry figure ``field`` compared across the pair."""
        found = self._compared.get(field)
        if found is None:
            shown_a, shown_b = self._shown
            comparison = compare_shown(
                shown_a[field], shown_b[field], QUANTITIES[field].kind, self.style
            )
            found = self._compared[field] = Compared(field, comparison)
        return found

    def time(self) -> TimeCompared:
        """The time to qualify compared across the pair (once per pair)."""
        found = self._time
        if found is None:
            found = self._time = compare_time(*self.profiles)
        return found
