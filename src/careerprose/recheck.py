"""Re-checking articles written earlier against the records: ``careerprose verify FILE…``.

Teams edit generated text by hand and update their data later; either can make a published
sentence false. :func:`recheck_file` reads an article saved by careerprose and runs
:func:`careerprose.check_article` on it against the records given, or the built-in dataset:

- **JSON** (``--format json``) holds every sentence with the facts it states; the two
  occupations are found by the titles in its table header, else its title;
- **Markdown and HTML** hold text only: the occupations are named by the page's front matter
  (``batch --front-matter``), else by the ``manifest.jsonl`` of the batch folder the file is
  in, else by its "X vs Y" title. careerprose writes the article for them again, with the
  options given (the ones the page was written with: seed, templates, house style), and each
  sentence, table row and list item of the page takes the facts of its counterpart
  (:mod:`careerprose.realign`); a problem in an edited sentence comes with the sentence
  careerprose writes now.

Example:
    >>> import pathlib, tempfile
    >>> from careerprose import compare
    >>> article = compare("Registered Nurses", "Dental Hygienists")
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "nurse-vs-hygienist.json").write_text(article.render("json"))
    >>> _ = (folder / "nurse-vs-hygienist.md").write_text(article.render("markdown"))
    >>> recheck_files([folder / "nurse-vs-hygienist.json", folder / "nurse-vs-hygienist.md"])
    []
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from careerprose.manifest import MANIFEST_NAME, Entry
from careerprose.records.model import Occupation

if TYPE_CHECKING:
    from careerprose.style import Style
    from careerprose.writer import Writer

__all__ = [
    "FORMATS",
    "NotAnArticleError",
    "Problem",
    "RecheckError",
    "Rechecker",
    "article_from_dict",
    "recheck_file",
    "recheck_files",
]

#: List items that are short entries ("Patients, 20%"), not sentences.
_SHORT_ITEM_KINDS = frozenset({"skill", "tool"})
_VS = re.compile(r"\s+vs\.?\s+", re.IGNORECASE)


#: File endings :func:`recheck_file` reads, and the format each means.
FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html",
           ".htm": "html"}  # fmt: skip


class RecheckError(CareerproseError, ValueError):
    """A file that cannot be re-checked: not readable, not a careerprose article, or naming
    occupations the records do not hold."""


class NotAnArticleError(RecheckError):
    """A page of a batch folder that is not one of its articles (an index or group page): the
    folder's manifest does not list it and its front matter names no occupations."""


@attrs.frozen
class Problem:
    """One broken guarantee in one file, with the text careerprose writes there now when the
    file's sentence was edited (Markdown and HTML pages)."""

    file: str
    problem: str
    expected: str | None = None

    def __str__(self) -> str:
        if self.expected is None:
            return f"{self.file}: {self.problem}"
        return f"{self.file}: {self.problem}; expected: {self.expected!r}"


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


def _find(title: str, records: Sequence[Occupation] | None, code: str | None = None) -> Occupation:
    """The record of ``code`` (when given and known), else of ``title``."""
    if records is None:
        from careerprose import datasets
        from careerprose.errors import UnknownOccupationError

        if code:
            try:
                return datasets.get(code)
            except UnknownOccupationError:
                pass
        return datasets.get(title)
    for record in records:
        if code and record.code == code:
            return record
    for record in records:
        if _same_title(record, title):
            return record
    msg = f"no record for {title!r} in the records given"
    raise LookupError(msg)


_Named = tuple[str, str | None]  # a title and a code


def _front_matter_pair(meta: Mapping[str, Any] | None) -> tuple[_Named, _Named] | None:
    named = (meta or {}).get("occupations")
    if not isinstance(named, list) or len(named) != 2:
        return None
    found = []
    for item in named:
        if not isinstance(item, Mapping) or not isinstance(item.get("title"), str):
            return None
        code = item.get("code")
        found.append((item["title"], code if isinstance(code, str) else None))
    return found[0], found[1]


@functools.lru_cache(maxsize=64)
def _manifest(folder: Path, stamp: float) -> dict[str, Entry]:
    """The entries of ``folder``'s manifest by path (``stamp``: its modification time)."""
    entries = {}
    with (folder / MANIFEST_NAME).open(encoding="utf-8", errors="replace") as file:
        for line in file:
            entry = Entry.from_json(line)
            if entry is not None:
                entries[entry.path] = entry
    return entries


def _manifest_pair(path: Path) -> tuple[_Named, _Named] | None:
    """The pair the manifest of the batch folder holding ``path`` lists for it.

    Raises:
        NotAnArticleError: the folder has a manifest, and it does not list ``path``.
    """
    full = path.resolve()
    try:
        entries = _manifest(full.parent, (full.parent / MANIFEST_NAME).stat().st_mtime)
    except OSError:
        return None
    entry = entries.get(full.name)
    if entry is None:
        msg = f"not an article of the batch (the folder's {MANIFEST_NAME} does not list it)"
        raise NotAnArticleError(msg)
    return (entry.pair[0], entry.codes[0]), (entry.pair[1], entry.codes[1])


def _title_pair(pieces: Sequence[Any], meta: Mapping[str, Any] | None) -> tuple[_Named, _Named]:
    titles = [piece.text for piece in pieces if piece.kind == "title"]
    titles.append(str((meta or {}).get("title", "")))
    tables = [piece.rows[0] for piece in pieces if piece.kind == "table" and piece.rows]
    if tables and len(tables[0]) >= 3:
        return (tables[0][1], None), (tables[0][2], None)
    for title in titles:
        parts = _VS.split(title)
        if len(parts) == 2:
            return (parts[0], None), (parts[1], None)
    msg = "cannot tell which occupations the page compares: no front matter, manifest entry or"
    raise ValueError(f"{msg} 'X vs Y' title")


class Rechecker:
    """Re-checks files one by one against ``records`` (or the built-in dataset), writing pages
    again with one :class:`~careerprose.writer.Writer` (``style``, ``templates``, ``seed``)
    made on first need."""

    def __init__(
        self,
        records: Sequence[Occupation] | None,
        style: Style | None,
        templates: str | os.PathLike[str] | None,
        seed: int | str,
    ) -> None:
        self.records = records
        self._options = (style, templates, seed)
        self._writer: Writer | None = None

    def writer(self) -> Writer:
        """The writer that writes pages again (made once)."""
        if self._writer is None:
            from careerprose.writer import Writer

            style, templates, seed = self._options
            self._writer = Writer(style=style, templates=templates, seed=seed)
        return self._writer

    def check(self, path: str | os.PathLike[str]) -> list[Problem]:
        """Every broken guarantee of the article at ``path`` (see :func:`recheck_file`)."""
        name = os.fspath(path)
        kind = FORMATS.get(os.path.splitext(name)[1].lower())
        if kind is None:
            endings = ", ".join(sorted(FORMATS))
            msg = f"{name}: cannot re-check this kind of file; careerprose reads {endings}"
            raise RecheckError(msg)
        try:
            with open(name, encoding="utf-8") as file:
                text = file.read()
            if kind == "json":
                return self._json(name, json.loads(text))
            return self._page(name, text, kind)
        except (OSError, UnicodeDecodeError) as err:
            msg = f"{name}: cannot read: {err}"
            raise RecheckError(msg) from err
        except json.JSONDecodeError as err:
            msg = f"{name}: not JSON (line {err.lineno}, column {err.colno}): {err.msg}"
            raise RecheckError(msg) from err
        except NotAnArticleError as err:
            msg = f"{name}: {err}"
            raise NotAnArticleError(msg) from err
        except (ValueError, LookupError) as err:
            msg = f"{name}: {err}"
            raise RecheckError(msg) from err

    def _json(self, name: str, data: Any) -> list[Problem]:
        from careerprose.verify import check_article

        article = article_from_dict(data)
        first, second = _titles(article)
        a, b = _find(first, self.records), _find(second, self.records)
        return [Problem(name, problem) for problem in check_article(article, a, b)]

    def _page(self, name: str, text: str, kind: str) -> list[Problem]:
        from careerprose.realign import realign
        from careerprose.reread import read_html, read_markdown, split_front_matter
        from careerprose.verify import check_article

        meta, body = split_front_matter(text)
        pieces = read_markdown(body) if kind == "markdown" else read_html(body)
        pair = _front_matter_pair(meta) or _manifest_pair(Path(name))
        (first, first_code), (second, second_code) = pair or _title_pair(pieces, meta)
        a = _find(first, self.records, first_code)
        b = _find(second, self.records, second_code)
        page = realign(pieces, self.writer().compare(a, b))
        problems = []
        for problem in check_article(page.article, a, b):
            expected = next(
                (new for old, new in page.expected.items() if problem.endswith(repr(old))), None
            )
            problems.append(Problem(name, problem, expected))
        return problems


def recheck_file(
    path: str | os.PathLike[str],
    records: Sequence[Occupation] | None = None,
    *,
    style: Style | None = None,
    templates: str | os.PathLike[str] | None = None,
    seed: int | str = 0,
) -> list[Problem]:
    """Every broken guarantee of the article at ``path`` (JSON, Markdown or HTML, by its
    ending), against ``records`` or the built-in dataset.

    A Markdown or HTML page is written again to learn which facts its sentences state:
    ``style``, ``templates`` and ``seed`` should be the options it was written with.

    Raises:
        RecheckError: the file cannot be read or parsed, or its occupations are not found.
    """
    return Rechecker(records, style, templates, seed).check(path)


def recheck_files(
    paths: Iterable[str | os.PathLike[str]],
    records: Sequence[Occupation] | None = None,
    *,
    style: Style | None = None,
    templates: str | os.PathLike[str] | None = None,
    seed: int | str = 0,
) -> list[Problem]:
    """:func:`recheck_file` over ``paths``, in order (one writer for them all); the first
    file that cannot be checked raises (``careerprose verify`` reports it and goes on)."""
    rechecker = Rechecker(records, style, templates, seed)
    return [problem for path in paths for problem in rechecker.check(path)]
