"""Data in from where teams keep it (issue 14): DataFrames, dotted dicts, numpy scalars, file
objects, text with ``format=``, and column mapping for spreadsheet headers."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from careerprose import Occupation, RecordError, check_records, load_records
from careerprose.records.columns import column_mapping, parse_mapping
from careerprose.records.sources import Source

NURSE = Occupation.from_dict(
    {
        "title": "Wound Care Nurse",
        "code": "X-018",
        "salary": {"average": 80_000, "low": 60_000},
        "jobs": 5,
        "skills": [{"name": "Wound care", "share": 40}],
    }
)
CSV_TEXT = (
    "title,code,salary.average,salary.low,jobs,skills\n"
    "Wound Care Nurse,X-018,80000,60000,5,Wound care:40\n"
)


def lines(problems: object) -> list[str]:
    return [str(problem) for problem in problems]  # type: ignore[attr-defined]


# --- text, bytes and file objects -------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        CSV_TEXT,
        CSV_TEXT.encode(),
        io.StringIO(CSV_TEXT),
        io.BytesIO(CSV_TEXT.encode()),
        io.BytesIO(b"\xef\xbb\xbf" + CSV_TEXT.encode()),  # Excel's byte-order mark
    ],
    ids=["text", "bytes", "text-file", "binary-file", "bom"],
)
def test_csv_from_text_bytes_and_file_objects(source: Source) -> None:
    assert load_records(source, format="csv") == [NURSE]


def test_json_text_on_one_line_and_json_lines_text() -> None:
    document = json.dumps([NURSE.to_dict()])
    assert load_records(document, format="json") == [NURSE]
    assert load_records(json.dumps(NURSE.to_dict()) + "\n", format="jsonl") == [NURSE]


def test_an_open_file_takes_its_format_from_its_name(tmp_path: Path) -> None:
    path = tmp_path / "team.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    with path.open(encoding="utf-8") as text_file:
        assert load_records(text_file) == [NURSE]
    with path.open("rb") as binary_file:
        report = check_records(binary_file)
    assert report.source == str(path)
    assert report.occupations == (NURSE,)


def test_text_without_a_format_is_a_clear_error_not_a_traceback() -> None:
    with pytest.raises(RecordError) as caught:
        load_records(io.StringIO(CSV_TEXT))
    assert lines(caught.value.problems) == [
        "<file>: cannot tell the format of <file>; give format= (one of json, jsonl, csv, tsv)"
    ]
    long_text = "title,jobs\n" + "Nurse,1\n" * 1000  # was OSError: File name too long
    assert len(load_records(long_text.replace("Nurse,1\n", "", 999), format="csv")) == 1


def test_a_long_one_line_string_is_not_an_os_error() -> None:
    report = check_records("title,jobs," + "x" * 300, format="csv")
    assert lines(report.errors) == [
        "<text>: no file can have a name this long ('title,jobs,xxxxxxxxxxxxxxxxxxxxxxxxxx...');"
        " to read records from text, give text with a line break and format=, or"
        " io.StringIO(text)"
    ]


def test_problems_in_text_name_the_line() -> None:
    report = check_records("title,jobs\nNurse,many\n", format="csv")
    assert lines(report.errors) == [
        "<text>, line 2 (Nurse), jobs: expected a non-negative whole number, got 'many'"
    ]


def test_a_single_dict_is_one_record() -> None:
    assert load_records({"title": "Nurse"}) == [Occupation("Nurse")]


def test_an_unreadable_source_type_is_a_clear_error() -> None:
    with pytest.raises(RecordError, match="cannot read records from a int"):
        load_records(42)  # type: ignore[arg-type]


# --- dicts with dotted keys -------------------------------------------------------------------


def test_dicts_with_dotted_keys_like_csv_columns() -> None:
    flat = {
        "title": "Wound Care Nurse",
        "code": "X-018",
        "salary.average": 80_000,
        "salary.low": "60,000",
        "jobs": 5,
        "skills": "Wound care:40",
    }
    assert load_records([flat]) == [NURSE]
    assert flat["salary.average"] == 80_000  # the caller's dict is not changed


def test_dotted_and_nested_keys_for_one_field_clash() -> None:
    report = check_records([{"title": "A", "salary": {"low": 1}, "salary.average": 2}])
    assert lines(report.errors) == [
        "<records>, record 1, salary: 'salary' is given both as a field and through dotted keys"
    ]


def test_unknown_dotted_keys_get_a_hint() -> None:
    report = check_records([{"title": "A", "salary.avrage": 2}])
    assert lines(report.errors) == [
        "<records>, record 1 (A), salary.avrage: unknown field; did you mean 'average'?"
    ]


# --- pandas and numpy -------------------------------------------------------------------------


def test_a_dataframe_loads_like_a_csv_file() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(CSV_TEXT))
    assert load_records(frame) == [NURSE]
    assert load_records(frame.to_dict("records")) == [NURSE]


def test_dataframe_values_numpy_scalars_and_missing_markers() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    frame = pd.DataFrame(
        {
            "title": ["Nurse", "Clerk", "Porter"],
            "jobs": pd.array([5, None, 7], dtype="Int64"),  # pd.NA for the missing one
            "salary.average": [np.float64(80_000.5), np.nan, np.int64(30_000)],
            "growth_rate": [np.float32(1.5), -8, None],
        }
    )
    nurse, clerk, porter = load_records(frame)
    assert (nurse.jobs, nurse.salary.average, nurse.growth_rate) == (5, 80_000.5, 1.5)
    assert (clerk.jobs, clerk.salary.average) == (None, None)
    assert (porter.jobs, porter.salary.average, porter.growth_rate) == (7, 30_000, None)
    assert type(nurse.jobs) is int
    assert type(nurse.salary.average) is float


def test_dataframe_problems_name_row_and_column() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"title": ["Nurse", "Clerk"], "jobs": [5, -1], "Pay": [1, 2]})
    assert lines(check_records(frame).errors) == [
        "<DataFrame>, columns, Pay: unknown column; see the column list in docs/records.md",
        "<DataFrame>, row 2 (Clerk), jobs: expected a non-negative whole number, got -1",
    ]


def test_pandas_is_not_imported_unless_given_a_dataframe(tmp_path: Path) -> None:
    path = tmp_path / "team.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    code = (
        "import sys; from careerprose import load_records;"
        f" load_records({str(path)!r}); load_records([{{'title': 'A'}}]);"
        " print('pandas' in sys.modules, 'numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == "False False\n"


# --- column mapping ---------------------------------------------------------------------------

SPREADSHEET = (
    "Job Title,Average Salary,Low,Jobs,Id,skills\n"
    "Wound Care Nurse,80000,60000,5,X-018,Wound care:40\n"
)
MAPPING = {
    "Job Title": "title",
    "Average Salary": "salary.average",
    "Low": "salary.low",
    "Jobs": "jobs",
    "Id": "code",
}


@pytest.mark.parametrize(
    "columns",
    [
        MAPPING,
        "Job Title=title, Average Salary=salary.average,Low=salary.low,Jobs=jobs,Id=code",
    ],
    ids=["dict", "text"],
)
def test_spreadsheet_headers_are_mapped(columns: dict[str, str] | str) -> None:
    assert load_records(SPREADSHEET, format="csv", columns=columns) == [NURSE]


@pytest.mark.parametrize("ending", [".json", ".txt"])
def test_mapping_files(tmp_path: Path, ending: str) -> None:
    path = tmp_path / f"columns{ending}"
    if ending == ".json":
        path.write_text(json.dumps(MAPPING), encoding="utf-8")
    else:
        text = "# our export\n" + "".join(f"{k}={v}\n" for k, v in MAPPING.items())
        path.write_text(text, encoding="utf-8")
    assert column_mapping(path) == MAPPING
    assert load_records(SPREADSHEET, format="csv", columns=path) == [NURSE]


def test_mapping_applies_to_dataframes_and_dicts() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(SPREADSHEET))
    assert load_records(frame, columns=MAPPING) == [NURSE]
    assert load_records(frame.to_dict("records"), columns=MAPPING) == [NURSE]


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (
            {"Job Title": "titel"},
            "columns, Job Title: maps to 'titel': unknown column; did you mean 'title'?",
        ),
        ("Job Title=title,Pay", "--map, item 2: expected 'Header=column', got 'Pay'"),
        ("A=title,A=code", "--map, item 2, A: header mapped twice"),
    ],
    ids=["unknown-target", "no-equals", "twice"],
)
def test_bad_mappings_are_reported(columns: dict[str, str] | str, expected: str) -> None:
    assert lines(check_records(SPREADSHEET, format="csv", columns=columns).errors) == [expected]


def test_a_missing_mapping_file_is_an_os_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such-columns\.txt"):
        check_records(SPREADSHEET, format="csv", columns="no-such-columns.txt")


def test_a_mapped_header_the_file_lacks_is_reported_with_a_hint() -> None:
    report = check_records(SPREADSHEET, format="csv", columns={**MAPPING, "Job title ": "plural"})
    assert (
        "<text>, line 1, Job title: the column mapping names a header the data lacks;"
        in (lines(report.errors)[0])
    )


def test_parse_mapping_keeps_spaces_inside_names() -> None:
    assert parse_mapping(" Job  Title = title ") == {"Job  Title": "title"}


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_json_from_spreadsheet_exports_is_mapped_and_nested(tmp_path: Path, format: str) -> None:
    """``df.to_json(orient="records")`` writes dotted keys; a mapping renames the others."""
    flat = {
        "Job Title": "Wound Care Nurse",
        "Id": "X-018",
        "salary.average": 80_000,
        "salary.low": 60_000,
        "Jobs": 5,
        "skills": "Wound care:40",
    }
    path = tmp_path / f"export.{format}"
    text = json.dumps([flat]) if format == "json" else json.dumps(flat) + "\n"
    path.write_text(text, encoding="utf-8")
    columns = {"Job Title": "title", "Id": "code", "Jobs": "jobs"}
    assert load_records(path, columns=columns) == [NURSE]
    assert load_records(text, format=format, columns=columns) == [NURSE]


def test_a_dataframe_written_by_pandas_as_json_reads_back(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    path = tmp_path / "team.json"
    pd.read_csv(io.StringIO(CSV_TEXT)).to_json(path, orient="records")
    assert load_records(path) == [NURSE]


def test_the_whole_built_in_dataset_survives_a_trip_through_pandas() -> None:
    """Issue 14: ``load_records(df)`` gave 13 errors and ``df.to_dict("records")`` 160."""
    pd = pytest.importorskip("pandas")
    from careerprose import datasets, dump_records

    occupations = list(datasets.occupations())
    frame = pd.read_csv(io.StringIO(dump_records(occupations, "csv")))
    assert load_records(frame) == occupations
    assert load_records(frame.to_dict("records")) == occupations


def test_an_excel_workbook_through_pandas_with_a_mapping(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    path = tmp_path / "team.xlsx"
    pd.read_csv(io.StringIO(SPREADSHEET)).to_excel(path, index=False)
    assert load_records(pd.read_excel(path), columns=MAPPING) == [NURSE]
