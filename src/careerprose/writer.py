"""Writing articles: :func:`compare` two occupations, or keep a :class:`Writer` for many.

A :class:`Writer` holds what is expensive to set up (compiled templates, the house style)
and can write any number of articles; :func:`compare` keeps one writer per configuration.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Any

from careerprose.article import Article
from careerprose.compose import Composer
from careerprose.english.filters import FILTERS
from careerprose.english.lists import join_list
from careerprose.english.numbers import format_count, format_money, format_percent
from careerprose.planner import plan_article
from careerprose.records.model import Occupation
from careerprose.style import Style
from careerprose.templating import TEMPLATE_SUFFIX, Templates

__all__ = ["OccupationLike", "Writer", "compare"]

#: What :func:`compare` accepts for each side: a record, a canonical dict, or a name or SOC code
#: from the built-in dataset.
OccupationLike = Occupation | Mapping[str, Any] | str


def as_occupation(value: OccupationLike) -> Occupation:
    """An :class:`Occupation` from a record, a dict (validated) or a built-in dataset name."""
    if isinstance(value, Occupation):
        return value
    if isinstance(value, str):
        from careerprose import datasets

        return datasets.get(value)
    if isinstance(value, Mapping):
        return Occupation.from_dict(value)
    msg = f"expected an Occupation, a dict or an occupation name, got {value!r}"
    raise TypeError(msg)


def style_filters(style: Style) -> dict[str, Any]:
    """The English layer's template filters, with the house style applied where it matters."""
    return {
        **FILTERS,
        "money": functools.partial(format_money, style=style),
        "hourly": functools.partial(format_money, hourly=True, style=style),
        "percent": functools.partial(format_percent, style=style),
        "count": functools.partial(format_count, style=style),
        "count_words": functools.partial(format_count, words=True, style=style),
        "join_list": functools.partial(join_list, style=style),
    }


class Writer:
    """Writes comparison articles with one house style, template folder and seed.

    Args:
        style: the house style (default: :class:`careerprose.Style` defaults).
        templates: a folder of your own ``.jinja`` files overriding the built-in ones; they run
            in Jinja's sandbox.
        seed: any int or text; the same seed and pair always give the same bytes, another seed
            picks other phrasings.

    Example:
        >>> writer = Writer(seed=1)
        >>> a = {"title": "Nurse", "salary": {"average": 80000}}
        >>> b = {"title": "Medical Assistant", "salary": {"average": 40000}}
        >>> "$80,000" in writer.compare(a, b).render("text")
        True
    """

    def __init__(
        self,
        *,
        style: Style | None = None,
        templates: str | os.PathLike[str] | None = None,
        seed: int | str = 0,
    ) -> None:
        self.style = style or Style()
        self.seed = seed
        folder = None if templates is None else os.fspath(templates)
        self.templates = _templates(folder, _folder_state(folder), self.style)
        self._composer = Composer(self.templates)

    def compare(self, a: OccupationLike, b: OccupationLike) -> Article:
        """The article comparing ``a`` with ``b``.

        Raises :class:`~careerprose.errors.SameOccupationError` when both are one occupation.
        """
        plan = plan_article(as_occupation(a), as_occupation(b), self.style, self.seed)
        return self._composer.article(plan)


FolderState = tuple[tuple[str, int, int], ...]


def _folder_state(folder: str | None) -> FolderState:
    """Name, size and modification time of each template in ``folder``: edits make a new key."""
    if folder is None or not os.path.isdir(folder):
        return ()
    with os.scandir(folder) as entries:
        return tuple(
            sorted(
                (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
                for entry in entries
                if entry.name.endswith(TEMPLATE_SUFFIX)
            )
        )


@functools.lru_cache(maxsize=32)
def _templates(folder: str | None, state: FolderState, style: Style) -> Templates:
    """Compiled templates, shared by every writer with the same folder contents and style."""
    return Templates(folder, filters=style_filters(style))


@functools.lru_cache(maxsize=32)
def _writer(style: Style, templates: str | None, state: FolderState, seed: int | str) -> Writer:
    return Writer(style=style, templates=templates, seed=seed)


def compare(
    a: OccupationLike,
    b: OccupationLike,
    *,
    seed: int | str = 0,
    style: Style | None = None,
    templates: str | os.PathLike[str] | None = None,
) -> Article:
    """Compare two occupations and return the article.

    ``a`` and ``b`` are :class:`Occupation` records, dicts in the canonical JSON form, or names
    or SOC codes from the built-in dataset. See :class:`Writer` for ``seed``, ``style`` and
    ``templates``.

    Example:
        >>> article = compare({"title": "Collections Specialist", "jobs": 40277},
        ...                   {"title": "Billing Clerk", "jobs": 12000})
        >>> article.title
        'Collections specialist vs billing clerk'
    """
    return shared_writer(style or Style(), templates, seed).compare(a, b)


def shared_writer(
    style: Style, templates: str | os.PathLike[str] | None, seed: int | str
) -> Writer:
    """One :class:`Writer` for these settings, shared in this process until a template in
    ``templates`` changes: callers writing many articles (``compare``, a batch's chunks) get
    the same writer, and with it the same ``style`` object, so the caches keyed by the style
    find it by identity rather than by comparing an equal copy field by field."""
    folder = None if templates is None else os.fspath(templates)
    return _writer(style, folder, _folder_state(folder), seed)
