"""SOC 2018 major groups: the first two digits of an occupation code, with their names."""

from __future__ import annotations

from careerprose.records.model import Occupation

__all__ = ["MAJOR_GROUPS", "major_group"]

#: The 23 major groups of the 2018 Standard Occupational Classification, by two-digit prefix.
MAJOR_GROUPS: dict[str, str] = {
    "11": "Management",
    "13": "Business and Financial Operations",
    "15": "Computer and Mathematical",
    "17": "Architecture and Engineering",
    "19": "Life, Physical, and Social Science",
    "21": "Community and Social Service",
    "23": "Legal",
    "25": "Educational Instruction and Library",
    "27": "Arts, Design, Entertainment, Sports, and Media",
    "29": "Healthcare Practitioners and Technical",
    "31": "Healthcare Support",
    "33": "Protective Service",
    "35": "Food Preparation and Serving Related",
    "37": "Building and Grounds Cleaning and Maintenance",
    "39": "Personal Care and Service",
    "41": "Sales and Related",
    "43": "Office and Administrative Support",
    "45": "Farming, Fishing, and Forestry",
    "47": "Construction and Extraction",
    "49": "Installation, Maintenance, and Repair",
    "51": "Production",
    "53": "Transportation and Material Moving",
    "55": "Military Specific",
}


def major_group(occupation: Occupation) -> str | None:
    """The two-digit SOC major group of ``occupation`` ("29"), or ``None`` without a SOC code."""
    code = occupation.code or ""
    prefix = code[:2]
    return prefix if len(code) >= 2 and prefix in MAJOR_GROUPS and code[2:3] in ("-", "") else None
