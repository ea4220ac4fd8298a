"""careerprose.english as a package: lazy imports, the only home of inflect and num2words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import careerprose.english

SRC = Path(careerprose.english.__file__).resolve().parents[1]


def test_importing_careerprose_does_not_import_inflect_or_num2words() -> None:
    code = (
        "import sys, careerprose, careerprose.english;"
        "print(sorted(m for m in ('inflect', 'num2words') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_first_use_imports_them() -> None:
    code = (
        "import sys; from careerprose.english import JobTitle, number_words;"
        "JobTitle('Analysts').singular; number_words(3);"
        "print(sorted(m for m in ('inflect', 'num2words') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['inflect', 'num2words']"


def test_only_the_english_layer_imports_inflect_and_num2words() -> None:
    pattern = re.compile(r"^\s*(?:import|from)\s+(inflect|num2words)\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
        and "english" not in path.relative_to(SRC).parts
    ]
    assert offenders == []


def test_all_names_every_public_function_of_every_module() -> None:
    exported = set(careerprose.english.__all__)
    for module in (
        "casing", "determiners", "errors", "filters", "inflection", "lexicon", "lists",
        "names", "narrative", "numbers", "quantities", "reference", "titles", "wording",
    ):  # fmt: skip
        names = set(getattr(careerprose.english, module).__all__)
        missing = names - exported - {"MINOR_WORDS", "title_key"}
        assert not missing, f"careerprose.english.{module}: {missing} not re-exported"
