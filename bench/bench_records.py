"""Time to validate large records files: long lists, many records, beside a JSON-parse baseline.

Run from the repository: ``python bench/bench_records.py`` (``--quick`` for smaller files).
Issue 8.20 measured 20 s to validate one record with 40,000 skills (790 KB), because repeated
skills were found with ``list.count`` (quadratic). Lists are now capped at
``MAX_ITEMS`` (1,000) and checked in linear time; this script prints:

- the 40,000-skill file (now refused with one clear error), against ``json.loads`` of it;
- files at the cap (records with 1,000 skills and 1,000 responsibilities each);
- a file of many small records, for the per-record cost.

Point ``PYTHONPATH`` at another checkout's ``src`` to measure it on the same machine (the
figures in docs/performance.md compare this branch with ``main`` that way).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from careerprose import check_records


def _skills(count: int) -> list[dict[str, Any]]:
    return [{"name": f"Skill {number}", "share": 1} for number in range(count)]


def _record(title: str, skills: int, duties: int) -> dict[str, Any]:
    return {
        "title": title,
        "salary": {"average": 57_603, "hourly": 27.69},
        "skills": _skills(skills),
        "responsibilities": [f"Handle task {number}." for number in range(duties)],
    }


def _time(call: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``call`` in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _case(folder: Path, name: str, document: object, repeat: int) -> None:
    path = folder / f"{name}.json"
    text = json.dumps(document)
    path.write_text(text, encoding="utf-8")
    report = check_records(path)
    seconds = _time(lambda: check_records(path), repeat)
    baseline = _time(lambda: json.loads(path.read_text(encoding="utf-8")), repeat)
    verdict = "ok" if report.ok else f"{len(report.errors)} error(s): {report.errors[0].message}"
    print(
        f"{name:<34} {len(text) / 1e6:6.2f} MB  {seconds * 1e3:9.1f} ms"
        f"  ({seconds / baseline:5.1f}x json.loads)  {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller files, fewer repeats")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    many = 200 if args.quick else 2_000
    print(f"Python {platform.python_version()} on {platform.machine()}; median of {repeat}")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        _case(folder, "one record, 40,000 skills", [_record("A", 40_000, 0)], repeat)
        _case(folder, "one record at the cap (1,000+1,000)", [_record("A", 1_000, 1_000)], repeat)
        at_cap = [_record(f"Job {n}", 1_000, 1_000) for n in range(20)]
        _case(folder, "20 records at the cap", at_cap, repeat)
        small = [_record(f"Job {n}", 10, 5) for n in range(many)]
        _case(folder, f"{many:,} small records", small, repeat)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
