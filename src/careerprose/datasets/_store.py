"""Reading the shipped dataset file: once, on first use, from the installed package's data.

The file (``data/oews-2025.json.gz``, written by ``scripts/build_dataset.py``) holds ``meta``
and the records in the canonical form of :meth:`Occupation.to_dict`; every record goes through
:meth:`Occupation.from_dict`, so the built-in data obeys the same checks as a user's file.
Checking a record costs a few milliseconds, so records are built when first asked for: looking
up two occupations by name builds two, not 830.
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any, overload

import attrs

from careerprose.datasets._names import NameIndex, Names
from careerprose.records.model import Occupation

__all__ = ["DATA_FILE", "FORMAT", "Dataset", "dataset", "read_file"]

#: The shipped file, inside the ``careerprose.datasets`` package.
DATA_FILE = "data/oews-2025.json.gz"
#: The file layout this reader understands (``meta["format"]``).
FORMAT = 1
_LABEL = "careerprose built-in dataset"


class Records(Sequence[Occupation]):
    """The dataset's records in SOC-code order, each checked and built on first access."""

    def __init__(self, raw: list[dict[str, Any]]) -> None:
        self._raw = raw
        self._built: list[Occupation | None] = [None] * len(raw)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> Occupation: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Occupation]: ...
    def __getitem__(self, index: int | slice) -> Occupation | Sequence[Occupation]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        occupation = self._built[index]
        if occupation is None:
            with self._lock:  # one object per record, so get(x) is get(x) across threads
                occupation = self._built[index]
                if occupation is None:
                    number = range(len(self))[index] + 1
                    source = f"{_LABEL}, record {number}"
                    occupation = Occupation.from_dict(self._raw[index], source=source)
                    self._built[index] = occupation
        return occupation

    def __iter__(self) -> Iterator[Occupation]:
        return (self[i] for i in range(len(self)))


@attrs.frozen
class Dataset:
    """The loaded dataset: its metadata, records in SOC-code order and the name index."""

    meta: Mapping[str, Any]
    records: Records
    index: NameIndex

    @functools.cached_property
    def occupations(self) -> tuple[Occupation, ...]:
        """Every record, built (all 830 checked) on first use."""
        return tuple(self.records)


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
    raw = content["occupations"]
    names = [Names(r["title"], r.get("plural"), r.get("code")) for r in raw]
    records = Records(raw)
    return Dataset(content["meta"], records, NameIndex(records, names=names))
