"""Every variant of every template, checked: :func:`check_templates`.

Which phrasing variant a sentence uses is chosen from the seed, so a property test may never
render a rare variant, and a broken one ships. :func:`check_templates` renders a fixed corpus
of pairs (:func:`corpus`: every relation of every field, one side missing, top-coded wages,
shared and unshared skills, equal and differing degrees, places and times) once per variant
number, *forcing* the variant instead of waiting for a seed to pick it, and runs
:func:`careerprose.check_article` on each article.

Example:
    >>> check_templates()  # the built-in templates
    []
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from careerprose.article import Article
from careerprose.compose import Composer
from careerprose.discourse import Structure
from careerprose.plan import ArticlePlan, ParagraphPlan
from careerprose.planner import plan_article
from careerprose.records.model import Occupation
from careerprose.style import SECTIONS, Style
from careerprose.templating import Templates
from careerprose.verify import check_article
from careerprose.writer import style_filters

__all__ = ["STYLES", "VariantProblem", "check_templates", "corpus", "render_every_variant"]

#: The styles the corpus is written in: the default, one wide enough that ages, years and
#: ratings can be "about the same" (never true under the default precision), and one without
#: the intro (whose facts the later sections then state themselves).
STYLES: tuple[Style, ...] = (
    Style(),
    Style(similar_within=0.2, serial_comma=True),
    Style(sections=tuple(name for name in SECTIONS if name != "intro")),  # sections say it all
)


@attrs.frozen
class VariantProblem:
    """A broken guarantee in the article written with variant number ``variant`` forced."""

    variant: int
    pair: str
    problem: str

    def __str__(self) -> str:
        return f"variant {self.variant}, {self.pair}: {self.problem}"


def _record(title: str, **fields: Any) -> Occupation:
    return Occupation.from_dict({"title": title, **fields})


_BASE: dict[str, Any] = {
    "salary": {"average": 60000, "hourly": 30, "low": 30000, "high": 90000,
               "highest_paying_city": "Boston, MA", "highest_paying_state": "Texas",
               "best_paying_company": "Acme Inc", "best_paying_industry": "Finance"},
    "growth_rate": 5, "jobs": 100000, "openings": 10000, "job_satisfaction": 4.0,
    "experience_years": 10,
    "time_to_become": {"min_months": 6, "max_months": 12},
    "education": {"degree": "Bachelor's Degree", "degree_share": 40, "major": "Business",
                  "college": "Boston College"},
    "demographics": {"average_age": 40, "median_age": 41, "gender": {"female": 60, "male": 40},
                     "race": {"White": 60, "Asian": 20}, "lgbt_share": 8},
    "skills": [{"name": "Patients", "share": 20}, {"name": "CPT", "share": 9},
               {"name": "Data Entry", "share": 8}],
    "responsibilities": ["Handle patient billing.", "Keep accurate records."],
    "description": "They handle insurance claims.",
    "in_demand_technologies": ["Microsoft Excel", "Epic Systems"],
}  # fmt: skip


def _scaled(factor: float) -> dict[str, Any]:
    """The base record's figures times ``factor`` (text fields kept)."""
    salary = {key: value * factor if isinstance(value, int | float) else value
              for key, value in _BASE["salary"].items()}  # fmt: skip
    people = {**_BASE["demographics"], "average_age": round(40 * factor, 1),
              "median_age": round(41 * factor, 1),
              "lgbt_share": round(8 * factor, 2)}  # fmt: skip
    skills = [{**skill, "share": round(skill["share"] * factor, 2)} for skill in _BASE["skills"]]
    return {
        **_BASE, "salary": salary, "growth_rate": round(5 * factor, 2), "skills": skills,
        "jobs": round(100000 * factor), "openings": round(10000 * factor),
        "job_satisfaction": min(round(4.0 * factor, 2), 5),
        "experience_years": round(10 * factor, 2), "demographics": people,
        "education": {**_BASE["education"], "degree_share": round(40 * factor, 2)},
    }  # fmt: skip


def _without_figures(degree: str | None = None) -> dict[str, Any]:
    return {
        "skills": [{"name": "Billing"}],
        "responsibilities": ["File claims."],
        "education": {"degree": degree},
    }


def corpus() -> tuple[tuple[Occupation, Occupation], ...]:
    """Pairs that, between them, make every message kind of the built-in templates, and
    take both sides of the branches templates make on names (a title with no modifier form)."""
    a = _record("Patient Account Representatives", **_BASE)
    b_fields = {
        "lower": _scaled(0.5),
        "higher": _scaled(1.8),
        "equal": _BASE,
        "similar": _scaled(1.04),
        "nearly equal": _scaled(1.004),
    }
    pairs = [(a, _record("Collections Specialists", **fields)) for fields in b_fields.values()]
    other = {
        **_BASE,
        "education": {"degree": "Associate Degree", "degree_share": 30, "major": "Finance"},
        "demographics": {"gender": {"male": 70, "female": 30}, "race": {"Asian": 50}},
        "salary": {**_BASE["salary"], "highest_paying_state": "Ohio", "best_paying_company": None},
        "skills": [{"name": "Billing", "share": 40}, {"name": "Patients", "share": 20}],
        "time_to_become": {"min_months": 24, "max_months": 36},
        "in_demand_technologies": ["Microsoft Excel", "Intuit QuickBooks"],
    }
    pairs.append((a, _record("Billing Clerks", **other)))
    overlap = {**other, "time_to_become": {"min_months": 10, "max_months": 18},
               "skills": [{"name": "Excel", "share": 3}]}  # fmt: skip
    pairs.append((_record("Billing Clerks", **overlap), a))
    wages = {"average": 239200, "high": 239200, "hourly": 115}
    top_coded = {**_BASE, "salary": {**_BASE["salary"], **wages,
                                     "top_coded": ["average", "hourly", "high"]}}  # fmt: skip
    pairs.append((_record("Surgeons", **top_coded), _record("Anesthesiologists", **top_coded)))
    # A title that cannot be a modifier ("the average ___ salary"): templates branch on it.
    supervisors = _record("Supervisors of Office Workers", **_scaled(0.5))
    pairs += [(supervisors, a), (_record("Collections Specialists", **_scaled(1.8)), supervisors)]
    pairs.append((a, _record("Payroll Clerks", **_without_figures())))
    pairs.append((_record("Payroll Clerks", **_without_figures()), a))
    trained = {"min_months": 6, "max_months": 12, "basis": "on-the-job training"}
    for months in ((6, 12), (24, 36), (10, 18), (None, None)):  # equal, longer, overlap, one
        other = {"min_months": months[0], "max_months": months[1], "basis": trained["basis"]}
        pairs.append((_record("Bakers", time_to_become=trained),
                      _record("Butchers", time_to_become=other)))  # fmt: skip
    rated = {"skills_ranked_by": "O*NET importance"}
    pairs.append((
        _record("Cooks", skills=[{"name": "Monitoring"}, {"name": "Speaking"}],
                responsibilities=["Cook food."], **rated),
        _record("Chefs", skills=[{"name": "Speaking"}, {"name": "Coordination"}],
                responsibilities=["Plan menus."], **rated),
    ))  # fmt: skip
    hourly_only = {"salary": {"hourly": 58.29}}  # pay given by the hour only (BLS: actors)
    pairs.append((_record("Actors", **hourly_only),
                  _record("Directors", salary={"average": 113300, "hourly": 54.47})))  # fmt: skip
    # a trade-off: A earns more, B has more jobs and faster growth (the closing's case)
    tradeoff = {**_scaled(0.5), "jobs": 400000, "growth_rate": 12}
    pairs.append((a, _record("Collections Specialists", **tradeoff)))
    listed = ({"name": "Filing"}, {"name": "Typing"}), ({"name": "Sorting"}, {"name": "Filing"})
    pairs.append((_record("Clerks", skills=list(listed[0])),
                  _record("Mail Sorters", skills=list(listed[1]))))  # fmt: skip
    same_rated = [{"name": "Speaking"}, {"name": "Monitoring"}]  # one list for both sides
    pairs.append((_record("Cooks", skills=same_rated, **rated),
                  _record("Bakers", skills=same_rated, **rated)))  # fmt: skip
    cashiers = _record("Cashiers", **_without_figures("Associate Degree"))
    for degree in ("Associate Degree", "Master's Degree", None):  # same, differ, one side
        pairs.append((cashiers, _record("Tellers", **_without_figures(degree))))
    # O*NET's "degree" is what workers say the job requires: its own wording (m.required)
    one_share = next(pair for pair in pairs if pair[1].title == "Payroll Clerks")
    onet = [pairs[0], pairs[5], one_share, *pairs[-3:]]  # shares same, differ, one; no shares
    # one side O*NET's required level, the other its own data: each worded by its source
    mixed = [(_from_onet(pairs[5][0]), pairs[5][1]), (pairs[-2][0], _from_onet(pairs[-2][1]))]
    pairs += [(_from_onet(x), _from_onet(y)) for x, y in onet]
    pairs += mixed
    return tuple(pairs)


def _from_onet(occupation: Occupation) -> Occupation:
    """The same record, its figures said to come from O*NET."""
    return Occupation.from_dict({**occupation.to_dict(), "source": "O*NET 30.1"})


class _ForcedVariant(Templates):
    """Templates whose every message kind has one variant: number ``index`` (wrapping)."""

    def __init__(self, folder: str | None, style: Style, index: int) -> None:
        super().__init__(folder, filters=style_filters(style))
        self.index = index
        self.counts: dict[tuple[str, str], int] = {}

    def variants(self, section: str, kind: str) -> tuple[Callable[..., str], ...]:
        found = super().variants(section, kind)
        self.counts[section, kind] = len(found)
        if not found:
            return found
        return (found[self.index % len(found)],)


def _structures(a: Occupation, b: Occupation, style: Style) -> list[ArticlePlan]:
    """The pair's plans with everything joined and with everything apart (and every table
    lead-in), or one plan when the structure makes no difference to what is planned."""
    joined, apart = (
        plan_article(a, b, style, 0, structure=structure)
        for structure in (Structure.joined(), Structure.apart(style.sections))
    )
    return [joined] if _kinds(joined) == _kinds(apart) else [joined, apart]


def _kinds(plan: ArticlePlan) -> list[tuple[str, str | None]]:
    return [
        (message.kind, message.connective)
        for section in plan.sections
        for part in section.parts
        if isinstance(part, ParagraphPlan)
        for message in part.messages
    ]


def render_every_variant(
    templates: str | os.PathLike[str] | None = None,
    pairs: tuple[tuple[Occupation, Occupation], ...] | None = None,
) -> Iterator[tuple[int, Occupation, Occupation, Article]]:
    """``(variant number, a, b, article)`` for every pair of ``pairs`` (default:
    :func:`corpus`) in each of :data:`STYLES`, once per variant number the templates have, and
    in each structure the pair can take (:class:`careerprose.discourse.Structure`)."""
    folder = None if templates is None else os.fspath(templates)
    chosen = corpus() if pairs is None else pairs
    for style in STYLES:
        index, most = 0, 1
        while index < most:
            forced = _ForcedVariant(folder, style, index)
            composer = Composer(forced)
            for a, b in chosen:
                for plan in _structures(a, b, style):
                    yield index, a, b, composer.article(plan)
            most = max(forced.counts.values(), default=1)
            index += 1


def check_templates(
    templates: str | os.PathLike[str] | None = None,
    pairs: tuple[tuple[Occupation, Occupation], ...] | None = None,
) -> list[VariantProblem]:
    """Every broken guarantee in any variant of the templates in ``templates`` (a folder that
    overrides the built-in templates, or ``None`` for the built-in ones); empty when sound.

    Example, in your test suite::

        from careerprose.testing import check_templates

        def test_every_variant_of_my_templates():
            assert check_templates("my_templates") == []
    """
    problems = []
    for index, a, b, article in render_every_variant(templates, pairs):
        name = f"{a.title} vs {b.title}"
        problems += [VariantProblem(index, name, p) for p in check_article(article, a, b)]
    return problems
