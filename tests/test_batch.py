"""careerprose batch: many articles, all problems up front, atomic and resumable output."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerprose import RecordError, compare, datasets
from careerprose.batch import read_pairs, slug, write_batch
from careerprose.cli import main

PAIRS = "a,b,name\n43-3011,43-3021,\nRegistered Nurses,dental hygienist,nurse-vs-hygienist\n"


def pairs_file(tmp_path: Path, text: str = PAIRS, name: str = "pairs.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Registered Nurse (RN)", "registered-nurse-rn"), ("Café Manager", "cafe-manager"),
     ("!!!", "article")],
    ids=str,
)  # fmt: skip
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_read_pairs_names_files(tmp_path: Path) -> None:
    jobs = read_pairs(pairs_file(tmp_path), datasets.get)
    assert [job.name for job in jobs] == [
        "bill-and-account-collector-vs-billing-and-posting-clerk",
        "nurse-vs-hygienist",
    ]
    assert (jobs[1].a.code, jobs[1].b.code, jobs[1].location) == ("29-1141", "29-1292", "line 3")


def test_read_pairs_reports_every_problem(tmp_path: Path) -> None:
    text = "a,b\nBill Collector,43-3021\nRegistered Nurses,zzz\n43-3011,43-3021\n43-3011,43-3021\n"
    path = pairs_file(tmp_path, text)
    with pytest.raises(RecordError) as caught:
        read_pairs(path, datasets.get)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}, line 2, a: no occupation named 'Bill Collector' in the built-in dataset;"
        " did you mean 'Bill and Account Collectors'?",
        f"{path}, line 3, b: no occupation named 'zzz' in the built-in dataset",
        f"{path}, line 5: the same pair as line 4; one page per pair",
    ]


def test_read_pairs_needs_columns(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="the header needs columns 'a' and 'b'"):
        read_pairs(pairs_file(tmp_path, "first,second\nx,y\n"), datasets.get)


def test_write_batch_writes_the_same_articles_as_compare(tmp_path: Path) -> None:
    jobs = read_pairs(pairs_file(tmp_path), datasets.get)
    report = write_batch(jobs, tmp_path / "out", format="html", seed=2)
    assert sorted(report.written) == sorted(f"{job.name}.html" for job in jobs)
    for job in jobs:
        expected = compare(job.a, job.b, seed=2).render("html")
        assert (tmp_path / "out" / f"{job.name}.html").read_text(encoding="utf-8") == expected
    listed = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert listed == sorted([*report.written, "manifest.jsonl"])


def test_write_batch_resumes_and_forces(tmp_path: Path) -> None:
    jobs = read_pairs(pairs_file(tmp_path), datasets.get)
    out = tmp_path / "out"
    out.mkdir()
    (out / "nurse-vs-hygienist.md").write_text("kept", encoding="utf-8")
    report = write_batch(jobs, out)
    assert report.skipped == ("nurse-vs-hygienist.md",)
    assert len(report.written) == 1
    assert (out / "nurse-vs-hygienist.md").read_text(encoding="utf-8") == "kept"
    forced = write_batch(jobs, out, force=True)
    assert (len(forced.written), forced.skipped) == (2, ())
    assert (out / "nurse-vs-hygienist.md").read_text(encoding="utf-8").startswith("# Registered")


def test_parallel_batch_gives_the_same_bytes(tmp_path: Path) -> None:
    occupations = datasets.occupations()[:12]
    text = "a,b\n" + "".join(f"{o.code},{occupations[-1 - i].code}\n"
                             for i, o in enumerate(occupations[:6]))  # fmt: skip
    jobs = read_pairs(pairs_file(tmp_path, text), datasets.get)
    write_batch(jobs, tmp_path / "one", processes=1)
    write_batch(jobs, tmp_path / "two", processes=2)
    one = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    assert len(one) == 7  # six articles and the manifest
    assert one == two


def test_batch_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = pairs_file(tmp_path)
    code = main(["batch", str(path), "-o", str(tmp_path / "out"), "-f", "text", "--no-source"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith(f"{tmp_path / 'out'}: wrote 2, unchanged 0, skipped 0, failed 0 in ")
    text = (tmp_path / "out" / "nurse-vs-hygienist.txt").read_text(encoding="utf-8")
    assert text.startswith("Registered nurse vs dental hygienist\n")
    assert "Source:" not in text


def test_batch_command_with_problems_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = pairs_file(tmp_path, "a,b\n43-3011,nope\n")
    code = main(["batch", str(path), "-o", str(tmp_path / "out")])
    _, err = capsys.readouterr()
    assert code == 1
    assert "line 2, b: no occupation named 'nope'" in err
    assert not (tmp_path / "out").exists()


def test_batch_with_data_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "team.jsonl"
    data.write_text('{"title": "Nurse", "jobs": 1}\n{"title": "Clerk", "jobs": 2}\n', "utf-8")
    path = pairs_file(tmp_path, "a,b\nnurses,clerk\n")
    code = main(["batch", str(path), "-o", str(tmp_path / "out"), "--data", str(data)])
    assert code == 0
    assert (tmp_path / "out" / "nurse-vs-clerk.md").is_file()


def test_unreadable_pairs_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_bytes("a,b\nCaf\xe9,x\n".encode("latin-1"))
    with pytest.raises(RecordError, match="not UTF-8 text"):
        read_pairs(path, datasets.get)
