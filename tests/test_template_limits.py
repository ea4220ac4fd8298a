"""User templates are bounded: sizes, numbers, loop work and output (issue 8, item 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerprose import Occupation, TemplateError, compare
from careerprose.sandbox import MAX_SIZE

# A trade-off (more jobs against more pay), so the article has the closing these tests override.
A = Occupation.from_dict(
    {"title": "Registered Nurse", "jobs": 3_300_000, "salary": {"average": 40_000}}
)
B = Occupation.from_dict(
    {"title": "Medical Assistant", "jobs": 760_000, "salary": {"average": 90_000}}
)

HOSTILE = {
    "string repeat": "{{ ('a' * 3 * 10**9)|length }}",
    "huge power": "{{ 10 ** (10 ** 9) }}",
    "repeated squaring": "{% set ns = namespace(n=3) %}{% for i in range(40) %}"
    "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n > 0 }}",
    "nested loops": "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}"
    "{% endfor %}",
    "list repeat": "{{ ([1] * 10**8)|length }}",
    "doubling with ~": "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "doubling nested lists": "{% set ns = namespace(l=[1]) %}{% for i in range(60) %}"
    "{% set ns.l = [ns.l, ns.l] %}{% endfor %}{{ ns.l }}",
    "percent width": "{{ '%1000000000d' % 1 }}",
    "format filter width": "{{ '%1000000000s'|format('x') }}",
    "str.format width": "{{ '{:>1000000000}'.format(1) }}",
    "center filter": "{{ 'x'|center(10**9) }}",
    "ljust method": "{{ 'x'.ljust(10**9) }}",
    "join of a repeated big string": "{{ (['a' * 90000] * 90000)|join }}",
    "replace growth": "{{ ('a' * 90000)|replace('a', 'bbbbbbbbbb') }}",
    "recursive macro": "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "output volume": "{% for i in range(90000) %}{{ 'a' * 90000 }}{% endfor %}",
}


def closing(folder: Path, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "closing.jinja"
    path.write_text(f"{{% macro closing(m) %}}\n{body}\n{{% endmacro %}}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_template_fails_fast_with_file_and_line(tmp_path: Path, body: str) -> None:
    path = closing(tmp_path / "t", body)
    with pytest.raises(TemplateError) as caught:  # the limits stop it, not a clock
        compare(A, B, templates=path.parent)
    message = str(caught.value)
    assert message.startswith(f"{path}, line "), message
    assert "template limit" in message or "recursion" in message, message


@pytest.mark.parametrize(
    "body",
    ["{{ 'a' * 1000 }}", "{{ 2 ** 64 }}", "{% for i in range(1000) %}{{ i }}{% endfor %}",
     "{{ (['x'] * 100)|join(', ') }}", "{{ '%5.1f' % 2.25 }}", "{{ m.a.display ~ ' wins' }}"],
    ids=str,
)  # fmt: skip
def test_ordinary_template_work_is_untouched(tmp_path: Path, body: str) -> None:
    closing(tmp_path / "t", body)
    compare(A, B, templates=tmp_path / "t").render("text")


def test_a_value_just_under_the_limit_is_fine_and_just_over_is_not(tmp_path: Path) -> None:
    closing(tmp_path / "t", f"{{{{ ('a' * {MAX_SIZE})|length }}}}")
    assert str(MAX_SIZE) in compare(A, B, templates=tmp_path / "t").render("text")
    closing(tmp_path / "u", f"{{{{ ('a' * {MAX_SIZE + 1})|length }}}}")
    with pytest.raises(TemplateError, match="over a template limit"):
        compare(A, B, templates=tmp_path / "u")
