"""compare(): what an article says, and does not say, for every shape of data."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import careerprose
import careerprose.facts
from careerprose import Article, Occupation, Style, Writer, compare
from careerprose.testing import pairs, styles
from careerprose.verify import FORBIDDEN, check_article

Pair = tuple[Occupation, Occupation]


def occ(title: str = "Collections Specialist", **fields: Any) -> Occupation:
    return Occupation.from_dict({"title": title, **fields})


NURSE = "Registered Nurse"
CLERK = "Billing Clerk"


def kinds(article: Article, section: str | None = None) -> list[str]:
    sections = article.sections if section is None else [article.section(section)]
    return [s.kind for sec in sections if sec is not None for s in sec.sentences()]


def section_of(article: Article, name: str) -> careerprose.Section:
    found = article.section(name)
    assert found is not None, name
    return found


def sentence(article: Article, kind: str) -> str:
    found = [s.text for s in article.sentences() if s.kind == kind]
    assert len(found) == 1, (kind, kinds(article))
    return found[0]


@pytest.fixture
def seed_pair(seed_pair_path: Path) -> list[Occupation]:
    return careerprose.load_records(seed_pair_path)


# --- the seed page ------------------------------------------------------------------------


def test_seed_pair_article_keeps_every_guarantee(seed_pair: list[Occupation]) -> None:
    a, b = seed_pair
    for seed in range(20):
        assert check_article(compare(a, b, seed=seed), a, b) == []
        assert check_article(compare(b, a, seed=seed), b, a) == []


def test_seed_pair_states_the_seed_pages_salary_sentence(seed_pair: list[Occupation]) -> None:
    # one phrasing of many (the pay sentence alone, after the shared time, is one structure)
    found = {
        s.text
        for seed in range(100)
        for s in compare(*seed_pair, seed=seed).sentences()
        if s.kind == "salary_compare"
    }
    # the seed page's sentence, with the later mention the opening sentence allows
    assert (
        "Additionally, a senior representative has an average salary of $57,603,"
        " which is higher than"
        " the $35,164 average annual salary of a collections specialist." in found
    )


def test_title_and_section_order(seed_pair: list[Occupation]) -> None:
    article = compare(*seed_pair)
    assert article.title == "Senior patient account representative vs collections specialist"
    # every section of the seed page; no closing, since one side leads on everything that
    # differs (more pay and more jobs): there is no trade-off to draw
    assert [s.name for s in article.sections] == [
        name for name in careerprose.SECTIONS if name != "closing"
    ]
    overview = article.section("overview")
    assert overview is not None
    assert overview.heading == (
        "Senior patient account representative vs collections specialist overview"
    )


def test_overview_table_rows_and_placeholders(seed_pair: list[Occupation]) -> None:
    table = next(
        b
        for b in section_of(compare(*seed_pair), "overview").blocks
        if isinstance(b, careerprose.article.Table)
    )
    assert table.header == ("Senior Patient Account Representative", "Collections Specialist")
    rows = {row.label: (row.a, row.b) for row in table.rows}
    assert rows == {
        "Average salary": ("$57,603", "$35,164"),
        "Hourly rate": ("$27.69", "$16.91"),
        "Growth rate": ("-8%", "-8%"),
        "Number of jobs": ("126,399", "40,277"),
        "Most common degree": ("Bachelor's Degree, 36%", "Bachelor's Degree, 34%"),
        "Average age": ("46", "46"),
        "Years of experience": ("12", "12"),
    }  # job satisfaction is missing on both sides: no row


def test_salary_table_shows_placeholder_for_one_sided_cells(seed_pair: list[Occupation]) -> None:
    article = compare(*seed_pair, style=Style(placeholder="n/a"))
    table = next(
        b for b in section_of(article, "salary").blocks if isinstance(b, careerprose.article.Table)
    )
    rows = {row.label: (row.a, row.b) for row in table.rows}
    assert rows["Highest paying city"] == ("n/a", "Boston, MA")
    assert rows["Salary range"] == ("$32,000-$101,000", "$27,000-$45,000")


# --- missing data: both, only A, only B, neither ----------------------------------------

FIELDS = {
    "salary.average": ({"salary": {"average": 57603}}, {"salary": {"average": 35164}}),
    "salary.hourly": ({"salary": {"hourly": 27.69}}, {"salary": {"hourly": 16.91}}),
    "growth_rate": ({"growth_rate": -8}, {"growth_rate": 5}),
    "jobs": ({"jobs": 126399}, {"jobs": 40277}),
    "job_satisfaction": ({"job_satisfaction": 4.2}, {"job_satisfaction": 3.1}),
    "experience_years": ({"experience_years": 12}, {"experience_years": 4}),
    "demographics.average_age": (
        {"demographics": {"average_age": 49}},
        {"demographics": {"average_age": 41}},
    ),
    "demographics.lgbt_share": (
        {"demographics": {"lgbt_share": 8}},
        {"demographics": {"lgbt_share": 5}},
    ),
    "time_to_become": (
        {"time_to_become": {"min_months": 6, "max_months": 12}},
        {"time_to_become": {"min_months": 24, "max_months": 48}},
    ),
}


def facts_for(article: Article, field: str) -> list[careerprose.Fact]:
    return [f for s in article.sentences() for f in s.facts if f.field == field]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("known", ["both", "a", "b", "neither"])
def test_each_fact_for_each_missing_data_combination(field: str, known: str) -> None:
    data_a, data_b = FIELDS[field]
    assert isinstance(data_a, dict)
    assert isinstance(data_b, dict)
    a = occ(NURSE, **(data_a if known in ("both", "a") else {}))
    b = occ(CLERK, **(data_b if known in ("both", "b") else {}))
    article = compare(a, b)
    assert check_article(article, a, b) == []
    facts = facts_for(article, field)
    rows = [
        row.fact
        for sec in article.sections
        for block in sec.blocks
        if isinstance(block, careerprose.article.Table)
        for row in block.rows
        if row.fact is not None and row.fact.field == field
    ]
    if known == "neither":
        assert facts == []
        assert rows == []
        return
    assert facts, kinds(article)
    for fact in facts:
        if known == "both":
            assert fact.a is not None
            assert fact.b is not None
        else:  # never compared, never invented
            assert fact.relation is None
            assert (fact.a is None) == (known == "b")
            assert (fact.b is None) == (known == "a")


def test_record_with_only_titles_has_a_title_and_nothing_else() -> None:
    article = compare(occ(NURSE), occ(CLERK))
    assert article.title == "Registered nurse vs billing clerk"
    assert article.sections == ()
    assert article.render("text") == "Registered nurse vs billing clerk\n"


def test_section_with_nothing_to_say_disappears_with_its_heading() -> None:
    article = compare(occ(NURSE, jobs=10), occ(CLERK, jobs=20))
    # the intro leads with the one difference; no closing, as there is no trade-off
    assert [s.name for s in article.sections] == ["intro", "overview"]
    assert "demographics" not in article.render("markdown")


# --- relations ----------------------------------------------------------------------------


def test_tie_reads_both() -> None:
    article = compare(occ(NURSE, growth_rate=-8), occ(CLERK, growth_rate=-8), seed=0)
    text = sentence(article, "growth_equal")
    assert "-8%" in text
    assert ("Both jobs" in text) or ("share the same growth rate" in text)
    assert facts_for(article, "growth_rate")[0].relation == "equal"


def test_values_that_display_the_same_are_equal() -> None:
    a, b = occ(NURSE, salary={"average": 57603.2}), occ(CLERK, salary={"average": 57602.9})
    article = compare(a, b)
    assert facts_for(article, "salary.average")[0].relation == "equal"
    assert "higher" not in article.render("text")


def test_near_tie_reads_about_the_same() -> None:
    a, b = occ(NURSE, salary={"average": 57603}), occ(CLERK, salary={"average": 57500})
    article = compare(a, b)
    # stated once, in the intro (the salary section does not say it again)
    assert [f.relation for f in facts_for(article, "salary.average")] == ["similar"]
    assert check_article(article, a, b) == []


def test_negative_growth_compared_in_points() -> None:
    a, b = occ(NURSE, growth_rate=-8), occ(CLERK, growth_rate=4)
    fact = facts_for(compare(a, b), "growth_rate")[0]
    assert (fact.relation, fact.difference_text) == ("lower", "12 percentage points lower")


def test_magnitudes_are_stated_with_their_facts(seed_pair: list[Occupation]) -> None:
    fact = facts_for(compare(*seed_pair), "jobs")[0]
    assert fact.relation == "higher"
    assert fact.ratio_text is not None
    assert "about 3.1 times as many" in fact.ratio_text


def test_swapping_occupations_mirrors_every_relation(seed_pair: list[Occupation]) -> None:
    a, b = seed_pair
    flip = {"higher": "lower", "lower": "higher", "equal": "equal", "similar": "similar"}
    forward = {(f.field, f.relation) for s in compare(a, b).sentences() for f in s.facts}
    backward = {(f.field, f.relation) for s in compare(b, a).sentences() for f in s.facts}
    assert {(field, flip.get(r, r) if r else r) for field, r in forward} == backward


def test_top_coded_wage_reads_or_more_and_is_not_ranked_against_higher() -> None:
    a = occ("Surgeon", salary={"average": 239200, "top_coded": ["average"]})
    b = occ("Anesthesiologist", salary={"average": 250000})
    article = compare(a, b)
    assert "$239,200 or more" in article.render("text")
    assert {f.relation for f in facts_for(article, "salary.average")} == {None}
    assert check_article(article, a, b) == []
    lower = occ("Nurse", salary={"average": 100000})
    assert facts_for(compare(a, lower), "salary.average")[0].relation == "higher"


# --- skills -------------------------------------------------------------------------------


def test_single_skill_and_no_skill_records() -> None:
    a = occ(NURSE, skills=[{"name": "Patients", "share": 20}])
    b = occ(CLERK)
    article = compare(a, b)
    assert check_article(article, a, b) == []
    top = sentence(article, "skills_top")
    assert "patients" in top
    assert "skills" not in kinds(article)
    assert "shared" not in kinds(article)
    skills = article.section("skills")
    assert skills is not None
    assert [b.text for b in skills.blocks if isinstance(b, careerprose.article.Heading)] == [
        "Common registered nurse skills"
    ]


def test_shared_skills_are_named_and_compared(seed_pair: list[Occupation]) -> None:
    article = compare(*seed_pair)
    assert "patients" in sentence(article, "shared")
    share = facts_for(article, "skills.Patients")[0]
    assert (share.a_text, share.b_text, share.relation) == ("20%", "8%", "higher")


def test_no_shared_skills_is_said_only_when_both_have_skills() -> None:
    a = occ(NURSE, skills=["Patients"])
    b = occ(CLERK, skills=["Billing"])
    assert "none_shared" in kinds(compare(a, b))
    assert "none_shared" not in kinds(compare(a, occ(CLERK)))


# --- style, determinism, variety ------------------------------------------------------------


def test_same_seed_same_bytes_and_different_seeds_vary(seed_pair: list[Occupation]) -> None:
    a, b = seed_pair
    formats = ("text", "markdown", "html", "json")
    first = {fmt: Writer(seed=7).compare(a, b).render(fmt) for fmt in formats}
    again = {fmt: Writer(seed=7).compare(a, b).render(fmt) for fmt in formats}
    assert first == again
    assert len({compare(a, b, seed=seed).render("text") for seed in range(10)}) >= 5


def test_different_pairs_read_differently() -> None:
    titles = ["Nurse", "Clerk", "Teacher", "Plumber", "Chef", "Pilot"]
    intros = {
        compare(occ(x, jobs=10), occ(y, jobs=20)).sentences().__next__().text.split(" ")[0]
        for x in titles
        for y in titles
        if x != y
    }
    assert len(intros) >= 2


def test_consecutive_sentences_open_differently(seed_pair: list[Occupation]) -> None:
    for seed in range(30):
        for section in compare(*seed_pair, seed=seed).sections:
            for block in section.blocks:
                words = [
                    s.text.split(" ")[0].lower()
                    for s in getattr(block, "sentences", ())
                    if s.kind not in ("description",)
                ]
                assert all(x != y for x, y in itertools.pairwise(words)), words


def test_style_sections_choose_and_order(seed_pair: list[Occupation]) -> None:
    article = compare(*seed_pair, style=Style(sections=("skills", "salary")))
    assert [s.name for s in article.sections] == ["skills", "salary"]


def test_serial_comma_style(seed_pair: list[Occupation]) -> None:
    plain = {s.text for seed in range(10) for s in compare(*seed_pair, seed=seed).sentences()}
    oxford = {
        s.text
        for seed in range(10)
        for s in compare(*seed_pair, seed=seed, style=Style(serial_comma=True)).sentences()
    }
    assert any("patients, CPT and data entry" in t for t in plain)
    assert any("patients, CPT, and data entry" in t for t in oxford)


def test_source_line_is_configurable() -> None:
    a, b = (
        occ(NURSE, jobs=1, source="BLS OEWS May 2025"),
        occ(CLERK, jobs=2, source="BLS OEWS May 2025"),
    )
    assert compare(a, b).source == "Source: BLS OEWS May 2025."
    assert compare(a, b, style=Style(source_line=False)).source is None
    c = occ(CLERK, jobs=2, source="Our survey")
    assert compare(a, c).source == (
        "Sources: BLS OEWS May 2025, for registered nurses only; Our survey, for billing clerks"
        " only."
    )
    d = occ(CLERK, jobs=2, source="bls oews may 2025; BLS CPS (2025; annual)")
    assert compare(a, d).source == (
        "Sources: BLS OEWS May 2025; BLS CPS (2025; annual), for billing clerks only."
    )


# --- data is data -------------------------------------------------------------------------


def test_template_syntax_in_records_prints_literally() -> None:
    a = occ("{{ 7*7 }} Manager", jobs=1, description="Uses {% raw %} and {{ x }} daily.")
    b = occ("Clerk", jobs=2)
    article = compare(a, b)
    text = article.render("text")
    assert "{{ 7*7 }} manager" in text.lower()
    assert "49" not in text
    # the subject-less description is told in the third person, its text kept literally
    assert "use {% raw %} and {{ x }} daily." in text


def test_html_output_escapes_data() -> None:
    a = occ("<script>alert(1)</script> Engineer", jobs=1, description="Fish & <b>chips</b>.")
    b = occ("Clerk", jobs=2)
    html = compare(a, b).render("html")
    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;" in html
    assert "Fish &amp; &lt;b&gt;chips&lt;/b&gt;." in html


def test_markdown_output_escapes_data() -> None:
    a = occ(
        "Clerk",
        jobs=1,
        salary={"highest_paying_city": "A | B"},
        skills=[{"name": "*bold*", "share": 5}],
    )
    markdown = compare(a, occ("Nurse", jobs=2)).render("markdown")
    assert "A \\| B" in markdown
    assert "\\*bold\\*" in markdown


def test_compare_accepts_dicts_and_dataset_names() -> None:
    article = compare({"title": "Collections Specialist", "jobs": 5}, "43-3021")
    assert article.title == "Collections specialist vs billing and posting clerk"


def test_json_output_keeps_structure_and_facts(seed_pair: list[Occupation]) -> None:
    data = json.loads(compare(*seed_pair).render("json"))
    assert data["title"] == "Senior patient account representative vs collections specialist"
    intro = data["sections"][0]
    facts = [f for block in intro["blocks"] for s in block.get("sentences", []) for f in s["facts"]]
    salary = next(f for f in facts if f["field"] == "salary.average")
    assert (salary["a"], salary["b"], salary["relation"]) == (57603, 35164, "higher")


# --- properties ---------------------------------------------------------------------------


@given(pairs(), st.integers(0, 5))
def test_generated_articles_keep_every_guarantee(pair: Pair, seed: int) -> None:
    a, b = pair
    assert check_article(compare(a, b, seed=seed), a, b) == []


@settings(max_examples=40)
@given(pairs(), styles())
def test_generated_articles_keep_every_guarantee_in_every_style(pair: Pair, style: Style) -> None:
    a, b = pair
    assert check_article(compare(a, b, style=style), a, b) == []


@given(pairs())
def test_generated_articles_mirror_when_swapped(pair: Pair) -> None:
    """B vs A states each quantity's relation mirrored; any other fact both articles state
    (a shared skill's share) is mirrored too. Which shared skill is compared follows the first
    occupation's order, so that choice may differ."""
    a, b = pair
    flip = {"higher": "lower", "lower": "higher"}

    def relations(article: Article) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for s in article.sentences():
            for f in s.facts:
                if f.relation:
                    found.setdefault(f.field, set()).add(f.relation)
        return found

    forward, backward = relations(compare(a, b)), relations(compare(b, a))
    quantities = set(careerprose.facts.QUANTITIES)
    assert set(forward) & quantities == set(backward) & quantities
    for field in set(forward) & set(backward):
        assert {flip.get(r, r) for r in forward[field]} == backward[field], field


#: What our HTML renderer writes; any other tag came from data and was not escaped.
HTML_TAGS = {"article", "section", "h1", "h2", "h3", "p", "small", "table", "thead", "tbody",
             "tr", "th", "td", "ul", "li"}  # fmt: skip
#: Problems that text printed as written can cause on its own ("x," + ", 20%"; a first letter
#: with no capital): any other problem is ours, whatever the data.
DATA_SHAPED = (
    "doubled punctuation",
    "does not start with a capital letter",
)


#: A stored failure: the industry "AA" (data, printed as written) was read as the plural
#: title "Aa" miscased.
DATA_SPELLED_LIKE_A_TITLE = (
    Occupation.from_dict({"title": "Specialist", "plural": "Aa",
                          "salary": {"best_paying_industry": "AA"}}),
    Occupation.from_dict({"title": "Clerk", "salary": {"best_paying_industry": "Retail"}}),
)  # fmt: skip


@given(pairs(realistic=False))
@example(DATA_SPELLED_LIKE_A_TITLE)
def test_any_valid_records_keep_every_guarantee_data_cannot_break(pair: Pair) -> None:
    a, b = pair
    article = compare(a, b)
    assert json.loads(article.render("json")) == json.loads(json.dumps(article.to_dict()))
    html = article.render("html")
    assert set(re.findall(r"</?([a-zA-Z][\w-]*)", html)) <= HTML_TAGS
    markdown = article.render("markdown")
    assert markdown.startswith("# ")
    assert markdown.count("\n# ") == 0  # data never starts a second top-level heading
    data = json.dumps([a.to_dict(), b.to_dict()], ensure_ascii=False)
    shaped = list(DATA_SHAPED)
    for label, pattern in FORBIDDEN.items():
        if pattern.search(data) or pattern.search(data.lower()):  # "None", "INF", "{{" ...
            shaped.append(f"output has {label}")
    ours = [p for p in check_article(article, a, b) if not any(m in p for m in shaped)]
    assert ours == []


def _fingerprint(pairs_json: str, seeds: range) -> str:
    """JSON of articles for the records in ``pairs_json`` under each seed, from a fresh Writer."""
    pairs_ = [[Occupation.from_dict(d) for d in pair] for pair in json.loads(pairs_json)]
    return json.dumps(
        [Writer(seed=seed).compare(a, b).to_dict() for seed in seeds for a, b in pairs_]
    )


def test_same_seed_same_bytes_across_processes_and_hash_seeds(
    seed_pair: list[Occupation],
) -> None:
    """Determinism that a cache cannot fake: other processes, other string-hash seeds."""
    names = [("Registered Nurses", "Dental Hygienists"), ("Cooks, Restaurant", "Bakers")]
    records = [[o.to_dict() for o in seed_pair]] + [
        [careerprose.datasets.get(name).to_dict() for name in pair] for pair in names
    ]
    pairs_json = json.dumps(records)
    here = _fingerprint(pairs_json, range(4))
    script = (
        "import sys, test_compare; "
        "sys.stdout.write(test_compare._fingerprint(sys.stdin.read(), range(4)))"
    )
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent),
                                                          env.get("PYTHONPATH")]))  # fmt: skip
        result = subprocess.run(
            [sys.executable, "-c", script], input=pairs_json, capture_output=True, text=True,
            env=env, check=True, timeout=120,
        )  # fmt: skip
        assert result.stdout == here, f"PYTHONHASHSEED={hash_seed} wrote other bytes"


@given(pairs(), st.integers(0, 3), styles())
def test_same_seed_same_bytes_from_fresh_and_used_writers(
    pair: Pair, seed: int, style: Style
) -> None:
    """An article depends on its pair, seed and style only: not on what the writer wrote before."""
    a, b = pair
    writer = Writer(seed=seed, style=style)
    first = writer.compare(a, b).render("json")
    writer.compare(b, a)  # anything a writer keeps between articles must not leak
    assert writer.compare(a, b).render("json") == first
    assert Writer(seed=seed, style=style).compare(a, b).render("json") == first
