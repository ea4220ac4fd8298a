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
