"""load_records / check_records / save_records over every supported format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerprose import (
    Occupation,
    RecordError,
    Skill,
    check_records,
    dump_records,
    load_records,
    save_records,
)
from careerprose.testing import occupations

SEED_TITLES = ["Senior Patient Account Representative", "Collections Specialist"]


def lines(report_problems: object) -> list[str]:
    return [str(problem) for problem in report_problems]  # type: ignore[attr-defined]


def test_seed_pair_loads_with_every_figure(seed_pair_path: Path) -> None:
    senior, collections = load_records(seed_pair_path)
    assert [senior.title, collections.title] == SEED_TITLES
    assert (senior.salary.average, senior.salary.hourly) == (57603, 27.69)
    assert (senior.salary.low, senior.salary.high) == (32000, 101000)
    assert (collections.salary.average, collections.salary.hourly) == (35164, 16.91)
    assert collections.salary.highest_paying_city == "Boston, MA"
    assert collections.salary.best_paying_company == "Kent Daniels & Associates"
    assert (senior.jobs, collections.jobs) == (126399, 40277)
    assert senior.growth_rate == collections.growth_rate == -8
    assert senior.job_satisfaction is None
    assert senior.education.degree_share == 36
    assert collections.demographics.gender == (("male", 30.5), ("female", 69.5))
    assert dict(collections.demographics.race)["White"] == 61.0
    assert senior.skills[:3] == (Skill("Patients", 20), Skill("CPT", 9), Skill("Data Entry", 8))
    assert len(senior.responsibilities) == len(collections.responsibilities) == 6
    assert check_records(seed_pair_path).warnings == ()


@pytest.mark.parametrize(
    "document",
    [
        [{"title": "A"}, {"title": "B"}],
        {"occupations": [{"title": "A"}, {"title": "B"}]},
    ],
    ids=["list", "occupations-key"],
)
def test_json_shapes(tmp_path: Path, document: object) -> None:
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert [o.title for o in load_records(path)] == ["A", "B"]


def test_single_json_record(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"title": "Nurse"}', encoding="utf-8")
    assert load_records(path) == [Occupation("Nurse")]


def test_json_lines_skip_blank_lines_and_count_lines(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text('{"title": "A"}\n\n{"title": "B", "jobs": -1}\n{oops\n', encoding="utf-8")
    report = check_records(path)
    assert [o.title for o in report.occupations] == ["A"]
    assert lines(report.errors) == [
        f"{path}, line 3 (B), jobs: expected a non-negative whole number, got -1",
        f"{path}, line 4: not valid JSON: Expecting property name enclosed in double quotes",
    ]


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"title": "A"},\n  {"title": "B",}\n]', encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        load_records(path)
    assert lines(caught.value.problems) == [
        f"{path}, line 3, column 17: not valid JSON: Expecting property name enclosed in double"
        " quotes"
    ]


def test_wrong_json_shape(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"jobs": []}', encoding="utf-8")
    assert "expected a list of records" in str(check_records(path).errors[0])


def test_csv_flat_columns_and_cells(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(
        "title,salary.average,skills,demographics.gender.male,demographics.gender.female,"
        "responsibilities\n"
        'Biller,"$45,000",Patients:20; CPT:9,30.5,69.5,"Bill patients.\nFile claims."\n'
        "Clerk,-,,,,\n",
        encoding="utf-8",
    )
    biller, clerk = load_records(path)
    assert biller.salary.average == 45000
    assert biller.skills == (Skill("Patients", 20), Skill("CPT", 9))
    assert biller.demographics.gender == (("male", 30.5), ("female", 69.5))
    assert biller.responsibilities == ("Bill patients.", "File claims.")
    assert clerk == Occupation("Clerk")


def test_csv_with_excel_bom_and_tsv(tmp_path: Path) -> None:
    csv_path = tmp_path / "excel.csv"
    csv_path.write_bytes("\ufefftitle,jobs\nNurse,12\n".encode())
    tsv_path = tmp_path / "sheet.tsv"
    tsv_path.write_text("title\tjobs\nNurse\t12\n", encoding="utf-8")
    assert load_records(csv_path) == load_records(tsv_path) == [Occupation("Nurse", jobs=12)]


def test_csv_line_numbers_count_physical_lines(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text('title,description,jobs\nA,"two\nlines",1\n\nB,x,abc\n', encoding="utf-8")
    assert lines(check_records(path).errors) == [
        f"{path}, line 5 (B), jobs: expected a non-negative whole number, got 'abc'"
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Title,jobs", "line 1: the header has no 'title' column (found 'Title'; column names are"
         " case-sensitive)"),
        ("title,salary.avrage", "line 1, salary.avrage: unknown column; did you mean"
         " 'salary.average'?"),
        ("title,jobs,jobs", "line 1, jobs: column appears twice in the header"),
        ("title,salary,salary.average", "line 1, salary: unknown column; did you mean"
         " 'salary.low'?"),
    ],
    ids=["case", "typo", "twice", "clash"],
)  # fmt: skip
def test_csv_header_problems(tmp_path: Path, header: str, expected: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"{header}\nNurse,1,2\n", encoding="utf-8")
    assert f"{path}, {expected}" in lines(check_records(path).errors)


def test_csv_row_with_too_many_cells(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("title,jobs\nNurse,1,oops\n", encoding="utf-8")
    assert lines(check_records(path).errors) == [
        f"{path}, line 2: 3 cells but the header has 2 columns; extra: ['oops']"
    ]


def test_csv_with_nul_byte_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"title,jobs\nNur\x00se,1\n")
    assert lines(check_records(path).errors) == [
        f"{path}, line 2, title: expected text without a control character"
        " (U+0000 at character 4), got 'Nur\\x00se'"
    ]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("title\nCaf\xe9 Manager\n".encode("latin-1"))
    assert lines(check_records(path).errors) == [
        f"{path}, line 2: not UTF-8 text (b'\\xe9' at byte 9); save the file as UTF-8"
    ]


def test_unknown_file_ending(tmp_path: Path) -> None:
    path = tmp_path / "jobs.xlsx"
    path.write_bytes(b"")
    with pytest.raises(RecordError, match=r"cannot tell the format from the file ending '\.xlsx'"):
        load_records(path)
    assert load_records(path, format="csv") == []


def test_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_records(tmp_path / "nope.json")


def test_dicts_are_records_too() -> None:
    report = check_records([{"title": "A"}, {"title": ""}, "B"])  # type: ignore[list-item]
    assert report.records == 3
    assert lines(report.errors) == [
        "<records>, record 2, title: expected non-blank text, got ''",
        "<records>, record 3: expected an object (mapping) with at least a title, got 'B'",
    ]


def test_broken_csv_fixture_reports_everything(data_dir: Path) -> None:
    report = check_records(data_dir / "broken.csv")
    path = data_dir / "broken.csv"
    assert lines(report.errors) == [
        f"{path}, line 1, salary.avrage: unknown column; did you mean 'salary.average'?",
        f"{path}, line 3 (Billing Clerk), salary.average: expected a non-negative number of US"
        " dollars, got 'abc'",
        f"{path}, line 3 (Billing Clerk), salary.hourly: expected a non-negative number of US"
        " dollars, got '-3'",
        f"{path}, line 3 (Billing Clerk), salary.low: expected at most salary.high (40000),"
        " got 50000",
        f"{path}, line 3 (Billing Clerk), growth_rate: expected a percentage (may be negative),"
        " got '-140'",
        f"{path}, line 3 (Billing Clerk), jobs: expected a non-negative whole number, got '12.5'",
        f"{path}, line 3 (Billing Clerk), skills[0].share: expected a percentage from 0 to 100,"
        " got '120'",
        f"{path}, line 4, title: expected non-blank text, got ''",
    ]
    assert [o.title for o in report.occupations] == ["Collections Specialist", "Medical Coder"]
    assert report.records == 4


def test_broken_json_fixture_reports_everything(data_dir: Path) -> None:
    report = check_records(data_dir / "broken.json")
    fields = [(p.location, p.field) for p in report.errors]
    assert fields == [
        ("record 2", "salary.average"),
        ("record 2", "salary.low"),
        ("record 2", "growth_rate"),
        ("record 2", "jobs"),
        ("record 2", "job_satisfaction"),
        ("record 2", "skils"),
        ("record 3", "title"),
        ("record 3", "time_to_become.min_months"),
        ("record 4", ""),
        ("record 5", "education.degree"),
        ("record 5", "education.degree_share"),
    ]


def test_plausibility_warnings_come_with_location(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"title": "A", "salary": {"average": 50000, "hourly": 10}}\n', "utf-8")
    report = check_records(path)
    assert report.ok
    assert lines(report.warnings) == [
        f"{path}, line 1 (A), salary.hourly: $10 an hour is $20,800 a year at 2,080 hours, far"
        " from the average salary of $50,000"
    ]


def _distinct(records: list[Occupation]) -> list[Occupation]:
    """The records a lookup can tell apart: the first of each name (any form) and code."""
    from careerprose.datasets._names import name_key

    seen: set[str] = set()
    kept = []
    for record in records:
        keys = {name_key(record.title), name_key(record.plural or record.title)}
        keys |= {f"code {record.code.casefold()}"} if record.code else set()
        if not keys & seen:
            kept.append(record)
            seen |= keys
    return kept


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(occupations(), max_size=3).map(_distinct),
    st.sampled_from(["json", "jsonl", "csv", "tsv"]),
)
def test_round_trip_through_every_format(
    tmp_path: Path, records: list[Occupation], format: str
) -> None:
    path = tmp_path / f"records.{format}"
    save_records(records, path)
    assert load_records(path) == records
    assert dump_records(records, format) == path.read_text(encoding="utf-8")


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "out" / "jobs.csv"
    save_records([Occupation("A")], path)
    save_records([Occupation("B")], path)
    assert load_records(path) == [Occupation("B")]
    assert [p.name for p in path.parent.iterdir()] == ["jobs.csv"]


def test_unknown_dump_format() -> None:
    with pytest.raises(RecordError, match="unknown records format 'xml'"):
        dump_records([], "xml")


def test_malformed_csv_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("title,description\nA,ok\nB," + "x" * 200_000 + "\n", encoding="utf-8")
    report = check_records(path)
    assert [o.title for o in report.occupations] == ["A"]
    assert lines(report.errors) == [
        f"{path}, line 3: not valid CSV: field larger than field limit (131072)"
    ]
