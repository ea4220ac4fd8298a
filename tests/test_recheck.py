"""careerprose verify: re-checking saved JSON articles after hand edits or data updates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerprose import Occupation, compare, save_records
from careerprose.article import Article, BulletList, Sentence
from careerprose.cli import main
from careerprose.recheck import article_from_dict, recheck_file

NURSE = Occupation.from_dict({
    "title": "Registered Nurses", "salary": {"average": 101420}, "jobs": 3379720,
    "skills": [{"name": "Patients", "share": 20}],
})  # fmt: skip
CLERK = Occupation.from_dict({
    "title": "Billing Clerks", "salary": {"average": 67050}, "jobs": 222740,
    "skills": [{"name": "Billing", "share": 40}],
})  # fmt: skip


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, Path]:
    """A JSON article and the records file it was written from."""
    records = tmp_path / "records.json"
    save_records([NURSE, CLERK], records)
    article = tmp_path / "nurse-vs-clerk.json"
    # seed 3: the intro states both average salaries in one sentence (other seeds may state
    # pay as a difference only), which the hand-edit tests swap
    article.write_text(compare(NURSE, CLERK, seed=3).render("json"), encoding="utf-8")
    return article, records


def test_json_round_trips_to_the_same_article() -> None:
    article = compare(NURSE, CLERK)
    assert article_from_dict(json.loads(article.render("json"))) == article


def test_technology_lists_round_trip_as_short_items_not_sentences() -> None:
    # Chief executives list technologies in demand ("Microsoft Excel"): items, not sentences
    # that need a full stop, so a clean article re-read from JSON has no problem.
    article = compare("Chief Executives", "Real Estate Brokers")
    assert any(s.kind == "tool" for s in _list_items(article))
    assert article_from_dict(json.loads(article.render("json"))) == article


def _list_items(article: Article) -> list[Sentence]:
    return [item for section in article.sections for block in section.blocks
            if isinstance(block, BulletList) for item in block.items]  # fmt: skip


def test_clean_article_exits_0(
    saved: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    article, records = saved
    assert main(["verify", str(article), "--data", str(records)]) == 0
    assert capsys.readouterr().out == ""


def test_a_hand_edit_that_swaps_figures_is_reported(
    saved: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    article, records = saved
    data = json.loads(article.read_text(encoding="utf-8"))
    swapped = 0
    for section in data["sections"]:
        for block in section["blocks"]:
            for row in block.get("rows", []):  # the pay row of each table, cells swapped
                if (row["a"], row["b"]) == ("$101,420", "$67,050"):
                    row["a"], row["b"] = row["b"], row["a"]
                    swapped += 1
    assert swapped
    article.write_text(json.dumps(data), encoding="utf-8")
    assert main(["verify", str(article), "--data", str(records)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines
    assert all(line.startswith(f"{article}: ") for line in lines)
    assert any("cell a is '$67,050', its fact shows '$101,420'" in line for line in lines)


def test_a_data_update_is_reported(
    saved: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    article, records = saved
    raised = Occupation.from_dict({**NURSE.to_dict(), "salary": {"average": 99000}})
    save_records([raised, CLERK], records)
    assert main(["verify", str(article), "--data", str(records)]) == 1
    out = capsys.readouterr().out
    assert "salary.average a=101420, the record has 99000" in out


@pytest.mark.parametrize(
    "pair",
    [
        ("Registered Nurses", "Dental Hygienists"),
        # titles an article writes otherwise: inverted, and a coordination with "or"
        (
            "Education Administrators, Postsecondary",
            "Morticians, Undertakers, and Funeral Arrangers",
        ),
    ],
    ids=["plain titles", "titles written otherwise"],
)
@pytest.mark.parametrize("kind", ["json", "markdown"])
def test_built_in_occupations_need_no_data(
    tmp_path: Path, pair: tuple[str, str], kind: str
) -> None:
    path = tmp_path / ("a.json" if kind == "json" else "a.md")
    path.write_text(compare(*pair).render(kind), "utf-8")
    assert recheck_file(path) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (line 1, column 2)"),
        ('{"title": "x"}', "not a careerprose JSON article: missing or malformed 'sections'"),
    ],
    ids=["broken JSON", "not an article"],
)
def test_bad_files_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert str(path) in err
    assert message in err
    assert "Traceback" not in err


def test_unknown_occupations_are_named(
    saved: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, _ = saved
    other = tmp_path / "other.json"
    save_records([CLERK], other)
    assert main(["verify", str(article), "--data", str(other)]) == 1
    assert "no record for 'Registered Nurse' in the records given" in capsys.readouterr().err
