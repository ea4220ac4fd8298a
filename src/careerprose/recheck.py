"""Re-checking articles written earlier against the records: ``careerprose verify FILE…``.

Teams edit generated text by hand and update their data later; either can make a published
sentence false. :func:`recheck_file` reads an article saved in careerprose's JSON format
(``--format json``: every sentence with the facts it states), finds the two occupations it
compares (by the titles in its table header, else its title) in the records given, or the
built-in dataset, and runs :func:`careerprose.check_article` on it.

Example:
    >>> import pathlib, tempfile
    >>> from careerprose import compare
    >>> article = compare("Registered Nurses", "Dental Hygienists")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "nurse-vs-hygienist.json"
    >>> _ = path.write_text(article.render("json"), encoding="utf-8")
    >>> recheck_file(path)
    []
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from careerprose.article import (
    Article,
    Block,
    BulletList,
    Fact,
    Heading,
    Paragraph,
    Section,
    Sentence,
    Table,
    TableRow,
)
from careerprose.errors import CareerproseError
from careerprose.records.model import Occupation

__all__ = ["Problem", "RecheckError", "article_from_dict", "recheck_file", "recheck_files"]

#: List items that are short entries ("Patients, 20%"), not sentences.
_SHORT_ITEM_KINDS = frozenset({"skill"})
_VS = re.compile(r"\s+vs\.?\s+", re.IGNORECASE)


class RecheckError(CareerproseError, ValueError):
    """A file that cannot be re-checked: not readable, not a careerprose JSON article, or
    naming occupations the records do not hold."""


@attrs.frozen
class Problem:
    """One broken guarantee in one file."""

    file: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}: {self.problem}"


def _tuples(value: Any) -> Any:
    """JSON lists back to the tuples facts hold ("skills": ["Patients", 20])."""
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    return value


def _fact(data: Mapping[str, Any]) -> Fact:
    return Fact(**{name: _tuples(value) for name, value in data.items()})


def _sentence(data: Mapping[str, Any]) -> Sentence:
    facts = tuple(_fact(fact) for fact in data.get("facts", ()))
    return Sentence(data["text"], facts, data.get("kind", ""))


def _block(data: Mapping[str, Any]) -> Block:
    kind = data["type"]
    if kind == "heading":
        return Heading(data["text"])
    if kind == "paragraph":
        return Paragraph(tuple(_sentence(s) for s in data["sentences"]))
    if kind == "table":
        rows = tuple(
            TableRow(
                row["label"], row["a"], row["b"], _fact(row["fact"]) if "fact" in row else None
            )
            for row in data["rows"]
        )
        return Table((data["header"][0], data["header"][1]), rows)
    if kind == "list":
        items = tuple(_sentence(s) for s in data["items"])
        short = bool(items) and all(item.kind in _SHORT_ITEM_KINDS for item in items)
        return BulletList(items, prose=not short)
    msg = f"unknown block type {kind!r}"
    raise ValueError(msg)


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """The :class:`Article` a careerprose JSON file holds (the inverse of ``to_dict``).

    Raises:
        ValueError: ``data`` is not an article in careerprose's JSON form.
    """
    try:
        sections = tuple(
            Section(
                section["name"],
                section.get("heading"),
                tuple(_block(block) for block in section["blocks"]),
            )
            for section in data["sections"]
        )
        return Article(data["title"], sections, data.get("source"))
    except (KeyError, TypeError, IndexError) as err:
        msg = f"not a careerprose JSON article: missing or malformed {err}"
        raise ValueError(msg) from err


def _titles(article: Article) -> tuple[str, str]:
    for section in article.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                return block.header
    parts = _VS.split(article.title)
    if len(parts) == 2:
        return parts[0], parts[1]
    msg = f"cannot tell which occupations the article {article.title!r} compares"
    raise ValueError(msg)


def _same_title(record: Occupation, title: str) -> bool:
    from careerprose.english.titles import JobTitle

    forms = JobTitle.from_occupation(record).forms
    wanted = title.casefold()
    return wanted in {record.title.casefold(), forms.display.casefold(), forms.singular}


def _find(title: str, records: Sequence[Occupation] | None) -> Occupation:
    if records is None:
        from careerprose import datasets

        return datasets.get(title)
    for record in records:
        if _same_title(record, title):
            return record
    msg = f"no record for {title!r} in the records given"
    raise LookupError(msg)


def recheck_file(
    path: str | os.PathLike[str], records: Sequence[Occupation] | None = None
) -> list[Problem]:
    """Every broken guarantee of the JSON article at ``path``, against ``records`` (by title)
    or the built-in dataset.

    Raises:
        RecheckError: the file cannot be read or parsed, or its occupations are not found.
    """
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as file:
            data = json.load(file)
        article = article_from_dict(data)
        first, second = _titles(article)
        a, b = _find(first, records), _find(second, records)
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{name}: cannot read: {err}"
        raise RecheckError(msg) from err
    except json.JSONDecodeError as err:
        msg = f"{name}: not JSON (line {err.lineno}, column {err.colno}): {err.msg}"
        raise RecheckError(msg) from err
    except (ValueError, LookupError) as err:
        msg = f"{name}: {err}"
        raise RecheckError(msg) from err
    from careerprose.verify import check_article

    return [Problem(name, problem) for problem in check_article(article, a, b)]


def recheck_files(
    paths: Iterable[str | os.PathLike[str]], records: Sequence[Occupation] | None = None
) -> list[Problem]:
    """:func:`recheck_file` over ``paths``, in order."""
    return [problem for path in paths for problem in recheck_file(path, records)]
