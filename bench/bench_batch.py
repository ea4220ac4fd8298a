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

The machine's other load shows in the figures, so the load average is printed with them; run it
on a quiet machine for numbers to quote.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
    if args.bookkeeping:
        folder = Path(tempfile.mkdtemp(prefix="careerprose-bench-", dir=args.dir))
        try:
            pairs, peak = bookkeeping_peak(args.top, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(f"bookkeeping of {pairs:,} pairs (no articles): peak RSS {peak:,.0f} MB")
        return
    baseline, baseline_cpu = in_process_rate(args.top, args.baseline_pairs)
    print(f"in-process compare+render: {baseline:,.0f} articles/s on one core"
          f" ({1000 / baseline_cpu:.2f} ms of CPU an article)")  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="careerprose-bench-", dir=args.dir))
    try:
        cpu = children_cpu()
        seconds, summary = run_batch(folder, args.top, args.jobs)
        cpu = children_cpu() - cpu
        articles = sum(1 for name in os.listdir(folder) if name.endswith(".md"))
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"batch -j {args.jobs}: {articles:,} articles in {seconds:.1f} s"
              f" ({articles / seconds:,.0f} articles/s, {articles / seconds / baseline:.2f}x"
              f" the in-process rate); peak RSS of the largest batch process {peak:,.0f} MB"
              f" (this bench process: {own:,.0f} MB)")  # fmt: skip
        print(f"  CPU {cpu:,.0f} s in all processes: {1000 * cpu / articles:.2f} ms an article"
              f" ({1000 * cpu / articles * baseline_cpu / 1000:.2f}x the in-process CPU);"
              f" load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        print(f"  {summary}")
        again, summary = run_batch(folder, args.top, args.jobs)
        print(f"re-run, nothing changed: {again:.1f} s"
              f" (load average {os.getloadavg()[0]:.1f})")  # fmt: skip
        print(f"  {summary}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
