"""A batch spread over a Dask cluster: every pair of the chosen occupations, in shards.

Each Dask task writes one shard of the pairs into its own folder (``OUT/part-000``, ...) with
``careerprose.batch.write_batch``, so every batch guarantee holds per shard: atomic files, a
manifest that makes re-runs rewrite only what changed, a lock per folder. Tasks receive SOC
codes, not records, so little travels over the network.

Run it on Dask's local scheduler (needs ``pip install "careerprose[dask]"``)::

    python examples/dask_batch.py OUT --top 40 --shards 8

or on a cluster, giving its scheduler's address: ``--scheduler tcp://10.0.0.5:8786`` (every
worker needs careerprose installed and OUT on a shared file system).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dask.distributed import Client, LocalCluster


def write_shard(index: int, pairs: Sequence[tuple[str, str]], folder: str) -> tuple[int, int]:
    """On a worker: write one shard of pairs (SOC codes); returns (written, unchanged)."""
    from careerprose import datasets
    from careerprose.batch import write_batch
    from careerprose.pairs import jobs_for

    jobs = jobs_for((datasets.get(a), datasets.get(b)) for a, b in pairs)
    report = write_batch(jobs, Path(folder) / f"part-{index:03d}")
    return len(report.written), len(report.unchanged)


def _run(client: Client, shards: Sequence[Sequence[tuple[str, str]]], folder: str) -> list[Any]:
    """Write every shard as a Dask task; the tasks' (written, unchanged) counts."""
    futures = client.map(
        write_shard, range(len(shards)), shards, [folder] * len(shards), pure=False
    )
    return list(client.gather(futures))


def main(argv: Sequence[str] | None = None) -> int:
    from careerprose import datasets
    from careerprose.publish import all_pairs, choose_occupations

    parser = argparse.ArgumentParser(description="careerprose batch on a Dask cluster")
    parser.add_argument("output", metavar="OUT", help="folder for the shard folders")
    parser.add_argument("--top", type=int, default=40, help="the N occupations with most jobs")
    parser.add_argument("--shards", type=int, default=8, help="number of Dask tasks")
    parser.add_argument("--scheduler", help="address of a Dask scheduler (default: local)")
    parser.add_argument(
        "--threads", action="store_true", help="local cluster of threads, not processes"
    )
    args = parser.parse_args(argv)

    occupations = choose_occupations(datasets.occupations(), top=args.top)
    pairs = [(a.code or a.title, b.code or b.title) for a, b in all_pairs(occupations)]
    shards = [pairs[i :: args.shards] for i in range(args.shards)]
    if args.scheduler:
        with Client(args.scheduler) as client:
            results = _run(client, shards, args.output)
    else:
        local = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=not args.threads,
            scheduler_port=0,
            dashboard_address=":0",
        )
        with local, Client(local) as client:
            results = _run(client, shards, args.output)
    written = sum(done for done, _ in results)
    unchanged = sum(same for _, same in results)
    print(f"{args.output}: {len(pairs):,} pairs in {len(shards)} shards;"
          f" wrote {written:,}, unchanged {unchanged:,}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
