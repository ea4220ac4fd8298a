"""Plain text: headings on their own lines, tables as aligned columns, lists with dashes."""

from __future__ import annotations

from careerprose.article import Article, Table
from careerprose.render.layout import Layout, lay_out

__all__ = ["render_text"]


def _table(table: Table) -> str:
    rows = [("", *table.header), *((row.label, row.a, row.b) for row in table.rows)]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


_LAYOUT = Layout(
    title=str,
    heading=lambda text, level: text,
    paragraph=lambda paragraph: paragraph.text,
    table=_table,
    bullets=lambda bullets: "\n".join(f"- {item.text}" for item in bullets.items),
    source=str,
)


def render_text(article: Article) -> str:
    """The article as plain text, blocks separated by blank lines."""
    return lay_out(article, _LAYOUT) + "\n"
