"""Markdown: ATX headings, pipe tables and dash lists, with Markdown's active characters escaped."""

from __future__ import annotations

import functools
import re

from careerprose.article import Article, BulletList, Heading, Paragraph, Table

__all__ = ["escape_markdown", "render_markdown"]

_ESCAPES = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|#"})
_ACTIVE = re.compile(r"[\\`*_\[\]<>|#]")
_BULLET_START = re.compile(r"^([-+])(\s)")
_NUMBERED_START = re.compile(r"^(\d+)\.(\s)")


@functools.lru_cache(maxsize=65_536)  # titles, labels, duties and skills repeat across articles
def escape_markdown(text: str) -> str:
    """``text`` with Markdown's active characters backslash-escaped, so data prints literally.

    >>> escape_markdown("C++ | *Senior* <b>")
    'C++ \\\\| \\\\*Senior\\\\* \\\\<b\\\\>'
    >>> escape_markdown("- not a list item"), escape_markdown("12. not a numbered item")
    ('\\\\- not a list item', '12\\\\. not a numbered item')
    """
    escaped = text.translate(_ESCAPES) if _ACTIVE.search(text) else text
    if escaped[:1] in ("-", "+"):
        return _BULLET_START.sub(r"\\\1\2", escaped)
    if escaped[:1].isdigit():
        return _NUMBERED_START.sub(r"\1\\.\2", escaped)
    return escaped


def _table(table: Table) -> str:
    lines = [
        f"| | {escape_markdown(table.header[0])} | {escape_markdown(table.header[1])} |",
        "| --- | --- | --- |",
    ]
    lines.extend(
        f"| {escape_markdown(row.label)} | {escape_markdown(row.a)} | {escape_markdown(row.b)} |"
        for row in table.rows
    )
    return "\n".join(lines)


def render_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` title, ``##`` sections, ``###`` sub-headings."""
    chunks: list[str] = [f"# {escape_markdown(article.title)}"]
    for section in article.sections:
        sub = "###"
        if section.heading:
            chunks.append(f"## {escape_markdown(section.heading)}")
        else:
            sub = "##"
        for block in section.blocks:
            if isinstance(block, Heading):
                chunks.append(f"{sub} {escape_markdown(block.text)}")
            elif isinstance(block, Paragraph):
                chunks.append(escape_markdown(block.text))
            elif isinstance(block, Table):
                chunks.append(_table(block))
            elif isinstance(block, BulletList):
                chunks.append("\n".join(f"- {escape_markdown(item.text)}" for item in block.items))
    if article.source:
        chunks.append(f"*{escape_markdown(article.source)}*")
    return "\n\n".join(chunks) + "\n"
