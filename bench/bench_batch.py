"""Batch throughput and memory: ``careerprose batch --all-pairs`` beside the in-process rate.

Run from the repository: ``python bench/bench_batch.py`` (all ~344,000 pairs of the built-in
dataset) or ``python bench/bench_batch.py --top 200`` (the 19,900 pairs of the 200 occupations
with the most jobs).

- **In-process baseline**: ``Writer.compare(a, b).render("markdown")`` in one process, no
  files, over the first pairs of the same selection (after a warm-up): the ceiling per core.
- **Batch**: the real command, in a fresh process, writing every article, the manifest and
  the journal into a temporary folder with ``-j N``; wall time, articles per second and the
  peak resident memory of the largest process (the parent or one worker, from
  ``resource.getrusage(RUSAGE_CHILDREN)``; this process's own peak, which holds the baseline's
  pairs, is printed beside it).
- **Re-run**: the same command again, which finds every article unchanged.
- **Side by side**: the in-process baseline in ``-j`` processes at once, as the batch's
  workers run: on a shared or hyper-threaded machine a core's CPU second does less work when
  every core is busy, which is no cost of the batch's.
- **Breakdown** (``--breakdown-pairs``): :func:`careerprose.batch.write_batch` with ``-j N``
  in this process over the first pairs, with ``compare()`` + ``render()`` timed inside the
  workers themselves, so the batch's own CPU an article (total minus compare and render) is
  measured under the very load the articles were composed under: split into the work in
  each chunk beside composing (hashing, the entry, the journal, the file), the workers'
  time outside chunks (start-up, receiving and sending chunks) and the parent's.

The machine's other load shows in the figures, so the load average is printed with them; run it
on a quiet machine for numbers to quote.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def in_process_rate(top: int | None, count: int) -> tuple[float, float]:
    """Articles per second of compare + render in this process, over ``count`` pairs: by the
    clock and by CPU time (which other load on the machine inflates less)."""
    from careerprose import Writer, datasets
    from careerprose.publish import all_pairs, choose_occupations

    occupations = choose_occupations(datasets.occupations(), top=top)
    pairs = list(itertools.islice(all_pairs(occupations), count))
    writer = Writer()
    for a, b in pairs[:200]:  # warm-up: compiled templates, per-occupation caches
        writer.compare(a, b).render("markdown")
    start, cpu = time.perf_counter(), time.process_time()
    for a, b in pairs:
        writer.compare(a, b).render("markdown")
    cpu = time.process_time() - cpu
    return len(pairs) / (time.perf_counter() - start), len(pairs) / cpu


def side_by_side_rate(top: int | None, count: int, processes: int) -> tuple[float, float]:
    """(articles/s in all, ms of CPU an article) of :func:`in_process_rate` in ``processes``
    processes at once: what composing costs when, as in a batch's workers, every core is busy
    (on a shared or hyper-threaded machine a core's CPU second then does less work)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(processes) as pool:
        rates = list(pool.map(in_process_rate, [top] * processes, [count] * processes))
    return sum(clock for clock, _ in rates), 1000 / (sum(cpu for _, cpu in rates) / processes)


def bookkeeping_peak(top: int | None, folder: Path) -> tuple[int, float]:
    """(pairs, peak RSS in MB) of the parent's bookkeeping alone at full scale, no rendering.

    The checked, lazy pairs (one full pass), a manifest holding an entry per pair (as a run
    that wrote every article leaves it) saved to ``folder``, and the tally's names: what the
    parent holds besides the articles in flight. For when a full run does not fit the time.
    """
    from careerprose import __version__, datasets
    from careerprose.manifest import Entry, Manifest, digest
    from careerprose.pairs import PairJobs
    from careerprose.publish import choose_occupations

    jobs = PairJobs(choose_occupations(datasets.occupations(), top=top))
    manifest = Manifest(folder)
    written = []
    for number, job in enumerate(jobs):
        name = job.name + ".md"
        hashed = digest(str(number))
        manifest.add(Entry(name, (job.a.title, job.b.title), (job.a.code, job.b.code), job.name,
                           hashed, 9000, hashed, hashed, hashed, __version__))  # fmt: skip
        written.append(name)
    manifest.save()
    return len(written), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: What composing_timed patched in, for _timed_chunk (module level: workers are sent it by name).
_TIMING: dict[str, Any] = {}


def _timed_chunk(settings: Any, tasks: Any) -> Any:
    """careerprose.batch._write_chunk, timed; see composing_timed."""
    totals = _TIMING["totals"]
    start = time.process_time()
    outcomes = _TIMING["write_chunk"](settings, tasks)
    totals["chunks"] += time.process_time() - start
    (_TIMING["stats"] / str(os.getpid())).write_text(f"{totals['chunks']} {totals['composing']}")
    return outcomes


@contextlib.contextmanager
def composing_timed(stats: Path) -> Iterator[None]:
    """Time ``compare()`` + ``render()`` and each chunk, in this process and in workers forked
    from it; each process writes ``<chunk CPU> <composing CPU>`` to ``stats/<pid>`` after
    every chunk. An article's deallocation is timed as composing (the in-process rate
    pays it too)."""
    from careerprose import batch
    from careerprose.article import Article
    from careerprose.writer import Writer

    compare, render, write_chunk = Writer.compare, Article.render, batch._write_chunk
    totals = _TIMING["totals"] = {"chunks": 0.0, "composing": 0.0}
    _TIMING.update(stats=stats, write_chunk=write_chunk)
    held: list[Article] = []

    def timed_compare(self: Writer, a: Any, b: Any) -> Article:
        start = time.process_time()
        held.clear()  # the previous article, freed here rather than in the batch's loop
        held.append(compare(self, a, b))
        totals["composing"] += time.process_time() - start
        return held[0]

    def timed_render(self: Article, format: str = "text") -> str:
        start = time.process_time()
        text = render(self, format)
        totals["composing"] += time.process_time() - start
        return text

    Writer.compare, Article.render, batch._write_chunk = (  # type: ignore[method-assign]
        timed_compare,
        timed_render,
        _timed_chunk,
    )
    try:
        yield
    finally:
        Writer.compare, Article.render, batch._write_chunk = (  # type: ignore[method-assign]
            compare,
            render,
            write_chunk,
        )


def breakdown(top: int | None, count: int, processes: int, base: str | None) -> str:
    """Where the batch's own CPU goes, in ms an article, beside compare() + render()."""
    from careerprose import datasets
    from careerprose.batch import write_batch
    from careerprose.pairs import PairJobs
    from careerprose.publish import choose_occupations

    if processes > 1 and multiprocessing.get_start_method() != "fork":
        return "breakdown: needs workers started by fork (they inherit the timers); skipped"
    jobs = list(itertools.islice(PairJobs(choose_occupations(datasets.occupations(), top=top)),
                                 count))  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="careerprose-bench-", dir=base))
    try:
        stats = folder / "stats"
        stats.mkdir()
        own, workers = resource.getrusage(resource.RUSAGE_SELF), children_cpu()
        with composing_timed(stats):
            written = len(write_batch(jobs, folder / "out", processes=processes).written)
        after = resource.getrusage(resource.RUSAGE_SELF)
        parent = after.ru_utime + after.ru_stime - own.ru_utime - own.ru_stime
        workers = children_cpu() - workers
        chunks = composing = 0.0
        for path in stats.iterdir():
            chunk_cpu, composing_cpu = map(float, path.read_text().split())
            chunks, composing = chunks + chunk_cpu, composing + composing_cpu
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if processes == 1:  # the chunks ran in this process
        parent, workers = parent - chunks, chunks
    per = 1000 / written
    own_cpu = parent + workers - composing
    return (f"breakdown, -j {processes} in this process, {written:,} articles: the batch's own"
            f" CPU {own_cpu * per:.3f} ms an article beside {composing * per:.3f} ms of"
            f" compare()+render() ({own_cpu / composing:.1%}): in chunks besides composing"
            f" (hash, entry, journal, file) {(chunks - composing) * per:.3f}, workers outside"
            f" chunks (start-up, chunks in and out) {(workers - chunks) * per:.3f}, parent"
            f" {parent * per:.3f}; load average {os.getloadavg()[0]:.1f}")  # fmt: skip


def children_cpu() -> float:
    """CPU seconds (user and system) of this process's finished children so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_batch(folder: Path, top: int | None, processes: int) -> tuple[float, str]:
    """(seconds, summary line) of one ``careerprose batch --all-pairs`` run."""
    command = [sys.executable, "-m", "careerprose", "batch", "--all-pairs", "-o", str(folder),
               "-j", str(processes)]  # fmt: skip
    if top:
        command += ["--top", str(top)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, help="only the N occupations with the most jobs")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--baseline-pairs", type=int, default=5000)
    parser.add_argument(
        "--breakdown-pairs",
        type=int,
        default=5000,
        help="pairs of the in-process breakdown of the batch's own CPU (0: none)",
    )
    parser.add_argument(
        "--breakdown-only", action="store_true", help="only the breakdown (no CLI runs)"
    )
    parser.add_argument(
        "--bookkeeping",
        action="store_true",
        help="only measure the parent's memory for pairs, manifest and tally (no articles)",
    )
    parser.add_argument(
        "--dir", help="where to make the output folder (default: the system's temporary folder)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))

    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    # The interpreter's build matters as much as a round of tuning: a CPython built without
    # profile-guided optimisation runs the same code 10-15% slower than a distribution's build.
    print(f"Python {sys.version.split()[0]} at {sys.executable}")
    if args.bookkeeping:
        folder = Path(tempfile.mkdtemp(prefix="careerprose-bench-", dir=args.dir))
        try:
            pairs, peak = bookkeeping_peak(args.top, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(f"bookkeeping of {pairs:,} pairs (no articles): peak RSS {peak:,.0f} MB")
        return
    if not args.breakdown_only:
        compare_with_in_process(args.top, args.jobs, args.baseline_pairs, args.dir)
    # Last: the breakdown's workers are this process's children too, and would count in the
    # batch's peak memory read from RUSAGE_CHILDREN.
    if args.breakdown_pairs:
        print(breakdown(args.top, args.breakdown_pairs, args.jobs, args.dir))


def compare_with_in_process(top: int | None, jobs: int, pairs: int, base: str | None) -> None:
    """The real command's runs beside the in-process rates; prints the figures."""
    baseline, baseline_cpu = in_process_rate(top, pairs)
    print(f"in-process compare+render: {baseline:,.0f} articles/s on one core"
          f" ({1000 / baseline_cpu:.2f} ms of CPU an article)")  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="careerprose-bench-", dir=base))
    try:
        cpu = children_cpu()
        seconds, summary = run_batch(folder, top, jobs)
        cpu = children_cpu() - cpu
        articles = sum(1 for name in os.listdir(folder) if name.endswith(".md"))
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"batch -j {jobs}: {articles:,} articles in {seconds:.1f} s"
              f" ({articles / seconds:,.0f} articles/s, {articles / seconds / baseline:.2f}x"
              f" the in-process rate); peak RSS of the largest batch process {peak:,.0f} MB"
              f" (this bench process: {own:,.0f} MB)")  # fmt: skip
        print(f"  CPU {cpu:,.0f} s in all processes: {1000 * cpu / articles:.2f} ms an article"
              f" ({1000 * cpu / articles * baseline_cpu / 1000:.2f}x the in-process CPU);"
              f" load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        print(f"  {summary}")
        again, summary = run_batch(folder, top, jobs)
        print(f"re-run, nothing changed: {again:.1f} s"
              f" (load average {os.getloadavg()[0]:.1f})")  # fmt: skip
        print(f"  {summary}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if jobs > 1:  # after the batch's peak memory is read (these are children too)
        together, together_ms = side_by_side_rate(top, pairs, jobs)
        print(f"in-process compare+render in {jobs} processes side by side: {together:,.0f}"
              f" articles/s in all, {together_ms:.2f} ms of CPU an article (the batch's"
              f" {1000 * cpu / articles / together_ms:.2f}x that);"
              f" load average {os.getloadavg()[0]:.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
