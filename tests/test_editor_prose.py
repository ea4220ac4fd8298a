"""Prose an editor would publish: each class of defect found by reading articles, in every
output format (issue 10's leftovers)."""

from __future__ import annotations

import re

import pytest

import careerprose
from article_text import FORMATS, prose
from careerprose import datasets


def _builtin(a: str, b: str, fmt: str, seed: int = 0) -> str:
    return prose(careerprose.compare(datasets.get(a), datasets.get(b), seed=seed), fmt)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_with_an_item_of_its_own_and_keeps_the_items_apart(fmt: str) -> None:
    """ "operations monitoring, operation and control and monitoring" reads as two items."""
    text = _flat(_builtin("Dishwashers", "Sailors and Marine Oilers", fmt))
    assert "operation and control, and monitoring" in text
    assert "operation and control and monitoring" not in text
    assert not re.search(r"operation and control and (?!control)", text)
