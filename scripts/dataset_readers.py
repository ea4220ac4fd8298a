"""Parsing the raw O*NET 30.1, BLS EP 2024-34 and CPS 2025 files into plain Python data.

Only parsing and checking of layouts lives here; which values a record gets, and why, is in
``dataset_fields.py``. A layout that is not the expected one stops the build with a message
naming the file. openpyxl (the ``build`` extra) is imported only when an xlsx is read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class LayoutError(ValueError):
    """A raw file does not have the columns or rows the build expects."""


def _tsv(path: Path, expected: list[str]) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if reader.fieldnames != expected:
            msg = f"{path.name}: columns {reader.fieldnames!r}, expected {expected!r}"
            raise LayoutError(msg)
        yield from reader


def _xlsx_rows(path: Path, sheet: str | None = None) -> list[tuple[Any, ...]]:
    try:
        import openpyxl
    except ImportError as err:  # pragma: no cover - depends on the environment
        msg = "reading the xlsx sources needs openpyxl: pip install 'careerprose[build]'"
        raise LayoutError(msg) from err
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = book[sheet] if sheet is not None else book.active
        return [tuple(row) for row in ws.iter_rows(values_only=True)]
    finally:
        book.close()


def soc_of(onet_code: str) -> str:
    """``"29-1141.01"`` -> ``"29-1141"``."""
    if not re.fullmatch(r"\d\d-\d{4}\.\d\d", onet_code):
        msg = f"not an O*NET-SOC code: {onet_code!r}"
        raise LayoutError(msg)
    return onet_code[:7]


# --------------------------------------------------------------------------- O*NET


#: O*NET task types in the order duties are taken: core, supplemental, then not yet rated.
TASK_TYPES = ("Core", "Supplemental", "n/a")


@dataclass(frozen=True)
class Task:
    """One O*NET task statement; ``rank`` is its type's place in :data:`TASK_TYPES`."""

    text: str
    rank: int


@dataclass(frozen=True)
class Technology:
    """One O*NET technology skill example and its flags."""

    name: str
    hot: bool
    in_demand: bool


@dataclass(frozen=True)
class Estimate:
    """An O*NET category share (percent of respondents); ``suppress``: O*NET advises against it."""

    value: float
    suppress: bool


@dataclass
class Onet:
    """What the build uses from O*NET 30.1, keyed by O*NET-SOC code (``NN-NNNN.NN``)."""

    descriptions: dict[str, str] = field(default_factory=dict)
    tasks: dict[str, list[Task]] = field(default_factory=dict)
    technology: dict[str, list[Technology]] = field(default_factory=dict)
    #: scale ("RL") -> code -> category number -> estimate
    categories: dict[str, dict[str, dict[int, Estimate]]] = field(default_factory=dict)
    #: scale ("RL") -> category number -> O*NET's category description
    category_names: dict[str, dict[int, str]] = field(default_factory=dict)
    #: code -> [(element id, skill name, importance)], O*NET's element order
    skills: dict[str, list[tuple[str, str, float]]] = field(default_factory=dict)


ETE_SCALES = ("RL",)


def read_descriptions(path: Path, onet: Onet) -> None:
    for row in _tsv(path, ["O*NET-SOC Code", "Title", "Description"]):
        onet.descriptions[row["O*NET-SOC Code"]] = " ".join(row["Description"].split())


def read_tasks(path: Path, onet: Onet) -> None:
    columns = ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding"]
    columns += ["Date", "Domain Source"]
    for row in _tsv(path, columns):
        kind = row["Task Type"]
        if kind not in TASK_TYPES:
            msg = f"{path.name}: task {row['Task ID']} has task type {kind!r}"
            raise LayoutError(msg)
        task = Task(" ".join(row["Task"].split()), rank=TASK_TYPES.index(kind))
        onet.tasks.setdefault(row["O*NET-SOC Code"], []).append(task)


def read_technology(path: Path, onet: Onet) -> None:
    columns = ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title"]
    columns += ["Hot Technology", "In Demand"]
    for row in _tsv(path, columns):
        flags = row["Hot Technology"], row["In Demand"]
        if not set(flags) <= {"Y", "N"}:
            msg = f"{path.name}: {row['O*NET-SOC Code']} {row['Example']!r} has flags {flags!r}"
            raise LayoutError(msg)
        item = Technology(row["Example"].strip(), flags[0] == "Y", flags[1] == "Y")
        onet.technology.setdefault(row["O*NET-SOC Code"], []).append(item)


def read_ete(path: Path, categories_path: Path, onet: Onet) -> None:
    """Required level of education (scale RL) shares and their category names."""
    names = ["Element ID", "Element Name", "Scale ID", "Category", "Category Description"]
    for row in _tsv(categories_path, names):
        if row["Scale ID"] in ETE_SCALES:
            scale = onet.category_names.setdefault(row["Scale ID"], {})
            scale[int(row["Category"])] = row["Category Description"].strip()
    columns = ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Category"]
    columns += ["Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound"]
    columns += ["Recommend Suppress", "Date", "Domain Source"]
    for row in _tsv(path, columns):
        scale_id = row["Scale ID"]
        if scale_id not in ETE_SCALES:
            continue
        if row["Recommend Suppress"] not in ("Y", "N", "n/a"):  # n/a: expert ratings, no SE
            msg = f"{path.name}: {row['O*NET-SOC Code']} Recommend Suppress is {row!r}"
            raise LayoutError(msg)
        shares = onet.categories.setdefault(scale_id, {}).setdefault(row["O*NET-SOC Code"], {})
        estimate = Estimate(float(row["Data Value"]), row["Recommend Suppress"] == "Y")
        shares[int(row["Category"])] = estimate


_SKILL_COLUMNS = (
    "O*NET-SOC Code",
    "Title",
    "Element ID",
    "Element Name",
    "Scale ID",
    "Scale Name",
    "Data Value",
    "N",
    "Standard Error",
    "Lower CI Bound",
    "Upper CI Bound",
    "Recommend Suppress",
    "Not Relevant",
    "Date",
    "Domain Source",
)


def read_skills(path: Path, onet: Onet) -> None:
    """Skill importance (scale IM, 1-5); estimates O*NET advises suppressing are left out."""
    rows = _xlsx_rows(path, "Skills")
    if rows[0] != _SKILL_COLUMNS:
        msg = f"{path.name}: columns {rows[0]!r}, expected {_SKILL_COLUMNS!r}"
        raise LayoutError(msg)
    for row in rows[1:]:
        record = dict(zip(_SKILL_COLUMNS, row, strict=True))
        if record["Scale ID"] != "IM" or record["Recommend Suppress"] == "Y":
            continue
        item = (str(record["Element ID"]), str(record["Element Name"]), float(record["Data Value"]))
        onet.skills.setdefault(str(record["O*NET-SOC Code"]), []).append(item)


# --------------------------------------------------------------------------- BLS EP


@dataclass(frozen=True)
class Projection:
    """One EP Table 1.2 line item (employment figures in thousands, as published)."""

    title: str
    change_percent: float
    openings_thousands: float
    education: str | None
    experience: str | None
    training: str | None


_EP_HEADER_START = ("2024 National Employment Matrix title", "2024 National Employment Matrix code")
_EP_COLUMNS = {
    "type": "Occupation type",
    "change": "Employment change, percent, 2024–34",
    "openings": "Occupational openings, 2024–34 annual average",
    "education": "Typical education needed for entry",
    "experience": "Work experience in a related occupation",
    "training": "Typical on-the-job training needed to attain competency in the occupation",
}
_EP_DASH = "—"


def read_projections(path: Path) -> dict[str, Projection]:
    """EP Table 1.2 line items by 6-digit code without the hyphen (``"291141"``)."""
    rows = _xlsx_rows(path, "Table 1.2")
    header = rows[1]
    if header[:2] != _EP_HEADER_START:
        msg = f"{path.name} Table 1.2: header {header!r}"
        raise LayoutError(msg)
    try:
        at = {key: header.index(name) for key, name in _EP_COLUMNS.items()}
    except ValueError as err:
        msg = f"{path.name} Table 1.2: a column is missing ({err}); header {header!r}"
        raise LayoutError(msg) from err
    result: dict[str, Projection] = {}
    for row in rows[2:]:
        if row[at["type"]] != "Line item":
            continue
        code = str(row[1])
        if not re.fullmatch(r"\d\d-\d{4}", code):
            msg = f"{path.name} Table 1.2: line item code {code!r}"
            raise LayoutError(msg)

        def text(key: str, row: tuple[Any, ...] = row) -> str | None:
            value = row[at[key]]
            return None if value in (None, _EP_DASH) else str(value).strip()

        result[code.replace("-", "")] = Projection(
            title=str(row[0]).strip(),
            change_percent=float(row[at["change"]]),
            openings_thousands=float(row[at["openings"]]),
            education=text("education"),
            experience=text("experience"),
            training=text("training"),
        )
    return result


# --------------------------------------------------------------------------- CPS


@dataclass(frozen=True)
class CpsRow:
    """One CPS occupation row of tables 11 and 11b; ``None`` where BLS shows a dash."""

    title: str
    employed_thousands: int
    median_age: float | None
    women: float | None
    white: float | None
    black: float | None
    asian: float | None
    hispanic: float | None


_CPS_COLUMNS = [
    "indent_level",
    "occupation",
    "total_employed_thousands",
    "pct_women",
    "pct_white",
    "pct_black_or_african_american",
    "pct_asian",
    "pct_hispanic_or_latino",
]
_CPS_AGE_HEADER = "Median age"
#: Dashes BLS uses for a value not shown (the xlsx uses an en dash, the CSV a hyphen).
_CPS_DASHES = frozenset({"-", "–", "—"})


def fold(title: str) -> str:
    """A title with its white space folded, for comparing the two CPS tables' labels."""
    return " ".join(title.split())


def _percent(value: object) -> float | None:
    text = str(value).strip()
    return None if text in _CPS_DASHES else float(text)


def read_cps(table11: Path, table11b: Path) -> list[CpsRow]:
    """The 595 occupation rows, joined by position; the titles and totals must agree."""
    with table11.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != _CPS_COLUMNS:
            msg = f"{table11.name}: columns {reader.fieldnames!r}, expected {_CPS_COLUMNS!r}"
            raise LayoutError(msg)
        sex_race = list(reader)
    rows = _xlsx_rows(table11b)
    if rows[4][-1] != _CPS_AGE_HEADER:
        msg = f"{table11b.name}: expected {_CPS_AGE_HEADER!r} as the last column, got {rows[4]!r}"
        raise LayoutError(msg)
    ages = [row for row in rows[6:] if isinstance(row[1], int)]
    if len(ages) != len(sex_race):
        msg = f"{table11b.name} has {len(ages)} occupation rows, {table11.name} {len(sex_race)}"
        raise LayoutError(msg)
    result = []
    for number, (table, age) in enumerate(zip(sex_race, ages, strict=True), start=1):
        employed = int(table["total_employed_thousands"].replace(",", ""))
        if employed != age[1] or (number > 1 and fold(table["occupation"]) != fold(str(age[0]))):
            msg = (
                f"CPS row {number}: table 11 has {table['occupation']!r} ({employed}),"
                f" table 11b {age[0]!r} ({age[1]})"
            )
            raise LayoutError(msg)
        result.append(
            CpsRow(
                title=fold(table["occupation"]),
                employed_thousands=employed,
                median_age=_percent(age[-1]),
                women=_percent(table["pct_women"]),
                white=_percent(table["pct_white"]),
                black=_percent(table["pct_black_or_african_american"]),
                asian=_percent(table["pct_asian"]),
                hispanic=_percent(table["pct_hispanic_or_latino"]),
            )
        )
    return result
