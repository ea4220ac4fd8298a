"""Hypothesis strategies and checks for testing careerprose, and your own templates, with it.

Needs the ``test`` extra (``pip install "careerprose[test]"``): it imports hypothesis.
"""

from careerprose.testing.english import first_words, job_titles, quantity_values
from careerprose.testing.pairs import occupation_pairs
from careerprose.testing.records import occupations, titles

__all__ = [
    "first_words",
    "job_titles",
    "occupation_pairs",
    "occupations",
    "quantity_values",
    "titles",
]
