"""Publishing a batch as a website: front matter, pair selection, related links, index pages.

See ``docs/publishing.md`` for a walk-through building a Hugo site.
"""

from __future__ import annotations

import datetime
import importlib
from typing import TYPE_CHECKING, Any

import attrs

from careerprose.errors import StyleError

if TYPE_CHECKING:
    from careerprose.publish.description import describe_pair
    from careerprose.publish.groups import MAJOR_GROUPS, major_group
    from careerprose.publish.selection import all_pairs, canonical, choose_occupations

#: The front matter formats pages can start with.
FRONT_MATTER = ("yaml", "toml", "json")

#: Where each name lives, imported on first use: the command line builds its options from
#: this package, and ``describe_pair`` pulls in the whole English layer.
_LAZY = {
    "describe_pair": "careerprose.publish.description",
    "MAJOR_GROUPS": "careerprose.publish.groups",
    "major_group": "careerprose.publish.groups",
    "all_pairs": "careerprose.publish.selection",
    "canonical": "careerprose.publish.selection",
    "choose_occupations": "careerprose.publish.selection",
}


def __getattr__(name: str) -> Any:
    """A name of :data:`_LAZY`, imported from its module on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


__all__ = [
    "FRONT_MATTER",
    "MAJOR_GROUPS",
    "PageOptions",
    "all_pairs",
    "canonical",
    "choose_occupations",
    "describe_pair",
    "major_group",
]


def _check_front_matter(instance: object, attribute: object, value: str | None) -> None:
    if value is not None and value not in FRONT_MATTER:
        msg = f"unknown front matter format {value!r}; expected one of {', '.join(FRONT_MATTER)}"
        raise StyleError(msg)


@attrs.frozen
class PageOptions:
    """How each article becomes a web page.

    Args:
        front_matter: "yaml", "toml" or "json" to start each page with front matter
            (title, slug, date, description, occupations, tags, source); ``None`` for none.
        heading: keep the article's H1 title (sites usually print the front matter title).
        date: the ``date`` of pages written in this run (default: today, UTC). Pages left
            unchanged by a re-run keep the date they were written with.
        related: how many "related comparisons" links to add to each page (0: none).
        link_base: links as ``link_base + slug + "/"`` (e.g. "/comparisons/" for Hugo);
            ``None`` links files relatively (``x-vs-y.md``).
        index: also write index pages (``_index.md`` and one page per SOC major group).
    """

    front_matter: str | None = attrs.field(default=None, validator=_check_front_matter)
    heading: bool = True
    date: datetime.date | None = None
    related: int = 0
    link_base: str | None = None
    index: bool = False

    def day(self) -> datetime.date:
        """The date pages of this run carry."""
        return self.date or datetime.datetime.now(datetime.timezone.utc).date()

    def identity(self) -> str:
        """Everything that changes a page's bytes except the date (for the manifest)."""
        return repr((self.front_matter, self.heading, self.related, self.link_base))
