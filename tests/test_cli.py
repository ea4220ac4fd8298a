"""The careerprose command: output and exit codes, run in-process through main()."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from careerprose.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse usage errors and --version
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_ok(capsys: pytest.CaptureFixture[str], seed_pair_path: Path) -> None:
    code, out, err = run(capsys, "validate", str(seed_pair_path))
    assert (code, out, err) == (0, f"{seed_pair_path}: OK, 2 records\n", "")


def test_validate_reports_every_problem(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "validate", str(data_dir / "broken.json"))
    assert code == 1
    assert out == ""
    errors = err.splitlines()
    assert errors[0] == (
        f"error: {data_dir / 'broken.json'}, record 2 (Billing Clerk), salary.average: expected a"
        " non-negative number of US dollars, got 'abc'"
    )
    assert errors[-1] == f"{data_dir / 'broken.json'}: 11 errors in 5 records"
    assert "Traceback" not in err


def test_validate_warnings_pass_unless_strict(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "odd.json"
    path.write_text('[{"title": "A", "skills": [{"name": "x", "share": 80},'
                    ' {"name": "y", "share": 70}]}]', encoding="utf-8")  # fmt: skip
    code, out, err = run(capsys, "validate", str(path))
    assert (code, out) == (0, f"{path}: OK, 1 record (1 warning)\n")
    assert err == f"warning: {path}, record 1 (A), skills: shares add up to 150%, more than 100%\n"
    code, out, err = run(capsys, "validate", "--strict", str(path))
    assert (code, out) == (1, "")
    assert err.endswith(f"{path}: 1 warning in 1 record\n")


def test_validate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nope.csv"))
    assert code == 1
    missing = tmp_path / "nope.csv"
    assert err == f"careerprose: error: cannot use '{missing}': No such file or directory\n"


def test_usage_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate")
    assert code == 2
    assert "the following arguments are required: FILE" in err


def test_console_script_is_installed(seed_pair_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerprose", "validate", str(seed_pair_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("OK, 2 records\n")


# --- compare, list, show -------------------------------------------------------------------


def test_compare_a_file_with_two_records(
    capsys: pytest.CaptureFixture[str], seed_pair_path: Path
) -> None:
    code, out, err = run(capsys, "compare", str(seed_pair_path), "--format", "markdown")
    assert (code, err) == (0, "")
    golden = seed_pair_path.parent / "output" / "seed-pair.md"
    assert out == golden.read_text(encoding="utf-8")


def test_compare_two_record_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"title": "Nurse", "jobs": 10}', encoding="utf-8")
    (tmp_path / "b.csv").write_text("title,jobs\nClerk,20\n", encoding="utf-8")
    code, out, _ = run(capsys, "compare", str(tmp_path / "a.json"), str(tmp_path / "b.csv"))
    assert code == 0
    assert out.startswith("Nurse vs clerk\n")


def test_compare_built_in_names_and_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compare", "bill and account collector", "43-3021")
    assert (code, err) == (0, "")
    assert out.startswith("Bill and account collector vs billing and posting clerk\n")
    assert "Sources: BLS Occupational Employment and Wage Statistics, May 2025" in out


def test_compare_names_in_a_data_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "team.jsonl"
    path.write_text('{"title": "Nurses", "jobs": 1}\n{"title": "Clerk", "jobs": 2}\n', "utf-8")
    code, out, _ = run(capsys, "compare", "nurse", "CLERKS", "--data", str(path), "-f", "html")
    assert code == 0
    assert out.startswith("<article>\n<h1>Nurse vs clerk</h1>")


def test_compare_unknown_name_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compare", "Bill Collector", "Registered Nurses")
    assert (code, out) == (1, "")
    assert err == (
        "careerprose: error: no occupation named 'Bill Collector' in the built-in dataset;"
        " did you mean 'Bill and Account Collectors'?\n"
    )


def test_compare_needs_two_occupations(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text('{"title": "Nurse"}', encoding="utf-8")
    code, _, err = run(capsys, "compare", str(tmp_path / "one.json"))
    assert code == 1
    assert "expected two occupations to compare, found 1" in err


def test_compare_bad_records_file_reports_problems(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "compare", str(data_dir / "broken.json"))
    assert (code, out) == (1, "")
    assert "record 2 (Billing Clerk), salary.average: expected a non-negative number" in err
    assert "Traceback" not in err


def test_compare_writes_output_file_and_options(
    capsys: pytest.CaptureFixture[str], seed_pair_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "article.txt"
    code, out, _ = run(
        capsys, "compare", str(seed_pair_path), "-o", str(target), "--sections", "skills,salary",
        "--serial-comma", "--placeholder", "n/a", "--seed", "3",
    )  # fmt: skip
    assert (code, out) == (0, "")
    text = target.read_text(encoding="utf-8")
    assert text.index("skills") < text.index("salary")
    assert "n/a" in text
    assert "overview" not in text


def test_compare_unknown_section(capsys: pytest.CaptureFixture[str], seed_pair_path: Path) -> None:
    code, _, err = run(capsys, "compare", str(seed_pair_path), "--sections", "intro,salery")
    assert code == 1
    assert (
        err == "careerprose: error: --sections: unknown section 'salery'; did you mean 'salary'?\n"
    )


def test_compare_template_error_is_clean(
    capsys: pytest.CaptureFixture[str], seed_pair_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "overview.jinja").write_text("{% macro heading(m) %}{{ m.nope }}{% endmacro %}")
    code, _, err = run(capsys, "compare", str(seed_pair_path), "--templates", str(tmp_path))
    assert code == 1
    assert err.startswith(f"careerprose: error: {tmp_path / 'overview.jinja'}, line 1: undefined")


def test_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "nurse practitioner")
    assert (code, out) == (0, "29-1171  Nurse Practitioners\n")
    code, out, _ = run(capsys, "show", "nurse practitioners", "--format", "csv")
    assert code == 0
    assert out.splitlines()[1].startswith("Nurse Practitioners,,29-1171,")
    code, _, err = run(capsys, "list", "zzzz")
    assert (code, err) == (1, "no occupation matches 'zzzz'\n")


def test_comparing_an_occupation_with_itself_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Defect 8.7: it once wrote "registered nurses and registered nurses compare"."""
    code, out, err = run(capsys, "compare", "Registered Nurses", "Registered Nurses")
    assert (code, out) == (1, "")
    assert err.startswith("careerprose: error: ")
    assert "Registered Nurses" in err
    assert "Traceback" not in err


def test_templates_init_copies_the_built_in_templates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    code, out, err = run(capsys, "templates", "init", str(folder))
    assert (code, out) == (0, "")
    assert "copied 13 templates" in err
    built_in = Path(__file__).parent.parent / "templates"
    for path in built_in.glob("*.jinja"):
        assert (folder / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    (folder / "closing.jinja").write_text("{% macro closing(m) %}Mine.{% endmacro %}")
    code, out, err = run(capsys, "templates", "init", str(folder))
    assert code == 1
    assert "would replace" in err
    assert "closing.jinja" in err
    assert (folder / "closing.jinja").read_text() == "{% macro closing(m) %}Mine.{% endmacro %}"
    code, _, _ = run(capsys, "templates", "init", str(folder), "--force")
    assert code == 0
    assert "Mine." not in (folder / "closing.jinja").read_text()
    code, out, _ = run(
        capsys, "compare", "Registered Nurses", "Dental Hygienists", "--templates", str(folder)
    )
    assert code == 0
    assert out.startswith("Registered nurse vs dental hygienist\n")
