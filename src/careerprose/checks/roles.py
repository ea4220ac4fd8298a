"""Who is who in a comparison sentence: each figure with its own occupation, comparatives that
agree with the order of mention, ratios said of the right side.

A sentence comparing A with B states A's value and B's value (its fact's ``a_text`` and
``b_text``) and names both occupations. Three things must agree:

- **order**: the values come in the order the occupations are first named ("Nurses earn
  $101,420, against $98,990 for clerks"; "the $98,990 clerks make is lower than the $101,420
  nurses earn");
- **comparative**: the occupation named just before the comparative word (or first after it)
  is its subject, so "more" / "higher" must be true of that side ("Clerks earn more than
  nurses" is wrong when nurses earn more);
- **ratio**: a ratio ("about 2.1 times as many") is A's value over B's, so it must be said of A.

A sentence whose occupations cannot be told apart (the same title twice) is not judged.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re

from careerprose.article import Fact, Sentence
from careerprose.checks.clauses import (
    DOWN,
    UP,
    Split,
    comparatives,
    comparatives_by_fact,
    first_comparative,
    split,
)
from careerprose.checks.mentions import Mention, Mentions, first_whole_word, whole_word_spans
from careerprose.checks.tradeoffs import tradeoff_problems

__all__ = ["DOWN", "UP", "role_problems"]

#: Whether the work whose answer is already known is skipped: searches a substring test
#: answers (a value or a ratio an ASCII sentence does not print in any case, or each value
#: printed once and in the order of the names), the whole-word search for a value whose first
#: occurrence is set off by spaces or marks, and the clauses of a sentence with one name a
#: side and one comparative. The tests turn this off to check
#: that the shortcuts find what the full reading finds.
SHORTCUTS = True

_SIDE = operator.attrgetter("side")
_SPAN = operator.attrgetter("start", "end")
_BOTH = frozenset(("a", "b"))


def _blank(text: str, spans: list[tuple[int, int]], *, apart: bool = False) -> str:
    """``text`` with ``spans`` overwritten by spaces (positions kept); ``apart`` says the spans
    are known to come in order and apart (a sentence's names), so that is not tested again."""
    if not spans:
        return text
    if len(spans) == 1:  # the common case: three slices, not a list of every character
        start, end = spans[0]
        return text[:start] + " " * (end - start) + text[end:]
    if apart or all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)):
        # In order and apart: the pieces between them, joined.
        pieces: list[str] = []
        at = 0
        for start, end in spans:
            pieces += (text[at:start], " " * (end - start))
            at = end
        pieces.append(text[at:])
        return "".join(pieces)
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _position(text: str, value: str) -> int | None:
    """Where ``value`` first stands as a whole word in ``text``: as written if it is there
    ("THE" is not the sentence's "The"), else in any case (prose lowercases data)."""
    at = text.find(value)
    if SHORTCUTS and at != -1 and value and (not at or text[at - 1] in " ("):
        # Set off by the marks prose puts around a figure or a phrase (a space or bracket
        # before; after, a space, bracket, colon, semicolon, or a full stop or comma not
        # inside a figure), the first occurrence is a whole word (first_whole_word's rules),
        # so it is the first whole word.
        after = text[at + len(value) : at + len(value) + 2]
        if not after or after[0] in " );:" or (after[0] in ".," and not after[1:].isdigit()):
            return at
    span = first_whole_word(text, value) or first_whole_word(text.lower(), value.lower())
    return span[0] if span else None


def _order_problem(where: str, sentence: Sentence, fact: Fact, mentions: list[Mention],
                   text: str, folded: str) -> str | None:  # fmt: skip
    """What is wrong when ``fact``'s values do not come in the order their occupations are
    first named (``text``: the sentence with its names blanked; ``folded``: in lower case)."""
    a_text, b_text = fact.a_text or "", fact.b_text or ""
    a_folded, b_folded = a_text.lower(), b_text.lower()
    if not a_text or not b_text or a_folded == b_folded:
        return None
    if (len(a_text) <= 3 and a_text.isalpha()) or (len(b_text) <= 3 and b_text.isalpha()):
        return None  # a value such as "the" cannot be told from the sentence's own words
    if SHORTCUTS and text.isascii():
        # Blanking (below) writes spaces only, so in ASCII text a value without one is found
        # only if its lower case is already there: one substring test rules out the searches.
        a_spaced, b_spaced = " " in a_text, " " in b_text
        if (not a_spaced and a_folded not in folded) or (not b_spaced and b_folded not in folded):
            return None
        # Each value once in the sentence, in the order of the names: the search below looks
        # in the sentence with phrases and the longer value blanked, which only takes
        # occurrences away (so it finds these or nothing: no problem either way), unless
        # writing spaces makes one of a value holding a space. So a value with a space is
        # judged so only when no phrase is blanked (the fact has none) and neither value
        # starts or ends with one (the longer value's blank cannot then end in the shorter's
        # occurrence). A value whose lower case is in ASCII text has that lower case's length
        # (of all characters, only the Kelvin sign lowers to ASCII: to "k").
        at_a, at_b = folded.find(a_folded), folded.find(b_folded)
        if (
            at_a != -1
            and at_b != -1
            and (at_a < at_b) == (mentions[0].side == "a")
            and folded.find(a_folded, at_a + 1) == -1
            and folded.find(b_folded, at_b + 1) == -1
            and (
                not (a_spaced or b_spaced)
                or (
                    not (fact.difference_text or fact.ratio_text)
                    and " " not in (a_text[0], a_text[-1], b_text[0], b_text[-1])
                )
            )
        ):
            return None
    # Differences and ratios are phrases of their own ("12 percentage points"): blank them so
    # a value inside one is not taken for the value itself.
    blanked = text
    phrases = (
        (fact.difference_text, *fact.ratio_text.split("; "))
        if fact.ratio_text
        else (fact.difference_text,)
    )
    for phrase in phrases:
        if not phrase or (needle := phrase.lower()) not in folded:
            continue  # no occurrence at all, so no whole-word one
        if spans := whole_word_spans(folded, needle):
            blanked = _blank(blanked, spans)
            folded = blanked.lower()  # lowered again only after a blanking
    # The longer value first, then the other outside it ("$0.00" inside "$0.00 or more").
    a_longer = len(a_text) >= len(b_text)
    longer, shorter = (a_text, b_text) if a_longer else (b_text, a_text)
    at_longer = _position(blanked, longer)
    if at_longer is None:
        return None
    after = at_longer + len(longer)
    at_shorter = _position(blanked[:at_longer] + " " * len(longer) + blanked[after:], shorter)
    if at_shorter is None:
        return None
    at_a, at_b = (at_longer, at_shorter) if a_longer else (at_shorter, at_longer)
    a_first = mentions[0].side == "a"  # the mentions come in order of position
    if (at_a < at_b) == a_first:
        return None
    named = "first" if a_first else "second"
    return (
        f"{where}: {fact.field}: {fact.a_text} belongs to the occupation named {named}, "
        f"but the sentence gives it to the other one: {sentence.text!r}"
    )


# A name after these is what the subject is compared with ("than clerks", "Compared with
# clerks, …"), never the subject itself.
_COMPARED_WITH = frozenset({"than", "as", "with", "to", "against", "versus", "vs", "beside"})
_DETERMINERS = frozenset({"a", "an", "the", "these", "those", "that"})
_TOKEN = re.compile(r"\w+")


def _compared_with(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the object of a comparison ("than nurses", "with the nurses")."""
    return _ends_comparison(text[max(mention.start - 40, 0) : mention.start])


@functools.lru_cache(maxsize=4096)  # before a sentence's first name: its template's own words
def _ends_comparison(before: str) -> bool:
    """Whether the words ``before`` a name end with what it is compared with ("than the")."""
    words = _TOKEN.findall(before.lower())
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in _COMPARED_WITH


def _subject(mentions: list[Mention], at: int, text: str) -> str | None:
    """The side a word at ``at`` is said of: the last name before it, else the first after,
    passing over names it is compared with ("… than clerks, and they earn more": nurses),
    unless every name is one. Whether a name is compared with is read only for the names
    passed on the way, nearest first: usually one, the sentence's first."""
    # The names come in order and apart: those before the word are the first ``before``,
    # those after it the ones from ``after`` on (between them, a name holding the word).
    before = 0
    while before < len(mentions) and mentions[before].end <= at:
        before += 1
    after = before
    while after < len(mentions) and mentions[after].start < at:
        after += 1
    for mention in reversed(mentions[:before]):
        if not _compared_with(text, mention):
            return mention.side
    for mention in mentions[after:]:
        if not _compared_with(text, mention):
            return mention.side
    if after > before and not all(_compared_with(text, m) for m in mentions[before:after]):
        return None  # the only names not compared with hold the word itself
    if before:
        return mentions[before - 1].side
    return mentions[after].side if after < len(mentions) else None


def _comparative_problem(where: str, sentence: Sentence, fact: Fact, match: re.Match[str],
                         mentions: list[Mention]) -> str | None:  # fmt: skip
    """``match``, a comparative said of ``fact``, untrue of the occupation it is said of."""
    subject = _subject(mentions, match.start(), sentence.text)
    if subject is None:
        return None
    up = match.group(1).lower() in UP
    a_is_higher = fact.relation == "higher"
    subject_is_higher = a_is_higher if subject == "a" else not a_is_higher
    if up == subject_is_higher:
        return None
    side = "first" if subject == "a" else "second"
    return (
        f"{where}: {fact.field}: says {match.group(1)!r} of the {side} occupation, "
        f"but its value is {'higher' if subject_is_higher else 'lower'}: {sentence.text!r}"
    )


def _ratio_problems(where: str, sentence: Sentence, fact: Fact, mentions: list[Mention],
                    text: str, folded: str) -> list[str]:  # fmt: skip
    """Each of ``fact``'s ratios the sentence says of the second occupation (a ratio is the
    first's value over the second's)."""
    problems = []
    for phrase in (fact.ratio_text or "").split("; "):
        if SHORTCUTS and text.isascii() and phrase.lower() not in folded:
            continue  # not there in any case (ASCII lowers letter by letter)
        at = _position(text, phrase)
        if at is not None and _subject(mentions, at, sentence.text) == "b":
            problems.append(
                f"{where}: {fact.field}: the ratio {phrase!r} is the first occupation's, "
                f"but the sentence says it of the second: {sentence.text!r}"
            )
    return problems


def role_problems(where: str, sentence: Sentence, mentions: Mentions) -> list[str]:
    """Every figure, comparative and ratio of ``sentence`` said of the wrong occupation.

    A sentence stating several comparisons is judged clause by clause
    (:mod:`careerprose.checks.clauses`): each comparative with the fact whose clause holds it,
    and each fact's figures in the order of the names in its own clause when it names both.
    A trade-off without figures is judged by :mod:`careerprose.checks.tradeoffs`.
    """
    if mentions.ambiguous:
        return []
    problems: list[str] = []
    compared, relational, weighed = [], [], 0  # a loop, not comprehensions (each is a call)
    for fact in sentence.facts:
        relates = fact.relation in ("higher", "lower")
        if fact.a_text and fact.b_text:
            compared.append(fact)
            if relates:
                relational.append(fact)
        elif relates:
            weighed += 1
    if not compared:
        if weighed > 1:  # a trade-off weighs two relations or more, without figures
            problems += tradeoff_problems(where, sentence, mentions)
        return problems
    found = mentions.in_sentence(sentence)
    text = sentence.text
    if len(found) == 2:  # the usual: one name a side, blanked by joining five pieces
        first, second = found
        if first.side == second.side:
            return problems
        text = "".join((text[: first.start], " " * (first.end - first.start),
                        text[first.end : second.start], " " * (second.end - second.start),
                        text[second.end :]))  # fmt: skip
    elif set(map(_SIDE, found)) == _BOTH:
        text = _blank(text, list(map(_SPAN, found)), apart=True)
    else:
        return problems
    folded = text.lower()
    # With one name a side, a fact's clause names both only if it holds both, so its figures
    # are ordered by all the names: the clauses matter only to place several comparatives.
    by_clause = len(found) > 2 or not SHORTCUTS
    parts = split(text, compared) if len(compared) > 1 and by_clause else None
    for fact in compared:
        named = _named_in(found, parts, fact) if parts is not None else found
        if problem := _order_problem(where, sentence, fact, named, text, folded):
            problems.append(problem)
        if fact.ratio_text:
            problems += _ratio_problems(where, sentence, fact, found, text, folded)
    if len(relational) == 1:
        match = first_comparative(text, folded)
        if match is not None and (
            problem := _comparative_problem(where, sentence, relational[0], match, found)
        ):
            problems.append(problem)
    elif relational:
        matches = comparatives(text)
        if not by_clause:
            # The clauses place each comparative with its fact: not needed when each is true
            # of its subject whichever fact it is said of.
            if _true_of_every_fact(matches, relational, found, sentence.text):
                return problems
            parts = split(text, compared)
        if parts is not None:
            for fact, match in comparatives_by_fact(parts, matches):
                if fact.relation in ("higher", "lower") and (
                    problem := _comparative_problem(where, sentence, fact, match, found)
                ):
                    problems.append(problem)
    return problems


def _true_of_every_fact(matches: list[re.Match[str]], relational: list[Fact],
                        mentions: list[Mention], text: str) -> bool:  # fmt: skip
    """Whether each comparative of ``matches`` is true of its subject (see
    :func:`_comparative_problem`) for every one of the ``relational`` facts."""
    for match in matches:
        subject = _subject(mentions, match.start(), text)
        if subject is None:
            continue
        up = match.group(1).lower() in UP
        for fact in relational:
            if up != ((fact.relation == "higher") == (subject == "a")):
                return False
    return True


def _named_in(found: list[Mention], parts: Split, fact: Fact) -> list[Mention]:
    """The names ``fact``'s figures are ordered by: those of its own clause when it names both
    occupations ("…, while clerks hold 3,000 jobs to the 2,000 of nurses"), else all."""
    clause = parts.clause(fact)
    if clause is None:
        return found
    inside = [m for m in found if clause[0] <= m.start < clause[1]]
    return inside if {m.side for m in inside} == {"a", "b"} else found
