"""Plain text: headings on their own lines, tables as aligned columns, lists with dashes."""

from __future__ import annotations

from careerprose.article import Article, BulletList, Heading, Paragraph, Table

__all__ = ["render_text"]


def _table(table: Table) -> list[str]:
    rows = [("", *table.header), *((row.label, row.a, row.b) for row in table.rows)]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def render_text(article: Article) -> str:
    """The article as plain text, blocks separated by blank lines."""
    chunks: list[str] = [article.title]
    for section in article.sections:
        if section.heading:
            chunks.append(section.heading)
        for block in section.blocks:
            if isinstance(block, (Heading, Paragraph)):
                chunks.append(block.text)
            elif isinstance(block, Table):
                chunks.append("\n".join(_table(block)))
            elif isinstance(block, BulletList):
                chunks.append("\n".join(f"- {item.text}" for item in block.items))
    if article.source:
        chunks.append(article.source)
    return "\n\n".join(chunks) + "\n"
