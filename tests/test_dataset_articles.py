"""Every built-in occupation produces a sound article in every format."""

from __future__ import annotations

import pytest

from careerprose import check_article, compare, datasets

OCCUPATIONS = datasets.occupations()


def test_the_dataset_has_every_detailed_occupation() -> None:
    assert len(OCCUPATIONS) == 830


@pytest.mark.parametrize("start", range(0, len(OCCUPATIONS), 83), ids=lambda s: f"from-{s}")
def test_every_occupation_in_an_article(start: int) -> None:
    """Each occupation is compared with the next one (the last with the first)."""
    problems = []
    for index in range(start, min(start + 83, len(OCCUPATIONS))):
        a, b = OCCUPATIONS[index], OCCUPATIONS[(index + 1) % len(OCCUPATIONS)]
        article = compare(a, b, seed=index)
        problems += [f"{a.title} vs {b.title}: {p}" for p in check_article(article, a, b)]
        assert article.title
    assert problems == []
