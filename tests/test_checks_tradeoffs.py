"""The trade-off check (careerprose.checks.tradeoffs) reads a sentence's lists of topics from the
pieces between its names as from the whole sentence with the names blanked.

Issue 13 asks the checker to cost no more than writing, so the lists are read in the pieces
between the two names (the template's own words, which recur from pair to pair), each piece
once. These tests pin that reading to the whole sentence's, on sentences of topic words,
joiners and names that hold topic words themselves ("Pay Clerks", "Job Growth Analysts").
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from careerprose import Occupation
from careerprose.article import Fact, Sentence
from careerprose.checks import Mentions, tradeoffs

MENTIONS = Mentions(Occupation("Pay Clerks"), Occupation("Job Growth Analysts"))
NAMES = {"a": ["pay clerks", "Pay clerks"], "b": ["job growth analysts", "Job growth analysts"]}
WORDS = ["pay", "Pay", "the number of jobs", "job growth", "a quicker start", ", ", " and ",
         " or ", ", and ", " ", "; ", " first", " come out ahead", "x"]  # fmt: skip
FACTS = (
    Fact("salary.average", relation="higher"),
    Fact("jobs", relation="lower"),
    Fact("growth_rate", relation="higher"),
    Fact("time_to_become", relation="lower"),
)


@st.composite
def closings(draw: st.DrawFn) -> Sentence:
    """A sentence naming each side once among topic words and joiners."""
    sides = ["a", "b"] if draw(st.booleans()) else ["b", "a"]
    names = [draw(st.sampled_from(NAMES[side])) for side in sides]
    pieces = ["".join(draw(st.lists(st.sampled_from(WORDS), max_size=6))) for _ in range(3)]
    text = f"{pieces[0]} {names[0]} {pieces[1]} {names[1]} {pieces[2]}"
    return Sentence(text, FACTS)


def whole_sentence_lists(sentence: Sentence) -> list[tuple[str, ...]]:
    """The sentence's lists of topics read from all of it, its names blanked."""
    text = sentence.text.lower()
    for mention in MENTIONS.in_sentence(sentence):
        text = text[: mention.start] + "\x00" * (mention.end - mention.start) + text[mention.end :]
    return [tuple(fields) for _, fields in tradeoffs._topic_lists(text)]


def between_names_lists(sentence: Sentence) -> list[tuple[str, ...]]:
    """The same lists, read as tradeoff_problems reads them: piece by piece."""
    first, second = MENTIONS.in_sentence(sentence)
    return list(tradeoffs._lists_around(sentence.text.lower(), first, second))


@settings(max_examples=500, deadline=None)
@given(closings())
@example(Sentence("Pay first: pay clerks, ahead; job growth, job growth analysts ", FACTS))
@example(Sentence("pay  pay clerks and job growth  job growth analysts ", FACTS))
def test_the_topics_between_the_names_are_the_whole_sentences(sentence: Sentence) -> None:
    assert between_names_lists(sentence) == whole_sentence_lists(sentence)


def test_a_topic_given_to_the_side_behind_on_it_is_found() -> None:
    right = (
        "Put pay first and pay clerks win; put the number of jobs first and job growth analysts do."
    )
    wrong = (
        "Put the number of jobs first and pay clerks win; put pay first and job growth analysts do."
    )
    judged = [
        list(tradeoffs.tradeoff_problems("closing", Sentence(text, FACTS[:2]), MENTIONS))
        for text in (right, wrong)
    ]
    assert judged == [
        [],
        [
            "closing: jobs: gives 'the number of jobs' to the occupation named first, but the "
            f"other one is ahead on it: {wrong!r}",
            "closing: salary.average: gives 'pay' to the occupation named second, but the "
            f"other one is ahead on it: {wrong!r}",
        ],
    ]
