"""Attaching facts to a page read back: which sentence of the page states which facts.

A Markdown or HTML page holds text only. To check it against the records,
:func:`realign` lines its pieces (:mod:`careerprose.reread`) up with the article careerprose
writes from those records now, with the same options, and gives each sentence, table row
and list item of the page the facts of its counterpart. Unedited text matches exactly; an
edited sentence takes the facts of the sentence it replaced (in order, or the most alike);
a sentence added by hand states no facts, so any figure in it is reported as unlicensed.
Lists of links (related comparisons) are not the article's own and are left out.

The result is an :class:`~careerprose.article.Article` that :func:`careerprose.check_article`
judges like any other, plus, for each edited sentence, the text careerprose would write.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence

import attrs

from careerprose.article import (
    Article,
    Block,
    BulletList,
    Heading,
    Paragraph,
    Section,
    Sentence,
    Table,
    TableRow,
)
from careerprose.reread import Piece
from careerprose.verify import numbers_in

__all__ = ["Realigned", "realign", "split_sentences"]

#: The kind given to a sentence careerprose did not write.
ADDED = "added by hand"
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9$])")


@attrs.frozen
class Realigned:
    """The page as an article with facts, and what careerprose writes for edited sentences
    (page text → expected text)."""

    article: Article
    expected: dict[str, str]


@attrs.frozen
class _Slot:
    """One block of the expected article, with the section it belongs to."""

    section: int
    block: Block | None  # None: the section's own heading
    key: tuple[str, str]


def split_sentences(text: str, known: Sequence[str] = ()) -> list[str]:
    """``text`` cut into sentences: ``known`` sentences found in it as they are, the rest at
    a full stop, question or exclamation mark followed by a capital or a figure.

    >>> split_sentences("Nurses earn more. Clerks earn $5 less. Both work days.",
    ...                 ["Clerks earn $5 less."])
    ['Nurses earn more.', 'Clerks earn $5 less.', 'Both work days.']
    """
    found: list[str] = []
    rest = text
    for sentence in known:
        at = rest.find(sentence)
        if at == -1:
            continue
        found += _split_plain(rest[:at])
        found.append(sentence)
        rest = rest[at + len(sentence) :]
    return found + _split_plain(rest)


def _split_plain(text: str) -> list[str]:
    return [part.strip() for part in _BOUNDARY.split(text) if part.strip()]


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _pairs(
    written: Sequence[str],
    expected: Sequence[str],
    figures: Sequence[frozenset[float]] | None = None,
) -> Iterator[tuple[int, int | None]]:
    """(index in ``written``, index in ``expected`` or None) for every written text.

    Unchanged texts pair up in order; an edited one pairs with the expected text among those
    it replaced that licenses most of its figures (``figures``: each expected text's), then
    the one most alike in wording.
    """
    matcher = difflib.SequenceMatcher(None, list(written), list(expected), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1 == 1):
            yield from zip(range(i1, i2), range(j1, j2), strict=True)
        elif tag == "replace":
            for i in range(i1, i2):
                shown = numbers_in(written[i])

                def score(j: int, shown: set[float] = shown, i: int = i) -> tuple[int, float]:
                    licensed = len(shown & figures[j]) if figures is not None else 0
                    return licensed, _similarity(written[i], expected[j])

                yield i, max(range(j1, j2), key=score)
        elif tag == "insert":
            continue
        else:  # delete: written by hand, nothing to pair with
            yield from ((i, None) for i in range(i1, i2))


def _sentences(
    written: Sequence[str], expected: Sequence[Sentence], edits: dict[str, str]
) -> tuple[Sentence, ...]:
    texts = [sentence.text for sentence in expected]
    figures = [
        frozenset(n for fact in s.facts for text in fact.texts() for n in numbers_in(text))
        for s in expected
    ]
    result = []
    for i, j in _pairs(written, texts, figures):
        if j is None:
            result.append(Sentence(written[i], (), ADDED))
            continue
        counterpart = expected[j]
        if written[i] != counterpart.text:
            edits[written[i]] = counterpart.text
        result.append(Sentence(written[i], counterpart.facts, counterpart.kind))
    return tuple(result)


def _key(piece_kind: str, text: str = "") -> tuple[str, str]:
    return (piece_kind, " ".join(text.casefold().split()) if piece_kind == "heading" else "")


def _slots(article: Article) -> list[_Slot]:
    slots = []
    for index, section in enumerate(article.sections):
        if section.heading:
            slots.append(_Slot(index, None, _key("heading", section.heading)))
        for block in section.blocks:
            if isinstance(block, Heading):
                slots.append(_Slot(index, block, _key("heading", block.text)))
            elif isinstance(block, Paragraph):
                slots.append(_Slot(index, block, _key("paragraph")))
            elif isinstance(block, Table):
                slots.append(_Slot(index, block, _key("table")))
            else:
                slots.append(_Slot(index, block, _key("list")))
    return slots


def _table(piece: Piece, expected: Table) -> Table:
    rows = [row for row in piece.rows if len(row) >= 3]
    if not rows:
        return Table(expected.header, ())
    header = (rows[0][1], rows[0][2])
    facts = {row.label: row.fact for row in expected.rows}
    labels = [row.label for row in expected.rows]
    written = rows[1:]
    table_rows = []
    for i, j in _pairs([row[0] for row in written], labels):
        label, a, b = written[i][:3]
        fact = facts.get(label) if j is None else expected.rows[j].fact
        table_rows.append(TableRow(label, a, b, fact))
    return Table(header, tuple(table_rows))


def _block(piece: Piece, expected: Block | None, edits: dict[str, str]) -> Block | None:
    if isinstance(expected, Heading):
        return Heading(piece.text)
    if isinstance(expected, Table):
        return _table(piece, expected)
    if isinstance(expected, BulletList):
        items = [row[0] for row in piece.rows if row]
        return BulletList(_sentences(items, expected.items, edits), expected.prose)
    if isinstance(expected, Paragraph):
        if piece.text == expected.text:
            return expected
        written = split_sentences(piece.text, [s.text for s in expected.sentences])
        return Paragraph(_sentences(written, expected.sentences, edits))
    if piece.kind == "paragraph":  # added by hand
        return Paragraph(_sentences(split_sentences(piece.text), (), edits))
    return None


def realign(pieces: Sequence[Piece], expected: Article) -> Realigned:
    """The page made of ``pieces`` as an article with the facts of ``expected``."""
    body = [piece for piece in pieces if piece.kind not in ("title", "source") and not piece.link]
    slots = _slots(expected)
    matcher = difflib.SequenceMatcher(
        None, [slot.key for slot in slots], [_key(p.kind, p.text) for p in body], autojunk=False
    )
    paired: dict[int, _Slot] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            paired.update(zip(range(j1, j2), slots[i1:i2], strict=True))
        elif tag == "replace":
            free = list(slots[i1:i2])
            for j in range(j1, j2):
                same = next((s for s in free if s.key[0] == body[j].kind), None)
                if same is not None:
                    free.remove(same)
                    paired[j] = same
    edits: dict[str, str] = {}
    headings: dict[int, str] = {}
    blocks: dict[int, list[Block]] = {index: [] for index in range(len(expected.sections))}
    section = 0
    for j, piece in enumerate(body):
        slot = paired.get(j)
        if slot is not None:
            section = slot.section
            if slot.block is None:
                headings[section] = piece.text
                continue
        block = _block(piece, None if slot is None else slot.block, edits)
        if block is not None and blocks:
            blocks[section].append(block)
    sections = tuple(
        Section(original.name, headings.get(index), tuple(blocks[index]))
        for index, original in enumerate(expected.sections)
        if blocks[index] or index in headings
    )
    title = next((p.text for p in pieces if p.kind == "title"), expected.title)
    source = next((p.text for p in pieces if p.kind == "source"), None)
    return Realigned(Article(title, sections, source), edits)
