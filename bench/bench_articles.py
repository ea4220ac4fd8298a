"""Articles per second on one core, beside a plain-Jinja baseline, and command start-up time.

Run from the repository: ``python bench/bench_articles.py`` (``--quick`` for a short run).

- **Seed pair**: ``compare()`` plus ``render()`` of ``examples/seed-pair.json`` in each format.
  The baseline, measured in the same run, is a precompiled plain Jinja template that lays out
  the *same* Markdown article from precomputed strings (no facts, no English, no choices): the
  floor for any Jinja-based writer. Costs are compared per output character.
- **Dataset batch**: Markdown articles for pairs of built-in occupations, after one warm-up
  pass (per-occupation work is cached; per-pair work is not).
- **Start-up**: the whole ``careerprose compare examples/seed-pair.json`` process, beside
  ``python -c pass`` and ``python -c "import jinja2"``.

Figures are the best of several repeats (the least disturbed by other work on the machine).
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jinja2

import careerprose
from careerprose import Writer, datasets
from careerprose.article import Article, BulletList, Heading, Paragraph, Table
from careerprose.render.markdown import escape_markdown

ROOT = Path(__file__).resolve().parent.parent
SEED_PAIR = ROOT / "examples" / "seed-pair.json"

BASELINE = jinja2.Environment(autoescape=False).from_string(
    """# {{ title }}
{% for section in sections %}{% if section.heading %}
## {{ section.heading }}
{% endif %}{% for block in section.blocks %}
{% if block.kind == "heading" %}### {{ block.text }}
{% elif block.kind == "paragraph" %}{{ block.text }}
{% elif block.kind == "list" %}{% for item in block.entries %}- {{ item }}
{% endfor %}{% else %}| | {{ block.header[0] }} | {{ block.header[1] }} |
| --- | --- | --- |
{% for row in block.rows %}| {{ row[0] }} | {{ row[1] }} | {{ row[2] }} |
{% endfor %}{% endif %}{% endfor %}{% endfor %}"""
)


def baseline_context(article: Article) -> dict[str, object]:
    """The article as precomputed, already escaped strings for the baseline template."""
    sections = []
    for section in article.sections:
        blocks: list[dict[str, object]] = []
        for block in section.blocks:
            if isinstance(block, Heading):
                blocks.append({"kind": "heading", "text": escape_markdown(block.text)})
            elif isinstance(block, Paragraph):
                blocks.append({"kind": "paragraph", "text": escape_markdown(block.text)})
            elif isinstance(block, BulletList):
                items = [escape_markdown(item.text) for item in block.items]
                blocks.append({"kind": "list", "entries": items})
            elif isinstance(block, Table):
                rows = [
                    tuple(escape_markdown(cell) for cell in (r.label, r.a, r.b)) for r in block.rows
                ]
                blocks.append({"kind": "table", "header": block.header, "rows": rows})
        sections.append(
            {"heading": section.heading and escape_markdown(section.heading), "blocks": blocks}
        )
    return {"title": escape_markdown(article.title), "sections": sections}


def best_per_call(function: Callable[[], object], *, number: int, repeat: int) -> float:
    """Seconds per call: the best of ``repeat`` runs of ``number`` calls."""
    function()
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            function()
        runs.append((time.perf_counter() - start) / number)
    return min(runs)


def bench_seed_pair(number: int, repeat: int) -> None:
    a, b = careerprose.load_records(SEED_PAIR)
    writer = Writer()
    article = writer.compare(a, b)
    context = baseline_context(article)
    baseline_text = BASELINE.render(context)
    cases: dict[str, Callable[[], object]] = {"baseline": lambda: BASELINE.render(context)}
    lengths = {"baseline": len(baseline_text)}
    for name in ("text", "markdown", "html", "json"):
        cases[name] = lambda n=name: writer.compare(a, b).render(n)
        lengths[name] = len(writer.compare(a, b).render(name))
    cases["compare() alone"] = lambda: writer.compare(a, b)
    # Interleave the cases and keep each one's best run: a burst of load on a shared machine
    # then slows one run of every case rather than all runs of one case.
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(repeat):
        for name, function in cases.items():
            best[name] = min(best[name], best_per_call(function, number=number, repeat=1))
    base_per_char = best["baseline"] / lengths["baseline"]
    print("Seed pair, one core (compare + render):")
    print(
        f"  {'format':<9} {'articles/s':>10} {'µs/article':>11} {'chars':>7} {'ns/char':>8}"
        f" {'× baseline/char':>16}"
    )
    for name in ("baseline", "text", "markdown", "html", "json"):
        cost, length = best[name], lengths[name]
        per_char = cost / length
        print(
            f"  {name:<9} {1 / cost:>10,.0f} {cost * 1e6:>11,.0f} {length:>7,}"
            f" {per_char * 1e9:>8.1f} {per_char / base_per_char:>16.1f}"
        )
    print(f"  compare() alone: {best['compare() alone'] * 1e6:,.0f} µs")


def bench_dataset(pairs: int, repeat: int) -> None:
    occupations = datasets.occupations()
    chosen = [(occupations[i], occupations[(i * 7 + 1) % len(occupations)]) for i in range(pairs)]
    writer = Writer()
    start = time.perf_counter()
    for a, b in chosen:
        writer.compare(a, b).render("markdown")
    cold = time.perf_counter() - start
    warm = min(
        _timed(lambda: [writer.compare(a, b).render("markdown") for a, b in chosen])
        for _ in range(repeat)
    )
    print(f"Dataset batch, {pairs} pairs of built-in occupations, Markdown, one core:")
    print(f"  first pass (titles inflected, profiles built): {pairs / cold:,.0f} articles/s")
    print(f"  warm (per-occupation work cached):             {pairs / warm:,.0f} articles/s")


def _timed(function: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def bench_startup(repeat: int) -> None:
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import jinja2'": [sys.executable, "-c", "import jinja2"],
        "careerprose compare seed-pair.json": [
            sys.executable,
            "-m",
            "careerprose",
            "compare",
            str(SEED_PAIR),
        ],
    }
    subprocess.run(
        commands["careerprose compare seed-pair.json"], check=True, capture_output=True
    )  # fills the template cache
    print("Start-up, whole process (median of runs):")
    for label, command in commands.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        print(f"  {label:<36} {statistics.median(times) * 1000:>7,.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter runs")
    args = parser.parse_args()
    number, repeat, pairs = (30, 5, 200) if args.quick else (100, 25, 830)
    print(
        f"careerprose {careerprose.__version__}, Python {platform.python_version()},"
        f" {platform.machine()}, {platform.processor() or 'unknown CPU'}"
    )
    bench_seed_pair(number, repeat)
    bench_dataset(pairs, repeat)
    bench_startup(5 if args.quick else 11)


if __name__ == "__main__":
    main()
