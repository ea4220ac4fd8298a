"""Realisation: turning section plans into an :class:`~careerprose.article.Article`.

For each planned message the composer picks a phrasing variant (deterministically, from a
CRC-32 sequence seeded by the seed, the pair and the section: no global randomness, and the
same on every platform and Python version), fills in referring
expressions (the full title at first mention in a section, a shorter form after), renders the
template macro and tidies the sentence (one space, a capital, a full stop). Two consecutive
sentences never open with the same word when another variant avoids it.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

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
from careerprose.english.determiners import with_article
from careerprose.errors import TemplateError
from careerprose.plan import (
    ListPlan,
    Message,
    ParagraphPlan,
    SectionPlan,
    TablePlan,
    TextPlan,
)
from careerprose.profile import Names
from careerprose.sections import PLANNERS, SIDES, Pair
from careerprose.templating import Templates

__all__ = ["Composer", "finish_heading", "finish_sentence", "mentions"]

_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DOUBLE_STOP = re.compile(r"([.!?])\.(?!\.)")


_GAP = re.compile(r" [,.;:!?]")  # a literal first character makes this search cheap


def _fold_spaces(text: str) -> str:
    """White space folded to single spaces (skipped for the common one-line, tidy case)."""
    if "\n" in text or "  " in text or text[:1].isspace() or text[-1:].isspace():
        return " ".join(text.split())
    return text


def finish_sentence(text: str) -> str:
    """Tidy rendered prose: single spaces, no space before punctuation, a capital, a stop."""
    text = _fold_spaces(text)
    if _GAP.search(text):
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    if not text:
        return text
    if text[0].islower():
        text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += "."
    elif ".." in text or "?." in text or "!." in text:
        text = _DOUBLE_STOP.sub(r"\1", text)
    return text


def finish_heading(text: str) -> str:
    """Tidy a rendered heading: single spaces and a capital first letter."""
    text = _fold_spaces(text)
    if _GAP.search(text):
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return text[:1].upper() + text[1:]


def _opening(text: str) -> str:
    """The first word of a sentence, for telling openings apart ("The", "Among", ...)."""
    return text.split(" ", 1)[0].rstrip(",;:.!?").casefold()


def _full(names: Names) -> SimpleNamespace:
    forms = names.forms
    return SimpleNamespace(
        a=forms.a,
        the=f"the {forms.singular}",
        many=forms.plural,
        these=forms.plural,
        possessive=forms.possessive,
        many_possessive=forms.plural_possessive,
        noun=forms.singular,
        nouns=forms.plural,
        singular=forms.singular,
        plural=forms.plural,
        display=forms.display,
        display_plural=forms.display_plural,
        first=True,
    )


def _later(names: Names, *, shorten: bool) -> SimpleNamespace:
    later = SimpleNamespace(**vars(_full(names)))
    later.first = False
    head, heads = names.head, names.head_plural
    if shorten and head is not None and heads is not None:
        later.a = with_article(head)
        later.the = f"the {head}"
        later.many = heads
        later.these = f"these {heads}"
        later.possessive = f"the {head}'s"
        later.many_possessive = f"these {heads}'"
        later.noun = head
        later.nouns = heads
    return later


@functools.lru_cache(maxsize=16_384)
def _forms(names: Names, shorten: bool) -> tuple[SimpleNamespace, SimpleNamespace]:
    """First-mention and later forms of one title (cached: they depend on the title alone)."""
    return _full(names), _later(names, shorten=shorten)


def mentions(pair: Pair) -> dict[tuple[str, bool], SimpleNamespace]:
    """Referring expressions for both sides: ``(side, first mention?) → forms``.

    Short forms use the head noun ("the representative") only when the two titles' head nouns
    differ; otherwise a short form could mean either occupation, so the full title is kept.
    """
    names = {side: pair.profiles[side].names for side in SIDES}
    shorten = names["a"].head is None or names["a"].head != names["b"].head
    forms: dict[tuple[str, bool], SimpleNamespace] = {}
    for side in SIDES:
        forms[side, True], forms[side, False] = _forms(names[side], shorten)
    return forms


class _SectionWriter:
    """Renders one section's messages: variant choice, mentions and opening checks."""

    def __init__(
        self, templates: Templates, pair: Pair, forms: dict[tuple[str, bool], Any], name: str,
        key: str,
    ) -> None:  # fmt: skip
        self.templates = templates
        self.pair = pair
        self.forms = forms
        self.name = name
        self.state = zlib.crc32(f"{key}\x1f{name}".encode())
        self.mentioned: set[str] = set()

    def context(self, message: Message, *, track: bool = True) -> SimpleNamespace:
        """What the template sees as ``m``: the message's values, mentions and the style.

        Plain objects rather than dicts: Jinja reads attributes first, so this is its fast path.
        """
        mentioned = self.mentioned
        a = self.forms["a", "a" not in mentioned]
        b = self.forms["b", "b" not in mentioned]
        m = SimpleNamespace(a=a, b=b, style=self.pair.style)
        for key, value in message.data.items():
            setattr(m, key, SimpleNamespace(**value) if type(value) is dict else value)
        if message.subject == "a":
            m.x, m.y = a, b
        elif message.subject == "b":
            m.x, m.y = b, a
        if track:
            mentioned.update(message.sides)
        return m

    def variants(self, kind: str) -> tuple[Any, ...]:
        found = self.templates.variants(self.name, kind)
        if not found:
            msg = f"no macro phrases the message kind {kind!r} (define {kind} or {kind}_v1)"
            raise TemplateError(msg, f"{self.name}.jinja")
        return found

    def heading(self, message: Message) -> str:
        (macro, *_) = self.variants(message.kind)
        return finish_heading(
            self.templates.call(self.name, macro, self.context(message, track=False))
        )

    def sentence(self, message: Message, previous: str) -> Sentence | None:
        variants = self.variants(message.kind)
        self.state = zlib.crc32(message.kind.encode(), self.state)  # a stable, seeded sequence
        start = self.state % len(variants)
        context = self.context(message)
        chosen = ""
        for step in range(len(variants)):
            text = finish_sentence(
                self.templates.call(self.name, variants[(start + step) % len(variants)], context)
            )
            if step == 0:
                chosen = text
            if not previous or _opening(text) != previous:
                chosen = text
                break
        if not chosen:
            return None
        return Sentence(chosen, message.facts, message.kind)

    def paragraph(self, messages: Iterable[Message]) -> Paragraph | None:
        sentences: list[Sentence] = []
        previous = ""
        for message in messages:
            sentence = self.sentence(message, previous)
            if sentence is not None:
                sentences.append(sentence)
                previous = _opening(sentence.text)
        return Paragraph(tuple(sentences)) if sentences else None


class Composer:
    """Turns pairs into articles with one set of templates, a style and a seed."""

    def __init__(self, templates: Templates, seed: int | str = 0) -> None:
        self.templates = templates
        self.seed = seed

    def _labels(self) -> dict[str, str]:
        module = self.templates.module("labels")
        try:
            labels: dict[str, str] = module.labels
        except AttributeError as err:
            raise TemplateError("labels.jinja must define a 'labels' mapping") from err
        return labels

    def _table(self, plan: TablePlan, pair: Pair) -> Table:
        labels = self._labels()
        placeholder = pair.style.placeholder
        rows = []
        for key, a, b, fact in plan.rows:
            if key not in labels:
                raise TemplateError(
                    f"the 'labels' mapping has no label for {key!r}", "labels.jinja"
                )
            rows.append(TableRow(labels[key], a or placeholder, b or placeholder, fact))
        names = pair.profiles
        header = (names["a"].names.forms.display, names["b"].names.forms.display)
        return Table(header, tuple(rows))

    def _section(self, plan: SectionPlan, pair: Pair, forms: Any, key: str) -> Section | None:
        writer = _SectionWriter(self.templates, pair, forms, plan.name, key)
        heading = writer.heading(plan.heading) if plan.heading else None
        blocks: list[Block] = []
        for part in plan.parts:
            if isinstance(part, ParagraphPlan):
                paragraph = writer.paragraph(part.messages)
                if paragraph is not None:
                    blocks.append(paragraph)
            elif isinstance(part, TablePlan):
                blocks.append(self._table(part, pair))
            elif isinstance(part, TextPlan | ListPlan):
                if part.heading is not None:
                    blocks.append(Heading(writer.heading(part.heading)))
                if isinstance(part, TextPlan):
                    blocks.append(Paragraph(part.sentences))
                else:
                    blocks.append(BulletList(part.items, prose=part.prose))
        if not blocks:
            return None
        return Section(plan.name, heading, tuple(blocks))

    def article(self, pair: Pair) -> Article:
        """The whole article for ``pair`` under its style."""
        forms = mentions(pair)
        a, b = pair.a, pair.b
        key = "\x1f".join((str(self.seed), a.title, a.code or "", b.title, b.code or ""))
        sections: list[Section] = []
        for name in pair.style.sections:
            plan = PLANNERS[name](pair)
            section = self._section(plan, pair, forms, key) if plan is not None else None
            if section is not None:
                sections.append(section)
        if [s.name for s in sections] == ["closing"]:
            sections = []  # a closing line with nothing before it says nothing
        article_writer = _SectionWriter(self.templates, pair, forms, "article", key)
        title = article_writer.heading(Message("title"))
        source = None
        sources = {side: pair.occupation(side).source for side in SIDES}
        if pair.style.source_line and any(sources.values()):
            message = Message(
                "source", data={"sources": sources, "same": sources["a"] == sources["b"]}
            )
            source = finish_sentence(
                article_writer.templates.call(
                    "article", article_writer.variants("source")[0], article_writer.context(message)
                )
            )
        return Article(title, tuple(sections), source)
