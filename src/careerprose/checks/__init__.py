"""The checks behind :func:`careerprose.check_article`, one concern per module.

- :mod:`careerprose.checks.mentions`: where a sentence names each occupation;
- :mod:`careerprose.checks.roles`: each figure with its own occupation, comparatives that agree
  with the order of mention, ratios said of the right side;
- :mod:`careerprose.checks.clauses`: which clause of an aggregated sentence states which fact;
- :mod:`careerprose.checks.tradeoffs`: each topic of a trade-off given to the side ahead on it;
- :mod:`careerprose.checks.records`: table rows, list items and rankings against the records;
- :mod:`careerprose.checks.orthography`: titles cased as the English layer cases them, and
  verbs that agree with them;
- :mod:`careerprose.checks.words`: whole words of a list, found by a search that skips from
  candidate to candidate (the comparatives, the number words).
"""

from careerprose.checks.mentions import Mention, Mentions
from careerprose.checks.orthography import (
    agreement_problems,
    casing_problems,
    headings_casing_problems,
    name_problems,
)
from careerprose.checks.records import list_problems, ranking_problems, table_problems
from careerprose.checks.roles import role_problems
from careerprose.checks.tradeoffs import tradeoff_problems

__all__ = [
    "Mention",
    "Mentions",
    "agreement_problems",
    "casing_problems",
    "headings_casing_problems",
    "list_problems",
    "name_problems",
    "ranking_problems",
    "role_problems",
    "table_problems",
    "tradeoff_problems",
]
