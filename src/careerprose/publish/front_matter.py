"""Pages for static site generators: front matter (YAML, TOML or JSON) above the article.

The fields follow what Hugo, Jekyll and Astro read: ``title``, ``slug``, ``date``,
``description`` (a one-sentence summary, see :func:`describe_pair`), ``tags`` (the SOC major
groups), plus ``occupations`` (each side's title, code and key figures) and ``source``.
Values are written with explicit quoting (JSON string syntax, which YAML and TOML both
accept), so a title such as ``Yes: No # "x"`` can never change the front matter's structure.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from typing import Any

from careerprose.article import Article
from careerprose.errors import StyleError
from careerprose.publish import FRONT_MATTER
from careerprose.publish.description import describe_pair
from careerprose.publish.groups import MAJOR_GROUPS, major_group
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["FRONT_MATTER", "page_meta", "render_front_matter", "without_heading"]

_H1 = {"markdown": re.compile(r"\A# [^\n]*\n\n?"), "html": re.compile(r"<h1>[^\n]*</h1>\n")}
_SOURCE_PREFIX = re.compile(r"\ASources?: ")  # "Source: X." or "Sources: X; Y."


def _figures(occupation: Occupation) -> dict[str, Any]:
    salary = occupation.salary
    found = {
        "title": occupation.title,
        "code": occupation.code,
        "salary_average": salary.average,
        "salary_hourly": salary.hourly,
        "jobs": occupation.jobs,
        "growth_rate": occupation.growth_rate,
    }
    return {name: _plain(value) for name, value in found.items() if value is not None}


def _plain(value: Any) -> Any:
    """A JSON-ready number: Decimals become ints when whole, floats otherwise."""
    if isinstance(value, (str, int, float)):
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def page_meta(
    article: Article,
    a: Occupation,
    b: Occupation,
    *,
    slug: str,
    date: datetime.date,
    style: Style | None = None,
) -> dict[str, Any]:
    """The front matter fields of the page for ``article`` (comparing ``a`` with ``b``)."""
    tags = []
    for occupation in (a, b):
        group = major_group(occupation)
        if group is not None and MAJOR_GROUPS[group] not in tags:
            tags.append(MAJOR_GROUPS[group])
    meta: dict[str, Any] = {
        "title": article.title,
        "slug": slug,
        "date": date,
        "description": describe_pair(a, b, style),
        "occupations": [_figures(a), _figures(b)],
        "tags": tags,
    }
    if article.source:
        meta["source"] = _SOURCE_PREFIX.sub("", article.source).rstrip(".")
    return meta


def _scalar(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def _yaml(meta: Mapping[str, Any], indent: str = "") -> list[str]:
    lines = []
    for key, value in meta.items():
        if isinstance(value, Mapping):
            lines.append(f"{indent}{key}:")
            lines.extend(_yaml(value, indent + "  "))
        elif isinstance(value, list) and value and isinstance(value[0], Mapping):
            lines.append(f"{indent}{key}:")
            for item in value:
                nested = _yaml(item, indent + "    ")
                lines.append(f"{indent}  - {nested[0].lstrip()}")
                lines.extend(nested[1:])
        elif isinstance(value, list):
            lines.append(f"{indent}{key}: [{', '.join(_scalar(item) for item in value)}]")
        else:
            lines.append(f"{indent}{key}: {_scalar(value)}")
    return lines


def _toml(meta: Mapping[str, Any]) -> list[str]:
    lines = []
    tables = []
    for key, value in meta.items():
        if isinstance(value, list) and value and isinstance(value[0], Mapping):
            tables.append((key, value))
        elif isinstance(value, list):
            lines.append(f"{key} = [{', '.join(_scalar(item) for item in value)}]")
        else:
            lines.append(f"{key} = {_scalar(value)}")
    for key, items in tables:
        for item in items:
            lines.append(f"\n[[{key}]]")
            lines.extend(f"{name} = {_scalar(value)}" for name, value in item.items())
    return lines


def render_front_matter(meta: Mapping[str, Any], kind: str) -> str:
    """``meta`` as a front matter block in ``kind`` ("yaml", "toml" or "json"), delimiters
    included, ending with a newline."""
    if kind == "yaml":
        return "---\n" + "\n".join(_yaml(meta)) + "\n---\n"
    if kind == "toml":
        return "+++\n" + "\n".join(_toml(meta)) + "\n+++\n"
    if kind == "json":
        return json.dumps(meta, ensure_ascii=False, indent=2, default=_scalar_json) + "\n"
    msg = f"unknown front matter format {kind!r}; expected one of {', '.join(FRONT_MATTER)}"
    raise StyleError(msg)


def _scalar_json(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return _plain(value)


def without_heading(body: str, format: str) -> str:
    """``body`` (Markdown or HTML) without its H1 title."""
    pattern = _H1.get(format)
    return body if pattern is None else pattern.sub("", body, count=1)
