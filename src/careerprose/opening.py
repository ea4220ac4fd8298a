"""An article's opening sentence, honest about what the article covers.

Every article opens with a sentence naming both occupations. When the intro has nothing to
compare (descriptions only, or figures that are equal), the planner's intro is empty; this
module then gives it an ``opening_topics`` sentence naming the two occupations and the topics
the page goes on to cover ("This page compares UX researchers and product designers on what
each job involves."). The intro's own ``opening`` sentence gets the same list (``m.what``), so
a phrasing that names topics ("compared on pay, job prospects and skills") names only topics
the article has: never "pay" in an article without pay figures.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from careerprose.english.lists import join_list
from careerprose.plan import Context, Message, ParagraphPlan, SectionPlan
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["covered_topics", "with_opening"]

#: What each section is about, as an opening names it (sections not listed add no topic).
_TOPICS = {
    "description": "what each job involves",
    "duties": "what each job involves",
    "salary": "pay",
    "education": "education",
    "demographics": "who does the work",
    "skills": "skills",
}
#: The overview's topic, by the figures behind it (it may hold only satisfaction): the first
#: whose figures either record has.
_OVERVIEW = (("job prospects", ("growth_rate", "openings")), ("employment", ("jobs",)))
#: The most topics an opening lists; more read as a table of contents ("… and more").
_MOST = 3


def covered_topics(
    sections: Sequence[SectionPlan], a: Occupation, b: Occupation
) -> tuple[str, ...]:
    """The topics of ``sections`` in article order, each once: ("job prospects", "pay").

    Example:
        >>> from careerprose.plan import SectionPlan
        >>> nurse = Occupation.from_dict({"title": "Nurse", "jobs": 100})
        >>> aide = Occupation.from_dict({"title": "Aide"})
        >>> plans = [SectionPlan(name, None, ()) for name in ("overview", "salary", "closing")]
        >>> covered_topics(plans, nurse, aide)
        ('employment', 'pay')
    """
    topics: list[str] = []
    for section in sections:
        name = section.name
        topic = _TOPICS.get(name)
        if topic is None:
            if name != "overview":
                continue
            first = min(_overview_topic(a), _overview_topic(b))  # the first either record has
            if first == len(_OVERVIEW):
                continue
            topic = _OVERVIEW[first][0]
        if topic not in topics:
            topics.append(topic)
    return tuple(topics)


@functools.lru_cache(maxsize=4096)
def _overview_topic(record: Occupation) -> int:
    """The index in :data:`_OVERVIEW` of the first topic ``record`` has figures for (its
    length for none), once per occupation."""
    for index, (_, fields) in enumerate(_OVERVIEW):
        if any(getattr(record, field) is not None for field in fields):
            return index
    return len(_OVERVIEW)


def with_opening(
    sections: Sequence[SectionPlan], a: Occupation, b: Occupation, style: Style
) -> tuple[SectionPlan, ...]:
    """``sections`` with an opening that names both occupations and what they cover.

    An intro's ``opening`` message gets the topics as ``what``. An intro that opens with
    neither an opening nor its gaps sentence (only one side's top skills, say) gets an
    ``opening_topics`` sentence first; when the style asks for an intro but there is none
    (nothing to compare up front) and other sections say something, an intro of one
    ``opening_topics`` sentence is put in its place.
    """
    what = _listed(covered_topics(sections, a, b), style)
    planned = list(sections)
    opened = False
    for index, section in enumerate(planned):
        if section.name == "intro":
            planned[index] = _opened(section, what)
            opened = True
    if not opened and what and "intro" in style.sections:
        intro = SectionPlan("intro", None, (ParagraphPlan((_topics_message(what),)),))
        order = style.sections.index("intro")
        at = sum(1 for s in planned if style.sections.index(s.name) < order)
        planned.insert(at, intro)
    return tuple(planned)


@functools.lru_cache(maxsize=1024)
def _listed(topics: tuple[str, ...], style: Style) -> str:
    """The topics as the opening lists them ("pay, education and skills"; at most
    :data:`_MOST`, then "more"), or "" for none; once per list of topics, of which there are
    few."""
    if len(topics) > _MOST:
        topics = (*topics[:_MOST], "more")
    return join_list(topics, style=style) if topics else ""


def _topics_message(what: str) -> Message:
    return Message("opening_topics", context=_what(what))


def _what(what: str) -> Context:
    """``Context(what=what)``, without the keyword loop (``what`` is never ``None``)."""
    context = object.__new__(Context)
    context.what = what
    return context


def _opened(intro: SectionPlan, what: str) -> SectionPlan:
    """The intro with ``what`` on its opening, or an ``opening_topics`` sentence before it."""
    parts = list(intro.parts)
    for index, part in enumerate(parts):
        if not isinstance(part, ParagraphPlan) or not part.messages:
            continue
        first, *rest = part.messages
        if first.kind == "opening":
            first = first.with_context(_what(what))
            parts[index] = ParagraphPlan((first, *rest))
        elif not first.kind.startswith("gaps_") and what:
            parts[index] = ParagraphPlan((_topics_message(what), *part.messages))
        break
    return intro.with_parts(tuple(parts))
