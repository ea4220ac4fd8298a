"""careerprose.planner: what an article says (omission rules), before any wording."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from careerprose import Occupation, SameOccupationError, Style, Writer, compare
from careerprose.article import Fact, Table
from careerprose.plan import ArticlePlan, ListPlan, Message, ParagraphPlan
from careerprose.planner import plan_article
from careerprose.verify import check_article


def occ(title: str, **fields: Any) -> Occupation:
    return Occupation.from_dict({"title": title, **fields})


# --- defect 8.7: an occupation compared with itself -------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (occ("Registered Nurses"), occ("Registered Nurses"), "same title"),
        (occ("Registered Nurse"), occ("registered nurses"), "same title"),
        (occ("Nurse", code="29-1141"), occ("RN", code="29-1141"), "code 29-1141"),
    ],
    ids=["same title", "singular and plural", "same code"],
)
def test_an_occupation_is_not_compared_with_itself(
    a: Occupation, b: Occupation, reason: str
) -> None:
    with pytest.raises(SameOccupationError, match=reason) as raised:
        compare(a, b)
    assert "with itself" in str(raised.value)
    with pytest.raises(ValueError, match="with itself"):  # also a ValueError
        Writer().compare(a, b)


def test_the_built_in_dataset_refuses_a_self_comparison() -> None:
    with pytest.raises(SameOccupationError, match="Registered Nurses"):
        compare("Registered Nurses", "Registered Nurses")


def test_different_codes_with_one_title_are_still_one_occupation() -> None:
    with pytest.raises(SameOccupationError):
        compare(occ("Clerk", code="1"), occ("Clerk", code="2"))


# --- defect 8.4: skills ranked by share, no ranking claim without shares -----------------

BILLING = [
    {"name": "Data Entry", "share": 5},
    {"name": "Filing", "share": 3},
    {"name": "Billing", "share": 40},
    {"name": "Excel", "share": 30},
    {"name": "CPT", "share": 25},
]
_RANKING = ("top", "most important", "most often")


def test_top_skills_are_the_ones_with_the_largest_shares() -> None:
    clerk = occ("Billing Clerk", skills=BILLING)
    for seed in range(12):
        article = compare(clerk, occ("Nurse"), seed=seed)
        (top,) = [s.text for s in article.sentences() if s.kind == "skills_top"]
        assert "billing, Excel and CPT" in top, top
        assert "data entry" not in top
        assert "filing" not in top


def test_skill_lists_are_ordered_by_share() -> None:
    plan = plan_article(occ("Billing Clerk", skills=BILLING), occ("Nurse"), Style())
    (skills,) = [s for s in plan.sections if s.name == "skills"]
    (listed,) = [part for part in skills.parts if isinstance(part, ListPlan)]
    assert [item.text for item in listed.items] == [
        "Billing, 40%",
        "Excel, 30%",
        "CPT, 25%",
        "Data Entry, 5%",
        "Filing, 3%",
    ]


@pytest.mark.parametrize(
    "skills",
    [["Data Entry", "Filing", "Billing"], [{"name": "Billing", "share": 40}, "Filing"]],
    ids=["no shares", "some shares"],
)
def test_no_ranking_claim_without_shares(skills: list[Any]) -> None:
    clerk = occ("Billing Clerk", skills=skills)
    for seed in range(12):
        article = compare(clerk, occ("Nurse"), seed=seed)
        (listed,) = [s.text for s in article.sentences() if s.kind.startswith("skills_")]
        assert not any(word in listed.casefold() for word in _RANKING), listed
        assert "data entry" in listed or "billing" in listed


# --- omission rules ---------------------------------------------------------------------


def test_closing_needs_something_said_before_it() -> None:
    plan = plan_article(occ("Nurse"), occ("Clerk"), Style())
    assert plan.sections == ()
    assert compare(occ("Nurse"), occ("Clerk")).sections == ()


def test_source_line_only_when_a_record_names_one_and_the_style_asks() -> None:
    a, b = occ("Nurse", jobs=3, source="BLS"), occ("Clerk", jobs=2)
    assert plan_article(a, b, Style()).source is not None
    assert plan_article(a, b, Style(source_line=False)).source is None
    assert plan_article(occ("Nurse", jobs=3), b, Style()).source is None
    assert compare(a, b).source == "Source: BLS."


def _intro_messages(plan: ArticlePlan) -> list[Message]:
    (intro,) = [s for s in plan.sections if s.name == "intro"]
    first = intro.parts[0]
    assert isinstance(first, ParagraphPlan)
    return list(first.messages)


def test_the_intro_leads_with_the_largest_differences_joined_or_apart() -> None:
    same_time = {"min_months": 6, "max_months": 12}
    a = occ("Nurse", salary={"average": 80000}, jobs=1000, growth_rate=9, time_to_become=same_time)
    b = occ("Clerk", salary={"average": 40000}, jobs=900, growth_rate=2, time_to_become=same_time)
    shapes = set()
    for seed in range(12):
        messages = _intro_messages(plan_article(a, b, Style(), seed))
        kinds = [m.kind for m in messages]
        shapes.add(tuple(kinds))
        if kinds[0] == "gaps_aligned":  # pay (twice as much) and growth (7 points), joined
            assert kinds == ["gaps_aligned", "time_equal"]  # no opening before the lead
            (pay, growth) = messages[0].context.differences
            assert (pay.topic, growth.topic) == ("salary", "growth")
        else:  # apart: an opening, the shared time, then each gap after a connective
            assert kinds == ["opening", "time_equal", "salary_compare", "gap"]
            assert [m.connective for m in messages] == [None, None, "addition", "addition"]
    assert len(shapes) == 2  # both structures occur, chosen per pair and seed
    # jobs differ by 11%: too little to lead with; said in the overview instead
    said = {f.field for m in _intro_messages(plan_article(a, b, Style())) for f in m.facts}
    assert "jobs" not in said


def test_a_gap_favouring_the_other_side_follows_a_contrast() -> None:
    a = occ("Nurse", salary={"average": 80000}, jobs=1000, growth_rate=2)
    b = occ("Clerk", salary={"average": 40000}, jobs=100, growth_rate=12)
    for seed in range(12):
        messages = _intro_messages(plan_article(a, b, Style(), seed))
        by_kind = {m.kind: m for m in messages}
        if "gaps_aligned" in by_kind:  # pay and jobs (both A's), then growth (B's)
            assert by_kind["gap"].connective == "contrast"
        else:  # pay, jobs (A's: "addition"), growth (B's: "contrast")
            assert [m.kind for m in messages] == ["opening", "salary_compare", "gap", "gap"]
            assert [m.connective for m in messages] == [None, None, "addition", "contrast"]


def test_pay_about_the_same_is_a_shared_trait_and_no_filler_pads_a_thin_intro() -> None:
    """Never "Each job has different responsibilities and duties": it says nothing."""
    a = occ("Nurse", salary={"average": 50000}, responsibilities=["Treat patients."])
    b = occ("Clerk", salary={"average": 50100}, responsibilities=["File claims."])
    kinds = [m.kind for m in _intro_messages(plan_article(a, b, Style()))]
    assert kinds == ["opening", "salary_similar"]


def test_time_ranges_are_compared_by_facts_and_checked() -> None:
    a = occ("Nurse", time_to_become={"min_months": 24, "max_months": 48})
    b = occ("Clerk", time_to_become={"min_months": 1, "max_months": 3})
    for seed in range(6):
        article = compare(a, b, seed=seed)
        (fact,) = [f for s in article.sentences() for f in s.facts if f.field == "time_to_become"]
        assert fact.relation == "higher"  # A takes longer
        assert check_article(article, a, b) == []
    overlapping = occ("Clerk", time_to_become={"min_months": 12, "max_months": 36})
    facts = [f for s in compare(a, overlapping).sentences() for f in s.facts]
    assert [f.relation for f in facts if f.field == "time_to_become"] == [None]


def test_no_fact_is_stated_twice_in_prose() -> None:
    a = occ("Nurse", salary={"average": 80000, "hourly": 38}, jobs=900)
    b = occ("Clerk", salary={"average": 40000, "hourly": 19}, jobs=300)
    for seed in range(6):
        article = compare(a, b, seed=seed)
        said = [f.field for s in article.sentences() for f in s.facts]
        assert said.count("salary.average") == 1  # in the intro, not again in the salary section
        assert said.count("salary.hourly") == 1
        salary = article.section("salary")
        assert salary is not None
        assert [row.label for b in salary.blocks for row in getattr(b, "rows", ())][:2] == [
            "Average salary",
            "Hourly rate",
        ]  # tables keep every row
    only_salary = compare(a, b, style=Style(sections=("salary",)))
    assert "average_compare" in [s.kind for s in only_salary.sentences()]


# --- found by mutation testing (docs/testing.md): facts and counts the plan must carry ----

COOK = occ("Cooks", time_to_become={"min_months": 6, "max_months": 12},
           skills=[{"name": "Billing", "share": 40}, {"name": "Excel", "share": 30},
                   {"name": "CPT", "share": 25}])  # fmt: skip
CHEF = occ("Chefs", skills=[{"name": "Billing", "share": 20}, {"name": "Excel", "share": 10},
                            {"name": "Typing", "share": 5}])  # fmt: skip


def _facts(article: Any, field: str) -> list[Any]:
    return [fact for s in article.sentences() for fact in s.facts if fact.field == field]


def test_a_time_known_on_one_side_is_stated_for_that_side() -> None:
    (first,) = _facts(compare(COOK, CHEF), "time_to_become")
    assert (first.a, first.b, first.a_text, first.b_text) == ((6, 12), None, "6 to 12 months", None)
    (second,) = _facts(compare(CHEF, COOK), "time_to_become")
    assert (second.a, second.b, second.a_text, second.b_text) == (
        None,
        (6, 12),
        None,
        "6 to 12 months",
    )


@pytest.mark.parametrize(("style", "three", "two"), [(Style(), "three", "two"),
                                                     (Style(words_below=0), "3", "2")])  # fmt: skip
def test_counts_in_the_plan_follow_the_house_style(style: Style, three: str, two: str) -> None:
    article = compare(COOK, CHEF, style=style)
    assert [f.a_text for f in _facts(article, "skills.top_count")] == [three, None]
    assert [f.a_text for f in _facts(article, "skills.shared_count")] == [two]
    # whichever phrasing a seed picks, a count is written in the house style
    wrong = {"three": "3", "3": "three", "two": "2", "2": "two"}
    stated = set()
    for seed in range(16):
        for sentence in compare(COOK, CHEF, style=style, seed=seed).sentences():
            if sentence.kind and sentence.kind.startswith(("skills_", "shared")):
                counts = set(re.findall(r"\b(\w+) skills\b|\btop (\w+)", sentence.text.lower()))
                counts_said = {word for pair in counts for word in pair if word}
                assert not counts_said & {wrong[three], wrong[two]}, sentence.text
                stated |= counts_said & {three, two}
    assert stated == {three, two}  # some phrasings state each count


def test_the_district_and_territories_are_not_called_states() -> None:
    cooks = occ("Cooks", salary={"highest_paying_state": "District of Columbia"})
    chefs = occ("Chefs", salary={"highest_paying_state": "Puerto Rico"})
    for seed in range(8):
        article = compare(cooks, chefs, seed=seed)
        (said,) = [s.text for s in article.sentences() if "Puerto Rico" in s.text]
        assert "state or district or territory" in said, said
        assert "the district of columbia" in said.lower(), said


def test_each_listed_technology_and_the_shared_count_carry_their_facts() -> None:
    dev = occ("Software Developers", in_demand_technologies=["Python", "git"])
    clerk = occ("Billing Clerks", in_demand_technologies=["Microsoft Excel", "git"])
    article = compare(dev, clerk)
    tools = [s.facts for s in article.sentences() if s.kind == "tool"]
    assert tools[0] == (Fact("in_demand_technologies", a="Python", a_text="Python"),)
    assert tools[-1] == (Fact("in_demand_technologies", b="git", b_text="git"),)
    (shared,) = _facts(article, "in_demand_technologies.shared_count")
    assert (shared.a, shared.b, shared.a_text, shared.b_text) == (1, 1, "one", "one")


def _rows(article: Any, section: str) -> dict[str, tuple[str, str]]:
    return {
        row.label: (row.a, row.b)
        for s in article.sections
        if s.name == section
        for block in s.blocks
        if isinstance(block, Table)
        for row in block.rows
    }


def test_bls_metro_areas_are_labelled_as_metro_areas_in_the_pay_table() -> None:
    """BLS "cities" are metro areas: the row says so, as the sentence about them does; the
    same places in records of another source keep the city label."""
    bls = compare("Lawyers", "Registered Nurses")
    place = "San Jose-Sunnyvale-Santa Clara, CA"
    assert _rows(bls, "salary")["Highest paying metro area"] == (place, place)
    assert "Highest paying city" not in _rows(bls, "salary")
    ours = compare(occ("Cooks", salary={"highest_paying_city": place}),
                   occ("Chefs", salary={"highest_paying_city": "Boston, MA"}))  # fmt: skip
    assert _rows(ours, "salary")["Highest paying city"] == (place, "Boston, MA")
    assert "Highest paying metro area" not in _rows(ours, "salary")


def test_a_figure_known_on_one_side_names_what_it_is_for_your_templates(tmp_path: Path) -> None:
    """``m.what`` ("average salary") reaches a one-sided message too: no built-in phrasing
    reads it there, but a team's own may."""
    own = "The {{ m.what }} of {{ m.subject.plural }} is {{ m.value.subject }}."
    (tmp_path / "intro.extra.jinja").write_text(
        "".join(f"{{% macro salary_one_v{n}(m) %}}{own}{{% endmacro %}}\n" for n in (1, 2, 3)),
        encoding="utf-8",
    )
    cooks = occ("Cooks", salary={"average": 41000})
    for a, b in ((cooks, CHEF), (CHEF, cooks)):
        (said,) = [s.text for s in compare(a, b, templates=tmp_path).sentences()
                   if s.kind == "salary_one"]  # fmt: skip
        assert said == "The average salary of cooks is $41,000."


def test_onet_degrees_are_labelled_as_required_education() -> None:
    """O*NET's "degree" is what workers say the job requires: the row says so."""
    rows = _rows(compare("Lawyers", "Registered Nurses"), "overview")
    assert "Most common required education" in rows
    assert "Most common degree" not in rows
    ours = compare(occ("Cooks", education={"degree": "High school diploma"}),
                   occ("Chefs", education={"degree": "Associate degree"}))  # fmt: skip
    assert "Most common degree" in _rows(ours, "overview")


def test_the_overview_table_has_a_job_satisfaction_row() -> None:
    article = compare(occ("Cooks", job_satisfaction=3.5), occ("Chefs", job_satisfaction=4.1))
    assert _rows(article, "overview")["Job satisfaction"] == ("3.5", "4.1")


def test_two_titles_with_one_plural_are_one_occupation() -> None:
    with pytest.raises(SameOccupationError) as raised:
        compare(occ("Specialist", plural="Aa"), occ("Aa", plural="Aa"))
    assert str(raised.value) == (
        "cannot compare 'Specialist' with itself (both have the same plural title); "
        "choose two different occupations"
    )


def test_lists_without_a_shared_skill_say_so() -> None:
    cooks = occ("Cooks", skills=[{"name": "Baking", "share": 30}])
    chefs = occ("Chefs", skills=[{"name": "Menus", "share": 30}])
    (said,) = [s for s in compare(cooks, chefs).sentences() if s.kind == "none_shared"]
    assert said.facts == (Fact("skills.shared", a=(), b=(), relation="equal"),)


def test_a_figure_known_on_one_side_only_is_stated_with_its_text() -> None:
    cooks = occ("Cooks", demographics={"gender": {"Women": 60, "Men": 40}},
                salary={"low": 30000, "high": 50000})  # fmt: skip
    for a, b, side in ((cooks, CHEF, "a"), (CHEF, cooks, "b")):
        article = compare(a, b)
        (gender,) = list(_facts(article, "demographics.gender.Women"))
        assert (gender.a_text if side == "a" else gender.b_text) == "60%"
        (pay_range,) = _facts(article, "salary.range")
        shown = pay_range.a_text if side == "a" else pay_range.b_text
        assert shown == "between $30,000 and $50,000"
        assert check_article(article, a, b) == []


def test_training_known_on_one_side_is_stated_with_its_basis() -> None:
    cooks = occ("Cooks", time_to_become={"min_months": 1, "max_months": 3,
                                         "basis": "on-the-job training"})  # fmt: skip
    for a, b in ((cooks, CHEF), (CHEF, cooks)):
        (said,) = [s.text for s in compare(a, b).sentences() if s.kind == "training_one"]
        assert "on-the-job training" in said, said
