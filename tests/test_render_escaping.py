"""Data renders as the text it is: Markdown checked with a real CommonMark/GFM parser, HTML parsed.

Issue 8.23: ``1) hello`` became a list, ``~~x~~`` strikethrough, ``&lt;b&gt;`` showed as ``<b>``
and ``www.example.com`` was autolinked. Every piece of text an article holds (title, headings,
paragraphs, table cells, list items, source line) is rendered, parsed back, and compared with
the input, for fixed hostile cases and for hypothesis-generated text.
"""

from __future__ import annotations

import html.parser
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerprose.article import (
    Article,
    BulletList,
    Heading,
    Paragraph,
    Section,
    Sentence,
    Table,
    TableRow,
)
from careerprose.records.values import normalise_text, text_problem
from careerprose.render import render
from careerprose.render.markdown import _DOMAIN_DOT, _SCHEME_COLON, escape_markdown

markdown_it = pytest.importorskip("markdown_it")

PARSERS = {
    "commonmark": markdown_it.MarkdownIt("commonmark"),
    "gfm": markdown_it.MarkdownIt("gfm-like"),  # tables, strikethrough, linkify autolinks
}
# Inline tokens that carry only text; anything else (links, emphasis, code, HTML) is syntax.
TEXT_TOKENS = {"text", "text_special"}

HOSTILE = [
    "1) hello",
    "1. hello",
    "~~x~~",
    "~x~",
    "&lt;b&gt;",
    "&#35; &amp;",
    "www.example.com",
    "see example.com and ASP.NET",
    "http://x.org and mailto:a@b.co",
    "ops@example.com",
    "<b>bold</b> <!-- c -->",
    "*a* _b_ **c** __d__",
    "`code` ``x``",
    "[link](http://x) ![img](y)",
    "| a | b |",
    "# heading",
    "- item",
    "+ item",
    "---",
    "===",
    "> quote",
    "\\ backslash \\*",
    "a  b",
    "C++ / C# / F#",
    "Node.js, $27.69 and 3.5%",
]


def _article(text: str) -> Article:
    sentence = Sentence(text)
    blocks = (
        Heading(text),
        Paragraph((sentence,)),
        Table((text, text), (TableRow(text, text, text),)),
        BulletList((sentence, sentence)),
    )
    return Article(text, (Section("overview", text, blocks),), source=text)


def _inline_texts(tokens: list[Any], skip: tuple[int, ...] = ()) -> list[str]:
    """The text of every inline run but those at ``skip``; fails on any non-text token."""
    texts = []
    inline = [token for token in tokens if token.type == "inline"]
    for position, token in enumerate(inline):
        if position in skip:
            continue
        children = list(token.children or ())
        if position == len(inline) - 1:  # the source line is ours: *source*
            assert [children[0].type, children[-1].type] == ["em_open", "em_close"]
            children = children[1:-1]
        kinds = {child.type for child in children}
        assert kinds <= TEXT_TOKENS, f"{kinds - TEXT_TOKENS} in {token.content!r}"
        texts.append("".join(child.content for child in children))
    return texts


def _commonmark_texts(text: str) -> list[str]:
    """Under plain CommonMark the table is a paragraph of pipes (skipped); the rest is text."""
    tokens = PARSERS["commonmark"].parse(render(_article(text), "markdown"))
    return _inline_texts(tokens, skip=(4,))


def _gfm_texts(text: str) -> list[str]:
    tokens = PARSERS["gfm"].parse(render(_article(text), "markdown"))
    blocks = [token.type for token in tokens if token.type.endswith("_open")]
    assert blocks == [
        "heading_open", "heading_open", "heading_open", "paragraph_open",
        "table_open", "thead_open", "tr_open", "th_open", "th_open", "th_open",
        "tbody_open", "tr_open", "td_open", "td_open", "td_open",
        "bullet_list_open", "list_item_open", "paragraph_open", "list_item_open",
        "paragraph_open", "paragraph_open",
    ]  # fmt: skip
    return _inline_texts(tokens)


#: title, section heading, sub-heading, paragraph, 3 header cells (the first is empty),
#: 3 row cells, 2 list items and the source line.
GFM_TEXTS = 12


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_itself_under_gfm(text: str) -> None:
    assert [t for t in _gfm_texts(text) if t] == [text] * GFM_TEXTS


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_itself_under_commonmark(text: str) -> None:
    assert _commonmark_texts(text) == [text] * 7


def _data_text() -> st.SearchStrategy[str]:
    """Text as it can reach an article: loaded (white space folded) and accepted by loading."""
    alphabet = st.one_of(
        st.sampled_from(list("\\`*_[]<>|#~&@!()-+=.:;/'\"0123456789 wWcom")),
        st.characters(codec="utf-8"),
    )
    return (
        st.text(alphabet, min_size=1, max_size=40)
        .map(normalise_text)
        .filter(lambda text: bool(text) and text_problem(text) is None)
    )


@settings(max_examples=300, deadline=None)
@given(_data_text())
def test_any_data_text_renders_as_itself_under_gfm(text: str) -> None:
    assert [t for t in _gfm_texts(text) if t] == [text] * GFM_TEXTS


@settings(max_examples=300, deadline=None)
@given(_data_text())
def test_any_data_text_renders_as_itself_under_commonmark(text: str) -> None:
    assert _commonmark_texts(text) == [text] * 7


class _TextCollector(html.parser.HTMLParser):
    """The text of each element that holds text, and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append(data)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(HOSTILE), _data_text()))
def test_any_data_text_renders_as_itself_in_html(text: str) -> None:
    collector = _TextCollector()
    collector.feed(render(_article(text), "html"))
    collector.close()
    assert collector.texts == [text] * 12
    assert collector.tags == [
        "article", "h1", "section", "h2", "h3", "p", "table", "thead", "tr", "td", "th", "th",
        "tbody", "tr", "th", "td", "td", "ul", "li", "li", "p", "small",
    ]  # fmt: skip


# The escaping patterns are written for speed (literal first, look-behind after); these are the
# plain readings they must agree with, character for character.
_PLAIN_DOMAIN_DOT = re.compile(r"(?<=[^\W_])\.(?=[^\W\d_])")
_PLAIN_SCHEME_COLON = re.compile(r":(?=/)|(?<=mailto):", re.IGNORECASE)
_DOTS_AND_COLONS = st.text(alphabet="aZ_9é.:/ mailtoMAILTO-", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_DOTS_AND_COLONS, st.text(max_size=40)))
def test_fast_autolink_patterns_match_their_plain_readings(text: str) -> None:
    assert _DOMAIN_DOT.sub("|", text) == _PLAIN_DOMAIN_DOT.sub("|", text)
    assert _SCHEME_COLON.sub("|", text) == _PLAIN_SCHEME_COLON.sub("|", text)


def test_paragraphs_are_escaped_without_filling_the_escape_cache() -> None:
    """A paragraph's text is new in every article: cached, 65,536 of them crowded out the
    titles and items that repeat and held ~60 MB in each batch worker."""
    article = Article(
        title="Nurse vs clerk",
        sections=(Section("overview", "Overview", (Paragraph((Sentence("Same text."),)),)),),
    )
    render(article, "markdown")
    before = escape_markdown.cache_info().currsize
    for number in range(50):
        text = f"Nurses earn *{number}* more than clerks (www.example.com)."
        unique = Article(
            title=article.title,
            sections=(Section("overview", "Overview", (Paragraph((Sentence(text),)),)),),
        )
        assert f"Nurses earn \\*{number}\\* more than clerks (www\\.example\\.com)." in render(
            unique, "markdown"
        )
    assert escape_markdown.cache_info().currsize == before
