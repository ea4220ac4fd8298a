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


def _with_skills(title: str, *skills: tuple[str, float]) -> careerprose.Occupation:
    return careerprose.Occupation.from_dict(
        {"title": title, "skills": [{"name": name, "share": share} for name, share in skills]}
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("share_a", "share_b"), [(20, 8), (20, 20), (20, 19.5)])
def test_a_skill_share_is_one_construction_with_the_skill_as_object(
    fmt: str, share_a: float, share_b: float
) -> None:
    """Never "Patients is listed by 20% of representatives, … more than among specialists"."""
    a = _with_skills("Patient Account Representative", ("Patients", share_a), ("CPT", 9))
    b = _with_skills("Collections Specialist", ("Customer Service", 23), ("Patients", share_b))
    for seed in range(3):
        text = _flat(prose(careerprose.compare(a, b, seed=seed), fmt))
        assert not re.search(r"\b(?:Patients|patients) (?:is|are) listed by", text)
        assert re.search(
            r"Among patient account representatives, 20% name patients as a skill, "
            r"[^()]*(?:than|as) among collections specialists\b",
            text,
        ), text


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_with_one_side_s_figures_is_not_led_as_a_comparison(fmt: str) -> None:
    """Only one side has pay: no "Here is how pay compares for X and Y"."""
    steward = careerprose.Occupation.from_dict(
        {"title": "Data Steward", "salary": {"average": 81000, "low": 60000, "high": 110000}}
    )
    clerk = _with_skills("Records Clerk", ("Filing", 30), ("Data Entry", 22))
    for seed in range(4):
        for a, b in ((steward, clerk), (clerk, steward)):
            text = _flat(prose(careerprose.compare(a, b, seed=seed), fmt))
            assert "pay compares" not in text
            assert "sets out what data stewards and records clerks earn" not in text
            assert (
                "The table below sets out what data stewards earn; there are no pay figures for "
                "records clerks." in text
            )


def _shared_sentence(article: careerprose.Article, fmt: str) -> str:
    """The sentence naming the shared skills, as the reader sees it in ``fmt``."""
    (sentence,) = (
        s.text for s in article.sentences() if any(f.field == "skills.shared" for f in s.facts)
    )
    assert _flat(sentence) in _flat(prose(article, fmt))
    return sentence


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_shared_skills_sentence_names_only_skills_both_lists_show(fmt: str) -> None:
    """Nurse practitioners rate monitoring too, but below the six skills their list shows."""
    style = careerprose.Style(list_items=3)
    a = _with_skills("Analyst", ("Writing", 30), ("Research", 20), ("Excel", 10), ("SQL", 5))
    b = _with_skills("Auditor", ("SQL", 40), ("Writing", 30), ("Tax", 20), ("Excel", 10))
    for seed in range(4):
        shared = _shared_sentence(careerprose.compare(a, b, seed=seed, style=style), fmt)
        assert "writing" in shared
        assert "SQL" not in shared  # shared, but not on the analyst's list as shown
        assert "Excel" not in shared  # shared, but not on the auditor's list as shown
        assert "the two jobs share" not in shared
    technician = datasets.get("Industrial Engineering Technologists and Technicians")
    practitioner = datasets.get("Nurse Practitioners")
    for seed in range(4):
        article = careerprose.compare(technician, practitioner, seed=seed)
        shown = {s.text.casefold() for s in article.sentences() if s.kind == "skill"}
        shared = _shared_sentence(article, fmt).casefold()
        assert "monitoring" in shown  # on the technicians' list only
        assert "monitoring" not in shared


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_source_line_names_each_source_once(fmt: str) -> None:
    """Producers and directors have CPS demographics, actors do not: one list, one mark."""
    text = _flat(_builtin("Actors", "Producers and Directors", fmt))
    assert text.count("BLS Occupational Employment and Wage Statistics, May 2025") == 1
    assert "for Actors," not in text
    assert re.search(
        r"Sources: BLS Occupational Employment and Wage Statistics, May 2025; .*?"
        r"BLS Current Population Survey 2025 \(for producers and directors only\)\.",
        text,
    )
    same = _flat(_builtin("Registered Nurses", "Dental Hygienists", fmt))
    assert same.count("BLS Occupational Employment and Wage Statistics, May 2025") == 1
    assert " only)" not in same
