"""No sentence of any built-in variant repeats its verb within a few words ("The data show
that registered nurses show a growth rate …"), which reads as a slip, not as style."""

from __future__ import annotations

import re

from careerprose.testing.variants import render_every_variant

#: Verbs the templates lead with; the same one twice within a clause reads as a slip.
VERBS = frozenset((
    "show", "shows", "earn", "earns", "make", "makes", "hold", "holds", "have", "has",
    "see", "sees", "take", "takes", "need", "needs", "name", "names", "say", "says",
))  # fmt: skip
WINDOW = 6  # words


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


def test_the_check_finds_a_repeated_verb() -> None:
    slip = "The data show that registered nurses show a growth rate 2.3 points higher."
    assert repeated_verbs(slip) == ["show"]
    assert repeated_verbs("Cashiers usually hold a diploma; tellers usually hold a degree.") == []


def test_no_variant_repeats_its_verb() -> None:
    slips = {
        sentence.text
        for _, _, _, article in render_every_variant()
        for sentence in article.sentences()
        if repeated_verbs(sentence.text)
    }
    assert not slips, sorted(slips)[:10]
