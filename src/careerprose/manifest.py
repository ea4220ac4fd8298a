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

A run does not hold the entries in memory (344,000 of them would take ~240 MB): it keeps a
compact index (:class:`Manifest`) and reads the full lines back when it saves.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import attrs

from careerprose.files import open_atomically
from careerprose.records.model import Occupation

__all__ = [
    "JOURNAL_NAME",
    "MANIFEST_NAME",
    "Encoded",
    "Entry",
    "Journal",
    "Known",
    "Manifest",
    "digest",
    "folder_hash",
    "record_hash",
    "short",
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
        return _ENCODER.encode({name: getattr(self, name) for name in _FIELDS})

    def encoded(self) -> Encoded:
        """The entry as the journal and the manifest store it, serialised once."""
        line = (self.to_json() + "\n").encode("utf-8")
        return Encoded(self.path, short(self.content), short(self.inputs), self.size, line)

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
_ENCODER = json.JSONEncoder(ensure_ascii=False)


class Encoded(NamedTuple):
    """An :class:`Entry` serialised once: its line of JSON (with its newline) and what the
    manifest's index keeps of it (:class:`Known`). A plain tuple, so cheap to send from a
    worker process to the one keeping the manifest."""

    path: str
    content: bytes  # the first 128 bits of the content hash (see short)
    inputs: bytes  # the first 128 bits of the inputs hash
    size: int
    line: bytes


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


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(offset, line) of each line of ``path``, read in blocks (nothing if it is missing)."""
    try:
        file = path.open("rb")
    except FileNotFoundError:
        return
    with file:
        offset = 0
        for line in file:
            yield offset, line
            offset += len(line)


def _entry(line: bytes) -> Entry | None:
    return Entry.from_json(line.decode("utf-8", errors="replace"))


@attrs.frozen
class Known:
    """What a re-run needs of an article's entry: the hashes of its bytes and inputs, and its
    size (the hashes cut to 128 bits: enough to tell inputs apart, half the memory)."""

    content: bytes
    inputs: bytes
    size: int


def short(hex_digest: str) -> bytes:
    """The first 128 bits of a hex SHA-256, the form :class:`Known` keeps."""
    return bytes.fromhex(hex_digest[:32])


# Per article: content (16 bytes), inputs (16), size, then where its full line is: which file
# (0 the manifest, 1 the spill file) at which offset, and its length.
_PACKED = struct.Struct("<16s16sQBQI")


class Manifest:
    """A folder's manifest, kept out of memory: per article only :class:`Known` and where its
    full line is (in ``manifest.jsonl`` or in a spill file of this run's new entries).

    At 344,000 articles this is about a third of the memory of the entries themselves; the
    lines are read back, in path order, only when the manifest is saved.
    """

    def __init__(self, folder: Path) -> None:
        """Index ``folder``'s manifest and fold in a journal left by an interrupted run.

        Only journal entries whose file exists with the recorded hash are kept (the run may
        have died between writing the entry and renaming the file into place).
        """
        self._folder = folder
        self._index: dict[str, bytes] = {}
        # Open for the object's life (closed by save or close); unnamed, so never left behind.
        self._spill = tempfile.TemporaryFile(  # noqa: SIM115
            dir=folder, prefix=".manifest.", suffix=".spill"
        )
        self._spilled = 0
        self._old = folder / MANIFEST_NAME
        for offset, line in _lines(self._old):
            entry = _entry(line)
            if entry is not None:
                known = Known(short(entry.content), short(entry.inputs), entry.size)
                self._put(entry.path, known, 0, offset, len(line))
        for _, line in _lines(folder / JOURNAL_NAME):
            entry = _entry(line)
            if entry is None:
                continue
            try:
                data = (folder / entry.path).read_bytes()
            except OSError:
                continue
            if digest(data) == entry.content:
                self.add(entry)

    def _put(self, path: str, known: Known, where: int, offset: int, length: int) -> None:
        packed = _PACKED.pack(known.content, known.inputs, known.size, where, offset, length)
        self._index[path] = packed

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, path: object) -> bool:
        return path in self._index

    def paths(self) -> list[str]:
        """Every article's path, sorted."""
        return sorted(self._index)

    def get(self, path: str) -> Known | None:
        """What the manifest knows of ``path``, or ``None``."""
        packed = self._index.get(path)
        if packed is None:
            return None
        content, inputs, size, _, _, _ = _PACKED.unpack(packed)
        return Known(content, inputs, size)

    def add(self, entry: Entry | Encoded) -> None:
        """Record ``entry`` (written by this run), replacing any entry of its path."""
        encoded = entry.encoded() if isinstance(entry, Entry) else entry
        self._spill.write(encoded.line)
        known = Known(encoded.content, encoded.inputs, encoded.size)
        self._put(encoded.path, known, 1, self._spilled, len(encoded.line))
        self._spilled += len(encoded.line)

    def discard(self, path: str) -> None:
        """Forget ``path``'s entry."""
        self._index.pop(path, None)

    def save(self) -> None:
        """Write ``manifest.jsonl`` atomically, sorted by path, and close the spill file."""
        self._spill.flush()
        try:
            old = self._old.open("rb")
        except FileNotFoundError:
            old = None
        sources = (old, self._spill)
        try:
            with open_atomically(self._old) as file:
                for path in self.paths():
                    _, _, _, where, offset, length = _PACKED.unpack(self._index[path])
                    source = sources[where]
                    assert source is not None  # an entry from the manifest means it exists
                    source.seek(offset)
                    file.write(source.read(length).decode("utf-8", errors="replace"))
        finally:
            if old is not None:
                old.close()
            self.close()

    def close(self) -> None:
        """Remove the spill file (without saving)."""
        self._spill.close()


class Journal:
    """The journal of a run, open for appending entries (one ``write`` call per line)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
        self._handle = os.open(os.path.join(folder, JOURNAL_NAME), flags, 0o644)

    def add(self, entry: Entry | Encoded) -> None:
        """Record ``entry`` (before its file is renamed into place)."""
        encoded = entry.encoded() if isinstance(entry, Entry) else entry
        os.write(self._handle, encoded.line)

    def close(self) -> None:
        """Stop appending."""
        os.close(self._handle)
