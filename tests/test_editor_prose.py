"""Prose an editor would publish: each class of defect found by reading articles, in every
output format (issue 10's leftovers)."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import careerprose
from article_text import FORMATS, prose
from careerprose import datasets
from careerprose.article import Paragraph, Table
from careerprose.english import presupposes_context
from careerprose.english.quantities import Relation
from careerprose.facts import time_relation


def _builtin(a: str, b: str, fmt: str, seed: int = 0) -> str:
    return prose(careerprose.compare(datasets.get(a), datasets.get(b), seed=seed), fmt)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _reads(text: str, *, never: list[str], always: str) -> None:
    """``text`` matches none of the patterns ``never`` and matches ``always``."""
    assert not [pattern for pattern in never if re.search(pattern, text)], text[:400]
    assert re.search(always, text), text[:400]


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
        # the skill is an object: "Among X, 20% name patients as a skill, …", "The share
        # listing patients is …", "Among X, 20% list patients, against …"
        assert re.search(
            r"(?:Among patient account representatives, 20% (?:name|list) patients"
            r"|The share listing patients is 20% among patient account representatives"
            r"|The same share of each, 20%, lists patients"
            r"|About the same share of each lists patients)",
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
        r"BLS Current Population Survey 2025, for producers and directors only\.",
        text,
    )
    same = _flat(_builtin("Registered Nurses", "Dental Hygienists", fmt))
    assert same.count("BLS Occupational Employment and Wage Statistics, May 2025") == 1
    assert " only)" not in same


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_intro_states_identical_top_skill_lists_once(fmt: str) -> None:
    a, b = "Industrial Engineering Technologists and Technicians", "Nurse Practitioners"
    top = "reading comprehension, active listening and critical thinking"
    for seed in range(4):
        text = _flat(_builtin(a, b, fmt, seed))
        intro = re.split(r"Industrial engineering technologist or technician vs", text)[1]
        assert intro.lower().count(top) == 1, intro
        assert re.search(r"the same for both industrial engineering \w+ and nurse practitioners",
                         intro)  # fmt: skip
    # the same skills with shares: one list; in another order, two (each states its ranking)
    x = _with_skills("Billing Clerk", ("Patients", 20), ("CPT", 9), ("Data Entry", 8))
    y = _with_skills("Coder", ("Patients", 30), ("CPT", 12), ("Data Entry", 8))
    text = _flat(prose(careerprose.compare(x, y), fmt))
    assert (
        "The top three skills are the same for both billing clerks and coders: patients, CPT"
        " and data entry." in text
    )
    z = _with_skills("Coder", ("CPT", 30), ("Patients", 12), ("Data Entry", 8))
    assert "the same for" not in _flat(prose(careerprose.compare(x, z), fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_titles_with_their_own_and_stay_apart_before_and_after_the_verb(fmt: str) -> None:
    """Never "miscellaneous construction and related workers and patrol officers typically
    get …", nor the run-on "… related workers as well as patrol officers most often …"."""
    a, b = "Miscellaneous Construction and Related Workers", "Police and Sheriff's Patrol Officers"
    for seed in range(4):
        for first, second in ((a, b), (b, a)):
            text = _flat(_builtin(first, second, fmt, seed)).lower()
            assert not re.search(r"related workers (?:and|as well as) (?:police|patrol)", text)
            assert not re.search(r"patrol officers (?:and|as well as) misc", text)
            assert not re.search(r"\bboth miscellaneous construction and related workers and", text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_onet_education_is_what_the_job_requires_not_what_workers_hold(
    fmt: str, seed_pair_path: Path
) -> None:
    """O*NET's "degree" is the level workers say the job requires: never "most often hold"."""
    pairs = [
        ("Registered Nurses", "Dental Hygienists"),
        ("Court, Municipal, and License Clerks", "Procurement Clerks"),
        ("Actors", "Producers and Directors"),
        ("Dishwashers", "Sailors and Marine Oilers"),
    ]
    for a, b in pairs:
        for seed in range(4):
            _reads(
                _flat(_builtin(a, b, fmt, seed)),
                never=[r"\bhold(?: one)?\b[^.]*\b(?:degree|diploma|certificate)",
                       r"(?:degree|diploma|certificate)[^.]*\bhold one\b",
                       r"\bheld by \d+% of them"],
                always=r"education their job requires|named? as required"
                r"|say (?:the|their) job requires|the most common answer",
            )  # fmt: skip
            rendered = careerprose.compare(datasets.get(a), datasets.get(b), seed=seed).render(fmt)
            assert "Most common required education" in rendered  # the table row says so too
            assert "Most common degree" not in rendered
    # a record's own degree figures (workers holding it) still read "hold"
    seed_pair = careerprose.load_records(seed_pair_path)
    text = _flat(prose(careerprose.compare(*seed_pair), fmt))
    assert re.search(r"hold one|most often hold|\bhold a bachelor's degree", text)
    assert "Most common degree" in careerprose.compare(*seed_pair).render(fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_or_post_modified_title_is_never_a_heading_s_modifier(fmt: str) -> None:
    """Never "… construction trades and extraction workers salary": "Salary of …" instead."""
    sections = r"(?:overview|salary|education|demographics|skills|responsibilities)"
    pairs = [
        ("First-Line Supervisors of Construction Trades and Extraction Workers", "Carpenters"),
        ("Registered Nurses", "Licensed Practical and Licensed Vocational Nurses"),
    ]
    for a, b in pairs:
        text = _builtin(a, b, fmt)
        long_end = r"(?:extraction workers?|vocational nurses?) "
        assert not re.search(long_end + sections + r"\b", text, re.IGNORECASE)
    text = _flat(_builtin(*pairs[0], fmt))
    assert (
        "Salary of first-line supervisors of construction trades and extraction workers vs "
        "carpenters" in text
    )
    # the two sides' list headings take one form: noun first for both when either needs it
    assert "Example responsibilities of carpenters" in text
    assert "Carpenter example responsibilities" not in text
    short = _flat(_builtin("Registered Nurses", "Dental Hygienists", fmt))
    assert "Registered nurse vs dental hygienist salary" in short
    assert "Registered nurse example responsibilities" in short  # a short title stands first


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_seed_pair_s_later_mentions_are_light(fmt: str, seed_pair_path: Path) -> None:
    """ "Senior patient account representatives" in full once per section, not every time."""
    for seed in range(4):
        article = careerprose.compare(*careerprose.load_records(seed_pair_path), seed=seed)
        text = _flat(prose(article, fmt)).lower()
        assert "senior representatives" in text
        assert "senior patient account representatives" in text  # first mentions stay full
        sentences = [s.text.lower() for s in article.sentences() if s.kind != "responsibility"]
        full = sum(s.count("senior patient account representative") for s in sentences)
        short = sum(s.count("senior representative") for s in sentences)
        assert short > full, (full, short)


@pytest.mark.parametrize("fmt", FORMATS)
def test_equal_open_ended_ranges_are_stated_as_equal(fmt: str) -> None:
    """Both "up to one month": never "X get up to one month, and Y up to one month"."""
    a, b = datasets.get("Helpers--Roofers"), datasets.get("Motion Picture Projectionists")
    for seed in range(4):
        article = careerprose.compare(a, b, seed=seed)
        text = _flat(prose(article, fmt))
        assert "projectionists up to one month" not in text
        (sentence,) = (
            s for s in article.sentences() if any(f.field == "time_to_become" for f in s.facts)
        )
        assert {f.relation for f in sentence.facts if f.field == "time_to_become"} == {"equal"}
        assert sentence.text.count("up to one month") == 1
        assert _flat(sentence.text) in text
    # an open range is ordered against another when their known ends allow it
    assert time_relation((None, 1), (12, None)) is Relation.LOWER


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_source_line_never_nests_brackets(fmt: str) -> None:
    text = _flat(_builtin("Petroleum Pump System Operators, Refinery Operators, and Gaugers",
                          "Motor Vehicle Operators, All Other", fmt))  # fmt: skip
    source = text[text.index("Sources:") :]
    assert "BLS Current Population Survey 2025, for motor vehicle operators (all other) only" in (
        source
    )
    assert not re.search(r"\([^()]*\([^()]*\)[^()]*\)", source)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_much_smaller_figure_is_never_100_percent_fewer(fmt: str) -> None:
    """3,510 jobs against 817,870 is 99.6% fewer: "100% fewer" would mean none."""
    a, b = "Gas Compressor and Gas Pumping Station Operators", "Medical Assistants"
    for seed in range(6):
        _reads(_flat(_builtin(a, b, fmt, seed)), never=[r"100% (?:fewer|less|lower)"], always=".")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_large_gap_in_jobs_reads_as_a_ratio(fmt: str) -> None:
    """192,260 jobs against 8,900: "nearly 22 times as many as", never "hold 192,260 jobs,
    183,360 more than" (the overview alone, so its jobs sentence is written)."""
    a, b = (
        datasets.get("Office and Administrative Support Workers, All Other"),
        datasets.get("Lighting Technicians"),
    )
    style = careerprose.Style(sections=("overview",))
    texts = [_flat(prose(careerprose.compare(a, b, seed=s, style=style), fmt)) for s in range(8)]
    assert not [text for text in texts if "hold 192,260 jobs, 183,360 more" in text]
    assert [text for text in texts if "nearly 22 times as many as the 8,900" in text]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_figure_never_stands_in_brackets_after_a_bracketed_title(fmt: str) -> None:
    """Never "woodworkers (all other) (-4.4%)"."""
    a, b = "Woodworkers, All Other", "Healthcare Diagnosing or Treating Practitioners, All Other"
    for seed in range(4):
        for first, second in ((a, b), (b, a)):
            text = _flat(_builtin(first, second, fmt, seed))
            assert not re.search(r"\(all other\) \(", text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_hourly_only_wage_is_not_ranked_against_one_with_annual_pay(fmt: str) -> None:
    """Actors have only an hourly wage in BLS data: never "higher than the $54.47 producers and
    directors earn"."""
    for seed in range(4):
        for a, b in (("Actors", "Producers and Directors"), ("Producers and Directors", "Actors")):
            _reads(
                _flat(_builtin(a, b, fmt, seed)),
                never=[r"\$58\.29[^.]*(?:higher|more|lower|less) than", r"\$3\.82 (?:more|less)"],
                always=r"Only an hourly figure is given for actors, \$58\.29 on average|"
                r"By the hour, actors earn \$58\.29 on average, with no annual",
            )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("a", "b", "sub_job"),
    [
        ("Bus Drivers, School", "Registered Nurses", r"(?<!school )\bbus drivers\b"),
        ("Petroleum Pump System Operators, Refinery Operators, and Gaugers",
         "Chemical Plant and System Operators", r"(?<!, )\brefinery operators\b"),
        ("Substance Abuse, Behavioral Disorder, and Mental Health Counselors", "Psychiatrists",
         r"(?<!and )\bmental health counselors\b"),
    ],
    ids=["bus drivers", "refinery operators", "mental health counselors"],
)  # fmt: skip
def test_a_later_mention_names_neither_a_sub_job_nor_another_occupation(
    fmt: str, a: str, b: str, sub_job: str
) -> None:
    """School bus drivers are never "bus drivers" (transit and intercity bus drivers are
    another occupation); a coordinated title is never shortened to one of its later members."""
    for seed in range(3):
        text = _flat(_builtin(a, b, fmt, seed))
        assert not re.search(sub_job, text, re.IGNORECASE), (seed, text[:600])


def _counts(
    title_a: str, jobs_a: int, title_b: str, jobs_b: int
) -> tuple[careerprose.Occupation, careerprose.Occupation]:
    return (
        careerprose.Occupation.from_dict({"title": title_a, "jobs": jobs_a, "growth_rate": 4}),
        careerprose.Occupation.from_dict({"title": title_b, "jobs": jobs_b, "growth_rate": 4}),
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("jobs_a", "jobs_b", "said", "never"),
    [
        (1_200_000, 1_200_000, "the same number of jobs, 1.2 million.", "jobs, 1,200,000"),
        (3_500_000, 1_200_000, "2.9 times as many jobs", "2,300,000"),
        # a count millions cannot state exactly keeps its figure: no rounding in prose
        (1_656_880, 1_656_880, "the same number of jobs, 1,656,880.", "1.66 million"),
    ],
    ids=["equal", "ratio", "not round"],
)
def test_a_large_round_count_reads_in_millions_in_prose_only(
    fmt: str, jobs_a: int, jobs_b: int, said: str, never: str
) -> None:
    """ "1,200,000" in a sentence reads "1.2 million", as an editor writes it; the table keeps
    the figure; the checker reads "1.2 million" as 1,200,000 and finds nothing wrong."""
    a, b = _counts("Nurse Aide", jobs_a, "Home Health Aide", jobs_b)
    for seed in range(3):
        article = careerprose.compare(a, b, seed=seed)
        assert careerprose.check_article(article, a, b) == []
        text = _flat(prose(article, fmt))
        assert said in text
        assert never not in text
    cells = [
        row.a
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Table)
        for row in block.rows
    ]
    assert format(jobs_a, ",") in cells  # the table keeps the full figure


def _degree(title: str, degree: str, share: float, source: str) -> careerprose.Occupation:
    return careerprose.Occupation.from_dict(
        {
            "title": title,
            "education": {"degree": degree, "degree_share": share},
            "source": source,
        }
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("share", [True, False], ids=["shares", "no shares"])
@pytest.mark.parametrize("onet_first", [True, False], ids=["O*NET first", "O*NET second"])
def test_mixed_degree_sources_word_each_side_by_its_own_source(
    fmt: str, share: bool, onet_first: bool
) -> None:
    """O*NET's figure is what workers say the job requires; a record's own survey counts the
    degree workers hold. Beside each other, each side keeps its own wording."""
    onet = _degree("Registered Nurse", "Bachelor's Degree", 52, "O*NET 29.0")
    own = _degree("Nurse Practitioner", "Master's Degree", 70, "Our survey 2025")
    if not share:
        onet = attrs.evolve(onet, education=attrs.evolve(onet.education, degree_share=None))
        own = attrs.evolve(own, education=attrs.evolve(own.education, degree_share=None))
    a, b = (onet, own) if onet_first else (own, onet)
    for seed in range(6):
        article = careerprose.compare(a, b, seed=seed)
        assert careerprose.check_article(article, a, b) == []
        text = _flat(prose(article, fmt))
        # the nurse practitioners hold their degree; the nurses say the job requires theirs
        held = r"nurse practitioners(?:,| most often)? (?:70% )?hold a master's degree"
        required = (
            r"registered nurses(?:,| most often)? (?:52% )?say the job requires a bachelor's"
            r"|registered nurses most often name a bachelor's"
        )
        assert re.search(held, text, re.IGNORECASE), text
        assert re.search(required, text, re.IGNORECASE), text
        assert not re.search(r"hold a bachelor's|(?:requires|name) a master's", text), text
        assert "Most common degree or required education" in article.render(fmt)


_LEANING = r"(?:As for|Additionally,|In addition,|Also,|On top of that,|However,|By contrast,)"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Museum Technicians and Conservators",
         "Precision Instrument and Equipment Repairers, All Other"),
        ("Mathematical Science Teachers, Postsecondary",
         "First-Line Supervisors of Correctional Officers"),
    ],
)  # fmt: skip
def test_a_sentence_leaning_on_an_earlier_one_never_opens_a_paragraph(
    fmt: str, a: str, b: str
) -> None:
    """ "As for employment, …" with nothing before it points at nothing."""
    for seed in range(6):
        article = careerprose.compare(datasets.get(a), datasets.get(b), seed=seed)
        for section in article.sections:
            for block in section.blocks:
                if isinstance(block, Paragraph) and block.sentences:
                    assert not presupposes_context(block.sentences[0].text), block.sentences[0]
        rendered = article.render(fmt)
        assert not re.search(rf"(?:\A|\n\n|<p>)\s*{_LEANING}", rendered), (seed, rendered)


_SPARSE_PAIRS = {
    "descriptions only": (
        {"title": "UX Researcher", "description": "Plan and run user studies."},
        {"title": "Product Designer", "description": "Product designers shape how software looks."},
    ),
    "equal figures": (
        {"title": "Nurse Aide", "growth_rate": 4, "jobs": 1_200_000},
        {"title": "Home Health Aide", "growth_rate": 4, "jobs": 1_200_000},
    ),
    "one side's skills": (
        {"title": "Bartender", "description": "Mix and serve drinks.",
         "skills": [{"name": "Customer Service", "share": 40}]},
        {"title": "Barback", "description": "Barbacks restock bars."},
    ),
}  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("records", _SPARSE_PAIRS.values(), ids=list(_SPARSE_PAIRS))
def test_every_article_opens_with_a_sentence_naming_both_and_what_it_covers(
    fmt: str, records: tuple[dict[str, object], dict[str, object]]
) -> None:
    """Never a title followed straight by "What does a UX researcher do?": the intro names
    both occupations and only topics the page has (no "pay" without pay figures)."""
    a, b = (careerprose.Occupation.from_dict(record) for record in records)
    names = (a.title.lower() + "s", b.title.lower() + "s")
    for seed in range(8):
        article = careerprose.compare(a, b, seed=seed)
        assert careerprose.check_article(article, a, b) == []
        intro = article.sections[0]
        assert intro.name == "intro"
        first = next(block for block in intro.blocks if isinstance(block, Paragraph))
        opener = first.sentences[0].text.lower()
        assert all(name[:-1] in opener for name in names), opener
        assert not re.search(r"\bpay\b|\bfigures?\b|\bsalar", opener), opener
        text = _flat(prose(article, fmt))
        assert "different responsibilities and duties" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_large_jobs_gap_in_the_intro_is_a_ratio_when_the_other_side_frames_the_sentence(
    fmt: str,
) -> None:
    """ "Compared with cashiers, store managers … fill about 2.9 times as many jobs", not
    "2,300,000 more jobs": the frame names the other side, so the ratio needs no "as …"."""
    a, b = (
        careerprose.Occupation.from_dict(record)
        for record in (
            {"title": "Store Manager", "jobs": 3_500_000, "salary": {"average": 61000},
             "growth_rate": 2},
            {"title": "Cashier", "jobs": 1_200_000, "salary": {"average": 29000},
             "growth_rate": 1},
        )
    )  # fmt: skip
    framed = re.compile(r"^(?:Compared with|Relative to|Set against|In comparison with) cashiers,")
    ratios = 0
    for seed in range(40):
        article = careerprose.compare(a, b, seed=seed)
        assert careerprose.check_article(article, a, b) == []
        for sentence in article.sentences():
            if sentence.kind.startswith("gaps_") and framed.match(sentence.text):
                assert not re.search(r"more jobs|fewer jobs", sentence.text), sentence.text
                ratios += "2.9 times as many jobs" in sentence.text
        assert "2,300,000" not in _flat(prose(article, fmt))
    assert ratios


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pay_range_never_follows_against_or_compared_with(fmt: str) -> None:
    """Never "…, against between $49,090 and $103,720": the other side gets its own verb."""
    pairs = [
        ("Dietitians and Nutritionists", "Audio and Video Technicians"),
        ("Radiation Therapists", "Cleaners of Vehicles and Equipment"),
    ]
    for a, b in pairs:
        for seed in range(12):
            text = _flat(_builtin(a, b, fmt, seed))
            assert not re.search(r"\b(?:against|compared with|than) (?:between|from) \$", text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_aside_with_as_well_as_closes_before_the_verb(fmt: str) -> None:
    """ "Radiation therapists, as well as audio and video technicians, have …": the aside
    opened by a comma closes with one, in every sentence that goes on after it."""
    for seed in range(30):
        text = _flat(_builtin("Radiation Therapists", "Audio and Video Technicians", fmt, seed))
        assert not re.search(r", as well as audio and video technicians (?!,)[a-z]+ ", text), seed


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_large_gap_in_openings_reads_as_a_ratio(fmt: str) -> None:
    """66,200 openings against 6,200: "nearly 11 times as many", never "60,000 more than"."""
    a = datasets.get("Secondary School Teachers, Except Special and Career/Technical Education")
    b = datasets.get("Dietitians and Nutritionists")
    for seed in range(24):
        article = careerprose.compare(a, b, seed=seed)
        assert careerprose.check_article(article, a, b) == []
        for sentence in article.sentences():
            if sentence.kind.startswith("openings"):
                assert "60,000 more" not in sentence.text, sentence.text
        assert "60,000 more" not in _flat(prose(article, fmt))
