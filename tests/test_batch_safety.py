"""Batch safety: workers, locks, leftovers, names and pairs files (issue 8, items 2, 3, 7, 10,
16, 17, 18, 19)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from careerprose import RecordError, datasets
from careerprose.batch import read_pairs, usable_processes, write_batch
from careerprose.cli import main
from careerprose.folder_lock import LOCK_NAME, FolderBusyError, FolderLock
from careerprose.pairs import MAX_SLUG, slug

ROOT = Path(__file__).resolve().parent.parent


def pairs_file(tmp_path: Path, text: str, name: str = "pairs.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(RecordError) as caught:
        read_pairs(path, datasets.get)
    return [str(problem) for problem in caught.value.problems]


# -- item 2: -j is bounded ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "-5", "two"])
def test_jobs_below_one_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    path = pairs_file(tmp_path, "a,b\n43-3011,43-3021\n")
    with pytest.raises(SystemExit) as caught:
        main(["batch", str(path), "-o", str(tmp_path / "out"), "-j", value])
    assert caught.value.code == 2
    assert "-j/--jobs" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_workers_are_capped_at_cpus_and_rows() -> None:
    cpus = len(os.sched_getaffinity(0))
    assert usable_processes(100_000, 3) == min(3, cpus)
    assert usable_processes(100_000, 10_000) == cpus
    assert usable_processes(4, 0) == 1


def test_a_huge_jobs_value_on_three_rows_just_works(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, "a,b\n43-3011,43-3021\n29-1141,29-1292\n11-1011,11-1021\n")
    start = time.perf_counter()
    assert main(["batch", str(path), "-o", str(tmp_path / "out"), "-j", "100000"]) == 0
    assert time.perf_counter() - start < 30
    assert len(list((tmp_path / "out").glob("*.md"))) == 3


# -- item 3, 17, 18: kill -9 of the parent ---------------------------------------------------


def _children(pid: int) -> list[int]:
    found: list[Any] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text()
        found.extend(int(child) for child in text.split())
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_NPROC, (256, 256))
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_workers_die_with_their_parent_and_the_next_run_finishes(tmp_path: Path) -> None:
    codes = [o.code for o in datasets.occupations()]
    rows = [f"{a},{b}" for a, b in zip(codes, codes[1:] + codes[:1], strict=True)]
    rows += [f"{a},{b}" for a, b in zip(codes, codes[2:] + codes[:2], strict=True)]
    path = pairs_file(tmp_path, "a,b\n" + "\n".join(rows) + "\n")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "careerprose", "batch", str(path), "-o", str(out), "-j", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen(
        ["timeout", "120", *command], env=env, preexec_fn=_limits, stderr=subprocess.DEVNULL
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(out.glob("*.md"))) < 40:
            time.sleep(0.05)
        batch = _children(parent.pid)  # timeout's child: the batch process
        assert batch, "the batch did not start"
        workers = _children(batch[0])
        assert workers, "no worker processes found"
        os.kill(batch[0], signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers), "workers outlived their parent"
        settled = len(list(out.iterdir()))
        time.sleep(0.5)
        assert len(list(out.iterdir())) == settled, "files still appear after the kill"
        parent.wait(timeout=30)
    finally:
        for pid in [*workers, parent.pid]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        parent.wait(timeout=30)
    written = len(list(out.glob("*.md")))
    assert 0 < written < len(rows)
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert f"unchanged {written:,}, skipped 0" in again.stdout
    listed = sorted(p.name for p in out.iterdir())
    assert listed == sorted([*(p.name for p in out.glob("*.md")), "manifest.jsonl"])
    assert len(list(out.glob("*.md"))) == len(rows)


# -- item 18: one run per folder --------------------------------------------------------------


def test_a_second_run_into_a_locked_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = pairs_file(tmp_path, "a,b\n43-3011,43-3021\n")
    out = tmp_path / "out"
    out.mkdir()
    with FolderLock(out):
        with pytest.raises(FolderBusyError):
            write_batch(read_pairs(path, datasets.get), out)
        assert main(["batch", str(path), "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert f"error: {out} is in use by another careerprose run (pid {os.getpid()}" in err
        assert list(out.glob("*.md")) == []
    report = write_batch(read_pairs(path, datasets.get), out)
    assert len(report.written) == 1
    assert not (out / LOCK_NAME).exists()


def test_a_stale_lock_file_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).write_text("pid 999999 on gone, since yesterday\n", encoding="utf-8")
    path = pairs_file(tmp_path, "a,b\n43-3011,43-3021\n")
    assert len(write_batch(read_pairs(path, datasets.get), out).written) == 1


def test_an_empty_file_from_an_interrupted_run_is_rewritten(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, "a,b,name\n43-3011,43-3021,x\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.md").write_text("", encoding="utf-8")
    (out / ".x.md.0a1b2c3d.tmp").write_text("half", encoding="utf-8")
    report = write_batch(read_pairs(path, datasets.get), out)
    assert report.written == ("x.md",)
    assert (out / "x.md").read_text(encoding="utf-8").startswith("# ")
    assert sorted(p.name for p in out.iterdir()) == ["manifest.jsonl", "x.md"]


# -- items 7, 10, 16: pairs that cannot be written --------------------------------------------


def test_an_occupation_paired_with_itself_is_a_problem(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, "a,b\n29-1141,29-1141\nRegistered Nurses,29-1141\n")
    same = (
        "cannot compare 'Registered Nurses' with itself (both have the code 29-1141);"
        " choose two different occupations"
    )
    assert problems(path) == [f"{path}, line 2, b: {same}", f"{path}, line 3, b: {same}"]


def test_a_name_too_long_for_its_temporary_file_is_a_problem(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, f"a,b,name\n43-3011,43-3021,ok\n29-1141,29-1292,{'n' * 245}\n")
    assert problems(path) == [
        f"{path}, line 3, name: the file name is 248 bytes; at most 241 fit"
        " (with its temporary file)"
    ]


def test_generated_names_are_capped_stable_and_distinct() -> None:
    long_a = "-".join(["word"] * 60)
    long_b = long_a + "-x"
    assert len(slug(long_a)) <= MAX_SLUG
    assert slug(long_a) == slug(long_a)
    assert slug(long_a) != slug(long_b)
    assert slug("short title") == "short-title"


def test_a_batch_never_overwrites_its_pairs_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    text = "a,b,name\n43-3011,43-3021,pairs\n"
    path = pairs_file(out, text, name="pairs.txt")
    assert main(["batch", str(path), "-o", str(out), "-f", "text", "--force"]) == 1
    assert "is an input of this run" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == text


# -- item 19: pairs files as people write them -----------------------------------------------


def test_spaces_around_header_names_and_cells_are_ignored(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, " a , b \n 43-3011 ,  Registered Nurses \n")
    [job] = read_pairs(path, datasets.get)
    assert (job.a.code, job.b.code) == ("43-3011", "29-1141")


def test_an_unterminated_quote_is_reported_as_such(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, 'a,b\n43-3011,43-3021\n"29-1141,29-1292\n43-3011,29-1141\n')
    assert problems(path) == [f"{path}, line 3: a quote opened on this line is never closed"]


def test_a_duplicate_column_is_a_problem(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, "a,b,a\n43-3011,43-3021,29-1141\n")
    assert problems(path) == [f"{path}, line 1: column 'a' appears twice"]


def test_extra_cells_are_a_problem(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, "a,b\n43-3011,43-3021,29-1141\n")
    assert problems(path) == [f"{path}, line 2: 3 cells, but the header has 2 columns"]


def test_a_batch_never_writes_through_a_link_to_its_input(tmp_path: Path) -> None:
    from careerprose.files import OutputError

    text = "a,b,name\n43-3011,43-3021,article\n"
    path = pairs_file(tmp_path, text)
    out = tmp_path / "out"
    out.mkdir()
    (out / "article.md").symlink_to(path)
    with pytest.raises(OutputError, match="is an input of this run"):
        write_batch(read_pairs(path, datasets.get), out, force=True, inputs=[path])
    assert path.read_text(encoding="utf-8") == text
