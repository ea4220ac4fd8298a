"""Records that would be the same occupation to a lookup: same title key or same code.

Names are matched the way ``--data`` and the built-in dataset look them up (case, punctuation
and plural ignored: "Nurse" and "nurses" are one name), so ``validate`` reports exactly the
clashes that would make a lookup ambiguous, with both record numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from careerprose.records.model import Occupation

__all__ = ["code_clashes", "name_clashes"]

Located = tuple[str, Occupation]


def _first_seen(keys: Iterable[tuple[str, Located]]) -> Iterator[tuple[Located, Located, str]]:
    """``(earlier, later, key)`` for every key seen before under another record."""
    seen: dict[str, Located] = {}
    for key, located in keys:
        earlier = seen.setdefault(key, located)
        if earlier is not located:
            yield earlier, located, key


def name_clashes(records: Iterable[Located]) -> Iterator[tuple[str, str, str]]:
    """``(location, field, message)`` for each record whose title or plural names an earlier one."""
    from careerprose.datasets._names import name_key

    def keys() -> Iterator[tuple[str, Located]]:
        for located in records:
            occupation = located[1]
            forms = {occupation.title, occupation.plural or occupation.title}
            for key in {name_key(form) for form in forms}:
                yield key, located

    reported: set[str] = set()
    for (where, first), (location, _), _key in _first_seen(keys()):
        if location in reported:
            continue
        reported.add(location)
        msg = (
            f"same name as {where} ({first.title}); a lookup cannot tell them apart"
            " (case, punctuation and plural are ignored)"
        )
        yield location, "title", msg


def code_clashes(records: Iterable[Located]) -> Iterator[tuple[str, str, str]]:
    """``(location, field, message)`` for each record whose code an earlier record already has."""

    from careerprose.datasets._names import code_lookup_key

    def keys() -> Iterator[tuple[str, Located]]:
        for located in records:
            code = located[1].code
            if code is not None:
                yield code_lookup_key(code), located

    for (where, first), (location, occupation), _ in _first_seen(keys()):
        msg = f"code {occupation.code!r} is already used by {where} ({first.title})"
        yield location, "code", msg
