"""How alike articles for random pairs of built-in occupations read, against issue 12's targets.

Run from the repository: ``python bench/bench_sameness.py`` (``--pairs 200`` for a short run,
``--seed`` for another sample, ``--json`` for the whole report).

Prints, over N seeded random pairs (default 1,000): the shares :func:`careerprose.sameness`
reports, a PASS/FAIL line per target, the top 20 frames, the within-article repeats, and
articles per second with and without the measure (the measure's cost per article).

Targets (issue 12):

- no masked sentence frame in more than 10% of the articles;
- at most 15% of prose sentences in frames that appear in more than 5% of the articles;
- within one article, no two sentences with the same frame and no fact stated twice in prose.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from careerprose import Writer, datasets, sameness
from careerprose.records.model import Occupation

WIDEST_LIMIT = 0.10
COMMON_AT = 0.05
COMMON_LIMIT = 0.15


def random_pairs(count: int, seed: int) -> list[tuple[Occupation, Occupation]]:
    """``count`` pairs of distinct built-in occupations, drawn with ``random.Random(seed)``."""
    occupations = datasets.occupations()
    draw = random.Random(seed)
    return [tuple(draw.sample(occupations, 2)) for _ in range(count)]  # type: ignore[misc]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000, help="number of random pairs")
    parser.add_argument("--seed", type=int, default=12, help="seed of the pair sample")
    parser.add_argument("--article-seed", default="0", help="the Writer's seed")
    parser.add_argument("--top", type=int, default=20, help="how many frames to list")
    parser.add_argument("--json", action="store_true", help="print the report as JSON only")
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error(f"--pairs must be at least 1, got {args.pairs}")

    pairs = random_pairs(args.pairs, args.seed)
    writer = Writer(seed=args.article_seed)
    for a, b in pairs[:50]:
        writer.compare(a, b)  # warm the per-occupation caches, as a batch would
    started = time.perf_counter()
    articles = [writer.compare(a, b) for a, b in pairs]
    written = time.perf_counter()
    report = sameness((article, a, b) for article, (a, b) in zip(articles, pairs, strict=True))
    measured = time.perf_counter()

    if args.json:
        print(json.dumps(report.to_dict(top=args.top), indent=2))
        return 0

    write_seconds, measure_seconds = written - started, measured - written
    repeats_by_rule = {"frame": 0, "fact": 0}
    for repeat in report.repeats:
        repeats_by_rule[repeat.rule] += 1
    with_repeats = len({repeat.article for repeat in report.repeats})
    common = report.share_above(COMMON_AT)
    print(f"{report.articles:,} articles (pair seed {args.seed}, article seed "
          f"{args.article_seed!r}), {report.sentences:,} prose sentences, "
          f"{len(report.frames):,} distinct frames")  # fmt: skip
    print(f"  distinct frames per sentence:            {report.distinct_share:7.1%}")
    print(f"  sentences in frames in >10% of articles: {report.common_share:7.1%}")
    print(f"  sentences in frames in >5% of articles:  {common:7.1%}")
    print(f"  articles using the widest frame:         {report.widest_share:7.1%}")
    print(f"  near-duplicate article pairs (J >= {report.near_duplicate:g}): "
          f"{len(report.near_duplicates):,}")  # fmt: skip
    print(f"  articles with repeats: {with_repeats:,} ({repeats_by_rule['frame']:,} repeated "
          f"frames, {repeats_by_rule['fact']:,} facts stated twice)")  # fmt: skip
    print()
    print("Targets (issue 12)")
    print(f"  {verdict(report.widest_share <= WIDEST_LIMIT)}  no frame in more than 10% of "
          f"articles (widest: {report.widest_share:.1%})")  # fmt: skip
    print(f"  {verdict(common <= COMMON_LIMIT)}  at most 15% of prose sentences in frames in "
          f"more than 5% of articles ({common:.1%})")  # fmt: skip
    print(f"  {verdict(not repeats_by_rule['frame'])}  no two sentences of an article share "
          f"a frame ({repeats_by_rule['frame']:,} found)")  # fmt: skip
    print(f"  {verdict(not repeats_by_rule['fact'])}  no fact stated twice in an article's "
          f"prose ({repeats_by_rule['fact']:,} found)")  # fmt: skip
    print()
    print(f"Top {args.top} frames (articles, sentences)")
    for count in report.top(args.top):
        print(f"  {count.articles:6,} {count.sentences:6,}  {count.frame}")
    if report.repeats:
        print()
        print("First repeats")
        for repeat in report.repeats[:5]:
            print(f"  [{repeat.rule}] {repeat.title}: {repeat.detail}")
            print(f"      {repeat.first}")
            print(f"      {repeat.second}")
    print()
    per_second = report.articles / write_seconds
    both = report.articles / (write_seconds + measure_seconds)
    cost = 1000 * measure_seconds / report.articles
    print(f"Speed: {per_second:,.0f} articles/s without the measure, {both:,.0f} with it "
          f"(the measure: {cost:.2f} ms per article)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
