"""Issue 8's hostile and ambiguous input: every case a clear RecordError or warning, never a crash.

Covers items 11 (ambiguous top level, repeated JSON keys), 12 (deep nesting, huge integers),
13 (anything accepted renders), 14 and 24 (unsafe text from files), 25 (spreadsheet-safe CSV)
and the records parts of 26 (empty files, names that differ only by case).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerprose import Occupation, RecordError, check_records, compare, load_records
from careerprose.cli import main
from careerprose.records import dump_records, save_records, values
from careerprose.render import FORMATS as OUTPUT_FORMATS


def lines(problems: object) -> list[str]:
    return [str(problem) for problem in problems]  # type: ignore[attr-defined]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- 11: ambiguous top level and repeated keys -------------------------------------------------


def test_a_record_beside_the_occupations_list_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "jobs.json"
    path.write_text('{"title": "A", "occupations": [{"title": "B"}]}', encoding="utf-8")
    report = check_records(path)
    assert lines(report.errors) == [
        f"{path}: the top-level object has 'occupations' and other keys (title): put every"
        " record inside the 'occupations' list"
    ]
    assert report.records == 2  # record A is counted, not silently dropped


TWICE = "key appears more than once in the object; remove all but one"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ('[{"title": "A", "jobs": 1, "jobs": 2}]', f"record 1 (A), jobs: {TWICE}"),
        (
            '[{"title": "A"}, {"title": "B", "salary": {"low": 1, "low": 2}}]',
            f"record 2 (B), salary.low: {TWICE}",
        ),
        (
            '[{"title": "A", "skills": [{"name": "x", "name": "y"}]}]',
            f"record 1 (A), skills[0].name: {TWICE}",
        ),
        (
            '{"occupations": [], "occupations": [{"title": "A"}]}',
            "occupations: the top-level key appears more than once",
        ),
    ],
    ids=["top", "nested", "in-list", "envelope"],
)
def test_repeated_json_keys_are_reported_with_record_and_path(
    tmp_path: Path, document: str, expected: str
) -> None:
    path = tmp_path / "jobs.json"
    path.write_text(document, encoding="utf-8")
    assert lines(check_records(path).errors) == [f"{path}, {expected}"]


def test_repeated_keys_in_json_lines_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text('{"title": "A"}\n{"title": "B", "title": "C"}\n', encoding="utf-8")
    assert lines(check_records(path).errors) == [
        f"{path}, line 2 (C), title: key appears more than once in the object; remove all but one"
    ]


# --- 12: deep nesting and huge integers --------------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
HUGE = "1" * 4_301


TOO_DEEP = ": not usable JSON: nested too deeply (a record needs at most a few levels)"


@pytest.mark.parametrize(
    ("suffix", "text", "expected"),
    [
        (".json", DEEP, TOO_DEEP),
        (".json", "[" * 100_000, TOO_DEEP),
        (".jsonl", '{"title": "A"}\n' + DEEP + "\n", ", line 2" + TOO_DEEP),
        (
            ".json",
            f'[{{"title": "A",\n "jobs": {HUGE}}}]',
            ", line 2, column 10: not usable JSON: a number of 4,301 digits (at most 4,300)",
        ),
        (
            ".jsonl",
            f'{{"title": "A"}}\n{{"title": "A", "jobs": -{HUGE}}}\n',
            ", line 2: not usable JSON: a number of 4,302 digits (at most 4,300)",
        ),
    ],
    ids=["deep", "unclosed-deep", "deep-line", "huge-int", "huge-int-line"],
)
def test_hostile_json_is_a_record_error_naming_the_file(
    tmp_path: Path, suffix: str, text: str, expected: str
) -> None:
    path = tmp_path / f"hostile{suffix}"
    path.write_text(text, encoding="utf-8")
    assert lines(check_records(path).errors) == [f"{path}{expected}"]
    with pytest.raises(RecordError):
        load_records(path)


@pytest.mark.parametrize("command", ["validate", "compare", "data", "batch"])
def test_hostile_json_through_every_command_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    path = tmp_path / "deep.json"
    path.write_text(DEEP, encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\nNurse,Clerk\n", encoding="utf-8")
    args = {
        "validate": ["validate", str(path)],
        "compare": ["compare", str(path)],
        "data": ["compare", "--data", str(path), "Nurse", "Clerk"],
        "batch": ["batch", str(pairs), "-o", str(tmp_path / "out"), "--data", str(path)],
    }[command]
    code, _, err = run(capsys, *args)
    assert code == 1
    assert f"{path}" in err
    assert "nested too deeply" in err
    assert "Traceback" not in err


def test_deeply_nested_in_memory_value_is_reported_not_recursed() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    report = check_records([{"title": "A", "description": deep, "skills": deep}])
    assert [problem.field for problem in report.errors] == ["description", "skills[0]"]


# --- 13: anything validate accepts renders in every format --------------------------------------

NUMBER_FIELDS = {
    "salary.average": values.MONEY,
    "salary.hourly": values.HOURLY,
    "salary.low": values.MONEY,
    "salary.high": values.MONEY,
    "growth_rate": values.RATE,
    "jobs": values.COUNT,
    "job_satisfaction": values.RATING,
    "time_to_become.min_months": values.MONTHS,
    "time_to_become.max_months": values.MONTHS,
    "experience_years": values.YEARS,
    "education.degree_share": values.PERCENT,
    "demographics.average_age": values.AGE,
    "demographics.lgbt_share": values.PERCENT,
}


def _extreme(kind: values.Kind) -> st.SearchStrategy[object]:
    """Numbers at, inside and beyond a kind's bounds, including the hostile ones of issue 8."""
    assert kind.minimum is not None
    assert kind.maximum is not None
    low, high = kind.minimum, kind.maximum
    return st.one_of(
        st.sampled_from(
            [low, high, high + 1, 1e30, 1e300, 5e-324, 10**4000, 10**5000, -(10**4000)]
        ),
        st.floats(low, high),
        st.integers(int(low), int(high)),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(),
    )


TEXT_FIELDS = ("description", "education.degree", "education.major", "salary.highest_paying_city")
_ANY_TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30)


@st.composite
def hostile_records(draw: st.DrawFn, title: str) -> dict[str, Any]:
    """A raw record with extreme numbers and arbitrary text; the title keeps ``title`` in it."""
    prefix = draw(st.one_of(st.just(""), _ANY_TEXT))
    record: dict[str, Any] = {"title": f"{prefix} {title}".strip()}
    for field, kind in NUMBER_FIELDS.items():
        if draw(st.booleans()):
            record[field] = draw(_extreme(kind))
    for field in TEXT_FIELDS:
        if draw(st.booleans()):
            record[field] = draw(_ANY_TEXT)
    if draw(st.booleans()):
        record["responsibilities"] = draw(st.lists(_ANY_TEXT, max_size=3))
    if draw(st.booleans()):
        name = draw(st.one_of(st.just("Billing"), _ANY_TEXT))
        record["skills"] = [{"name": name, "share": draw(_extreme(values.PERCENT))}]
    return record


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_records("Billing Clerk"), hostile_records("Payroll Clerk"))
def test_every_record_validate_accepts_renders_in_every_format(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    report = check_records([a, b])
    if not report.ok:
        assert all(problem.field for problem in report.errors)
        return
    first, second = report.occupations
    article = compare(first, second)
    for format in OUTPUT_FORMATS:
        assert article.render(format)


# --- 14 and 24: unsafe text arriving from files ------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("Nurse \\ud800 Lead", "lone surrogate"),
        ("Nurse \\u202e Lead", "unbalanced bidi control"),
        ("Nur\\u200bse", "zero-width character"),
    ],
)
def test_unsafe_text_in_json_is_rejected_at_loading(tmp_path: Path, raw: str, reason: str) -> None:
    path = tmp_path / "jobs.json"
    path.write_text(f'[{{"title": "{raw}"}}]', encoding="utf-8")
    (problem,) = check_records(path).errors
    assert (problem.location, problem.field) == ("record 1", "title")
    assert reason in problem.message
    str(problem).encode("ascii")  # printable on any terminal


def test_unsafe_field_names_are_shown_escaped() -> None:
    (problem,) = check_records([{"title": "A", "sal\u202eary": 1}]).errors
    assert problem.field == "'sal\\u202eary'"


# --- 25: CSV that spreadsheets show as text, and that reads back --------------------------------

FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)",
            "\tTab", "'quoted", "''twice", "=1"]  # fmt: skip


@pytest.mark.parametrize("format", ["csv", "tsv"])
def test_csv_export_neutralises_formulas_and_round_trips(tmp_path: Path, format: str) -> None:
    records = [
        Occupation.from_dict(
            {"title": f"Clerk {n}", "description": text, "skills": [{"name": text}]}
        )
        for n, text in enumerate(FORMULAS)
    ]
    path = tmp_path / f"jobs.{format}"
    save_records(records, path)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="," if format == "csv" else "\t"))
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert load_records(path) == records


def test_plain_negative_numbers_are_not_quoted() -> None:
    text = dump_records([Occupation("Clerk", growth_rate=-8)], "csv")
    assert ",-8," in text


def test_csv_export_refuses_cells_too_long_to_read_back() -> None:
    record = Occupation("Clerk", responsibilities=tuple("x" * 1_000 for _ in range(200)))
    with pytest.raises(RecordError) as caught:
        dump_records([record], "csv")
    assert lines(caught.value.problems) == [
        "<output>, record 1 (Clerk), responsibilities: 200,199 characters, more than the 131,072"
        " a CSV cell may hold; save these records as JSON or JSON Lines"
    ]
    assert load_records(dump_records([record], "jsonl"), format="jsonl") == [record]


@settings(max_examples=150)
@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Cf"]), min_size=1))
def test_any_text_survives_a_csv_round_trip(text: str) -> None:
    try:
        record = Occupation.from_dict({"title": "Clerk", "description": text})
    except RecordError:
        return
    assert load_records(dump_records([record], "csv"), format="csv") == [record]


# --- 26: empty files and names that differ only by case ----------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.csv", ""),
        ("empty.json", ""),
        ("empty.jsonl", ""),
        ("blank.json", " \n\n"),
        ("bom.json", "\ufeff"),
        ("header-only.csv", "title,jobs\n"),
        ("list.json", "[]"),
        ("envelope.json", '{"occupations": []}'),
    ],
)
def test_a_file_without_records_is_read_the_same_way_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report = check_records(path)
    assert (report.ok, report.records, report.occupations) == (True, 0, ())
    assert lines(report.warnings) == [
        f"{path}: no records found (an empty file, list or table holds none)"
    ]
    assert run(capsys, "validate", str(path))[:2] == (0, f"{path}: OK, 0 records (1 warning)\n")
    assert run(capsys, "validate", "--strict", str(path))[0] == 1


@pytest.mark.parametrize(
    ("titles", "first", "second"),
    [
        (["Nurse", "nurse"], "record 1 (Nurse)", "record 2 (nurse)"),
        (["Nurse", "Clerk", "NURSES"], "record 1 (Nurse)", "record 3 (NURSES)"),
        (["Nurse", "Nurse-"], "record 1 (Nurse)", "record 2 (Nurse-)"),
    ],
)
def test_names_a_lookup_cannot_tell_apart_are_errors_with_both_record_numbers(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    titles: list[str],
    first: str,
    second: str,
) -> None:
    path = tmp_path / "team.json"
    path.write_text(json.dumps([{"title": title} for title in titles]), encoding="utf-8")
    expected = (
        f"{path}, {second}, title: same name as {first}; a lookup cannot tell them apart"
        " (case, punctuation and plural are ignored)"
    )
    assert lines(check_records(path).errors) == [expected]
    code, _, err = run(capsys, "validate", str(path))
    assert code == 1
    assert f"error: {expected}" in err
    code, _, err = run(capsys, "compare", "--data", str(path), titles[0], "Clerk")
    assert code == 1
    assert expected in err


def test_codes_used_twice_are_errors() -> None:
    report = check_records([{"title": "A", "code": "X-018"}, {"title": "B", "code": "x-018"}])
    assert lines(report.errors) == [
        "<records>, record 2 (B), code: code 'x-018' is already used by record 1 (A)"
    ]
