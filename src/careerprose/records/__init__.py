"""Occupation records: the data model, loading from files, validation and plausibility checks."""

from careerprose.records.loading import (
    FORMATS,
    Report,
    check_records,
    dump_records,
    load_records,
    save_records,
)
from careerprose.records.model import (
    Demographics,
    Education,
    Occupation,
    Salary,
    Skill,
    TimeToBecome,
)
from careerprose.records.plausibility import plausibility_warnings

__all__ = [
    "FORMATS",
    "Demographics",
    "Education",
    "Occupation",
    "Report",
    "Salary",
    "Skill",
    "TimeToBecome",
    "check_records",
    "dump_records",
    "load_records",
    "plausibility_warnings",
    "save_records",
]
