"""Occupation records: the data model, loading from files, validation and plausibility checks."""

from careerprose.records.model import (
    Demographics,
    Education,
    Occupation,
    Salary,
    Skill,
    TimeToBecome,
)

__all__ = ["Demographics", "Education", "Occupation", "Salary", "Skill", "TimeToBecome"]
