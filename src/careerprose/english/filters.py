"""The English layer as Jinja filters: one registry the template environment installs.

Each filter is a function of the English layer; templates choose words, Python decides them.
In a template::

    {{ title.a | capfirst }} earns {{ salary | money }} a year.
    The top {{ 3 | count_words }} skills are {{ skills | join_list }}.

Example:
    >>> sorted(FILTERS)  # doctest: +NORMALIZE_WHITESPACE
    ['a', 'capfirst', 'count', 'count_words', 'hourly', 'join_list', 'money', 'number_words',
     'ordinal', 'percent', 'prose', 'title']
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
from careerprose.english.numbers import (
    format_count,
    format_money,
    format_percent,
    number_words,
    ordinal,
)

__all__ = ["FILTERS"]


def _hourly(value: Any) -> str:
    return format_money(value, hourly=True)


def _count_words(value: Any) -> str:
    return format_count(value, words=True)


#: Filter name → function, for ``jinja2.Environment.filters.update(FILTERS)``.
FILTERS: Mapping[str, Callable[..., str]] = MappingProxyType(
    {
        "a": with_article,
        "capfirst": sentence_case,
        "count": format_count,
        "count_words": _count_words,
        "hourly": _hourly,
        "join_list": join_list,
        "money": format_money,
        "number_words": number_words,
        "ordinal": ordinal,
        "percent": format_percent,
        "prose": prose_case,
        "title": title_case,
    }
)
