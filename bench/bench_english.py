"""Median time per call of the English layer's hot paths, beside plain-Python baselines.

Run from the repository: ``python bench/bench_english.py`` (``--quick`` for a short run).
Titles are the 830 BLS titles of ``tests/data/bls_titles.tsv``. "Cold" means every cache of
the English layer is emptied before each call, so the figure includes parsing the title and
asking inflect; "cached" is the cost of constructing a title seen before, as in batch
generation. Baselines are the naive code a formatter replaces (``f"${x:,}"``,
``s.lower() + "s"``), measured in the same run so the ratios hold on any machine.
"""

from __future__ import annotations

import argparse
import functools
import gc
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import careerprose.english as english
from careerprose.english import (
    JobTitle,
    compare_quantities,
    describe,
    format_count,
    format_money,
    format_percent,
    join_list,
    prose_case,
    with_article,
)

ROOT = Path(__file__).resolve().parent.parent


def bls_titles() -> list[str]:
    lines = (ROOT / "tests" / "data" / "bls_titles.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [row[1] for row in rows[1:]]


#: Loaded once per process, not per title: inflect's engine and the built-in word lists.
KEEP = frozenset({"_engine", "default_lexicon"})


def clear_caches() -> None:
    """Empty every per-word and per-title cache of the English layer."""
    for module_name in ("articles", "casing", "inflection", "numbers", "titles"):
        module = getattr(english, module_name)
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value.__name__ not in KEEP:
                value.cache_clear()


def per_call(function: Callable[[], object], *, number: int, repeat: int) -> float:
    """Median over ``repeat`` runs of the mean time of ``number`` calls, in nanoseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        for _ in range(number):
            function()
        samples.append((time.perf_counter_ns() - start) / number)
    return statistics.median(samples)


def cold_title(titles: list[str]) -> float:
    """Median over the titles of one uncached JobTitle construction."""
    samples = []
    for title in titles:
        clear_caches()
        start = time.perf_counter_ns()
        JobTitle(title)
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    number, repeat = (2_000, 5) if args.quick else (20_000, 15)
    titles = bls_titles()
    JobTitle(titles[0])  # import inflect and load the lexicon outside the timings
    gc.disable()

    title = JobTitle("Senior Patient Account Representative")
    skills = ["patients", "CPT", "data entry"]
    rows: list[tuple[str, float, str, float]] = []

    def row(
        name: str, ours: Callable[[], object], base_name: str, base: Callable[[], object]
    ) -> None:
        rows.append(
            (
                name,
                per_call(ours, number=number, repeat=repeat),
                base_name,
                per_call(base, number=number, repeat=repeat),
            )
        )

    text = "Senior Patient Account Representative"
    row(
        "JobTitle(text), cached",
        lambda: JobTitle(text),
        's.lower() + "s"',
        lambda: text.lower() + "s",
    )
    row("JobTitle.singular", lambda: title.singular, "attribute read", lambda: title.text)
    row("JobTitle.plural", lambda: title.plural, "attribute read", lambda: title.text)
    row("JobTitle.a", lambda: title.a, "attribute read", lambda: title.text)
    row("JobTitle.possessive", lambda: title.possessive, "attribute read", lambda: title.text)
    row("JobTitle.display", lambda: title.display, "attribute read", lambda: title.text)
    row(
        "with_article (cached)", lambda: with_article("HR manager"), 'f"a {s}"', lambda: f"a {text}"
    )
    row("prose_case (cached)", lambda: prose_case("Data Entry"), "s.lower()", lambda: text.lower())
    row("format_money(57603)", lambda: format_money(57603), 'f"${x:,}"', lambda: f"${57603:,}")
    row(
        "format_money(27.69, hourly)",
        lambda: format_money(27.69, hourly=True),
        'f"${x:,.2f}"',
        lambda: f"${27.69:,.2f}",
    )
    row("format_percent(11.6)", lambda: format_percent(11.6), 'f"{x:g}%"', lambda: f"{11.6:g}%")
    row("format_count(126399)", lambda: format_count(126399), 'f"{x:,}"', lambda: f"{126399:,}")
    row(
        "join_list(3 items)",
        lambda: join_list(skills),
        '", ".join + " and "',
        lambda: ", ".join(skills[:-1]) + " and " + skills[-1],
    )
    row(
        "compare_quantities(money)",
        lambda: compare_quantities(57603, 35164, "money"),
        "a > b, a - b",
        lambda: (57603 > 35164, 57603 - 35164),
    )
    comparison = compare_quantities(57603, 35164, "money")
    row(
        "describe(comparison)",
        lambda: describe(comparison),
        'f"${a - b:,} more"',
        lambda: f"${57603 - 35164:,} more",
    )
    cold = cold_title(titles)
    gc.enable()

    print(f"careerprose English layer, Python {platform.python_version()} on {sys.platform}")
    print(f"median per call; {repeat} runs of {number:,} calls (cold: one call per BLS title)\n")
    print(f"{'call':32} {'ours':>10}   {'baseline':24} {'base':>9} {'ratio':>7}")
    print(f"{'JobTitle(text), cold':32} {cold / 1000:>8.1f}µs   {'(830 BLS titles)':24}")
    for name, ours, base_name, base in rows:
        print(f"{name:32} {ours:>8.0f}ns   {base_name:24} {base:>7.0f}ns {ours / base:>6.1f}x")


if __name__ == "__main__":
    main()
