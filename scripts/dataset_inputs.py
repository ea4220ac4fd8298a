"""The raw public files the dataset build reads besides OEWS: where they are, and checks.

Every file is pinned by SHA-256 in :data:`MANIFEST`, with the official URL to download it from.
The folder holding them comes from ``--sources``, else ``$CAREERPROSE_DATA_SOURCES``, else
``../shared/data`` beside the repository when it exists. Provenance of each file (and of the one
third-party CSV conversion) is described in docs/dataset.md.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

#: Environment variable naming the folder with the raw files.
SOURCES_ENV = "CAREERPROSE_DATA_SOURCES"

_ONET_TEXT = "https://www.onetcenter.org/dl_files/database/db_30_1_text/"
_ONET_EXCEL = "https://www.onetcenter.org/dl_files/database/db_30_1_excel/"


@dataclass(frozen=True)
class Input:
    """One pinned raw file: its path under the sources folder, hash and official URL."""

    path: str
    sha256: str
    url: str


def _onet(name: str, sha256: str, *, excel: bool = False) -> Input:
    base = _ONET_EXCEL if excel else _ONET_TEXT
    return Input(f"onet-30.1/{name}", sha256, base + name.replace(" ", "%20"))


ONET_OCCUPATIONS = _onet(
    "Occupation Data.txt", "63e6029d3d30ff5c7cf39b5304a733b77a409e01c65ae7095fe92f6d18d74a66"
)
ONET_TASKS = _onet(
    "Task Statements.txt", "093fae042127cddb2913f78e54c62a7ef6b7a82578d6ea1b60f928f6893470a7"
)
ONET_TECHNOLOGY = _onet(
    "Technology Skills.txt", "a6e7ea1fb368659a3a8ffe2895d8343cbe80b61efbb2db39cb3cb0f9bd56d3b4"
)
ONET_ETE = _onet(
    "Education, Training, and Experience.txt",
    "595807bd081653b31c37a518a0360b68fe28075811bdfd60f082a60b8a4f4ee1",
)
ONET_ETE_CATEGORIES = _onet(
    "Education, Training, and Experience Categories.txt",
    "9276926ce21572ba39b8ec04aba1c884770aa514e2e0e50b9e375461aed35b52",
)
ONET_SKILLS = _onet(
    "Skills.xlsx", "c7ad8c4fd9d541fc40a80627c93155c9419c7be1bb3721626de8c2e0be8d05f3", excel=True
)
EP_OCCUPATIONS = Input(
    "bls-ep-2024-34/occupation.xlsx",
    "bebf85e71d3a274eb0531077a9fe1bbcd1167e0a14c59e33071f61cbda9d3a57",
    "https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx",
)
CPS_AGE = Input(
    "bls-cps-2025/cpsaat11b.xlsx",
    "7c21dbf72c65757d1da6f1dee23cd1c6d93aafcd72ca1d4b6b124cbb370ffc2e",
    "https://www.bls.gov/cps/cpsaat11b.xlsx",
)
#: A third-party CSV conversion of the official table (see docs/dataset.md, "Sources").
CPS_SEX_RACE = Input(
    "bls-cps-2025/cpsaat11_2025.csv",
    "039a51e6b414a789c17b6ac7207e86de8d03ec6d142469974eec3b3a9db4b09d",
    "https://www.bls.gov/cps/cpsaat11.htm",
)

MANIFEST: tuple[Input, ...] = (
    ONET_OCCUPATIONS,
    ONET_TASKS,
    ONET_TECHNOLOGY,
    ONET_ETE,
    ONET_ETE_CATEGORIES,
    ONET_SKILLS,
    EP_OCCUPATIONS,
    CPS_AGE,
    CPS_SEX_RACE,
)


class InputError(Exception):
    """A raw input is missing or not the pinned file: the message says which and what to do."""


def default_sources(repository: Path, environ: dict[str, str] | None = None) -> Path | None:
    """The sources folder: ``$CAREERPROSE_DATA_SOURCES``, else ``../shared/data`` beside the repo.

    Returns None when neither exists.
    """
    env = os.environ if environ is None else environ
    if env.get(SOURCES_ENV):
        return Path(env[SOURCES_ENV])
    beside = repository.parent / "shared" / "data"
    return beside if beside.is_dir() else None


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified(folder: Path, item: Input) -> Path:
    """The path of ``item`` under ``folder``, after checking it exists and has the pinned hash."""
    path = folder / item.path
    if not path.is_file():
        msg = f"{path} is missing; download it from {item.url} (see docs/dataset.md, Rebuilding)"
        raise InputError(msg)
    actual = sha256_of(path)
    if actual != item.sha256:
        msg = (
            f"{path}: sha256 {actual}, expected {item.sha256} (not the pinned release;"
            f" the official file is {item.url})"
        )
        raise InputError(msg)
    return path


def verify_all(folder: Path) -> dict[str, Path]:
    """Every file of :data:`MANIFEST`, checked: relative path -> absolute path."""
    return {item.path: verified(folder, item) for item in MANIFEST}


def provenance() -> list[dict[str, str]]:
    """The manifest as plain data, for the dataset's metadata."""
    return [{"file": i.path, "sha256": i.sha256, "url": i.url} for i in MANIFEST]
