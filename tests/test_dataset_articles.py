"""Every built-in occupation produces a sound article in every format."""

from __future__ import annotations

import itertools

import pytest

from careerprose import Article, check_article, compare, datasets

OCCUPATIONS = datasets.occupations()


def _repeated_openings(article: Article) -> list[str]:
    """Consecutive generated sentences of a paragraph that open with the same word."""
    found = []
    for section in article.sections:
        for block in section.blocks:
            sentences = [s for s in getattr(block, "sentences", ()) if s.kind != "description"]
            for first, second in itertools.pairwise(sentences):
                if first.text.split(" ")[0].lower() == second.text.split(" ")[0].lower():
                    found.append(f"{section.name}: {first.text!r} then {second.text!r}")
    return found


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
        problems += [f"{a.title} vs {b.title}: {p}" for p in _repeated_openings(article)]
        assert article.title
    assert problems == []
