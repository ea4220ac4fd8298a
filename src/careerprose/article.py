"""The result of a comparison: an ``Article`` of sections, blocks and sentences.

Every sentence keeps the facts it states (its provenance), so a reader, the verifier or a test
can audit each claim against the records. Tables keep the facts of their rows the same way.
Rendering to text, Markdown, HTML or JSON lives in :mod:`careerprose.render`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import attrs

__all__ = [
    "Article",
    "Block",
    "BulletList",
    "Fact",
    "Heading",
    "Paragraph",
    "Section",
    "Sentence",
    "Table",
    "TableRow",
    "side_fact",
]


class Fact(NamedTuple):
    """One thing a sentence or table row states about the two occupations.

    ``field`` is the record field (``"salary.average"``) or a derived quantity
    (``"skills.shared"``). ``a`` / ``b`` are the values for each occupation (``None`` when the
    statement is about one side only, or the value is missing); ``a_text`` / ``b_text`` are those
    values as displayed. ``relation`` says how A stands to B as displayed (``"higher"``,
    ``"lower"``, ``"equal"``, ``"similar"``) when the sentence compares them; ``difference`` and
    ``ratio`` are the displayed magnitude it states, with their own display texts.

    An immutable named tuple: articles hold tens of facts each, and a batch writes thousands of
    articles a second, so facts are as cheap to make as Python allows.
    """

    field: str
    a: Any = None
    b: Any = None
    a_text: str | None = None
    b_text: str | None = None
    relation: str | None = None
    difference: float | None = None
    difference_text: str | None = None
    ratio: float | None = None
    ratio_text: str | None = None

    def texts(self) -> tuple[str, ...]:
        """Every display text this fact licenses a sentence to contain."""
        candidates = (self.a_text, self.b_text, self.difference_text, self.ratio_text)
        return tuple(text for text in candidates if text)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the fact, without the parts that are ``None``."""
        pairs = zip(self._fields, self, strict=True)
        return {name: value for name, value in pairs if value is not None}


def side_fact(field: str, side: str, value: Any, text: str | None = None) -> Fact:
    """A fact about one occupation only: ``side`` is "a" or "b"."""
    if side == "a":
        return Fact(field, a=value, a_text=text)
    return Fact(field, b=value, b_text=text)


class Sentence(NamedTuple):
    """A sentence of prose (or a list item), the facts it states and the kind of message it is."""

    text: str
    facts: tuple[Fact, ...] = ()
    kind: str = ""

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Heading:
    """A sub-heading inside a section (e.g. "What does a nurse do?")."""

    text: str


@attrs.frozen
class Paragraph:
    """Sentences that read as one paragraph."""

    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        """The paragraph as one string."""
        return " ".join(sentence.text for sentence in self.sentences)


@attrs.frozen
class TableRow:
    """One row: a label and the cell shown for each occupation (a placeholder when missing)."""

    label: str
    a: str
    b: str
    fact: Fact | None = None


@attrs.frozen
class Table:
    """A two-column comparison table; ``header`` holds the two occupations' display titles."""

    header: tuple[str, str]
    rows: tuple[TableRow, ...]


@attrs.frozen
class BulletList:
    """A bulleted list; each item keeps its facts.

    ``prose`` says whether the items are sentences (responsibilities) or short items such as
    "Patients, 20%" (skills), which are not punctuated as sentences.
    """

    items: tuple[Sentence, ...]
    prose: bool = True


Block = Heading | Paragraph | Table | BulletList


@attrs.frozen
class Section:
    """One section of an article: its name (see ``careerprose.style.SECTIONS``), heading, blocks."""

    name: str
    heading: str | None
    blocks: tuple[Block, ...]

    def sentences(self) -> Iterator[Sentence]:
        """Every prose sentence of the section, in order (list items included)."""
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield from block.sentences
            elif isinstance(block, BulletList):
                yield from block.items


@attrs.frozen
class Article:
    """A comparison article: a title, sections in order, and the source line (if any)."""

    title: str
    sections: tuple[Section, ...]
    source: str | None = None

    def section(self, name: str) -> Section | None:
        """The section called ``name``, or None when the article has none (no data, or style)."""
        return next((section for section in self.sections if section.name == name), None)

    def sentences(self) -> Iterator[Sentence]:
        """Every prose sentence of the article, in reading order."""
        for section in self.sections:
            yield from section.sentences()

    def render(self, format: str = "text") -> str:
        """The article as ``text``, ``markdown``, ``html`` (a fragment) or ``json``."""
        from careerprose.render import render

        return render(self, format)

    def to_dict(self) -> dict[str, Any]:
        """The whole structure as JSON-ready dicts, facts included."""
        from careerprose.render.json import article_to_dict

        return article_to_dict(self)

    def __str__(self) -> str:
        return self.render("text")
