"""Built-in dataset articles checked in as examples: every seed section from real data.

``examples/output/dataset-*.md`` are three articles written from the built-in dataset alone.
Regenerate with ``pytest tests/test_dataset_examples.py --update-goldens`` and read the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careerprose import check_article, compare, datasets

OUTPUT = Path(__file__).resolve().parent.parent / "examples" / "output"

#: Three pairs: healthcare, a trade against an office job, an aggregate code against a
#: protective service (different O*NET coverage, CPS suppression and training categories).
PAIRS = {
    "dataset-registered-nurses-vs-dental-hygienists": ("29-1141", "29-1292"),
    "dataset-tire-repairers-vs-cost-estimators": ("49-3093", "13-1051"),
    "dataset-construction-workers-vs-police-officers": ("47-4090", "33-3051"),
}

#: Headings of the seed page's sections, as the Markdown article writes them.
SEED_SECTIONS = ("overview", "salary", "education", "demographics", "duties", "skills")


@pytest.mark.parametrize("name", PAIRS)
def test_dataset_example_article(name: str, update_goldens: bool) -> None:
    a, b = (datasets.get(code) for code in PAIRS[name])
    article = compare(a, b)
    assert check_article(article, a, b) == []
    rendered = article.render("markdown")
    golden = OUTPUT / f"{name}.md"
    if update_goldens:
        golden.write_text(rendered, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == rendered, (
        f"{golden} is out of date: run pytest {__file__} --update-goldens and review the diff"
    )


def test_nurse_example_has_every_seed_section_with_honest_labels() -> None:
    text = (OUTPUT / "dataset-registered-nurses-vs-dental-hygienists.md").read_text("utf-8")
    for section in SEED_SECTIONS:
        assert f" {section}" in text.lower(), section
    assert "Median age" in text
    assert "Average age" not in text  # CPS publishes a median
    assert "Race ratio" not in text  # three overlapping race shares are not a ratio
    assert "Hispanic or Latino" in text
    assert "O\\*NET importance" in text  # Markdown escapes the asterisk
    assert "most often list" not in text  # importance is not how often a skill is listed
    assert "Sources: BLS Occupational Employment and Wage Statistics, May 2025;" in text
