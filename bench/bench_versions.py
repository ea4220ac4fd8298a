"""This checkout against an earlier revision, writing the same articles from the same records.

Run from the repository: ``python bench/bench_versions.py`` (against ``2512cc1``, the last
commit before the redesign of issue 9) or ``python bench/bench_versions.py --baseline REV``.

Both versions read the records of the *baseline's* built-in dataset (a version's own dataset
may have more fields, hence longer articles, so comparing each with its own data would measure
the data, not the code). The baseline revision is unpacked with ``git archive`` into a
temporary folder; each version runs in its own Python process, alternately, ``--rounds``
times, and the best round of each is kept (the least disturbed by other work on the machine).

Printed per version: CPU time per article (``compare()`` + ``render("markdown")``, warm: each
occupation's per-occupation work done before timing) on pairs the process meets for the first
time, which is what a batch does, and on the same pairs a second time, where caches keyed by
the pair (the baseline memoises comparisons and escaped paragraphs) make repeats cheaper than
any real workload; characters per article; and with
``--instructions`` the instructions per article counted by valgrind's cachegrind, which other
load on the machine does not change at all (slow: about a minute and a half per version).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = "2512cc1"

#: The measuring program each version runs (with PYTHONPATH at that version's ``src``).
#: argv: data file, number of pairs to time, passes over them.
CHILD = r"""
import gzip, itertools, json, sys, time
from careerprose import Writer
from careerprose.records.model import Occupation

data_file, count, passes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with gzip.open(data_file, "rt", encoding="utf-8") as handle:
    records = json.load(handle)["occupations"]
occupations = [Occupation.from_dict(record) for record in records][::20][:41]
writer = Writer()
warm_up = list(zip(occupations, occupations[1:]))
for a, b in warm_up:  # per-occupation work, before timing
    writer.compare(a, b).render("markdown")
seen = {(id(a), id(b)) for a, b in warm_up}
fresh = [(a, b) for a, b in itertools.combinations(occupations, 2) if (id(a), id(b)) not in seen]
pairs = fresh[::2][:count]
times, chars = [], 0
for _ in range(passes):  # the first pass meets each pair for the first time; later ones repeat
    start = time.process_time()
    chars = sum(len(writer.compare(a, b).render("markdown")) for a, b in pairs)
    times.append((time.process_time() - start) / max(len(pairs), 1) * 1e6)
print(" ".join(f"{micros:.1f}" for micros in times), f"{chars / max(len(pairs), 1):.0f}")
"""


def unpack(revision: str, folder: Path) -> Path:
    """The ``src`` folder of ``revision`` of this repository, unpacked into ``folder`` with the
    rest of that revision (its templates live beside ``src``)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision],
        check=True,
        capture_output=True,
    ).stdout
    target = folder / revision
    target.mkdir()
    archive_path = folder / f"{revision}.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(target, filter="data")
    return target / "src"


def data_file(src: Path) -> Path:
    """The built-in dataset file of the version at ``src``."""
    found = sorted((src / "careerprose" / "datasets" / "data").glob("*.json.gz"))
    if not found:
        sys.exit(f"no built-in dataset file under {src}")
    return found[0]


def run(src: Path, data: Path, count: int) -> tuple[float, float, int]:
    """(µs of CPU per article on pairs met for the first time, µs per article on the same
    pairs again, characters per article) of the version at ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(count), "2"],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        sys.exit(f"the version at {src} failed:\n{done.stderr[-3000:]}")
    fresh, again, chars = done.stdout.split()
    return float(fresh), float(again), int(chars)


def instructions(src: Path, data: Path, count: int) -> float:
    """Instructions per article under cachegrind: a run timing ``count`` pairs minus one
    timing none (start-up, loading and the warm-up cancel out)."""

    def total(pairs: int) -> int:
        env = {**os.environ, "PYTHONPATH": str(src)}
        command = [
            "valgrind", "--tool=cachegrind", "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable, "-c", CHILD, str(data), str(pairs), "1",
        ]  # fmt: skip
        err = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stderr
        match = re.search(r"I\s+refs:\s+([\d,]+)", err)
        if match is None:
            sys.exit(f"valgrind printed no instruction count:\n{err[-2000:]}")
        return int(match[1].replace(",", ""))

    return (total(count) - total(0)) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare")
    parser.add_argument("--pairs", type=int, default=300, help="pairs timed per round")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds per version")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions with valgrind"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base_src = unpack(args.baseline, Path(tmp))
        data = data_file(base_src)
        versions = {f"baseline {args.baseline}": base_src, "this checkout": ROOT / "src"}
        fresh: dict[str, float] = {}
        again: dict[str, float] = {}
        chars: dict[str, int] = {}
        for _ in range(args.rounds):
            for name, src in versions.items():
                first, second, chars[name] = run(src, data, args.pairs)
                fresh[name] = min(fresh.get(name, float("inf")), first)
                again[name] = min(again.get(name, float("inf")), second)
        base = f"baseline {args.baseline}"
        print(f"{args.pairs} pairs of the baseline's built-in records, best of {args.rounds}")
        print("  CPU an article, each pair met for the first time (as a batch writes them):")
        for name in versions:
            print(
                f"    {name}: {fresh[name]:,.0f} µs ({fresh[name] / fresh[base]:.2f}x),"
                f" {chars[name]:,} characters"
            )
        print("  the same pairs again (caches keyed by the pair hit; no batch does this):")
        for name in versions:
            print(f"    {name}: {again[name]:,.0f} µs ({again[name] / again[base]:.2f}x)")
        if args.instructions:
            if shutil.which("valgrind") is None:
                sys.exit("--instructions needs valgrind on PATH")
            counts = {name: instructions(src, data, args.pairs) for name, src in versions.items()}
            base_count = counts[f"baseline {args.baseline}"]
            for name, count in counts.items():
                print(
                    f"  {name}: {count / 1e6:.2f} million instructions an article"
                    f" ({count / base_count:.2f}x)"
                )


if __name__ == "__main__":
    main()
