"""The plan of an article: which sections, paragraphs, tables and messages exist, in order.

The plan is where omission rules live. A message exists only when the facts behind it are
known (a comparison needs both values and a known relation; a one-sided statement needs one
value); a section with nothing to say has no plan at all, so it disappears with its heading.
What the plan does not decide is wording: each :class:`Message` names a *kind* that the
section's template phrases, and carries the values the template may use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from careerprose.article import Fact, Sentence

__all__ = [
    "ListPlan",
    "Message",
    "ParagraphPlan",
    "Part",
    "SectionPlan",
    "TablePlan",
    "TextPlan",
]


@attrs.define
class Message:
    """One sentence to be phrased by the template macro(s) of ``kind``.

    ``sides`` names the occupations the sentence mentions ("a", "b"), so the composer can
    choose full or short referring expressions; ``subject`` is the side a one-sided sentence is
    about (templates see it as ``m.x``, the other side as ``m.y``). ``data`` holds the values
    the template reads (``m.f``, ``m.list`` ...); ``facts`` is the sentence's provenance.
    """

    kind: str
    facts: tuple[Fact, ...] = ()
    data: Mapping[str, Any] = attrs.field(factory=dict)
    sides: tuple[str, ...] = ("a", "b")
    subject: str | None = None


@attrs.frozen
class ParagraphPlan:
    """A paragraph: messages phrased in order."""

    messages: tuple[Message, ...]


@attrs.frozen
class TablePlan:
    """A comparison table: ``(label key, cell for A, cell for B, fact)`` rows.

    Label keys are looked up in the templates' ``labels`` mapping, so wording stays in
    templates; cells are already formatted (or ``None`` for the placeholder).
    """

    rows: tuple[tuple[str, str | None, str | None, Fact], ...]


@attrs.frozen
class ListPlan:
    """A bulleted list of ready items (record text or formatted figures), after a heading.

    ``heading`` is a message phrased as a sub-heading; ``prose`` says whether the items are
    sentences (responsibilities) or short items (skills with shares).
    """

    heading: Message | None
    items: tuple[Sentence, ...]
    prose: bool


@attrs.frozen
class TextPlan:
    """Text taken from a record (a description), after an optional sub-heading message."""

    heading: Message | None
    sentences: tuple[Sentence, ...]


Part = ParagraphPlan | TablePlan | ListPlan | TextPlan


@attrs.frozen
class SectionPlan:
    """A section: its name, the message phrasing its heading (if any) and its parts."""

    name: str
    heading: Message | None
    parts: tuple[Part, ...]
