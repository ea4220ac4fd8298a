"""Markdown: ATX headings, pipe tables and dash lists, with Markdown's active characters escaped."""

from __future__ import annotations

import functools
import re

from careerprose.article import Article, Table
from careerprose.render.layout import Layout, lay_out

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


_LAYOUT = Layout(
    title=lambda text: f"# {escape_markdown(text)}",
    heading=lambda text, level: f"{'#' * level} {escape_markdown(text)}",
    paragraph=lambda paragraph: escape_markdown(paragraph.text),
    table=_table,
    bullets=lambda bullets: "\n".join(f"- {escape_markdown(item.text)}" for item in bullets.items),
    source=lambda text: f"*{escape_markdown(text)}*",
)


def render_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` title, ``##`` sections, ``###`` sub-headings."""
    return lay_out(article, _LAYOUT) + "\n"
