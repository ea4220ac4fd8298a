"""The built-in templates' compiled code (careerprose.template_code): Python's own attribute
reads where Jinja's lookup could not give another result, and the same articles either way."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest
from jinja2.compiler import CodeGenerator

from careerprose.plan import Context, Figures
from careerprose.template_code import DirectAttributeCode
from careerprose.templating import _BuiltInEnvironment
from careerprose.testing.variants import corpus, render_every_variant


class _Direct(jinja2.Environment):
    code_generator_class = DirectAttributeCode


def _environment() -> jinja2.Environment:
    return _Direct(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _code(source: str) -> str:
    return str(_environment().compile(source, raw=True))


def test_printed_joined_compared_and_tested_reads_are_direct_others_use_jinjas_lookup() -> None:
    code = _code(
        "{% macro t(m) %}{{ m.a.plural }}{{ m.b ~ 'x' }}{% if m.c %}{% endif %}"
        "{{ m.d == 'y' }}{% if m.e is defined %}{% endif %}{{ m.f | upper }}"
        "{% set g = m.g %}{{ m.h in [] }}{{ 'x' in m.i }}{% endmacro %}"
    )
    looked_up = set(re.findall(r"environment\.getattr\(l_1_m, '(\w+)'\)", code))
    assert looked_up == {"e", "f", "g", "h"}  # m.h in an empty list is False, not a failure
    for direct in ("(l_1_m).a).plural", "(l_1_m).b", "(l_1_m).c", "(l_1_m).d"):
        assert direct in code


def test_a_missing_attribute_still_reads_as_undefined_where_a_template_may_test_it() -> None:
    template = _environment().from_string(
        "{% if m.value.ratio is defined %}{{ m.value.ratio }}{% else %}{{ m.value.a }}{% endif %}"
    )
    assert template.render(m=Context(value=Figures(a="$5"))) == "$5"
    assert template.render(m=Context(value=Figures(a="$5", ratio="twice as much"))) == (
        "twice as much"
    )


def test_a_missing_attribute_printed_still_fails_loudly() -> None:
    template = _environment().from_string("{{ m.value.nope }}")
    with pytest.raises(AttributeError, match="nope"):
        template.render(m=Context(value=Figures(a="$5")))
    strict = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string("{{ m.value.nope }}")
    with pytest.raises(jinja2.UndefinedError, match="nope"):  # as Jinja's own code fails
        strict.render(m=Context(value=Figures(a="$5")))


def test_every_built_in_variant_reads_the_same_with_jinjas_own_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pairs = corpus()
    monkeypatch.setenv("CAREERPROSE_CACHE_DIR", str(tmp_path / "ours"))  # compiled once a run
    ours = [article.render("markdown") for *_, article in render_every_variant(pairs=pairs)]
    monkeypatch.setattr(_BuiltInEnvironment, "code_generator_class", CodeGenerator)
    monkeypatch.setenv("CAREERPROSE_CACHE_DIR", str(tmp_path / "jinjas"))
    jinjas = [article.render("markdown") for *_, article in render_every_variant(pairs=pairs)]
    assert len(ours) > 100
    assert ours == jinjas
