"""Where careerprose finds the files it ships: the Jinja templates and package data.

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

__all__ = ["templates_dir"]


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
