"""Cohesion: which sentence openings lean on a sentence before them.

"As for employment, …", "In addition, …" and "By contrast, …" read as a continuation: at the
start of a paragraph or section, with nothing before them, they point at nothing. The
openings live in ``data/context_openers.txt``.

Example:
    >>> presupposes_context("As for employment, nurses hold 3,000 more jobs.")
    True
    >>> presupposes_context("Nurses hold 3,000 more jobs.")
    False
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from careerprose.english.errors import EnglishError

__all__ = ["presupposes_context"]


@functools.lru_cache(maxsize=1)
def _openers() -> re.Pattern[str]:
    """One pattern for every opening: "however," with its comma, "as for" before a space."""
    text = (
        resources.files("careerprose.english")
        .joinpath("data")
        .joinpath("context_openers.txt")
        .read_text("utf-8")
    )
    entries = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    patterns = [
        re.escape(entry) if entry.endswith(",") else rf"{re.escape(entry)}\s"
        for entry in sorted(filter(None, entries), key=len, reverse=True)
    ]
    return re.compile("|".join(patterns), re.IGNORECASE)


def presupposes_context(sentence: str) -> bool:
    """Whether ``sentence`` opens with words that need an earlier sentence ("As for …",
    "Additionally, …", "However, …"), so it must not open a paragraph or section.

    Example:
        >>> presupposes_context("However, clerks earn more."), presupposes_context("Still water")
        (True, False)
        >>> presupposes_context("In addition to pay, the table shows growth.")
        False
    """
    if not isinstance(sentence, str):
        msg = f"presupposes_context: expected a sentence, got {sentence!r}"
        raise EnglishError(msg)
    return _openers().match(sentence.lstrip()) is not None
