"""Technologies in demand: listed per side as the record has them, counted when shared."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from careerprose import Occupation, check_article, compare, datasets
from careerprose.article import BulletList, Fact, Section, Sentence

DEV = {"title": "Software Developers", "in_demand_technologies": ["Python", "git", "Epic Systems"]}


def _lists(a: Mapping[str, object], b: Mapping[str, object]) -> tuple[list[list[str]], list[str]]:
    x, y = Occupation.from_dict(a), Occupation.from_dict(b)
    article = compare(x, y)
    assert check_article(article, x, y) == []
    skills = article.section("skills")
    if skills is None:
        return [], []
    lists = [
        [item.text for item in block.items]
        for block in skills.blocks
        if isinstance(block, BulletList) and block.items and block.items[0].kind == "tool"
    ]
    said = [s.text for s in skills.sentences() if s.kind and s.kind.startswith("technology")]
    return lists, said


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_each_side_lists_its_technologies_as_written(fmt: str) -> None:
    clerk = {"title": "Billing Clerks", "in_demand_technologies": ["Microsoft Excel", "git"]}
    lists, said = _lists(DEV, clerk)
    assert lists == [["Python", "git", "Epic Systems"], ["Microsoft Excel", "git"]]
    assert said in (["One technology is on both lists."],
                    ["One of the technologies above is in demand in both jobs."])  # fmt: skip
    rendered = compare(Occupation.from_dict(DEV), Occupation.from_dict(clerk)).render(fmt)
    assert "Technologies in demand for software developers" in rendered
    assert "Epic Systems" in rendered
    assert "git" in rendered


def test_identical_lists_are_said_to_be_the_same_and_counted_as_shown() -> None:
    clerk = {**DEV, "title": "Web Developers"}
    lists, said = _lists(DEV, clerk)
    assert lists[0] == lists[1]
    assert said in (["Both lists show the same three technologies."],
                    ["The three technologies listed are the same for both jobs."])  # fmt: skip


def test_no_shared_sentence_without_a_shared_technology_and_no_list_without_data() -> None:
    lists, said = _lists(DEV, {"title": "Billing Clerks", "in_demand_technologies": ["SAP"]})
    assert len(lists) == 2
    assert said == []
    lists, said = _lists(DEV, {"title": "Billing Clerks", "jobs": 10})
    assert lists == [["Python", "git", "Epic Systems"]]
    assert said == []


def test_the_checker_refuses_a_technology_the_record_does_not_have() -> None:
    a, b = Occupation.from_dict(DEV), Occupation.from_dict({"title": "Billing Clerks"})
    article = compare(a, b)
    skills = article.section("skills")
    assert skills is not None
    wrong = Sentence("Java", (Fact("in_demand_technologies", a="Java", a_text="Java"),), "tool")
    broken = BulletList((wrong,), prose=False)
    bad = type(article)(article.title, (*article.sections, Section("skills", None, (broken,))))
    assert any("not a technology of the a record" in p for p in check_article(bad, a, b))


def test_built_in_technologies_are_the_in_demand_ones_most_widely_asked_for_first() -> None:
    developers = datasets.get("Software Developers")
    assert developers.in_demand_technologies[:2] == ("Python", "Structured query language SQL")
    assert "Apache Spark" not in datasets.get("Registered Nurses").in_demand_technologies
