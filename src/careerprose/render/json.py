"""JSON: the article's structure with every sentence's facts, for auditing and re-use."""

from __future__ import annotations

import json as _json
from typing import Any

from careerprose.article import Article, Block, BulletList, Heading, Paragraph, Sentence, Table

__all__ = ["article_to_dict", "render_json"]


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "kind": sentence.kind,
        "facts": [fact.to_dict() for fact in sentence.facts],
    }


def _block(block: Block) -> dict[str, Any]:
    if isinstance(block, Heading):
        return {"type": "heading", "text": block.text}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "sentences": [_sentence(s) for s in block.sentences]}
    if isinstance(block, Table):
        return {
            "type": "table",
            "header": list(block.header),
            "rows": [
                {
                    "label": row.label,
                    "a": row.a,
                    "b": row.b,
                    **({"fact": row.fact.to_dict()} if row.fact else {}),
                }
                for row in block.rows
            ],
        }
    if isinstance(block, BulletList):
        return {"type": "list", "items": [_sentence(s) for s in block.items]}
    raise TypeError(block)  # pragma: no cover - Block is a closed union


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as plain dicts and lists."""
    return {
        "title": article.title,
        "sections": [
            {
                "name": section.name,
                "heading": section.heading,
                "blocks": [_block(block) for block in section.blocks],
            }
            for section in article.sections
        ],
        "source": article.source,
    }


def render_json(article: Article) -> str:
    """The article as indented JSON text (UTF-8, not ASCII-escaped)."""
    return _json.dumps(article_to_dict(article), indent=2, ensure_ascii=False) + "\n"
