"""Slips an editor would strike, in every variant of the built-in templates: a verb repeated
within a few words ("The data show that registered nurses show a growth rate …"), and an
aside left open ("Actors, as well as producers and directors have …"), and a noun used as a
modifier ("The share of men workers")."""

from __future__ import annotations

import re
from collections.abc import Callable

from careerprose import datasets
from careerprose.records.model import Occupation
from careerprose.testing.variants import corpus, render_every_variant

#: Verbs the templates lead with; the same one twice within a clause reads as a slip.
VERBS = frozenset((
    "show", "shows", "earn", "earns", "make", "makes", "hold", "holds", "have", "has",
    "see", "sees", "take", "takes", "need", "needs", "name", "names", "named", "say", "says",
))  # fmt: skip
WINDOW = 6  # words
Pairs = tuple[tuple[Occupation, Occupation], ...]


def repeated_verbs(sentence: str) -> list[str]:
    """The verbs used twice within :data:`WINDOW` words of one clause (parallel clauses after
    a semicolon may repeat: "cashiers usually hold …; tellers usually hold …")."""
    found = []
    for clause in sentence.split(";"):
        words = re.findall(r"[a-z]+", clause.lower())
        for index, word in enumerate(words):
            if word in VERBS and word in words[index + 1 : index + 1 + WINDOW]:
                found.append(word)
    return found


def _slips(found: Callable[[str], object], pairs: Pairs | None = None) -> list[str]:
    """The sentences of every variant (over ``pairs``, default the corpus) where ``found``."""
    return sorted(
        {
            sentence.text
            for _, _, _, article in render_every_variant(pairs=pairs)
            for sentence in article.sentences()
            if found(sentence.text)
        }
    )


def test_the_check_finds_a_repeated_verb() -> None:
    slip = "The data show that registered nurses show a growth rate 2.3 points higher."
    assert repeated_verbs(slip) == ["show"]
    assert repeated_verbs("Cashiers usually hold a diploma; tellers usually hold a degree.") == []


#: Two titles kept apart by "X, as well as Y" as a subject: the aside must close before the
#: verb ("Actors, as well as producers and directors, have …").
_VERBS = (
    "are|is|have|has|hold|earn|make|need|get|say|name|see|take|show|appear|can|do|share|work"
    "|come|lead|differ|both|each|typically|usually|most|often"
)
UNCLOSED_ASIDE = re.compile(rf", as well as [^,.;:]+? (?:{_VERBS})\b")


def test_the_check_finds_an_unclosed_aside() -> None:
    assert UNCLOSED_ASIDE.search("Actors, as well as producers and directors have speaking.")
    assert not UNCLOSED_ASIDE.search("Actors, as well as producers and directors, have speaking.")


def test_no_variant_leaves_an_aside_open() -> None:
    # the corpus, and pairs whose titles need the aside (one has its own "and") with skills
    # and demographics in common, so every variant naming both as a subject is reached
    pairs = (
        *corpus(),
        (datasets.get("Actors"), datasets.get("Producers and Directors")),
        (datasets.get("General and Operations Managers"), datasets.get("Human Resources Managers")),
    )
    slips = _slips(UNCLOSED_ASIDE.search, pairs)
    assert not slips, slips[:10]


#: A gender group used as a modifier: it may be a noun ("men"), so "men workers" or "the women
#: share" (the built-in CPS data names the groups "men" and "women").
NOUN_AS_MODIFIER = re.compile(r"\b(?:men|women) (?:workers|share)\b", re.IGNORECASE)


def test_no_variant_uses_a_gender_noun_as_a_modifier() -> None:
    pairs = (
        (datasets.get("Retail Salespersons"), datasets.get("Cashiers")),
        (datasets.get("Sheet Metal Workers"), datasets.get("Electricians")),
    )
    slips = _slips(NOUN_AS_MODIFIER.search, pairs)
    assert not slips, slips[:10]


def test_no_variant_repeats_its_verb() -> None:
    slips = _slips(repeated_verbs)
    assert not slips, slips[:10]
