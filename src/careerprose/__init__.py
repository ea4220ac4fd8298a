"""careerprose: correct, natural "X vs Y" comparison articles from two occupation records."""

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
from careerprose.style import Style

__version__ = "0.1.0.dev0"

__all__ = [
    "CareerproseError",
    "Demographics",
    "Education",
    "Occupation",
    "RecordError",
    "Report",
    "Salary",
    "Skill",
    "Style",
    "StyleError",
    "TemplateError",
    "TimeToBecome",
    "UnknownOccupationError",
    "__version__",
    "check_records",
    "dump_records",
    "load_records",
    "plausibility_warnings",
    "save_records",
]
