"""Markdown: ATX headings, pipe tables and dash lists, with Markdown's active characters escaped."""

from __future__ import annotations

import functools
import re

from careerprose.article import Article, Table
from careerprose.render.layout import Layout, lay_out

__all__ = ["escape_markdown", "render_markdown"]

#: Characters CommonMark or GFM may read as syntax anywhere in a line: emphasis, code spans,
#: links, HTML, table pipes, headings, strikethrough and e-mail autolinks.
#: The backslash comes first: escaping it after the others would double their escapes.
_ANYWHERE = "\\`*_[]<>|#~@"
#: An ampersand that starts an entity or character reference ("&lt;", "&#35;").
_ENTITY = re.compile(r"&(?=#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
#: A dot between a letter or digit and a letter: what autolinkers read as a domain
#: ("www.example.com", "example.com" for linkify); numbers such as "27.69" are left alone.
#: Both patterns start with their literal character and look behind only from there, so the
#: search jumps from dot to dot (a leading look-behind is tried at every position: 5x slower
#: on a paragraph, where this was the renderer's largest cost).
_DOMAIN_DOT = re.compile(r"\.(?<=[^\W_]\.)(?=[^\W\d_])")
#: The colon of a URL scheme ("http://", "mailto:").
_SCHEME_COLON = re.compile(r":(?:(?=/)|(?<=mailto:))", re.IGNORECASE)
#: An ordered list marker at the start of a line ("1." or "1)").
_ORDERED = re.compile(r"(\d{1,9})(?=[.)](\s|$))")


def _escape_active(text: str) -> str:
    """A backslash before each character of :data:`_ANYWHERE` in ``text``.

    One ``str.replace`` per character present: ``str.translate`` with a table of strings
    looks every character of the text up in a dictionary, about 40 times slower on a
    paragraph naming "O*NET".
    """
    for char in _ANYWHERE:
        if char in text:
            text = text.replace(char, "\\" + char)
    return text


def _escape_inline(text: str) -> str:
    """``text`` with everything escaped that inline parsing (CommonMark and GFM) would act on.

    Each pattern is searched for before it is substituted: a substitution with a template
    costs four times a search, and most paragraphs hold no entity, domain or URL scheme.
    """
    escaped = _escape_active(text)
    if "&" in escaped and _ENTITY.search(escaped):
        escaped = _ENTITY.sub(r"\\&", escaped)
    if "." in escaped and _DOMAIN_DOT.search(escaped):
        escaped = _DOMAIN_DOT.sub(r"\\.", escaped)
    if ":" in escaped and _SCHEME_COLON.search(escaped):
        escaped = _SCHEME_COLON.sub(r"\\:", escaped)
    return escaped


def _escape_line_start(text: str) -> str:
    """Escape a start that would open a block: a list item, thematic break or heading underline."""
    first = text[:1]
    if first in ("-", "+") and text[1:2] in ("", " "):
        return "\\" + text
    if first in ("-", "=") and not text.strip("-= "):
        return "\\" + text
    ordered = _ORDERED.match(text)
    if ordered:
        return f"{ordered[1]}\\{text[len(ordered[1]) :]}"
    return text


@functools.lru_cache(maxsize=65_536)  # titles, labels, duties and skills repeat across articles
def escape_markdown(text: str) -> str:
    r"""``text`` escaped so that CommonMark and GFM render it as the text it is, at a line start.

    Every character that could start emphasis, a code span, a link, HTML, strikethrough or a
    table cell is backslash-escaped, and so is an ``&`` that starts an entity reference, the
    dots and colons that would turn a domain, URL or e-mail address into an autolink, and a
    line start that would open a list, a thematic break or a heading underline.

    >>> escape_markdown("C++ | *Senior* <b>")
    'C++ \\| \\*Senior\\* \\<b\\>'
    >>> escape_markdown("1) hello"), escape_markdown("- not a list item")
    ('1\\) hello', '\\- not a list item')
    >>> escape_markdown("~~x~~ &lt; www.example.com")
    '\\~\\~x\\~\\~ \\&lt; www\\.example\\.com'
    >>> escape_markdown("-8% at $27.69, Kent Daniels & Associates")
    '-8% at $27.69, Kent Daniels & Associates'
    """
    return _escape_line_start(_escape_inline(text))


def _escape_paragraph(text: str) -> str:
    """:func:`escape_markdown` without its cache: a paragraph's text is new in every article,
    so caching it would only crowd out the texts that repeat (and hold ~60 MB of them)."""
    return _escape_line_start(_escape_inline(text))


@functools.lru_cache(maxsize=65_536)
def _cell(text: str) -> str:
    """A table cell: inline escaping only (a cell never opens a block)."""
    return _escape_inline(text)


def _table(table: Table) -> str:
    lines = [
        f"| | {_cell(table.header[0])} | {_cell(table.header[1])} |",
        "| --- | --- | --- |",
    ]
    lines.extend(f"| {_cell(row.label)} | {_cell(row.a)} | {_cell(row.b)} |" for row in table.rows)
    return "\n".join(lines)


_LAYOUT = Layout(
    title=lambda text: f"# {escape_markdown(text)}",
    heading=lambda text, level: f"{'#' * level} {escape_markdown(text)}",
    paragraph=lambda paragraph: _escape_paragraph(paragraph.text),
    table=_table,
    bullets=lambda bullets: "\n".join(f"- {escape_markdown(item.text)}" for item in bullets.items),
    source=lambda text: f"*{_escape_inline(text)}*",
)


def render_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` title, ``##`` sections, ``###`` sub-headings."""
    return lay_out(article, _LAYOUT) + "\n"
