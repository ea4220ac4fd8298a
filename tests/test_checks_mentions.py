"""careerprose.checks.mentions: names found in many texts at once are the names found in each.

``Mentions.find_all`` searches every text of an article in one pass (issue 13: checking must
cost no more than writing); what :meth:`Mentions.find` then gives must be exactly what it
finds in each text alone: at the texts' edges, beside figures, for names spelled like words,
and never one name across two texts.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from careerprose import Occupation
from careerprose.article import Fact, Sentence
from careerprose.checks import Mention, Mentions
from careerprose.checks.mentions import (
    _searched_spans,
    _searches,
    _take,
    _taken_spans,
    _value_spans,
    data_spans,
    first_whole_word,
    starts_sentence,
    whole_word_spans,
)

PAIRS = [
    ("Registered Nurses", "Nurse Practitioners"),  # shared words, a name inside a name
    ("iOS Developers", "IT Managers"),  # a brand's casing, an acronym spelled like a word
    ("A", "Billing Clerks"),  # a title spelled like a word
    ("911 Dispatchers", "Clerks 2"),  # names starting and ending with figures
    ("Line\nCooks", "Chefs"),  # a title written with a new line (records make it a space)
    ("İzmir Guides", "Σigma Analysts"),  # a lower case longer than the letter; a final sigma
]
PIECES = st.sampled_from(
    ["registered nurses", "Registered Nurse", "nurse practitioners", "nurses", "NURSE",
     "iOS developers", "IOS developer", "IT managers", "it", "IT", "A", "As", "a",
     "billing clerks", "911 dispatchers", "$911", "clerks 2", "2.5", "line\ncooks", "line",
     "cooks", "chefs", "İzmir guides", "izmir guides", "ΣIGMA ANALYSTS", "σigma analysts",
     "AΣ",
     " ", ", ", ". ", "-", "earn more than", "\n"]
)  # fmt: skip
TEXTS = st.lists(st.lists(PIECES, max_size=6).map("".join), min_size=1, max_size=6)


def found(mentions: Mentions, text: str) -> list[tuple[str, int, int, str]]:
    return [(m.side, m.start, m.end, m.text) for m in mentions.find(text)]


@pytest.mark.parametrize(("first", "second"), PAIRS)
@settings(max_examples=100, deadline=None)
@given(texts=TEXTS)
@example(texts=["Registered nurses earn more", "than nurse practitioners.", ""])
@example(texts=["911 dispatchers", "$911 for clerks 2", "clerks 2.5"])
@example(texts=["A", "As for pay, A earn more than billing clerks.", "A"])
@example(texts=["Pay for line", "cooks is lower."])  # not one name across two texts
def test_names_found_at_once_are_the_names_found_in_each_text(
    first: str, second: str, texts: list[str]
) -> None:
    a, b = Occupation(first), Occupation(second)
    alone = Mentions(a, b)
    expected = [found(alone, text) for text in texts]
    together = Mentions(a, b)
    together.find_all(texts)
    assert [found(together, text) for text in texts] == expected


def test_find_all_fills_what_find_answers() -> None:
    mentions = Mentions(Occupation("Registered Nurses"), Occupation("Billing Clerks"))
    text = "Registered nurses earn more than billing clerks."
    mentions.find_all([text])
    assert [(m.side, m.text) for m in mentions.find(text)] == [
        ("a", "Registered nurses"),
        ("b", "billing clerks"),
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["8%", "-8%", "$1", "$1.5", "nurse", "nurses", " ", ",", "a"]),
             max_size=8).map("".join),
    st.sampled_from(["8%", "$1", "nurse", "a", "", "s n"]),
    st.integers(0, 4),
)  # fmt: skip
@example("-8% and 8%", "8%", 0)
@example("aaa", "aa", 0)
def test_the_first_whole_word_is_the_first_of_all_of_them(text: str, needle: str, at: int) -> None:
    """Checks that need one occurrence stop at it: the same span a full search finds first."""
    spans = whole_word_spans(text, needle, at)
    assert first_whole_word(text, needle, at) == (spans[0] if spans else None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \"'(.!?:aA", max_size=12), st.integers(-3, 15))
@example("As for pay: As earn more.", 12)
@example("x", 5)
def test_a_sentence_start_is_read_as_the_text_before_it_stripped(text: str, at: int) -> None:
    before = text[:at].rstrip(" \"'(")
    assert starts_sentence(text, at) == (not before or before[-1] in ".!?:")


def _taken_plainly(text: str, names: list[str]) -> list[tuple[int, int]]:
    """What ``_take`` must give, the plain way: every whole-word span of each name (longest
    name first) that overlaps none taken before it."""
    taken: list[tuple[int, int]] = []
    for name in names:
        for start, end in whole_word_spans(text, name):
            if all(end <= s or e <= start for s, e in taken):
                taken.append((start, end))
    return taken


NAME_PIECES = st.sampled_from(["nurse", "nurses", "aa", "a", "s", "9", "é", "_", " ", "\n", "-"])


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(NAME_PIECES, max_size=10).map("".join),
    names=st.lists(st.lists(NAME_PIECES, min_size=1, max_size=3).map("".join), max_size=4),
)
@example(text="nurses nurse", names=["nurses", "nurse"])  # the singular inside the plural
@example(text="aa aa aa", names=["aa aa", "aa"])  # a name overlapping itself
@example(text="bb a a a", names=["bb a", "a a"])  # the first turned down, the next one free
@example(text="a b cc", names=["b cc", "a b"])  # a taken span starting inside a shorter one
@example(text="1 2 33", names=["2 33", "1 2"])  # the same, for names that are figures
@example(text="9nurses _nurses énurses", names=["nurses"])  # figures, "_" and accents before
@example(text="nurse9 9a a9", names=["9a", "a9", "a"])  # names starting or ending with figures
def test_names_are_taken_longest_first_as_a_plain_search_takes_them(
    text: str, names: list[str]
) -> None:
    """Mentions finds each name by a pattern that tests its word boundaries inside the regex
    engine, and tests a span against those taken by its first and last characters only: the
    same spans as a plain search of every occurrence against every span taken."""
    ordered = sorted({name for name in names if name.strip()}, key=len, reverse=True)
    taken = bytearray(len(text))
    spans = [span for name in ordered for span in _take(text, name, taken)]
    assert spans == _taken_plainly(text, ordered)


SIDE_PIECES = st.sampled_from(
    ["nurse", "nurses", "aide", "aides", "registered", "and", "or", "aa", "a", "é", "_",
     " ", ", ", "-", "(", ")", "9"]
)  # fmt: skip
SIDE_NAMES = st.frozensets(
    st.lists(SIDE_PIECES, min_size=1, max_size=4).map("".join).filter(str.strip), max_size=4
)


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.one_of(SIDE_PIECES, st.just("\n")), max_size=14).map("".join),
    a=SIDE_NAMES,
    b=SIDE_NAMES,
)
@example(
    text="registered nurses, nurses", a=frozenset({"registered nurses", "nurses"}), b=frozenset()
)
@example(
    text="nurses and aides", a=frozenset({"nurses and aides", "nurses"}), b=frozenset({"aides"})
)
@example(text="aa aa", a=frozenset({"aa"}), b=frozenset({"aa aa"}))  # one side's inside the other's
@example(text="nurse aide", a=frozenset({"nurse aide"}), b=frozenset({"aide"}))
@example(text="nurse aide nurse", a=frozenset({"nurse aide", "aide nurse"}), b=frozenset())
@example(text="nurse aide nurse", a=frozenset({"nurse aide"}), b=frozenset({"aide nurse"}))
@example(text="aide nurse aide", a=frozenset({"nurse aide"}), b=frozenset({"aide nurse"}))
@example(text="aa aa aa", a=frozenset({"aa aa"}), b=frozenset())  # a name overlapping itself
@example(text="a nurse", a=frozenset({"a nurse", "nurse"}), b=frozenset({"a"}))  # fmt: skip
def test_a_few_searches_find_what_taking_each_name_finds(
    text: str, a: frozenset[str], b: frozenset[str]
) -> None:
    """A pair's names are found by a search of the names that end alike (``_searches``) only
    when that finds the spans taking each name in turn, longest first, finds."""
    b = b - a
    searches = _searches(a, b)
    if searches is None:
        return  # names whose occurrences could overlap: each is taken by its own search
    names = sorted(
        [(name, "a") for name in a] + [(name, "b") for name in b], key=lambda n: -len(n[0])
    )
    assert _searched_spans(text, searches) == _taken_spans(text, names, bytearray(len(text)))


def _data_spans_plainly(sentence: Sentence, found: list[Mention]) -> list[tuple[int, int]]:
    """What ``data_spans`` must give, the plain way: each value's own lower case searched for
    every name."""
    names = {mention.text.lower() for mention in found}
    text = sentence.text
    spans: list[tuple[int, int]] = []
    for fact in sentence.facts:
        for value in (fact.a_text, fact.b_text):
            if value and any(name in value.lower() for name in names):
                spans += _value_spans(text, value)
    return spans


VALUE_PIECES = st.sampled_from(["AA", "Aa", "aa", "ΑΣ", "ας", "σ", "İ", "i̇", " ", ".", "'", "\n"])
VALUES = st.lists(VALUE_PIECES, max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(VALUE_PIECES, max_size=10).map("".join),
    values=st.lists(st.tuples(st.none() | VALUES, st.none() | VALUES), max_size=3),
    names=st.lists(VALUES.filter(bool), min_size=1, max_size=3),
)
@example(text="ΑΣ aa", values=[("ΑΣ", None), (None, "AA")], names=["ας"])  # a final sigma
@example(text="x ΑΣ", values=[("ΑΣ", "ΑΣ\nΣ")], names=["σ"])
def test_values_holding_names_are_found_as_each_value_alone_shows(
    text: str, values: list[tuple[str | None, str | None]], names: list[str]
) -> None:
    """``data_spans`` tests all of a sentence's values at once, in one lower case of them
    joined: what it finds is what each value's own lower case shows."""
    facts = tuple(Fact("industries", a_text=a, b_text=b) for a, b in values)
    sentence = Sentence(text, facts=facts)
    found = [Mention("a", 0, len(name), name) for name in names]
    assert data_spans(sentence, found) == _data_spans_plainly(sentence, found)


#: Occupations whose names change with the other side: the same head noun ("nurses") is no
#: name of either side, a different one is; and titles spelled like words.
SIDES = [
    Occupation("Registered Nurses"),
    Occupation("Licensed Practical Nurses"),
    Occupation("Nurse Practitioners"),
    Occupation("Billing Clerks"),
    Occupation("IT Managers"),
    Occupation("A"),
]
SIDE_TEXTS = [
    "Nurses earn more than licensed practical nurses and registered nurses.",
    "Practitioners, billing clerks and clerks: IT managers, A and it.",
    "A registered nurse, a nurse practitioner and a manager.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.permutations(range(len(SIDES))).map(lambda order: order[:2]), max_size=6))
def test_a_pairs_names_do_not_depend_on_the_pairs_before_it(pairs: list[list[int]]) -> None:
    """Each side's names are made once for every pair that leaves them the same (and kept):
    a pair finds what it finds with nothing kept, whatever pairs came before it."""
    from careerprose.checks import mentions as module

    module._side.cache_clear()
    for first, second in pairs:  # fill the kept sides as a batch would
        Mentions(SIDES[first], SIDES[second])
    for first, second in [*pairs, (0, 1), (0, 3), (1, 0)]:
        kept = Mentions(SIDES[first], SIDES[second])
        module._side.cache_clear()
        alone = Mentions(SIDES[first], SIDES[second])
        assert kept.ambiguous == alone.ambiguous
        for text in SIDE_TEXTS:
            assert found(kept, text) == found(alone, text)
