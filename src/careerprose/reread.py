"""Reading Markdown and HTML articles back: front matter, and the blocks of the body.

``careerprose verify`` re-checks pages written earlier, perhaps edited by hand since. This
module recovers what such a page says, as careerprose lays it out (see
:mod:`careerprose.render`): the front matter's fields, then the body as a list of
:class:`Piece` (title, headings, paragraphs, tables, lists and the source line), with
Markdown's escapes and HTML's character references undone. Which facts each piece states is
not in the page: :mod:`careerprose.realign` attaches them.

Front matter is read as careerprose writes it (YAML, TOML or JSON whose values are JSON
scalars), plus hand edits that keep that shape (an unquoted YAML string); nothing in it is
evaluated.

Example:
    >>> meta, body = split_front_matter('---\\ntitle: "A vs B"\\n---\\n\\n# A vs B\\n')
    >>> meta["title"], [piece.kind for piece in read_markdown(body)]
    ('A vs B', ['title'])
"""

from __future__ import annotations

import html.parser
import json
import re
from typing import Any

import attrs

__all__ = ["Piece", "read_html", "read_markdown", "split_front_matter"]


@attrs.frozen
class Piece:
    """One block of a page: ``kind`` is "title", "heading", "paragraph", "table", "list" or
    "source"; ``text`` the text of a title, heading, paragraph or source line; ``level`` a
    heading's level; ``rows`` a table's rows (the header first, its first cell empty) or a
    list's items (one cell each); ``section`` the HTML section the piece is in."""

    kind: str
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    section: str | None = None
    link: bool = False  # a list of links (related comparisons), not the article's own


# Front matter ---------------------------------------------------------------------------------

_YAML_ITEM = re.compile(r"^(\s*)(- )?([A-Za-z_][\w-]*):\s*(.*)$")
_TOML_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*=\s*(.*)$")
_TOML_TABLE = re.compile(r"^\[\[([A-Za-z_][\w-]*)\]\]$")


def _scalar(text: str) -> Any:
    """A value as careerprose writes it (JSON syntax), or the text itself, unquoted."""
    text = text.strip()
    try:
        return json.loads(text)
    except ValueError:
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
            return text[1:-1]
        return text


def _yaml(lines: list[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    current: dict[str, Any] | None = None  # the list item being read
    for line in lines:
        match = _YAML_ITEM.match(line)
        if match is None:
            continue
        indent, dash, key, value = match.groups()
        if not indent and not dash:
            current = None
            meta[key] = _scalar(value) if value else []
        elif dash:
            parent = next(reversed(meta), None)
            if parent is not None and isinstance(meta[parent], list):
                current = {}
                meta[parent].append(current)
        if (indent or dash) and current is not None:
            current[key] = _scalar(value)
    return meta


def _toml(lines: list[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    current: dict[str, Any] = meta
    for line in lines:
        table = _TOML_TABLE.match(line.strip())
        if table is not None:
            current = {}
            meta.setdefault(table.group(1), []).append(current)
            continue
        match = _TOML_LINE.match(line.strip())
        if match is not None:
            current[match.group(1)] = _scalar(match.group(2))
    return meta


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """The page's front matter fields (``None`` when it has none) and the body after it."""
    for fence, parse in (("---", _yaml), ("+++", _toml)):
        if text.startswith(fence + "\n"):
            end = text.find("\n" + fence + "\n", len(fence))
            if end != -1:
                lines = text[len(fence) + 1 : end].split("\n")
                return parse(lines), text[end + len(fence) + 2 :].lstrip("\n")
    if text.startswith("{"):
        try:
            meta, end = json.JSONDecoder().raw_decode(text)
        except ValueError:
            return None, text
        if isinstance(meta, dict):
            return meta, text[end:].lstrip("\n")
    return None, text


# Markdown -------------------------------------------------------------------------------------

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_LINK_ITEM = re.compile(r"^\[(.*)\]\([^)]*\)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SEPARATOR_ROW = re.compile(r"^\|?\s*:?-{3,}")


#: Inline markup a hand edit may add: emphasis, code spans and links (their text is kept).
_INLINE_LINK = re.compile(r"(?<!\\)\[((?:[^\]\\]|\\.)*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\\)(?:\*{1,3}|`)")


def _unescape(text: str) -> str:
    """The text Markdown shows: escapes undone, emphasis marks and link targets dropped."""
    plain = _EMPHASIS.sub("", _INLINE_LINK.sub(r"\1", text))
    return _ESCAPED.sub(r"\1", plain)


def _table_row(line: str) -> tuple[str, ...]:
    cells = _CELL_BAR.split(line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return tuple(_unescape(cell.strip()) for cell in cells)


def _markdown_block(lines: list[str]) -> Piece:
    first = lines[0]
    heading = _HEADING.match(first)
    if heading is not None and len(lines) == 1:
        level = len(heading.group(1))
        kind = "title" if level == 1 else "heading"
        return Piece(kind, _unescape(heading.group(2)), level)
    if all(line.lstrip().startswith("|") for line in lines):
        rows = [line for line in lines if not _SEPARATOR_ROW.match(line.strip())]
        return Piece("table", rows=tuple(_table_row(line) for line in rows))
    if all(line.startswith(("- ", "* ", "+ ")) for line in lines):
        items = [line[2:].strip() for line in lines]
        links = [_LINK_ITEM.match(item) for item in items]
        if all(links):
            texts = [_unescape(link.group(1)) for link in links if link is not None]
            return Piece("list", rows=tuple((text,) for text in texts), link=True)
        return Piece("list", rows=tuple((_unescape(item),) for item in items))
    joined = " ".join(line.strip() for line in lines)
    if len(joined) > 2 and joined[0] == joined[-1] == "*" and joined[1] != "*":
        return Piece("source", _unescape(joined[1:-1]))
    return Piece("paragraph", _unescape(joined))


def read_markdown(body: str) -> list[Piece]:
    """The pieces of a Markdown article body (blocks are separated by blank lines)."""
    pieces = []
    block: list[str] = []
    for line in [*body.splitlines(), ""]:
        if line.strip():
            heading = _HEADING.match(line)
            if heading is not None and block:  # a heading always stands alone
                pieces.append(_markdown_block(block))
                block = []
            block.append(line.rstrip())
            if heading is not None:
                pieces.append(_markdown_block(block))
                block = []
        elif block:
            pieces.append(_markdown_block(block))
            block = []
    return pieces


# HTML -----------------------------------------------------------------------------------------

_BLOCK_TAGS = {"h1", "h2", "h3", "h4", "p", "li", "th", "td"}


class _HtmlReader(html.parser.HTMLParser):
    """Collects the pieces of an article fragment as :mod:`careerprose.render.html` writes it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self._section: str | None = None
        self._text: list[str] | None = None
        self._tag = ""
        self._source = False
        self._link = False
        self._rows: list[tuple[str, ...]] = []
        self._row: list[str] = []
        self._items: list[tuple[str, ...]] = []
        self._links = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section":
            self._section = found.get("class")
        elif tag == "table":
            self._rows = []
        elif tag == "tr":
            self._row = []
        elif tag == "ul":
            self._items, self._links = [], False
        elif tag == "a":
            self._link = True
        elif tag in _BLOCK_TAGS:
            self._text, self._tag = [], tag
            self._source = tag == "p" and "source" in (found.get("class") or "").split()
            self._link = False

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._section = None
        elif tag == "tr":
            self._rows.append(tuple(self._row))
        elif tag == "table":
            self.pieces.append(Piece("table", rows=tuple(self._rows), section=self._section))
        elif tag == "ul":
            piece = Piece("list", rows=tuple(self._items), section=self._section, link=self._links)
            self.pieces.append(piece)
        elif tag == self._tag and self._text is not None:
            self._finish(tag, " ".join("".join(self._text).split()))

    def _finish(self, tag: str, text: str) -> None:
        self._text = None
        if tag in ("th", "td"):
            self._row.append(text)
        elif tag == "li":
            self._items.append((text,))
            self._links = self._links or self._link
        elif tag == "p":
            kind = "source" if self._source else "paragraph"
            self.pieces.append(Piece(kind, text, section=self._section))
        else:
            level = int(tag[1])
            kind = "title" if level == 1 else "heading"
            self.pieces.append(Piece(kind, text, level, section=self._section))


def read_html(body: str) -> list[Piece]:
    """The pieces of an HTML article fragment; a table's header row comes first, its first
    cell empty (careerprose writes an empty ``<td>`` there)."""
    reader = _HtmlReader()
    reader.feed(body)
    reader.close()
    return reader.pieces
