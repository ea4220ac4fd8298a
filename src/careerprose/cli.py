"""The ``careerprose`` command: argument parsing and exit codes only.

Exit codes: 0 success, 1 the data or a request was bad (a clean message, no traceback),
2 the command line itself was wrong. A bug in careerprose still shows its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from careerprose.errors import CareerproseError, RecordError

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]


def _print_problems(report_errors: Sequence[object], label: str) -> None:
    for problem in report_errors:
        print(f"{label}: {problem}", file=sys.stderr)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def run_validate(args: argparse.Namespace) -> int:
    """Check a records file and print every problem, or one OK line."""
    from careerprose.records import check_records

    status = EXIT_OK
    for path in args.files:
        report = check_records(path, format=args.format)
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    from careerprose import __version__
    from careerprose.records import FORMATS

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
    validate.set_defaults(run=run_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command = args.run
    try:
        return command(args)
    except RecordError as err:
        print(f"careerprose: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CareerproseError as err:
        print(f"careerprose: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as err:
        name = f" {err.filename!r}" if err.filename else ""
        print(f"careerprose: error: cannot use{name}: {err.strerror or err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("careerprose: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
