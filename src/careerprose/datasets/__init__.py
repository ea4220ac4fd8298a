"""The built-in dataset: all 830 detailed U.S. occupations, from BLS OEWS May 2025 and O*NET.

Figures are national BLS estimates (jobs, mean and 10th/90th percentile wages), with the
highest paying state and metropolitan area and the best paying industry sector; descriptions
come from O*NET. The data ships inside the package and is read on first use (no network).
See ``docs/dataset.md`` for sources, licences and every decision about missing and top-coded
values.

Examples:
    >>> from careerprose import datasets
    >>> nurse = datasets.get("registered nurse")
    >>> nurse.title, nurse.code
    ('Registered Nurses', '29-1141')
    >>> datasets.get("29-1141") is datasets.get("REGISTERED NURSES")
    True
    >>> [o.title for o in datasets.search("surgeon", limit=2)]
    ['Pediatric Surgeons', 'Oral and Maxillofacial Surgeons']
"""

from __future__ import annotations

import copy
from typing import Any

from careerprose.datasets._names import is_residual
from careerprose.datasets._store import dataset
from careerprose.records.model import Occupation

__all__ = ["get", "is_residual", "metadata", "occupations", "search"]


def occupations() -> tuple[Occupation, ...]:
    """Every occupation in the dataset, in SOC-code order."""
    return dataset().occupations


def get(name: str) -> Occupation:
    """The occupation with this title (any case, singular or plural) or SOC code ("43-3011").

    Raises:
        UnknownOccupationError: nothing matches; its ``suggestions`` hold close titles.
    """
    return dataset().index.get(name)


def search(query: str = "", *, limit: int | None = None) -> list[Occupation]:
    """Occupations whose title contains every word of ``query`` (or whose code starts with it).

    Words may be partial and singular or plural ("nurs pract" finds "Nurse Practitioners");
    exact titles come first and "All Other" categories after specific occupations.
    """
    return dataset().index.search(query, limit=limit)


def metadata() -> dict[str, Any]:
    """A copy of the dataset's metadata: sources, release, licences, decisions and counts."""
    return copy.deepcopy(dict(dataset().meta))
