"""careerprose.english.determiners: "a" or "an" by the sound of the first word."""

from __future__ import annotations

import pytest
from hypothesis import given

from careerprose.english import (
    EnglishError,
    default_lexicon,
    indefinite_article,
    starts_with_vowel_sound,
    with_article,
)
from careerprose.testing.english import FirstWord, first_words

CASES = [
    # words: by sound, not by letter
    ("umpire", "an umpire"),
    ("hourly manager", "an hourly manager"),
    ("honest broker", "an honest broker"),
    ("heir", "an heir"),
    ("university professor", "a university professor"),
    ("union representative", "a union representative"),
    ("unimportant detail", "an unimportant detail"),
    ("user researcher", "a user researcher"),
    ("urologist", "a urologist"),
    ("urban planner", "an urban planner"),
    ("European sales manager", "a European sales manager"),
    ("one-hour photo technician", "a one-hour photo technician"),
    ("onerous task", "an onerous task"),
    ("engineer", "an engineer"),
    ("yard manager", "a yard manager"),
    ("house painter", "a house painter"),
    # acronyms read letter by letter, or as words
    ("LPN", "an LPN"),
    ("HR manager", "an HR manager"),
    ("RN case manager", "an RN case manager"),
    ("FBI agent", "an FBI agent"),
    ("MBA graduate", "an MBA graduate"),
    ("SEO specialist", "an SEO specialist"),
    ("UX designer", "a UX designer"),
    ("CNA", "a CNA"),
    ("NASA engineer", "a NASA engineer"),
    ("NICU nurse", "a NICU nurse"),
    ("OSHA inspector", "an OSHA inspector"),
    ("HIPAA officer", "a HIPAA officer"),
    ("iOS developer", "an iOS developer"),
    # single letters before a hyphen
    ("X-ray technician", "an X-ray technician"),
    ("A-list publicist", "an A-list publicist"),
    ("e-commerce manager", "an e-commerce manager"),
    ("U-turn", "a U-turn"),
    ("T-shirt printer", "a T-shirt printer"),
    # figures, as read aloud
    ("8th grade teacher", "an 8th grade teacher"),
    ("11th grade teacher", "an 11th grade teacher"),
    ("18-wheeler driver", "an 18-wheeler driver"),
    ("80-hour week", "an 80-hour week"),
    ("800-bed hospital", "an 800-bed hospital"),
    ("1st shift supervisor", "a 1st shift supervisor"),
    ("110-bed hospital", "a 110-bed hospital"),
    ("11,000-seat arena", "an 11,000-seat arena"),
    ("1,800-seat arena", "a 1,800-seat arena"),
    # leading punctuation is skipped
    ('"hour" of work', 'an "hour" of work'),
]


@pytest.mark.parametrize(("phrase", "expected"), CASES, ids=[case[0] for case in CASES])
def test_with_article(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


@given(first_words())
def test_article_matches_the_sound_of_the_first_word(word: FirstWord) -> None:
    assert indefinite_article(f"{word.word} manager") == word.article
    assert starts_with_vowel_sound(word.word) is (word.article == "an")


def test_users_extend_the_article_lexicon() -> None:
    lexicon = default_lexicon().extend(
        {"articles": {"prefixes": {"ursa": "an"}, "spoken_acronyms": {"SQL": "a"}}}
    )
    assert with_article("Ursa analyst", lexicon=lexicon) == "an Ursa analyst"
    assert with_article("SQL developer") == "an SQL developer"
    assert with_article("SQL developer", lexicon=lexicon) == "a SQL developer"


@pytest.mark.parametrize("bad", [None, "", "  ", 3], ids=["None", "empty", "spaces", "int"])
def test_bad_input_is_rejected(bad: object) -> None:
    with pytest.raises(EnglishError, match="expected a non-empty"):
        indefinite_article(bad)  # type: ignore[arg-type]
    with pytest.raises(EnglishError, match="expected a non-empty"):
        starts_with_vowel_sound(bad)  # type: ignore[arg-type]
