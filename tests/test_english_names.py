"""careerprose.english.names: metro areas, states and the District, industries, colleges."""

from __future__ import annotations

import pytest

from careerprose import datasets
from careerprose.english import (
    EnglishError,
    apply_serial_comma,
    industry_name,
    institution_name,
    metro_area,
    region,
    top_paying_region,
)

SALARIES = [o.salary for o in datasets.occupations() if o.salary]
CITIES = sorted({s.highest_paying_city for s in SALARIES if s.highest_paying_city})
STATES = sorted({s.highest_paying_state for s in SALARIES if s.highest_paying_state})
INDUSTRIES = sorted({s.best_paying_industry for s in SALARIES if s.best_paying_industry})


@pytest.mark.parametrize(
    ("name", "display", "short", "full"),
    [
        ("Washington-Arlington-Alexandria, DC-VA-MD-WV", "Washington, DC",
         "the Washington, DC, metro area",
         "the Washington-Arlington-Alexandria, DC-VA-MD-WV metro area"),
        ("Boston-Cambridge-Newton, MA-NH", "Boston, MA", "the Boston, MA, metro area",
         "the Boston-Cambridge-Newton, MA-NH metro area"),
        # "--" separates cities whose own names have a hyphen
        ("Scranton--Wilkes-Barre, PA", "Scranton, PA", "the Scranton, PA, metro area",
         "the Scranton–Wilkes-Barre, PA metro area"),
        ("Nashville-Davidson--Murfreesboro--Franklin, TN", "Nashville, TN",
         "the Nashville, TN, metro area",
         "the Nashville-Davidson–Murfreesboro–Franklin, TN metro area"),
        ("Louisville/Jefferson County, KY-IN", "Louisville, KY", "the Louisville, KY, metro area",
         "the Louisville/Jefferson County, KY-IN metro area"),
        ("Urban Honolulu, HI", "Honolulu, HI", "the Honolulu, HI, metro area",
         "the Urban Honolulu, HI metro area"),
        ("St. Louis, MO-IL", "St. Louis, MO", "the St. Louis, MO, metro area",
         "the St. Louis, MO-IL metro area"),
    ],
)  # fmt: skip
def test_metro_areas(name: str, display: str, short: str, full: str) -> None:
    area = metro_area(name)
    assert (area.display, area.short, area.full) == (display, short, full)


@pytest.mark.parametrize("name", CITIES)
def test_every_built_in_city_is_a_metro_area(name: str) -> None:
    area = metro_area(name)
    assert area.full.startswith("the ")
    assert area.full.endswith(" metro area")
    assert area.short.endswith(", metro area")
    city, state = area.display.split(", ")
    assert city
    assert "-" not in state
    assert len(state) == 2


def test_a_name_that_is_not_a_metro_area_is_refused() -> None:
    with pytest.raises(EnglishError, match="metro_area: expected a BLS area name"):
        metro_area("Boston")
    with pytest.raises(EnglishError, match="metro_area: expected a name"):
        metro_area(None)  # type: ignore[arg-type]


def test_the_district_of_columbia_is_never_called_a_state() -> None:
    assert "District of Columbia" in STATES  # BLS lists it among the states
    for name in STATES:
        clause = top_paying_region(name)
        if name == "District of Columbia":
            assert clause == "the District of Columbia pays more than any state"
        else:
            assert clause == f"{name} is the highest-paying state"


@pytest.mark.parametrize(
    ("name", "prose", "kind"),
    [
        ("District of Columbia", "the District of Columbia", "district"),
        ("the District of Columbia", "the District of Columbia", "district"),
        ("Puerto Rico", "Puerto Rico", "territory"),
        ("Virgin Islands", "the Virgin Islands", "territory"),
        ("Washington", "Washington", "state"),
    ],
)
def test_regions(name: str, prose: str, kind: str) -> None:
    place = region(name)
    assert (place.prose, place.kind, place.is_state) == (prose, kind, kind == "state")


@pytest.mark.parametrize(
    ("name", "serial", "expected"),
    [
        ("Professional, Scientific, and Technical Services", False,
         "professional, scientific and technical services"),
        ("Professional, Scientific, and Technical Services", True,
         "professional, scientific, and technical services"),
        ("Agriculture, Forestry, Fishing and Hunting", True,
         "agriculture, forestry, fishing, and hunting"),
        # the last item has an "and" of its own: the comma stays either way
        ("Mining, Quarrying, and Oil and Gas Extraction", False,
         "mining, quarrying, and oil and gas extraction"),
        ("Other Services (except Public Administration)", False,
         "other services (except public administration)"),
        ("Federal, State, and Local Government", False, "federal, state and local government"),
        ("Transportation and Warehousing", True, "transportation and warehousing"),
    ],
)  # fmt: skip
def test_industry_names(name: str, serial: bool, expected: str) -> None:
    assert industry_name(name, serial_comma=serial) == expected


@pytest.mark.parametrize("name", INDUSTRIES)
@pytest.mark.parametrize("serial", [True, False])
def test_industry_names_follow_one_serial_comma_choice(name: str, serial: bool) -> None:
    prose = industry_name(name, serial_comma=serial)
    assert prose == prose.lower()
    if prose.count(",") >= 1 and " and " in prose.rsplit(",", 1)[-1]:
        last = prose.rsplit(",", 1)[-1].strip()
        lone_and = last.startswith("and ") and " and " not in last[4:]
        assert lone_and or not serial or last.startswith("and ")


def test_serial_comma_leaves_a_name_without_a_list_alone() -> None:
    assert apply_serial_comma("Health Care and Social Assistance", True) == (
        "Health Care and Social Assistance"
    )
    assert apply_serial_comma("Smith, Jones or Brown", True) == "Smith, Jones, or Brown"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("University of Michigan", "the University of Michigan"),
        ("Massachusetts Institute of Technology", "the Massachusetts Institute of Technology"),
        ("The Ohio State University", "the Ohio State University"),
        ("Harvard University", "Harvard University"),
        ("Arizona State University", "Arizona State University"),
    ],
)
def test_institution_names(name: str, expected: str) -> None:
    assert institution_name(name) == expected
