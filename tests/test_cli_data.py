"""``--data`` and ``--map`` on the command line (issue 14): the team's own records and headers.

``--data`` is layered over the built-in dataset (the team's records win, and either can be
compared with the other), names may be the team's own codes, and ``--map`` renames spreadsheet
headers for validate, compare and batch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerprose import datasets
from careerprose.cli import main
from careerprose.lookup import Lookup

TEAM_CSV = (
    "Job Title,Id,Average Salary,Jobs\n"
    "Wound Care Nurse,X-018,80000,1200\n"
    "Registered Nurses,X-019,99000,3\n"
)
MAP = "Job Title=title,Id=code,Average Salary=salary.average,Jobs=jobs"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.csv"
    path.write_text(TEAM_CSV, encoding="utf-8")
    return path


def test_validate_with_a_header_mapping(capsys: pytest.CaptureFixture[str], team: Path) -> None:
    assert run(capsys, "validate", str(team), "--map", MAP) == (0, f"{team}: OK, 2 records\n", "")
    code, _, err = run(capsys, "validate", str(team))
    assert code == 1
    assert "Job Title: unknown column" in err


def test_a_mapping_file_works_like_the_option(
    capsys: pytest.CaptureFixture[str], team: Path, tmp_path: Path
) -> None:
    mapping = tmp_path / "columns.json"
    mapping.write_text(json.dumps(dict(item.split("=") for item in MAP.split(","))), "utf-8")
    assert run(capsys, "validate", str(team), "--map", str(mapping))[0] == 0


def test_compare_own_code_with_a_built_in_occupation(
    capsys: pytest.CaptureFixture[str], team: Path
) -> None:
    code, out, err = run(
        capsys, "compare", "x-018", "Dental Hygienists", "--data", str(team), "--map", MAP
    )
    assert (code, err) == (0, "")
    assert out.startswith("Wound care nurse vs dental hygienist\n")
    assert "$80,000" in out


def test_team_records_win_over_built_in_ones_by_name_and_code(
    capsys: pytest.CaptureFixture[str], team: Path
) -> None:
    for name in ("Registered Nurses", "registered nurse", "29-1141", "X-019"):
        code, out, _ = run(
            capsys, "compare", name, "X-018", "--data", str(team), "--map", MAP, "-f", "json"
        )
        assert code == 0
        article = json.loads(out)
        assert "99,000" in json.dumps(article), name  # the team's figure, not the built-in one


def test_unknown_names_suggest_from_both_layers(
    capsys: pytest.CaptureFixture[str], team: Path
) -> None:
    code, _, err = run(
        capsys, "compare", "Wound Care Nurses", "Dentl Hygienist", "--data", str(team), "--map", MAP
    )
    assert code == 1
    assert err.startswith(
        f"careerprose: error: no occupation named 'Dentl Hygienist' in {team} or the built-in"
        " dataset; did you mean"
    )
    assert "'Dental Hygienists'" in err


def test_batch_with_data_map_and_own_codes(
    capsys: pytest.CaptureFixture[str], team: Path, tmp_path: Path
) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\nX-018,Dental Hygienists\nX-018,29-1141\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _, err = run(
        capsys, "batch", str(pairs), "-o", str(out_dir), "--data", str(team), "--map", MAP
    )
    assert (code, err) == (0, "")
    articles = sorted(path.name for path in out_dir.glob("*.md"))
    assert len(articles) == 2
    texts = " ".join(path.read_text(encoding="utf-8") for path in out_dir.glob("*.md"))
    assert "Wound care nurse" in texts or "wound care nurse" in texts.lower()


def test_data_with_names_that_clash_is_refused_with_record_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "team.csv"
    path.write_text("title,code\nNurse,A-1\nnurses,a-1\n", encoding="utf-8")
    code, _, err = run(capsys, "compare", "Nurse", "Clerk", "--data", str(path))
    assert code == 1
    assert f"{path}, line 3 (nurses), title: same name as line 2 (Nurse)" in err
    assert f"{path}, line 3 (nurses), code: code 'a-1' is already used by line 2 (Nurse)" in err


def test_lookup_without_the_built_in_layer() -> None:
    own = Lookup(datasets.occupations()[:1], where="mine", builtin=False)
    with pytest.raises(LookupError, match="in mine"):
        own.get("Registered Nurses")
