"""Custom templates: overriding sections and macros, the sandbox, and errors with file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careerprose import SECTIONS, Occupation, Style, TemplateError, Writer, check_article, compare

A = Occupation.from_dict({"title": "Registered Nurse", "jobs": 3_300_000, "growth_rate": 5})
B = Occupation.from_dict({"title": "Medical Assistant", "jobs": 760_000, "growth_rate": 12})
#: Without the intro, which would lead with these two differences (the overview then leaves
#: them out), so the overview's own sentences are the ones rendered.
NO_INTRO = Style(sections=tuple(name for name in SECTIONS if name != "intro"))


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_section_file_overrides_the_built_in_one(tmp_path: Path) -> None:
    write(
        tmp_path,
        "overview.jinja",
        """
{% macro heading(m) %}At a glance: {{ m.a.display }} or {{ m.b.display }}?{% endmacro %}
{% macro growth_compare(m) %}Growth: {{ m.value.a }} against {{ m.value.b }}.{% endmacro %}
{% macro jobs_compare(m) %}
{{ m.a.plural }} hold {{ m.value.difference }} jobs than {{ m.b.plural }}.
{% endmacro %}
""",
    )
    article = compare(A, B, templates=tmp_path, style=NO_INTRO)
    overview = article.section("overview")
    assert overview is not None
    assert overview.heading == "At a glance: Registered Nurse or Medical Assistant?"
    assert [s.text for s in overview.sentences()] == [
        "Growth: 5% against 12%.",
        # later mentions keep two words: "nurses" and "assistants" could name other jobs
        "Registered nurses hold 2.54 million more jobs than medical assistants.",
    ]
    assert check_article(article, A, B) == []
    intro = article.section("closing")  # other sections still use the built-in templates
    assert intro is not None


def test_a_shared_macro_file_can_be_overridden(tmp_path: Path) -> None:
    write(
        tmp_path,
        "labels.jinja",
        '{% set labels = {"average_salary": "Pay", "hourly_rate":'
        ' "Per hour", "growth_rate": "Growth", "jobs": "Jobs", "job_satisfaction": "Happy",'
        ' "degree": "Degree", "average_age": "Age", "experience": "Experience"} %}',
    )
    article = compare(A, B, templates=tmp_path, style=None)
    overview = article.section("overview")
    assert overview is not None
    table = next(b for b in overview.blocks if hasattr(b, "rows"))
    assert [row.label for row in table.rows] == ["Growth", "Jobs"]


def test_more_variants_are_picked_up_without_python(tmp_path: Path) -> None:
    macros = "\n".join(
        f"{{% macro growth_compare_v{n}(m) %}}Variant {n}: {{{{ m.value.a }}}}.{{% endmacro %}}"
        for n in range(1, 6)
    )
    write(
        tmp_path,
        "overview.jinja",
        (Path(__file__).parent.parent / "templates" / "overview.jinja").read_text() + macros,
    )
    seen = {
        s.text
        for seed in range(40)
        for s in compare(A, B, templates=tmp_path, style=NO_INTRO, seed=seed).sentences()
        if s.kind == "growth_compare"
    }
    assert {f"Variant {n}: 5%." for n in range(1, 6)} <= seen


def test_record_values_are_never_run_as_template_code(tmp_path: Path) -> None:
    sneaky = Occupation.from_dict({"title": "{{ m.__class__ }} Analyst", "jobs": 10})
    article = compare(sneaky, B, templates=tmp_path)
    assert "{{ m.__class__ }} analyst" in article.render("text").lower()


def test_user_templates_run_in_the_sandbox(tmp_path: Path) -> None:
    write(
        tmp_path, "closing.jinja", "{% macro closing(m) %}{{ m.a.__class__.__mro__ }}{% endmacro %}"
    )
    with pytest.raises(TemplateError) as caught:
        compare(A, B, templates=tmp_path)
    message = str(caught.value)
    assert "closing.jinja, line 1" in message
    assert "not allowed in the template sandbox" in message or "undefined" in message


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "salary.jinja", "{% macro heading(m) %}\nfine\n{% if %}\n{% endmacro %}")
    with pytest.raises(TemplateError) as caught:
        Writer(templates=tmp_path).compare(
            {"title": "Nurse", "salary": {"average": 1}}, {"title": "Clerk"}
        )
    assert str(caught.value).startswith(f"{path}, line 3: ")
    assert (caught.value.template, caught.value.line) == (str(path), 3)


def test_undefined_value_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "overview.jinja",
        "{% macro heading(m) %}Overview{% endmacro %}\n"
        "{% macro growth_compare(m) %}\n{{ m.value.nope }}\n{% endmacro %}\n"
        "{% macro jobs_compare(m) %}x{% endmacro %}",
    )
    with pytest.raises(TemplateError) as caught:
        compare(A, B, templates=tmp_path, style=NO_INTRO)
    assert str(caught.value).startswith(f"{path}, line 3: undefined value:")
    assert "nope" in str(caught.value)


def test_a_sentence_over_several_lines_reads_as_one_and_errors_keep_their_lines(
    tmp_path: Path,
) -> None:
    # Literal text is folded when the template is compiled (FoldWhiteSpace): line breaks,
    # indents and tabs between words read as one space; string literals keep their own
    # spaces ("two  spaces" is 11 characters); an error further down names its real line.
    heading = "{% macro heading(m) %}Overview{% endmacro %}\n"
    jobs = "{% macro jobs_compare(m) %}Jobs differ.{% endmacro %}\n"
    write(
        tmp_path / "folded",
        "overview.jinja",
        heading + jobs + "{% macro growth_compare(m) %}\nGrowth  for\n   nurses\tis\n\n"
        '{{ m.value.a }} ({{ "two  spaces" | length }}){% endmacro %}',
    )
    sentences = compare(A, B, templates=tmp_path / "folded", style=NO_INTRO).sentences()
    assert [s.text for s in sentences if s.kind == "growth_compare"] == [
        "Growth for nurses is 5% (11)."
    ]
    write(
        tmp_path / "broken",
        "overview.jinja",
        heading + jobs + "{% macro growth_compare(m) %}\nGrowth\n\n  is\n{{ m.value.nope }}\n"
        "{% endmacro %}",
    )
    with pytest.raises(TemplateError) as caught:
        compare(A, B, templates=tmp_path / "broken", style=NO_INTRO)
    assert caught.value.line == 7


def test_missing_kind_is_a_clear_error(tmp_path: Path) -> None:
    write(tmp_path, "overview.jinja", "{% macro heading(m) %}Overview{% endmacro %}")
    with pytest.raises(
        TemplateError,
        match=r"overview\.jinja: no macro phrases the message kind"
        r" 'growth_compare' \(define growth_compare or growth_compare_v1\)",
    ):
        compare(A, B, templates=tmp_path, style=NO_INTRO)


def test_missing_templates_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist or is not a folder"):
        Writer(templates=tmp_path / "nope")


def test_templates_never_see_missing_values_as_text(tmp_path: Path) -> None:
    """A one-sided value is absent from m.value: printing the other side is an error, not None."""
    write(
        tmp_path,
        "overview.jinja",
        "{% macro heading(m) %}Overview{% endmacro %}\n"
        "{% macro growth_one(m) %}{{ m.value.a }} and {{ m.value.b }}{% endmacro %}",
    )
    only_a = Occupation.from_dict({"title": "Nurse", "growth_rate": 5})
    with pytest.raises(TemplateError, match="undefined value"):
        compare(only_a, Occupation("Clerk"), templates=tmp_path)


# --- extra variants merged over the built-in ones ----------------------------------------

SALARY_A = Occupation.from_dict({"title": "Registered Nurse", "salary": {"average": 93600}})
SALARY_B = Occupation.from_dict({"title": "Medical Assistant", "salary": {"average": 42000}})
SALARY = Style(sections=("salary",))  # the intro would state the average first


def _salary_sentences(folder: Path | None) -> set[str]:
    return {
        s.text
        for seed in range(40)
        for s in compare(SALARY_A, SALARY_B, templates=folder, seed=seed, style=SALARY).sentences()
        if s.kind == "average_compare"
    }


#: More variant numbers than any built-in kind has: writing them all replaces every variant.
EVERY_NUMBER = range(1, 31)


def test_an_extra_file_replaces_one_variant_and_keeps_the_others(tmp_path: Path) -> None:
    built_in = _salary_sentences(None)
    assert len(built_in) >= 2
    write(
        tmp_path,
        "salary.extra.jinja",
        "{% macro average_compare_v2(m) %}Pay gap: {{ m.value.difference }}.{% endmacro %}",
    )
    extended = _salary_sentences(tmp_path)
    assert "Pay gap: $51,600 more." in extended
    assert len(extended) == len(built_in)
    assert len(extended & built_in) == len(built_in) - 1  # the others are still built-in


def test_an_extra_file_adds_variants(tmp_path: Path) -> None:
    write(
        tmp_path,
        "salary.extra.jinja",
        "{% macro average_compare_v99(m) %}Nurses out-earn: {{ m.value.a }}.{% endmacro %}",
    )
    extended = _salary_sentences(tmp_path)
    assert "Nurses out-earn: $93,600." in extended
    assert len(extended) == len(_salary_sentences(None)) + 1


def test_shared_phrasings_can_be_extended_too(tmp_path: Path) -> None:
    a = Occupation.from_dict({"title": "Nurse", "education": {"major": "Nursing"}})
    b = Occupation.from_dict({"title": "Clerk", "jobs": 5})
    write(
        tmp_path,
        "macros.extra.jinja",
        "".join(
            f"{{% macro attribute_one_v{n}(m) %}}{{{{ m.subject.plural }}}} study"
            " {{ m.value.subject }}.{% endmacro %}\n"
            for n in EVERY_NUMBER
        ),
    )
    sentences = {
        s.text
        for seed in range(10)
        for s in compare(a, b, templates=tmp_path, seed=seed).sentences()
        if s.kind == "attribute_one"
    }
    assert sentences == {"Nurses study nursing."}


def test_extra_files_run_in_the_sandbox(tmp_path: Path) -> None:
    write(
        tmp_path,
        "salary.extra.jinja",
        "".join(
            f"{{% macro average_compare_v{n}(m) %}}{{{{ m.a.__class__ }}}}{{% endmacro %}}"
            for n in EVERY_NUMBER
        ),
    )
    with pytest.raises(TemplateError, match=r"salary\.extra\.jinja"):
        compare(SALARY_A, SALARY_B, templates=tmp_path, style=SALARY)


def test_built_in_templates_fit_in_100_columns() -> None:
    folder = Path(__file__).parent.parent / "templates"
    long = [
        f"{path.name}:{number}"
        for path in sorted(folder.glob("*.jinja"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 100
    ]
    assert long == []


def test_a_variant_is_one_macro_without_wrappers() -> None:
    """Every phrasing is written once: no macro only calls another with a variant number."""
    folder = Path(__file__).parent.parent / "templates"
    wrappers = [
        path.name
        for path in folder.glob("*.jinja")
        if re.search(r"\{\{ say\.\w+\(m, \d\) \}\}", path.read_text(encoding="utf-8"))
    ]
    assert wrappers == []


def test_headline_keeps_brand_casing_and_jinja_title_is_jinjas_own(tmp_path: Path) -> None:
    write(
        tmp_path,
        "overview.extra.jinja",
        "{% macro heading(m) %}{{ 'iOS developer pay' | headline }} / "
        "{{ 'iOS developer pay' | title }}{% endmacro %}",
    )
    overview = compare(A, B, templates=tmp_path).section("overview")
    assert overview is not None
    assert overview.heading == "iOS Developer Pay / Ios Developer Pay"


def _salary_labels(article: object) -> list[str]:
    from careerprose.article import Table

    salary = article.section("salary")  # type: ignore[attr-defined]
    assert salary is not None
    return [row.label for b in salary.blocks if isinstance(b, Table) for row in b.rows]


def test_bls_metro_areas_are_labelled_as_such_and_a_labels_file_without_metro_still_works(
    tmp_path: Path,
) -> None:
    metro = "San Jose-Sunnyvale-Santa Clara, CA"
    bls = {"source": "BLS OEWS", "salary": {"highest_paying_city": metro}}
    nurse = Occupation.from_dict({"title": "Nurse", **bls})
    clerk = Occupation.from_dict({"title": "Clerk", **bls})
    assert _salary_labels(compare(nurse, clerk)) == ["Highest paying metro area"]
    own = Occupation.from_dict({"title": "Nurse", "salary": {"highest_paying_city": "Boston"}})
    assert _salary_labels(compare(own, clerk)) == ["Highest paying city"]
    write(tmp_path, "labels.jinja", '{% set labels = {"city": "Top city"} %}')
    assert _salary_labels(compare(nurse, clerk, templates=tmp_path)) == ["Top city"]
