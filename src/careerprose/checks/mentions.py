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
from typing import NamedTuple

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


class Mention(NamedTuple):
    """One naming of an occupation in a sentence: its side ("a" or "b") and where it is.

    A named tuple: an article's ~45 mentions are made for every check, and a tuple is made
    at a third of the cost of a frozen attrs class."""

    side: str
    start: int
    end: int
    text: str


#: Makes a :class:`Mention` from a tuple of its fields without the Python-level
#: ``__new__`` call (what ``Mention._make`` does, minus its length check).
_new_mention = tuple.__new__


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


def _word_suffixes(name: str) -> set[str]:
    """The proper tails of ``name`` that start after a character that is not alphanumeric:
    where another name's whole-word occurrence could start inside one of ``name``."""
    return {name[at:] for at in range(1, len(name)) if not name[at - 1].isalnum()}


def _word_prefixes(name: str) -> set[str]:
    """The proper heads of ``name`` that end before a character that is not alphanumeric:
    where another name's whole-word occurrence could end inside one of ``name``."""
    return {name[:at] for at in range(1, len(name)) if not name[at].isalnum()}


#: How many of a name's last characters pick its search (see :func:`_side_search`).
_ENDING = 4


@attrs.frozen
class _SideSearch:
    """One side's names found by a few searches of the text written backwards (see
    :meth:`Mentions._spans`).

    ``patterns`` find the names that end alike (in their last :data:`_ENDING` characters),
    written backwards, as alternatives, longest first, each as :func:`_name_pattern` writes
    a name; ``nested`` says whether a name holds, as a whole word, a name another pattern
    finds; ``suffixes`` and ``prefixes`` are the names' :func:`_word_suffixes` and
    :func:`_word_prefixes`; ``joined`` is the names joined by new lines."""

    patterns: tuple[re.Pattern[str], ...]
    nested: bool
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    joined: str


@functools.lru_cache(maxsize=4096)  # a side's names recur in every pair of its occupation
def _side_search(names: frozenset[str]) -> _SideSearch | None:
    """:class:`_SideSearch` for ``names`` (in lower case), or ``None`` when its searches
    cannot stand in for :func:`_take` of each name: a name with a figure at either end (their
    boundaries follow other rules) or a new line, or two names whose whole-word occurrences
    could overlap without one holding the other.

    A name's last characters are its head noun's ("registered nurses", "nurses"), so the
    names of one search share them, and written backwards they start with them: the regular
    expression engine skips to their occurrences, where alternatives starting differently
    are tried at every character."""
    if not names or any(name[0].isdigit() or name[-1].isdigit() or "\n" in name for name in names):
        return None
    suffixes = frozenset().union(*map(_word_suffixes, names))
    prefixes = frozenset().union(*map(_word_prefixes, names))
    if suffixes & prefixes:
        return None
    nested = any(
        name[-_ENDING:] != other[-_ENDING:] and first_whole_word(other, name) is not None
        for name in names
        for other in names
    )
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[-_ENDING:], []).append(name)
    patterns = tuple(
        re.compile(
            "(?:"
            + "|".join(f"{re.escape(name[::-1])}(?<![^\\W_].{{{len(name)}}})" for name in group)
            + ")(?![^\\W_])",
            re.DOTALL,
        )
        for group in groups.values()
    )
    return _SideSearch(patterns, nested, suffixes, prefixes, "\n".join(names))


def data_spans(sentence: Sentence, found: list[Mention]) -> list[tuple[int, int]]:
    """Where ``sentence`` prints a value of its facts that holds one of the ``found`` mentions'
    text: data keeps its own casing, so it is found as written (or capitalised at a sentence
    start), never by case folding, which would also find the title beside it."""
    # The cheap test first, for all values at once (most hold no name at all), in plain loops:
    # asked of nearly every sentence, comprehensions cost more than the test.
    values = []
    for fact in sentence.facts:
        if fact.a_text:
            values.append(fact.a_text)
        if fact.b_text:
            values.append(fact.b_text)
    # The values' lower cases, joined: a new line (neither cased nor case-ignorable) cuts
    # the context a final sigma's lower case depends on, as a text's ends do.
    lowered = "\n".join(values).lower()
    names = set()
    for mention in found:
        name = mention.text.lower()
        if name in lowered:
            names.add(name)
    if not names:
        return []
    text = sentence.text
    spans: list[tuple[int, int]] = []
    for value in values:
        if any(name in value.lower() for name in names):  # the names some value holds
            spans += _value_spans(text, value)
    return spans


def _value_spans(text: str, value: str) -> list[tuple[int, int]]:
    """Where ``text`` prints ``value``, a fact's value: as written, or capitalised at the
    start of a sentence, as whole words (see :func:`whole_word_spans`).

    >>> _value_spans("Hospitals pay well; so do hospitals.", "hospitals")
    [(26, 35), (0, 9)]
    """
    spans = whole_word_spans(text, value)
    capital = value[:1].upper() + value[1:]
    if capital != value:
        spans += [(s, e) for s, e in whole_word_spans(text, capital) if starts_sentence(text, s)]
    return spans


def _searches(a: frozenset[str], b: frozenset[str]) -> _Searches | None:
    """The searches that find the pair's names (``a``'s and ``b``'s, in lower case, none
    spelled like a word) in the text written backwards; ``None`` when the names must be
    taken one name at a time (see :meth:`Mentions._spans`)."""
    searches: list[tuple[str, re.Pattern[str]]] = []
    nested = False
    for side, names, other in (("a", a, b), ("b", b, a)):
        if not names:
            continue
        search, against = _side_search(names), _side_search(other) if other else None
        if search is None or (other and against is None):
            return None
        if against is not None:
            if search.suffixes & against.prefixes:
                return None
            nested = nested or any(name in against.joined for name in names)
        nested = nested or search.nested
        searches += [(side, pattern) for pattern in search.patterns]
    return _Searches(tuple(searches), nested)


@attrs.frozen
class _Searches:
    """A pair's searches (see :func:`_searches`), with the side each finds; ``nested`` says
    whether an occurrence one finds can hold one another finds."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    nested: bool


def _taken_spans(
    folded: str, names: list[tuple[str, str]], taken: bytearray
) -> list[tuple[int, int, str]]:
    """Each of ``names`` (with its side, longest first) taken in turn from ``folded`` by
    :func:`_take`, the spans with their sides in order of position."""
    spans = []
    for name, side in names:
        if name in folded:  # most names are not in a given sentence: skip cheaply
            spans += [(start, end, side) for start, end in _take(folded, name, taken)]
    spans.sort()
    return spans


def _searched_spans(folded: str, searches: _Searches) -> list[tuple[int, int, str]]:
    """What :func:`_taken_spans` gives, by the few ``searches`` of :func:`_searches`.

    When no two names' whole-word occurrences can overlap without one holding the other
    (what :func:`_searches` makes sure of), taking the names longest first keeps exactly
    the occurrences no other holds: such an occurrence overlaps none taken before it, and
    one inside another is inside the largest that holds it, taken first. A search of the
    names that end alike, trying the longest first where one ends, finds those of its
    names; when a name holds one another search finds, the spans inside others are left
    out. The spans are each search's, so every name costs no search of its own, and each
    occurrence one turn of a loop (a name inside a name is never found, then turned down)."""
    backwards, size = folded[::-1], len(folded)
    spans = []
    for side, pattern in searches.patterns:
        spans += [
            (size - match.end(), size - match.start(), side)
            for match in pattern.finditer(backwards)
        ]
    spans.sort()
    return _outermost(spans) if searches.nested else spans


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans of ``spans`` (in order, any two apart or one inside the other) that no
    other holds."""
    kept: list[tuple[int, int, str]] = []
    outer = -1
    for span in spans:
        if span[1] <= outer:
            continue  # inside the last one kept, which starts no later
        if kept and kept[-1][0] == span[0]:
            kept[-1] = span  # the same start and longer: it holds the last one kept
        else:
            kept.append(span)
        outer = span[1]
    return kept


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
def _forms(title: str, plural: str | None) -> tuple[TitleForms, tuple[str, str] | None]:
    """An occupation's title forms and its head nouns (see :func:`head_nouns`)."""
    forms = JobTitle(title, plural=plural).forms
    return forms, head_nouns(forms)


class _Side(NamedTuple):
    """One side's names, as :class:`Mentions` needs them (see :func:`_side`)."""

    #: The names in lower case (see :func:`_fold`): the title's forms, its head nouns and
    #: the referring expressions.
    names: frozenset[str]
    #: The spellings that are also words, told apart by their capitals ("IT", "As").
    words: tuple[str, ...]
    #: :attr:`names` but those spelled like a word.
    searchable: frozenset[str]


@functools.lru_cache(maxsize=8192)  # an occupation's sides recur in every pair it is in
def _side(title: str, plural: str | None, with_head: bool, said: tuple[str, ...]) -> _Side:
    """The names of an occupation as one side of a pair: its title's forms, its head nouns
    when ``with_head`` (they differ from the other side's), and the pair's referring
    expressions for it, ``said`` (empty strings left out). Keyed by strings, so a side is
    made once for every pair whose other side leaves it the same names."""
    forms, heads = _forms(title, plural)
    found = {forms.singular, forms.plural, forms.display, forms.display_plural}
    if with_head and heads is not None:
        found.update(heads)
    spellings = {name for name in found if name}
    spellings.update(name for name in said if name)
    names = frozenset({_fold(name) for name in spellings})
    like_words = _words_like_names()
    words = tuple(name for name in spellings if name.lower() in like_words and name != name.lower())
    return _Side(names, words, names - like_words)


def _said(reference: PairReference | None, side: str) -> tuple[str, ...]:
    """The referring expressions ``reference`` has for ``side``, in full and later."""
    if reference is None:
        return ()
    ref = reference.a if side == "a" else reference.b
    full, later = ref.full, ref.later
    return (
        full.singular, full.plural, full.modifier or "",
        later.singular, later.plural, later.modifier or "",
    )  # fmt: skip


class Mentions:
    """Finds the mentions of a pair's two occupations in sentences.

    Example:
        >>> from careerprose import Occupation
        >>> found = Mentions(Occupation("Registered Nurses"), Occupation("Billing Clerks"))
        >>> [(m.side, m.text) for m in found.find("Nurses earn more than a billing clerk.")]
        [('a', 'Nurses'), ('b', 'billing clerk')]
    """

    def __init__(self, a: Occupation, b: Occupation) -> None:
        forms_a, heads_a = _forms(a.title, a.plural)
        forms_b, heads_b = _forms(b.title, b.plural)
        self.forms = {"a": forms_a, "b": forms_b}
        #: Each side's head noun, singular and plural (see :func:`head_nouns`).
        self.heads = {"a": heads_a, "b": heads_b}
        reference = _reference(a.title, a.plural, b.title, b.plural)
        # Each side's names are made once for every pair that leaves them the same (the
        # other side's head noun, the referring expressions): a fresh pair costs two looks.
        with_head = heads_a != heads_b
        sides = {
            "a": _side(a.title, a.plural, with_head, _said(reference, "a")),
            "b": _side(b.title, b.plural, with_head, _said(reference, "b")),
        }
        shared = sides["a"].names & sides["b"].names
        #: True when one name could mean either occupation (the same title, say).
        self.ambiguous = bool(shared) or (reference is not None and not reference.distinct)
        self._found: dict[str, list[Mention]] = {}
        #: What the checks work out once for the pair and keep here, each under its own key
        #: (the casing check's allowed spellings of each side, say): made on first use.
        self.kept: dict[str, object] = {}
        self._in_sentence: dict[str, tuple[tuple[Fact, ...], list[Mention]]] = {}
        # A name spelled like a word is found only as written, and only if its capitals
        # show (a title written "a" cannot be told from the article at all).
        self._word_names: list[tuple[str, str]] = []
        if sides["a"].words or sides["b"].words:
            self._word_names = sorted(
                (
                    (name, side)
                    for side in ("a", "b")
                    for name in sides[side].words
                    if name.lower() not in shared
                ),
                key=lambda item: -len(item[0]),
            )
        searchable_a, searchable_b = sides["a"].searchable, sides["b"].searchable
        if shared:  # (else the sides' own sets: their hashes are kept, for _side_search)
            searchable_a, searchable_b = searchable_a - shared, searchable_b - shared
        self._searches: _Searches | None = None
        if not self._word_names:  # one search a side (see _spans), when it is exact
            self._searches = _searches(searchable_a, searchable_b)
        #: Each name not spelled like a word, with its side, longest first: taken one at a
        #: time when the searches are not exact (see :meth:`_spans`).
        self._names: list[tuple[str, str]] = []
        if self._searches is None:
            self._names = sorted(
                [(name, "a") for name in searchable_a] + [(name, "b") for name in searchable_b],
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
        todo = list(dict.fromkeys(texts))  # (the first call, a check's: nothing found yet)
        if self._found:
            todo = [text for text in todo if text not in self._found]
        if not todo or any("\n" in name for name, _ in self._names):
            for text in todo:
                self.find(text)
            return
        joined = "\n".join(todo)
        folded = joined.lower()  # each text's own lower case, unless one changes length
        if len(folded) != len(joined):
            folded = "\n".join([_fold(text) for text in todo])
        taken = bytearray(len(joined))
        spans = self._spans(folded, taken)  # in order of position, so each text's come in order
        found: list[list[Mention]] = [[] for _ in todo]
        index, text_end = 0, len(todo[0])
        for start, end, side in spans:
            while start > text_end:  # past this text's end (and the new line after it)
                index += 1
                text_end += len(todo[index]) + 1
            at = text_end - len(todo[index])
            mention = (side, start - at, end - at, joined[start:end])
            found[index].append(_new_mention(Mention, mention))
        if not self._word_names:
            self._found.update(zip(todo, found, strict=True))
            return
        at = 0
        for text, mentions in zip(todo, found, strict=True):
            self._found[text] = self._found_words(text, taken, mentions, at)
            at += len(text) + 1

    def _find(self, text: str) -> list[Mention]:
        taken = bytearray(len(text))
        found = [
            Mention(side, start, end, text[start:end])
            for start, end, side in self._spans(_fold(text), taken)
        ]
        return self._found_words(text, taken, found)

    def _spans(self, folded: str, taken: bytearray) -> list[tuple[int, int, str]]:
        """The names' spans in ``folded`` (in lower case) with their sides, in order of
        position: :func:`_searched_spans` when the pair's names allow it, else each name's
        whole-word occurrences taken longest name first (see :func:`_take`) and marked in
        ``taken`` (for the names spelled like words, looked for after them)."""
        if self._searches is not None:
            return _searched_spans(folded, self._searches)
        return _taken_spans(folded, self._names, taken)

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
