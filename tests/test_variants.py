"""Every variant of every built-in template is checked, and broken templates are caught."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careerprose.testing import check_templates
from careerprose.testing.variants import corpus, render_every_variant

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "tests" / "data" / "broken_templates"
#: What the checker must say about each broken template (tests/data/broken_templates/README.md).
EXPECTED = {
    "swapped_subjects": "gives it to the other one",
    "hard_coded_more": "says 'more' of the first occupation, but its value is lower",
    "wrong_plural": "(plural) with 'earns'",
    "leaked_none": "output has None",
    "wrong_skill_order": "lists the top skills as ['CPT', 'data entry', 'patients']",
    "swapped_in_a_branch": "$30,000 belongs to the occupation named first",
}


#: Kinds no record can produce (median ages are never lower bounds, so never incomparable):
#: reported to be removed or made reachable; this test fails when that changes.
UNREACHABLE = {"median_age_both"}


def _macros() -> set[tuple[str, str]]:
    """Every (template, macro) that phrases a message, from the built-in template files: the
    macros taking ``m`` (helpers such as ``say.years(n)`` take other arguments)."""
    found = set()
    for path in (ROOT / "templates").glob("*.jinja"):
        if path.stem in ("labels", "connectives"):  # not message kinds
            continue
        for name in re.findall(r"{%-?\s*macro\s+(\w+)\(m\)", path.read_text(encoding="utf-8")):
            found.add((path.stem, name))
    return found


#: Kinds in more than about 10% of articles for random built-in pairs (bench_sameness.py),
#: and the connectives: each needs at least eight phrasings (issue 12).
FREQUENT = (
    "opening", "gap", "gaps_aligned", "gaps_tradeoff", "closing", "lead", "lead_one",
    "skills_top", "skills_rated", "skills_top_pair", "skills_rated_pair", "shared",
    "salary_compare", "average_compare", "hourly_compare", "range_both", "growth_compare",
    "jobs_compare", "openings_compare", "attribute_same", "attribute_differ",
    "degree_differ_shares", "degree_one_share", "training_one", "training_both",
    "median_age_one", "gender_one",
)  # fmt: skip


def test_every_macro_of_every_template_is_rendered_and_keeps_every_guarantee() -> None:
    assert check_templates() == []  # its time is measured by bench/bench_check.py --templates


def test_the_corpus_reaches_every_message_kind_in_every_variant() -> None:
    seen: set[tuple[str, int]] = set()
    for index, _, _, article in render_every_variant():
        seen.update((sentence.kind, index) for sentence in article.sentences())
    kinds = {sentence_kind for sentence_kind, _ in seen}
    wanted = {re.sub(r"_v\d+$", "", name) for _, name in _macros()}
    headings = {kind for kind in wanted if kind.endswith("heading")} | {"title", "source", "years"}
    assert wanted - headings - kinds == UNREACHABLE
    for _, name in _macros():  # each numbered variant was forced at least once
        match = re.fullmatch(r"(\w+)_v(\d+)", name)
        if match and match[1] in kinds:
            assert (match[1], int(match[2]) - 1) in seen, name


@pytest.mark.parametrize("kind", FREQUENT)
def test_every_frequent_kind_has_at_least_eight_phrasings(kind: str) -> None:
    files = {template for template, name in _macros() if re.fullmatch(rf"{kind}(_v\d+)?", name)}
    for template in files:  # each file phrasing the kind ("lead": salary, education, ...)
        names = {name for t, name in _macros() if t == template}
        count = len({n for n in names if re.fullmatch(rf"{kind}(_v\d+)?", n)})
        if kind == "lead_one" and template == "salary":
            continue  # the salary table's own one-sided lead: rare (one side without pay)
        assert count >= 8, (template, kind, count)
    assert files, kind


def test_the_corpus_is_valid_records() -> None:
    from careerprose import Occupation

    for a, b in corpus():
        for record in (a, b):
            assert Occupation.from_dict(record.to_dict()) == record


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_broken_template_is_caught(case: str) -> None:
    problems = [str(problem) for problem in check_templates(BROKEN / case)]
    assert any(EXPECTED[case] in problem for problem in problems), problems[:5]


def test_the_broken_folder_has_a_test_for_each_case() -> None:
    assert {path.name for path in BROKEN.iterdir() if path.is_dir()} == set(EXPECTED)
