"""Instructions an article for ``plan_article`` alone, counted by cachegrind.

Run from the repository (valgrind must be installed): ``python bench/count_plan.py`` prints
the instructions ``plan_article`` takes an article on 300 distinct built-in pairs among 41
occupations (every other pair of 41 occupations spread over the SOC codes), after 40
``compare()`` + ``render()`` warm-up articles of the same occupations: per-occupation caches
warm, per-pair work cold, as in docs/performance.md's "Counting instructions instead of
seconds". Only planning is counted: the realiser and the renderers are not.

The figure is one run that plans the 300 pairs minus one that does everything else (start-up,
loading, warm-up), divided by 300. The heap after the warm-up is frozen (``gc.freeze()``, as a
batch's workers do), so whether a full collection over the loaded records falls inside the
count no longer swings it by ±1.5%. ``--seeds 0 1 2`` counts under each fixed hash seed and
prints their mean. ``--part plan`` or ``--part setup`` runs one side without valgrind.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import sys

import count_check  # bench/, beside this script

COUNT = 300


def run_part(part: str) -> None:
    """The warm-up, then (for ``part == "plan"``) the counted plans."""
    from careerprose import Writer, datasets
    from careerprose.planner import plan_article

    occupations = sorted(datasets.occupations(), key=lambda o: o.code or "")[::20][:41]
    writer = Writer()
    for a, b in itertools.pairwise(occupations):
        writer.compare(a, b).render("markdown")
    gc.collect()
    gc.freeze()  # as a batch's workers do: no full collection over the loaded data in the count
    if part == "plan":
        for a, b in list(itertools.combinations(occupations, 2))[::2][:COUNT]:
            plan_article(a, b, writer.style, writer.seed)


def instructions(part: str, seed: str | None) -> int:
    """Instructions valgrind counts for a run of ``part`` (under hash seed ``seed``)."""
    env = dict(os.environ)
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    return count_check.instructions(part, __file__, env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("plan", "setup"), help="do one side, uncounted")
    parser.add_argument("--seeds", nargs="*", default=[], help="fixed hash seeds to count under")
    args = parser.parse_args(argv)
    if args.part is not None:
        run_part(args.part)
        return 0
    run_part("setup")  # a first run compiles and caches the templates outside the count
    figures = []
    for seed in args.seeds or [None]:
        per_article = (instructions("plan", seed) - instructions("setup", seed)) / COUNT
        figures.append(per_article)
        shown = "random" if seed is None else seed
        print(f"plan_article, hash seed {shown}: {per_article / 1e6:.3f} million", flush=True)
    if len(figures) > 1:
        print(f"mean: {sum(figures) / len(figures) / 1e6:.3f} million instructions an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
