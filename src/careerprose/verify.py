"""Checking rendered articles against their records: the guarantees careerprose makes.

:func:`check_article` returns every problem it finds (an empty list means the article keeps
all of them), so it serves both careerprose's own tests and yours, for example after you
override templates:

- no ``None``, ``nan``, template syntax or doubled punctuation in any format, and no doubled
  spaces in any sentence, heading or title;
- every prose sentence starts with a capital letter (or a brand such as "iOS") and ends
  with a full stop (or ? or !);
- every number in a sentence is one its facts license: a record value as displayed, or a
  difference or ratio the comparison stated;
- every fact's values are the records' values, and every stated relation is true of the
  displayed figures;
- who is who, rankings, tables, lists and title casing: see :mod:`careerprose.checks`.

Example:
    >>> from careerprose import Occupation, compare
    >>> a, b = Occupation("Nurse", jobs=12), Occupation("Clerk", jobs=5)
    >>> check_article(compare(a, b), a, b)
    []
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from careerprose.article import Article, BulletList, Fact, Heading, Sentence, Table
from careerprose.checks import (
    Mentions,
    headings_casing_problems,
    list_problems,
    name_problems,
    ranking_problems,
    role_problems,
    table_problems,
)
from careerprose.checks.orthography import RECORD_TEXT
from careerprose.checks.words import WholeWords
from careerprose.english.casing import sentence_case
from careerprose.english.numbers import parse_figure
from careerprose.facts import QUANTITIES, time_relation
from careerprose.records.fields import record_value
from careerprose.records.fields import texts as text_fields
from careerprose.records.model import Occupation

__all__ = ["FORBIDDEN", "check_article", "numbers_in"]

# After the mark that starts it, a doubled punctuation (each branch looks behind at the mark).
# The plain reading, branch by branch:
# [,;:](?<!\.[,;:])[,;:] | \.(?<!\.\.)\.(?!\.) | [,;:] [,;:.] | [,.;:!?](?<=\s[,.;:!?])(?:\s|$)
_AFTER_MARK = (
    r"(?:(?<=[,;:])(?<!\.[,;:])[,;:]|(?<=\.)(?<!\.\.)\.(?!\.)|(?<=[,;:]) [,;:.]"
    r"|(?<=\s[,.;:!?])(?:\s|$))"
)
_MARKS = ",.;:!?"

#: Text that must never appear in any rendered format.
FORBIDDEN: dict[str, re.Pattern[str]] = {
    "None": re.compile(r"\bNone\b"),
    "nan": re.compile(r"\b(?:nan|NaN|inf)\b"),
    "template syntax": re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"),
    # One character class first, then the branches, so the search skips from mark to mark:
    # branches that each start with a class make the engine try every position.
    "doubled punctuation": re.compile(f"[{_MARKS}]{_AFTER_MARK}"),
}
#: The doubled-punctuation pattern split by the mark it starts with. A pattern that starts
#: with one literal character is searched for by a plain scan for that character, where one
#: starting with a class tests every character against the class.
#: A mark the text does not hold (most hold no ";", ":", "!" or "?") is ruled out by ``in``.
_DOUBLED_AFTER: dict[str, re.Pattern[str]] = {
    mark: re.compile(re.escape(mark) + _AFTER_MARK) for mark in _MARKS
}

# A minus sign counts only where it cannot be a hyphen ("-8%", not the "-" of "6-12" or "ICD-9").
# The plain reading: (?:(?<![\w\-])[-−])?\$?(?:\d{1,3}(?:,\d{3})+|\d+), then the decimals and
# the magnitude. Written to start with one character class (a sign, "$" or a digit), each
# branch then looking behind at that character, so the search skips from candidate to
# candidate: a leading optional group made the engine try every position, 4x slower.
_INTEGER = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_NUMBER = re.compile(
    r"[-−$\d](?:(?<=[-−])(?<![\w\-][-−])\$?" + _INTEGER + r"|(?<=\$)" + _INTEGER
    + r"|(?<=\d)(?:\d{0,2}(?:,\d{3})+|\d*))"  # the first digit is the class's
    r"(?:\.\d+)?(?: (?:million|billion|trillion)\b|%)?"  # "1.2 million" is 1,200,000
)  # fmt: skip
_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
# "one" is left out: it is far more often a pronoun ("against one as a nurse") than a count.
# Any case of the ASCII letters only: under full Unicode case folding "ſix" (a long s) matched,
# and its lower case is no number word.
_NUMBER_WORDS = tuple(_WORDS[2:])
_NUMBER_WORD = WholeWords(_NUMBER_WORDS, ascii_case=True)
#: Numbers every sentence may state: the two occupations of a comparison.
_CONSTANTS: frozenset[float] = frozenset()
_DIGIT = re.compile(r"\d")
#: :data:`_NUMBER` for ASCII text (where ``\d`` is ``[0-9]`` and "−" cannot occur): a first
#: class of ASCII characters only is a bitmap to the regex engine, tested at each character
#: at a third less cost than a class holding ``\d``.
_NUMBER_ASCII = re.compile(_NUMBER.pattern.replace("[-−$\\d]", "[-$0-9]").replace("\\d", "[0-9]"))
_PAIR = re.compile(r"\b(?:the two jobs|the two)\b", re.IGNORECASE)
_LOWER_BOUND = re.compile(r"\bor more\b")
_WORD = re.compile(r"[a-z]+")
_OPPOSITES = {
    "higher": ("lower",),
    "lower": ("higher",),
    "more": ("fewer", "less"),
    "fewer": ("more",),
    "less": ("more",),
    "older": ("younger",),
    "younger": ("older",),
    "longer": ("shorter",),
    "shorter": ("longer",),
}


def numbers_in(text: str) -> set[float]:
    """Every figure in ``text`` ("$57,603", "-8%", "6-12", "three"), as numbers.

    >>> sorted(numbers_in("It takes 6-12 months, three skills, $57,603 or -8%."))
    [-8.0, 3.0, 6.0, 12.0, 57603.0]
    """
    return set(_numbers(text))


@functools.lru_cache(maxsize=4096)
def _figure(token: str) -> float:
    """The value of a figure ``_NUMBER`` found ("-$1,200", "8%"), cached: an article states
    each of its figures several times."""
    token = token.replace("−", "-")
    sign = -1 if token.startswith("-") else 1
    return sign * parse_figure(token.lstrip("-"))


def _has_digit(text: str) -> bool:
    r"""Whether ``text`` holds a digit (``\d``). On ASCII text, ten one-character searches
    (each a memchr): the pattern tests every character against ``\d``, at several times
    the instructions."""
    if not text.isascii():
        return _DIGIT.search(text) is not None
    return (
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    )  # fmt: skip


@functools.lru_cache(maxsize=65_536)
def _numbers(text: str) -> frozenset[float]:
    """``numbers_in``, cached: fact texts recur in every sentence and table that states them."""
    # Every figure holds a digit: a text without one (most list items) skips the pattern.
    found = set()
    if _has_digit(text):
        figures = _NUMBER_ASCII if text.isascii() else _NUMBER
        found = set(map(_figure, figures.findall(text)))  # the pattern has no groups
    if text.isascii():
        for word in _NUMBER_WORD_BYTES.intersection(_ascii_words(text)):
            found.add(_NUMBER_WORD_VALUES[word])
    elif _may_hold_number_word(text):
        for match in _NUMBER_WORD.finditer(text):
            found.add(float(_WORDS.index(match.group(1).lower())))
    return frozenset(found)


#: Each ASCII byte's lower case if it is a word character (``\w`` in ASCII: letters, digits,
#: "_"), a space if not: an ASCII text translated by it splits, in C, into its whole words.
_ASCII_WORDS_TABLE = bytes(
    ord(char.lower()) if char.isascii() and (char.isalnum() or char == "_") else ord(" ")
    for char in map(chr, range(256))
)
#: The number words' values, by their ASCII lower case (as :func:`_ascii_words` splits them).
_NUMBER_WORD_VALUES = {word.encode(): float(_WORDS.index(word)) for word in _NUMBER_WORDS}
_NUMBER_WORD_BYTES = frozenset(_NUMBER_WORD_VALUES)


def _ascii_words(text: str) -> list[bytes]:
    """The whole words of ASCII ``text`` (the runs of word characters), in lower case: where
    :data:`_NUMBER_WORD` matches, a number word is one of them. A translation and a split in
    C, at a fraction of a search for each number word."""
    return text.encode().translate(_ASCII_WORDS_TABLE).split()


def _may_hold_number_word(text: str) -> bool:
    """False when :data:`_NUMBER_WORD` cannot match ``text`` (not ASCII: ASCII text is split
    into its words instead), found by a substring test of the words that hold no other
    (exact, since the pattern's letters are ASCII in any case)."""
    lowered = text.lower()
    return any(cover in lowered for cover in _NUMBER_WORD_COVER)


#: The number words that hold no other ("fourteen" holds "four"): a text without any of them
#: holds no number word, so 14 substring tests answer for all 19 words.
_NUMBER_WORD_COVER = tuple(
    cover
    for cover in _NUMBER_WORDS
    if not any(other != cover and other in cover for other in _NUMBER_WORDS)
)


@functools.lru_cache(maxsize=65_536)
def _with_magnitudes(text: str) -> frozenset[float]:
    found = _numbers(text)
    return found | {abs(n) for n in found}


def _licensed(facts: tuple[Fact, ...], *, values: bool = True, phrases: bool = True) -> set[float]:
    """The figures ``facts`` license: their texts' numbers, with their magnitudes; the values'
    texts (an occupation's, cached for all its articles) and the phrases' (a difference or
    ratio, new with each pair) as asked."""
    allowed: set[float] = set(_CONSTANTS)
    for fact in facts:  # Fact.texts(), inlined: a call for each fact of each sentence
        texts: tuple[str | None, ...] = (fact.a_text, fact.b_text) if values else ()
        if phrases:
            texts += (fact.difference_text, fact.ratio_text)
        for text in texts:
            if text:
                allowed |= _with_magnitudes(text)
    return allowed


def _allowed(number: float, allowed: frozenset[float] | set[float]) -> bool:
    return number in allowed or abs(number) in allowed


# Plainly "\s\s|^\s|\s$", written to start with \s so the search skips to white space.
_DOUBLED_SPACE = re.compile(r"\s(?:\s|(?<=^\s)|$)")


def _has_doubled_space(text: str, classes: bytes | None = None) -> bool:
    """Whether :data:`_DOUBLED_SPACE` matches ``text``. On ASCII text, from its
    :func:`_classes` (made here unless given): every ASCII white space character is a space
    there, so two in a row, or one at either end, is a match, found by substring tests in C;
    other text takes the pattern. (A test of every character, ``isprintable``, cost more.)"""
    if not text.isascii():
        return _DOUBLED_SPACE.search(text) is not None
    if classes is None:
        classes = _classes(text)
    return b"  " in classes or classes[:1] == b" " or classes[-1:] == b" "


def _tidiness_problems(where: str, text: str, prose: bool, spaced: bool) -> list[str]:
    """White space, and (in prose) the capital letter and full stop of a sentence's ``text``;
    ``spaced=False`` says the article has no doubled space anywhere (one search for all)."""
    problems = []
    if spaced and _DOUBLED_SPACE.search(text):
        problems.append(f"{where}: doubled or stray white space: {text!r}")
    if prose:
        # A capital first letter needs no English layer (the common case, and cheap).
        # (White space alone has no first letter: the English layer refuses it.)
        if not text.strip() or (not text[:1].isupper() and sentence_case(text) != text):
            problems.append(f"{where}: sentence does not start with a capital letter: {text!r}")
        if text[-1:] not in (".", "?", "!"):
            problems.append(f"{where}: sentence does not end with a full stop: {text!r}")
    return problems


def _unlicensed_numbers(sentence: Sentence) -> tuple[float, ...]:
    """The figures of ``sentence`` its own facts do not license, in the order they are judged
    (the names' numbers, which depend on the pair, may still license them)."""
    text = sentence.text
    # "the two" names the pair, not a figure: the cheap test first, the pattern if need be.
    if "the two" in text.lower():
        text = _PAIR.sub("", text)
    if text.isascii() and _written_as_licensed(text, sentence.facts):
        return ()
    numbers = _numbers(text)
    if not numbers:
        return ()
    # Most sentences state only their facts' figures as displayed: a subset test of the
    # values' figures first, then of the phrases' too (their texts are new with each pair,
    # so their figures are found afresh: only when the values leave a figure unlicensed).
    allowed = _licensed(sentence.facts, phrases=False)
    if numbers <= allowed:
        return ()
    allowed |= _licensed(sentence.facts, values=False)
    if numbers <= allowed:
        return ()
    return tuple(number for number in numbers if not _allowed(number, allowed))


def _written_as_licensed(text: str, facts: tuple[Fact, ...]) -> bool:
    """Whether ASCII ``text`` has no number word and writes each of its figures as one of
    its facts' texts writes it: then its facts license them all (a figure written alike has
    the same value), found without reading a figure's value. The usual sentence is so;
    ``False`` leaves the rest to the figures' values."""
    if _has_digit(text):
        written: set[str] = set()
        for fact in facts:
            for fact_text in (fact.a_text, fact.b_text, fact.difference_text, fact.ratio_text):
                if fact_text:
                    written |= _written_figures(fact_text)
        if not written.issuperset(_NUMBER_ASCII.findall(text)):
            return False
    return _NUMBER_WORD_BYTES.isdisjoint(_ascii_words(text))


@functools.lru_cache(maxsize=16_384)
def _written_figures(text: str) -> frozenset[str]:
    """The figures of a fact's ``text`` as written ("$57,603", "8%"), cached: the values'
    texts are an occupation's, stated in every article of the occupation."""
    if not _has_digit(text):
        return frozenset()
    return frozenset((_NUMBER_ASCII if text.isascii() else _NUMBER).findall(text))


def _number_problems(
    where: str, text: str, unlicensed: tuple[float, ...], names: frozenset[float]
) -> list[str]:
    """A problem for each of the ``unlicensed`` figures that is not a number in the names."""
    return [
        f"{where}: the number {number:g} is not licensed by its facts: {text!r}"
        for number in unlicensed
        if not _allowed(number, names)
    ]


def _sentence_problems(
    where: str,
    sentence: Sentence,
    prose: bool,
    names: frozenset[float],
    relations: list[Fact],
    *,
    roles_known: bool = False,
    spaced: bool = True,
) -> list[str]:
    """Tidiness, licensed numbers and (unless the roles check can tell who is who, which
    judges comparatives by their subject) no comparative opposite to the relation.
    ``relations`` are the sentence's facts that say higher or lower; ``spaced=False`` says
    the article has no doubled space anywhere (one search for all)."""
    text = sentence.text
    problems = _tidiness_problems(where, text, prose, spaced)
    unlicensed = _unlicensed_numbers(sentence)
    if unlicensed:
        problems += _number_problems(where, text, unlicensed, names)
    if len(relations) == 1 and not roles_known:
        bounded = _LOWER_BOUND.sub("", text) if "or more" in text else text
        words = set(_WORD.findall(bounded.lower()))
        fact = relations[0]
        said = {word for word in (fact.difference_text or "").split() if word in _OPPOSITES}
        for word in said:
            clash = words.intersection(_OPPOSITES[word])
            if clash and not said.intersection(clash):
                problems.append(
                    f"{where}: says {sorted(clash)} but the fact is {fact.relation}: {text!r}"
                )
    return problems


#: :func:`parse_figure`, cached: a fact's displayed values are an occupation's, stated in
#: every article of the occupation.
_shown_figure = functools.lru_cache(maxsize=16_384)(parse_figure)


def _fact_problems(where: str, fact: Fact, a: Occupation, b: Occupation) -> list[str]:
    """A fact's values against the records, and its relation against its displayed values
    (a list: the checker asks this of every compared fact, and most have nothing to say)."""
    problems = []
    quantity = QUANTITIES.get(fact.field)
    if quantity is not None:
        for side, occupation, value in (("a", a, fact.a), ("b", b, fact.b)):
            if value is not None and value != quantity.get(occupation):
                record = quantity.get(occupation)
                problems.append(
                    f"{where}: {fact.field} {side}={value!r}, the record has {record!r}"
                )
    if fact.field == "time_to_become" and fact.relation is not None:
        ranges = [(o.time_to_become.min_months, o.time_to_become.max_months) for o in (a, b)]
        actual = time_relation(ranges[0], ranges[1]).value
        if actual != fact.relation:
            problems.append(
                f"{where}: time_to_become called {fact.relation}, the ranges are {actual}"
            )
        return problems
    if fact.relation is None or fact.a_text is None or fact.b_text is None:
        return problems
    if fact.relation == "equal":
        if fact.a_text != fact.b_text:
            problems.append(
                f"{where}: {fact.field} called equal: {fact.a_text!r} vs {fact.b_text!r}"
            )
        return problems
    if fact.relation not in ("higher", "lower"):
        return problems
    try:
        shown_a, shown_b = _shown_figure(fact.a_text), _shown_figure(fact.b_text)
    except ValueError:
        return problems  # not a figure
    a_bound, b_bound = fact.a_text.endswith("or more"), fact.b_text.endswith("or more")
    truth = (shown_a > shown_b) if fact.relation == "higher" else (shown_a < shown_b)
    if (fact.relation == "higher" and b_bound) or (fact.relation == "lower" and a_bound):
        truth = False  # a lower bound on the smaller side cannot be claimed smaller
    if not truth:
        shown = f"{fact.a_text!r} vs {fact.b_text!r}"
        problems.append(f"{where}: {fact.field} called {fact.relation}: {shown}")
    return problems


@functools.lru_cache(maxsize=4096)
def _data_numbers(occupation: Occupation) -> frozenset[float]:
    """Numbers inside an occupation's names and labels ("11th grade teacher", "ISO 9001"):
    data printed as written, not figures the prose states."""
    from careerprose.profile import profile_of
    from careerprose.style import Style

    names = profile_of(occupation, Style()).names
    people = occupation.demographics
    texts = [
        occupation.title,
        occupation.plural,
        names.forms.singular,
        names.forms.plural,
        *(record_value(occupation, field.path) for field in text_fields()),
        *(skill.name for skill in occupation.skills),
        *occupation.responsibilities,
        *occupation.hot_technologies,
        *occupation.in_demand_technologies,
        *(name for name, _ in people.gender),
        *(name for name, _ in people.race),
    ]
    return _with_magnitudes(" ; ".join(text for text in texts if text))


# The pieces of template syntax, looked for by substring tests before the pattern.
_TEMPLATE_PIECES = ("{{", "}}", "{%", "%}", "{#", "#}")
#: The patterns that are whole words (``\bNone\b``), found by :func:`_first_whole_word`: "nan"
#: and "inf" stand inside common words ("finance", "information"), and the pattern tried
#: every position of the article after them; a pattern starting with the word itself
#: (``nan(?<!\wnan)\b``) cost twice the instructions of ``str.find``.
_WHOLE_WORDS: dict[str, tuple[str, ...]] = {"None": ("None",), "nan": ("nan", "NaN", "inf")}


def _is_word_char(char: str) -> bool:
    r"""A character of ``\w`` (the re module's test: alphanumeric or the underscore)."""
    return char.isalnum() or char == "_"


def _first_whole_word(text: str, words: tuple[str, ...]) -> tuple[int, int] | None:
    r"""The span of the first of ``words`` standing as a whole word in ``text`` (what
    ``\b(?:word|…)\b`` finds, for words of word characters)."""
    first: tuple[int, int] | None = None
    for word in words:
        at = text.find(word)
        while at != -1 and (first is None or at < first[0]):
            end = at + len(word)
            if not (at and _is_word_char(text[at - 1])) and not (
                end < len(text) and _is_word_char(text[end])
            ):
                first = (at, end)
                break
            at = text.find(word, at + 1)
    return first


#: Each ASCII mark a doubled punctuation is made of as ",", each ASCII white space as " ":
#: translated so, every doubled punctuation holds ",," or " ," (and so do a few texts that
#: hold none, "..." or "e.g.,").
_MARK_CLASSES = bytes.maketrans(b".;:!?\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f", b",,,,,         ")


def _classes(text: str) -> bytes:
    """ASCII ``text`` translated by :data:`_MARK_CLASSES`: one translation, in C, that both the
    doubled-punctuation and the doubled-space tests read."""
    return text.encode("ascii").translate(_MARK_CLASSES)


def _may_double_punctuation(text: str, classes: bytes | None = None) -> bool:
    """False when ``text`` cannot hold a doubled punctuation: on ASCII text, two substring
    tests of its :func:`_classes` (made here unless given), instead of a search for each
    mark."""
    if not text.isascii():
        return True
    if classes is None:
        classes = _classes(text)
    return b",," in classes or b" ," in classes


def _first_doubled_punctuation(text: str) -> tuple[int, int] | None:
    """The span of the first match of ``FORBIDDEN["doubled punctuation"]`` in ``text``: the
    earliest of the searches for each mark ``text`` holds (see :data:`_DOUBLED_AFTER`), when
    :func:`_may_double_punctuation` cannot rule it out."""
    if not _may_double_punctuation(text):
        return None
    first: tuple[int, int] | None = None
    for mark, pattern in _DOUBLED_AFTER.items():
        if mark in text:
            match = pattern.search(text)
            if match is not None and (first is None or match.start() < first[0]):
                first = match.span()
    return first


def _first_template_syntax(text: str) -> tuple[int, int] | None:
    """The span of the first template syntax in ``text``; every piece of it holds a brace, so
    one-character tests rule most texts out first."""
    if "{" not in text and "}" not in text:
        return None
    if not any(piece in text for piece in _TEMPLATE_PIECES):
        return None
    match = FORBIDDEN["template syntax"].search(text)
    return None if match is None else match.span()


#: How each of :data:`FORBIDDEN` is looked for in a whole article: what its pattern finds,
#: found faster (see each function).
_FIRST_SPAN: dict[str, Callable[[str], tuple[int, int] | None]] = {
    **{label: functools.partial(_first_whole_word, words=words)
       for label, words in _WHOLE_WORDS.items()},
    "template syntax": _first_template_syntax,
    "doubled punctuation": _first_doubled_punctuation,
}  # fmt: skip


def _first_span(label: str, text: str) -> tuple[int, int] | None:
    """Where ``FORBIDDEN[label]`` first matches in ``text``."""
    find = _FIRST_SPAN.get(label)
    if find is not None:
        return find(text)
    match = FORBIDDEN[label].search(text)
    return None if match is None else match.span()


def _output_problems(content: str, *, may_double: bool = True) -> Iterator[str]:
    """Leaked values, template syntax and doubled punctuation in what the article prints
    (``content``: every text of the article, one per line).

    Every format prints the same texts (the renderers add layout and escaping, and are tested
    on their own), so the texts are looked through once; JSON adds each fact's values, which
    must be finite numbers (JSON has no NaN: :func:`_json_problems`). ``may_double=False``
    says a test of the same texts ruled doubled punctuation out.
    """
    for label in FORBIDDEN:
        if label == "doubled punctuation" and not may_double:
            continue
        span = _first_span(label, content)
        if span is not None:
            start = max(span[0] - 40, 0)
            yield f"output has {label}: {content[start : span[1] + 40]!r}"


class _Gathered(NamedTuple):
    """What one walk over an article gathers before any sentence is checked."""

    #: Every text, in order (an empty one where a section has no heading): the text format
    #: without its layout, looked through once for leaked values; but for the blocks set
    #: aside.
    texts: list[str]
    #: The title, the sections' headings and the sub-headings, in that order.
    headings: list[str]
    #: The texts of the sentences whose names a check may read (see :func:`_checked_sentence`):
    #: prose stating facts other than a record's text alone, and any sentence stating a
    #: comparison.
    naming: list[str]
    #: Each paragraph's and bullet list's :class:`_BlockVerdict`, in order (``None`` for a
    #: block judged a sentence at a time).
    verdicts: list[_BlockVerdict | None]
    #: The texts of the blocks whose verdict says they are plain, set aside from ``texts``,
    #: each with the place in ``texts`` it was taken from (see :func:`_whole_texts`).
    aside: list[tuple[int, tuple[str, ...]]]


def _gather(article: Article) -> _Gathered:
    """Walk ``article`` once for :class:`_Gathered` (a walk over ~45 sentences costs about as
    much as a check of a few of them, so the texts, headings and naming sentences are not
    gathered by a walk each)."""
    texts = [article.title, article.source or ""]
    headings = [article.title]
    sub_headings: list[str] = []
    naming: list[str] = []
    verdicts: list[_BlockVerdict | None] = []
    aside: list[tuple[int, tuple[str, ...]]] = []
    for section in article.sections:
        texts.append(section.heading or "")
        if section.heading:
            headings.append(section.heading)
        for block in section.blocks:
            if isinstance(block, Table):
                texts += block.header
                texts.extend(chain.from_iterable(map(_ROW_TEXTS, block.rows)))
                continue
            if isinstance(block, Heading):
                texts.append(block.text)
                sub_headings.append(block.text)
                continue
            if isinstance(block, BulletList):
                prose, sentences = block.prose, block.items
            else:
                prose, sentences = True, getattr(block, "sentences", ())
            verdict = None
            # Looked up only for a block that starts with a pair-free sentence stating a
            # fact: the others (most paragraphs, and those without facts, which are new
            # with each pair) would only fill the cache.
            if sentences and sentences[0].facts and _is_pair_free(sentences[0], prose):
                verdict = _block_verdict(sentences, section.name, prose)
            verdicts.append(verdict)
            if verdict is not None:  # its sentences name nothing (see _BlockVerdict)
                if verdict.plain:
                    aside.append((len(texts), verdict.texts))
                else:
                    texts += verdict.texts
                continue
            texts += [sentence.text for sentence in sentences]
            # Which sentences name (see _Gathered.naming), tested inline: a call for each of
            # ~50 sentences cost more than the test.
            for sentence in sentences:
                facts = sentence.facts
                if not facts:
                    continue
                first = facts[0]
                if prose and (
                    len(facts) > 1
                    or first.field not in RECORD_TEXT
                    or (first.a_text and first.b_text)
                ):
                    naming.append(sentence.text)  # prose, not a record's own text alone
                    continue
                for fact in facts:
                    if fact.relation == "higher" or fact.relation == "lower":
                        naming.append(sentence.text)
                        break
    return _Gathered(texts, headings + sub_headings, naming, verdicts, aside)


def _whole_texts(texts: list[str], aside: list[tuple[int, tuple[str, ...]]]) -> list[str]:
    """Every text of the article, in order: ``texts`` with the blocks set aside put back."""
    whole: list[str] = []
    at = 0
    for index, block_texts in aside:
        whole += texts[at:index]
        whole += block_texts
        at = index
    return whole + texts[at:]


#: A table row's texts, in the order it prints them.
_ROW_TEXTS = attrgetter("label", "a", "b")


def _record_text_only(facts: tuple[Fact, ...]) -> bool:
    """Whether a sentence states one record's own text and nothing else (a description, a
    duty): no check reads the names in it unless it also states a comparison, so they are
    not looked for."""
    return (
        len(facts) == 1
        and facts[0].field in RECORD_TEXT
        and not (facts[0].a_text and facts[0].b_text)
    )


def _json_problems(facts: Sequence[Fact]) -> list[str]:
    """Values of ``facts`` that JSON cannot hold (NaN and the infinities), in order: one call
    for all of an article's facts, not one for each sentence or fact."""
    return [
        f"json output has nan: {fact.field} holds {value!r}"
        for fact in facts
        for value in (fact.a, fact.b, fact.difference, fact.ratio)
        if isinstance(value, float) and not math.isfinite(value)
    ]


def check_article(article: Article, a: Occupation, b: Occupation) -> list[str]:
    """Every broken guarantee in ``article`` (written for ``a`` vs ``b``); empty when sound."""
    problems: list[str] = []
    names = _data_numbers(a) | _data_numbers(b)
    texts, headings, naming, verdicts, aside = _gather(article)
    block_verdicts = iter(verdicts)
    # The texts that are not empty, joined by new lines: a text's stray space at either end
    # is a doubled one in the whole, so no doubled space here means none in any text; and,
    # after a title, a doubled punctuation in the content (which has a new line for each
    # empty text too) holds the same marks and white space here. One translation answers
    # both tests. The blocks set aside hold none of either, nor any leaked value, within
    # them or where they meet their neighbours (see _BlockVerdict.plain): their texts are
    # looked through only to say where a problem found in the others is.
    joined = "\n".join(filter(None, texts))
    classes = _classes(joined) if joined.isascii() else None
    may_double = not texts[0] or _may_double_punctuation(joined, classes)
    output = list(_output_problems("\n".join(texts), may_double=may_double))
    if output and aside:
        content = "\n".join(_whole_texts(texts, aside))
        output = list(_output_problems(content, may_double=may_double))
    problems += output
    # The JSON values' problems come right after these: the walk below gathers the facts.
    json_at, json_facts = len(problems), list[Fact]()
    spaced = _has_doubled_space(joined, classes)
    mentions = Mentions(a, b)
    # Every text the checks will ask about, searched for names at once.
    mentions.find_all(headings + naming)
    casing = headings_casing_problems(headings, mentions)
    for heading, miscased in zip(headings, casing, strict=True):
        untidy = not heading.strip() or (
            not heading[:1].isupper() and sentence_case(heading) != heading
        )
        if untidy or (spaced and _DOUBLED_SPACE.search(heading)):
            problems.append(f"heading is not tidy: {heading!r}")
        problems += miscased
    records = {"a": a, "b": b}
    for section in article.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                problems.extend(table_problems(section.name, block, records, mentions))
                for row in block.rows:
                    fact = row.fact
                    if fact is not None:
                        json_facts.append(fact)
                        if fact.relation is not None or fact.field in QUANTITIES:
                            where = f"{section.name}/{row.label}"
                            problems += _fact_problems(where, fact, a, b)
                continue
            if isinstance(block, Heading):
                continue  # checked with the headings
            if isinstance(block, BulletList):
                problems.extend(list_problems(section.name, block, records))
            verdict = next(block_verdicts)
            if verdict is not None and not spaced:
                for where, text, tidiness, unlicensed in verdict.flagged:
                    problems += tidiness
                    problems += _number_problems(where, text, unlicensed, names)
                continue  # nor do its facts hold a value JSON cannot (see _BlockVerdict)
            prose = not isinstance(block, BulletList) or block.prose
            items = (
                block.items if isinstance(block, BulletList) else getattr(block, "sentences", ())
            )
            for sentence in items:
                facts = sentence.facts
                found: Sequence[str] | None = None
                # A first fact that compares or states a record quantity: not pair-free (the
                # usual sentence a paragraph holds), known without the call.
                if not facts or (facts[0].relation is None and facts[0].field not in QUANTITIES):
                    found = _pair_free_problems(sentence, section.name, prose, spaced, names)
                if found is None:
                    found = _checked_sentence(
                        sentence, section.name, prose, mentions, records, names, spaced
                    )
                problems += found
                json_facts += facts
    problems[json_at:json_at] = _json_problems(json_facts)
    return problems


def _pair_free_verdict(
    sentence: Sentence, section: str, prose: bool, spaced: bool
) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """A pair-free sentence's problems (see :func:`_pair_free_problems`) but for its figures
    that only the names could license: its tidiness problems, and those figures (what does
    not depend on the pair, so a :class:`_BlockVerdict` can keep it for every pair)."""
    where = f"{section}/{sentence.kind or 'text'}"
    tidiness = tuple(_tidiness_problems(where, sentence.text, prose, spaced))
    return tidiness, _unlicensed_numbers(sentence)


def _pair_free_problems(
    sentence: Sentence, section: str, prose: bool, spaced: bool, names: frozenset[float]
) -> Sequence[str] | None:
    """:func:`_checked_sentence` for a sentence judged by its own text and facts alone;
    ``None`` for any other sentence.

    A sentence is judged so when no fact compares or states a record quantity (those are
    judged against the records), no names are read (a record's own text alone, or a list
    item) and no skills are ranked in prose: an occupation's duties, skills and description,
    which recur in every article of the occupation (their blocks are judged once for every
    pair: :class:`_BlockVerdict`), and a section's lead. Only the names' numbers, which may
    license a figure, depend on the pair; they are applied to the pair-free verdict.
    """
    if not _is_pair_free(sentence, prose):
        return None
    tidiness, unlicensed = _pair_free_verdict(sentence, section, prose, spaced)
    if not unlicensed:
        return tidiness
    where = f"{section}/{sentence.kind or 'text'}"
    return [*tidiness, *_number_problems(where, sentence.text, unlicensed, names)]


def _is_pair_free(sentence: Sentence, prose: bool) -> bool:
    """Whether ``sentence`` is judged by its own text and facts alone (see
    :func:`_pair_free_problems`)."""
    facts = sentence.facts
    for fact in facts:
        if fact.relation is not None or fact.field in QUANTITIES:
            return False
        if prose and fact.field == "skills":
            return False
    return not (prose and facts and not _record_text_only(facts))


class _BlockVerdict(NamedTuple):
    """A paragraph or bullet list whose sentences are all pair-free (see
    :func:`_pair_free_problems`), judged once for every pair that prints it: an occupation's
    description, duties, skills and tools recur in all its articles, so one lookup answers
    for the block rather than one for each sentence. Such sentences name nothing (no check
    reads their names) and their facts hold no value JSON cannot, or the block is judged a
    sentence at a time."""

    #: The sentences' texts, in order.
    texts: tuple[str, ...]
    #: Where, text, tidiness problems (with no doubled space in the article) and the figures
    #: only the names could license, of each sentence with any.
    flagged: tuple[tuple[str, str, tuple[str, ...], tuple[float, ...]], ...]
    #: Whether the texts, each on its own line between a new line before and after, are
    #: ASCII and hold no doubled space, no mark a doubled punctuation could start
    #: with (see :func:`_may_double_punctuation`) and no leaked value or template syntax.
    #: Every match of those tests in the whole article then lies in the other texts as they
    #: join, so the article-wide tests can leave the block's texts out: a match touching the
    #: block lies within its texts and the new lines around them (none reaches across a new
    #: line from one text's characters to the next's).
    plain: bool


def _block_verdict(
    sentences: tuple[Sentence, ...], section: str, prose: bool
) -> _BlockVerdict | None:
    """The block's :class:`_BlockVerdict`, cached; ``None`` if a sentence is not pair-free,
    or a fact's value cannot be hashed (a list, read back from JSON)."""
    try:
        return _cached_block_verdict(sentences, section, prose)
    except TypeError:
        return None


@functools.lru_cache(maxsize=8192)
def _cached_block_verdict(
    sentences: tuple[Sentence, ...], section: str, prose: bool
) -> _BlockVerdict | None:
    flagged = []
    for sentence in sentences:
        if not _is_pair_free(sentence, prose) or _json_problems(sentence.facts):
            return None
        tidiness, unlicensed = _pair_free_verdict(sentence, section, prose, False)
        if tidiness or unlicensed:
            where = f"{section}/{sentence.kind or 'text'}"
            flagged.append((where, sentence.text, tidiness, unlicensed))
    texts = tuple(sentence.text for sentence in sentences)
    return _BlockVerdict(texts, tuple(flagged), _plain(texts))


def _plain(texts: tuple[str, ...]) -> bool:
    """:attr:`_BlockVerdict.plain` for a block's ``texts`` (an empty one leaves two new lines
    in a row: a doubled space)."""
    padded = "\n" + "\n".join(texts) + "\n"
    if not padded.isascii():
        return False
    classes = _classes(padded)
    if b"  " in classes or _may_double_punctuation(padded, classes):
        return False
    return all(_first_span(label, padded) is None for label in _LEAKS)


#: The labels of :data:`FORBIDDEN` whose matches lie inside one text (a doubled punctuation
#: can span two, and is ruled out by :func:`_may_double_punctuation`).
_LEAKS = tuple(label for label in FORBIDDEN if label != "doubled punctuation")


def _checked_sentence(
    sentence: Sentence,
    section: str,
    prose: bool,
    mentions: Mentions,
    records: dict[str, Occupation],
    names: frozenset[float],
    spaced: bool,
) -> list[str]:
    """Every problem of one sentence, in the checks' order. Its names are looked up once,
    and only where a check reads them: a prose sentence stating facts (other than a record's
    own text alone, whose names no check judges), or one whose single comparison the roles
    check may judge instead of the comparative-word test."""
    facts = sentence.facts
    where = f"{section}/{sentence.kind or 'text'}"
    a, b = records["a"], records["b"]
    # One pass over the facts: the comparisons, the record checks (asked only of facts that
    # compare or state a record quantity) and whether skills are ranked.
    relations: list[Fact] = []
    fact_problems: list[str] = []
    ranks = False
    for fact in facts:
        relation = fact.relation
        if relation == "higher" or relation == "lower":
            relations.append(fact)
        if relation is not None or fact.field in QUANTITIES:
            fact_problems += _fact_problems(where, fact, a, b)
        if fact.field == "skills":  # the only facts the ranking check reads
            ranks = True
    found = (
        mentions.in_sentence(sentence)
        if (len(relations) == 1 and not mentions.ambiguous)
        or (prose and facts and not _record_text_only(facts))
        else []
    )
    roles_known = (
        len(relations) == 1
        and not mentions.ambiguous
        and len(found) > 1
        and {m.side for m in found} == {"a", "b"}
    )
    problems = _sentence_problems(
        where, sentence, prose, names, relations, roles_known=roles_known, spaced=spaced
    )
    problems += fact_problems
    if facts and prose:
        if found:  # each of these judges names: none, nothing to judge
            problems.extend(role_problems(where, sentence, mentions))
        if ranks:
            problems.extend(ranking_problems(where, sentence, records, mentions))
        if found:
            problems += name_problems(where, sentence, mentions)
    return problems
