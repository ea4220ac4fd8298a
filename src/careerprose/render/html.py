"""HTML: an ``<article>`` fragment with semantic headings, paragraphs, tables and lists.

Every piece of text is escaped here, at the last step, so data from records can never inject
markup; the prose itself is produced as plain text.
"""

from __future__ import annotations

from markupsafe import escape

from careerprose.article import Article, BulletList, Table
from careerprose.render.layout import Layout, lay_out

__all__ = ["render_html"]


def _table(table: Table) -> str:
    lines = [
        "<table>",
        "<thead>",
        f'<tr><td></td><th scope="col">{escape(table.header[0])}</th>'
        f'<th scope="col">{escape(table.header[1])}</th></tr>',
        "</thead>",
        "<tbody>",
    ]
    lines.extend(
        f'<tr><th scope="row">{escape(row.label)}</th><td>{escape(row.a)}</td>'
        f"<td>{escape(row.b)}</td></tr>"
        for row in table.rows
    )
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def _bullets(bullets: BulletList) -> str:
    items = "\n".join(f"<li>{escape(item.text)}</li>" for item in bullets.items)
    return f"<ul>\n{items}\n</ul>"


_LAYOUT = Layout(
    title=lambda text: f"<article>\n<h1>{escape(text)}</h1>",
    heading=lambda text, level: f"<h{level}>{escape(text)}</h{level}>",
    paragraph=lambda paragraph: f"<p>{escape(paragraph.text)}</p>",
    table=_table,
    bullets=_bullets,
    source=lambda text: f'<p class="source"><small>{escape(text)}</small></p>',
    section_open=lambda section: f'<section class="{escape(section.name)}">',
    section_close=lambda section: "</section>",
    separator="\n",
)


def render_html(article: Article) -> str:
    """The article as an HTML fragment (no ``<html>`` or ``<body>``), one element per line."""
    return lay_out(article, _LAYOUT) + "\n</article>\n"
