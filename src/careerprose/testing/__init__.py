"""Hypothesis strategies and checks for testing careerprose, and your own templates, with it.

Needs the ``test`` extra (``pip install "careerprose[test]"``): it imports hypothesis.
"""

from careerprose.testing.english import first_words, job_titles, quantity_values
from careerprose.testing.pairs import hostile_texts, occupation_pairs, pairs, styles
from careerprose.testing.records import occupations, titles
from careerprose.testing.variants import check_templates

__all__ = [
    "check_templates",
    "first_words",
    "hostile_texts",
    "job_titles",
    "occupation_pairs",
    "occupations",
    "pairs",
    "quantity_values",
    "styles",
    "titles",
]
