"""Titles written as the English layer writes them.

Every mention of an occupation must be one of its forms exactly as
:class:`careerprose.english.JobTitle` cases them ("iOS developer", "RN"), or, at the start of a
sentence, that form through :func:`careerprose.english.casing.sentence_case`, which leaves a
mixed-case first word alone: "IOS developer" for an "iOS Developer" is an error, and so is
"Registered Nurse" in the middle of a sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import cast

import attrs

from careerprose.article import Sentence
from careerprose.checks.mentions import Mention, Mentions, starts_sentence
from careerprose.english.casing import sentence_case

__all__ = [
    "RECORD_TEXT",
    "agreement_problems",
    "casing_problems",
    "headings_casing_problems",
    "name_problems",
]


@attrs.frozen
class _Spellings:
    """A side's spellings allowed inside a sentence and at its start, and the same in lower
    case (a mention matching none of those is another form of the name, not a miscased
    one)."""

    inside: frozenset[str]
    start: frozenset[str]
    inside_lower: frozenset[str]
    start_lower: frozenset[str]

    @classmethod
    def of(cls, inside: set[str] | frozenset[str], start: set[str] | frozenset[str]) -> _Spellings:
        """The spellings ``inside`` and at the ``start``, with their lower cases."""
        return cls(
            frozenset(inside),
            frozenset(start),
            frozenset(form.lower() for form in inside),
            frozenset(form.lower() for form in start),
        )


@functools.lru_cache(maxsize=4096)
def _spellings(
    singular: str, plural: str, heads: tuple[str, str] | None, display: tuple[str, ...] = ()
) -> _Spellings:
    """The spellings allowed inside a sentence, and at its start, with ``display`` (a
    heading's Title Case forms) allowed in both (keyed by strings: hashing the title's forms
    for every mention cost more than the look-up saved)."""
    inside = {singular, plural}
    if heads is not None:
        inside.update(heads)
    start = inside | {sentence_case(form) for form in inside}
    return _Spellings.of(inside.union(display), start.union(display))


#: Facts whose text is a record's own, printed as written: not ours to case.
RECORD_TEXT = frozenset({"description", "responsibilities"})


def casing_problems(
    where: str, sentence: Sentence, mentions: Mentions, *, heading: bool = False
) -> Iterator[str]:
    """Mentions of an occupation cased otherwise than the English layer cases them; a
    ``heading`` may also use the title in Title Case ("Registered Nurse or Medical Assistant?")."""
    if any(fact.field in RECORD_TEXT for fact in sentence.facts):
        return
    yield from _casing(where, sentence.text, mentions, mentions.in_sentence(sentence), heading)


def headings_casing_problems(headings: Sequence[str], mentions: Mentions) -> list[list[str]]:
    """:func:`casing_problems` of each of ``headings`` (``heading=True``), in order, each side's
    spellings (with the Title Case forms) made once for all of them. A heading states no
    facts, so its names are all :meth:`Mentions.find` gives."""
    allowed_by_side: dict[str, _Spellings] = {}
    return [
        _casing("heading", heading, mentions, found, True, allowed_by_side)
        if (found := mentions.find(heading))
        else []
        for heading in headings
    ]


def name_problems(where: str, sentence: Sentence, mentions: Mentions) -> list[str]:
    """:func:`casing_problems`, then :func:`agreement_problems`, of a prose sentence, in one
    look at its mentions (the checker's way: both judge the same names)."""
    for fact in sentence.facts:  # a loop, not any() of a generator: asked of every sentence
        if fact.field in RECORD_TEXT:
            return []
    found = mentions.in_sentence(sentence)
    if not found:
        return []
    text = sentence.text
    casing = _casing(where, text, mentions, found, False, _prose_spellings(mentions))
    return casing + _agreement(where, text, mentions, found)


def _prose_spellings(mentions: Mentions) -> dict[str, _Spellings]:
    """Each side's spellings allowed in prose, kept with the pair's ``mentions`` (filled by
    :func:`_casing` on first use): looked up once a pair, not once a sentence."""
    kept = mentions.kept.get("prose spellings")
    if kept is None:
        kept = mentions.kept["prose spellings"] = {}
    return cast("dict[str, _Spellings]", kept)


def _casing(
    where: str,
    text: str,
    mentions: Mentions,
    found: list[Mention],
    heading: bool,
    allowed_by_side: dict[str, _Spellings] | None = None,
) -> list[str]:
    """The casing problems of the names ``found`` in ``text``; ``allowed_by_side`` keeps each
    side's spellings, made on first use (shared by the calls that pass the same one)."""
    problems: list[str] = []
    if allowed_by_side is None:
        allowed_by_side = {}
    for mention in found:
        side = mention.side
        spellings = allowed_by_side.get(side)
        if spellings is None:  # once a side, not once a mention
            forms = mentions.forms[side]
            display = (forms.display, forms.display_plural) if heading else ()
            spellings = _spellings(forms.singular, forms.plural, mentions.heads[side], display)
            allowed_by_side[side] = spellings
        if mention.text in spellings.inside:
            continue  # as written inside a sentence, and so also right at its start
        at_start = starts_sentence(text, mention.start)
        allowed = spellings.start if at_start else spellings.inside
        if mention.text not in allowed:
            lower = mention.text.lower()
            if lower not in (spellings.start_lower if at_start else spellings.inside_lower):
                continue  # another form of the name ("a" + title): judged by its own rules
            expected = sorted(form for form in allowed if form.lower() == lower)
            problems.append(
                f"{where}: {mention.text!r} should be written {expected[0]!r}: {text!r}"
            )
    return problems


#: Verbs templates put after an occupation, in the third person singular and plural.
_SINGULAR_VERBS = frozenset(
    ("earns", "makes", "holds", "has", "is", "takes", "lists", "works", "needs", "gets", "was")
)
_PLURAL_VERBS = frozenset(
    ("earn", "make", "hold", "have", "are", "take", "list", "work", "need", "get", "were")
)
# After these the name is an object ("the rate for nurses is"), not the verb's subject.
_NOT_SUBJECT = frozenset(
    ("for", "of", "than", "to", "with", "among", "by", "between", "as", "against", "from", "in",
     "on", "at", "and", "or", "among", "like")
)  # fmt: skip
#: The plain readings, ``([a-z]+)\W+(?:(?:a|an|the|these|those)\W+)?$`` (the word before a
#: name, past a determiner) and ``\b([a-z]+) [a-z]+ $`` (the word before a word before it),
#: written to start with one letter then look back at the character before it: the plain
#: ones start with a repeat, so the search tried every position and, for each, every shorter
#: run of the word's letters. A letter after another is turned down at once, and a word is
#: read whole (``[a-z]*+``: a shorter run is followed by a letter, which never matches).
_PREVIOUS_WORDS = re.compile(r"([a-z](?<![a-z].)[a-z]*+)\W+(?:(?:a|an|the|these|those)\W+)?$")
_MODIFIED = re.compile(r"([a-z](?<!\w.)[a-z]*+) [a-z]++ $")


def _object_of_preposition(before: str) -> bool:
    """Whether a name after ``before`` follows a preposition (past any determiner)."""
    # The words just before the name are enough (the patterns are anchored at the end, and a
    # search from the start of a long text is slow), unless the window cut the first word.
    # The window is mostly the template's own words ("The hourly rate for "), so its
    # reading is cached by it: it recurs in every article that prints the sentence.
    window = before[-40:]
    cut, previous, modified = _window_reading(window)
    if cut and len(window.lower()) < len(before):
        found = _PREVIOUS_WORDS.search(before.lower())
        previous = found is not None and found.group(1) in _NOT_SUBJECT
    return previous or modified


@functools.lru_cache(maxsize=8192)
def _window_reading(window: str) -> tuple[bool, bool, bool]:
    """What :func:`_object_of_preposition` reads in the last 40 characters before a name:
    whether the word before the name starts the window (the window may have cut it), whether
    that word is a preposition, and whether the word before a word before the name is."""
    lowered = window.lower()
    found = _PREVIOUS_WORDS.search(lowered)
    modified = _MODIFIED.search(lowered)
    return (
        found is not None and found.start() == 0,
        found is not None and found.group(1) in _NOT_SUBJECT,
        # A name with a word of the template's before it is a noun of the phrase ("the share
        # of men workers is"): the preposition stands one word earlier.
        modified is not None and modified.group(1) in _NOT_SUBJECT,
    )


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _stands_alone(text: str, at: int) -> bool:
    """Whether a name at ``at`` starts a word of its own, not the tail of a longer name as the
    data writes it ("lăs" in "junior;lăs", whose verb agrees with the whole)."""
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "\"'(“‘"


def agreement_problems(where: str, sentence: Sentence, mentions: Mentions) -> Iterator[str]:
    """An occupation named in the plural with a singular verb ("nurses earns"), or the other
    way round ("a nurse earn")."""
    if any(fact.field in RECORD_TEXT for fact in sentence.facts):
        return
    yield from _agreement(where, sentence.text, mentions, mentions.in_sentence(sentence))


@functools.lru_cache(maxsize=4096)
def _plurals_and_singulars(
    singular: str, plural: str, heads: tuple[str, str] | None
) -> tuple[frozenset[str], frozenset[str]]:
    """A side's plural names and its singular ones (a name that is both counts as plural)."""
    plurals = {plural, *(heads[1:] if heads else ())}
    return frozenset(plurals), frozenset({singular, *(heads[:1] if heads else ())} - plurals)


def _agreement(where: str, text: str, mentions: Mentions, found: list[Mention]) -> list[str]:
    problems: list[str] = []
    for mention in found:
        match = _NEXT_WORD.match(text, mention.end)
        if match is None:
            continue
        verb = match.group(1)
        singular_verb = verb in _SINGULAR_VERBS
        if not singular_verb and verb not in _PLURAL_VERBS:
            continue  # no verb that agrees or not: nothing to judge
        start = mention.start
        if start and (not _stands_alone(text, start) or _object_of_preposition(text[:start])):
            continue  # (at the start, nothing is before the name: no preposition)
        forms = mentions.forms[mention.side]
        plurals, singulars = _plurals_and_singulars(
            forms.singular, forms.plural, mentions.heads[mention.side]
        )
        name = mention.text.lower()
        if name in plurals and singular_verb:
            problems.append(f"{where}: {mention.text!r} (plural) with {verb!r}: {text!r}")
        elif name in singulars and verb in _PLURAL_VERBS:
            problems.append(f"{where}: {mention.text!r} (singular) with {verb!r}: {text!r}")
    return problems
