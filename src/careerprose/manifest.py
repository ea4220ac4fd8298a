"""The manifest of a batch folder: which article came from which inputs.

``manifest.jsonl`` lists one article per line, sorted by path: the pair (titles and codes),
slug, path, the SHA-256 of the file's bytes and its size, and the hashes of what made it (the
two records, the templates, the options) with the careerprose version. A re-run compares each
article's inputs with its entry: equal inputs and an intact file mean "unchanged" and the file
is left alone; anything else is written again.

While a run writes, each article's entry is first appended to ``.manifest.journal`` (one
``write`` per line, so lines from parallel workers never mix), then the file is renamed into
place. A run killed part-way leaves the journal behind; the next run folds it into the
manifest, keeping only entries whose file on disk has the recorded hash.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs

from careerprose.files import write_file
from careerprose.records.model import Occupation

__all__ = [
    "JOURNAL_NAME",
    "MANIFEST_NAME",
    "Entry",
    "Journal",
    "digest",
    "folder_hash",
    "load_manifest",
    "record_hash",
    "recover_journal",
    "save_manifest",
]

MANIFEST_NAME = "manifest.jsonl"
JOURNAL_NAME = ".manifest.journal"


@attrs.frozen
class Entry:
    """One article of the manifest."""

    path: str
    pair: tuple[str, str]
    codes: tuple[str | None, str | None]
    slug: str
    content: str
    size: int
    inputs: str
    templates: str
    data: str
    version: str

    def to_json(self) -> str:
        """The entry as one line of JSON (no newline), keys sorted."""
        fields = {name: getattr(self, name) for name in _FIELDS}
        return json.dumps(fields, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Entry | None:
        """The entry of a manifest line, or ``None`` if the line is not one."""
        try:
            data = json.loads(line)
            data["pair"] = tuple(data["pair"])
            data["codes"] = tuple(data["codes"])
            return cls(**data)
        except (ValueError, TypeError, KeyError):
            return None


_FIELDS = sorted(field.name for field in attrs.fields(Entry))


def digest(data: bytes | str) -> str:
    """SHA-256 of ``data`` (text as UTF-8), in hex."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def record_hash(occupation: Occupation) -> str:
    """A hash of everything in ``occupation`` (its canonical JSON form)."""
    return digest(json.dumps(occupation.to_dict(), sort_keys=True, ensure_ascii=False))


def folder_hash(*folders: str | os.PathLike[str] | None) -> str:
    """A hash of the names and contents of the ``.jinja`` files in ``folders``."""
    hasher = hashlib.sha256()
    for folder in folders:
        if folder is None:
            hasher.update(b"\0none")
            continue
        for path in sorted(Path(folder).glob("*.jinja")):
            hasher.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def _lines(path: Path) -> Iterator[Entry]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return
    for line in text.splitlines():
        entry = Entry.from_json(line)
        if entry is not None:
            yield entry


def load_manifest(folder: Path) -> dict[str, Entry]:
    """The entries of ``folder``'s manifest by path (empty when there is none)."""
    return {entry.path: entry for entry in _lines(folder / MANIFEST_NAME)}


def save_manifest(folder: Path, entries: Mapping[str, Entry]) -> None:
    """Write the manifest atomically, sorted by path."""
    text = "".join(entries[path].to_json() + "\n" for path in sorted(entries))
    write_file(folder / MANIFEST_NAME, text)


class Journal:
    """The journal of a run, open for appending entries (one ``write`` call per line)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
        self._handle = os.open(os.path.join(folder, JOURNAL_NAME), flags, 0o644)

    def add(self, entry: Entry) -> None:
        """Record ``entry`` (before its file is renamed into place)."""
        os.write(self._handle, (entry.to_json() + "\n").encode("utf-8"))

    def close(self) -> None:
        """Stop appending."""
        os.close(self._handle)


def recover_journal(folder: Path, entries: dict[str, Entry]) -> int:
    """Fold a journal left by an interrupted run into ``entries``; returns the entries kept.

    Only entries whose file exists with the recorded hash are kept (the run may have died
    between writing the entry and renaming the file into place). The journal is removed.
    """
    journal = folder / JOURNAL_NAME
    kept = 0
    for entry in _lines(journal):
        try:
            data = (folder / entry.path).read_bytes()
        except OSError:
            continue
        if digest(data) == entry.content:
            entries[entry.path] = entry
            kept += 1
    journal.unlink(missing_ok=True)
    return kept
