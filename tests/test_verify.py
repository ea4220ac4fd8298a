"""check_article knows who is who: every hole a QA engineer found (issue 13) is caught.

Each case builds the article a broken template would write, with the facts the writer
attaches, and expects the checker to name the problem; the sound version of the same article
passes, so the check cannot pass by rejecting everything.
"""

from __future__ import annotations

import attrs
import pytest

from careerprose import Occupation, check_article, compare
from careerprose.article import (
    Article,
    BulletList,
    Fact,
    Paragraph,
    Section,
    Sentence,
    Table,
    TableRow,
)

NURSE = Occupation.from_dict({"title": "Registered Nurses", "salary": {"average": 101420},
                              "jobs": 3379720})  # fmt: skip
CLERK = Occupation.from_dict({"title": "Billing Clerks", "salary": {"average": 67050},
                              "jobs": 222740})  # fmt: skip
PAY = Fact("salary.average", 101420, 67050, "$101,420", "$67,050", "higher", 34370,
           "$34,370 more", 1.51, "51% higher; about 1.5 times as much")  # fmt: skip
JOBS = Fact("jobs", 3379720, 222740, "3,379,720", "222,740", "higher", 3156980, "3,156,980 more",
            15.2, "1,417% more; about 15.2 times as many")  # fmt: skip


def article(*sentences: Sentence, a: Occupation = NURSE, b: Occupation = CLERK) -> Article:
    title = f"{a.title} vs {b.title}"
    return Article(title, (Section("salary", None, (Paragraph(sentences),)),))


def problems(*sentences: Sentence, a: Occupation = NURSE, b: Occupation = CLERK) -> list[str]:
    found = check_article(article(*sentences, a=a, b=b), a, b)
    return [p for p in found if "heading" not in p]  # the toy title is not what is tested


@pytest.mark.parametrize(
    ("sound", "broken", "rule"),
    [
        (
            "Nurses earn $101,420 a year on average, higher than the $67,050 that clerks make.",
            "Nurses earn $67,050 a year on average, higher than the $101,420 that clerks make.",
            "gives it to the other one",
        ),
        (
            "On pay, nurses make $34,370 more a year than clerks ($101,420 against $67,050).",
            "On pay, clerks make $34,370 more a year than nurses ($67,050 against $101,420).",
            "says 'more' of the second occupation",
        ),
        (
            "Clerks make $34,370 less a year than nurses.",
            "Clerks make $34,370 more a year than nurses.",
            "says 'more' of the second occupation",
        ),
        (
            "The average nurse salary of $101,420 is 51% higher than the $67,050 clerk average.",
            "The average clerk salary of $101,420 is 51% higher than the $67,050 nurse average.",
            "gives it to the other one",
        ),
    ],
    ids=["swapped values", "swapped subjects", "hard-coded more", "swapped possessors"],
)
def test_each_figure_sits_with_its_own_occupation(sound: str, broken: str, rule: str) -> None:
    assert problems(Sentence(sound, (PAY,))) == []
    found = problems(Sentence(broken, (PAY,)))
    assert any(rule in p for p in found), found


def test_a_ratio_is_said_of_the_occupation_it_belongs_to() -> None:
    sound = "Nurses hold about 15.2 times as many jobs as clerks: 3,379,720 against 222,740."
    broken = "Clerks hold about 15.2 times as many jobs as nurses: 222,740 against 3,379,720."
    assert problems(Sentence(sound, (JOBS,))) == []
    found = problems(Sentence(broken, (JOBS,)))
    assert any("the ratio 'about 15.2 times as many'" in p for p in found), found


def test_the_same_title_twice_is_not_judged_by_position() -> None:
    twin = attrs.evolve(CLERK, title="Registered Nurses")
    sentence = Sentence("Nurses earn $34,370 more a year than nurses.", (PAY,))
    assert not any("occupation" in p for p in problems(sentence, b=twin))


SKILLED = Occupation.from_dict({"title": "Billing Clerks", "skills": [
    {"name": "Data Entry", "share": 5}, {"name": "Filing", "share": 3},
    {"name": "Billing", "share": 40}, {"name": "Excel", "share": 30}, {"name": "CPT", "share": 25},
]})  # fmt: skip


def test_skills_in_input_order_called_the_most_important_fail() -> None:
    def top(names: tuple[str, ...]) -> Sentence:
        text = f"The most important skills for a billing clerk are {', '.join(names)}."
        return Sentence(text, (Fact("skills", a=names, a_text=", ".join(names)),))

    found = problems(top(("data entry", "filing", "billing")), a=SKILLED)
    assert any("ranks ['data entry', 'filing', 'billing']" in p for p in found), found
    assert any("by share they are ['Billing', 'Excel', 'CPT']" in p for p in found), found
    assert problems(top(("billing", "excel", "CPT")), a=SKILLED) == []


def test_the_writer_ranks_skills_by_share() -> None:
    written = compare(SKILLED, NURSE)
    assert check_article(written, SKILLED, NURSE) == []


@pytest.mark.parametrize(
    ("title", "written", "expected"),
    [
        ("iOS Developers", "IOS developers earn $34,370 more a year than clerks.",
         "'iOS developers'"),
        ("Registered Nurses", "Pay for Registered Nurses is higher than for clerks.",
         "'registered nurses'"),
    ],
    ids=["brand name at the start", "Title Case inside a sentence"],
)  # fmt: skip
def test_titles_are_cased_by_the_english_layer(title: str, written: str, expected: str) -> None:
    a = attrs.evolve(NURSE, title=title)
    found = problems(Sentence(written, (PAY,)), a=a)
    assert any(f"should be written {expected}" in p for p in found), found
    sound = written.replace("IOS", "iOS").replace("Registered Nurses", "registered nurses")
    assert problems(Sentence(sound, (PAY,)), a=a) == []


def test_data_keeps_its_own_casing_beside_a_title_spelled_alike() -> None:
    """The industry "AA" is data printed as written, not a miscased mention of an
    occupation whose plural is "Aa"; the title itself is still judged."""
    a = Occupation.from_dict({"title": "Specialist", "plural": "Aa",
                              "salary": {"best_paying_industry": "AA"}})  # fmt: skip
    b = Occupation.from_dict({"title": "Clerk", "salary": {"best_paying_industry": "Retail"}})
    industry = Fact("salary.best_paying_industry", "AA", "Retail", "AA", "retail")
    sound = (
        "AA is the best-paying industry for aa; for clerks, it is retail.",
        "When it comes to the best-paying industry, aa have AA and clerks retail.",
    )
    for text in sound:
        assert problems(Sentence(text, (industry,)), a=a, b=b) == [], text
    miscased = "For clerks it is retail, for Aa it is AA."
    found = problems(Sentence(miscased, (industry,)), a=a, b=b)
    assert found == [f"salary/text: 'Aa' should be written 'aa': {miscased!r}"], found
    for seed in range(4):
        assert check_article(compare(a, b, seed=seed), a, b) == []


def test_a_head_noun_inside_the_templates_own_phrase_is_not_the_verbs_subject() -> None:
    """In "The share of men workers is …" the subject is "share", not the head noun "workers"
    of "Maintenance and Repair Workers" (found in built-in articles)."""
    a = Occupation.from_dict({"title": "Maintenance and Repair Workers"})
    b = Occupation.from_dict({"title": "Garbage Collectors"})
    share = Fact("demographics.gender.Men", 94.8, 87.3, "94.8%", "87.3%")
    text = ("The share of men workers is 94.8% among maintenance and repair workers and 87.3% "
            "among garbage collectors.")  # fmt: skip
    assert problems(Sentence(text, (share,)), a=a, b=b) == []
    wrong = "Maintenance and repair workers is the group where men hold 94.8% of jobs."
    found = problems(Sentence(wrong, (share,)), a=a, b=b)
    assert any("(plural) with 'is'" in p for p in found), found


def _table_article(row: TableRow, header: tuple[str, str]) -> Article:
    return Article("T", (Section("overview", "Overview", (Table(header, (row,)),)),))


def test_table_rows_are_checked_against_their_facts_and_records() -> None:
    header = ("Registered Nurse", "Billing Clerk")
    fact = Fact("salary.average", 101420, 67050, "$101,420", "$67,050")
    sound = TableRow("Yearly salary", "$101,420", "$67,050", fact)
    assert check_article(_table_article(sound, header), NURSE, CLERK) == []
    swapped_cells = TableRow("Yearly salary", "$67,050", "$101,420", fact)
    found = check_article(_table_article(swapped_cells, header), NURSE, CLERK)
    assert any("cell a is '$67,050', its fact shows '$101,420'" in p for p in found), found
    wrong_fact = TableRow("Yearly salary", "$99", "$67,050", fact._replace(a=99, a_text="$99"))
    found = check_article(_table_article(wrong_fact, header), NURSE, CLERK)
    assert any("salary.average a=99, the record has 101420" in p for p in found), found
    found = check_article(_table_article(sound, header[::-1]), NURSE, CLERK)
    assert any("table header" in p for p in found), found


def test_table_text_cells_are_checked_against_the_records() -> None:
    a = Occupation.from_dict({"title": "Nurses", "salary": {"highest_paying_state": "Texas"}})
    fact = Fact("salary.highest_paying_state", "Ohio", None, "Ohio", None)
    row = TableRow("Highest paying state", "Ohio", "-", fact)
    found = check_article(_table_article(row, ("Nurse", "Billing Clerk")), a, CLERK)
    assert any("'Ohio', the record has 'Texas'" in p for p in found), found


def test_list_items_belong_to_their_own_occupation() -> None:
    a = Occupation.from_dict({"title": "Nurses", "skills": [{"name": "Patients", "share": 20}]})
    b = Occupation.from_dict({"title": "Clerks", "skills": [{"name": "Billing", "share": 40}]})
    item = Sentence("Billing, 40%", (Fact("skills", a=("Billing", 40), a_text="Billing, 40%"),))
    listed = Article("T", (Section("skills", "Skills", (BulletList((item,), prose=False),)),))
    found = check_article(listed, a, b)
    assert any("'Billing' is not a skill of the a record" in p for p in found), found


def test_real_articles_pass_the_new_checks() -> None:
    for a, b in [(NURSE, CLERK), (CLERK, NURSE), (SKILLED, NURSE)]:
        assert check_article(compare(a, b), a, b) == []


def test_the_writer_keeps_brand_casing_at_a_sentence_start() -> None:
    a = Occupation.from_dict({"title": "iOS Developers", "jobs": 5})
    b = Occupation.from_dict({"title": "Nurses", "jobs": 9})
    assert check_article(compare(a, b), a, b) == []


def test_a_skill_named_in_a_title_is_not_read_as_a_listed_skill() -> None:
    a = Occupation.from_dict({"title": "Billing Specialists", "skills": [
        {"name": "X-ray", "share": 30}, {"name": "Billing", "share": 20}]})  # fmt: skip
    names = ("X-ray", "billing")
    sentence = Sentence(
        "The most important skills for a billing specialist are X-ray and billing.",
        (Fact("skills", a=names, a_text="X-ray and billing"),),
    )
    assert problems(sentence, a=a) == []


@pytest.mark.parametrize(("first", "second"), [("A", "Billing Clerks"), ("Billing Clerks", "A"),
                                               ("A", "I"), ("U", "A")])  # fmt: skip
def test_a_one_letter_title_is_told_from_the_words_it_spells(first: str, second: str) -> None:
    """The title "A" (plural "As") against the article "a" and the word "as", in every
    variant of the built-in templates."""
    from careerprose.testing import check_templates
    from careerprose.testing.variants import corpus

    pairs = tuple(
        (attrs.evolve(a, title=first, plural=None), attrs.evolve(b, title=second, plural=None))
        for a, b in corpus()[:6]
    )
    assert check_templates(pairs=pairs) == []


def test_a_one_letter_title_is_still_checked_where_its_capitals_show() -> None:
    a = attrs.evolve(NURSE, title="A")
    sound = "On pay, As make $34,370 more a year than clerks ($101,420 against $67,050)."
    assert problems(Sentence(sound, (PAY,)), a=a) == []
    swapped = "On pay, clerks make $34,370 more a year than As ($67,050 against $101,420)."
    found = problems(Sentence(swapped, (PAY,)), a=a)
    assert any("says 'more' of the second occupation" in p for p in found), found


def test_an_acronym_spelled_like_a_word_keeps_its_capitals() -> None:
    a = attrs.evolve(NURSE, title="IT")
    assert problems(Sentence("Pay for IT is higher than for clerks.", (PAY,)), a=a) == []
    assert problems(Sentence("It pays IT $34,370 more a year than clerks.", (PAY,)), a=a) == []


def test_a_name_glued_to_data_text_is_not_judged_as_a_subject() -> None:
    """Found by the property test with unrestricted text: "lăs" (the other title) is the tail
    of "junior;lăs", whose verb "is" agrees with the whole."""
    from careerprose.checks import Mentions, agreement_problems

    mentions = Mentions(Occupation("Junior ;lă"), Occupation("Lă"))
    text = "The growth rate of junior;lăs is 0%, lower than the 1% expected for lăs."
    assert list(agreement_problems("overview", Sentence(text), mentions)) == []
    wrong = "Lăs is paid less."
    assert list(agreement_problems("overview", Sentence(wrong), mentions)) != []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("work_experience", "5 years or more"),
        ("education.entry_level", "Postsecondary nondegree award (9 months)"),
        ("salary.best_paying_industry", "Section 8 Housing Authorities"),
    ],
)
def test_numbers_inside_printed_text_are_data_not_figures(field: str, value: str) -> None:
    """Every free-text field the registry marks printed is read for numbers printed as written."""
    path = field.split(".")
    raw: dict[str, object] = {"title": "Registered Nurses"}
    raw[path[0]] = value if len(path) == 1 else {path[1]: value}
    a = Occupation.from_dict(raw)
    number = next(n for n in value.split() if n.strip("(").isdigit()).strip("(")
    sentence = Sentence(f"Nurses list {value}.", ())
    assert problems(sentence, a=a) == []
    invented = Sentence(f"Nurses list {int(number) + 1} of them.", ())
    assert any("not licensed" in p for p in problems(invented, a=a))


def test_digits_of_an_occupation_code_license_no_figure() -> None:
    a = Occupation.from_dict({"title": "Registered Nurses", "code": "29-1141"})
    found = problems(Sentence("Nurses hold 1141 jobs.", ()), a=a)
    assert any("the number 1141 is not licensed" in p for p in found)


def test_a_title_whose_lower_case_is_longer_is_still_found() -> None:
    """ "İ" lower-cases to two characters: names and sentences fold alike, so "0bİ trainees"
    is one mention, and its verb is not read as agreeing with "trainees" alone."""
    a = Occupation.from_dict({"title": "0bİ", "demographics": {"median_age": 16}})
    b = Occupation.from_dict({"title": "0bİ Trainee", "education": {"degree": "0"}})
    for seed in range(20):
        assert check_article(compare(a, b, seed=seed), a, b) == []


def test_a_records_own_text_is_not_judged_but_a_comparison_beside_it_is() -> None:
    """A description or duty is the record's text, printed as written: its names are not
    judged (the checker does not even look for them). A sentence stating both sides' values
    as well is the template's, and the roles check reads its names."""
    duty = Fact("responsibilities", a="Registered Nurses earns the most.")
    pay = PAY._replace(relation=None)  # values side by side, no comparative to rescue it
    swapped = "Clerks earn $101,420 a year on average, against $67,050 for nurses."
    assert problems(Sentence("Registered Nurses earns the most.", (duty,))) == []
    assert problems(Sentence(swapped, (pay,))) == problems(Sentence(swapped, (duty, pay)))
    assert "gives it to the other one" in problems(Sentence(swapped, (duty, pay)))[0]


def test_values_json_cannot_hold_are_reported_in_the_articles_order() -> None:
    """NaN and the infinities have no JSON form: each is reported with its field, in the
    order the article states its facts (a table's rows, then the sentences after it)."""
    nan, inf = float("nan"), float("inf")
    row = TableRow("Jobs", "3,379,720", "222,740", JOBS._replace(ratio=inf))
    sentence = Sentence("Nurses earn more than clerks.", (PAY._replace(b=-inf, difference=nan),))
    table = Table(("Registered Nurse", "Billing Clerk"), (row,))
    blocks = (table, Paragraph((sentence,)))
    found = check_article(Article("T", (Section("salary", None, blocks),)), NURSE, CLERK)
    json_found = [problem for problem in found if problem.startswith("json output")]
    assert json_found == [
        "json output has nan: jobs holds inf",
        "json output has nan: salary.average holds -inf",
        "json output has nan: salary.average holds nan",
    ]


def test_a_blank_sentence_or_heading_is_reported_not_a_crash() -> None:
    # `careerprose verify` reads articles back from JSON, where a hand edit can leave a
    # sentence or heading of white space alone: the English layer refuses to case it.
    a, b = Occupation("Nurses", jobs=12), Occupation("Clerks", jobs=5)
    blank = Article(" ", (Section("salary", " ", (Paragraph((Sentence(" "),)),)),))
    problems = check_article(blank, a, b)
    assert "salary/text: sentence does not start with a capital letter: ' '" in problems
    assert problems.count("heading is not tidy: ' '") == 2  # the title and the heading


def test_a_stray_mark_is_found_after_an_empty_title() -> None:
    # The content has a line for every text, empty ones too: a mark alone after the new line
    # of an empty title is a stray one (the same rule as after any other line).
    a, b = Occupation("Nurses", jobs=12), Occupation("Clerks", jobs=5)
    stray = Article("", (Section("salary", None, (Paragraph((Sentence("; then."),)),)),))
    assert any(p.startswith("output has doubled punctuation") for p in check_article(stray, a, b))
