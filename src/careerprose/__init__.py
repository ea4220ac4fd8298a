"""careerprose: correct, natural "X vs Y" comparison articles from two occupation records.

Example:
    >>> import careerprose
    >>> article = careerprose.compare("Bill and Account Collectors", "Billing and Posting Clerks")
    >>> article.title
    'Bill and account collector vs billing and posting clerk'
    >>> print(article.render("markdown").splitlines()[0])
    # Bill and account collector vs billing and posting clerk
"""

from careerprose.article import Article, Fact, Section, Sentence
from careerprose.compare import Writer, compare
from careerprose.english import EnglishError, JobTitle, Lexicon, load_lexicon
from careerprose.errors import (
    CareerproseError,
    RecordError,
    StyleError,
    TemplateError,
    UnknownOccupationError,
)
from careerprose.records import (
    Demographics,
    Education,
    Occupation,
    Report,
    Salary,
    Skill,
    TimeToBecome,
    check_records,
    dump_records,
    load_records,
    plausibility_warnings,
    save_records,
)
from careerprose.style import SECTIONS, Style
from careerprose.verify import check_article

__version__ = "0.1.0.dev0"

__all__ = [
    "SECTIONS",
    "Article",
    "CareerproseError",
    "Demographics",
    "Education",
    "EnglishError",
    "Fact",
    "JobTitle",
    "Lexicon",
    "Occupation",
    "RecordError",
    "Report",
    "Salary",
    "Section",
    "Sentence",
    "Skill",
    "Style",
    "StyleError",
    "TemplateError",
    "TimeToBecome",
    "UnknownOccupationError",
    "Writer",
    "__version__",
    "check_article",
    "check_records",
    "compare",
    "dump_records",
    "load_lexicon",
    "load_records",
    "plausibility_warnings",
    "save_records",
]
