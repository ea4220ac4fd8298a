"""A first article from Python: built-in occupations, then your own records.

Run: python examples/quickstart.py
"""

from pathlib import Path

import careerprose

# Two occupations from the built-in dataset (BLS OEWS May 2025, O*NET descriptions).
article = careerprose.compare("Registered Nurses", "Dental Hygienists")
print(article.render("markdown"))

# Your own records, with a house style and a seed of your choice.
here = Path(__file__).parent
senior, collections = careerprose.load_records(here / "seed-pair.json")
style = careerprose.Style(serial_comma=True, sections=("intro", "salary", "skills"))
article = careerprose.compare(senior, collections, style=style, seed=7)
print(article.render("text"))

# Every sentence keeps the facts it states, and the guarantees can be checked.
assert careerprose.check_article(article, senior, collections) == []
for sentence in article.section("intro").sentences():
    print(
        sentence.kind,
        [(fact.field, fact.a_text, fact.b_text, fact.relation) for fact in sentence.facts],
    )
