"""careerprose.opening: every article opens by naming both occupations and what it covers."""

from __future__ import annotations

import pytest

from careerprose import Occupation, Style
from careerprose.opening import covered_topics, with_opening
from careerprose.plan import Message, ParagraphPlan, SectionPlan
from careerprose.planner import plan_article


def _plans(*names: str) -> list[SectionPlan]:
    return [SectionPlan(name, None, ()) for name in names]


@pytest.mark.parametrize(
    ("a", "b", "sections", "topics"),
    [
        ({"jobs": 10}, {}, ("overview", "salary"), ("employment", "pay")),
        ({"jobs": 10}, {"growth_rate": 3}, ("overview",), ("job prospects",)),
        ({"job_satisfaction": 4}, {}, ("overview", "skills"), ("skills",)),
        ({}, {}, ("description", "duties", "closing"), ("what each job involves",)),
    ],
    ids=["jobs", "jobs and growth", "satisfaction only", "descriptions and duties"],
)
def test_topics_follow_the_sections_and_the_figures_behind_them(
    a: dict[str, object], b: dict[str, object], sections: tuple[str, ...], topics: tuple[str, ...]
) -> None:
    nurse = Occupation.from_dict({"title": "Nurse", **a})
    aide = Occupation.from_dict({"title": "Aide", **b})
    assert covered_topics(_plans(*sections), nurse, aide) == topics


def test_an_article_without_an_intro_gets_one_naming_what_it_covers() -> None:
    nurse = Occupation.from_dict({"title": "Nurse", "description": "Nurses treat patients."})
    aide = Occupation.from_dict({"title": "Aide", "description": "Aides help nurses."})
    plan = plan_article(nurse, aide, Style())
    intro = plan.sections[0]
    assert intro.name == "intro"
    (paragraph,) = intro.parts
    assert isinstance(paragraph, ParagraphPlan)
    (message,) = paragraph.messages
    assert (message.kind, message.context.what) == ("opening_topics", "what each job involves")


def test_a_long_list_of_topics_ends_in_and_more() -> None:
    nurse = Occupation.from_dict({"title": "Nurse", "jobs": 10})
    aide = Occupation.from_dict({"title": "Aide"})
    opening = SectionPlan("intro", None, (ParagraphPlan((Message("opening"),)),))
    names = ("overview", "description", "salary", "education", "skills")
    (intro, *_) = with_opening([opening, *_plans(*names)], nurse, aide, Style())
    first = intro.parts[0]
    assert isinstance(first, ParagraphPlan)
    assert first.messages[0].context.what == "employment, what each job involves, pay and more"


def test_no_intro_is_added_when_the_style_leaves_it_out_or_nothing_is_said() -> None:
    nurse = Occupation.from_dict({"title": "Nurse", "description": "Nurses treat patients."})
    aide = Occupation.from_dict({"title": "Aide"})
    style = Style(sections=("description",))
    assert [s.name for s in with_opening(_plans("description"), nurse, aide, style)] == [
        "description"
    ]
    assert with_opening([], nurse, aide, Style()) == ()
