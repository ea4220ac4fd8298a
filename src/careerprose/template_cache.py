"""A cache of compiled templates on disk, keyed so that no run ever loads the wrong code.

Jinja compiles a template differently for its plain and its sandboxed environment (the sandbox
routes every attribute access and call through checks), so an entry is keyed by the template's
name and file, the environment kind, the careerprose version and the Python bytecode version,
and it records its template source's checksum. An entry that is unreadable, foreign (written by
something else), truncated or stale is ignored and recompiled: the cache can make a run faster,
never make it fail. Entries are read with :mod:`marshal` only (Jinja's own cache unpickles a
header, which a foreign file could abuse).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import tempfile
import types

import jinja2
from jinja2.bccache import Bucket

__all__ = ["TemplateCache", "cache_folder"]

_MAGIC = b"careerprose-jinja-cache 3\n"  # 2: white space folded; 3: direct attribute reads


def cache_folder() -> str | None:
    """Where compiled templates live, or ``None`` when caching is off or impossible.

    ``$CAREERPROSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/careerprose``, else
    ``~/.cache/careerprose``; an empty ``CAREERPROSE_CACHE_DIR`` turns the cache off, as does a
    folder that cannot be created or written (a read-only home, say).
    """
    configured = os.environ.get("CAREERPROSE_CACHE_DIR")
    if configured == "":
        return None
    if configured is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        configured = os.path.join(base, "careerprose")
    folder = os.path.join(configured, "jinja")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates for one environment kind (``"plain"`` or ``"sandboxed"``)."""

    def __init__(self, directory: str, environment: str, version: str) -> None:
        self.directory = directory
        flavour = f"{environment}\0{version}\0{importlib.util.MAGIC_NUMBER.hex()}"
        self._flavour = flavour.encode()
        self._prefix = f"{environment}-{hashlib.sha256(self._flavour).hexdigest()[:12]}-"

    def _path(self, bucket: Bucket) -> str:
        return os.path.join(self.directory, f"{self._prefix}{bucket.key}.cache")

    def _header(self, bucket: Bucket) -> bytes:
        return _MAGIC + self._flavour + b"\n" + str(bucket.checksum).encode() + b"\n"

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from its entry if the entry is ours, current and intact."""
        try:
            with open(self._path(bucket), "rb") as file:
                data = file.read()
        except OSError:
            return
        header = self._header(bucket)
        if not data.startswith(header):
            return
        try:
            code = marshal.loads(data[len(header) :])
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Store ``bucket``'s code atomically; a cache that cannot be written is skipped."""
        if bucket.code is None:
            return
        path = self._path(bucket)
        try:
            handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(self._header(bucket) + marshal.dumps(bucket.code))
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
