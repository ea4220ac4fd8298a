"""Golden articles: the seed pair in every format, checked in under examples/output/.

Regenerate with ``pytest tests/test_golden.py --update-goldens`` and review the diff by reading
it; the golden files must also keep every guarantee of :func:`careerprose.check_article`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import careerprose
from careerprose import check_article, compare
from careerprose.article import BulletList, Heading, Table

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


#: The seed page's table rows: (section, label) → the two cells, exactly as the page shows them
#: (our placeholder "-" where the page had none).
SEED_ROWS: dict[tuple[str, str], tuple[str, str]] = {
    ("overview", "Average salary"): ("$57,603", "$35,164"),
    ("overview", "Hourly rate"): ("$27.69", "$16.91"),
    ("overview", "Growth rate"): ("-8%", "-8%"),
    ("overview", "Number of jobs"): ("126,399", "40,277"),
    ("overview", "Most common degree"): ("Bachelor's Degree, 36%", "Bachelor's Degree, 34%"),
    ("overview", "Average age"): ("46", "46"),
    ("overview", "Years of experience"): ("12", "12"),
    ("salary", "Average salary"): ("$57,603", "$35,164"),
    ("salary", "Salary range"): ("$32,000-$101,000", "$27,000-$45,000"),
    ("salary", "Highest paying city"): ("-", "Boston, MA"),
    ("salary", "Highest paying state"): ("-", "Connecticut"),
    ("salary", "Best paying company"): ("-", "Kent Daniels & Associates"),
    ("salary", "Best paying industry"): ("-", "Finance"),
    ("education", "Most common major"): ("Business", "Business"),
    ("demographics", "Gender ratio"): ("Male 11.6%, Female 88.4%", "Male 30.5%, Female 69.5%"),
    ("demographics", "Race ratio"): (
        "White 59.3%, Hispanic or Latino 18.2%, Black or African American 14.3%, Unknown 4.1%, "
        "Asian 3.6%, American Indian and Alaska Native 0.5%",
        "White 61%, Hispanic or Latino 18.5%, Black or African American 12.2%, Unknown 4.1%, "
        "Asian 3.7%, American Indian and Alaska Native 0.5%",
    ),
    ("demographics", "LGBT percentage"): ("8%", "8%"),
}
SEED_SKILLS = (
    ["Patients, 20%", "CPT, 9%", "Data Entry, 8%", "Medical Terminology, 6%", "Medicaid, 6%",
     "Appeals, 5%"],
    ["Customer Service, 23%", "Patients, 8%", "Customer Accounts, 6%", "Payment Arrangements, 5%",
     "Delinquent Accounts, 4%", "Phone Calls, 4%"],
)  # fmt: skip


def test_every_seed_page_table_cell_is_in_its_row(seed_pair_path: Path) -> None:
    """Each figure of the seed page sits in its own row and column, not just somewhere."""
    article = compare(*careerprose.load_records(seed_pair_path))
    rows = {
        (section.name, row.label): (row.a, row.b)
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Table)
        for row in block.rows
    }
    assert {key: rows.get(key) for key in SEED_ROWS} == SEED_ROWS


def test_every_seed_page_list_and_sentence_figure_is_in_place(seed_pair_path: Path) -> None:
    article = compare(*careerprose.load_records(seed_pair_path))
    skills = article.section("skills")
    assert skills is not None
    lists = [[item.text for item in block.items] for block in skills.blocks
             if isinstance(block, BulletList)]  # fmt: skip
    assert lists == list(SEED_SKILLS)
    by_kind: dict[str, list[str]] = {}
    for sentence in article.sentences():
        by_kind.setdefault(sentence.kind, []).append(sentence.text)
    # one range style per article: "to", as in "four to eight years"
    assert re.search(r"\b6 to 12 months\b", " ".join(by_kind["time_equal"]))
    # each side's top skills, in one sentence each or both in one, A's first
    tops = " ".join(by_kind.get("skills_top", []) + by_kind.get("skills_top_pair", []))
    first, second = tops.find("patients, CPT and data entry"), tops.find("customer service, pat")
    assert 0 <= first < second
    headings = [block.text for section in article.sections for block in section.blocks
                if isinstance(block, Heading)]  # fmt: skip
    assert "What does a senior patient account representative do?" in headings
    assert "What does a collections specialist do?" in headings
    duties = [item.text for s in article.sections if s.name == "duties" for block in s.blocks
              if isinstance(block, BulletList) for item in block.items]  # fmt: skip
    assert "Review denied Medicare and Maine Medicaid insurance claims for accuracy." in duties
