"""Mutation testing of one careerprose module with its focused tests, on a copy of the checkout.

Usage (from the repository root; the checkout itself is never touched)::

    nice python scripts/mutation.py english/numbers.py --sample 120 --timeout 900

Copies ``src``, ``tests``, ``templates``, ``examples`` and ``pyproject.toml`` to a work folder
(``--workdir``, default a fresh temporary one), writes mutmut's ``setup.cfg`` for the module and
the tests listed in :data:`SUBSETS`, and runs ``mutmut run`` under ``timeout``, one child
process (the machine is shared). ``--sample N`` runs N mutants drawn with a fixed seed instead
of all of them (mutmut first lists every mutant without running any). Prints a one-line tally
(killed / survived / no tests / timeout) and writes the survivors' diffs to
``WORKDIR/survivors.txt`` for review. After adding tests, ``--survivors --workdir WORKDIR``
copies the tests again and re-runs only that run's survivors.

Hypothesis runs the ``mutation`` profile of ``tests/conftest.py`` (few examples, derandomized,
no example database), so a mutant's verdict does not depend on an earlier run.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).with_name("mutmut")

#: The tests that pin each module down: fast, and only those that exercise it.
SUBSETS: dict[str, tuple[str, ...]] = {
    "english/quantities.py": ("tests/test_english_quantities.py", "tests/test_english_wording.py"),
    "english/numbers.py": ("tests/test_english_numbers.py", "tests/test_english_quantities.py"),
    "facts.py": ("tests/test_facts.py",),
    "planner.py": (
        "tests/test_planner.py",
        "tests/test_discourse.py",
        "tests/test_compose.py",
        "tests/test_golden.py",
        "tests/test_technologies.py",
    ),
    "discourse.py": (
        "tests/test_discourse.py",
        "tests/test_planner.py",
        "tests/test_compose.py",
        "tests/test_golden.py",
    ),
}
_COPIED = ("src", "tests", "templates", "examples", "pyproject.toml")
#: mutmut's verdicts as ``mutmut results`` prints them, and how this script counts them.
_VERDICTS = ("killed", "survived", "no tests", "timeout", "suspicious", "not checked")


def _copy(workdir: Path) -> None:
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, workdir / name)


def _setup_cfg(module: str, tests: tuple[str, ...]) -> str:
    selection = "\n    ".join([*tests, "-p", "no:cacheprovider", "-x", "-q"])
    return (
        "[mutmut]\n"
        f"source_paths = src/careerprose/{module}\n"
        "also_copy = src\n    templates\n    examples\n"
        # Fork each mutant from a server that has only collected the tests: forked from a
        # process that ran them, the lru_caches would answer with the unmutated results.
        "process_isolation = forkserver\n"
        "forkserver_warmup = collect\n"
        # A mutant's first test imports the English layer (inflect takes about a second):
        # mutmut's default allowance of 1 s beyond the measured test time is too tight on a
        # shared machine, and reports killed mutants as timeouts.
        "timeout_constant = 30\n"
        f"pytest_add_cli_args_test_selection = {selection}\n"
    )


def _mutmut(workdir: Path, args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(workdir / "src"),
        "CAREERPROSE_HYPOTHESIS_PROFILE": "mutation",
    }
    command = ["timeout", "--kill-after=10", str(int(timeout)), str(MUTMUT), *args]
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)


def _results(workdir: Path) -> dict[str, str]:
    """Every mutant's verdict, by name (``mutmut results --all true``)."""
    found = _mutmut(workdir, ["results", "--all", "true"], 120)
    verdicts = {}
    for line in found.stdout.splitlines():
        name, _, verdict = line.strip().partition(": ")
        if verdict:
            verdicts[name] = verdict
    return verdicts


def _print_tally(verdicts: dict[str, str]) -> None:
    tally = collections.Counter(verdicts.values())
    print(", ".join(f"{verdict} {tally[verdict]}" for verdict in _VERDICTS if tally[verdict]))


def main(argv: list[str] | None = None) -> int:
    """Run mutmut on one module; exit 0 when the run finished (whatever the kill rate)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", choices=sorted(SUBSETS), help="module under src/careerprose/")
    parser.add_argument("--sample", type=int, metavar="N", help="run N mutants drawn at random")
    parser.add_argument("--seed", type=int, default=13, help="seed of the sample (default 13)")
    parser.add_argument("--timeout", type=float, default=1500, help="seconds for the whole run")
    parser.add_argument("--workdir", type=Path, help="work folder (default: a new temporary one)")
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="in an earlier run's --workdir: copy the tests again and re-run its survivors and"
        " timeouts",
    )
    args = parser.parse_args(argv)
    if args.survivors and (args.workdir is None or not (args.workdir / "setup.cfg").exists()):
        parser.error("--survivors needs the --workdir of an earlier run")

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="careerprose-mutation-"))
    if not (workdir / "setup.cfg").exists():
        workdir.mkdir(parents=True, exist_ok=True)
        _copy(workdir)
        (workdir / "setup.cfg").write_text(_setup_cfg(args.module, SUBSETS[args.module]))
    names: list[str] = []
    if args.survivors:
        shutil.rmtree(workdir / "tests")
        shutil.copytree(
            ROOT / "tests", workdir / "tests", ignore=shutil.ignore_patterns("__pycache__")
        )
        rerun = ("survived", "no tests", "timeout")  # a timeout on a busy machine proves nothing
        names = sorted(n for n, v in _results(workdir).items() if v in rerun)
    elif args.sample is not None:
        # A pattern no mutant matches: mutmut generates the mutants and runs none of them.
        _mutmut(workdir, ["run", "--max-children", "1", "no-such-mutant"], args.timeout)
        everything = sorted(_results(workdir))
        count = min(args.sample, len(everything))
        names = sorted(random.Random(args.seed).sample(everything, count))
    run = _mutmut(workdir, ["run", "--max-children", "1", *names], args.timeout)
    if run.returncode == 124:
        print(f"mutmut stopped after {args.timeout:g} s; the tally counts what it reached")
    everything = _results(workdir)
    verdicts = {name: everything.get(name, "not checked") for name in names} or everything
    label = "re-run survivors" if args.survivors else "mutants"
    print(f"{args.module}: {len(verdicts)} {label} in {workdir}")
    _print_tally(verdicts)
    if args.survivors:  # and the whole run so far: every mutant checked, now or before
        checked = {name: v for name, v in everything.items() if v != "not checked"}
        print(f"all {len(checked)} mutants checked in {workdir}:")
        _print_tally(checked)
    with (workdir / "survivors.txt").open("w", encoding="utf-8") as report:
        for name, verdict in sorted(verdicts.items()):
            if verdict in ("survived", "no tests"):
                shown = _mutmut(workdir, ["show", name], 120).stdout
                report.write(f"## {name} ({verdict})\n{shown}\n")
    print(f"survivors written to {workdir / 'survivors.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
