"""The command line's edges: streams, odd arguments, and which errors become messages (issue 8,
items 7, 10, 14, 15, 26)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerprose import cli
from careerprose.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_PAIR = ROOT / "examples" / "seed-pair.json"


def careerprose(
    *args: str | bytes, stdin: bytes | None = None, shell_suffix: str = "", **env: str
) -> subprocess.CompletedProcess[bytes]:
    """The command in a new process (for real streams and argv bytes)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **env}
    command = [sys.executable, "-m", "careerprose", *args]
    if shell_suffix:
        quoted = " ".join(f"'{os.fsdecode(part)}'" for part in command)
        return subprocess.run(
            f"{quoted} {shell_suffix}", shell=True, env=environment, capture_output=True,
            input=stdin, check=False, executable="/bin/bash",
        )  # fmt: skip
    return subprocess.run(command, env=environment, capture_output=True, input=stdin, check=False)


def test_a_closed_pipe_is_a_normal_end() -> None:
    result = careerprose("list", shell_suffix="| head -1; exit ${PIPESTATUS[0]}")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.count(b"\n") == 1


def test_closed_stdout_is_a_clear_error() -> None:
    result = careerprose("compare", str(SEED_PAIR), shell_suffix=">&-")
    assert result.returncode == 1
    assert result.stderr == b"careerprose: error: standard output is closed;" \
        b" write to a file with -o FILE\n"  # fmt: skip


def test_a_non_utf8_stdout_is_a_clear_error() -> None:
    result = careerprose(
        "compare", str(SEED_PAIR), "--placeholder", "—", PYTHONIOENCODING="latin-1"
    )
    assert (result.returncode, result.stdout) == (1, b"")
    message = result.stderr.decode()
    assert message.startswith("careerprose: error: standard output uses the iso8859-1 encoding")
    assert message.endswith(
        "which cannot show the character U+2014; set PYTHONIOENCODING=utf-8 or write to a file with"
        " -o FILE\n"
    )
    latin = careerprose("show", "29-1141", "-f", "csv", PYTHONIOENCODING="latin-1")
    assert (latin.returncode, latin.stderr) == (0, b"")


def test_unencodable_text_on_stdout_is_reported(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Latin1:
        encoding = "latin-1"

        def write(self, text: str) -> None:
            raise AssertionError("nothing should be written")

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", Latin1())
    code = main(["compare", str(SEED_PAIR), "--placeholder", "—"])
    assert code == 1
    assert "which cannot show the character U+2014" in capsys.readouterr().err


def test_a_seed_that_is_not_text_is_a_usage_error() -> None:
    result = careerprose("compare", str(SEED_PAIR), "--seed", b"\xff")
    assert result.returncode == 2
    assert b"--seed: b'\\xff' is not valid text" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("query", [b"\xff", b"!!"])
def test_a_list_query_without_a_word_matches_nothing_rather_than_everything(query: bytes) -> None:
    result = careerprose("list", query)
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"no occupation matches" in result.stderr


def test_list_limit_zero_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["list", "--limit", "0"])
    assert caught.value.code == 2
    assert "--limit: must be at least 1, got 0" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["", " , ,"])
def test_empty_sections_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["compare", str(SEED_PAIR), "--sections", value])
    assert caught.value.code == 2
    assert "--sections: name at least one section" in capsys.readouterr().err


def test_compare_refuses_an_occupation_with_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "Registered Nurses", "29-1141"]) == 1
    assert capsys.readouterr().err == (
        "careerprose: error: cannot compare 'Registered Nurses' with itself (both have the code"
        " 29-1141); choose two different occupations\n"
    )


def test_compare_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v.json"
    path.write_bytes(SEED_PAIR.read_bytes())
    assert main(["compare", str(path), "-o", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {str(path)!r}: is an input of this run" in err
    assert path.read_bytes() == SEED_PAIR.read_bytes()


def test_compare_into_a_folder_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(SEED_PAIR), "-o", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (
        f"careerprose: error: cannot write {str(tmp_path)!r}: is a folder; give a file name\n"
    )


def test_compare_reads_records_from_stdin() -> None:
    piped = careerprose("compare", "-", stdin=SEED_PAIR.read_bytes())
    direct = careerprose("compare", str(SEED_PAIR))
    assert (piped.returncode, piped.stderr) == (0, b"")
    assert piped.stdout == direct.stdout


def test_bad_records_on_stdin_are_named_stdin() -> None:
    result = careerprose("compare", "-", stdin=b'[{"title": "Nurse", "jobs": -5}, {"title": "B"}]')
    assert result.returncode == 1
    assert b"<stdin>, record 1" in result.stderr


def test_a_bug_still_shows_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(args: object) -> int:
        empty: dict[str, int] = {}
        return empty["missing"]  # a KeyError is a LookupError: a bug, not a message

    monkeypatch.setattr(cli, "run_list", broken)
    with pytest.raises(KeyError):
        main(["list"])
