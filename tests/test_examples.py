"""Every example in examples/ runs as documented."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from careerprose.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_script_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert out.startswith("# Registered nurse vs dental hygienist\n")
    assert "Senior patient account representative vs collections specialist" in out
    assert "('salary.average', '$57,603', '$35,164', 'higher')" in out  # pay leads the intro


def test_example_pairs_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(EXAMPLES / "pairs.csv"), "-o", str(tmp_path)]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "collectors-vs-billing-clerks.md",
        "manifest.jsonl",
        "registered-nurse-vs-dental-hygienist.md",
        "software-developer-vs-computer-systems-analyst.md",
    ]
    assert "wrote 3, unchanged 0" in capsys.readouterr().out


def test_seed_pair_example_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXAMPLES / "seed-pair.json")]) == 0
    assert capsys.readouterr().out.endswith("OK, 2 records\n")


def test_dask_example_on_the_local_scheduler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dask.distributed")
    namespace = runpy.run_path(str(EXAMPLES / "dask_batch.py"))
    out = tmp_path / "out"
    arguments = [str(out), "--top", "6", "--shards", "3", "--threads"]
    assert namespace["main"](arguments) == 0
    assert capsys.readouterr().out.endswith("15 pairs in 3 shards; wrote 15, unchanged 0\n")
    assert len(list(out.glob("part-*/*.md"))) == 15
    assert namespace["main"](arguments) == 0
    assert capsys.readouterr().out.endswith("wrote 0, unchanged 15\n")
