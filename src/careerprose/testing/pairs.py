"""A strategy for pairs of records careerprose can compare: two different occupations.

An occupation is never compared with itself (:class:`careerprose.SameOccupationError`), so
property tests of whole articles draw their two records from :func:`occupation_pairs`.
"""

from __future__ import annotations

from hypothesis import strategies as st

from careerprose.planner import same_occupation
from careerprose.records.model import Occupation
from careerprose.testing.records import occupations

__all__ = ["occupation_pairs"]


def occupation_pairs(
    *, realistic: bool = False
) -> st.SearchStrategy[tuple[Occupation, Occupation]]:
    """Two valid records of different occupations (different titles and codes)."""
    pairs = st.tuples(occupations(realistic=realistic), occupations(realistic=realistic))
    return pairs.filter(lambda pair: same_occupation(*pair) is None)
