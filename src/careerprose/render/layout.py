"""The one walk over an article that every text format shares; formats supply the pieces.

A :class:`Layout` says how each kind of block is written (already escaped for its format);
:func:`lay_out` visits title, sections, blocks and source line in order and joins the pieces.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from careerprose.article import Article, BulletList, Heading, Paragraph, Section, Table

__all__ = ["Layout", "lay_out"]


def _nothing(section: Section) -> str | None:
    return None


@attrs.frozen
class Layout:
    """How one format writes each piece. ``heading`` gets the text and level (2 or 3)."""

    title: Callable[[str], str]
    heading: Callable[[str, int], str]
    paragraph: Callable[[Paragraph], str]
    table: Callable[[Table], str]
    bullets: Callable[[BulletList], str]
    source: Callable[[str], str]
    section_open: Callable[[Section], str | None] = _nothing
    section_close: Callable[[Section], str | None] = _nothing
    separator: str = "\n\n"


def lay_out(article: Article, layout: Layout) -> str:
    """``article`` written piece by piece with ``layout``, pieces joined by its separator.

    A section with a heading puts it at level 2 and its sub-headings at level 3; a section
    without one (the descriptions) puts its sub-headings at level 2.
    """
    pieces = [layout.title(article.title)]
    for section in article.sections:
        opening = layout.section_open(section)
        if opening is not None:
            pieces.append(opening)
        sub = 3 if section.heading else 2
        if section.heading:
            pieces.append(layout.heading(section.heading, 2))
        for block in section.blocks:
            if isinstance(block, Heading):
                pieces.append(layout.heading(block.text, sub))
            elif isinstance(block, Paragraph):
                pieces.append(layout.paragraph(block))
            elif isinstance(block, Table):
                pieces.append(layout.table(block))
            elif isinstance(block, BulletList):
                pieces.append(layout.bullets(block))
        closing = layout.section_close(section)
        if closing is not None:
            pieces.append(closing)
    if article.source:
        pieces.append(layout.source(article.source))
    return layout.separator.join(pieces)
