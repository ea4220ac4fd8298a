"""Reading the shipped dataset file: once, on first use, from the installed package's data.

The file (``data/oews-2025.json.gz``, written by ``scripts/build_dataset.py``) holds ``meta``
and the records in the canonical form of :meth:`Occupation.to_dict`; every record goes through
:meth:`Occupation.from_dict`, so the built-in data obeys the same checks as a user's file.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from careerprose.datasets._names import NameIndex
from careerprose.records.model import Occupation

__all__ = ["DATA_FILE", "FORMAT", "Dataset", "dataset", "read_file"]

#: The shipped file, inside the ``careerprose.datasets`` package.
DATA_FILE = "data/oews-2025.json.gz"
#: The file layout this reader understands (``meta["format"]``).
FORMAT = 1
_LABEL = "careerprose built-in dataset"


@attrs.frozen
class Dataset:
    """The loaded dataset: its metadata, records in SOC-code order and the name index."""

    meta: Mapping[str, Any]
    occupations: tuple[Occupation, ...]
    index: NameIndex


def read_file(name: str = DATA_FILE) -> dict[str, Any]:
    """The decoded JSON of a dataset file shipped in the package, its layout checked."""
    data = resources.files("careerprose.datasets").joinpath(name).read_bytes()
    content: dict[str, Any] = json.loads(gzip.decompress(data))
    meta = content.get("meta") if isinstance(content, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        found = meta.get("format") if isinstance(meta, dict) else None
        msg = f"{_LABEL} {name}: expected format {FORMAT}, found {found!r}; reinstall careerprose"
        raise ValueError(msg)
    if not isinstance(content.get("occupations"), list):
        msg = f"{_LABEL} {name}: no list of occupations"
        raise ValueError(msg)
    return content


@functools.cache
def dataset() -> Dataset:
    """The built-in dataset, read and checked on the first call and cached afterwards."""
    content = read_file()
    occupations = tuple(
        Occupation.from_dict(record, source=f"{_LABEL}, record {number}")
        for number, record in enumerate(content["occupations"], start=1)
    )
    return Dataset(content["meta"], occupations, NameIndex(occupations))
