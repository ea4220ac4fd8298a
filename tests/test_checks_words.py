"""``WholeWords``: the fast whole-word search finds exactly what ``\\b(word|…)\\b`` finds.

The checker's comparative words and number words are searched with a pattern that starts with
one character class (issue 13: checking must cost no more than writing). These tests pin the
rewrite to the plain pattern, match for match, in every case mode, on ASCII text (where the
rewrite is used) and on any other text (where the plain pattern is).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from careerprose.checks.clauses import DOWN, UP, comparatives, first_comparative
from careerprose.checks.words import WholeWords

WORDS = sorted(UP | DOWN)
MODES = {"exact": {}, "ignore_case": {"ignore_case": True}, "ascii_case": {"ascii_case": True}}
PIECES = st.sampled_from(
    [*WORDS, "MORE", "Higher", "out-Earns", "furthermore", "x", "_", "-", "é", "ſ", "K", " ",
     ",", "\n", "2", "or more", "OR MORE"]
)  # fmt: skip
TEXTS = st.one_of(st.lists(PIECES, max_size=8).map("".join), st.text(max_size=30))


def found(
    pattern: WholeWords | re.Pattern[str], text: str, pos: int = 0
) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(1)) for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("mode", MODES, ids=list(MODES))
@settings(max_examples=200, deadline=None)
@given(text=TEXTS, pos=st.integers(0, 5))
@example(text="Smaller pay, out-earns and OUTNUMBER them; furthermore", pos=0)
@example(text="xmore more", pos=1)
@example(text="émore more", pos=0)
def test_the_rewrite_finds_what_the_plain_pattern_finds(mode: str, text: str, pos: int) -> None:
    search = WholeWords(WORDS, **MODES[mode])
    assert found(search.fast, text, pos) == found(search.plain, text, pos)
    assert found(search, text, pos) == found(search.plain, text, pos)
    first = search.search(text, pos)
    plain = search.plain.search(text, pos)
    assert (first and first.span()) == (plain and plain.span())


def test_case_modes_read_as_their_names_say() -> None:
    assert found(WholeWords(["more"]), "More more") == [((5, 9), "more")]
    assert found(WholeWords(["more"], ignore_case=True), "More MORE") == [
        ((0, 4), "More"),
        ((5, 9), "MORE"),
    ]
    # Full case folding off ASCII: a Kelvin sign is a "k" under re.IGNORECASE, not under ASCII.
    assert found(WholeWords(["kin"], ignore_case=True), "\u212ain") == [((0, 3), "\u212ain")]
    assert found(WholeWords(["kin"], ascii_case=True), "\u212ain KIN") == [((4, 7), "KIN")]


def test_words_are_whole() -> None:
    search = WholeWords(["more", "higher"], ignore_case=True)
    assert found(search, "furthermore, highermost and more_ or (more)") == [((38, 42), "more")]


@pytest.mark.parametrize("words", [[], ["-x"], ["2nd"], ["éclair"]], ids=repr)
def test_words_must_start_with_an_ascii_letter(words: list[str]) -> None:
    with pytest.raises(ValueError, match="must start with an ASCII letter"):
        WholeWords(words)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
@example("$239,200 or more, and OR MORE; more")
@example("Or more é more")
def test_comparatives_leave_out_lower_bounds_as_the_plain_patterns_do(text: str) -> None:
    bound = re.compile(r"\bor more\b", re.IGNORECASE)
    plain = re.compile(r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.I)
    blanked = bound.sub(lambda m: " " * len(m.group()), text)
    expected = [(m.span(), m.group(1)) for m in plain.finditer(blanked)]
    assert [(m.span(), m.group(1)) for m in comparatives(text)] == expected


@settings(max_examples=200, deadline=None)
@given(TEXTS)
@example("$239,200 or more, and OR MORE; more")
@example("Or more é more")
def test_the_first_comparative_is_the_first_of_them_all(text: str) -> None:
    first = first_comparative(text, text.lower())
    every = [(m.span(), m.group(1)) for m in comparatives(text)]
    assert ((first.span(), first.group(1)) if first else None) == (every[0] if every else None)
