"""Choosing which pairs to write: every pair of a set of occupations, filtered and ranked.

Pairs are unordered: each pair of occupations gives one page. Its canonical order puts the
occupation with the smaller SOC code first (records without a code come after coded ones, by
title), so "29-1141 vs 29-1292" is written and "29-1292 vs 29-1141" never is. Pairs come out in
that same order: by the first occupation, then the second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from careerprose.errors import StyleError
from careerprose.publish.groups import MAJOR_GROUPS, major_group
from careerprose.records.model import Occupation

__all__ = ["RANKS", "all_pairs", "canonical", "choose_occupations", "order_key"]

#: What ``--rank`` may order occupations by, most first.
RANKS: dict[str, Callable[[Occupation], float | None]] = {
    "jobs": lambda occupation: occupation.jobs,
    "salary": lambda occupation: occupation.salary.average,
}


def order_key(occupation: Occupation) -> tuple[int, str, str]:
    """The canonical position of ``occupation``: coded ones by code, then the rest by title."""
    code = occupation.code
    return (0, code, occupation.title) if code else (1, "", occupation.title.casefold())


def canonical(a: Occupation, b: Occupation) -> tuple[Occupation, Occupation]:
    """``a`` and ``b`` in canonical order."""
    return (a, b) if order_key(a) <= order_key(b) else (b, a)


def choose_occupations(
    occupations: Iterable[Occupation],
    *,
    groups: Sequence[str] = (),
    names: Sequence[str] = (),
    resolve: Callable[[str], Occupation] | None = None,
    top: int | None = None,
    rank: str = "jobs",
) -> list[Occupation]:
    """The occupations to pair, in canonical order.

    ``groups`` keeps the SOC major groups given ("29"); ``names`` keeps the occupations they
    name (titles or codes, looked up with ``resolve``); ``top`` then keeps the ``top``
    occupations with the most ``rank`` ("jobs" or "salary"; those without a value last, ties
    in canonical order). Unknown groups and ranks raise
    :class:`~careerprose.errors.StyleError`; unknown names raise the lookup's error.
    """
    chosen = list(occupations)
    unknown = [group for group in groups if group not in MAJOR_GROUPS]
    if unknown:
        msg = f"--group {unknown[0]!r} is not a SOC major group; expected one of"
        raise StyleError(f"{msg} {', '.join(MAJOR_GROUPS)}")
    if groups:
        chosen = [o for o in chosen if major_group(o) in groups]
    if names:
        if resolve is None:
            raise StyleError("choosing occupations by name needs a way to look names up")
        wanted = {order_key(resolve(name)) for name in names}
        chosen = [o for o in chosen if order_key(o) in wanted]
    if rank not in RANKS:
        raise StyleError(f"--rank {rank!r}: expected one of {', '.join(RANKS)}")
    chosen.sort(key=order_key)
    if top is not None:
        if top < 1:
            raise StyleError(f"--top must be at least 1, not {top}")
        value = RANKS[rank]
        ranked = sorted(chosen, key=lambda o: (value(o) is None, -(value(o) or 0)))
        chosen = sorted(ranked[:top], key=order_key)
    return chosen


def all_pairs(occupations: Sequence[Occupation]) -> Iterator[tuple[Occupation, Occupation]]:
    """Every unordered pair of ``occupations`` once, in canonical order."""
    ordered = sorted(occupations, key=order_key)
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            yield first, second
