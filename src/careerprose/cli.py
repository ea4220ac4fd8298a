"""The ``careerprose`` command: argument parsing and exit codes only.

Exit codes: 0 success, 1 the data or a request was bad (a clean message, no traceback),
2 the command line itself was wrong. A bug in careerprose still shows its traceback.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careerprose.errors import CareerproseError, RecordError, StyleError

if TYPE_CHECKING:
    from careerprose.records import Occupation
    from careerprose.style import Style

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _write_stdout(text: str) -> None:
    """Write ``text`` to standard output, or explain why it cannot be (closed, wrong encoding)."""
    stream = sys.stdout
    if stream is None:
        raise CareerproseError("standard output is closed; write to a file with -o FILE")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError as err:
        bad = err.object[err.start]
        msg = (
            f"standard output uses the {encoding} encoding, which cannot show the character"
            f" U+{ord(bad):04X}; set PYTHONIOENCODING=utf-8 or write to a file with -o FILE"
        )
        raise CareerproseError(msg) from None
    stream.write(text)


def _print_problems(report_errors: Sequence[object], label: str) -> None:
    for problem in report_errors:
        print(f"{label}: {problem}", file=sys.stderr)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def run_verify(args: argparse.Namespace) -> int:
    """Re-check saved articles against the records: one line per problem, exit 1 if any."""
    from careerprose.recheck import NotAnArticleError, Problem, Rechecker, RecheckError
    from careerprose.records import load_records

    records = None
    if args.data:
        records = load_records(args.data, format=args.input_format, columns=args.map)
    rechecker = Rechecker(records, _style(args), args.templates, args.seed)
    problems: list[Problem] = []
    unreadable = 0
    for path in args.files:  # one file's error is reported, and the others still checked
        try:
            found = rechecker.check(path)
        except NotAnArticleError as err:
            print(f"careerprose: skipped {err}", file=sys.stderr)
            continue
        except RecheckError as err:
            print(f"careerprose: error: {err}", file=sys.stderr)
            unreadable += 1
            continue
        for problem in found:
            print(problem)
        problems += found
    if unreadable:
        print(f"careerprose: {_plural(unreadable, 'file')} not checked", file=sys.stderr)
    if problems:
        print(f"careerprose: {_plural(len(problems), 'problem')} found", file=sys.stderr)
        if any(not problem.file.lower().endswith(".json") for problem in problems):
            hint = (
                "careerprose: Markdown and HTML pages are checked against the article written"
                " again with the options given; pages written with other options (--sections,"
                " --templates, house style) need the same ones"
            )
            print(hint, file=sys.stderr)
    return EXIT_BAD_INPUT if problems or unreadable else EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    """Check a records file and print every problem, or one OK line."""
    from careerprose.records import check_records

    status = EXIT_OK
    for path in args.files:
        report = check_records(path, format=args.format, columns=args.map)
        _print_problems(report.errors, "error")
        _print_problems(report.warnings, "warning")
        counts = _plural(report.records, "record")
        if report.errors:
            found = _plural(len(report.errors), "error")
            if report.warnings:
                found += f" and {_plural(len(report.warnings), 'warning')}"
            where = f" in {counts}" if report.records else ""
            print(f"{path}: {found}{where}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        elif report.warnings and args.strict:
            print(
                f"{path}: {_plural(len(report.warnings), 'warning')} in {counts}", file=sys.stderr
            )
            status = EXIT_BAD_INPUT
        else:
            note = f" ({_plural(len(report.warnings), 'warning')})" if report.warnings else ""
            print(f"{path}: OK, {counts}{note}")
    return status


def _lookup(
    data: str | None, format: str | None, columns: str | None = None
) -> Callable[[str], Occupation]:
    """How names and codes are looked up: ``--data`` records first, then the built-in dataset."""
    from careerprose.lookup import Lookup
    from careerprose.records import load_records

    if data is None:
        from careerprose import datasets

        return datasets.get
    return Lookup(load_records(data, format=format, columns=columns), where=data).get


def _resolve(
    arguments: Sequence[str], data: str | None, format: str | None, columns: str | None = None
) -> list[Occupation]:
    """The two occupations named by ``arguments``: record files, or names/codes.

    A path to an existing file contributes its records; anything else is a title or code,
    looked up in ``--data`` first if given, then in the built-in dataset.
    """
    from careerprose.records import load_records

    lookup = _lookup(data, format, columns)
    found: list[Occupation] = []
    for argument in arguments:
        if argument == "-":
            found.extend(_records_from_stdin(format))
        elif data is None and Path(argument).is_file():
            found.extend(load_records(argument, format=format, columns=columns))
        else:
            found.append(lookup(argument))
    if len(found) != 2:
        where = " and ".join(arguments)
        msg = f"expected two occupations to compare, found {len(found)} in {where}"
        raise CareerproseError(msg)
    return found


def _records_from_stdin(format: str | None) -> list[Occupation]:
    """The records piped to standard input (``-``), JSON unless ``--input-format`` says else."""
    import attrs

    from careerprose.records import load_records

    if sys.stdin is None:
        raise CareerproseError("standard input is closed; give a records file instead of '-'")
    try:
        return load_records(sys.stdin.buffer, format=format or "json")
    except RecordError as err:
        named = [attrs.evolve(problem, source="<stdin>") for problem in err.problems]
        raise RecordError(named) from None


def _style(args: argparse.Namespace) -> Style:
    from careerprose.style import SECTIONS, Style

    options: dict[str, Any] = {"serial_comma": args.serial_comma, "source_line": args.source}
    if args.placeholder is not None:
        options["placeholder"] = args.placeholder
    if args.sections is not None:
        options["sections"] = _section_names(args.sections)
        unknown = [name for name in options["sections"] if name not in SECTIONS]
        if unknown:
            close = difflib.get_close_matches(unknown[0], SECTIONS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(SECTIONS)}"
            raise StyleError(f"--sections: unknown section {unknown[0]!r}{hint}")
    return Style(**options)


def _section_names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


def run_compare(args: argparse.Namespace) -> int:
    """Write the article comparing two occupations."""
    from careerprose.files import write_file
    from careerprose.writer import Writer

    a, b = _resolve(args.occupations, args.data, args.input_format, args.map)
    writer = Writer(style=_style(args), templates=args.templates, seed=args.seed)
    text = writer.compare(a, b).render(args.format)
    if args.output:
        inputs = [name for name in (*args.occupations, args.data) if name and name != "-"]
        write_file(args.output, text, inputs=inputs)
    else:
        _write_stdout(text)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    """List built-in occupations matching a query."""
    from careerprose import datasets

    found = datasets.search(args.query or "", limit=args.limit)
    if not found:
        print(f"no occupation matches {args.query!r}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _write_stdout("".join(f"{occupation.code}  {occupation.title}\n" for occupation in found))
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    """Show one built-in occupation's record."""
    from careerprose import datasets
    from careerprose.records import dump_records

    occupation = datasets.get(args.name)
    _write_stdout(dump_records([occupation], args.format))
    return EXIT_OK


def run_templates_init(args: argparse.Namespace) -> int:
    """Copy the built-in templates into a folder, as the start of a customised set."""
    from careerprose.resources import copy_templates

    copied = copy_templates(args.folder, overwrite=args.force)
    print(
        f"copied {len(copied)} templates to {args.folder}; edit them and pass --templates"
        f" {args.folder} (to change a few phrasings only, see <name>.extra.jinja in"
        " docs/templates.md)",
        file=sys.stderr,
    )
    return EXIT_OK


def _map_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--map",
        metavar="MAPPING",
        help="rename spreadsheet headers: 'Job Title=title,Average Salary=salary.average',"
        " or a mapping file (see docs/records.md)",
    )


def _article_options(
    parser: argparse.ArgumentParser,
    output_formats: Iterable[str],
    input_formats: Iterable[str],
    *,
    default_format: str,
) -> None:
    """The options every article-writing command shares: data, format, seed and house style."""
    _data_options(parser, input_formats)
    parser.add_argument(
        "-f",
        "--format",
        choices=list(output_formats),
        default=default_format,
        help=f"output format (default: {default_format})",
    )
    _style_options(parser)


def _data_options(parser: argparse.ArgumentParser, input_formats: Iterable[str]) -> None:
    """Where records come from: ``--data``, ``--map`` and ``--input-format``."""
    parser.add_argument(
        "--data",
        metavar="FILE",
        help="records file whose names and codes are looked up first (then the built-in dataset)",
    )
    _map_option(parser)
    parser.add_argument(
        "--input-format",
        choices=sorted(input_formats),
        help="format of record files (default: from the file ending)",
    )


def _style_options(parser: argparse.ArgumentParser) -> None:
    """How articles are phrased: seed, templates and house style."""
    parser.add_argument("--seed", default="0", help="phrasing seed; same seed, same bytes")
    parser.add_argument(
        "--templates",
        metavar="DIR",
        help="folder of .jinja files overriding the built-in templates",
    )
    parser.add_argument(
        "--sections", metavar="NAMES", help="comma-separated sections, in order (default: all)"
    )
    parser.add_argument("--serial-comma", action="store_true", help='write "a, b, and c"')
    parser.add_argument("--placeholder", help='table cell for missing values (default "-")')
    parser.add_argument(
        "--no-source",
        dest="source",
        action="store_false",
        help="leave out the line naming the data source",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    from careerprose import __version__
    from careerprose.batch_cli import add_batch_command
    from careerprose.records import FORMATS
    from careerprose.render import FORMATS as OUTPUT_FORMATS

    parser = argparse.ArgumentParser(
        prog="careerprose",
        description="Write 'X vs Y' career comparison articles from occupation records.",
    )
    parser.add_argument("--version", action="version", version=f"careerprose {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    validate = commands.add_parser(
        "validate",
        help="check occupation records and report every problem",
        description="Check JSON, JSON Lines, CSV or TSV occupation records. Prints every error"
        " and plausibility warning; exits 1 if any record is invalid.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="records file(s) to check")
    validate.add_argument(
        "--format", choices=sorted(FORMATS), help="file format (default: from the file ending)"
    )
    validate.add_argument(
        "--strict", action="store_true", help="treat plausibility warnings as errors"
    )
    _map_option(validate)
    validate.set_defaults(run=run_validate)

    verify = commands.add_parser(
        "verify",
        help="re-check saved articles (JSON, Markdown, HTML) against the records",
        description="Re-check articles written earlier (after hand edits or a data update):"
        " prints one line per problem (file, where, rule, sentence, and what careerprose"
        " writes there now) and exits 1 if any. JSON articles carry their facts; Markdown and"
        " HTML pages name their occupations in front matter or the batch folder's"
        " manifest.jsonl, and are written again to learn their facts: give the options they"
        " were written with (--seed, --templates, house style). Occupations are looked up in"
        " --data when given, else in the built-in dataset.",
    )
    verify.add_argument(
        "files", nargs="+", metavar="FILE", help="articles to check (.json, .md, .html)"
    )
    _data_options(verify, FORMATS)
    _style_options(verify)
    verify.set_defaults(run=run_verify)

    compare = commands.add_parser(
        "compare",
        help="write the article comparing two occupations",
        description="Write a comparison article. Give two built-in occupation names or SOC"
        " codes ('Bill and Account Collectors' '43-3021'), two record files, one file with two"
        " records, or names looked up in --data FILE.",
    )
    compare.add_argument(
        "occupations", nargs="+", metavar="OCCUPATION", help="a name, SOC code or records file"
    )
    _article_options(compare, OUTPUT_FORMATS, FORMATS, default_format="text")
    compare.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically) instead of standard output",
    )
    compare.set_defaults(run=run_compare)

    add_batch_command(
        commands,
        lambda parser: _article_options(parser, OUTPUT_FORMATS, FORMATS, default_format="markdown"),
    )

    listing = commands.add_parser(
        "list",
        help="list built-in occupations",
        description="List built-in occupations"
        " whose title contains every word of QUERY (or whose SOC code starts with it).",
    )
    listing.add_argument("query", nargs="?", metavar="QUERY", help="words or a SOC code prefix")
    listing.add_argument("--limit", type=_positive_int, metavar="N", help="show at most N")
    listing.set_defaults(run=run_list)

    show = commands.add_parser(
        "show",
        help="show one built-in occupation's record",
        description="Print a built-in occupation's record in the canonical form.",
    )
    show.add_argument("name", metavar="NAME", help="title (any form) or SOC code")
    show.add_argument(
        "-f",
        "--format",
        choices=sorted(FORMATS),
        default="json",
        help="record format (default: json)",
    )
    show.set_defaults(run=run_show)

    templates = commands.add_parser(
        "templates",
        help="start a folder of your own templates",
        description="Work with template folders.",
    )
    template_commands = templates.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = template_commands.add_parser(
        "init",
        help="copy the built-in templates into DIR",
        description="Copy the built-in templates into DIR as a starting point for --templates."
        " Refuses to replace existing files unless --force.",
    )
    init.add_argument("folder", metavar="DIR", help="folder to create or fill")
    init.add_argument("--force", action="store_true", help="replace files already there")
    init.set_defaults(run=run_templates_init)
    return parser


def _check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors argparse cannot see: a seed that is not text, an empty section list."""
    seed = getattr(args, "seed", None)
    if seed is not None:
        try:
            seed.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(seed)
            parser.error(f"--seed: {shown!r} is not valid text; use letters and digits")
    sections = getattr(args, "sections", None)
    if sections is not None and not _section_names(sections):
        parser.error("--sections: name at least one section, e.g. --sections intro,salary")
    occupations = getattr(args, "occupations", ())
    if list(occupations).count("-") > 1:
        parser.error("standard input ('-') can be read only once")


def _end_of_pipe() -> int:
    """The reader of our output went away (``| head``): a normal end, not an error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit does not fail again
    os.close(devnull)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_arguments(parser, args)
    command: Command = args.run
    try:
        status = command(args)
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except BrokenPipeError:
        return _end_of_pipe()
    except RecordError as err:
        print(f"careerprose: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CareerproseError as err:
        print(f"careerprose: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as err:  # a file the user named is missing or unreadable
        name = f" {err.filename!r}" if err.filename else ""
        print(f"careerprose: error: cannot use{name}: {err.strerror or err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("careerprose: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
