"""What checking an article costs beside writing it: ``check_article`` against ``compare()``.

Run from the repository: ``python bench/bench_check.py`` (``--pairs 100`` for a short run;
``--templates`` also times ``check_templates()``, the exhaustive variant check a content team
runs on its own folder).

Both are timed over the same seeded random pairs of built-in occupations, after a warm-up pass
(per-occupation work is cached on both sides, as in a batch), interleaved round by round;
figures are the best of ``--repeat`` rounds, in milliseconds of CPU time per article.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

from careerprose import Writer, check_article, datasets


def interleaved_best_ms(
    functions: dict[str, Callable[[], object]], count: int, repeat: int
) -> dict[str, float]:
    """CPU milliseconds per article of each function: the best of ``repeat`` rounds, each
    round running every function once in turn, so a busy spell of a shared machine weighs on
    all of them alike (CPU time, not wall time, so time spent waiting for a core is not
    counted)."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(repeat):
        for name, function in functions.items():
            started = time.process_time()
            function()
            best[name] = min(best[name], time.process_time() - started)
    return {name: 1000 * seconds / count for name, seconds in best.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=300, help="number of random pairs")
    parser.add_argument("--seed", type=int, default=13, help="seed of the pair sample")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the best counts")
    parser.add_argument(
        "--templates", action="store_true", help="also time check_templates() (every variant)"
    )
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error(f"--pairs must be at least 1, got {args.pairs}")
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1, got {args.repeat}")
    occupations = datasets.occupations()
    draw = random.Random(args.seed)
    pairs = [tuple(draw.sample(occupations, 2)) for _ in range(args.pairs)]
    writer = Writer()
    articles = [writer.compare(a, b) for a, b in pairs]
    problems = sum(len(check_article(x, a, b)) for x, (a, b) in zip(articles, pairs, strict=True))
    timed = interleaved_best_ms(
        {
            "compare": lambda: [writer.compare(a, b) for a, b in pairs],
            "check": lambda: [
                check_article(x, a, b) for x, (a, b) in zip(articles, pairs, strict=True)
            ],
        },
        len(pairs),
        args.repeat,
    )
    write, check = timed["compare"], timed["check"]
    print(f"{len(pairs)} articles (pair seed {args.seed}), {problems} problems found")
    print(f"  compare():       {write:6.2f} ms per article")
    print(f"  check_article(): {check:6.2f} ms per article ({check / write:.1f}x compare)")
    if args.templates:
        from careerprose.testing import check_templates

        started = time.perf_counter()
        found = check_templates()
        seconds = time.perf_counter() - started
        print(f"  check_templates() on the built-in templates: {seconds:.1f} s,"
              f" {len(found)} problems (docs/testing.md: 'well under a minute')")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
