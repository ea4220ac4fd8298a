"""The ``careerprose batch`` command: choosing pairs, page options, progress and the summary."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careerprose.errors import CareerproseError

if TYPE_CHECKING:
    from careerprose.batch import Job
    from careerprose.records import Occupation

__all__ = ["add_batch_command", "run_batch"]

ERRORS_NAME = "careerprose-errors.txt"


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {number}")
    return number


def _selected_jobs(args: argparse.Namespace, ending: str) -> Collection[Job]:
    """The jobs of a run: rows of PAIRS, or every pair of the chosen occupations."""
    from careerprose.cli import _lookup
    from careerprose.pairs import PairJobs, read_pairs
    from careerprose.publish import choose_occupations

    resolve = _lookup(args.data, args.input_format, args.map)
    choosing = bool(args.group or args.occupation or args.top)
    if args.pairs is not None:
        if args.all_pairs or choosing:
            raise CareerproseError("give either PAIRS or --all-pairs with its filters, not both")
        return read_pairs(args.pairs, resolve, ending=ending)
    if not args.all_pairs:
        raise CareerproseError("give a PAIRS file, or --all-pairs to pair every occupation")
    occupations = choose_occupations(
        _universe(args),
        groups=args.group or (),
        names=args.occupation or (),
        resolve=resolve,
        top=args.top,
        rank=args.rank,
    )
    if len(occupations) < 2:
        raise CareerproseError(f"the filters leave {len(occupations)} occupation(s); no pairs")
    return PairJobs(occupations, ending=ending)  # made one at a time: flat memory


def _universe(args: argparse.Namespace) -> list[Occupation]:
    from careerprose.records import load_records

    if args.data is not None:
        return load_records(args.data, format=args.input_format, columns=args.map)
    from careerprose import datasets

    return list(datasets.occupations())


@contextmanager
def _progress(quiet: bool) -> Iterator[tuple[Callable[[int], None], Callable[[int], None]]]:
    """(planned, progress) callbacks drawing a bar on a terminal; silent otherwise."""
    bar: Any = None
    enabled = not quiet and sys.stderr is not None and sys.stderr.isatty()

    def planned(total: int) -> None:
        nonlocal bar
        if enabled and total:
            try:
                from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]
            except ImportError:  # the progress extra is not installed
                return
            bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)

    def progress(count: int) -> None:
        if bar is not None:
            bar.update(count)

    try:
        yield planned, progress
    finally:
        if bar is not None:
            bar.close()


def _sameness_report(args: argparse.Namespace, jobs: Collection[Job]) -> None:
    """Measure how alike the run's articles read and write the report as JSON."""
    import json

    from careerprose.cli import _style
    from careerprose.files import write_file
    from careerprose.variety import sameness
    from careerprose.writer import Writer

    writer = Writer(style=_style(args), templates=args.templates, seed=args.seed)
    report = sameness((writer.compare(job.a, job.b), job.a, job.b) for job in jobs)
    write_file(args.report, json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    note = f"careerprose: sameness of {report.articles:,} articles in {args.report}"
    print(note, file=sys.stderr)


def run_batch(args: argparse.Namespace) -> int:
    """Write one article per pair and print the summary; exit 1 if any article was refused."""
    from careerprose.batch import EXTENSIONS, write_batch
    from careerprose.cli import EXIT_BAD_INPUT, EXIT_OK, _style
    from careerprose.publish import PageOptions

    ending = EXTENSIONS[args.format]
    jobs = _selected_jobs(args, ending)
    pages = None
    page_options = (args.front_matter, args.no_h1, args.related, args.index, args.link_base)
    if any(page_options) or args.date is not None:
        pages = PageOptions(
            front_matter=args.front_matter,
            heading=not args.no_h1,
            date=args.date,
            related=args.related,
            link_base=args.link_base,
            index=args.index,
        )
    errors = None
    if args.check or args.min_sentences:
        errors = args.errors or str(Path(args.output) / ERRORS_NAME)
    with _progress(args.quiet) as (planned, progress):
        report = write_batch(
            jobs,
            args.output,
            format=args.format,
            style=_style(args),
            templates=args.templates,
            seed=args.seed,
            processes=args.jobs,
            force=args.force,
            inputs=[name for name in (args.pairs, args.data) if name],
            pages=pages,
            check=args.check,
            min_sentences=args.min_sentences,
            prune=args.prune,
            errors=errors,
            planned=planned,
            progress=progress,
            jsonl=args.jsonl,
        )
    if args.report:
        _sameness_report(args, jobs)
    if not args.quiet or report.failed:
        print(f"{args.output}: {report.summary()}")
    if report.failed or report.warnings:
        print(f"careerprose: problems listed in {errors}", file=sys.stderr)
    return EXIT_BAD_INPUT if report.failed else EXIT_OK


def add_batch_command(
    commands: Any, article_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add ``batch`` and its options to the ``commands`` sub-parsers."""
    from careerprose.cli import _positive_int
    from careerprose.publish import FRONT_MATTER
    from careerprose.publish.selection import RANKS

    batch = commands.add_parser(
        "batch",
        help="write one article per pair: from a CSV file, or every pair of a selection",
        description="Write one article per row of PAIRS, a CSV (or TSV) file with columns 'a'"
        " and 'b' (names or SOC codes) and an optional 'name' for the output file, or one per"
        " pair of occupations with --all-pairs. Every problem is reported before anything is"
        " written; files are written atomically; the folder's manifest.jsonl records what made"
        " each article, so a re-run rewrites exactly the articles whose inputs changed.",
    )
    batch.add_argument("pairs", nargs="?", metavar="PAIRS", help="CSV or TSV file of pairs")
    batch.add_argument(
        "-o", "--output", metavar="DIR", required=True, help="folder for the articles"
    )
    article_options(batch)
    batch.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes (default 1; at most the CPUs and the articles to write)",
    )
    batch.add_argument(
        "--force", action="store_true", help="rewrite every article, changed or not, ours or not"
    )
    batch.add_argument(
        "--prune", action="store_true", help="remove articles of earlier runs no longer listed"
    )
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")

    choose = batch.add_argument_group("choosing pairs (instead of PAIRS)")
    choose.add_argument(
        "--all-pairs", action="store_true", help="every pair of the (filtered) occupations, once"
    )
    choose.add_argument(
        "--group", action="append", metavar="NN", help="only SOC major group NN (repeatable)"
    )
    choose.add_argument(
        "--occupation",
        action="append",
        metavar="NAME",
        help="only this occupation, by name or code (repeatable)",
    )
    choose.add_argument(
        "--top", type=_positive_int, metavar="N", help="only the N occupations ranked first"
    )
    choose.add_argument(
        "--rank", choices=sorted(RANKS), default="jobs", help="what --top ranks by (default jobs)"
    )

    site = batch.add_argument_group("web pages")
    site.add_argument(
        "--front-matter", choices=FRONT_MATTER, help="start each page with front matter"
    )
    site.add_argument(
        "--no-h1", action="store_true", help="leave out the H1 title (the site prints it)"
    )
    site.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="date of pages written (default today)"
    )
    site.add_argument(
        "--related",
        type=_count,
        default=0,
        metavar="N",
        help="add N 'related comparisons' links to each page",
    )
    site.add_argument(
        "--link-base",
        metavar="URL",
        help="link pages as URL + slug + '/' (e.g. /comparisons/); default: relative files",
    )
    site.add_argument(
        "--index", action="store_true", help="also write _index.md and a page per SOC group"
    )
    site.add_argument(
        "--jsonl",
        metavar="FILE",
        help="also write every article as one JSON record per line (for a CMS import)",
    )

    qa = batch.add_argument_group("checks")
    qa.add_argument(
        "--check",
        action="store_true",
        help="check every article's guarantees; refuse failing ones (exit 1)",
    )
    qa.add_argument(
        "--min-sentences",
        type=_count,
        default=0,
        metavar="N",
        help="warn about articles with fewer than N prose sentences",
    )
    qa.add_argument(
        "--errors", metavar="FILE", help=f"where to list problems (default DIR/{ERRORS_NAME})"
    )
    qa.add_argument(
        "--report",
        metavar="FILE",
        help="write a sameness report (how alike the articles read) as JSON",
    )
    batch.set_defaults(run=run_batch)
