"""Instructions an article for ``check_article`` and ``compare()``, counted by cachegrind.

Run from the repository (valgrind must be installed): ``python bench/count_check.py`` prints
instructions an article for both, on two sets of pairs:

- **fresh**: 300 distinct built-in pairs among 41 occupations, checked after 300 other pairs of
  the same occupations were written and checked (per-occupation caches warm, per-pair caches
  cold: what a batch sees once its occupations have come round);
- **bench**: ``bench/bench_check.py``'s 300 pairs (seed 13), written and checked once, then
  counted a second time (every cache warm, as bench_check times them).

Each figure is one run that does the counted work minus one that does everything else (start-up,
loading, warm-up), divided by 300: the count other load on the machine does not change.
``--part`` runs one of the scripts' parts without valgrind (``--part fresh_check``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import subprocess
import sys

COUNT = 300
#: (work counted, the same run without it) for each figure printed.
FIGURES = {
    "check_article, fresh pairs": ("fresh_check", "fresh_written"),
    "compare(), fresh pairs": ("fresh_compare", "fresh_setup"),
    "check_article, bench_check's pairs": ("bench_check", "bench_setup"),
    "compare(), bench_check's pairs": ("bench_compare", "bench_setup"),
}


def run_part(part: str) -> None:
    """Do the work of ``part`` (a name from :data:`FIGURES`)."""
    from careerprose import Writer, check_article, datasets

    writer = Writer()
    if part.startswith("bench"):
        draw = random.Random(13)
        occupations = datasets.occupations()
        pairs = [tuple(draw.sample(occupations, 2)) for _ in range(COUNT)]
        articles = [writer.compare(a, b) for a, b in pairs]
        for article, (a, b) in zip(articles, pairs, strict=True):
            check_article(article, a, b)
        if part == "bench_compare":
            for a, b in pairs:
                writer.compare(a, b)
        if part == "bench_check":
            for article, (a, b) in zip(articles, pairs, strict=True):
                check_article(article, a, b)
        return
    occupations = sorted(datasets.occupations(), key=lambda o: o.code or "")[::20][:41]
    combinations = list(itertools.combinations(occupations, 2))
    warm, fresh = combinations[1::2][:COUNT], combinations[::2][:COUNT]
    for a, b in warm:
        check_article(writer.compare(a, b), a, b)
    if part == "fresh_compare":
        for a, b in fresh:
            writer.compare(a, b)
    if part in ("fresh_written", "fresh_check"):
        articles = [writer.compare(a, b) for a, b in fresh]
        if part == "fresh_check":
            for article, (a, b) in zip(articles, fresh, strict=True):
                check_article(article, a, b)


def instructions(part: str, script: str = __file__, env: dict[str, str] | None = None) -> int:
    """Instructions valgrind counts for a run of ``script --part part`` (this script's by
    default; ``bench/count_plan.py`` counts its own parts, under ``env`` when given)."""
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no"]
    valgrind.append("--cachegrind-out-file=/dev/null")
    command = [*valgrind, sys.executable, script, "--part", part]
    environment = os.environ if env is None else env
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0:
        msg = f"count_check: the {part} run failed:\n{done.stderr[-2000:]}"
        raise SystemExit(msg)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        msg = f"count_check: no instruction count in valgrind's output for {part}"
        raise SystemExit(msg)
    return int(found.group(1).replace(",", ""))


def warm_up(part: str = "fresh_written", script: str = __file__) -> None:
    """Run ``part`` once outside valgrind, uncounted. The first run in a checkout, or after a
    template changed, compiles the templates into the on-disk cache
    (:mod:`careerprose.template_cache`, keyed by each template's file): counted, that work fell
    on whichever run came first and could make a figure negative."""
    command = [sys.executable, script, "--part", part]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        msg = f"count_check: the warm-up run ({part}) failed:\n{done.stderr[-2000:]}"
        raise SystemExit(msg)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", help="do one part's work, uncounted (used by the counting)")
    args = parser.parse_args(argv)
    if args.part is not None:
        run_part(args.part)
        return 0
    warm_up()
    setups: dict[str, int] = {}
    for label, (counted, setup) in FIGURES.items():
        if setup not in setups:
            setups[setup] = instructions(setup)
        per_article = (instructions(counted) - setups[setup]) / COUNT
        print(f"{label}: {per_article / 1e6:.2f} million instructions an article", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
