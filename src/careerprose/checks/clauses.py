"""Which part of a sentence states which fact, for sentences that state several comparisons.

An aggregated sentence ("Compared with clerks, nurses earn $34,370 more a year but hold
15,000 fewer jobs") joins one clause per fact. Each fact is *anchored* where the sentence
prints one of its own phrases (its difference, a ratio, a value); the text between two anchors
is split at the last clause break (";", "but", "yet", "and", a comma ...) between them. A
comparative word belongs to the fact whose phrase holds it ("$34,370 more"), else to the one
fact the sentence prints no phrase of ("take longer to qualify"), else to the fact whose clause
it stands in.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from careerprose.article import Fact
from careerprose.checks.mentions import first_whole_word
from careerprose.checks.words import WholeWords

__all__ = [
    "DOWN",
    "UP",
    "Split",
    "anchor",
    "clause_spans",
    "comparatives",
    "comparatives_by_fact",
    "first_comparative",
    "split",
]

Span = tuple[int, int]
_SPAN = operator.itemgetter(0)  # of an anchored fact: (span, fact)

#: Comparative words saying the subject has more of the quantity.
UP = frozenset({"more", "higher", "older", "longer", "larger", "greater", "bigger", "outearn",
                "outearns", "out-earn", "out-earns", "outnumber", "outnumbers"})  # fmt: skip
#: Comparative words saying the subject has less of it ("qualify sooner": less time).
DOWN = frozenset({"less", "lower", "fewer", "younger", "shorter", "smaller", "sooner"})
_WORDS = "|".join(sorted(UP | DOWN, key=len, reverse=True))
_COMPARATIVE = WholeWords(UP | DOWN, ignore_case=True)
# "or more" marks a lower bound ("$239,200 or more"), not a comparison.
_NOT_COMPARATIVE = re.compile(r"\bor more\b", re.IGNORECASE)
# A comparative within two words after a difference's figure is that difference's
# ("$34,370 less", "12 percentage points lower").
_TAIL = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_WORDS})\b", re.IGNORECASE)


def comparatives(text: str) -> list[re.Match[str]]:
    """The comparative words of ``text`` (not the "more" of a lower bound, "$239,200 or more")."""
    return list(_COMPARATIVE.finditer(_without_bounds(text, text.lower())))


def first_comparative(text: str, folded: str) -> re.Match[str] | None:
    """The first of :func:`comparatives` (``folded``: ``text`` in lower case), found without
    reading the rest of the sentence."""
    if text.isascii():  # the common case, with WholeWords' choice of pattern made here
        if "or more" in folded:
            text = _NOT_COMPARATIVE.sub(_spaces, text)
        return _COMPARATIVE.fast.search(text)
    return _COMPARATIVE.search(_without_bounds(text, folded))


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _without_bounds(text: str, folded: str) -> str:
    """``text`` with its lower bounds ("or more") blanked."""
    # On ASCII text the lower case is exact, so a substring test rules the bound out cheaply.
    if not text.isascii() or "or more" in folded:
        return _NOT_COMPARATIVE.sub(_spaces, text)
    return text


# Where one clause ends and the next begins, between two facts' phrases.
_BREAK = re.compile(r";|,?\s(?:but|yet|while|although|whereas|and)\b|,\s")
# The figure a difference starts with ("$34,370" of "$34,370 more").
_LEADING_FIGURE = re.compile(r"^[-−]?\$?\d[\d,.]*%?")


def _phrases(fact: Fact) -> list[str]:
    """The fact's own phrases, the most telling first: the difference, each ratio, the values,
    and the difference's figure alone (a template may word the rest its own way)."""
    phrases = [fact.difference_text, *(fact.ratio_text or "").split("; "), fact.a_text, fact.b_text]
    leading = _LEADING_FIGURE.match(fact.difference_text or "")
    if leading:
        phrases.append(leading.group())
    return list(filter(None, phrases))


def anchor(folded: str, fact: Fact) -> Span | None:
    """The earliest span of ``folded`` (the sentence in lower case) that prints one of the
    fact's own phrases (where two start at one place, the more telling: "$34,370 more" before
    "$34,370"), stretched over a comparative just after a bare figure; ``None`` when the
    sentence prints none of them."""
    best: Span | None = None
    for phrase in _phrases(fact):
        if (needle := phrase.lower()) not in folded:
            continue  # no occurrence at all, so no whole-word one
        span = first_whole_word(folded, needle)
        if span and (best is None or span[0] < best[0]):
            best = span
    search = _COMPARATIVE.fast.search if folded.isascii() else _COMPARATIVE.search
    if best is not None and not search(folded, best[0], best[1]):
        tail = _TAIL.match(folded, best[1])  # the figure alone: its comparative follows it
        if tail is not None:
            best = (best[0], tail.end())
    return best


def clause_spans(text: str, anchors: Sequence[Span]) -> list[Span]:
    """The clause around each anchor (given in order of position): from the break after the
    anchor before it to the break before the anchor after it (the middle without a break)."""
    bounds = [0]
    for (_, end), (start, _) in itertools.pairwise(anchors):
        breaks = list(_BREAK.finditer(text, end, start))
        bounds.append(breaks[-1].start() if breaks else (end + start) // 2)
    bounds.append(len(text))
    return list(itertools.pairwise(bounds))


class Split(NamedTuple):
    """A sentence split by its facts: the anchored facts in order of position, each with its
    anchor and its clause, and the facts the sentence prints no phrase of."""

    anchored: list[tuple[Span, Span, Fact]]
    loose: list[Fact]

    def clause(self, fact: Fact) -> Span | None:
        """The clause that states ``fact``, if it is anchored."""
        return next((clause for _, clause, f in self.anchored if f is fact), None)


def split(text: str, facts: Sequence[Fact]) -> Split | None:
    """``text`` split by ``facts`` (see the module's doc); ``None`` when two facts' phrases
    overlap, so the sentence cannot be split."""
    folded = text.lower()
    placed: list[tuple[Span, Fact]] = []
    loose: list[Fact] = []
    for fact in facts:  # a loop, not comprehensions: each of those is a call
        span = anchor(folded, fact)
        if span is None:
            loose.append(fact)
        else:
            placed.append((span, fact))
    placed.sort(key=_SPAN)  # stable: facts anchored at one span keep their order
    spans = list(map(_SPAN, placed))
    if any(end > start for (_, end), (start, _) in itertools.pairwise(spans)):
        return None
    clauses = clause_spans(text, spans)
    return Split(
        [(span, clause, fact) for (span, fact), clause in zip(placed, clauses, strict=False)],
        loose,
    )


def comparatives_by_fact(
    parts: Split, comparatives: Sequence[re.Match[str]]
) -> Iterator[tuple[Fact, re.Match[str]]]:
    """Each comparative word with the fact it is said of: the fact whose phrase holds it, else
    the one fact without a phrase, else (every fact anchored) the fact whose clause holds it.
    A word that cannot be placed is left out, never guessed."""
    for match in comparatives:
        at = match.start()
        holder = next((fact for (s, e), _, fact in parts.anchored if s <= at < e), None)
        if holder is None and len(parts.loose) == 1:
            holder = parts.loose[0]
        elif holder is None and not parts.loose:
            holder = next((f for _, (s, e), f in parts.anchored if s <= at < e), None)
        if holder is not None:
            yield holder, match
