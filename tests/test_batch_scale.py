"""Batch at scale (issue 14): pairs made one at a time, the manifest kept out of memory."""

from __future__ import annotations

import itertools
import pickle
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerprose import Occupation, batch, datasets
from careerprose.batch import write_batch
from careerprose.errors import RecordError, SameOccupationError
from careerprose.manifest import (
    JOURNAL_NAME,
    MANIFEST_NAME,
    Entry,
    Known,
    Manifest,
    digest,
    short,
)
from careerprose.pairs import Job, PairJobs, jobs_for
from careerprose.planner import same_occupation
from careerprose.publish import all_pairs, choose_occupations


def some_occupations(count: int) -> list[Occupation]:
    return choose_occupations(datasets.occupations(), top=count)


def test_pair_jobs_are_the_listed_jobs_made_lazily() -> None:
    occupations = some_occupations(12)
    lazy = PairJobs(occupations)
    listed = jobs_for(all_pairs(occupations))
    assert len(lazy) == len(listed) == 66
    assert list(lazy) == listed
    assert list(lazy) == listed  # a second pass gives the same jobs again
    assert listed[5] in lazy


def test_pair_jobs_report_problems_like_jobs_for() -> None:
    nurse = datasets.get("29-1141")
    with pytest.raises(RecordError, match="pair 1"):
        PairJobs([nurse, nurse])


def test_all_pairs_refuse_each_pair_of_one_occupation_with_the_planners_reason() -> None:
    """The check over every pair (title forms made once per occupation) refuses exactly the
    pairs the planner would, with its reason: by code, singular title or plural title."""
    occupations = [
        Occupation("Registered Nurses", code="29-1141"),
        Occupation("Registered Nurse"),
        Occupation("Clerk", code="43-4199"),
        Occupation("Nurse, registered", code="29-1141"),
        Occupation("Office clerk"),
    ]
    with pytest.raises(RecordError) as raised:
        jobs_for(all_pairs(occupations))
    refused = {(p.location, p.message) for p in raised.value.problems if "itself" in p.message}
    expected = set()
    for number, (a, b) in enumerate(all_pairs(occupations), start=1):
        reason = same_occupation(a, b)
        if reason is not None:
            expected.add((f"pair {number}", str(SameOccupationError(a.title, reason))))
    assert refused == expected
    assert len(expected) == 3  # the two nurse titles, and each with the other 29-1141
    assert any("both have the code 29-1141" in message for _, message in refused)
    assert any("both have the same title" in message for _, message in refused)


class Watched(PairJobs):
    """PairJobs counting how many of the jobs it made are still alive."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.alive: weakref.WeakSet[Job] = weakref.WeakSet()
        self.most = 0
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[Job]:
        for job in super().__iter__():
            self.alive.add(job)
            yield job

    def progress(self, _count: int) -> None:
        self.most = max(self.most, len(self.alive))


def test_a_batch_holds_a_few_chunks_of_jobs_not_all(tmp_path: Path) -> None:
    jobs = Watched(some_occupations(30))
    report = write_batch(jobs, tmp_path / "out", progress=jobs.progress)
    assert len(report.written) == len(jobs) == 435
    assert 0 < jobs.most <= 2 * 108  # two chunks (435 // 4 jobs each) at most, of 435
    listed = tmp_path / "listed"
    write_batch(list(jobs), listed)
    assert (listed / MANIFEST_NAME).read_bytes() == (tmp_path / "out" / MANIFEST_NAME).read_bytes()


def test_a_journal_left_by_a_killed_run_is_folded_in(tmp_path: Path) -> None:
    jobs = PairJobs(some_occupations(5))
    out = tmp_path / "out"
    write_batch(jobs, out)
    saved = (out / MANIFEST_NAME).read_text(encoding="utf-8")
    # As a run killed before saving leaves it: entries only in the journal, one of them for a
    # file that never got renamed into place (its hash does not match), and a torn last line.
    lines = saved.splitlines(keepends=True)
    broken = lines[0].replace('"content": "', '"content": "0')
    (out / JOURNAL_NAME).write_text(broken + "".join(lines) + '{"path": "x', encoding="utf-8")
    (out / MANIFEST_NAME).unlink()
    again = write_batch(jobs, out)
    assert (again.written, len(again.unchanged)) == ((), 10)
    assert (out / MANIFEST_NAME).read_text(encoding="utf-8") == saved
    assert not (out / JOURNAL_NAME).exists()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def test_workers_are_sent_positions_not_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """A chunk sent to a worker names occupations by position in the table each worker got
    once at start, instead of pickling two records an article (~0.2 ms of CPU)."""
    jobs = PairJobs(some_occupations(40))
    table = batch._occupations_of(jobs)
    assert table == jobs.occupations
    positions = {id(occupation): number for number, occupation in enumerate(table)}
    tasks = [batch._Task(job, "data", "inputs", ()) for job in itertools.islice(jobs, 200)]
    shared = [batch._shared(task, positions) for task in tasks]
    sent = pickle.dumps(shared)
    assert b"Occupation" not in sent
    assert len(sent) * 4 < len(pickle.dumps(tasks))
    monkeypatch.setattr(batch, "_TABLE", table)  # what _start_worker keeps in a worker
    arrived = pickle.loads(pickle.dumps(shared))
    assert [batch._resolved(task.job) for task in arrived] == [task.job for task in tasks]


def test_a_listed_batch_gives_workers_each_occupation_once(tmp_path: Path) -> None:
    jobs = list(PairJobs(some_occupations(20)))
    table = batch._occupations_of(jobs)
    assert len(table) == 20
    assert {id(job.a) for job in jobs} | {id(job.b) for job in jobs} == {id(o) for o in table}
    one, two = tmp_path / "one", tmp_path / "two"
    write_batch(PairJobs(some_occupations(20)), one, processes=1)
    write_batch(jobs, two, processes=2)
    assert sorted(path.name for path in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in one.iterdir():
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name


def test_an_entry_is_serialised_once_for_the_journal_and_the_manifest(tmp_path: Path) -> None:
    """A worker turns each entry into its manifest line once; the line, not the entry, goes to
    the parent (a tuple of bytes pickles several times faster) and is stored as is."""
    entry = Entry(
        path="nurse-vs-cook.md",
        pair=("Registered Nurses", "Cooks, Restaurant — é"),
        codes=("29-1141", None),
        slug="nurse-vs-cook",
        content=digest("article"),
        size=7,
        inputs=digest("inputs"),
        templates=digest("templates"),
        data=digest("data"),
        version="1.0",
    )
    encoded = entry.encoded()
    assert Entry.from_json(encoded.line.decode("utf-8")) == entry
    assert encoded.line.splitlines(keepends=True) == [entry.to_json().encode("utf-8") + b"\n"]
    sent = pickle.dumps(encoded)
    assert pickle.loads(sent) == encoded
    assert b"Entry" not in sent
    saved = []
    for name, given in (("from-entry", entry), ("from-line", encoded)):
        folder = tmp_path / name
        folder.mkdir()
        manifest = Manifest(folder)
        manifest.add(given)
        assert manifest.get(entry.path) == Known(short(entry.content), short(entry.inputs), 7)
        manifest.save()
        saved.append((folder / MANIFEST_NAME).read_bytes())
    assert saved[0] == saved[1] == encoded.line
