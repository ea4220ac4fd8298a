"""The discourse plan: which differences an article leads with, how they are joined, and the
trade-off it closes on. Decisions only; the words are in ``intro.jinja`` and ``closing.jinja``.

Four figures decide a career choice for most readers, each a *topic*: pay (``salary``), the
number of jobs (``jobs``), job growth (``growth``) and the time it takes to qualify (``time``).
For each topic the two occupations differ on, a :class:`Gap` says which side it favours (more
pay, more jobs, faster growth, a shorter path in) and how large it is, on one scale for all
topics, so the intro can lead with the largest:

- :func:`highlights` plans the intro's two or three largest gaps. The first two become one
  sentence about the first occupation ("X earn $9,000 more a year and hold 40,000 more jobs
  than Y"): ``gaps_aligned`` when both favour the same side, ``gaps_tradeoff`` when they pull
  apart ("… but …"). A third follows as a sentence of its own, after an "addition" connective
  ("Also,") when it favours the side the one before it favoured, a "contrast" one ("On the
  other hand,") when it does not.
- :func:`closing_message` plans the closing only when the data offers a choice: each side
  ahead on some topic. It names the topics each side wins ("If pay matters most, …; if job
  growth matters more, …"); with no trade-off there is no closing.

A gap is *notable* when it is at least :data:`NOTABLE` on its topic's scale: 10% more pay,
1.5 times as many jobs, 2 percentage points of growth, or a typical time to qualify (the
middle of the range) twice as long. Smaller differences are left to the sections.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math

import attrs

from careerprose.article import Fact
from careerprose.english.quantities import Relation
from careerprose.facts import PairFacts
from careerprose.plan import Context, Difference, Message, Topics, Values

__all__ = [
    "NOTABLE",
    "TOPICS",
    "Gap",
    "Structure",
    "closing_message",
    "gaps",
    "highlights",
    "skills_pair",
]

#: The topics a reader weighs, in the order they are named when sizes tie.
TOPICS: tuple[str, ...] = ("salary", "jobs", "growth", "time")

#: The registry field of each figure topic (time is a range of months, compared apart).
_FIELDS = {"salary": "salary.average", "jobs": "jobs", "growth": "growth_rate"}

#: What one unit of size is on each topic's own scale: a ratio (salary, jobs, time) or
#: percentage points (growth).
_UNIT = {"salary": math.log(1.1), "jobs": math.log(1.5), "growth": 2.0, "time": math.log(2.0)}

#: The size from which a gap is worth leading with (and a trade-off worth closing on).
NOTABLE = 1.0

#: At most this many gaps lead the intro.
MOST = 3


@attrs.frozen
class Gap:
    """A difference on one topic: the side it favours, its size and what states it.

    ``ahead`` is the side the difference favours: more pay, more jobs, faster growth, but a
    *shorter* time to qualify. ``figures`` is what a template sees (``m.differences``).
    """

    topic: str
    ahead: str
    size: float
    fact: Fact
    figures: Difference

    @property
    def favours_a(self) -> bool:
        """Whether the first occupation comes out ahead on this topic."""
        return self.ahead == "a"


def _ratio_size(a: float, b: float, unit: float) -> float:
    low, high = sorted((abs(a), abs(b)))
    if low == 0:
        return math.inf if high > 0 else 0.0
    return math.log(high / low) / unit


def _figure_gap(pair: PairFacts, topic: str) -> Gap | None:
    compared = pair.compared(_FIELDS[topic])
    comparison = compared.comparison
    if comparison.relation not in (Relation.HIGHER, Relation.LOWER):
        return None
    if comparison.a is None or comparison.b is None:  # a relation needs both values
        return None
    a, b = float(comparison.a), float(comparison.b)
    points = topic == "growth"  # growth rates differ in percentage points, not as a ratio
    size = abs(a - b) / _UNIT[topic] if points else _ratio_size(a, b, _UNIT[topic])
    if size < NOTABLE:
        return None  # not worth a sentence: no need for its words
    higher = comparison.relation is Relation.HIGHER
    figures = Difference(topic=topic, value=compared.figures)
    return Gap(topic, "a" if higher else "b", size, compared.fact, figures)


def _middle(low: int | None, high: int | None) -> float:
    return ((low or 0) + (high or 0)) / 2


def _time_gap(pair: PairFacts) -> Gap | None:
    if any(o.time_to_become.basis for o in (pair.a, pair.b)):
        return None  # on-the-job training alone is not the whole path in
    time = pair.time()
    if time.relation not in (Relation.HIGHER, Relation.LOWER):
        return None
    longer = time.relation is Relation.HIGHER
    size = _ratio_size(_middle(*time.a) + 1, _middle(*time.b) + 1, _UNIT["time"])
    figures = Difference(topic="time", value=time.figures)
    return Gap("time", "b" if longer else "a", size, time.fact, figures)


def gaps(pair: PairFacts) -> list[Gap]:
    """Every notable gap of the pair, largest first (ties in :data:`TOPICS` order)."""
    known: tuple[Gap, ...] | None = pair.derived.get("gaps")
    if known is not None:
        return list(known)
    found = [
        gap
        for gap in (
            _figure_gap(pair, "salary"),
            _figure_gap(pair, "jobs"),
            _figure_gap(pair, "growth"),
            _time_gap(pair),
        )
        if gap is not None and gap.size >= NOTABLE
    ]
    if len(found) > 1:
        found.sort(key=_largest_first)
    pair.derived["gaps"] = tuple(found)
    return found


def _largest_first(gap: Gap) -> tuple[float, int]:
    """The order of :func:`gaps`: largest first, ties in :data:`TOPICS` order."""
    return -gap.size, TOPICS.index(gap.topic)


def _alone(gap: Gap) -> Message:
    """One gap in a sentence of its own: pay and time in their intro kinds
    (``salary_compare``, ``time_compare``), the other topics as ``gap``."""
    if gap.topic in ("salary", "time"):
        return Message(f"{gap.topic}_compare", (gap.fact,), Context(value=gap.figures.value))
    return Message("gap", (gap.fact,), Context(differences=(gap.figures,)))


def highlights(found: list[Gap], *, aggregate: bool) -> list[Message]:
    """The intro's sentences on the (up to :data:`MOST`) largest gaps.

    With ``aggregate``, the first two share one sentence (``gaps_aligned`` or
    ``gaps_tradeoff``); without, each has its own, the largest first and those favouring
    the same side next, so the text turns once. A gap after another gets a connective:
    "contrast" when it favours the other side than the one before, "addition" when it favours
    the same side and follows the first sentence (one "Also," is enough).
    """
    chosen = found[:MOST]
    messages: list[Message] = []
    if aggregate and len(chosen) >= 2:
        first, second = chosen[:2]
        kind = "gaps_aligned" if first.favours_a == second.favours_a else "gaps_tradeoff"
        context = Context(differences=(first.figures, second.figures))
        messages.append(Message(kind, (first.fact, second.fact), context))
        chosen = chosen[1:]
    elif chosen:  # the largest first, then those on its side, then the others: one turn
        lead = chosen[0].favours_a
        chosen = sorted(chosen, key=lambda gap: gap.favours_a != lead)
        messages.append(_alone(chosen[0]))
    for before, gap in itertools.pairwise(chosen):
        message = _alone(gap)
        if gap.favours_a != before.favours_a:
            message.connective = "contrast"
        elif len(messages) == 1:  # one "Also,"; a third on the same side needs none
            message.connective = "addition"
        messages.append(message)
    return messages


def closing_message(found: list[Gap]) -> Message | None:
    """The closing on the pair's trade-off, or ``None`` when one side is ahead on every
    notable topic (or there are none): then there is no choice to draw."""
    wins_a = tuple(gap.topic for gap in found if gap.favours_a)
    wins_b = tuple(gap.topic for gap in found if not gap.favours_a)
    if not (wins_a and wins_b):
        return None
    ordered = (tuple(t for t in TOPICS if t in wins_a), tuple(t for t in TOPICS if t in wins_b))
    by_topic = {gap.topic: gap.fact for gap in found}  # one gap a topic
    facts = tuple(
        [
            Fact(by_topic[topic].field, None, None, None, None, by_topic[topic].relation)
            for topic in TOPICS
            if topic in by_topic
        ]
    )
    return Message("closing", facts, Context(topics=Topics(a=ordered[0], b=ordered[1])))


@attrs.frozen
class Structure:
    """An article's structural choices, made per pair and seed like a phrasing variant.

    ``join_gaps``: the intro's two largest differences share a sentence (else each has its
    own). ``join_skills``: both sides' top skills share a sentence (else one each).
    ``leads``: the sections whose table keeps its lead-in sentence ("The table below …");
    the others open on the table itself.
    """

    join_gaps: bool
    join_skills: bool
    leads: frozenset[str]

    @classmethod
    def chosen(cls, key: str, sections: tuple[str, ...]) -> Structure:
        """The choices for the article identified by ``key`` (seed and pair), each a fair
        coin. BLAKE2 rather than CRC-32: a CRC's low bit is linear in its input, so seeds
        "0" to "7" could all choose alike."""

        head = f"{key}\x1f".encode()  # each coin hashes "<key>\x1f<what>"
        blake2b = hashlib.blake2b
        gaps, skills, *leads = [
            blake2b(head + what, digest_size=1).digest()[0] < 128 for what in _coins(sections)
        ]
        chosen = frozenset([name for name, lead in zip(sections, leads, strict=True) if lead])
        return cls(gaps, skills, chosen)

    @classmethod
    def joined(cls) -> Structure:
        """Everything that can be joined is, and no table has a lead-in."""
        return cls(join_gaps=True, join_skills=True, leads=frozenset())

    @classmethod
    def apart(cls, sections: tuple[str, ...]) -> Structure:
        """Nothing is joined, and every table has its lead-in."""
        return cls(join_gaps=False, join_skills=False, leads=frozenset(sections))


@functools.lru_cache(maxsize=64)
def _coins(sections: tuple[str, ...]) -> tuple[bytes, ...]:
    """What each of :meth:`Structure.chosen`'s coins hashes after the key: "gaps", "skills",
    then "lead:<name>" for each section, encoded once per tuple of sections."""
    return (b"gaps", b"skills", *(f"lead:{name}".encode() for name in sections))


def skills_pair(first: Message, second: Message) -> Message | None:
    """Both sides' top skills in one message (``<kind>_pair``: ``m.value.a`` and
    ``m.value.b`` are the lists, ``m.count`` the longer list's length), when both are of one
    kind (ranked by share, by a rating, or only listed); else ``None``."""
    if first.kind != second.kind:
        return None
    a, b = first.context, second.context
    context = Context(value=Values(a=a.list, b=b.list), count=max(a.count, b.count))
    if first.kind == "skills_rated":
        if a.ranked_by != b.ranked_by:
            return None
        context.ranked_by = a.ranked_by
    return Message(f"{first.kind}_pair", (*first.facts, *second.facts), context)
