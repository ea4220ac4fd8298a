"""careerprose: correct, natural "X vs Y" comparison articles from two occupation records.

Example:
    >>> import careerprose
    >>> article = careerprose.compare("Bill and Account Collectors", "Billing and Posting Clerks")
    >>> article.title
    'Bill and account collector vs billing and posting clerk'
    >>> print(article.render("markdown").splitlines()[0])
    # Bill and account collector vs billing and posting clerk

Names are imported on first use (PEP 562), so ``import careerprose`` and the command line start
quickly; ``from careerprose import compare`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0.dev0"

#: Public name → the module that defines it.
_EXPORTS: dict[str, str] = {
    "SECTIONS": "careerprose.style",
    "Article": "careerprose.article",
    "CareerproseError": "careerprose.errors",
    "Demographics": "careerprose.records",
    "Education": "careerprose.records",
    "EnglishError": "careerprose.english",
    "Fact": "careerprose.article",
    "JobTitle": "careerprose.english",
    "Lexicon": "careerprose.english",
    "Occupation": "careerprose.records",
    "RecordError": "careerprose.errors",
    "Report": "careerprose.records",
    "Salary": "careerprose.records",
    "SameOccupationError": "careerprose.errors",
    "Sameness": "careerprose.variety",
    "Section": "careerprose.article",
    "Sentence": "careerprose.article",
    "Skill": "careerprose.records",
    "Style": "careerprose.style",
    "StyleError": "careerprose.errors",
    "TemplateError": "careerprose.errors",
    "TimeToBecome": "careerprose.records",
    "UnknownOccupationError": "careerprose.errors",
    "Writer": "careerprose.writer",
    "check_article": "careerprose.verify",
    "check_records": "careerprose.records",
    "compare": "careerprose.writer",
    "dump_records": "careerprose.records",
    "load_lexicon": "careerprose.english",
    "load_records": "careerprose.records",
    "plausibility_warnings": "careerprose.records",
    "sameness": "careerprose.variety",
    "save_records": "careerprose.records",
}

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
    "SameOccupationError",
    "Sameness",
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
    "sameness",
    "save_records",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        msg = f"module 'careerprose' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from careerprose.article import Article, Fact, Section, Sentence
    from careerprose.english import EnglishError, JobTitle, Lexicon, load_lexicon
    from careerprose.errors import (
        CareerproseError,
        RecordError,
        SameOccupationError,
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
    from careerprose.variety import Sameness, sameness
    from careerprose.verify import check_article
    from careerprose.writer import Writer, compare
