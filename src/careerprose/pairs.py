"""Lists of pairs to write: read from a CSV/TSV file, every problem reported before any work.

A pairs file has a header with columns ``a`` and ``b`` (occupation names or codes) and an
optional ``name`` (the output file name without its ending); other columns are ignored. Header
names and cells are stripped of surrounding spaces; a duplicate or empty column name, a row with
more cells than the header, an unterminated quote, an occupation paired with itself and a file
name that is too long or used twice are each reported with their line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from careerprose.english.titles import JobTitle, TitleForms
from careerprose.errors import Problem, RecordError, SameOccupationError
from careerprose.files import name_problem
from careerprose.records.model import Occupation
from careerprose.style import Style

__all__ = ["MAX_SLUG", "Job", "PairJobs", "jobs_for", "pair_name", "read_pairs", "slug"]

#: Longest generated file name (without its ending): long titles are cut and given a hash.
MAX_SLUG = 120


def slug(text: str, limit: int = MAX_SLUG) -> str:
    """A file-name-safe form of ``text``: "Registered Nurse (RN)" → "registered-nurse-rn".

    Made by python-slugify (transliterating letters such as "é" to "e"). Slugs over ``limit``
    characters are cut at a hyphen and end with 8 characters of a hash of the whole slug, so
    they stay short, stable and distinct.
    """
    from slugify import slugify  # imported here: only batch and publishing need it

    found = slugify(text) or "article"
    return _capped(found, limit)


def _capped(found: str, limit: int) -> str:
    if len(found) <= limit:
        return found
    digest = hashlib.sha256(found.encode()).hexdigest()[:8]
    head = found[: limit - len(digest) - 1]
    head = head.rsplit("-", 1)[0] if "-" in head else head
    return f"{head}-{digest}"


_TITLE_SLUGS: dict[str, str] = {}


def _title_slug(occupation: Occupation) -> str:
    """The slug of the singular title, cached by title (hashing a whole record is slow)."""
    found = _TITLE_SLUGS.get(occupation.title)
    if found is None:
        from careerprose.profile import profile_of

        if len(_TITLE_SLUGS) > 100_000:
            _TITLE_SLUGS.clear()
        found = slug(profile_of(occupation, Style()).names.forms.singular, limit=10_000)
        _TITLE_SLUGS[occupation.title] = found
    return found


def pair_name(a: Occupation, b: Occupation) -> str:
    """The default file name (without ending) of the article comparing ``a`` with ``b``:
    "<a>-vs-<b>" from the singular titles, capped at :data:`MAX_SLUG` characters."""
    return _capped(f"{_title_slug(a)}-vs-{_title_slug(b)}", MAX_SLUG)


def _pair_key(a: Occupation, b: Occupation) -> tuple[str, str]:
    return (a.code or a.title, b.code or b.title)


class _Itself:
    """The message refusing a pair of one occupation with itself (the planner's rule,
    :func:`careerprose.planner.same_occupation`), or ``None``, for the many pairs of one list.

    Each occupation's title forms are made once (by identity), not twice a pair: checking all
    344,035 pairs of the built-in dataset before a batch starts spent two thirds of its time
    making them.
    """

    def __init__(self) -> None:
        from careerprose.planner import same_occupation_of  # on first use: a large import

        self._rule = same_occupation_of
        self._forms: dict[int, tuple[Occupation, TitleForms]] = {}

    def _title_forms(self, occupation: Occupation) -> TitleForms:
        found = self._forms.get(id(occupation))
        if found is None:  # the occupation is kept with its forms, so its id stays its own
            found = (occupation, JobTitle.from_occupation(occupation).forms)
            self._forms[id(occupation)] = found
        return found[1]

    def __call__(self, a: Occupation, b: Occupation) -> str | None:
        reason = self._rule(a, b, self._title_forms(a), self._title_forms(b))
        return None if reason is None else str(SameOccupationError(a.title, reason))


@attrs.frozen
class Job:
    """One article to write: the pair, where it came from, and its output file name."""

    a: Occupation
    b: Occupation
    name: str
    location: str


def _rows(text: str, delimiter: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each non-empty row; an unterminated quote is a RecordError."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            if "unexpected end of data" in str(err) or "EOF" in str(err):
                msg = "a quote opened on this line is never closed"
            else:
                msg = f"not valid CSV: {err}"
            raise RecordError([Problem(source, f"line {line}", "", msg)]) from err
        if any(cell.strip() for cell in row):
            yield line, [cell.strip() for cell in row]


def _header(cells: list[str], source: str) -> dict[str, int]:
    """Column positions by name; problems with the header raise RecordError."""
    problems = []
    positions: dict[str, int] = {}
    for index, name in enumerate(cells):
        if not name:
            problems.append(f"column {index + 1} has no name")
        elif name in positions:
            problems.append(f"column {name!r} appears twice")
        else:
            positions[name] = index
    if "a" not in positions or "b" not in positions:
        found = ", ".join(repr(cell) for cell in cells) or "none"
        problems.append(f"the header needs columns 'a' and 'b' (found {found})")
    if problems:
        raise RecordError([Problem(source, "line 1", "", msg) for msg in problems])
    return positions


def read_pairs(
    path: str | os.PathLike[str],
    resolve: Callable[[str], Occupation],
    *,
    ending: str = ".md",
) -> list[Job]:
    """The jobs listed in a CSV or TSV file with columns ``a`` and ``b`` (and optional ``name``).

    ``a`` and ``b`` are occupation names or codes, looked up with ``resolve``; ``name`` is the
    output file name without its ending (default: "<a>-vs-<b>" from the singular titles,
    capped at :data:`MAX_SLUG` characters). ``ending`` is the output files' ending, used to check
    that every name fits. Raises :class:`~careerprose.errors.RecordError` listing every problem,
    with line numbers.
    """
    source = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        msg = f"not UTF-8 text (byte {err.start}); save the file as UTF-8"
        raise RecordError([Problem(source, "", "", msg)]) from err
    delimiter = "\t" if source.lower().endswith((".tsv", ".tab")) else ","
    rows = list(_rows(text, delimiter, source))
    if not rows:
        raise RecordError([Problem(source, "line 1", "", "the file is empty; it needs a header")])
    columns = _header(rows[0][1], source)
    jobs: list[Job] = []
    problems: list[Problem] = []
    names: dict[str, str] = {}
    itself_of = _Itself()
    pairs: dict[tuple[str, str], str] = {}
    for line, cells in rows[1:]:
        location = f"line {line}"
        if len(cells) > len(rows[0][1]):
            msg = f"{len(cells)} cells, but the header has {len(rows[0][1])} columns"
            problems.append(Problem(source, location, "", msg))
            continue
        cell = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        pair: list[Occupation] = []
        for column in ("a", "b"):
            try:
                pair.append(resolve(cell[column]))
            except LookupError as err:
                problems.append(Problem(source, location, column, str(err)))
        if len(pair) != 2:
            continue
        a, b = pair
        itself = itself_of(a, b)
        if itself:
            problems.append(Problem(source, location, "b", itself))
            continue
        key = _pair_key(a, b)
        if key in pairs or key[::-1] in pairs:
            turned = "" if key in pairs else ", reversed"
            msg = (
                f"the same pair as {pairs.get(key) or pairs[key[::-1]]}{turned}; one page per pair"
            )
            problems.append(Problem(source, location, "", msg))
            continue
        pairs[key] = location
        given = cell.get("name", "")
        name = slug(given, limit=10_000) if given else pair_name(a, b)
        too_long = name_problem(name + ending)
        if too_long:
            problems.append(Problem(source, location, "name", too_long))
            continue
        if name in names:
            msg = f"writes {name!r} again (first on {names[name]})"
            problems.append(Problem(source, location, "name", msg))
            continue
        names[name] = location
        jobs.append(Job(a, b, name, location))
    if problems:
        raise RecordError(problems)
    return jobs


def jobs_for(
    pairs: Iterable[tuple[Occupation, Occupation]], *, ending: str = ".md", keep: bool = True
) -> list[Job]:
    """Jobs with default names for ``pairs`` (from :mod:`careerprose.publish.selection`).

    Raises :class:`~careerprose.errors.RecordError` listing every name that is too long or
    taken twice, and every occupation paired with itself. ``keep=False`` only checks (and
    returns an empty list): :class:`PairJobs` makes the jobs again when they are needed.
    """
    jobs = []
    problems = []
    names: dict[str, int] = {}  # name → pair number (an int: 344,000 of them are held)
    itself_of = _Itself()
    for number, (a, b) in enumerate(pairs, start=1):
        location = f"pair {number}"
        name = pair_name(a, b)
        too_long = name_problem(name + ending) if len(name) > MAX_SLUG else None
        itself = itself_of(a, b)
        if itself:
            problems.append(Problem("<pairs>", location, "", itself))
        elif too_long:
            problems.append(Problem("<pairs>", location, "name", too_long))
        elif name in names:
            msg = f"writes {name!r} again (first for pair {names[name]})"
            problems.append(Problem("<pairs>", location, "name", msg))
        else:
            names[name] = number
            if keep:
                jobs.append(Job(a, b, name, location))
    if problems:
        raise RecordError(problems)
    return jobs


class PairJobs(Collection[Job]):
    """The jobs of every unordered pair of some occupations, made one at a time, never listed.

    A sized collection that can be iterated again and again, each time in the canonical order
    of :func:`careerprose.publish.all_pairs`, with the names and locations :func:`jobs_for`
    gives. At 344,000 pairs a list of jobs takes ~90 MB; this takes the occupations.
    :meth:`check` must pass before use (the constructor runs it).
    """

    def __init__(self, occupations: Sequence[Occupation], *, ending: str = ".md") -> None:
        """Pair ``occupations``; raises :class:`~careerprose.errors.RecordError` as
        :func:`jobs_for` does (names too long or taken twice, an occupation with itself)."""
        from careerprose.publish.selection import order_key

        self._occupations = tuple(sorted(occupations, key=order_key))
        self._ending = ending
        self.check()

    @property
    def occupations(self) -> tuple[Occupation, ...]:
        """The occupations paired, in canonical order (each job's ``a`` and ``b`` are these)."""
        return self._occupations

    def __len__(self) -> int:
        count = len(self._occupations)
        return count * (count - 1) // 2

    def __contains__(self, item: object) -> bool:
        return any(job == item for job in self)

    def __iter__(self) -> Iterator[Job]:
        ordered = self._occupations
        number = 0
        for index, a in enumerate(ordered):
            for b in ordered[index + 1 :]:
                number += 1
                yield Job(a, b, pair_name(a, b), f"pair {number}")

    def check(self) -> None:
        """Raise RecordError listing every problem, in one pass holding only the names."""
        jobs_for(_pairs_of(self._occupations), ending=self._ending, keep=False)


def _pairs_of(ordered: Sequence[Occupation]) -> Iterator[tuple[Occupation, Occupation]]:
    for index, a in enumerate(ordered):
        for b in ordered[index + 1 :]:
            yield a, b
