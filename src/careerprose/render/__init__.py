"""Rendering an :class:`~careerprose.article.Article` to text, Markdown, HTML or JSON."""

from __future__ import annotations

from collections.abc import Callable

from careerprose.article import Article
from careerprose.errors import StyleError
from careerprose.render import html, json, markdown, text

__all__ = ["FORMATS", "render"]

#: Output formats by name.
FORMATS: dict[str, Callable[[Article], str]] = {
    "text": text.render_text,
    "markdown": markdown.render_markdown,
    "html": html.render_html,
    "json": json.render_json,
}


def render(article: Article, format: str = "text") -> str:
    """``article`` in ``format``: one of text, markdown, html, json."""
    try:
        renderer = FORMATS[format]
    except KeyError:
        msg = f"unknown output format {format!r}; expected one of {', '.join(FORMATS)}"
        raise StyleError(msg) from None
    return renderer(article)
