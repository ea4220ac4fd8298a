"""The documentation's examples run, and the template reference lists every message kind."""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

import careerprose

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TEMPLATES = ROOT / "templates"


def test_tutorial_examples_run() -> None:
    result = doctest.testfile(
        str(DOCS / "tutorial.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.attempted > 15
    assert result.failed == 0


def _kinds() -> set[str]:
    names = set()
    for path in TEMPLATES.glob("*.jinja"):
        if path.name in ("macros.jinja", "labels.jinja"):
            continue
        for name in re.findall(r"{%-?\s*macro\s+(\w+)\(", path.read_text(encoding="utf-8")):
            names.add(re.sub(r"_v\d+$", "", name))
    return names


@pytest.mark.parametrize("kind", sorted(_kinds()))
def test_template_reference_documents_each_kind(kind: str) -> None:
    reference = (DOCS / "templates.md").read_text(encoding="utf-8")
    families = {family[:-2] for family in re.findall(r"`(\w+_\*)`", reference)}
    documented = f"`{kind}`" in reference or any(kind.startswith(f + "_") for f in families)
    assert documented, f"docs/templates.md does not mention the message kind {kind!r}"


def test_template_reference_lists_every_label() -> None:
    reference = (DOCS / "templates.md").read_text(encoding="utf-8")
    labels = re.findall(r'"(\w+)":', (TEMPLATES / "labels.jinja").read_text(encoding="utf-8"))
    assert labels
    assert [label for label in labels if f"`{label}`" not in reference] == []


def test_testing_guide_examples_run_against_custom_templates(tmp_path: Path) -> None:
    folder = tmp_path / "my_templates"
    shutil.copytree(TEMPLATES, folder)
    closing = folder / "closing.jinja"
    closing.write_text(
        "{% macro closing(m) %}Compare {{ m.a.plural }} and {{ m.b.plural }} with care."
        "{% endmacro %}",
        encoding="utf-8",
    )
    guide = (DOCS / "testing.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, flags=re.DOTALL)
    tests = []
    for block in blocks:  # every example that defines tests runs
        code = block.replace('"my_templates"', repr(str(folder)))
        if "def test_" not in code:
            continue
        namespace: dict[str, object] = {}
        exec(compile(code, "docs/testing.md", "exec"), namespace)
        tests += [value for name, value in namespace.items() if name.startswith("test_")]
    assert len(tests) >= 3
    for test in tests:
        test()  # type: ignore[operator]
    article = careerprose.compare("Registered Nurses", "Dental Hygienists", templates=folder)
    assert article.sections[-1].sentences().__next__().text.startswith("Compare registered nurses")
