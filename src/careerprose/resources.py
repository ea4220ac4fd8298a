"""Where careerprose finds the files it ships: the Jinja templates and package data.

:func:`copy_templates` copies the built-in templates into a folder of your own, as the start of
a customised set (``careerprose templates init DIR``).

Templates live in the repository's top-level ``templates/`` folder and are copied into the
wheel as ``careerprose/templates``; an installed package always reads its own copy. Only a
development checkout installed in editable mode falls back to the repository folder.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["copy_templates", "templates_dir"]


def templates_dir() -> Traversable:
    """The folder holding the built-in Jinja templates."""
    packaged = resources.files("careerprose") / "templates"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "templates"
    if checkout.is_dir():
        return checkout
    msg = f"careerprose is installed without its templates (looked in {packaged} and {checkout})"
    raise FileNotFoundError(msg)


def copy_templates(destination: str | Path, *, overwrite: bool = False) -> list[Path]:
    """Copy every built-in template into ``destination`` (created if needed); the copies.

    Nothing is written when a file would be replaced and ``overwrite`` is false: the error
    names every such file, so a customised folder is never clobbered by accident.
    """
    from careerprose.errors import CareerproseError

    folder = Path(destination)
    if folder.exists() and not folder.is_dir():
        msg = f"{str(folder)!r} exists and is not a folder"
        raise CareerproseError(msg)
    sources = sorted(
        (entry for entry in templates_dir().iterdir() if entry.name.endswith(".jinja")),
        key=lambda entry: entry.name,
    )
    targets = [folder / entry.name for entry in sources]
    existing = [str(target) for target in targets if target.exists()]
    if existing and not overwrite:
        msg = f"would replace {', '.join(existing)}; remove them first or use --force"
        raise CareerproseError(msg)
    folder.mkdir(parents=True, exist_ok=True)
    for entry, target in zip(sources, targets, strict=True):
        target.write_text(entry.read_text(encoding="utf-8"), encoding="utf-8")
    return targets
