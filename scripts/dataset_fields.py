"""Which O*NET, EP and CPS values each occupation record gets, by the rules in docs/dataset.md.

Input is the parsed data of ``dataset_readers``; output is the record fields, in the canonical
form of ``Occupation.to_dict()``. Every rule here is one of the documented decisions
(:data:`DECISIONS`, also stored in the dataset's ``meta.decisions``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dataset_readers import (
    TASK_TYPES,
    CpsRow,
    Estimate,
    LayoutError,
    Onet,
    Projection,
    Task,
    soc_of,
)

#: The reviewed mapping of CPS rows (Census titles) to SOC codes, shipped in the repository.
CPS_MAPPING = Path(__file__).resolve().parent / "data" / "cps-2025-occupations.csv"

MAX_DUTIES = 8
MAX_SKILLS = 8

#: SOC codes BLS publishes as aggregates of several O*NET-SOC 2019 occupations.
AGGREGATES: Mapping[str, tuple[str, ...]] = {
    "13-1020": ("13-1021", "13-1022", "13-1023"),
    "13-2020": ("13-2022", "13-2023"),
    "21-1018": ("21-1011", "21-1014"),
    "25-2052": ("25-2055", "25-2056"),
    "25-9045": ("25-9042", "25-9043", "25-9049"),
    "29-2010": ("29-2011", "29-2012"),
    "31-1120": ("31-1121", "31-1122"),
    "39-7010": ("39-7011", "39-7012"),
    "47-4090": ("47-4091", "47-4099"),
    "51-2028": ("51-2021", "51-2022", "51-2023"),
    "51-2090": ("51-2092", "51-2099"),
    "53-1047": ("53-1042", "53-1043", "53-1044", "53-1049"),
}

#: BLS's typical on-the-job training categories with a stated duration, as month ranges (BLS
#: definitions: short-term "1 month or less", moderate-term "more than 1 month, up to 12
#: months", long-term "more than 12 months"). "None", "Apprenticeship" and
#: "Internship/residency" state no duration, so they give no range.
TRAINING_MONTHS: Mapping[str, tuple[int | None, int | None]] = {
    "Short-term on-the-job training": (None, 1),
    "Moderate-term on-the-job training": (1, 12),
    "Long-term on-the-job training": (12, None),
}
TRAINING_WITHOUT_DURATION = frozenset({"None", "Apprenticeship", "Internship/residency"})
TRAINING_BASIS = "on-the-job training"
SKILL_RANKING = "O*NET importance"

DECISIONS = {
    "onet_codes": "O*NET 30.1 uses O*NET-SOC 2019 codes (NN-NNNN.NN). A SOC code's O*NET data"
    " is that of NN-NNNN.00 when O*NET has it; otherwise (most 'All Other' codes) the"
    " NN-NNNN.01-.NN specialties that have data, combined; for the 12 codes BLS publishes as"
    " aggregates (13-1020 Buyers and Purchasing Agents, ...) the O*NET occupations they"
    " aggregate, combined. Checked per file: a code may have tasks but no skill ratings.",
    "responsibilities": f"Up to {MAX_DUTIES} O*NET task statements: core tasks first, then"
    " supplemental ones, then tasks O*NET has not rated yet, each in O*NET's file order."
    " Combined codes take one task from each O*NET occupation in turn (core first), skipping"
    " exact repeats.",
    "skills": f"Up to {MAX_SKILLS} O*NET skills ranked by importance (scale IM, 1-5),"
    " highest first, ties in O*NET's element order; 'share' is null because importance is a"
    " rating, not a share of workers. Ratings O*NET recommends suppressing are left out."
    " Combined codes rank by the mean importance over their O*NET occupations.",
    "hot_technologies": "Every O*NET technology skill flagged 'Hot Technology' for the"
    " occupation: those also flagged 'In Demand' (frequent in its job postings) first, then"
    " alphabetical. O*NET ranks them no further, so the order says nothing about importance"
    " beyond the 'In Demand' flag.",
    "education": "education.degree is the O*NET required-level-of-education category (scale RL)"
    " with the largest share of respondents; education.degree_share its share. A share O*NET"
    " marks 'Recommend Suppress' (low precision) is left out, but the category is kept as the"
    " best available estimate of the most common level. Combined codes: the category with the"
    " largest mean share, and no share (there are no employment weights to combine them)."
    " When the most common category is not a credential ('Less than a High School Diploma',"
    " 'Some College Courses', 'Post-Doctoral Training') or two categories tie, degree is null."
    " education.entry_level is BLS's typical education needed for entry (EP), a different"
    " measure.",
    "time_to_become": "BLS EP's typical on-the-job training as a month range by BLS's"
    " definitions: short-term up to 1 month, moderate-term 1-12 months, long-term more than"
    " 12 months (no upper bound), with time_to_become.basis 'on-the-job training': it is"
    " the training after hiring, not the schooling before it. 'None', 'Apprenticeship' and"
    " 'Internship/residency' state no duration and give no range (on_the_job_training keeps"
    " the category). O*NET's OJ scale is not used, so that an article never states two"
    " training figures from two sources that disagree.",
    "projections": "growth_rate is BLS EP's percent change in employment 2024-34; openings the"
    " annual average openings 2024-34 (published in thousands, stored in people);"
    " work_experience and on_the_job_training are EP's categories as BLS words them, except"
    " that BLS's 'None' is written 'No work experience in a related occupation' and 'No"
    " on-the-job training' ('None' would read as a missing value).",
    "demographics": "CPS 2025 annual averages (11-month averages: October 2025 was not"
    " collected). A CPS row is used only when the reviewed mapping"
    " (scripts/data/cps-2025-occupations.csv) gives it the occupation's own SOC code; CPS rows"
    " that group several occupations are not spread over them. median_age is the median;"
    " gender is women (published) and men (100 minus women); race holds the White, Black or"
    " African American and Asian shares, which overlap hispanic_or_latino and leave out other"
    " groups, so they never sum to 100. A BLS dash (base under 50,000) is null.",
    "experience_years": "Left null: no source gives workers' years of experience (EP's"
    " work_experience is the experience needed for entry).",
}


# --------------------------------------------------------------------------- O*NET members


def members(soc: str, available: Mapping[str, object]) -> list[str]:
    """The O*NET-SOC codes whose data stands for ``soc`` in one file (``available``'s keys)."""
    base = f"{soc}.00"
    if base in available:
        return [base]
    socs = AGGREGATES.get(soc, (soc,))
    found = []
    for part in socs:
        if f"{part}.00" in available:
            found.append(f"{part}.00")
        else:
            found.extend(sorted(code for code in available if soc_of(code) == part))
    return found


def duties(soc: str, onet: Onet) -> list[str]:
    """Core tasks first, taken in turn from each O*NET member; up to :data:`MAX_DUTIES`."""
    queues = [onet.tasks[code] for code in members(soc, onet.tasks)]
    ordered: list[Task] = []
    for rank in range(len(TASK_TYPES)):
        lists = [[task for task in queue if task.rank == rank] for queue in queues]
        for depth in range(max((len(items) for items in lists), default=0)):
            ordered.extend(items[depth] for items in lists if depth < len(items))
    result: list[str] = []
    for task in ordered:
        if task.text not in result:
            result.append(task.text)
    return result[:MAX_DUTIES]


def skills(soc: str, onet: Onet) -> list[dict[str, Any]]:
    """The most important skills (mean importance over members), highest first."""
    codes = members(soc, onet.skills)
    totals: dict[tuple[str, str], list[float]] = {}
    for code in codes:
        for element, name, importance in onet.skills[code]:
            totals.setdefault((element, name), []).append(importance)
    ranked = sorted(totals.items(), key=lambda item: (-sum(item[1]) / len(item[1]), item[0][0]))
    return [{"name": name, "share": None} for (_, name), _ in ranked[:MAX_SKILLS]]


def hot_technologies(soc: str, onet: Onet) -> list[str]:
    """Every hot technology: those in demand in job postings first, then alphabetical."""
    flags: dict[str, bool] = {}
    for code in members(soc, onet.technology):
        for item in onet.technology[code]:
            if item.hot:
                flags[item.name] = flags.get(item.name, False) or item.in_demand
    return sorted(flags, key=lambda name: (not flags[name], name.casefold(), name))


@dataclass(frozen=True)
class Modal:
    """The most common category of an O*NET scale and its share (None when not publishable)."""

    category: int
    share: float | None


def modal_category(soc: str, onet: Onet, scale: str) -> Modal | None:
    """The category with the largest share (mean share over combined members); None if no data."""
    by_code = onet.categories.get(scale, {})
    codes = members(soc, by_code)
    if not codes:
        return None
    shares: dict[int, list[Estimate]] = {}
    for code in codes:
        for category, estimate in by_code[code].items():
            shares.setdefault(category, []).append(estimate)
    mean = {cat: sum(e.value for e in ests) / len(ests) for cat, ests in shares.items()}
    top = max(mean.values())
    leaders = [cat for cat, value in mean.items() if value == top]
    if len(leaders) != 1 or top <= 0:
        return None  # a tie names no "most common" category
    category = leaders[0]
    if len(codes) > 1 or shares[category][0].suppress:
        return Modal(category, None)
    return Modal(category, round(top))


#: O*NET RL categories that are not a credential one holds ("Less than a High School Diploma",
#: "Some College Courses", "Post-Doctoral Training"): never named as a degree.
NOT_A_CREDENTIAL = frozenset({1, 4, 12})

#: EP's "None" (no experience or training needed), worded so it cannot read as a missing value.
EP_NONE = {
    "experience": "No work experience in a related occupation",
    "training": "No on-the-job training",
}


def degree_name(description: str) -> str:
    """O*NET's RL category text as a short label: "Bachelor's Degree" -> "Bachelor's degree"."""
    short = re.split(r" - | \(", description, maxsplit=1)[0].strip()
    return short[:1].upper() + short[1:].lower()


def education(soc: str, onet: Onet) -> dict[str, Any]:
    modal = modal_category(soc, onet, "RL")
    if modal is None or modal.category in NOT_A_CREDENTIAL:
        return {"degree": None, "degree_share": None}
    name = degree_name(onet.category_names["RL"][modal.category])
    return {"degree": name, "degree_share": modal.share}


def training_time(projection: Projection | None) -> dict[str, Any]:
    """``time_to_become`` from BLS's typical on-the-job training, when it states a duration."""
    category = projection.training if projection is not None else None
    if category is None or category in TRAINING_WITHOUT_DURATION:
        return {"min_months": None, "max_months": None, "basis": None}
    if category not in TRAINING_MONTHS:
        msg = f"EP on-the-job training category {category!r}: no month range for it"
        raise LayoutError(msg)
    low, high = TRAINING_MONTHS[category]
    return {"min_months": low, "max_months": high, "basis": TRAINING_BASIS}


# --------------------------------------------------------------------------- EP


def projection_fields(projection: Projection | None) -> dict[str, Any]:
    if projection is None:
        return {
            "growth_rate": None,
            "openings": None,
            "entry_level": None,
            "work_experience": None,
            "on_the_job_training": None,
        }
    return {
        "growth_rate": projection.change_percent,
        # BLS publishes openings in thousands to one decimal: 0.0 means fewer than 50 a
        # year, which no figure of ours can say honestly, so it is left missing.
        "openings": round(projection.openings_thousands * 1000) or None,
        "entry_level": projection.education,
        "work_experience": _ep_text(projection.experience, "experience"),
        "on_the_job_training": _ep_text(projection.training, "training"),
    }


def _ep_text(value: str | None, field: str) -> str | None:
    return EP_NONE[field] if value == "None" else value


# --------------------------------------------------------------------------- CPS


@dataclass(frozen=True)
class CpsLink:
    """One row of the reviewed CPS mapping file."""

    title: str
    soc: str | None
    basis: str


CPS_BASES = frozenset({"same title", "summary", "no single OEWS occupation"})


def read_cps_mapping(path: Path = CPS_MAPPING) -> list[CpsLink]:
    """The reviewed mapping, one line per CPS row in table order."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["cps_title", "soc_code", "basis"]:
            msg = f"{path.name}: columns {reader.fieldnames!r}"
            raise LayoutError(msg)
        links = []
        for line, row in enumerate(reader, start=2):
            soc = row["soc_code"] or None
            if row["basis"] not in CPS_BASES or (soc is None) == (row["basis"] == "same title"):
                msg = f"{path.name} line {line}: basis {row['basis']!r} with code {soc!r}"
                raise LayoutError(msg)
            links.append(CpsLink(row["cps_title"], soc, row["basis"]))
    return links


def cps_by_soc(rows: Sequence[CpsRow], links: Sequence[CpsLink]) -> dict[str, CpsRow]:
    """CPS rows by SOC code, after checking the mapping covers every row, in order."""
    if [link.title for link in links] != [row.title for row in rows]:
        msg = f"{CPS_MAPPING.name} does not list the CPS rows in table order"
        raise LayoutError(msg)
    result: dict[str, CpsRow] = {}
    for link, row in zip(links, rows, strict=True):
        if link.soc is not None:
            if link.soc in result:
                msg = f"{CPS_MAPPING.name}: {link.soc} is mapped twice"
                raise LayoutError(msg)
            result[link.soc] = row
    return result


def demographics(row: CpsRow | None) -> dict[str, Any]:
    """The record's demographics from its CPS row (every figure may be a BLS dash)."""
    if row is None:
        return {"median_age": None, "gender": {}, "race": {}, "hispanic_or_latino": None}
    gender = {} if row.women is None else {"Women": row.women, "Men": round(100 - row.women, 1)}
    race_shares = (
        ("White", row.white),
        ("Black or African American", row.black),
        ("Asian", row.asian),
    )
    race = {name: share for name, share in race_shares if share is not None}
    return {
        "median_age": row.median_age,
        "gender": gender,
        "race": race,
        "hispanic_or_latino": row.hispanic,
    }
