"""Who comes out ahead on what, in a sentence weighing a trade-off (the ``closing``).

A trade-off sentence states relations without figures ("Budget analysts offer the better
deal on pay, surveyors on job growth"): its facts carry a relation and no values. It names
each occupation once and gives each one list of topics, in one of two shapes: name, then
topics ("A come out ahead on pay, B on job growth") or topics, then name ("if pay matters
most, A have the edge; if job growth matters more, B do"). Either way the *n*-th topic list
goes with the *n*-th name, and each topic in it must be one that occupation is ahead on:
more pay, more jobs, faster growth, but a *shorter* time to qualify.

Topics are found by the words the built-in templates use for them (``say.topics``): "pay",
"the number of jobs", "job growth", "a quicker start". A sentence worded otherwise, or that
names an occupation twice, is not judged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from careerprose.article import Fact, Sentence
from careerprose.checks.mentions import Mention, Mentions
from careerprose.checks.words import WholeWords

__all__ = ["TOPIC_WORDS", "ahead", "tradeoff_problems"]

#: How a trade-off sentence names each topic, by the field of its fact.
TOPIC_WORDS: dict[str, str] = {
    "salary.average": "pay",
    "jobs": "the number of jobs",
    "growth_rate": "job growth",
    "time_to_become": "a quicker start",
}
# A search that skips to the topics' first letters, not \b(…)\b tried at every position.
_TOPIC = WholeWords(TOPIC_WORDS.values())
_FIELD = {word: field for field, word in TOPIC_WORDS.items()}
# What may stand between two topics of one list: "pay, job growth and a quicker start".
_LIST_JOINER = re.compile(r"^(?:,|,?\s*and|,?\s*or)$")


def ahead(fact: Fact) -> str:
    """The side ``fact`` favours: the higher figure, but the shorter time to qualify."""
    higher = fact.relation == "higher"
    if fact.field == "time_to_become":
        higher = not higher
    return "a" if higher else "b"


def _lists_around(text: str, first: Mention, second: Mention) -> tuple[tuple[str, ...], ...]:
    """The fields of each list of topics in ``text`` (a sentence in lower case naming
    ``first``, then ``second``), read in the pieces before, between and after the names: a
    title may hold a topic word ("Pay Clerks"), and it is no topic."""
    return (
        *_piece_topics(text[: first.start]),
        *_piece_topics(text[first.end : second.start]),
        *_piece_topics(text[second.end :]),
    )


@functools.lru_cache(maxsize=1024)  # the template's words between the names
def _piece_topics(piece: str) -> tuple[tuple[str, ...], ...]:
    """The fields of each list of topics in ``piece`` (in lower case) of a sentence, between
    its names: a name ends a list, and no topic holds one, so the sentence's lists are its
    pieces' lists in order, each piece judged once for every pair that prints it."""
    return tuple(tuple(fields) for _, fields in _topic_lists(piece))


def _topic_lists(text: str) -> list[tuple[int, list[str]]]:
    """The lists of topics in ``text`` (in lower case), each with where it starts."""
    lists: list[tuple[int, list[str]]] = []
    end = -1
    for match in _TOPIC.finditer(text):
        field = _FIELD[match.group(1)]
        if lists and _LIST_JOINER.match(text[end : match.start()].strip(" ") or ","):
            lists[-1][1].append(field)
        else:
            lists.append((match.start(), [field]))
        end = match.end()
    return lists


def tradeoff_problems(where: str, sentence: Sentence, mentions: Mentions) -> Iterator[str]:
    """Every topic of a trade-off sentence given to the occupation that is behind on it."""
    facts = {
        f.field: f
        for f in sentence.facts
        if f.field in TOPIC_WORDS and f.relation in ("higher", "lower") and f.a_text is None
    }
    if len(facts) < 2 or mentions.ambiguous:
        return
    found = mentions.in_sentence(sentence)
    if sorted(m.side for m in found) != ["a", "b"]:
        return
    lists = _lists_around(sentence.text.lower(), found[0], found[1])
    if len(lists) != 2:
        return
    for fields, mention in zip(lists, found, strict=True):
        for field in fields:
            fact = facts.get(field)
            if fact is not None and ahead(fact) != mention.side:
                named = "first" if mention.side == "a" else "second"
                yield (
                    f"{where}: {field}: gives {TOPIC_WORDS[field]!r} to the occupation named "
                    f"{named}, but the other one is ahead on it: {sentence.text!r}"
                )
