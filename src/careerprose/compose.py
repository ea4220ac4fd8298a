"""Realisation: turning an :class:`~careerprose.plan.ArticlePlan` into an
:class:`~careerprose.article.Article`. Nothing here decides what to say.

For each planned message the composer picks a phrasing variant (deterministically, from a
CRC-32 sequence seeded by the plan's key and the section: no global randomness, and the same on
every platform and Python version), fills in referring expressions (the full title at first
mention in a section, a shorter form after), puts the planned connective in front, renders the
template macro and tidies the sentence (one space, a capital that keeps "iOS", a full stop).
Two consecutive sentences never open with the same word when another variant avoids it.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Iterable

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
from careerprose.english.casing import prose_case, sentence_case
from careerprose.english.cohesion import presupposes_context
from careerprose.english.reference import Mention as EnglishMention
from careerprose.english.reference import Reference
from careerprose.english.titles import TitleForms
from careerprose.errors import TemplateError
from careerprose.plan import (
    ArticlePlan,
    Context,
    ListPlan,
    Mention,
    Message,
    ParagraphPlan,
    SectionPlan,
    TablePlan,
    TextPlan,
)
from careerprose.templating import Templates

__all__ = ["Composer", "finish_heading", "finish_sentence", "mentions"]

_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DOUBLE_STOP = re.compile(r"([.!?])\.(?!\.)")
#: A space before another space or before punctuation: what tidying a stripped text removes.
_UNTIDY_SPACE = re.compile(r" [ ,.;:!?]")


#: A figure in brackets right after a bracketed title: "woodworkers (all other) (-4.4%)".
_FIGURE_AFTER_BRACKETS = re.compile(
    r"(?<=\)) \(((?:up to |at least |about |nearly )[^()]*|[-\u2212+$]?\d[^()]*)\)"
    r"(?P<end>[.,;:]?)"
)


def _figure_after_brackets(match: re.Match[str]) -> str:
    end = match["end"]
    return f", at {match[1]}{end if end else ','}"


def _unnest(text: str) -> str:
    """No figure in brackets right after brackets: "for woodworkers (all other) (-4.4%) than"
    reads "for woodworkers (all other), at -4.4%, than" (a title's "(all other)" and a figure
    in brackets would otherwise stand side by side)."""
    if ") (" not in text:
        return text
    return _FIGURE_AFTER_BRACKETS.sub(_figure_after_brackets, text)


def _tidy(text: str) -> str:
    """White space folded to single spaces, no space before punctuation.

    Templates' literal text is folded when compiled (:class:`~careerprose.templating.
    FoldWhiteSpace`), so most texts only need their ends stripped: the full split and join
    runs only when a space is doubled or comes before punctuation, or white space other than
    a space is left (one search and one ``isprintable`` a text).
    """
    text = text.strip()
    if _UNTIDY_SPACE.search(text) or not text.isprintable():
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(text.split()))
    return text


def _capitalise(text: str) -> str:
    """A capital first letter; a first word in mixed case ("iOS", "eBay") is kept as it is,
    and one after an opening mark ("[a", "'quoted'") is capitalised as sentence_case does."""
    first = text[0]
    if first.isupper() or first.isdigit():
        return text
    space = text.find(" ")
    if first.islower() and (text if space < 0 else text[:space]).islower():  # a plain word
        return first.upper() + text[1:]
    return sentence_case(text)


def finish_sentence(text: str) -> str:
    """Tidy rendered prose: single spaces, no space before punctuation, a capital first
    letter (brand and acronym casing such as "iOS" kept), a final stop, and no figure in
    brackets right after brackets ("woodworkers (all other), at -4.4%, than …")."""
    text = _unnest(_tidy(text))
    if not text:
        return text
    text = _capitalise(text)
    if text[-1] not in ".!?":
        text += "."
    elif ".." in text or "?." in text or "!." in text:
        text = _DOUBLE_STOP.sub(r"\1", text)
    return text


def finish_heading(text: str) -> str:
    """Tidy a rendered heading: single spaces and a capital first letter ("iOS" kept)."""
    text = _tidy(text)
    return _capitalise(text) if text else text


def _variant_order(start: int, count: int, used: set[int] | None) -> Iterable[int]:
    """The variants to try, by number: from ``start`` round to the one before it, those not
    ``used`` yet in the section first. Most sentences take the first, so the rest is made
    only when asked for."""
    if not used or start not in used:
        yield start
        if count == 1:
            return
        rest = [*range(start + 1, count), *range(start)]
    else:
        rest = [*range(start, count), *range(start)]
    if used:
        yield from (i for i in rest if i not in used)
        yield from (i for i in rest if i in used)
    else:
        yield from rest


def _opening(text: str) -> str:
    """The first word of a sentence, for telling openings apart ("The", "Among", ...)."""
    return text.split(" ", 1)[0].rstrip(",;:.!?").casefold()


def _mention(
    said: EnglishMention, full: EnglishMention, forms: TitleForms, *, first: bool
) -> Mention:
    """How a sentence names an occupation: ``said`` is the form used, ``full`` the whole title."""
    shortened = said is not full
    return Mention(
        singular=said.singular,
        plural=said.plural,
        with_article=said.a,
        the=said.the,
        these=f"these {said.plural}" if shortened else said.plural,
        possessive=said.possessive,
        plural_possessive=said.plural_possessive,
        full=full.singular,
        full_plural=full.plural,
        display=forms.display,
        display_plural=forms.display_plural,
        first=first,
        modifier=said.modifier,
        full_modifier=full.modifier,
    )


@functools.lru_cache(maxsize=16_384)
def _forms(reference: Reference, forms: TitleForms) -> tuple[Mention, Mention]:
    """First-mention and later forms of one side (cached per pair's reference)."""
    return (
        _mention(reference.full, reference.full, forms, first=True),
        _mention(reference.later, reference.full, forms, first=False),
    )


def mentions(plan: ArticlePlan) -> dict[tuple[str, bool], Mention]:
    """Referring expressions for both sides: ``(side, first mention?) → Mention``.

    The full title first; later, the short form :func:`careerprose.english.refer` found safe
    (never one that could be read as the other occupation), or the full title again.
    """
    found: dict[tuple[str, bool], Mention] = {}
    for side, reference, forms in (
        ("a", plan.reference.a, plan.titles[0]),
        ("b", plan.reference.b, plan.titles[1]),
    ):
        found[side, True], found[side, False] = _forms(reference, forms)
    return found


def _data_texts(context: Context) -> Iterable[str]:
    """Text from the records in ``context`` (names, values), which keeps its own casing."""
    for name in Context.__slots__:
        value = getattr(context, name, None)
        if isinstance(value, str):
            yield value
        elif isinstance(value, Mention):
            yield from (value.singular, value.plural, value.with_article, value.these)
        elif value is not None and hasattr(value, "__slots__"):
            yield from (v for n in value.__slots__ if isinstance(v := getattr(value, n, None), str))


def _after_connective(connective: str, text: str, context: Context) -> str:
    """``text`` after ``connective`` ("Additionally,"): a template's own capital is lowered
    ("The average" → "the average"); names and values from the records keep theirs."""
    text = _tidy(text)
    if text[:1].isupper() and not any(
        data and text.startswith(data) for data in _data_texts(context)
    ):
        first, space, rest = text.partition(" ")
        text = prose_case(first) + space + rest
    return f"{connective} {text}"


#: A more precise label key and the field's own key, for a labels file written without it.
_LABEL_FALLBACK = {"metro": "city", "race_shares": "race"}


class _SectionWriter:
    """Renders one section's messages: variant choice, mentions and opening checks."""

    def __init__(
        self,
        templates: Templates,
        plan: ArticlePlan,
        forms: dict[tuple[str, bool], Mention],
        name: str,
    ) -> None:
        self.templates = templates
        self.plan = plan
        self.forms = forms
        self.name = name
        self.state = zlib.crc32(f"{plan.key}\x1f{name}".encode())
        self.mentioned: set[str] = set()
        self.used: dict[str, set[int]] = {}  # kind -> variants already used in this section

    def context(self, message: Message, *, track: bool = True) -> Context:
        """What the template sees as ``m``: the message's values, mentions and the style."""
        mentioned = self.mentioned
        m = message.context
        m.a = a = self.forms["a", "a" not in mentioned]
        m.b = b = self.forms["b", "b" not in mentioned]
        m.style = self.plan.style
        if message.subject == "a":
            m.subject, m.other = a, b
        elif message.subject == "b":
            m.subject, m.other = b, a
        if track:
            mentioned.update(message.sides)
        return m

    def variants(self, kind: str, template: str | None = None) -> tuple[Callable[..., str], ...]:
        template = template or self.name
        found = self.templates.variants(template, kind)
        if not found:
            msg = f"no macro phrases the message kind {kind!r} (define {kind} or {kind}_v1)"
            raise TemplateError(msg, f"{template}.jinja")
        return found

    def _pick(self, kind: str) -> int:
        self.state = zlib.crc32(kind.encode(), self.state)  # a stable, seeded sequence
        return self.state

    def heading(self, message: Message) -> str:
        macro = self.variants(message.kind)[0]
        context = self.context(message, track=False)
        return finish_heading(self.templates.call(self.name, macro, context))

    def connective(self, message: Message, previous: str) -> str | None:
        """The planned connective's words: the seeded variant, or the next one that does not
        open as the previous sentence did ("Also, …" after "Also, …")."""
        if message.connective is None:
            return None
        variants = self.variants(message.connective, "connectives")
        start = self._pick(message.connective) % len(variants)
        words = ""
        for step in range(len(variants)):
            macro = variants[(start + step) % len(variants)]
            words = _tidy(self.templates.call("connectives", macro, message.context))
            if _opening(words) != previous:
                break
        return words

    def sentence(self, message: Message, previous: str) -> tuple[Sentence, str] | None:
        """The message in words, with its opening word: the seeded variant, or the next one
        that neither repeats a variant of the same kind already used in this section (two
        skills sentences would read alike) nor opens with the word the previous sentence
        opened with, nor, opening a paragraph, leans on a sentence before it ("As for
        employment, …")."""
        kind = message.kind
        variants = self.variants(kind)
        count = len(variants)
        start = self._pick(kind) % count
        used = self.used.get(kind)
        context = self.context(message)
        connective = self.connective(message, previous)
        call, name = self.templates.call, self.name
        chosen, chosen_index, opening = "", start, ""
        for step, index in enumerate(_variant_order(start, count, used)):
            text = call(name, variants[index], context)
            if connective:
                text = _after_connective(connective, text, context)
            text = finish_sentence(text)
            if step == 0:
                chosen, chosen_index = text, index
            if not previous and presupposes_context(text):
                continue  # "As for employment, …" cannot open a paragraph: nothing came before
            opening = _opening(text)
            if not previous or opening != previous:
                chosen, chosen_index = text, index
                break
        else:
            opening = _opening(chosen)
        if used is None:
            self.used[kind] = {chosen_index}
        else:
            used.add(chosen_index)
        if not chosen:
            return None
        return Sentence(chosen, message.facts, message.kind), opening

    def paragraph(self, messages: Iterable[Message]) -> Paragraph | None:
        sentences: list[Sentence] = []
        previous = ""
        for message in messages:
            said = self.sentence(message, previous)
            if said is not None:
                sentence, previous = said
                sentences.append(sentence)
        return Paragraph(tuple(sentences)) if sentences else None


class Composer:
    """Realises article plans with one set of templates."""

    def __init__(self, templates: Templates) -> None:
        self.templates = templates

    def _labels(self) -> dict[str, str]:
        """The ``labels`` mapping of ``labels.jinja``."""
        module = self.templates.module("labels")
        try:
            labels: dict[str, str] = module.labels
        except AttributeError as err:
            raise TemplateError("labels.jinja must define a 'labels' mapping") from err
        return labels

    def _table(self, part: TablePlan, plan: ArticlePlan) -> Table:
        labels = self._labels()
        placeholder = plan.style.placeholder
        rows = []
        for key, a, b, fact in part.rows:
            key = key if key in labels else _LABEL_FALLBACK.get(key, key)
            if key not in labels:
                msg = f"the 'labels' mapping has no label for {key!r}"
                raise TemplateError(msg, "labels.jinja")
            rows.append(TableRow(labels[key], a or placeholder, b or placeholder, fact))
        header = (plan.titles[0].display, plan.titles[1].display)
        return Table(header, tuple(rows))

    def _section(
        self, part: SectionPlan, plan: ArticlePlan, forms: dict[tuple[str, bool], Mention]
    ) -> Section | None:
        writer = _SectionWriter(self.templates, plan, forms, part.name)
        heading = writer.heading(part.heading) if part.heading else None
        blocks: list[Block] = []
        for block in part.parts:
            if isinstance(block, ParagraphPlan):
                paragraph = writer.paragraph(block.messages)
                if paragraph is not None:
                    blocks.append(paragraph)
            elif isinstance(block, TablePlan):
                blocks.append(self._table(block, plan))
            else:
                if block.heading is not None:
                    blocks.append(Heading(writer.heading(block.heading)))
                if isinstance(block, TextPlan):
                    blocks.append(Paragraph(block.sentences))
                elif isinstance(block, ListPlan):
                    blocks.append(BulletList(block.items, prose=block.prose))
        if not blocks:
            return None
        return Section(part.name, heading, tuple(blocks))

    def article(self, plan: ArticlePlan) -> Article:
        """The article ``plan`` describes, in words."""
        forms = mentions(plan)
        sections = tuple(
            section
            for part in plan.sections
            if (section := self._section(part, plan, forms)) is not None
        )
        article_writer = _SectionWriter(self.templates, plan, forms, "article")
        title = article_writer.heading(plan.title)
        source = None
        if plan.source is not None:
            macro = article_writer.variants("source")[0]
            context = article_writer.context(plan.source)
            source = finish_sentence(self.templates.call("article", macro, context))
        return Article(title, sections, source)
