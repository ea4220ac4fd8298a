"""The prose of an article in each output format, for tests that read articles as a reader."""

from __future__ import annotations

import json
import re

import careerprose

FORMATS = ["text", "markdown", "html", "json"]


def _texts(node: object) -> list[str]:
    """The prose of a JSON article: every "text", "heading", title and source line (not the
    facts' record values)."""
    if isinstance(node, dict):
        found = [
            v
            for k, v in node.items()
            if k in ("text", "heading", "title", "source") and isinstance(v, str)
        ]
        return found + [t for k, v in node.items() if k != "facts" for t in _texts(v)]
    if isinstance(node, list):
        return [t for item in node for t in _texts(item)]
    return []


def prose(article: careerprose.Article, fmt: str) -> str:
    """What a reader sees of ``article`` rendered as ``fmt``: HTML tags and JSON keys removed."""
    text = article.render(fmt)
    if fmt == "html":
        text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&#39;", "'")
    if fmt == "json":
        text = "\n".join(_texts(json.loads(text)))
    return text
