"""careerprose.english.casing: prose case, Title Case and sentence case."""

from __future__ import annotations

import pytest
from hypothesis import given

from careerprose.english import (
    EnglishError,
    JobTitle,
    default_lexicon,
    join_list,
    prose_case,
    sentence_case,
    title_case,
)
from careerprose.testing.english import GeneratedTitle, job_titles

PROSE = [
    ("Senior Patient Account Representative", "senior patient account representative"),
    ("Registered Nurse", "registered nurse"),
    ("REGISTERED NURSE", "registered nurse"),
    ("registered nurse", "registered nurse"),
    ("HR Manager", "HR manager"),
    ("hr manager", "HR manager"),
    ("RN Case Manager", "RN case manager"),
    ("UX Designer", "UX designer"),
    ("FBI Agent", "FBI agent"),
    ("X-Ray Technician", "X-ray technician"),
    ("European Sales Manager", "European sales manager"),
    ("IT MANAGER", "IT manager"),
    ("ANALYST OR CLERK", "analyst or clerk"),
    ("OR NURSE", "OR nurse"),
    ("iOS Developer", "iOS developer"),
    ("DevOps Engineer", "DevOps engineer"),
    ("McDonald's Crew Member", "McDonald's crew member"),
    ("Bachelor's Degree", "bachelor's degree"),
    ("Police and Sheriff's Patrol Officers", "police and sheriff's patrol officers"),
    ("E-Commerce Manager", "e-commerce manager"),
    ("First-Line Supervisors", "first-line supervisors"),
    ("Career/Technical Education Teachers", "career/technical education teachers"),
    ("English as a Second Language Instructors", "English as a second language instructors"),
    ("Nurse, Medicaid Programs in New York", "nurse, Medicaid programs in New York"),
    ("Registered nurse, Zendesk team", "registered nurse, Zendesk team"),
    ("RNs", "RNs"),
    ("CEOS", "CEOs"),
    ("Analyst II", "analyst II"),
    ("Grade A", "grade A"),
    # skills and other terms in prose
    ("Patients", "patients"),
    ("CPT", "CPT"),
    ("Data Entry", "data entry"),
    ("Medicaid", "Medicaid"),
    ("Customer Service", "customer service"),
    ("Microsoft Excel", "Microsoft Excel"),
    ("ICD-10", "ICD-10"),
    ("Xcode", "Xcode"),  # developer tools from a hand-made record read lower-cased once
    ("GitHub Actions", "GitHub actions"),
]


@pytest.mark.parametrize(("text", "expected"), PROSE, ids=[case[0] for case in PROSE])
def test_prose_case(text: str, expected: str) -> None:
    assert prose_case(text) == expected


def test_skills_read_as_on_the_reference_page() -> None:
    skills = ["Patients", "CPT", "Data Entry"]
    assert join_list([prose_case(skill) for skill in skills]) == "patients, CPT and data entry"


TITLE = [
    ("senior patient account representative", "Senior Patient Account Representative"),
    ("first-line supervisor of office workers", "First-Line Supervisor of Office Workers"),
    ("editor-in-chief", "Editor-in-Chief"),
    ("sergeant-at-arms", "Sergeant-at-Arms"),
    ("door-to-door sales worker", "Door-to-Door Sales Worker"),
    ("HR manager", "HR Manager"),
    ("iOS developer", "iOS Developer"),
    ("X-ray technician", "X-Ray Technician"),
    ("manager (all other)", "Manager (All Other)"),
    ("career/technical education teacher", "Career/Technical Education Teacher"),
    ("English as a second language instructor", "English as a Second Language Instructor"),
    ("bachelor's degree", "Bachelor's Degree"),
    ("what to look for", "What to Look For"),
    ("chef de cuisine", "Chef de Cuisine"),
]


@pytest.mark.parametrize(("text", "expected"), TITLE, ids=[case[0] for case in TITLE])
def test_title_case(text: str, expected: str) -> None:
    assert title_case(text) == expected


SENTENCE = [
    ("an HR manager", "An HR manager"),
    ("senior patient account representative vs collections specialist",
     "Senior patient account representative vs collections specialist"),
    ("iOS developer", "iOS developer"),
    ("8th grade teacher", "8th grade teacher"),
    ('"quoted" text', '"Quoted" text'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCE, ids=[case[0] for case in SENTENCE])
def test_sentence_case(text: str, expected: str) -> None:
    assert sentence_case(text) == expected


def test_users_add_proper_nouns_and_acronyms() -> None:
    lexicon = default_lexicon().extend({"proper_nouns": ["Zendesk"], "acronyms": ["ZZT"]})
    assert prose_case("Zendesk Admin") == "zendesk admin"
    assert prose_case("zendesk admin", lexicon=lexicon) == "Zendesk admin"
    assert prose_case("zzt operator", lexicon=lexicon) == "ZZT operator"


@given(job_titles())
def test_prose_case_is_idempotent(title: GeneratedTitle) -> None:
    once = prose_case(title.text)
    assert prose_case(once) == once
    display = JobTitle(title.text).display
    assert title_case(display) == display


@pytest.mark.parametrize("function", [prose_case, title_case, sentence_case])
@pytest.mark.parametrize("bad", [None, "", " ", 1.5], ids=["None", "empty", "space", "float"])
def test_bad_input_is_rejected(function: object, bad: object) -> None:
    with pytest.raises(EnglishError, match="expected non-empty text"):
        function(bad)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("RN OR CEO", "RN or CEO"),
        ("OR Nurse", "OR nurse"),
        ("Head of US Sales", "head of US sales"),
    ],
    ids=str,
)
def test_or_between_words_is_the_conjunction(title: str, expected: str) -> None:
    assert prose_case(title) == expected
