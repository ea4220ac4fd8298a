"""careerprose.english.inflection: single nouns, persons, possessives, and inflect's state."""

from __future__ import annotations

import pytest

from careerprose.english import (
    EnglishError,
    is_person_noun,
    is_plural,
    pluralize,
    possessive,
    singularize,
)
from careerprose.english.inflection import _engine
from careerprose.testing.english import HEADS

PAIRS = [
    ("analyst", "analysts"),
    ("secretary", "secretaries"),
    ("attorney", "attorneys"),
    ("coach", "coaches"),
    ("boss", "bosses"),
    ("waitress", "waitresses"),
    ("midwife", "midwives"),
    ("chief", "chiefs"),
    ("chef", "chefs"),
    ("sheriff", "sheriffs"),
    ("foreman", "foremen"),
    ("woman", "women"),
    ("alumnus", "alumni"),
    ("passerby", "passersby"),
    ("editor-in-chief", "editors-in-chief"),
    ("sergeant-at-arms", "sergeants-at-arms"),
    ("mother-in-law", "mothers-in-law"),
    ("runner-up", "runners-up"),
    ("co-worker", "co-workers"),
    ("developer/designer", "developers/designers"),
    ("RN", "RNs"),
    ("CEO", "CEOs"),
    ("PhD", "PhDs"),
    ("tech", "techs"),
    ("series", "series"),
    ("Company", "Companies"),
    ("German", "Germans"),
]


@pytest.mark.parametrize(("singular", "plural"), PAIRS, ids=[pair[0] for pair in PAIRS])
def test_pluralize_and_singularize(singular: str, plural: str) -> None:
    assert pluralize(singular) == plural
    if singular != plural:
        assert singularize(plural) == singular
        assert is_plural(plural)
        assert not is_plural(singular)


@pytest.mark.parametrize(("singular", "plural"), HEADS, ids=[pair[0] for pair in HEADS])
def test_strategy_heads_round_trip(singular: str, plural: str) -> None:
    assert pluralize(singular) == plural
    assert singularize(plural) == singular


SINGULAR_ENDING_IN_S = ["boss", "bus", "status", "analysis", "physics", "economics", "sales",
                        "news", "chassis", "campus", "actress", "glass", "its"]  # fmt: skip


@pytest.mark.parametrize("word", SINGULAR_ENDING_IN_S)
def test_singular_words_ending_in_s_stay_singular(word: str) -> None:
    assert not is_plural(word)
    assert singularize(word) == word


def test_plural_only_collectives() -> None:
    assert is_plural("police")
    assert singularize("police") == "police officer"
    assert singularize("staff") == "staff member"
    assert pluralize("staff") == "staff"


PERSONS = [
    ("collectors", True), ("specialist", True), ("chefs", True), ("RN", True), ("agent", True),
    ("stonemasons", True), ("person", True), ("orderlies", True), ("editor-in-chief", True),
    ("computer", False), ("benefits", False), ("equipment", False), ("amusement", False),
    ("hoist", False), ("floor", False), ("sales", False), ("news", False), ("plant", False),
]  # fmt: skip


@pytest.mark.parametrize(("word", "expected"), PERSONS, ids=[case[0] for case in PERSONS])
def test_is_person_noun(word: str, expected: bool) -> None:
    assert is_person_noun(word) is expected


POSSESSIVES = [
    ("registered nurse", "registered nurse's"),
    ("registered nurses", "registered nurses'"),
    ("boss", "boss's"),
    ("bosses", "bosses'"),
    ("chiefs of staff", "chiefs of staff's"),
    ("women", "women's"),
    ("RNs", "RNs'"),
    ("analyst II", "analyst II's"),
    ("manager (all other)", "manager (all other)'s"),
]


@pytest.mark.parametrize(("phrase", "expected"), POSSESSIVES, ids=[p[0] for p in POSSESSIVES])
def test_possessive(phrase: str, expected: str) -> None:
    assert possessive(phrase) == expected


def test_our_inflect_engine_never_carries_a_count() -> None:
    """``num()`` changes later results of an engine; ours must never have been given one."""
    for singular, _plural in PAIRS:
        pluralize(singular)
    engine = _engine()
    assert engine.persistent_count is None
    # A caller's own engine with a count set does not change our results.
    import inflect

    theirs = inflect.engine()
    theirs.num(1)
    assert theirs.plural_noun("analyst") == "analyst"
    assert pluralize("analyst") == "analysts"


@pytest.mark.parametrize(
    "function", [pluralize, singularize, is_plural, is_person_noun, possessive]
)
@pytest.mark.parametrize("bad", [None, "", "  ", 7], ids=["None", "empty", "spaces", "int"])
def test_bad_input_is_rejected(function: object, bad: object) -> None:
    with pytest.raises(EnglishError, match="expected a non-empty word"):
        function(bad)  # type: ignore[operator]
