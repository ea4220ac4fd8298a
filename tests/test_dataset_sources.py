"""The O*NET, EP and CPS part of the built-in dataset: rules, coverage, mapping, spot checks.

Spot checks read the raw files themselves (not through the build's readers) and skip cleanly
when ``../shared/data`` (or ``$CAREERPROSE_DATA_SOURCES``) or openpyxl is absent; every other
test needs only the shipped dataset.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from careerprose import datasets
from careerprose.records.model import Occupation

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"


def _load(name: str) -> ModuleType:
    """A build module from scripts/ (shared with build_dataset.py's own import of it)."""
    if name in sys.modules:
        return sys.modules[name]
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


inputs = _load("dataset_inputs")
readers = _load("dataset_readers")
fields = _load("dataset_fields")

SOURCES = inputs.default_sources(ROOT)
HAVE_XLSX = importlib.util.find_spec("openpyxl") is not None
needs_sources = pytest.mark.skipif(
    SOURCES is None or not (SOURCES / "onet-30.1").is_dir(),
    reason="the raw sources are not here (../shared/data or $CAREERPROSE_DATA_SOURCES)",
)
needs_xlsx = pytest.mark.skipif(not HAVE_XLSX, reason="reading xlsx needs the build extra")


def _record(code: str) -> dict[str, Any]:
    return datasets.get(code).to_dict()


# --------------------------------------------------------------------------- coverage table


def _coverage_table() -> dict[str, int]:
    text = (ROOT / "docs" / "dataset.md").read_text(encoding="utf-8")
    section = text.split("## Figures", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([^`]+)`(?:, `[^`]+`)* \| [^|]+ \| (\d+) \|$", section, re.M)
    table = {}
    for line in section.splitlines():
        match = re.match(r"^\| ((?:`[^`]+`(?:, )?)+) \| [^|]+ \| (\d+) \|$", line)
        if match:
            for name in re.findall(r"`([^`]+)`", match[1]):
                table[name] = int(match[2])
    assert len(table) >= len(rows) > 15
    return table


def _has(record: dict[str, Any], path: str) -> bool:
    value: Any = record
    for part in path.split("."):
        value = value[part]
    return value not in (None, [], {})


_SHORT_NAMES = {"low": "salary.low", "high": "salary.high", "time_to_become": "time_to_become"}


def test_coverage_table_in_the_docs_is_recounted_from_the_records() -> None:
    records = [o.to_dict() for o in datasets.occupations()]
    counted = datasets.metadata()["counts"]["with"]
    for name, documented in _coverage_table().items():
        path = _SHORT_NAMES.get(name, name)
        if path == "time_to_become":  # a range, either end of which may be open
            path = "time_to_become.basis"
        actual = sum(_has(r, path) for r in records)
        assert actual == documented, f"docs/dataset.md says {documented} for {name}: {actual}"
        if path in counted:
            assert counted[path] == actual, path


def test_nearly_every_occupation_has_duties_skills_education_growth_and_training() -> None:
    counts = datasets.metadata()["counts"]["with"]
    for path in ("growth_rate", "education.entry_level", "on_the_job_training"):
        assert counts[path] == 830, path
    # BLS shows 0.0 thousand openings (fewer than 50 a year) for four: left missing
    assert counts["openings"] == 826
    for path in ("responsibilities", "skills", "hot_technologies", "education.degree"):
        assert counts[path] > 0.8 * 830, path
    # a range only where BLS defines one (short-, moderate- and long-term training)
    assert counts["time_to_become.basis"] == 174 + 228 + 56


# --------------------------------------------------------------------------- honest labels


def test_skills_are_ranked_by_importance_never_given_a_share() -> None:
    for o in datasets.occupations():
        assert all(skill.share is None for skill in o.skills), o.code
        assert o.skills_ranked_by == ("O*NET importance" if o.skills else None), o.code


def test_time_to_become_is_on_the_job_training_with_real_bounds() -> None:
    ranges = set(fields.TRAINING_MONTHS.values())
    for o in datasets.occupations():
        time = o.time_to_become
        if time.basis is None:
            assert (time.min_months, time.max_months) == (None, None), o.code
        else:
            assert time.basis == "on-the-job training", o.code
            assert (time.min_months, time.max_months) in ranges, o.code


def test_demographics_are_a_median_and_overlapping_shares() -> None:
    with_people = [o for o in datasets.occupations() if o.demographics.median_age is not None]
    assert len(with_people) == 274
    for o in datasets.occupations():
        people = o.demographics
        assert people.average_age is None  # CPS publishes a median, not an average
        if people.gender:
            shares = dict(people.gender)
            assert set(shares) == {"Women", "Men"}
            assert shares["Women"] + shares["Men"] == pytest.approx(100)
        assert {name for name, _ in people.race} <= {
            "White",
            "Black or African American",
            "Asian",
        }
        assert "Hispanic or Latino" not in dict(people.race)  # an ethnicity, kept apart


def test_no_degree_is_a_level_that_is_not_a_credential() -> None:
    degrees = {o.education.degree for o in datasets.occupations()} - {None}
    for level in ("Less than a high school diploma", "Some college courses"):
        assert level not in degrees
    assert "Post-doctoral training" not in degrees
    assert degrees >= {"High school diploma", "Bachelor's degree", "Doctoral degree"}


def test_ep_none_is_never_stored_as_a_missing_looking_word() -> None:
    for o in datasets.occupations():
        assert o.work_experience not in (None, "None"), o.code
        assert o.on_the_job_training not in (None, "None"), o.code


def test_old_records_without_the_new_fields_still_load() -> None:
    record = {"title": "Nurse", "education": {"degree": "BSN"}, "demographics": {"gender": {}}}
    nurse = Occupation.from_dict(record)
    assert (nurse.openings, nurse.education.entry_level, nurse.demographics.median_age) == (
        None,
        None,
        None,
    )
    assert nurse.hot_technologies == ()


# --------------------------------------------------------------------------- shipped values


def test_registered_nurses_new_fields() -> None:
    nurse = _record("29-1141")
    assert nurse["growth_rate"] == 4.9
    assert nurse["openings"] == 189100
    assert nurse["education"]["entry_level"] == "Bachelor's degree"
    # O*NET RL: 55.92% bachelor's, flagged Recommend Suppress: the level stays, the share goes
    assert (nurse["education"]["degree"], nurse["education"]["degree_share"]) == (
        "Bachelor's degree",
        None,
    )
    assert nurse["demographics"]["median_age"] == 42.3
    assert nurse["demographics"]["gender"] == {"Men": 12.7, "Women": 87.3}
    assert nurse["demographics"]["race"] == {
        "Asian": 10.6,
        "Black or African American": 16.0,
        "White": 70.6,
    }
    assert nurse["demographics"]["hispanic_or_latino"] == 10.0
    assert nurse["responsibilities"][0] == "Record patients' medical information and vital signs."
    assert nurse["skills"][0]["name"] == "Social Perceptiveness"
    assert "Epic Systems" in nurse["hot_technologies"]
    assert nurse["work_experience"] == "No work experience in a related occupation"
    assert nurse["on_the_job_training"] == "No on-the-job training"


def test_software_developers_keep_an_unflagged_degree_share() -> None:
    developers = _record("15-1252")
    assert developers["education"]["degree_share"] == 85  # 84.80%, not flagged
    assert developers["growth_rate"] == 15.8
    assert developers["demographics"]["gender"]["Women"] == 20.3


def test_all_other_codes_without_onet_data_keep_their_ep_fields() -> None:
    cooks = datasets.get("35-2019")  # Cooks, All Other: no O*NET data at all
    assert cooks.responsibilities == ()
    assert cooks.skills == ()
    assert cooks.growth_rate is not None
    assert cooks.description == "All cooks not listed separately."  # O*NET's, so credited
    assert cooks.source is not None
    assert "O*NET 30.1" in cooks.source


def test_all_other_specialties_are_combined() -> None:
    managers = datasets.get("11-9199")  # only 11-9199.01-.11 have O*NET data
    assert len(managers.responsibilities) == fields.MAX_DUTIES
    assert managers.education.degree_share is None


# --------------------------------------------------------------------------- rules (no files)


def _onet(**parts: Any) -> Any:
    return readers.Onet(**parts)


def test_members_prefers_the_base_code_then_specialties_then_aggregates() -> None:
    available = dict.fromkeys(["11-9199.01", "11-9199.02", "13-1021.00", "13-1023.00"])
    assert fields.members("11-9199", {**available, "11-9199.00": 1}) == ["11-9199.00"]
    assert fields.members("11-9199", available) == ["11-9199.01", "11-9199.02"]
    assert fields.members("13-1020", available) == ["13-1021.00", "13-1023.00"]
    assert fields.members("35-2019", available) == []


def test_duties_take_core_tasks_first_and_in_turn_from_each_member() -> None:
    task = readers.Task
    onet = _onet(
        tasks={
            "13-1021.00": [task("A supplemental.", 1), task("A core.", 0), task("Shared.", 0)],
            "13-1022.00": [task("B core.", 0), task("Shared.", 0), task("B unrated.", 2)],
        }
    )
    assert fields.duties("13-1020", onet) == [
        "A core.",
        "B core.",
        "Shared.",
        "A supplemental.",
        "B unrated.",
    ]


def _estimates(**shares: tuple[float, bool]) -> dict[int, Any]:
    return {int(k[1:]): readers.Estimate(v, flag) for k, (v, flag) in shares.items()}


def _rl(by_code: dict[str, dict[int, Any]]) -> Any:
    names = {
        1: "Less than a High School Diploma",
        3: "Post-Secondary Certificate - awarded for training completed after high school",
        6: "Bachelor's Degree",
    }
    return _onet(categories={"RL": by_code}, category_names={"RL": names})


@pytest.mark.parametrize(
    ("shares", "expected"),
    [
        ({"c6": (55.92, True), "c3": (22.5, False)}, ("Bachelor's degree", None)),
        ({"c6": (84.8, False), "c3": (5.0, False)}, ("Bachelor's degree", 85)),
        ({"c3": (60.0, False), "c6": (40.0, False)}, ("Post-secondary certificate", 60)),
        ({"c1": (70.0, False), "c6": (30.0, False)}, (None, None)),
        ({"c3": (50.0, False), "c6": (50.0, False)}, (None, None)),
    ],
    ids=["suppressed-share", "published-share", "short-name", "not-a-credential", "tie"],
)
def test_education_rule(shares: dict[str, Any], expected: tuple[str | None, int | None]) -> None:
    onet = _rl({"29-1141.00": _estimates(**shares)})
    result = fields.education("29-1141", onet)
    assert (result["degree"], result["degree_share"]) == expected


def test_combined_education_has_no_share() -> None:
    onet = _rl(
        {
            "13-1021.00": _estimates(c6=(60.0, False), c3=(40.0, False)),
            "13-1022.00": _estimates(c6=(50.0, False), c3=(50.0, False)),
        }
    )
    assert fields.education("13-1020", onet) == {
        "degree": "Bachelor's degree",
        "degree_share": None,
    }


def _projection(training: str) -> Any:
    return readers.Projection("Nurses", 4.9, 189.1, "Bachelor's degree", "None", training)


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("Short-term on-the-job training", (None, 1, "on-the-job training")),
        ("Moderate-term on-the-job training", (1, 12, "on-the-job training")),
        ("Long-term on-the-job training", (12, None, "on-the-job training")),
        ("None", (None, None, None)),
        ("Apprenticeship", (None, None, None)),
        ("Internship/residency", (None, None, None)),
    ],
)
def test_training_time_uses_bls_definitions_only(category: str, expected: tuple[Any, ...]) -> None:
    time = fields.training_time(_projection(category))
    assert (time["min_months"], time["max_months"], time["basis"]) == expected


def test_an_unknown_training_category_stops_the_build() -> None:
    with pytest.raises(readers.LayoutError, match="Very-long-term"):
        fields.training_time(_projection("Very-long-term on-the-job training"))


def test_time_to_become_agrees_with_the_training_category() -> None:
    for o in datasets.occupations():
        category = {v: k for k, v in fields.EP_NONE.items()}.get(o.on_the_job_training or "")
        expected = fields.TRAINING_MONTHS.get(o.on_the_job_training or category or "")
        time = o.time_to_become
        assert ((time.min_months, time.max_months) if time.basis else None) == expected, o.code


def test_demographics_of_a_suppressed_row_are_missing() -> None:
    row = readers.CpsRow("Legislators", 18, None, None, None, None, None, None)
    people = fields.demographics(row)
    assert people == {"median_age": None, "gender": {}, "race": {}, "hispanic_or_latino": None}


# --------------------------------------------------------------------------- the CPS mapping


def _normal(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower().replace("&", "and")).strip()


def test_cps_mapping_names_each_occupation_once_with_its_own_title() -> None:
    links = fields.read_cps_mapping()
    assert len(links) == 595
    codes = [link.soc for link in links if link.soc]
    assert len(codes) == len(set(codes)) == 426
    for link in links:
        if link.soc is not None:
            assert _normal(datasets.get(link.soc).title) == _normal(link.title), link
    titles = {_normal(o.title) for o in datasets.occupations()}
    for link in links:
        if link.soc is None:  # a group or summary row never carries a dataset title
            assert _normal(link.title) not in titles, link


def test_cps_mapping_rejects_a_code_without_the_same_title_basis(tmp_path: Path) -> None:
    bad = tmp_path / "mapping.csv"
    bad.write_text("cps_title,soc_code,basis\nCooks,35-2014,summary\n", encoding="utf-8")
    with pytest.raises(readers.LayoutError, match="line 2"):
        fields.read_cps_mapping(bad)


# --------------------------------------------------------------------------- inputs


def test_a_missing_input_names_the_file_and_its_official_url(tmp_path: Path) -> None:
    with pytest.raises(inputs.InputError) as caught:
        inputs.verified(tmp_path, inputs.EP_OCCUPATIONS)
    message = str(caught.value)
    assert "bls-ep-2024-34/occupation.xlsx is missing" in message
    assert "https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx" in message


def test_an_input_with_another_hash_is_refused(tmp_path: Path) -> None:
    path = tmp_path / inputs.CPS_SEX_RACE.path
    path.parent.mkdir(parents=True)
    path.write_text("indent_level,occupation\n", encoding="utf-8")
    with pytest.raises(inputs.InputError, match="expected 039a51e6"):
        inputs.verified(tmp_path, inputs.CPS_SEX_RACE)


def test_sources_folder_comes_from_the_environment_first(tmp_path: Path) -> None:
    assert inputs.default_sources(tmp_path, {inputs.SOURCES_ENV: "/data"}) == Path("/data")
    assert inputs.default_sources(tmp_path / "repo", {}) is None
    (tmp_path / "shared" / "data").mkdir(parents=True)
    assert inputs.default_sources(tmp_path / "repo", {}) == tmp_path / "shared" / "data"


# --------------------------------------------------------------------------- raw spot checks

SPOT_CODES = (
    "29-1141",  # Registered Nurses
    "15-1252",  # Software Developers
    "43-3011",  # Bill and Account Collectors
    "47-2111",  # Electricians
    "11-1011",  # Chief Executives
    "29-1071",  # Physician Assistants
    "41-2031",  # Retail Salespersons
    "17-2051",  # Civil Engineers
    "35-2014",  # Cooks, Restaurant
    "25-2021",  # Elementary School Teachers, Except Special Education
    "53-3032",  # Heavy and Tractor-Trailer Truck Drivers
    "29-1292",  # Dental Hygienists
)


def _tsv(name: str) -> Iterator[dict[str, str]]:
    assert SOURCES is not None
    with (SOURCES / "onet-30.1" / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t")


@needs_sources
@needs_xlsx
def test_spot_check_ep_table_1_2() -> None:
    import openpyxl

    assert SOURCES is not None
    book = openpyxl.load_workbook(SOURCES / inputs.EP_OCCUPATIONS.path, read_only=True)
    rows = {row[1]: row for row in book["Table 1.2"].iter_rows(values_only=True)}
    book.close()
    nurse = rows["29-1141"]
    assert (nurse[8], nurse[10], nurse[12]) == (4.9, 189.1, "Bachelor's degree")
    for code in SPOT_CODES:
        raw, record = rows[code], _record(code)
        assert record["growth_rate"] == raw[8], code
        assert record["openings"] == (round(raw[10] * 1000) or None), code
        assert record["education"]["entry_level"] == raw[12], code
        if raw[13] != "None":
            assert record["work_experience"] == raw[13], code
        if raw[14] != "None":
            assert record["on_the_job_training"] == raw[14], code


@needs_sources
@needs_xlsx
def test_spot_check_cps_tables_11_and_11b() -> None:
    import openpyxl

    assert SOURCES is not None
    with (SOURCES / inputs.CPS_SEX_RACE.path).open(encoding="utf-8", newline="") as handle:
        table11 = {" ".join(r["occupation"].split()).lower(): r for r in csv.DictReader(handle)}
    book = openpyxl.load_workbook(SOURCES / inputs.CPS_AGE.path, read_only=True)
    ages = {
        " ".join(str(row[0]).split()).lower(): row[-1]
        for row in book.active.iter_rows(values_only=True)
        if row[0]
    }
    book.close()
    assert ages["registered nurses"] == 42.3
    assert table11["registered nurses"]["pct_women"] == "87.3"
    checked = 0
    for code in (*SPOT_CODES, "23-1011", "33-2011", "39-5012"):
        record, title = _record(code), datasets.get(code).title.lower()
        people = record["demographics"]
        if title not in table11 or table11[title]["pct_women"] == "-":
            assert people["median_age"] is None, code
            continue
        raw = table11[title]
        assert people["median_age"] == float(ages[title]), code
        assert people["gender"]["Women"] == float(raw["pct_women"]), code
        assert people["race"]["White"] == float(raw["pct_white"]), code
        assert people["race"]["Asian"] == float(raw["pct_asian"]), code
        assert people["hispanic_or_latino"] == float(raw["pct_hispanic_or_latino"]), code
        checked += 1
    assert checked >= 10


@needs_sources
def test_spot_check_onet_tasks_and_technology() -> None:
    first_core: dict[str, str] = {}
    for row in _tsv("Task Statements.txt"):
        if row["Task Type"] == "Core":
            first_core.setdefault(row["O*NET-SOC Code"], row["Task"])
    hot: dict[str, set[str]] = {}
    for row in _tsv("Technology Skills.txt"):
        if row["Hot Technology"] == "Y":
            hot.setdefault(row["O*NET-SOC Code"], set()).add(row["Example"])
    for code in SPOT_CODES:
        record = _record(code)
        assert record["responsibilities"][0] == " ".join(first_core[f"{code}.00"].split()), code
        assert set(record["hot_technologies"]) == hot[f"{code}.00"], code


@needs_sources
def test_spot_check_onet_required_education() -> None:
    shares: dict[str, dict[int, float]] = {}
    for row in _tsv("Education, Training, and Experience.txt"):
        if row["Scale ID"] == "RL":
            shares.setdefault(row["O*NET-SOC Code"], {})[int(row["Category"])] = float(
                row["Data Value"]
            )
    nurse = shares["29-1141.00"]
    assert (nurse[6], nurse[3], nurse[5]) == (55.92, 22.5, 19.39)
    checked = 0
    for code in SPOT_CODES:
        if f"{code}.00" not in shares:
            continue
        by_level = shares[f"{code}.00"]
        top = max(by_level, key=lambda level: by_level[level])
        degree = _record(code)["education"]["degree"]
        if top in fields.NOT_A_CREDENTIAL:
            assert degree is None, code
        else:
            assert degree is not None, code
            assert degree.split("'")[0].lower() in _rl_name(top).lower(), code
        checked += 1
    assert checked >= 10


def _rl_name(level: int) -> str:
    for row in _tsv("Education, Training, and Experience Categories.txt"):
        if row["Scale ID"] == "RL" and int(row["Category"]) == level:
            return row["Category Description"]
    raise AssertionError(level)


@needs_sources
@needs_xlsx
def test_spot_check_onet_skill_importance() -> None:
    import openpyxl

    assert SOURCES is not None
    book = openpyxl.load_workbook(SOURCES / inputs.ONET_SKILLS.path, read_only=True)
    wanted = {f"{code}.00" for code in SPOT_CODES}
    importance: dict[str, dict[str, float]] = {}
    for row in book["Skills"].iter_rows(min_row=2, values_only=True):
        if row[0] in wanted and row[4] == "IM" and row[11] != "Y":
            importance.setdefault(row[0], {})[row[3]] = row[6]
    book.close()
    assert importance["29-1141.00"]["Social Perceptiveness"] == 4.12
    for code in SPOT_CODES:
        ratings = importance[f"{code}.00"]
        names = [skill["name"] for skill in _record(code)["skills"]]
        values = [ratings[name] for name in names]
        assert values == sorted(values, reverse=True), code
        assert values[0] == max(ratings.values()), code
        assert min(values) >= sorted(ratings.values(), reverse=True)[len(values) - 1], code
