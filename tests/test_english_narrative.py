"""careerprose.english.narrative: O*NET imperatives told as third-person narrative."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerprose import datasets
from careerprose.english import EnglishError, JobTitle
from careerprose.english.narrative import _split_sentences, _verbs, is_imperative, narrate

DESCRIBED = [o for o in datasets.occupations() if o.description]
NARRATED = [(o, narrate(o.description or "", JobTitle(o.title).plural)) for o in DESCRIBED]
_THEY = re.compile(r"\bThey (?P<word>[\w-]+)")


def test_every_built_in_description_is_narrative_or_reported_unusable() -> None:
    kinds = {narrative.kind for _, narrative in NARRATED}
    assert kinds == {"narrative", "unusable"}
    assert len(NARRATED) >= 800


def test_all_other_non_answers_are_unusable_and_name_their_group() -> None:
    residual = [(o, n) for o, n in NARRATED if (o.description or "").startswith("All ")]
    assert len(residual) == 70
    for occupation, narrative in residual:
        assert not narrative.usable, occupation.title
        assert narrative.text is None
        assert narrative.group, occupation.title
        assert "not listed" not in narrative.group


@pytest.mark.parametrize(("occupation", "narrative"), NARRATED, ids=[o.title for o, _ in NARRATED])
def test_narrative_reads_in_the_third_person(occupation: object, narrative: object) -> None:
    if narrative.kind != "narrative":  # type: ignore[attr-defined]
        return
    text: str = narrative.text  # type: ignore[attr-defined]
    subject = JobTitle(occupation.title).plural  # type: ignore[attr-defined]
    sentences = _split_sentences(text)
    first_told = next(s for s in sentences if subject[1:] in s)
    assert first_told.startswith((subject[:1].upper() + subject[1:], "Under ", "In ", "Using "))
    for sentence in sentences:
        if sentence.startswith(subject[:1].upper() + subject[1:]):
            continue
        first = sentence.split()[0].strip(",").casefold()
        assert first not in _verbs(), sentence  # no instruction is left
        assert not sentence.startswith(("Includes ", "Excludes ", "May ")), sentence
    for match in _THEY.finditer(text):  # "They locate", never "They locates"
        word = match.group("word").casefold()
        assert word in _verbs() or word in ("may", "must", "are") or word.endswith("ly"), text
    assert "not listed separately" not in text
    assert not re.search(r"\bThey work (?:may|typically|involves|requires|includes)\b", text)


def test_classification_notes_move_out_of_the_text() -> None:
    proofreaders = datasets.get("Proofreaders and Copy Markers")
    narrative = narrate(proofreaders.description or "", "proofreaders and copy markers")
    assert "Excludes" not in (narrative.text or "")
    assert "Includes" not in (narrative.text or "")
    assert narrative.note == (
        "The category does not include workers whose primary duty is editing copy. "
        "The category includes proofreaders of braille."
    )


# The expected strings document each rule.
EXAMPLES = [
    ("Diagnose and treat diseases. May order tests.", "physicians",
     "Physicians diagnose and treat diseases. They may order tests."),
    ("Directly supervise cooks.", "chefs", "Chefs directly supervise cooks."),
    ("In a gambling establishment, conduct financial transactions for patrons.", "cage workers",
     "In a gambling establishment, cage workers conduct financial transactions for patrons."),
    ("Using knowledge of chemistry, may collect data.", "chemists",
     "Using knowledge of chemistry, chemists may collect data."),
    ("Cut trees. Works off the ground in the canopy.", "tree trimmers",
     "Tree trimmers cut trees. They work off the ground in the canopy."),
    ("Assist therapists. Generally requires formal training.", "therapist aides",
     "Therapist aides assist therapists. The job generally requires formal training."),
    ("Provide care. Licensing or registration required.", "registered nurses",
     "Registered nurses provide care. Licensing or registration is required."),
    ("Command ships. Required to hold license issued by U.S. Coast Guard.", "captains",
     "Captains command ships. They are required to hold license issued by U.S. Coast Guard."),
    ("Repair cars. Duties include ordering parts.", "mechanics",
     "Mechanics repair cars. Duties include ordering parts."),
    ("Operate CNC machines. HVAC work may be needed.", "HVAC mechanics",
     "HVAC mechanics operate CNC machines. HVAC work may be needed."),
    ("Transport patients to rooms. Psychiatric orderlies are included in Psychiatric Aides.",
     "orderlies", "Orderlies transport patients to rooms."),
    # "Work" followed by its own verb is a noun, not an instruction: never "They work may …"
    ("Cut meat. Work may include slaughtering. Work typically occurs in plants.", "slaughterers",
     "Slaughterers cut meat. Their work may include slaughtering. Their work typically occurs "
     "in plants."),
    ("Build boilers. Work involves use of hand tools.", "boilermakers",
     "Boilermakers build boilers. Their work involves use of hand tools."),
    ("Work closely with engineers. Take orders from clients.", "drafters",
     "Drafters work closely with engineers. They take orders from clients."),
]  # fmt: skip


@pytest.mark.parametrize(("description", "subject", "expected"), EXAMPLES)
def test_rules(description: str, subject: str, expected: str) -> None:
    assert narrate(description, subject).text == expected


@pytest.mark.parametrize(
    "description",
    [
        "Registered nurses care for patients in hospitals.",
        "Research scientists study cells and write papers.",
        "Care workers help older people at home.",
        "As their name entails, collections specialists collect payments.",
        "A senior patient account representative typically works at a hospital.",
        "They handle insurance claims.",
        "Nurse practitioners diagnose illness.",
        "Wind turbine service technicians inspect turbines.",
        "File clerks file records.",
    ],
)
def test_narrative_descriptions_are_left_alone(description: str) -> None:
    narrative = narrate(description, "nurses")
    assert not is_imperative(description)
    assert (narrative.kind, narrative.text) == ("unchanged", description)


def test_a_description_of_notes_only_is_unusable() -> None:
    narrative = narrate("Includes proofreaders of braille.", "proofreaders")
    assert (narrative.kind, narrative.text) == ("unusable", None)
    assert narrative.note == "The category includes proofreaders of braille."


def test_abbreviations_do_not_end_sentences() -> None:
    assert _split_sentences("Inspect ships, e.g. Tankers. Report to the U.S. Coast Guard.") == [
        "Inspect ships, e.g. Tankers.",
        "Report to the U.S. Coast Guard.",
    ]


@pytest.mark.parametrize(
    ("description", "subject", "message"),
    [
        (None, "nurses", "narrate: expected a description"),
        ("   ", "nurses", "narrate: expected a description"),
        ("Treat patients.", "", "narrate: the subject must be non-empty text"),
        ("Treat patients.", 3, "narrate: the subject must be non-empty text"),
    ],
)
def test_bad_input_is_named(description: object, subject: object, message: str) -> None:
    with pytest.raises(EnglishError, match=message):
        narrate(description, subject)  # type: ignore[arg-type]


@given(st.text(min_size=1, max_size=200).filter(str.strip))
def test_any_text_is_narrated_or_left_alone(text: str) -> None:
    narrative = narrate(text, "nurses")
    assert narrative.kind in ("narrative", "unchanged", "unusable")
    if narrative.kind == "unchanged":
        assert narrative.text == text.strip()
        assert not is_imperative(text)
    if narrative.kind == "narrative":
        assert narrative.text is not None
        assert narrative.text.startswith(("Nurses ", "They ")) or ", nurses " in narrative.text


def test_user_prose_keeps_its_line_breaks() -> None:
    text = "Our nurses care for patients.\n\nThey work nights."
    assert narrate(text, "nurses").text == text
