"""What checking an article costs beside writing it: ``check_article`` against ``compare()``.

Run from the repository: ``python bench/bench_check.py`` (``--pairs 100`` for a short run;
``--templates`` also times ``check_templates()``, the exhaustive variant check a content team
runs on its own folder).

Both are timed twice, in milliseconds of CPU time per article:

- **repeated pairs**: the same seeded random pairs of built-in occupations, after a warm-up pass
  (every cache warm on both sides), interleaved round by round; the best of ``--repeat`` rounds;
- **fresh pairs** (``--fresh``, 2,000 by default; 0 skips them): pairs each side meets for the
  first time, as a batch does, among 120 occupations each written and checked once first
  (per-occupation work cached, per-pair work not). Each round of 100 pairs is composed, timed,
  then checked, timed, so the two share the machine's busy and quiet spells; the totals and the
  median of the rounds' multiples are printed. The garbage collector is set as a batch's
  workers set it (what the warm-up built frozen, the youngest generation collected every
  10,000 allocations): otherwise a full collection, which walks every cached object of both,
  lands in whichever function allocates when it comes due, mostly ``compare()``.
- **in a batch** (``--batch 19900``; 0, the default, skips it):
  :func:`careerprose.batch.write_batch` with ``check=True`` and ``-j 2`` over the first pairs
  of the 200 largest occupations, in a temporary folder, with ``compare()`` and
  ``check_article`` timed inside the workers themselves (forked from this process, they
  inherit the timers): both under the load, memory and collector settings the batch runs
  them with.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from careerprose import Writer, check_article, datasets, verify
from careerprose.article import Article
from careerprose.batch import _YOUNG_COLLECTION, write_batch
from careerprose.pairs import PairJobs
from careerprose.publish import choose_occupations
from careerprose.records.model import Occupation


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


def fresh_pairs_ms(count: int, seed: int) -> tuple[float, float, float]:
    """CPU milliseconds per article of ``compare()`` and ``check_article`` on ``count`` pairs
    neither has met (see the module's doc), and the median of the rounds' multiples."""
    draw = random.Random(seed)
    sample = draw.sample(datasets.occupations(), 120)
    pairs = list(itertools.combinations(sample, 2))
    draw.shuffle(pairs)
    writer = Writer()
    ring = list(zip(sample, sample[1:] + sample[:1], strict=True))  # each occupation once
    for a, b in ring:
        check_article(writer.compare(a, b), a, b)
    seen = {frozenset((a.title, b.title)) for a, b in ring}
    gc.collect()
    gc.freeze()  # as careerprose.batch's workers do
    gc.set_threshold(_YOUNG_COLLECTION, *gc.get_threshold()[1:])
    fresh = [pair for pair in pairs if frozenset(o.title for o in pair) not in seen][:count]
    totals, multiples = [0.0, 0.0], []
    for start in range(0, len(fresh), 100):
        chunk = fresh[start : start + 100]
        started = time.process_time()
        articles = [writer.compare(a, b) for a, b in chunk]
        written = time.process_time() - started
        started = time.process_time()
        for article, (a, b) in zip(articles, chunk, strict=True):
            check_article(article, a, b)
        checked = time.process_time() - started
        totals[0] += written
        totals[1] += checked
        multiples.append(checked / written if written else float("nan"))
    return (1000 * totals[0] / len(fresh), 1000 * totals[1] / len(fresh),
            statistics.median(multiples))  # fmt: skip


#: Each process's CPU seconds in compare() and check_article, and their calls (see in_batch_ms).
_IN_BATCH = {"compare": 0.0, "check": 0.0, "articles": 0.0}


def in_batch_ms(count: int, processes: int = 2) -> tuple[float, float, int]:
    """CPU milliseconds per article of ``compare()`` and ``check_article`` inside the workers
    of a checked batch over ``count`` pairs of the 200 largest occupations, and the articles
    timed (see the module's doc)."""
    if multiprocessing.get_start_method() != "fork":
        raise SystemExit("bench_check --batch: needs workers started by fork (to inherit timers)")
    jobs = list(itertools.islice(PairJobs(choose_occupations(datasets.occupations(), top=200)),
                                 count))  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="careerprose-bench-check-"))
    stats = folder / "stats"
    stats.mkdir()
    compare, check = Writer.compare, verify.check_article

    def note() -> None:
        (stats / str(os.getpid())).write_text(" ".join(map(str, _IN_BATCH.values())))

    def timed_compare(self: Writer, a: Occupation, b: Occupation) -> Article:
        started = time.process_time()
        article = compare(self, a, b)
        _IN_BATCH["compare"] += time.process_time() - started
        return article

    def timed_check(article: Article, a: Occupation, b: Occupation) -> list[str]:
        started = time.process_time()
        problems = check(article, a, b)
        _IN_BATCH["check"] += time.process_time() - started
        _IN_BATCH["articles"] += 1
        note()
        return problems

    Writer.compare = timed_compare  # type: ignore[method-assign,assignment]
    verify.check_article = timed_check
    try:
        write_batch(jobs, folder / "out", processes=processes, check=True)
        totals = [0.0, 0.0, 0.0]
        for path in stats.iterdir():
            for index, value in enumerate(map(float, path.read_text().split())):
                totals[index] += value
    finally:
        Writer.compare = compare  # type: ignore[method-assign]
        verify.check_article = check
        shutil.rmtree(folder, ignore_errors=True)
    articles = int(totals[2])
    return 1000 * totals[0] / articles, 1000 * totals[1] / articles, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=300, help="number of random pairs")
    parser.add_argument("--seed", type=int, default=13, help="seed of the pair sample")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the best counts")
    parser.add_argument(
        "--fresh", type=int, default=2000, help="fresh pairs to time as well (0: none)"
    )
    parser.add_argument(
        "--templates", action="store_true", help="also time check_templates() (every variant)"
    )
    parser.add_argument(
        "--batch", type=int, default=0, help="pairs of a checked batch to time in its workers"
    )
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error(f"--pairs must be at least 1, got {args.pairs}")
    if args.batch < 0:
        parser.error(f"--batch must be at least 0, got {args.batch}")
    if args.fresh < 0:
        parser.error(f"--fresh must be at least 0, got {args.fresh}")
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
    if args.fresh > 0:
        write, check, median = fresh_pairs_ms(args.fresh, args.seed)
        print(f"{args.fresh} fresh pairs (seed {args.seed}), each met for the first time")
        print(f"  compare():       {write:6.2f} ms per article")
        print(f"  check_article(): {check:6.2f} ms per article ({check / write:.2f}x compare;"
              f" median of the rounds {median:.2f}x)")  # fmt: skip
    if args.batch > 0:
        write, check, in_workers = in_batch_ms(args.batch)
        print(f"{in_workers} articles of a checked batch (-j 2, the 200 largest occupations),"
              " timed in its workers")  # fmt: skip
        print(f"  compare():       {write:6.2f} ms per article")
        print(f"  check_article(): {check:6.2f} ms per article ({check / write:.2f}x compare)")
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
