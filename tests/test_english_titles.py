"""careerprose.english.titles: JobTitle against the 830 BLS titles, other sources, properties."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings

from careerprose import Occupation
from careerprose.english import (
    EnglishError,
    JobTitle,
    default_lexicon,
    load_lexicon,
    title_forms,
)
from careerprose.english.titles import _forms
from careerprose.testing.english import GeneratedTitle, job_titles

DATA = Path(__file__).parent / "data"


def _table(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        lines = [line for line in file if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


BLS = _table("bls_titles.tsv")
OTHER = _table("english_titles.tsv")


def test_the_bls_table_is_complete() -> None:
    assert len(BLS) == 830
    assert len({row["code"] for row in BLS}) == 830
    assert all(row["singular"] and row["plural"] and row["a"] for row in BLS)


@pytest.mark.parametrize("row", BLS, ids=[row["code"] for row in BLS])
def test_bls_title(row: dict[str, str]) -> None:
    title = JobTitle(row["official_title"])
    assert (title.singular, title.plural, title.a) == (row["singular"], row["plural"], row["a"])
    assert title.number == "plural"


@pytest.mark.parametrize("row", OTHER, ids=[row["input"] for row in OTHER])
def test_title_from_other_sources(row: dict[str, str]) -> None:
    title = JobTitle(row["input"])
    got = (title.singular, title.plural, title.a, title.display)
    assert got == (row["singular"], row["plural"], row["a"], row["display"])


def test_every_bls_title_reads_differently() -> None:
    """No two occupations share a singular: comparing them never reads "X vs X"."""
    counts = Counter(JobTitle(row["official_title"]).singular for row in BLS)
    assert [title for title, count in counts.items() if count > 1] == []


# Round trips that deliberately do not hold: the forms come from the lexicon or from a
# plural-only noun, and the other direction reads more naturally with a regular plural.
BLS_ROUND_TRIP_EXCEPTIONS = {
    "Clergy": "member of the clergy → members of the clergy",
    "Transit and Railroad Police": "police officer → police officers",
    "Gambling Change Persons and Booth Cashiers": "person → people",
    "Parts Salespersons": "salesperson → salespeople",
    "Retail Salespersons": "salesperson → salespeople",
    "Entertainers and Performers, Sports and Related Workers, All Other": (
        "lexicon entry whose singular has a nested 'or'"
    ),
}


@pytest.mark.parametrize("row", BLS, ids=[row["code"] for row in BLS])
def test_bls_singular_round_trips_to_the_plural(row: dict[str, str]) -> None:
    if row["official_title"] in BLS_ROUND_TRIP_EXCEPTIONS:
        assert JobTitle(row["singular"]).plural != row["plural"]
        return
    again = JobTitle(row["singular"])
    assert again.number == "singular"
    assert again.plural == row["plural"]
    assert JobTitle(row["plural"]).singular == row["singular"]


ISSUE_EXAMPLES = [
    ("Computer Systems Analysts", "computer systems analyst", "a computer systems analyst"),
    ("Human Resources Specialists", "human resources specialist", "a human resources specialist"),
    ("Sales Managers", "sales manager", "a sales manager"),
    ("Collections Specialist", "collections specialist", "a collections specialist"),
    ("Cooks, Restaurant", "restaurant cook", "a restaurant cook"),
    (
        "Psychology Teachers, Postsecondary",
        "postsecondary psychology teacher",
        "a postsecondary psychology teacher",
    ),
    ("Bus Drivers, School", "school bus driver", "a school bus driver"),
    (
        "Claims Adjusters, Examiners, and Investigators",
        "claims adjuster, examiner, or investigator",
        "a claims adjuster, examiner, or investigator",
    ),
    (
        "First-Line Supervisors of Office and Administrative Support Workers",
        "first-line supervisor of office and administrative support workers",
        "a first-line supervisor of office and administrative support workers",
    ),
    ("Pediatricians, General", "general pediatrician", "a general pediatrician"),
    ("Bill and Account Collectors", "bill and account collector", "a bill and account collector"),
    ("HR Manager", "HR manager", "an HR manager"),
    ("RN Case Manager", "RN case manager", "an RN case manager"),
    ("UX Designer", "UX designer", "a UX designer"),
    ("FBI Agent", "FBI agent", "an FBI agent"),
    ("X-Ray Technician", "X-ray technician", "an X-ray technician"),
    ("European Sales Manager", "European sales manager", "a European sales manager"),
    ("Hourly Manager", "hourly manager", "an hourly manager"),
    ("University Professor", "university professor", "a university professor"),
    ("LPN", "LPN", "an LPN"),
    ("One-Hour Photo Technician", "one-hour photo technician", "a one-hour photo technician"),
    ("8th Grade Teacher", "8th grade teacher", "an 8th grade teacher"),
    ("11th Grade Teacher", "11th grade teacher", "an 11th grade teacher"),
    ("Umpire", "umpire", "an umpire"),
    ("Registered Nurse", "registered nurse", "a registered nurse"),
]


@pytest.mark.parametrize(
    ("text", "singular", "a"), ISSUE_EXAMPLES, ids=[row[0] for row in ISSUE_EXAMPLES]
)
def test_issue_examples(text: str, singular: str, a: str) -> None:
    title = JobTitle(text)
    assert (title.singular, title.a) == (singular, a)


COMPOUND_PLURALS = [
    ("Chief of Staff", "chiefs of staff"),
    ("Editor-in-Chief", "editors-in-chief"),
    ("Sergeant-at-Arms", "sergeants-at-arms"),
    ("Attorney General", "attorneys general"),
    ("Passerby", "passersby"),
    ("Analyst II", "analysts II"),
    ("Nurse (RN)", "nurses (RNs)"),
    ("Web Developer / Designer", "web developers / designers"),
    ("Collections Specialist", "collections specialists"),
    # A trailing slash once sent the plural check into endless recursion.
    ("Nurse/", "nurses/"),
    ("Nurse//", "nurses//"),
]


@pytest.mark.parametrize(
    ("text", "plural"), COMPOUND_PLURALS, ids=[row[0] for row in COMPOUND_PLURALS]
)
def test_compound_plurals(text: str, plural: str) -> None:
    title = JobTitle(text)
    assert title.plural == plural
    assert JobTitle(plural).singular == title.singular


QUALIFIERS = [
    # ", Except ..." and ", Including ..." are classification notes: dropped from prose.
    ("Disc Jockeys, Except Radio", "disc jockey", "disc jockeys"),
    (
        "Fine Artists, Including Painters, Sculptors, and Illustrators",
        "fine artist",
        "fine artists",
    ),
    (
        "Switchboard Operators, Including Answering Service",
        "switchboard operator",
        "switchboard operators",
    ),
    # ", All Other" marks a residual group: kept, so prose never passes it off as the whole job.
    ("Managers, All Other", "manager (all other)", "managers (all other)"),
    (
        "Dentists, All Other Specialists",
        "dentist (all other specialists)",
        "dentists (all other specialists)",
    ),
    (
        "Engineering Technologists and Technicians, Except Drafters, All Other",
        "engineering technologist or technician (all other)",
        "engineering technologists and technicians (all other)",
    ),
    # "Helpers--X": "X helper" for one word, "helper to X" otherwise.
    ("Helpers--Carpenters", "carpenter helper", "carpenter helpers"),
    (
        "Helpers--Extraction Workers",
        "helper to extraction workers",
        "helpers to extraction workers",
    ),
    (
        "Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters",
        "helper to pipelayers, plumbers, pipefitters, and steamfitters",
        "helpers to pipelayers, plumbers, pipefitters, and steamfitters",
    ),
    (
        "Helpers, Construction Trades, All Other",
        "construction trades helper (all other)",
        "construction trades helpers (all other)",
    ),
]


@pytest.mark.parametrize(
    ("text", "singular", "plural"), QUALIFIERS, ids=[row[0] for row in QUALIFIERS]
)
def test_qualifiers(text: str, singular: str, plural: str) -> None:
    title = JobTitle(text)
    assert (title.singular, title.plural) == (singular, plural)


POSSESSIVES = [
    (
        "Senior Patient Account Representative",
        "senior patient account representative's",
        "senior patient account representatives'",
    ),
    ("Chief of Staff", "chief of staff's", "chiefs of staff's"),
    ("Waiters and Waitresses", "waiter or waitress's", "waiters and waitresses'"),
    (
        "Transit and Railroad Police",
        "transit and railroad police officer's",
        "transit and railroad police's",
    ),
    ("Boss", "boss's", "bosses'"),
]


@pytest.mark.parametrize(
    ("text", "singular", "plural"), POSSESSIVES, ids=[row[0] for row in POSSESSIVES]
)
def test_possessives(text: str, singular: str, plural: str) -> None:
    title = JobTitle(text)
    assert (title.possessive, title.plural_possessive) == (singular, plural)


def test_display_is_title_case_of_the_singular() -> None:
    assert JobTitle("Cooks, Restaurant").display == "Restaurant Cook"
    assert JobTitle("Cooks, Restaurant").display_plural == "Restaurant Cooks"
    assert JobTitle("editors-in-chief").display == "Editor-in-Chief"
    assert JobTitle("Managers, All Other").display == "Manager (All Other)"


def test_a_record_plural_overrides_the_derived_plural() -> None:
    title = JobTitle("Collections Specialist", plural="Collection Specialists")
    assert title.plural == "collection specialists"
    assert title.plural_possessive == "collection specialists'"
    assert title.singular == "collections specialist"
    record = Occupation(title="Retail Salesperson", plural="Retail Salespersons")
    assert JobTitle.from_occupation(record).plural == "retail salespersons"


def test_lexicon_titles_win_and_users_can_add_titles(tmp_path: Path) -> None:
    assert JobTitle("Physicians, Pathologists").singular == "pathologist"
    path = tmp_path / "lexicon.json"
    entries = {"titles": {"Cooks, Restaurant": {"singular": "line cook"}}}
    path.write_text(json.dumps(entries), encoding="utf-8")
    lexicon = load_lexicon(path)
    title = JobTitle("cooks,  restaurant", lexicon=lexicon)
    assert (title.singular, title.plural, title.a) == ("line cook", "line cooks", "a line cook")
    assert JobTitle("Cooks, Restaurant").singular == "restaurant cook"  # default unchanged


def test_titles_are_cached_and_compare_by_value() -> None:
    first, second = JobTitle("Sales Managers"), JobTitle("Sales Managers")
    assert first == second
    assert hash(first) == hash(second)
    assert first.forms is second.forms  # the forms were computed once
    assert first != JobTitle("Sales Managers", plural="Sales Bosses")
    assert JobTitle("Sales Managers") != "sales managers"
    assert title_forms("Sales Managers") is first.forms
    assert _forms.cache_info().hits > 0


def test_str_and_repr() -> None:
    title = JobTitle("Registered Nurses", plural="RNs")
    assert str(title) == "registered nurse"
    assert repr(title) == "JobTitle('Registered Nurses', plural='RNs')"


@pytest.mark.parametrize(
    "bad",
    [None, "", "   ", ", ,", 42, "---"],
    ids=["None", "empty", "spaces", "commas", "int", "dashes"],
)
def test_bad_titles_are_rejected_naming_the_value(bad: object) -> None:
    with pytest.raises(EnglishError, match=repr(bad).replace("(", r"\(")):
        JobTitle(bad)  # type: ignore[arg-type]


def test_bad_lexicon_argument() -> None:
    with pytest.raises(EnglishError, match="lexicon must be"):
        JobTitle("Nurse", lexicon={"titles": {}})  # type: ignore[arg-type]


def test_inflect_false_never_reaches_prose() -> None:
    """inflect says False for a word it takes to be singular ("False general" in a naive pass)."""
    for row in BLS:
        title = JobTitle(row["official_title"])
        assert "False" not in title.singular + title.plural + title.a


@settings(max_examples=300)
@given(job_titles())
def test_generated_titles_round_trip(title: GeneratedTitle) -> None:
    forms = JobTitle(title.text)
    assert forms.number == title.number
    assert JobTitle(forms.plural).singular == forms.singular
    assert JobTitle(forms.singular).plural == forms.plural
    assert forms.a.endswith(" " + forms.singular)


@settings(max_examples=200)
@given(job_titles())
def test_forms_do_not_depend_on_letter_case(title: GeneratedTitle) -> None:
    lower, upper = JobTitle(title.text.lower()), JobTitle(title.text.upper())
    assert (lower.singular, lower.plural) == (upper.singular, upper.plural)


def test_default_lexicon_is_shared() -> None:
    assert JobTitle("Nurse").lexicon is default_lexicon()
