"""``name_problems``: casing and agreement judged in one look at a sentence's names.

The checker runs both checks on every prose sentence that names an occupation; doing so in one
walk over the mentions (issue 13: checking must cost no more than writing) must find what the
two checks find apart, in the same order: the casing problems first.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from careerprose import Occupation
from careerprose.article import Fact, Sentence
from careerprose.checks import (
    Mentions,
    agreement_problems,
    casing_problems,
    headings_casing_problems,
    name_problems,
)
from careerprose.checks.orthography import (
    _MODIFIED,
    _NOT_SUBJECT,
    _PREVIOUS_WORDS,
    _object_of_preposition,
)

IOS = Occupation("iOS Developers")
NURSE = Occupation("Registered Nurses")
PAY = Fact("salary.average", 1, 2, "$1", "$2", "lower")
DUTIES = Fact("responsibilities", a="Registered Nurses earns the most.")

SENTENCES = [
    "IOS developers earns less than registered nurses.",  # miscased
    "iOS developers earn less than Registered Nurses.",  # one title miscased mid-sentence
    "An iOS developer earn less than a registered nurse is paid.",  # singular with "earn"
    "Pay for registered nurses is higher than for iOS developers.",  # a plural after "for"
    "Registered nurses earn more, and iOS developers has fewer jobs.",
    "No occupation is named here.",
    "Registered Nurses earns more than iOS developers.",  # miscased and singular verb
]


@pytest.mark.parametrize("text", SENTENCES, ids=range(len(SENTENCES)))
def test_one_walk_finds_what_the_two_checks_find(text: str) -> None:
    mentions = Mentions(IOS, NURSE)
    sentence = Sentence(text, (PAY,))
    expected = [
        *casing_problems("pay", sentence, mentions),
        *agreement_problems("pay", sentence, mentions),
    ]
    assert name_problems("pay", sentence, mentions) == expected


def test_a_pairs_sentences_judged_in_turn_are_judged_as_each_alone() -> None:
    """Each side's spellings are kept with the pair's mentions once made: sentences judged
    one after another, for two pairs in turn (the same occupations on swapped sides), get
    what each gets judged alone."""
    pairs = [Mentions(IOS, NURSE), Mentions(NURSE, IOS)]
    for text in SENTENCES * 2:
        for mentions in pairs:
            sentence = Sentence(text, (PAY,))
            alone = Mentions(*((IOS, NURSE) if mentions is pairs[0] else (NURSE, IOS)))
            expected = [
                *casing_problems("pay", sentence, alone),
                *agreement_problems("pay", sentence, alone),
            ]
            assert name_problems("pay", sentence, mentions) == expected


def test_casing_comes_before_agreement() -> None:
    found = name_problems("pay", Sentence(SENTENCES[-1], (PAY,)), Mentions(IOS, NURSE))
    assert len(found) == 2
    assert "should be written 'Registered nurses'" in found[0]
    assert "(plural) with 'earns'" in found[1]


def test_a_record_text_is_not_judged() -> None:
    sentence = Sentence("IOS developers earns the most.", (DUTIES,))
    assert name_problems("duties", sentence, Mentions(IOS, NURSE)) == []


HEADINGS = [
    "Registered Nurse vs iOS Developer",  # Title Case: allowed in a heading
    "IOS Developers or Registered Nurses?",  # miscased brand
    "What does an iOS developer do?",
    "Pay of Registered nurses",  # neither the forms nor their Title Case
    "",
    "No occupation here",
]


def test_headings_are_judged_as_each_alone() -> None:
    """The article's headings judged at once, each side's spellings made once for all, give
    each heading the problems ``casing_problems(..., heading=True)`` gives it alone."""
    mentions = Mentions(IOS, NURSE)
    expected = [
        list(casing_problems("heading", Sentence(text), Mentions(IOS, NURSE), heading=True))
        for text in HEADINGS
    ]
    assert headings_casing_problems(HEADINGS, mentions) == expected
    assert any(expected)  # the miscased ones are found


#: The agreement check's look-back patterns as first written (see ``checks.orthography``).
PLAIN_PREVIOUS_WORDS = re.compile(r"([a-z]+)\W+(?:(?:a|an|the|these|those)\W+)?$")
PLAIN_MODIFIED = re.compile(r"\b([a-z]+) [a-z]+ $")
WINDOW_PIECES = st.sampled_from(["for", "the", "a", "an", "these", "men", "x", " ", ",", ".",
                                 "1", "_", "é", "\n", "-"])  # fmt: skip


def _read(match: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return None if match is None else (match.span(), match.group(1))


@settings(max_examples=500, deadline=None)
@given(st.lists(WINDOW_PIECES, max_size=12).map("".join))
@example("the share of men ")  # the word before a word before the name
@example("pay for the ")  # a preposition, then a determiner
@example("café1of _the ")  # letters glued to other word characters
@example("éof men ")  # no word starts at "of": "é" is a word character
def test_the_words_before_a_name_are_read_as_the_plain_patterns_read_them(window: str) -> None:
    """The patterns that find the word before a name start with one letter, so the search
    skips to letters that start a word: they find what the plain patterns find."""
    assert _read(_PREVIOUS_WORDS.search(window)) == _read(PLAIN_PREVIOUS_WORDS.search(window))
    assert _read(_MODIFIED.search(window)) == _read(PLAIN_MODIFIED.search(window))


def _plain_object_of_preposition(before: str) -> bool:
    """The preposition test as first written: both patterns read afresh for every name."""
    window = before[-40:].lower()
    found = _PREVIOUS_WORDS.search(window)
    if found is not None and found.start() == 0 and len(window) < len(before):
        found = _PREVIOUS_WORDS.search(before.lower())
    if found is not None and found.group(1) in _NOT_SUBJECT:
        return True
    modified = _MODIFIED.search(window)
    return modified is not None and modified.group(1) in _NOT_SUBJECT


BEFORE_PIECES = st.sampled_from(["for", "the", "a", "of", "men", "ForThe", "x" * 30, "y" * 37,
                                 " ", ",", "1", "_", "İ", "\n"])  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(BEFORE_PIECES, max_size=10).map("".join))
@example("")  # a name at the start of its sentence
@example("The hourly rate for ")
@example("the share of men ")  # the word before a word before the name
@example("for" + " " * 37)  # the word before the name starts the 40-character window...
@example("xfor" + " " * 37)  # ... and is cut by it ("xfor", not "for"): the whole is read
@example("İ" * 38 + "for ")  # a lower case longer than the text
def test_the_words_before_a_name_are_read_as_when_read_afresh(before: str) -> None:
    """Whether a name follows a preposition is read from the 40 characters before it, the
    reading cached by them: asked again, or with the window cut, it is what reading the text
    afresh gives."""
    expected = _plain_object_of_preposition(before)
    assert _object_of_preposition(before) == expected
    assert _object_of_preposition(before) == expected  # answered by the cache
