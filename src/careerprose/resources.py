"""Where careerprose finds the files it ships: the Jinja templates and package data.

Templates live in the repository's top-level ``templates/`` folder and are copied into the
wheel as ``careerprose/templates``; an installed package always reads its own copy. Only a
development checkout installed in editable mode falls back to the repository folder.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

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
