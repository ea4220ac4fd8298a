"""Where a sentence names each occupation: the spans of its title forms and short forms.

The forms come from the English layer (:class:`careerprose.english.JobTitle`), the same place
the writer takes them from, so the checker never needs the writer's own bookkeeping. A short
head-noun form ("nurses") counts only when the two titles' head nouns differ; when one name
could mean either occupation, the pair is *ambiguous* and checks that need to know who is who
are skipped rather than guessed.

Names are found whatever their case, so that a miscased one ("IOS developers") can be
reported, except a name that is also a common English word ("A", "As" or "IT" as titles,
against the words "a", "as" and "it"): only its capitals tell it apart, so it is found as
written, and not at the start of a sentence where the word would be capitalised too ("As
for employment, …").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from careerprose.article import Fact, Sentence
from careerprose.english.casing import MINOR_WORDS
from careerprose.english.errors import EnglishError
from careerprose.english.lexicon import default_lexicon
from careerprose.english.reference import PairReference, refer
from careerprose.english.titles import JobTitle, TitleForms
from careerprose.records.model import Occupation

__all__ = [
    "Mention",
    "Mentions",
    "data_spans",
    "first_whole_word",
    "head_nouns",
    "starts_sentence",
    "whole_word_spans",
]

#: Closed-class words prose is made of, besides :data:`MINOR_WORDS` (and the lexicon's
#: acronyms that are also words, "IT", "OR"): a name spelled like one is told apart by case.
_COMMON_WORDS = frozenset(
    {
        "i", "is", "it", "its", "be", "am", "are", "was", "were", "do", "does", "did", "has",
        "had", "have", "he", "she", "we", "us", "me", "my", "our", "you", "they", "them", "no",
        "not", "so", "up", "if", "all", "any", "one", "who", "can", "may", "will", "out",
        "this", "that", "these", "those", "their", "there", "here", "what", "which", "more",
        "most", "less", "each", "both", "also", "about", "over", "under", "after", "before",
        "between", "against", "among", "while", "when", "where", "how", "why", "s",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _words_like_names() -> frozenset[str]:
    return MINOR_WORDS | _COMMON_WORDS | frozenset(default_lexicon().ambiguous_acronyms)


def starts_sentence(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` starts a sentence (past opening quotes or brackets).

    >>> starts_sentence("As for pay: As earn more.", 0), starts_sentence("x: As earn", 3)
    (True, True)
    """
    if not 0 <= at <= len(text):  # out of the text: as the slice reads it
        before = text[:at].rstrip(" \"'(")
        return not before or before[-1] in ".!?:"
    while at and text[at - 1] in " \"'(":  # back over the marks, not a copy of all before
        at -= 1
    return not at or text[at - 1] in ".!?:"


@attrs.frozen
class Mention:
    """One naming of an occupation in a sentence: its side ("a" or "b") and where it is."""

    side: str
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=4096)  # asked for every mention the checks look at
def head_nouns(forms: TitleForms) -> tuple[str, str] | None:
    """The head noun, singular and plural, when the title inflects its last word only."""
    words, plural_words = forms.singular.split(" "), forms.plural.split(" ")
    if len(words) < 2 or len(words) != len(plural_words) or words[:-1] != plural_words[:-1]:
        return None
    if not words[-1].isalpha() or words[-1].isupper():
        return None
    return words[-1], plural_words[-1]


def _starts_clear(text: str, at: int, figure: bool) -> bool:
    if at == 0:
        return True
    before = text[at - 1]
    if before.isalnum():
        return False
    # "8%" is not the end of "-8%" or "$1,208%"; "$1" is not inside "$1.5".
    return not (
        figure and (before in "-−$" or (before in ".," and text[at - 2 : at - 1].isdigit()))
    )


def _ends_clear(text: str, end: int, figure: bool) -> bool:
    if end >= len(text):
        return True
    after = text[end]
    if after.isalnum():
        return False
    return not (figure and after in ".," and text[end + 1 : end + 2].isdigit())


def _fold(text: str) -> str:
    """``text`` in lower case, position for position: a character whose lower case is longer
    ("İ" becomes "i̇") is kept, in names and sentences alike, so a name still matches."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def whole_word_spans(text: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``needle`` in ``text`` (both already in one case);
    a figure is never found inside a longer figure ("8%" in "-8%", "$1" in "$1.5")."""
    spans: list[tuple[int, int]] = []
    span = first_whole_word(text, needle, start)
    while span is not None:
        spans.append(span)
        span = first_whole_word(text, needle, span[0] + 1)
    return spans


def first_whole_word(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """The first span :func:`whole_word_spans` finds from ``start`` on, or ``None``: where a
    check needs one occurrence only, the search stops there."""
    if not needle:
        return None
    starts_figure, ends_figure = needle[0].isdigit(), needle[-1].isdigit()
    at = text.find(needle, start)
    while at != -1:
        end = at + len(needle)
        if _starts_clear(text, at, starts_figure) and _ends_clear(text, end, ends_figure):
            return at, end
        at = text.find(needle, at + 1)
    return None


@functools.lru_cache(maxsize=16_384)  # names recur in every article of their occupation
def _name_pattern(name: str) -> re.Pattern[str]:
    """What :func:`_name_spans` finds, for a name that neither starts nor ends with a figure,
    as one pattern: the name, then a look back past it at the character before it and a look
    ahead at the one after, neither alphanumeric (``[^\\W_]`` is ``str.isalnum`` in the
    ``re`` module). Starting with the name's own letters, the search skips from candidate to
    candidate, and the candidates that are part of a longer word ("nurse" in "nurses") are
    turned down inside the engine rather than by Python code."""
    return re.compile(f"{re.escape(name)}(?<![^\\W_].{{{len(name)}}})(?![^\\W_])", re.DOTALL)


def _name_spans(text: str, name: str) -> list[tuple[int, int]]:
    """:func:`whole_word_spans` for a name, inlined: a name starting or ending with a figure
    takes that function's figure rules."""
    if not name or name[0].isdigit() or name[-1].isdigit():
        return whole_word_spans(text, name)
    spans = []
    size, length = len(name), len(text)
    at = text.find(name)
    while at != -1:
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and (end >= length or not text[end].isalnum()):
            spans.append((at, end))
        at = text.find(name, at + 1)
    return spans


def _take(folded: str, name: str, taken: bytearray) -> list[tuple[int, int]]:
    """The whole-word spans of ``name`` in ``folded`` (both in lower case) that overlap no
    span ``taken`` holds, each taken in turn. Names are taken longest first, so a span
    overlapping a taken one holds its first or its last character (a shorter span cannot
    hold a longer one): two one-character tests, not a search of the span."""
    spans: list[tuple[int, int]] = []
    if name[:1].isdigit() or name[-1:].isdigit():  # the figure rules of whole_word_spans
        for start, end in _name_spans(folded, name):
            if not (taken[start] or taken[end - 1]):
                taken[start:end] = b"\x01" * (end - start)
                spans.append((start, end))
        return spans
    search = _name_pattern(name).search
    match = search(folded)
    while match is not None:
        start, end = match.span()
        if taken[start] or taken[end - 1]:
            match = search(folded, start + 1)  # one overlapping this one may still be free
            continue
        taken[start:end] = b"\x01" * (end - start)
        spans.append((start, end))
        match = search(folded, end)  # any that starts inside this one overlaps it
    return spans


def data_spans(sentence: Sentence, found: list[Mention]) -> list[tuple[int, int]]:
    """Where ``sentence`` prints a value of its facts that holds one of the ``found`` mentions'
    text: data keeps its own casing, so it is found as written (or capitalised at a sentence
    start), never by case folding, which would also find the title beside it."""
    names = {mention.text.lower() for mention in found}
    text = sentence.text
    spans: list[tuple[int, int]] = []
    for fact in sentence.facts:
        for value in (fact.a_text, fact.b_text):
            if not value or not any(name in value.lower() for name in names):
                continue  # the cheap test: most values hold no name at all
            spans += whole_word_spans(text, value)
            capital = value[:1].upper() + value[1:]
            if capital != value:
                spans += [(s, e) for s, e in whole_word_spans(text, capital)
                          if starts_sentence(text, s)]  # fmt: skip
    return spans


def _start(mention: Mention) -> int:
    return mention.start


@functools.lru_cache(maxsize=4096)
def _reference(a: str, a_plural: str | None, b: str, b_plural: str | None) -> PairReference | None:
    """The English layer's referring expressions for the pair (short forms included)."""
    try:
        return refer(JobTitle(a, plural=a_plural), JobTitle(b, plural=b_plural))
    except EnglishError:
        return None


@functools.lru_cache(maxsize=4096)
def _forms(title: str, plural: str | None) -> TitleForms:
    return JobTitle(title, plural=plural).forms


class Mentions:
    """Finds the mentions of a pair's two occupations in sentences.

    Example:
        >>> from careerprose import Occupation
        >>> found = Mentions(Occupation("Registered Nurses"), Occupation("Billing Clerks"))
        >>> [(m.side, m.text) for m in found.find("Nurses earn more than a billing clerk.")]
        [('a', 'Nurses'), ('b', 'billing clerk')]
    """

    def __init__(self, a: Occupation, b: Occupation) -> None:
        self.forms = {"a": _forms(a.title, a.plural), "b": _forms(b.title, b.plural)}
        #: Each side's head noun, singular and plural (see :func:`head_nouns`).
        self.heads = heads = {side: head_nouns(forms) for side, forms in self.forms.items()}
        spellings: dict[str, set[str]] = {}
        for side, forms in self.forms.items():
            found = {forms.singular, forms.plural, forms.display, forms.display_plural}
            head = heads[side]
            if head is not None and head != heads["b" if side == "a" else "a"]:
                found.update(head)
            spellings[side] = {name for name in found if name}
        reference = _reference(a.title, a.plural, b.title, b.plural)
        distinct = True
        if reference is not None:
            distinct = reference.distinct
            for side in ("a", "b"):
                ref = reference.side(side)  # type: ignore[arg-type]
                for mention in (ref.full, ref.later):
                    found = {mention.singular, mention.plural, mention.modifier or ""}
                    spellings[side] |= {name for name in found if name}
        names = {side: {_fold(name) for name in found} for side, found in spellings.items()}
        shared = names["a"] & names["b"]
        #: True when one name could mean either occupation (the same title, say).
        self.ambiguous = bool(shared) or not distinct
        self._found: dict[str, list[Mention]] = {}
        self._in_sentence: dict[str, tuple[tuple[Fact, ...], list[Mention]]] = {}
        words = _words_like_names()
        self._names = sorted(
            (
                (name, side)
                for side in ("a", "b")
                for name in names[side] - shared
                if name not in words
            ),
            key=lambda item: -len(item[0]),
        )
        # A name spelled like a word is found only as written, and only if its capitals
        # show (a title written "a" cannot be told from the article at all).
        self._word_names = sorted(
            (
                (name, side)
                for side in ("a", "b")
                for name in spellings[side]
                if name.lower() in words and name.lower() not in shared and name != name.lower()
            ),
            key=lambda item: -len(item[0]),
        )

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        """The mentions in ``sentence`` that are names, not part of the data it states: a
        value such as the industry "AA" is printed as written and is no mention of an
        occupation whose plural is "Aa" (see :func:`data_spans`)."""
        cached = self._in_sentence.get(sentence.text)
        if cached is not None and cached[0] == sentence.facts:
            return cached[1]
        found = self.find(sentence.text)
        spans = data_spans(sentence, found) if found else []
        if spans:
            found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]
        self._in_sentence[sentence.text] = (sentence.facts, found)
        return found

    def names_both(self, text: str) -> bool:
        """Whether ``text`` names both occupations."""
        return {mention.side for mention in self.find(text)} == {"a", "b"}

    def find(self, text: str) -> list[Mention]:
        """The mentions in ``text``, in order; longer names win over names inside them."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self._find(text)
        return found

    def find_all(self, texts: Iterable[str]) -> None:
        """Find the mentions in every one of ``texts`` at once (what :meth:`find` then gives
        for each): each name is looked for once in all of them, joined by new lines, instead
        of once in each. A new line is no word character, so a name found across the joint
        is found at a text's start or end as in the text alone; a name holding a new line
        (which could span two texts) makes each text searched alone."""
        todo = list(dict.fromkeys(text for text in texts if text not in self._found))
        if not todo or any("\n" in name for name, _ in self._names):
            for text in todo:
                self.find(text)
            return
        joined = "\n".join(todo)
        folded = joined.lower()  # each text's own lower case, unless one changes length
        if len(folded) != len(joined):
            folded = "\n".join([_fold(text) for text in todo])
        taken = bytearray(len(joined))
        spans: list[tuple[int, int, str]] = []
        for name, side in self._names:
            if name not in folded:
                continue
            spans += [(start, end, side) for start, end in _take(folded, name, taken)]
        spans.sort()  # in order of position, so each text's names come in order
        found: list[list[Mention]] = [[] for _ in todo]
        index, text_end = 0, len(todo[0])
        for start, end, side in spans:
            while start > text_end:  # past this text's end (and the new line after it)
                index += 1
                text_end += len(todo[index]) + 1
            at = text_end - len(todo[index])
            found[index].append(Mention(side, start - at, end - at, joined[start:end]))
        if not self._word_names:
            self._found.update(zip(todo, found, strict=True))
            return
        at = 0
        for text, mentions in zip(todo, found, strict=True):
            self._found[text] = self._found_words(text, taken, mentions, at)
            at += len(text) + 1

    def _find(self, text: str) -> list[Mention]:
        folded = _fold(text)
        taken = bytearray(len(text))
        found = []
        for name, side in self._names:
            if name not in folded:  # most names are not in a given sentence: skip cheaply
                continue
            found += [
                Mention(side, start, end, text[start:end])
                for start, end in _take(folded, name, taken)
            ]
        return self._found_words(text, taken, found)

    def _found_words(
        self, text: str, taken: bytearray, found: list[Mention], at: int = 0
    ) -> list[Mention]:
        """``found`` (the names of ``text``, ``taken`` where they stand, from ``at`` on) with
        the names spelled like words, in order of position."""
        for name, side in self._word_names:
            if name not in text:
                continue
            capitalised = name == name[:1].upper() + name[1:].lower()
            for start, end in _name_spans(text, name):
                if any(taken[at + start : at + end]) or (
                    capitalised and starts_sentence(text, start)
                ):
                    continue  # "As for pay" and "A nurse" open sentences: the words, not names
                taken[at + start : at + end] = b"\x01" * (end - start)
                found.append(Mention(side, start, end, text[start:end]))
        if len(found) > 1:
            found.sort(key=_start)
        return found
