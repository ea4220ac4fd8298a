"""careerprose.discourse: which differences lead the intro, and the trade-off the closing draws."""

from __future__ import annotations

import math
from typing import Any

import pytest

from careerprose import Occupation, Style, check_article, compare, datasets, sameness
from careerprose.discourse import Structure, closing_message, gaps, highlights
from careerprose.facts import PairFacts
from careerprose.plan import ParagraphPlan
from careerprose.planner import plan_article


def occ(title: str, **fields: Any) -> Occupation:
    return Occupation.from_dict({"title": title, **fields})


def pair(a: Occupation, b: Occupation) -> PairFacts:
    return PairFacts(a, b, Style())


def test_gaps_are_sized_on_one_scale_and_ordered_largest_first() -> None:
    a = occ("Nurse", salary={"average": 88000}, jobs=3000, growth_rate=1,
            time_to_become={"min_months": 48, "max_months": 48})  # fmt: skip
    b = occ("Clerk", salary={"average": 80000}, jobs=1000, growth_rate=9,
            time_to_become={"min_months": 6, "max_months": 6})  # fmt: skip
    found = gaps(pair(a, b))
    sizes = {gap.topic: gap.size for gap in found}
    assert sizes["salary"] == pytest.approx(1.0)  # 10% more pay: one unit
    assert sizes["jobs"] == pytest.approx(math.log(3) / math.log(1.5))
    assert sizes["growth"] == pytest.approx(4.0)  # 8 percentage points, 2 a unit
    assert sizes["time"] == pytest.approx(math.log(49 / 7) / math.log(2))
    assert [gap.topic for gap in found] == ["growth", "time", "jobs", "salary"]
    assert {gap.topic: gap.ahead for gap in found} == {
        "salary": "a", "jobs": "a", "growth": "b", "time": "b",  # a shorter path favours B
    }  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"salary": {"average": 50000}}, {"salary": {"average": 54000}}),  # 8%: not notable
        ({"jobs": 1000}, {"jobs": 1400}),  # 1.4 times as many
        ({"growth_rate": 3}, {"growth_rate": 4.5}),  # 1.5 points
        ({"time_to_become": {"min_months": 6, "max_months": 12}},
         {"time_to_become": {"min_months": 10, "max_months": 18}}),  # overlapping ranges
        ({"time_to_become": {"min_months": 1, "max_months": 1, "basis": "on-the-job training"}},
         {"time_to_become": {"min_months": 12, "max_months": 24,
                             "basis": "on-the-job training"}}),  # training, not the path in
        ({"salary": {"average": 50000}}, {}),  # one side only
    ],
    ids=["pay", "jobs", "growth", "overlap", "training", "one-sided"],
)  # fmt: skip
def test_small_or_unclear_differences_do_not_lead(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert gaps(pair(occ("Nurse", **a), occ("Clerk", **b))) == []


def test_the_closing_names_what_each_side_wins_and_needs_a_trade_off() -> None:
    a = occ("Nurse", salary={"average": 90000}, jobs=100, growth_rate=2)
    b = occ("Clerk", salary={"average": 40000}, jobs=900, growth_rate=12)
    closing = closing_message(gaps(pair(a, b)))
    assert closing is not None
    assert closing.kind == "closing"
    assert (closing.context.topics.a, closing.context.topics.b) == (("salary",), ("jobs", "growth"))
    # relations only, no figures: the closing restates no value (the sections said them)
    assert {(f.field, f.relation, f.a_text) for f in closing.facts} == {
        ("salary.average", "higher", None), ("jobs", "lower", None),
        ("growth_rate", "lower", None),
    }  # fmt: skip
    ahead_on_all = occ("Clerk", salary={"average": 40000}, jobs=10, growth_rate=1)
    assert closing_message(gaps(pair(a, ahead_on_all))) is None
    assert closing_message([]) is None


def test_the_closing_reads_true_and_differs_with_the_seed() -> None:
    a = occ("Nurse", salary={"average": 90000}, jobs=100)
    b = occ("Clerk", salary={"average": 40000}, jobs=900)
    closings = set()
    for seed in range(30):
        article = compare(a, b, seed=seed)
        assert check_article(article, a, b) == []
        section = article.section("closing")
        assert section is not None
        (text,) = [sentence.text for sentence in section.sentences()]
        closings.add(text)
        # pay is named before jobs, and nurses (ahead on pay) before clerks
        assert text.index("pay") < text.index("jobs")
        assert text.index("urse") < text.index("lerk")
    assert len(closings) >= 8


def test_highlights_join_the_first_two_or_keep_them_apart() -> None:
    a = occ("Nurse", salary={"average": 90000}, jobs=900, growth_rate=1)
    b = occ("Clerk", salary={"average": 40000}, jobs=100, growth_rate=9)
    found = gaps(pair(a, b))  # pay (A), jobs (A), growth (B)
    joined = highlights(found, aggregate=True)
    assert [(m.kind, m.connective) for m in joined] == [
        ("gaps_aligned", None), ("gap", "contrast"),
    ]  # fmt: skip
    apart = highlights(found, aggregate=False)
    assert [(m.kind, m.connective) for m in apart] == [
        ("salary_compare", None), ("gap", "addition"), ("gap", "contrast"),
    ]  # fmt: skip
    assert highlights([], aggregate=True) == []


def test_no_article_repeats_a_frame_or_a_fact() -> None:
    """Within one article, no two prose sentences share a masked frame or state one fact."""
    occupations = datasets.occupations()
    pairs = [(occupations[i], occupations[(i * 7 + 3) % len(occupations)]) for i in range(80)]
    pairs = [(a, b) for a, b in pairs if a.title != b.title]
    for seed in (0, 1):
        report = sameness((compare(a, b, seed=seed), a, b) for a, b in pairs)
        assert report.repeats == ()


def test_one_also_is_enough_and_a_one_sided_fact_comes_after_the_gaps() -> None:
    training = {"min_months": 1, "max_months": 12, "basis": "on-the-job training"}
    a = occ("Nurse", salary={"average": 90000}, jobs=900, growth_rate=9, time_to_become=training)
    b = occ("Clerk", salary={"average": 40000}, jobs=100, growth_rate=1)
    apart = highlights(gaps(pair(a, b)), aggregate=False)  # all three favour nurses
    assert [m.connective for m in apart] == [None, "addition", None]
    plan = plan_article(a, b, Style(), structure=Structure.apart(("intro",)))
    (paragraph, *_) = plan.sections[0].parts
    assert isinstance(paragraph, ParagraphPlan)
    kinds = [m.kind for m in paragraph.messages]
    assert kinds == ["opening", "salary_compare", "gap", "gap", "training_one"]


# --- found by mutation testing (docs/testing.md) ----------------------------------------


def _kinds(a: Occupation, b: Occupation, structure: Structure) -> list[str]:
    plan = plan_article(a, b, Style(), 0, structure=structure)
    return [
        message.kind
        for section in plan.sections
        if section.name == "intro"
        for part in section.parts
        if isinstance(part, ParagraphPlan)
        for message in part.messages
    ]


def test_a_shorter_path_in_favours_its_side_and_is_said_as_a_time() -> None:
    quick = occ("Nurse", time_to_become={"min_months": 1, "max_months": 1})
    slow = occ("Clerk", time_to_become={"min_months": 24, "max_months": 24})
    for a, b, ahead in ((quick, slow, "a"), (slow, quick, "b")):
        (gap,) = gaps(pair(a, b))
        assert (gap.topic, gap.ahead, gap.figures.topic) == ("time", ahead, "time")
        (alone,) = highlights([gap], aggregate=False)
        assert alone.kind == "time_compare"  # both ranges stated, not a bare "gap"


def test_two_gaps_pulling_apart_make_a_trade_off_and_the_text_turns_once() -> None:
    a = occ("Nurse", salary={"average": 80000}, jobs=100, growth_rate=6)
    b = occ("Clerk", salary={"average": 40000}, jobs=300, growth_rate=2)
    found = gaps(pair(a, b))  # pay (A, largest), jobs (B), growth (A)
    assert [(g.topic, g.ahead) for g in found] == [("salary", "a"), ("jobs", "b"),
                                                   ("growth", "a")]  # fmt: skip
    assert next(m.kind for m in highlights(found, aggregate=True)) == "gaps_tradeoff"
    apart = highlights(found, aggregate=False)  # what favours the lead side comes first
    assert [(m.kind, m.connective) for m in apart] == [
        ("salary_compare", None), ("gap", "addition"), ("gap", "contrast"),
    ]  # fmt: skip
    assert [m.facts[0].field for m in apart] == ["salary.average", "growth_rate", "jobs"]


def test_a_side_with_none_of_something_has_the_largest_gap_in_it() -> None:
    """No jobs against 500 is an unbounded gap; one job against 500 is a large finite one,
    smaller than five times the pay."""
    b = occ("Clerk", salary={"average": 100000}, jobs=500)
    none = occ("Nurse", salary={"average": 20000}, jobs=0)
    assert next((g.topic, g.size) for g in gaps(pair(none, b))) == ("jobs", math.inf)
    one = occ("Nurse", salary={"average": 20000}, jobs=1)
    assert [g.topic for g in gaps(pair(one, b))] == ["salary", "jobs"]
    assert [(g.topic, g.size) for g in gaps(pair(none, occ("Clerk", jobs=1)))] == [
        ("jobs", math.inf)  # one job against none is still all the difference there is
    ]


SKILLS = [{"name": "Billing", "share": 40}, {"name": "Excel", "share": 30},
          {"name": "Typing", "share": 20}]  # fmt: skip


def test_joined_and_apart_structures_join_or_separate_the_gaps_and_the_skills() -> None:
    a = occ("Nurse", salary={"average": 90000}, jobs=900, skills=SKILLS)
    b = occ("Clerk", salary={"average": 40000}, jobs=100, skills=SKILLS[:2])
    assert _kinds(a, b, Structure.joined()) == ["gaps_aligned", "skills_top_pair"]
    apart = _kinds(a, b, Structure.apart(Style().sections))
    assert apart == ["opening", "salary_compare", "gap", "skills_top", "skills_top"]
    plan = plan_article(a, b, Style(), 0, structure=Structure.joined())
    (joined,) = [m for s in plan.sections for p in s.parts if isinstance(p, ParagraphPlan)
                 for m in p.messages if m.kind == "skills_top_pair"]  # fmt: skip
    assert joined.context.count == 3  # the longer list's length


def test_lists_rated_on_different_scales_are_not_joined() -> None:
    def rated(title: str, first: str, scale: str) -> Occupation:
        return occ(title, skills=[{"name": first}, {"name": "Excel"}], skills_ranked_by=scale)

    nurse = rated("Nurse", "Billing", "importance")
    assert "skills_rated_pair" in _kinds(nurse, rated("Clerk", "Typing", "importance"),
                                         Structure.joined())  # fmt: skip
    differ = _kinds(nurse, rated("Clerk", "Typing", "level"), Structure.joined())
    assert differ.count("skills_rated") == 2


def test_a_small_clear_pay_difference_is_left_to_the_pay_section() -> None:
    """8% more pay is no gap to lead with, and no shared trait either ("about the same")."""
    jobs = {"Nurse": 9000, "Clerk": 1000}
    a, b = (occ(t, salary={"average": pay}, jobs=jobs[t])
            for t, pay in (("Nurse", 54000), ("Clerk", 50000)))  # fmt: skip
    assert _kinds(a, b, Structure.joined()) == ["opening", "gap"]
    close = occ("Nurse", salary={"average": 50500}, jobs=9000)
    assert _kinds(close, b, Structure.joined()) == ["opening", "gap", "salary_similar"]
