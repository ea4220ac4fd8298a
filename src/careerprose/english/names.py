"""Names of places, industries and institutions as an editor writes them in prose.

- BLS "cities" are metropolitan areas: :func:`metro_area` gives a short display name for
  tables ("Washington, DC") and prose that says what the place is ("the
  Washington-Arlington-Alexandria, DC-VA-MD-WV metro area" or "the Washington, DC, metro
  area").
- BLS lists the District of Columbia (and territories) among the states; the prose must not
  call them states: :func:`region` says what a place is, :func:`top_paying_region` words the
  "highest-paying state" fact correctly whatever the place.
- Industry names (NAICS sectors) are names in Title Case with their own commas:
  :func:`industry_name` writes them in prose case with the article's serial-comma choice
  ("professional, scientific and technical services"); :func:`apply_serial_comma` does the
  comma alone for any list-like name.
- Institutions named "University of …" take "the" in a sentence: :func:`institution_name`.

Example:
    >>> metro_area("Washington-Arlington-Alexandria, DC-VA-MD-WV").short
    'the Washington, DC, metro area'
    >>> top_paying_region("District of Columbia")
    'the District of Columbia pays more than any state'
    >>> industry_name("Other Services (except Public Administration)")
    'other services (except public administration)'
    >>> institution_name("University of Michigan")
    'the University of Michigan'
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Literal

import attrs

from careerprose.english.casing import prose_case, title_case
from careerprose.english.errors import EnglishError
from careerprose.style import Style

__all__ = [
    "MetroArea",
    "Region",
    "apply_serial_comma",
    "industry_name",
    "institution_name",
    "metro_area",
    "region",
    "top_paying_region",
]

_DEFAULT = Style()
_SPACE = re.compile(r"\s+")
_METRO = re.compile(r"^(?P<cities>.+),\s*(?P<states>[A-Z]{2}(?:-[A-Z]{2})*)$")
#: The last item of a comma list: ", and X" (serial) or " and X" after at least one comma.
_SERIAL = re.compile(r"^(?P<head>[^,()]+(?:,\s[^,()]+)+?),?\s(?P<conj>and|or)\s(?P<last>[^,()]+)$")


@attrs.frozen
class _Places:
    city_names: dict[str, str]
    districts: frozenset[str]
    territories: frozenset[str]
    with_the: frozenset[str]


@functools.lru_cache(maxsize=1)
def _places() -> _Places:
    """The place lists in ``data/places.json``, read once."""
    path = resources.files("careerprose.english").joinpath("data").joinpath("places.json")
    raw = json.loads(path.read_text("utf-8"))
    return _Places(
        city_names=dict(raw["city_names"]),
        districts=frozenset(name.casefold() for name in raw["districts"]),
        territories=frozenset(name.casefold() for name in raw["territories"]),
        with_the=frozenset(name.casefold() for name in raw["with_the"]),
    )


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"{what}: expected a name (non-empty text), got {value!r}"
        raise EnglishError(msg)
    return _SPACE.sub(" ", value).strip()


@attrs.frozen
class MetroArea:
    """A BLS metropolitan area, named for tables and for prose.

    Attributes:
        name: the official name ("Washington-Arlington-Alexandria, DC-VA-MD-WV").
        display: the principal city and state, for tables ("Washington, DC").
        full: prose with the official name ("the Washington-Arlington-Alexandria,
            DC-VA-MD-WV metro area").
        short: prose with the display name ("the Washington, DC, metro area").
    """

    name: str
    display: str
    full: str
    short: str


@functools.lru_cache(maxsize=1024)
def _metro(name: str) -> MetroArea:
    if "nonmetropolitan area" in name.casefold():
        prose = name if name.casefold().startswith("the ") else f"the {name}"
        return MetroArea(name=name, display=name, full=prose, short=prose)
    match = _METRO.match(name)
    if match is None:
        example = "'Boston-Cambridge-Newton, MA-NH'"
        msg = f"metro_area: expected a BLS area name such as {example}, got {name!r}"
        raise EnglishError(msg)
    cities, states = match.group("cities"), match.group("states")
    separator = "--" if "--" in cities else "-"
    first = re.split(r"/", cities.split(separator)[0])[0].strip()
    first = _places().city_names.get(first, first)
    display = f"{first}, {states.split('-')[0]}"
    return MetroArea(
        name=name,
        display=display,
        full=f"the {name.replace('--', '–')} metro area",
        short=f"the {display}, metro area",
    )


def metro_area(name: str) -> MetroArea:
    """A BLS metropolitan area ("city" in the records) as an editor names it.

    The display name is the first principal city and the first state: BLS separates cities
    with "-", or "--" when a city's own name has a hyphen ("Scranton--Wilkes-Barre, PA").

    Example:
        >>> area = metro_area("Scranton--Wilkes-Barre, PA")
        >>> area.display, area.full
        ('Scranton, PA', 'the Scranton–Wilkes-Barre, PA metro area')
        >>> metro_area("Urban Honolulu, HI").short
        'the Honolulu, HI, metro area'
    """
    return _metro(_text(name, "metro_area"))


@attrs.frozen
class Region:
    """A place BLS lists among the states, and what it is.

    Attributes:
        name: the name as given ("District of Columbia").
        prose: the name in a sentence ("the District of Columbia", "California").
        kind: ``"state"``, ``"district"`` (the District of Columbia) or ``"territory"``.
    """

    name: str
    prose: str
    kind: Literal["state", "district", "territory"]

    @property
    def is_state(self) -> bool:
        """Whether the place is one of the fifty states."""
        return self.kind == "state"


def region(name: str) -> Region:
    """What a BLS "state" is: a state, the District of Columbia or a territory.

    Example:
        >>> region("District of Columbia")
        Region(name='District of Columbia', prose='the District of Columbia', kind='district')
        >>> region("Puerto Rico").kind, region("Oregon").is_state
        ('territory', True)
    """
    text = _text(name, "region")
    key = text.casefold()
    if key.startswith("the "):
        key = key[4:]
        text = text[4:]
    places = _places()
    kind: Literal["state", "district", "territory"] = (
        "district"
        if key in places.districts
        else "territory"
        if key in places.territories
        else "state"
    )
    prose = f"the {text}" if key in places.with_the else text
    return Region(name=text, prose=prose, kind=kind)


def top_paying_region(name: str) -> str:
    """The "highest-paying state" fact, true whatever the place is (no capital at the start).

    Example:
        >>> top_paying_region("California")
        'California is the highest-paying state'
        >>> top_paying_region("Puerto Rico")
        'Puerto Rico pays more than any state'
    """
    place = region(name)
    if place.is_state:
        return f"{place.prose} is the highest-paying state"
    return f"{place.prose} pays more than any state"


def apply_serial_comma(text: str, serial: bool) -> str:
    """A list-like name with or without the serial comma before its final "and"/"or".

    Without it, a comma stays when the last item has an "and" of its own, which would
    otherwise read as part of the list ("mining, quarrying, and oil and gas extraction").

    Example:
        >>> apply_serial_comma("Arts, Entertainment, and Recreation", False)
        'Arts, Entertainment and Recreation'
        >>> apply_serial_comma("Agriculture, Forestry, Fishing and Hunting", True)
        'Agriculture, Forestry, Fishing, and Hunting'
        >>> apply_serial_comma("Mining, Quarrying, and Oil and Gas Extraction", False)
        'Mining, Quarrying, and Oil and Gas Extraction'
        >>> apply_serial_comma("Finance and Insurance", True)
        'Finance and Insurance'
    """
    value = _text(text, "apply_serial_comma")
    match = _SERIAL.match(value)
    if match is None:
        return value
    head, conj, last = match.group("head"), match.group("conj"), match.group("last")
    if serial or re.search(r"\b(?:and|or)\b", last):
        return f"{head}, {conj} {last}"
    return f"{head} {conj} {last}"


def industry_name(
    name: str, *, serial_comma: bool | None = None, style: Style | None = None
) -> str:
    """An industry (NAICS sector) name in prose: prose case and the article's serial comma.

    ``serial_comma`` defaults to ``style.serial_comma``, so industry names follow the same
    choice as every list in the article.

    Example:
        >>> industry_name("Professional, Scientific, and Technical Services")
        'professional, scientific and technical services'
        >>> industry_name("Arts, Entertainment, and Recreation", serial_comma=True)
        'arts, entertainment, and recreation'
    """
    value = _text(name, "industry_name")
    serial = (style or _DEFAULT).serial_comma if serial_comma is None else serial_comma
    return apply_serial_comma(prose_case(title_case(value)), serial)


def institution_name(name: str) -> str:
    """A college or university as a sentence names it: "the University of Michigan".

    Names built on "of" take "the" ("the Massachusetts Institute of Technology"); names that
    start with "The" keep it in lower case; others stand alone ("Harvard University").

    Example:
        >>> institution_name("The Ohio State University"), institution_name("Harvard University")
        ('the Ohio State University', 'Harvard University')
    """
    value = _text(name, "institution_name")
    if value.startswith(("The ", "the ")):
        return "the " + value[4:]
    if " of " in value:
        return f"the {value}"
    return value
