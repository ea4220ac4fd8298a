"""HTML: an ``<article>`` fragment with semantic headings, paragraphs, tables and lists.

Every piece of text is escaped here, at the last step, so data from records can never inject
markup; the prose itself is produced as plain text.
"""

from __future__ import annotations

from markupsafe import escape

from careerprose.article import Article, BulletList, Heading, Paragraph, Table

__all__ = ["render_html"]


def _table(table: Table) -> list[str]:
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
    return lines


def render_html(article: Article) -> str:
    """The article as an HTML fragment (no ``<html>`` or ``<body>``), one element per line."""
    lines = ["<article>", f"<h1>{escape(article.title)}</h1>"]
    for section in article.sections:
        lines.append(f'<section class="{escape(section.name)}">')
        sub = "h3"
        if section.heading:
            lines.append(f"<h2>{escape(section.heading)}</h2>")
        else:
            sub = "h2"
        for block in section.blocks:
            if isinstance(block, Heading):
                lines.append(f"<{sub}>{escape(block.text)}</{sub}>")
            elif isinstance(block, Paragraph):
                lines.append(f"<p>{escape(block.text)}</p>")
            elif isinstance(block, Table):
                lines.extend(_table(block))
            elif isinstance(block, BulletList):
                lines.append("<ul>")
                lines.extend(f"<li>{escape(item.text)}</li>" for item in block.items)
                lines.append("</ul>")
        lines.append("</section>")
    if article.source:
        lines.append(f'<p class="source"><small>{escape(article.source)}</small></p>')
    lines.append("</article>")
    return "\n".join(lines) + "\n"
