"""Golden articles: the seed pair in every format, checked in under examples/output/.

Regenerate with ``pytest tests/test_golden.py --update-goldens`` and review the diff by reading
it; the golden files must also keep every guarantee of :func:`careerprose.check_article`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import careerprose
from careerprose import check_article, compare

OUTPUT = Path(__file__).resolve().parent.parent / "examples" / "output"
FORMATS = {"txt": "text", "md": "markdown", "html": "html", "json": "json"}


@pytest.mark.parametrize("suffix", FORMATS)
def test_seed_pair_golden(seed_pair_path: Path, suffix: str, update_goldens: bool) -> None:
    a, b = careerprose.load_records(seed_pair_path)
    article = compare(a, b)
    assert check_article(article, a, b) == []
    rendered = article.render(FORMATS[suffix])
    golden = OUTPUT / f"seed-pair.{suffix}"
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == rendered, (
        f"{golden} is out of date: run pytest {__file__} --update-goldens and review the diff"
    )


def test_every_seed_page_figure_is_in_the_golden_article() -> None:
    text = (OUTPUT / "seed-pair.txt").read_text(encoding="utf-8")
    figures = [
        "$57,603",
        "$35,164",
        "$27.69",
        "$16.91",
        "-8%",
        "126,399",
        "40,277",
        "Bachelor's Degree, 36%",
        "Bachelor's Degree, 34%",
        "46",
        "12",
        "$32,000-$101,000",
        "$27,000-$45,000",
        "Boston, MA",
        "Connecticut",
        "Kent Daniels & Associates",
        "Finance",
        "Business",
        "Male 11.6%",
        "Female 88.4%",
        "Male 30.5%",
        "Female 69.5%",
        "Black or African American 14.3%",
        "Hispanic or Latino 18.2%",
        "Asian 3.6%",
        "White 59.3%",
        "American Indian and Alaska Native 0.5%",
        "Black or African American 12.2%",
        "Hispanic or Latino 18.5%",
        "Asian 3.7%",
        "White 61%",
        "Unknown 4.1%",
        "8%",
        "Patients, 20%",
        "CPT, 9%",
        "Data Entry, 8%",
        "Medical Terminology, 6%",
        "Medicaid, 6%",
        "Appeals, 5%",
        "Customer Service, 23%",
        "Patients, 8%",
        "Customer Accounts, 6%",
        "Payment Arrangements, 5%",
        "Delinquent Accounts, 4%",
        "Phone Calls, 4%",
        "6 to 12 months",  # one range style per article: "to", as in "four to eight years"
        "patients, CPT and data entry",
        "What does a senior patient account representative do?",
        "What does a collections specialist do?",
        "Review denied Medicare and Maine Medicaid insurance claims for accuracy.",
    ]
    missing = [figure for figure in figures if figure not in text]
    assert missing == []
