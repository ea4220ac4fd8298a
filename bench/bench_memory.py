"""Resident memory over many ``compare()`` calls with unique records (defect 8.21).

Run from the repository: ``python bench/bench_memory.py`` (``--calls``, ``--description-kb``).

Each call compares a new record (its own title and a description of the given size) with one
fixed record, as a batch over a large, changing dataset would. Caches keyed by whole records
and bounded only by entry count kept every record alive (590 MB after 100,000 calls with
10 KB descriptions); a cache bounded by the size of what it holds levels off. The figures are
the process's resident set size (Linux ``/proc/self/status``) at checkpoints.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from careerprose import Occupation, Salary, compare


def rss_mb() -> float:
    """This process's resident set size in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--description-kb", type=int, default=10)
    args = parser.parse_args()
    filler = "Handles claims and billing questions for patients. " * (
        args.description_kb * 1024 // 52 + 1
    )
    fixed = Occupation("Billing Clerk", jobs=40_000, salary=Salary(average=40_000))
    checkpoints = {args.calls * n // 10 for n in range(1, 11)}
    size = f"{args.description_kb} KB"
    print(f"{args.calls:,} compare() calls, unique records with {size} descriptions")
    print(f"  {'calls':>8}  {'RSS MB':>8}  {'s':>6}")
    gc.collect()
    print(f"  {0:>8,}  {rss_mb():>8.1f}  {0:>6.1f}")
    start = time.perf_counter()
    for i in range(1, args.calls + 1):
        record = Occupation(
            f"Claims Analyst {i}",
            description=f"Record {i}. {filler[: args.description_kb * 1024]}",
            jobs=1_000 + i,
            salary=Salary(average=50_000 + i),
        )
        compare(record, fixed)
        if i in checkpoints:
            gc.collect()
            print(f"  {i:>8,}  {rss_mb():>8.1f}  {time.perf_counter() - start:>6.1f}")


if __name__ == "__main__":
    main()
