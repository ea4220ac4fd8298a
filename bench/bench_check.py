"""What checking an article costs beside writing it: ``check_article`` against ``compare()``.

Run from the repository: ``python bench/bench_check.py`` (``--pairs 100`` for a short run;
``--templates`` also times ``check_templates()``, the exhaustive variant check a content team
runs on its own folder).

Both are timed over the same seeded random pairs of built-in occupations, after a warm-up pass
(per-occupation work is cached on both sides, as in a batch); figures are the best of three
repeats, in milliseconds per article on one core.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

from careerprose import Writer, check_article, datasets


def best_ms(function: Callable[[], object], count: int, repeat: int = 3) -> float:
    """Milliseconds per article: the best of ``repeat`` runs over ``count`` articles."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        runs.append(time.perf_counter() - started)
    return 1000 * min(runs) / count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=300, help="number of random pairs")
    parser.add_argument("--seed", type=int, default=13, help="seed of the pair sample")
    parser.add_argument(
        "--templates", action="store_true", help="also time check_templates() (every variant)"
    )
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error(f"--pairs must be at least 1, got {args.pairs}")
    occupations = datasets.occupations()
    draw = random.Random(args.seed)
    pairs = [tuple(draw.sample(occupations, 2)) for _ in range(args.pairs)]
    writer = Writer()
    articles = [writer.compare(a, b) for a, b in pairs]
    problems = sum(len(check_article(x, a, b)) for x, (a, b) in zip(articles, pairs, strict=True))
    write = best_ms(lambda: [writer.compare(a, b) for a, b in pairs], len(pairs))
    check = best_ms(
        lambda: [check_article(x, a, b) for x, (a, b) in zip(articles, pairs, strict=True)],
        len(pairs),
    )
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
