"""careerprose.sameness: masking, shares, near-duplicates and within-article repeats."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerprose import Occupation, compare, sameness
from careerprose.article import Article, BulletList, Fact, Paragraph, Section, Sentence, Table
from careerprose.variety import frame_of

NURSES = ["Registered Nurses", "Dental Hygienists"]


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Registered nurses earn more.", "[title] earn more."),
        ("A registered nurse earns more.", "[title] earns more."),
        ("An hour of a dental hygienist's time.", "an hour of [title] time."),
        ("The registered nurses' average is higher.", "[title] average is higher."),
        ("These nurses outearn hygienists.", "[title] outearn [title]."),
        ("Nurses hold 3,379,720 jobs, 1,417% more.", "[title] hold # jobs, # more."),
        ("Nurses earn $2,430 more, 15.2 times as much.", "[title] earn # more, # times as much."),
        ("Nurses take 6-12 months, three skills, over a fifth.",
         "[title] take # months, # skills, over a #."),
        ("Nursery staff are not nurses.", "nursery staff are not [title]."),
    ],
    ids=["plural", "a+singular", "possessive", "plural possessive", "short forms", "figures",
         "money and ratio", "number words", "whole words only"],
)  # fmt: skip
def test_frames_mask_every_title_form_and_figure(text: str, frame: str) -> None:
    assert frame_of(text, (), NURSES) == frame


def test_frames_mask_the_data_values_their_facts_state() -> None:
    fact = Fact("salary.highest_paying_state", a="California", b="Washington",
                a_text="California", b_text="Washington")  # fmt: skip
    text = "The highest-paying state is California for nurses and Washington for hygienists."
    assert frame_of(text, (fact,), NURSES) == (
        "the highest-paying state is [value] for [title] and [value] for [title]."
    )


def test_record_text_has_no_frame() -> None:
    description = "Assess patient health problems and maintain records of nurses."
    fact = Fact("description", a=description, a_text=description)
    assert frame_of(description, (fact,), NURSES) == ""


def _article(title: str, *texts: str, facts: tuple[Fact, ...] = ()) -> Article:
    sentences = tuple(Sentence(text, facts) for text in texts)
    table = Table(tuple(title.split(" vs ")), ())  # type: ignore[arg-type]
    return Article(title, (Section("intro", None, (Paragraph(sentences), table)),))


def _pair(index: int) -> str:
    return f"Analyst {index} vs Clerk {index}"


def test_common_share_counts_sentences_in_frames_most_articles_share() -> None:
    shared = "Here is how pay compares."
    articles = [_article(_pair(i), shared, f"Only article {'x' * (i + 1)} says this.")
                for i in range(10)]  # fmt: skip
    report = sameness(articles)
    assert report.articles == 10
    assert report.sentences == 20
    assert report.common_share == pytest.approx(0.5)  # the shared frame, in 10 of 10
    assert report.distinct_share == pytest.approx(11 / 20)
    assert report.widest_share == 1.0
    assert report.top(1)[0].frame == "here is how pay compares."
    assert report.top(1)[0].articles == 10


def test_common_means_more_than_the_threshold_share_of_articles() -> None:
    articles = [_article(_pair(i), "Shared words here." if i < 3 else f"Unique {'y' * i}.")
                for i in range(30)]  # fmt: skip
    assert sameness(articles, common=0.10).common_share == 0.0  # 3 of 30 is not above 10%
    assert sameness(articles, common=0.05).common_share == pytest.approx(3 / 30)
    assert sameness(articles).share_above(0.05) == pytest.approx(3 / 30)


def test_titles_are_masked_in_each_article_with_its_own_names() -> None:
    one = _article("Nurse vs Clerk", "Nurses earn more than clerks.")
    two = _article("Chef vs Driver", "Chefs earn more than drivers.")
    report = sameness([one, two])
    assert [count.frame for count in report.frames] == ["[title] earn more than [title]."]


def test_records_give_the_exact_title_forms() -> None:
    a = Occupation("Retail Salespersons")
    b = Occupation("Cashiers")
    article = _article("Retail salesperson vs cashier", "Retail salespersons outnumber cashiers.")
    report = sameness([(article, a, b)])
    assert report.frames[0].frame == "[title] outnumber [title]."


def test_near_duplicates_are_reported_with_their_similarity() -> None:
    same = ("First line here.", "Second line here.", "Third line here.")
    articles = [
        _article(_pair(0), *same),
        _article(_pair(1), *same),
        _article(_pair(2), "Something entirely different.", "Another one.", "And a third."),
    ]
    report = sameness(articles)
    assert [(p.first, p.second, p.similarity) for p in report.near_duplicates] == [(0, 1, 1.0)]
    assert report.near_duplicates[0].second_title == _pair(1)


@given(
    st.lists(st.lists(st.integers(0, 6), max_size=8), min_size=2, max_size=12),
    st.sampled_from([0.2, 0.5, 0.8, 1.0]),
)
def test_prefix_filtering_finds_exactly_the_pairs_brute_force_finds(
    frames: list[list[int]], threshold: float
) -> None:
    articles = [_article(_pair(i), *(f"Frame number {'z' * f}." for f in fs))
                for i, fs in enumerate(frames)]  # fmt: skip
    report = sameness(articles, near_duplicate=threshold, shingle=1)
    sets = [{f"frame number {'z' * f}." for f in fs} for fs in frames]
    expected = {
        (i, j)
        for i, j in itertools.combinations(range(len(sets)), 2)
        if sets[i] and sets[j] and len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= threshold
    }
    assert {(p.first, p.second) for p in report.near_duplicates} == expected


def test_repeats_within_an_article_name_both_sentences() -> None:
    fact = Fact("salary.average", 1, 2, "$57,603", "$35,164", "higher", 22439, "$22,439 more")
    intro = Sentence("Nurses make $22,439 more a year.", (fact,))
    again = Sentence("On average nurses earn $22,439 more a year than clerks.", (fact,))
    frame_twice = Sentence("Nurses make 5 more a year.")
    article = Article(
        "Nurse vs Clerk",
        (Section("intro", None, (Paragraph((intro, again, frame_twice)),)),),
    )
    repeats = sameness([article]).repeats
    assert [(r.rule, r.first, r.second) for r in repeats] == [
        ("fact", intro.text, again.text),
        ("frame", intro.text, frame_twice.text),
    ]
    assert repeats[0].detail == "salary.average: a $57,603"


def test_tables_and_short_lists_are_not_prose() -> None:
    items = (Sentence("Patients, 20%"), Sentence("CPT, 10%"))
    article = Article(
        "Nurse vs Clerk", (Section("skills", "Skills", (BulletList(items, prose=False),)),)
    )
    assert sameness([article]).sentences == 0


def test_real_articles_round_trip_through_json() -> None:
    pairs = [("Registered Nurses", "Dental Hygienists"), ("Cooks, Restaurant", "Bakers")]
    report = sameness(compare(a, b) for a, b in pairs)
    data = json.loads(json.dumps(report.to_dict(top=5)))
    assert data["articles"] == 2
    assert len(data["top_frames"]) == 5
    assert data["common_share"] == report.common_share
    # titles are masked (a frame may have none: "their day-to-day responsibilities differ")
    assert any("[title]" in frame["frame"] for frame in data["top_frames"])
    assert not any("nurse" in frame["frame"] for frame in data["top_frames"])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"common": 1.5}, "common must be a share between 0 and 1, got 1.5"),
        ({"near_duplicate": 0}, "near_duplicate must be above 0 and at most 1, got 0"),
        ({"shingle": 0}, "shingle must be a whole number of sentences >= 1, got 0"),
        ({"shingle": True}, "shingle must be a whole number of sentences >= 1, got True"),
    ],
    ids=["common", "near_duplicate", "shingle", "bool shingle"],
)
def test_bad_options_are_clear_errors(options: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        sameness([], **options)  # type: ignore[arg-type]


def test_nothing_to_measure() -> None:
    report = sameness([])
    assert (report.articles, report.sentences, report.common_share) == (0, 0, 0.0)
    assert report.widest_share == 0.0
