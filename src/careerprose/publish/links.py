"""Links between pages: "related comparisons" under each article, and index pages per group.

Two pages are related when they share an occupation. Each page links to up to N of them,
taken in turn from the pages of its first and its second occupation, in the batch's order, so
the choice is stable from run to run. Links are relative file names (``x-vs-y.md``, which
GitHub, most editors and Jekyll's relative-links plugin resolve) unless a link base is given:
then they are ``BASE + slug + "/"``, the pretty URLs of Hugo and Jekyll (``/comparisons/``).
"""

from __future__ import annotations

import datetime
import html
from collections import defaultdict
from collections.abc import Sequence

from careerprose.pairs import Job, slug
from careerprose.publish.front_matter import render_front_matter
from careerprose.publish.groups import MAJOR_GROUPS, major_group
from careerprose.records.model import Occupation
from careerprose.render.markdown import escape_markdown

__all__ = [
    "GROUP_PAGE_TITLE_END",
    "Link",
    "add_related",
    "every_group_page_name",
    "index_page_names",
    "index_pages",
    "link_to",
    "related_links",
]

Link = tuple[str, str]  # (text, target)


def link_to(name: str, ending: str, base: str | None) -> str:
    """Where a page named ``name`` is linked: ``name + ending``, or ``base + name + "/"``."""
    return f"{name}{ending}" if base is None else f"{base}{name}/"


def _key(occupation: Occupation) -> str:
    return occupation.code or occupation.title


def pair_title(job: Job) -> str:
    """The link text of a comparison page: both official titles."""
    return f"{job.a.title} vs {job.b.title}"


def related_links(
    jobs: Sequence[Job], count: int, ending: str, base: str | None
) -> dict[str, tuple[Link, ...]]:
    """Up to ``count`` related pages for each job, by job name."""
    if count <= 0:
        return {}
    pages: dict[str, list[Job]] = defaultdict(list)
    for job in jobs:
        pages[_key(job.a)].append(job)
        pages[_key(job.b)].append(job)
    found: dict[str, tuple[Link, ...]] = {}
    for job in jobs:
        first, second = pages[_key(job.a)], pages[_key(job.b)]
        chosen: list[Job] = []
        seen = {job.name}
        for index in range(max(len(first), len(second))):
            for candidates in (first, second):
                if index < len(candidates) and candidates[index].name not in seen:
                    seen.add(candidates[index].name)
                    chosen.append(candidates[index])
            if len(chosen) >= count:
                break
        found[job.name] = tuple(
            (pair_title(other), link_to(other.name, ending, base)) for other in chosen[:count]
        )
    return found


def add_related(body: str, format: str, links: Sequence[Link]) -> str:
    """``body`` (Markdown or HTML) with a "Related comparisons" list at the end."""
    if not links:
        return body
    if format == "markdown":
        items = "".join(f"- [{escape_markdown(text)}]({target})\n" for text, target in links)
        return f"{body}\n## Related comparisons\n\n{items}"
    if format == "html":
        items = "".join(
            f'<li><a href="{html.escape(target)}">{html.escape(text)}</a></li>\n'
            for text, target in links
        )
        section = (
            f'<section class="related">\n<h2>Related comparisons</h2>\n<ul>\n{items}</ul>\n'
            "</section>\n"
        )
        head, _, tail = body.rpartition("</article>")
        return f"{head}{section}</article>{tail}" if head else body + section
    return body


def _groups(jobs: Sequence[Job]) -> dict[str, list[Job]]:
    """Jobs by SOC major group ("other" without a code); a pair in two groups is in both."""
    groups: dict[str, list[Job]] = defaultdict(list)
    for job in jobs:
        for group in dict.fromkeys(major_group(o) or "other" for o in (job.a, job.b)):
            groups[group].append(job)
    return groups


def _group_page(group: str) -> tuple[str, str]:
    """(file name without ending, group name) of a group's index page."""
    name = MAJOR_GROUPS.get(group, "Other occupations")
    return slug(f"group-{group}-{name}"), name


def index_page_names(jobs: Sequence[Job]) -> list[str]:
    """The file names :func:`index_pages` writes for ``jobs``."""
    return ["_index.md", *(_group_page(group)[0] + ".md" for group in sorted(_groups(jobs)))]


#: How a group page's title ends ("Management occupations compared").
GROUP_PAGE_TITLE_END = " occupations compared"


def every_group_page_name() -> list[str]:
    """The file names of every group page :func:`index_pages` may write, whatever the jobs
    (for pruning the pages of groups a run no longer has)."""
    return [_group_page(group)[0] + ".md" for group in (*MAJOR_GROUPS, "other")]


def index_pages(
    jobs: Sequence[Job],
    *,
    ending: str,
    base: str | None,
    front_matter: str | None,
    date: datetime.date,
) -> dict[str, str]:
    """Markdown index pages by file name: ``_index.md`` listing the SOC major groups, and one
    ``group-NN-name.md`` per group listing its comparisons (a pair in two groups is listed in
    both)."""
    groups = _groups(jobs)
    pages: dict[str, str] = {}
    lines = []
    for group in sorted(groups):
        page_name, name = _group_page(group)
        title = f"{name}{GROUP_PAGE_TITLE_END}"
        count = len(groups[group])
        items = "".join(
            f"- [{escape_markdown(pair_title(job))}]({link_to(job.name, ending, base)})\n"
            for job in groups[group]
        )
        description = f"{count:,} side-by-side comparisons of {name.lower()} occupations."
        pages[page_name + ".md"] = _page(title, page_name, description, front_matter, date, items)
        target = link_to(page_name, ".md", base)
        lines.append(f"- [{escape_markdown(title)}]({target}) ({count:,})\n")
    description = f"{len(jobs):,} career comparisons, by occupation group."
    pages["_index.md"] = _page(
        "Career comparisons", "", description, front_matter, date, "".join(lines)
    )
    return pages


def _page(
    title: str,
    page_slug: str,
    description: str,
    front_matter: str | None,
    date: datetime.date,
    items: str,
) -> str:
    body = f"{description}\n\n{items}"
    if front_matter is None:
        return f"# {escape_markdown(title)}\n\n{body}"
    meta = {"title": title, "description": description, "date": date}
    if page_slug:
        meta["slug"] = page_slug
    return render_front_matter(meta, front_matter) + "\n" + body
