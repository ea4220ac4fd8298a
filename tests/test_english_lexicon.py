"""careerprose.english.lexicon: the built-in word lists and user extensions."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from careerprose.english import EnglishError, JobTitle, Lexicon, default_lexicon, load_lexicon
from careerprose.english.lexicon import title_key

DATA = resources.files("careerprose.english").joinpath("data")


def test_data_files_ship_with_the_package_and_parse() -> None:
    names = sorted(entry.name for entry in DATA.iterdir())
    for expected in ("acronyms.txt", "articles.json", "nouns.json", "titles.json", "README.md"):
        assert expected in names
    for name in names:
        if name.endswith(".json"):
            json.loads(DATA.joinpath(name).read_text("utf-8"))


def test_default_lexicon_is_loaded_once() -> None:
    lexicon = default_lexicon()
    assert lexicon is default_lexicon()
    assert isinstance(lexicon, Lexicon)
    assert lexicon.acronyms["hr"] == "HR"
    assert lexicon.proper_nouns["medicaid"] == "Medicaid"
    assert lexicon.proper_nouns["new york"] == "New York"
    assert lexicon.irregular["passerby"] == "passersby"
    assert lexicon.collective["police"] == "police officer"
    assert lexicon.postpositive["attorney general"] == "attorneys general"
    assert lexicon.article_prefixes["hour"] == "an"
    assert lexicon.is_known_title("physicians,   PATHOLOGISTS")


COMMON_WORDS = {"it", "or", "us", "do", "ice", "act", "pet", "stem", "rest", "sat", "ups",
                "dot", "cam", "pals", "swat", "am", "me", "as", "an", "in", "on", "at", "be",
                "go"}  # fmt: skip


def test_safe_acronyms_are_not_english_words() -> None:
    """A lower-case "it" or "ice" must never become "IT" or "ICE"."""
    assert not COMMON_WORDS & set(default_lexicon().acronyms)


def test_extend_returns_a_new_lexicon_and_leaves_the_default_alone() -> None:
    base = default_lexicon()
    extended = base.extend({"irregular": {"Cyborg": "Cyborgz"}, "acronyms": ["QQQ"]})
    assert extended is not base
    assert extended.irregular["cyborg"] == "cyborgz"
    assert "cyborg" not in base.irregular
    assert JobTitle("Cyborg", lexicon=extended).plural == "cyborgz"
    assert JobTitle("Cyborg").plural == "cyborgs"
    assert extended.acronyms["hr"] == "HR"  # built-in entries kept


def test_load_lexicon_file(tmp_path: Path) -> None:
    path = tmp_path / "ours.json"
    entries = {
        "_comment": "comments are ignored",
        "titles": {"Data Wranglers": {"singular": "data engineer", "plural": "data engineers"}},
        "proper_nouns": ["Zendesk"],
        "articles": {"prefixes": {"xeno": "a"}},
    }
    path.write_text(json.dumps(entries), encoding="utf-8")
    lexicon = load_lexicon(path)
    assert JobTitle("data wranglers", lexicon=lexicon).a == "a data engineer"
    assert JobTitle("Zendesk Admin", lexicon=lexicon).singular == "Zendesk admin"
    again = load_lexicon(path, base=lexicon)
    assert again.titles[title_key("Data Wranglers")].singular == "data engineer"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"not valid JSON: .* \(line 1, column 2\)"),
        ("[]", "lexicon: expected a JSON object, got \\[\\]"),
        ('{"acronym": ["X"]}', "unknown lexicon section 'acronym'; did you mean 'acronyms'\\?"),
        ('{"zzz": 1}', "unknown lexicon section 'zzz'; known: titles"),
        ('{"acronyms": "HR"}', "acronyms: expected a list of non-empty strings, got 'HR'"),
        ('{"irregular": {"ox": 5}}', "irregular\\['ox'\\]: expected a non-empty string, got 5"),
        ('{"titles": {"X": {"single": "x"}}}', "titles\\['X'\\]: expected an object with"),
        ('{"titles": {"X": {"singular": " "}}}', "titles\\['X'\\]\\['singular'\\]: expected a non"),
        ('{"articles": {"prefixes": {"hour": "the"}}}', "expected 'a' or 'an', got 'the'"),
        ('{"articles": {"letters": "aeiou"}}', "unknown articles section 'letters'"),
    ],
    ids=["bad json", "not an object", "typo", "unknown", "not a list", "bad irregular",
         "bad title keys", "blank title", "bad article", "bad articles section"],
)  # fmt: skip
def test_bad_lexicon_files_name_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EnglishError, match=message) as info:
        load_lexicon(path)
    assert "bad.json" in str(info.value)


def test_missing_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(EnglishError, match=r"cannot read lexicon file .*missing\.json"):
        load_lexicon(tmp_path / "missing.json")


def test_title_key() -> None:
    assert (
        title_key("  Grinding &  Polishing Workers, HAND ")
        == "grinding and polishing workers, hand"
    )
