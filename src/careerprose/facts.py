"""Facts about a pair of occupations: what is known on each side and how the two compare.

Pure Python, no wording of sentences: for each comparable field, the two values, whether each
is known, and the relation, difference and ratio *as displayed* (decided by
:func:`careerprose.english.compare_quantities`, so prose never claims a difference rounding
hides). The planner decides from these what to say; templates only choose words.
"""

from __future__ import annotations

import functools
from types import SimpleNamespace
from typing import Any

import attrs

from careerprose.article import Fact, side_fact
from careerprose.english import compare_quantities, describe
from careerprose.english.compare import Comparison, QuantityKind, Relation
from careerprose.english.wording import Wording
from careerprose.records.fields import FIELDS, quantities, record_value
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["QUANTITIES", "Compared", "Quantity", "compare_field", "time_relation"]


@attrs.frozen
class Quantity:
    """A comparable field of the registry: how to read it and what kind of quantity it is."""

    field: str
    kind: QuantityKind

    def get(self, occupation: Occupation) -> Any:
        """The record's value of this field."""
        return record_value(occupation, self.field)

    def lower_bound(self, occupation: Occupation) -> bool:
        """Whether the record flags the value as a lower bound ("$239,200 or more")."""
        return FIELDS[self.field].top_coded and occupation.salary.is_top_coded(
            self.field.rsplit(".", 1)[1]
        )


#: Every field careerprose compares as a quantity, by field path (from the field registry).
QUANTITIES: dict[str, Quantity] = {
    field.path: Quantity(field.path, QuantityKind(field.quantity)) for field in quantities()
}


@attrs.frozen
class Compared:
    """One field compared across the pair: the English comparison, its wording and its fact.

    Templates see it as ``m.f``: ``a`` / ``b`` are the displayed values ("$57,603"),
    ``relation`` is "higher", "lower", "equal", "similar" or "unknown", and ``comparative``,
    ``difference``, ``percent``, ``ratio`` and ``best`` are the phrases
    :func:`careerprose.english.describe` allows ("higher", "$22,439 more", "64% higher", ...).
    """

    field: str
    comparison: Comparison
    wording: Wording

    @property
    def known_a(self) -> bool:
        """Whether the first occupation has a value."""
        return self.comparison.a is not None

    @property
    def known_b(self) -> bool:
        """Whether the second occupation has a value."""
        return self.comparison.b is not None

    @property
    def relation(self) -> str:
        """How A stands to B as displayed."""
        return self.comparison.relation.value

    @functools.cached_property
    def fact(self) -> Fact:
        """The provenance record of a sentence stating this comparison (relation included)."""
        c, w = self.comparison, self.wording
        if c.relation is Relation.UNKNOWN:
            return self.values_fact
        ratio_texts = [text for text in (w.percent, w.ratio) if text]
        return Fact(
            self.field,
            a=c.a,
            b=c.b,
            a_text=c.a_display,
            b_text=c.b_display,
            relation=c.relation.value,
            difference=c.difference,
            difference_text=w.difference,
            ratio=c.ratio,
            ratio_text="; ".join(ratio_texts) or None,
        )

    @functools.cached_property
    def values_fact(self) -> Fact:
        """The provenance record of a table row or sentence that states both values, no relation."""
        c = self.comparison
        return Fact(self.field, a=c.a, b=c.b, a_text=c.a_display, b_text=c.b_display)

    def side_fact(self, side: str) -> Fact:
        """A fact stating one side's value only (``side`` is "a" or "b")."""
        c = self.comparison
        if side == "a":
            return side_fact(self.field, side, c.a, c.a_display)
        return side_fact(self.field, side, c.b, c.b_display)

    @functools.cached_property
    def view(self) -> SimpleNamespace:
        """What a template sees as ``m.f``; missing values are absent, so using one is an error."""
        c, w = self.comparison, self.wording
        view = SimpleNamespace(relation=c.relation.value)
        if c.a_display is not None:
            view.a = c.a_display
        if c.b_display is not None:
            view.b = c.b_display
        if c.relation is not Relation.UNKNOWN:
            view.comparative = w.comparative
            view.amount_comparative = w.amount_comparative
            view.slightly = (
                c.spread is not None and not c.at_least and c.spread < c.style.slightly_within
            )
            for name in ("difference", "percent", "ratio", "best"):
                phrase = getattr(w, name)
                if phrase is not None:
                    setattr(view, name, phrase)
        return view

    def side_view(self, side: str) -> SimpleNamespace:
        """``view`` for a sentence about one side: its value is also ``x``."""
        return SimpleNamespace(**vars(self.view), x=getattr(self.view, side))


def compare_field(a: Occupation, b: Occupation, field: str, style: Style) -> Compared:
    """Compare ``field`` of ``a`` and ``b`` as displayed under ``style``."""
    quantity = QUANTITIES[field]
    comparison = compare_quantities(
        quantity.get(a),
        quantity.get(b),
        quantity.kind,
        a_lower_bound=quantity.lower_bound(a),
        b_lower_bound=quantity.lower_bound(b),
        style=style,
    )
    return Compared(field, comparison, describe(comparison))


def time_relation(a: Occupation, b: Occupation) -> str | None:
    """How long A takes to qualify compared with B, when the ranges allow a claim.

    "equal" for the same range, "shorter" / "longer" when the ranges do not overlap,
    "overlap" when they do, ``None`` when either side lacks a complete range.
    """
    ta, tb = a.time_to_become, b.time_to_become
    if None in (ta.min_months, ta.max_months, tb.min_months, tb.max_months):
        return None
    if (ta.min_months, ta.max_months) == (tb.min_months, tb.max_months):
        return "equal"
    if ta.max_months < tb.min_months:  # type: ignore[operator]
        return "shorter"
    if tb.max_months < ta.min_months:  # type: ignore[operator]
        return "longer"
    return "overlap"
