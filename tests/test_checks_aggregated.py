"""The checker judges every clause of an aggregated sentence (careerprose.checks.clauses and
.tradeoffs): the intro's joined gaps ("gaps_aligned", "gaps_tradeoff") and the closing's
trade-off, in every variant of the built-in templates, each with a planted swap."""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest

from careerprose import Occupation, check_article
from careerprose.article import Article, Paragraph, Section, Sentence
from careerprose.checks import Mentions
from careerprose.checks.clauses import comparatives
from careerprose.checks.mentions import starts_sentence
from careerprose.testing.variants import render_every_variant


def occ(title: str, **fields: Any) -> Occupation:
    return Occupation.from_dict({"title": title, **fields})


def _months(low: int, high: int) -> dict[str, int]:
    return {"min_months": low, "max_months": high}


# Pairs whose intro joins two gaps, with and without the time to qualify (a gap with no
# figure in the sentence: "take longer to qualify"), aligned and pulling apart; each pair is
# also taken the other way round.
PAIRS = [
    (occ("Payroll Clerks", salary={"average": 52000}, jobs=150000, time_to_become=_months(1, 3)),
     occ("Actuaries", salary={"average": 40000}, jobs=150000, time_to_become=_months(24, 48))),
    (occ("Payroll Clerks", salary={"average": 52000}, jobs=150000, time_to_become=_months(24, 48)),
     occ("Actuaries", salary={"average": 40000}, jobs=150000, time_to_become=_months(1, 3))),
    (occ("Nursing Assistants", salary={"average": 39000}, jobs=1300000, growth_rate=4.1),
     occ("Dental Hygienists", salary={"average": 91000}, jobs=210000, growth_rate=9.0)),
    (occ("Cashiers", salary={"average": 30000}, jobs=3300000, growth_rate=-10.0),
     occ("Tax Examiners", salary={"average": 65000}, jobs=60000, growth_rate=2.0)),
    (occ("Software Developers", salary={"average": 130000}, jobs=1600000, growth_rate=2.0),
     occ("Tax Examiners", salary={"average": 65000}, jobs=60000, growth_rate=2.0)),
]  # fmt: skip
PAIRS += [(b, a) for a, b in PAIRS]

#: The messages of the rules that tell who is who (roles and trade-offs).
ROLE_RULES = re.compile(
    r"occupation, but its value is|but the sentence says it of the|"
    r"but the sentence gives it to the other one|but the other one is ahead on it"
)
OPPOSITE = {"more": "less", "less": "more", "fewer": "more", "higher": "lower", "lower": "higher",
            "longer": "shorter", "shorter": "longer", "sooner": "longer"}  # fmt: skip


@functools.cache
def _written(kind: str) -> tuple[tuple[Occupation, Occupation, Sentence], ...]:
    """Every distinct sentence of ``kind`` the built-in templates write for PAIRS."""
    found: dict[str, tuple[Occupation, Occupation, Sentence]] = {}
    for _, a, b, article in render_every_variant(pairs=tuple(PAIRS)):
        for sentence in article.sentences():
            if sentence.kind == kind:
                found.setdefault(sentence.text, (a, b, sentence))
    return tuple(found.values())


def _problems(sentence: Sentence, a: Occupation, b: Occupation) -> list[str]:
    section = Section("intro", None, (Paragraph((sentence,)),))
    return [p for p in check_article(Article("T", (section,)), a, b) if "heading" not in p]


def _swapped(sentence: Sentence, a: Occupation, b: Occupation) -> str:
    """The sentence with the two occupations' names swapped, each cased for its place."""
    text = sentence.text
    found = Mentions(a, b).find(text)
    other = {m.side: m.text for m in found}
    assert set(other) == {"a", "b"}, text
    for mention in reversed(found):
        name = other["b" if mention.side == "a" else "a"]
        name = name[0].upper() + name[1:] if starts_sentence(text, mention.start) else name
        if not starts_sentence(text, mention.start) and name[:1].isupper():
            name = name[0].lower() + name[1:]
        text = text[: mention.start] + name + text[mention.end :]
    return text


@pytest.mark.parametrize("kind", ["gaps_aligned", "gaps_tradeoff"])
def test_a_comparative_flipped_in_any_clause_of_a_joined_gap_is_caught(kind: str) -> None:
    written = _written(kind)
    assert len(written) >= 16, "every variant, several pairs"
    for a, b, sentence in written:
        assert _problems(sentence, a, b) == [], sentence.text
        words = comparatives(sentence.text)
        assert words, sentence.text
        for word in words:
            flipped = OPPOSITE[word.group(1).lower()]
            text = sentence.text[: word.start()] + flipped + sentence.text[word.end() :]
            found = _problems(sentence._replace(text=text), a, b)
            assert any(ROLE_RULES.search(p) for p in found), (text, found)


@pytest.mark.parametrize("kind", ["gaps_aligned", "gaps_tradeoff", "closing"])
def test_the_occupations_swapped_in_an_aggregated_sentence_are_caught(kind: str) -> None:
    written = _written(kind)
    assert len(written) >= 16, "every variant, several pairs"
    for a, b, sentence in written:
        assert _problems(sentence, a, b) == [], sentence.text
        text = _swapped(sentence, a, b)
        found = _problems(sentence._replace(text=text), a, b)
        assert any(ROLE_RULES.search(p) for p in found), (text, found)


def test_each_clause_is_judged_with_its_own_fact() -> None:
    """Hand-written clauses: the second clause's comparative belongs to the second fact, its
    subject is "they" (nurses), not the clerks named just before it."""
    nurses, clerks = PAIRS[2][1], PAIRS[2][0]  # dental hygienists earn more, hold fewer jobs
    (sentence,) = [s for a, b, s in _written("gaps_tradeoff") if (a, b) == (nurses, clerks)][:1]
    pay, jobs = sentence.facts
    assert (pay.field, pay.relation, jobs.field, jobs.relation) == (
        "salary.average", "higher", "jobs", "lower")  # fmt: skip
    sound = (f"Dental hygienists earn {pay.difference_text} a year than nursing assistants, "
             f"but they hold {jobs.difference_text} jobs.")  # fmt: skip
    assert _problems(Sentence(sound, sentence.facts, "gaps_tradeoff"), nurses, clerks) == []
    wrong = sound.replace(" fewer jobs", " more jobs")
    (problem,) = _problems(Sentence(wrong, sentence.facts, "gaps_tradeoff"), nurses, clerks)
    assert problem.startswith("intro/gaps_tradeoff: jobs: says 'more' of the first occupation")
