"""The article plan: what an article says and in what order, before any wording.

:func:`careerprose.planner.plan_article` builds an :class:`ArticlePlan`;
:mod:`careerprose.compose` turns it into an :class:`~careerprose.article.Article`. A plan holds
sections of paragraphs, tables, lists and texts; a paragraph holds :class:`Message` objects,
each a sentence to be phrased by the template macro of its ``kind``, with the typed values the
template reads (:class:`Context`) and the facts the sentence states (its provenance).

The template context is typed: ``m`` in a macro is a :class:`Context`, ``m.value`` a
:class:`Figures`, ``m.a`` a :class:`Mention`. A value that is not known is *absent* (not
``None``), so a template that uses it fails loudly instead of printing "None"; test it with
``{% if m.value.ratio is defined %}``.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import attrs

from careerprose.article import Fact, Sentence
from careerprose.english.reference import PairReference
from careerprose.english.titles import TitleForms
from careerprose.source_line import SourcePart
from careerprose.style import Style

__all__ = [
    "ArticlePlan",
    "Context",
    "Difference",
    "Figures",
    "ListPlan",
    "Mention",
    "Message",
    "ParagraphPlan",
    "Part",
    "RowPlan",
    "SectionPlan",
    "TablePlan",
    "TextPlan",
    "Topics",
    "Values",
]


class _Sparse:
    """A typed record whose unknown attributes are left unset (absent to templates)."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, **values: Any) -> None:
        for name, value in values.items():
            if value is not None:
                setattr(self, name, value)

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self.__slots__ if hasattr(self, name)
        )
        return f"{type(self).__name__}({shown})"


class Values(_Sparse):
    """One thing as it reads for each occupation: ``a``, ``b``, and ``subject`` (the side a
    one-sided sentence is about), each already formatted ("a bachelor's degree", "$57,603")."""

    __slots__ = ("a", "b", "subject")
    a: str
    b: str
    subject: str


class Figures(_Sparse):
    """``m.value``: a figure compared across the pair, as displayed, with the comparison words.

    ``a`` / ``b`` / ``subject`` are the displayed values ("$57,603"); ``relation`` is "higher",
    "lower", "equal", "similar" or "unknown"; ``comparative`` ("higher", "more", "older"),
    ``amount_comparative``, ``difference`` ("$22,439 more"), ``percent`` ("64% higher"),
    ``ratio`` ("about 1.6 times as much") and ``best`` (the clearest of these) are present only
    when the comparison allows them; ``slightly`` says the difference is small.
    """

    __slots__ = (
        "a",
        "amount_comparative",
        "b",
        "best",
        "comparative",
        "difference",
        "percent",
        "ratio",
        "relation",
        "slightly",
        "subject",
    )
    a: str
    b: str
    subject: str
    relation: str
    comparative: str
    amount_comparative: str
    difference: str
    percent: str
    ratio: str
    best: str
    slightly: bool

    def about(self, side: str) -> Figures:
        """These figures for a sentence about ``side`` alone: its value is also ``subject``."""
        copy = object.__new__(Figures)  # Figures(), without the keyword loop
        for name in self.__slots__:
            value = getattr(self, name, None)
            if value is not None:
                setattr(copy, name, value)
        copy.subject = getattr(self, side)
        return copy


class Difference(_Sparse):
    """One of ``m.differences``: a difference the intro leads with. ``topic`` is "salary",
    "jobs", "growth" or "time"; ``value`` its :class:`Figures` (the first occupation's value
    against the second's)."""

    __slots__ = ("topic", "value")
    topic: str
    value: Figures


class Topics(_Sparse):
    """``m.topics``: the topics ("salary", "jobs", "growth", "time") each side comes out ahead
    on, as tuples: ``a`` for the first occupation, ``b`` for the second."""

    __slots__ = ("a", "b")
    a: tuple[str, ...]
    b: tuple[str, ...]


@attrs.frozen
class Mention:
    """How a sentence names one occupation (``m.a``, ``m.b``, ``m.subject``, ``m.other``).

    The first mention in a section uses the full title; later ones may use a shorter form
    ("derrick operators") when it cannot mean the other occupation
    (:func:`careerprose.english.refer`). ``full`` and ``full_plural`` are always the whole
    title (for headings). ``modifier`` is the singular for use before a noun ("the average
    registered nurse salary"), or ``None`` when the title cannot stand there (it has a
    preposition, "or", a comma or brackets, or more than four words): write "the average
    salary of …" instead. ``full_modifier`` is the same for the whole title (for headings:
    "registered nurse vs dental hygienist salary", else "salary of …").
    """

    singular: str
    plural: str
    with_article: str
    the: str
    these: str
    possessive: str
    plural_possessive: str
    full: str
    full_plural: str
    display: str
    display_plural: str
    first: bool
    modifier: str | None = None
    full_modifier: str | None = None


class Context(_Sparse):
    """``m``: everything one macro may read. Attributes a message does not use are absent.

    Attributes:
        a, b: the two occupations (:class:`Mention`).
        subject, other: for a sentence about one occupation, that one and the other.
        style: the house style (:class:`careerprose.Style`).
        value: the figures the sentence states (:class:`Figures`, or :class:`Values` when
            they are texts compared by no rule: pay ranges, places, gender groups).
        what: what the figure or attribute is called ("highest-paying city").
        list, count, count_words: a list of skills as text, its length and the length in
            words ("three").
        ranked: whether that list is ordered by importance (shares known), so "top" is true.
        ranked_by: what orders skills that have no shares ("O*NET importance"): a rating,
            never a share of workers.
        basis: what a time range measures when it is not the whole path into the job
            ("on-the-job training").
        degree, group: the degree or largest gender group for each side (:class:`Values`, or
            text when it is the same for both).
        required: true when the degree figures are the education level workers say their job
            requires (O*NET), not the degree they hold: never write "hold" then.
        onet_side: in a ``degree_mixed`` sentence, the side ("a" or "b") whose figures are
            O*NET's required level; the other side's are the degree its workers hold.
        skill: a skill named by the sentence.
        sources: where each record's figures come from (:class:`Values`); ``same`` is true
            when both records share one source.
        differences: the differences an intro sentence leads with (:class:`Difference`).
        topics: what each side comes out ahead on, for the closing (:class:`Topics`).
        source_parts: both records' sources as one list, each named once
            (:class:`careerprose.source_line.SourcePart`: ``name``, and ``only`` = "a" or "b"
            for a source just one record names).
    """

    __slots__ = (
        "a",
        "b",
        "basis",
        "count",
        "count_words",
        "degree",
        "differences",
        "group",
        "list",
        "onet_side",
        "other",
        "ranked",
        "ranked_by",
        "required",
        "same",
        "skill",
        "source_parts",
        "sources",
        "style",
        "subject",
        "topics",
        "value",
        "what",
    )
    a: Mention
    b: Mention
    subject: Mention
    other: Mention
    style: Style
    value: Figures | Values
    what: str
    list: str
    count: int
    count_words: str
    ranked: bool
    ranked_by: str
    basis: str
    degree: Values | str
    required: bool
    onet_side: str
    group: Values | str
    skill: str
    sources: Values
    source_parts: tuple[SourcePart, ...]
    same: bool
    differences: tuple[Difference, ...]
    topics: Topics


@attrs.define
class Message:
    """One sentence to be phrased by the template macro(s) of ``kind``.

    ``sides`` names the occupations the sentence mentions ("a", "b"), so the composer can
    choose full or short referring expressions; ``subject`` is the side a one-sided sentence
    is about. ``context`` holds the values the template reads; ``facts`` is the sentence's
    provenance. ``connective`` names a connective the planner wants before the sentence (a
    macro of ``connectives.jinja``, such as "addition"), or is ``None``.
    """

    kind: str
    facts: tuple[Fact, ...] = ()
    # An empty Context, as ``Context()`` makes it, without a Python call: an article's
    # headings and lead-ins take the default.
    context: Context = attrs.field(factory=functools.partial(object.__new__, Context))
    sides: tuple[str, ...] = ("a", "b")
    subject: str | None = None
    connective: str | None = None

    def with_context(self, context: Context) -> Message:
        """This message with another context (cheaper than ``attrs.evolve``)."""
        return Message(self.kind, self.facts, context, self.sides, self.subject, self.connective)


@attrs.frozen
class ParagraphPlan:
    """A paragraph: messages phrased in order."""

    messages: tuple[Message, ...]


class RowPlan(NamedTuple):
    """A table row: the label key (see ``labels.jinja``), each side's cell and the row's fact.

    Cells are already formatted, or ``None`` for the style's placeholder.
    """

    label: str
    a: str | None
    b: str | None
    fact: Fact


@attrs.frozen
class TablePlan:
    """A comparison table of rows; the header is the two occupations' display titles."""

    rows: tuple[RowPlan, ...]


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

    def with_parts(self, parts: tuple[Part, ...]) -> SectionPlan:
        """This section with other parts (``attrs.evolve`` costs four times as much, and
        planning an article does this about ten times)."""
        return SectionPlan(self.name, self.heading, parts)


@attrs.frozen
class ArticlePlan:
    """A whole article: title, sections in order and source line, as messages.

    ``titles`` are the two occupations' title forms (for table headers), ``reference`` how
    each is named at first and later mentions (:func:`careerprose.english.refer`), and
    ``key`` identifies the pair for the seeded choice of phrasings.
    """

    titles: tuple[TitleForms, TitleForms]
    reference: PairReference
    title: Message
    sections: tuple[SectionPlan, ...]
    source: Message | None
    key: str
    style: Style
