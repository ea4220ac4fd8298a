"""The English layer as Jinja filters: one registry the template environment installs.

Each filter is a function of the English layer; templates choose words, Python decides them.
In a template::

    {{ title.a | capfirst }} earns {{ salary | money }} a year.
    The top {{ 3 | count_words }} skills are {{ skills | join_list }}.

Example:
    >>> sorted(FILTERS)  # doctest: +NORMALIZE_WHITESPACE
    ['a', 'both', 'capfirst', 'count', 'count_words', 'hourly', 'industry', 'institution',
     'join_list', 'metro', 'metro_full', 'money', 'number_words', 'ordinal', 'percent', 'prose',
     'times', 'title', 'together', 'top_state']
    >>> FILTERS["metro"]("Boston-Cambridge-Newton, MA-NH"), FILTERS["times"](118.6)
    ('the Boston, MA, metro area', 'nearly 120 times')
    >>> FILTERS["money"](57603), FILTERS["percent"](-8), FILTERS["a"]("HR manager")
    ('$57,603', '-8%', 'an HR manager')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from careerprose.english.casing import prose_case, sentence_case, title_case
from careerprose.english.determiners import with_article
from careerprose.english.lists import join_list
from careerprose.english.names import industry_name, institution_name, metro_area, top_paying_region
from careerprose.english.numbers import (
    format_count,
    format_money,
    format_percent,
    number_words,
    ordinal,
)
from careerprose.english.reference import both_titles, coordinate
from careerprose.english.wording import times_phrase

__all__ = ["FILTERS"]


def _hourly(value: Any) -> str:
    return format_money(value, hourly=True)


def _count_words(value: Any) -> str:
    return format_count(value, words=True)


def _metro(value: Any) -> str:
    return metro_area(value).short


def _metro_full(value: Any) -> str:
    return metro_area(value).full


def _times(value: Any) -> str:
    return times_phrase(value)


#: Filter name → function, for ``jinja2.Environment.filters.update(FILTERS)``.
FILTERS: Mapping[str, Callable[..., str]] = MappingProxyType(
    {
        "a": with_article,
        "both": both_titles,
        "capfirst": sentence_case,
        "count": format_count,
        "count_words": _count_words,
        "hourly": _hourly,
        "industry": industry_name,
        "institution": institution_name,
        "join_list": join_list,
        "metro": _metro,
        "metro_full": _metro_full,
        "money": format_money,
        "number_words": number_words,
        "ordinal": ordinal,
        "percent": format_percent,
        "prose": prose_case,
        "times": _times,
        "headline": title_case,
        "together": coordinate,
        "top_state": top_paying_region,
    }
)
