"""Publishing (issue 14): front matter, pair selection, manifest re-runs, checks, links."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import frontmatter
import pytest
from frontmatter.default_handlers import JSONHandler

from careerprose import Occupation, compare, datasets
from careerprose.batch import write_batch
from careerprose.cli import main
from careerprose.pairs import jobs_for, read_pairs
from careerprose.publish import PageOptions, all_pairs, canonical, choose_occupations
from careerprose.publish.description import describe_pair

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DAY = datetime.date(2026, 11, 30)
HEALTH = ["29-1141", "29-1292", "29-1051", "29-2061"]


def health_jobs() -> list[Any]:
    chosen = choose_occupations(datasets.occupations(), names=HEALTH, resolve=datasets.get)
    return jobs_for(all_pairs(chosen))


def parse(path: Path, kind: str) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    if kind == "toml":
        _, head, body = text.split("+++\n", 2)
        return tomllib.loads(head), body
    post = frontmatter.loads(text, handler=JSONHandler() if kind == "json" else None)
    return dict(post.metadata), post.content


# -- front matter ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["yaml", "toml", "json"])
def test_front_matter_parses_back(tmp_path: Path, kind: str) -> None:
    jobs = health_jobs()
    pages = PageOptions(front_matter=kind, heading=False, date=DAY)
    write_batch(jobs, tmp_path, pages=pages)
    job = next(j for j in jobs if j.a.code == "29-1141" and j.b.code == "29-1292")
    meta, body = parse(tmp_path / f"{job.name}.md", kind)
    article = compare(job.a, job.b)
    assert meta["title"] == article.title == "Registered nurse vs dental hygienist"
    assert meta["slug"] == job.name == "registered-nurse-vs-dental-hygienist"
    assert str(meta["date"]) == "2026-11-30"
    assert meta["description"] == describe_pair(job.a, job.b)
    assert meta["description"].startswith("Registered nurses earn more than dental hygienists (")
    assert [o["code"] for o in meta["occupations"]] == ["29-1141", "29-1292"]
    assert meta["occupations"][0]["title"] == "Registered Nurses"
    assert meta["occupations"][0]["salary_average"] == job.a.salary.average
    assert meta["occupations"][1]["jobs"] == job.b.jobs
    assert meta["tags"] == ["Healthcare Practitioners and Technical"]
    assert meta["source"].startswith("BLS Occupational Employment and Wage Statistics")
    assert not body.lstrip().startswith("# ")  # the H1 is left to the site
    assert body.strip() == article.render("markdown").split("\n", 2)[2].strip()


def test_hostile_titles_cannot_break_the_front_matter(tmp_path: Path) -> None:
    a = Occupation.from_dict({"title": 'Yes: No # "Quoted" --- Analyst', "jobs": 5})
    b = Occupation.from_dict({"title": "+++ [Bracket] {Brace} Clerk\\", "jobs": 7})
    jobs = jobs_for([(a, b)])
    for kind in ("yaml", "toml", "json"):
        write_batch(jobs, tmp_path / kind, pages=PageOptions(front_matter=kind, date=DAY))
        meta, _ = parse(tmp_path / kind / f"{jobs[0].name}.md", kind)
        assert [o["title"] for o in meta["occupations"]] == [a.title, b.title]


def test_the_description_is_a_summary_not_the_first_sentence() -> None:
    a, b = datasets.get("43-3011"), datasets.get("43-3021")
    description = describe_pair(a, b)
    first = next(compare(a, b).sentences()).text
    assert description != first
    assert description.count(". ") == 0
    assert description.endswith(".")
    assert "earn less than billing and posting clerks" in description
    assert describe_pair(Occupation("Nurse"), Occupation("Clerk")).startswith("Nurses or clerks?")


def test_front_matter_needs_a_page_format(tmp_path: Path) -> None:
    from careerprose import StyleError

    with pytest.raises(StyleError, match="front matter needs markdown or html"):
        write_batch(health_jobs(), tmp_path, format="text", pages=PageOptions(front_matter="yaml"))


# -- choosing pairs ---------------------------------------------------------------------------


def test_all_pairs_are_unordered_and_canonical() -> None:
    chosen = choose_occupations(datasets.occupations(), names=HEALTH, resolve=datasets.get)
    pairs = list(all_pairs(chosen))
    assert len(pairs) == 6
    assert all(canonical(a, b) == (a, b) for a, b in pairs)
    assert [(a.code, b.code) for a, b in pairs][:3] == [
        ("29-1051", "29-1141"), ("29-1051", "29-1292"), ("29-1051", "29-2061")
    ]  # fmt: skip


def test_group_and_top_filters() -> None:
    occupations = datasets.occupations()
    group = choose_occupations(occupations, groups=["29"])
    assert group
    assert all((o.code or "").startswith("29-") for o in group)
    top = choose_occupations(occupations, groups=["29"], top=3, rank="salary")
    paid = [o for o in group if o.salary.average]
    best = sorted(paid, key=lambda o: -(o.salary.average or 0))[:3]
    assert {o.code for o in top} == {o.code for o in best}
    assert len(list(all_pairs(choose_occupations(occupations, top=10)))) == 45


def test_command_line_selection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = main(["batch", "--all-pairs", "--group", "29", "--top", "4", "-o", str(out), "-q"])
    assert code == 0
    assert len(list(out.glob("*.md"))) == 6
    assert main(["batch", "--all-pairs", "--group", "99", "-o", str(out)]) == 1
    assert "'99' is not a SOC major group" in capsys.readouterr().err
    assert main(["batch", "-o", str(out)]) == 1
    assert "give a PAIRS file, or --all-pairs" in capsys.readouterr().err


def test_reversed_duplicates_in_a_pairs_file_are_reported(tmp_path: Path) -> None:
    from careerprose import RecordError

    path = tmp_path / "pairs.csv"
    path.write_text("a,b\n29-1141,29-1292\nDental Hygienists,Registered Nurses\n", "utf-8")
    with pytest.raises(RecordError, match="line 3: the same pair as line 2, reversed"):
        read_pairs(path, datasets.get)


# -- the manifest -----------------------------------------------------------------------------


def test_a_rerun_rewrites_exactly_what_changed(tmp_path: Path) -> None:
    jobs = health_jobs()
    out = tmp_path / "out"
    first = write_batch(jobs, out)
    assert (len(first.written), first.unchanged) == (6, ())
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.md")}
    again = write_batch(jobs, out)
    assert (again.written, len(again.unchanged)) == ((), 6)
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.md")} == stamps
    nurse = next(j.a for j in jobs if j.a.code == "29-1141")
    richer = Occupation.from_dict({**nurse.to_dict(), "jobs": nurse.jobs + 1})
    changed = [
        type(j)(
            richer if j.a is nurse else j.a, richer if j.b is nurse else j.b, j.name, j.location
        )
        for j in jobs
    ]
    third = write_batch(changed, out)
    assert len(third.written) == 3  # the three pairs with registered nurses
    assert all("registered-nurse" in name for name in third.written)
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "closing.jinja").write_text(
        (Path(__file__).parent.parent / "templates" / "closing.jinja").read_text("utf-8") + "\n",
        encoding="utf-8",
    )
    assert len(write_batch(changed, out, templates=templates).written) == 6


def test_a_run_after_its_templates_changed_writes_with_the_new_ones(tmp_path: Path) -> None:
    # One process, two runs, the same templates folder edited in between: the second run
    # must not reuse the first run's writer (batch keeps one writer a run).
    jobs = health_jobs()[:2]
    templates = tmp_path / "t"
    templates.mkdir()
    duties = (Path(__file__).parent.parent / "templates" / "duties.jinja").read_text("utf-8")
    for run, words in enumerate(("typical tasks", "daily work")):
        edited = duties.replace("example responsibilities", words)
        (templates / "duties.jinja").write_text(edited, encoding="utf-8")
        out = tmp_path / f"out{run}"
        write_batch(jobs, out, templates=templates)
        texts = [(out / f"{job.name}.md").read_text("utf-8") for job in jobs]
        assert all(f"\n### Pharmacist {words}\n" in text for text in texts), words


def test_prune_removes_articles_no_longer_listed(tmp_path: Path) -> None:
    jobs = health_jobs()
    out = tmp_path / "out"
    write_batch(jobs, out)
    (out / "notes.md").write_text("mine", encoding="utf-8")
    report = write_batch(jobs[:2], out, prune=True)
    assert len(report.pruned) == 4
    assert sorted(p.name for p in out.glob("*.md")) == sorted(
        [*(j.name + ".md" for j in jobs[:2]), "notes.md"]
    )
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [entry["path"] for entry in manifest] == sorted(j.name + ".md" for j in jobs[:2])


def test_parallel_pages_are_byte_identical(tmp_path: Path) -> None:
    jobs = health_jobs()
    pages = PageOptions(front_matter="toml", date=DAY, related=3, index=True)
    write_batch(jobs, tmp_path / "one", pages=pages, processes=1)
    write_batch(jobs, tmp_path / "two", pages=pages, processes=2)
    one = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    assert len(one) == 6 + 1 + 2  # articles, manifest, index and group page
    assert one == two


# -- checks ------------------------------------------------------------------------------------


def test_check_refuses_failing_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "closing.jinja").write_text(
        "{% macro closing(m) %}Both pay exactly $123,456,789 a year.{% endmacro %}\n", "utf-8"
    )
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\n29-1141,29-1292\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", str(pairs), "-o", str(out), "--templates", str(templates), "--check"])
    captured = capsys.readouterr()
    assert code == 1
    assert "failed 1" in captured.out
    assert list(out.glob("*.md")) == []
    listed = (out / "careerprose-errors.txt").read_text(encoding="utf-8")
    assert listed.startswith("registered-nurse-vs-dental-hygienist.md: refused: ")
    assert "123,456,789" in listed


def test_thin_articles_are_warned_about(tmp_path: Path) -> None:
    errors = tmp_path / "errors.txt"
    report = write_batch(health_jobs(), tmp_path / "out", min_sentences=1000, errors=errors)
    assert len(report.warnings) == 6
    assert len(report.written) == 6
    assert "prose sentences, fewer than 1000 (warning)" in errors.read_text(encoding="utf-8")
    write_batch(health_jobs(), tmp_path / "out", min_sentences=1, errors=errors, force=True)
    assert not errors.exists()


# -- links and index pages --------------------------------------------------------------------


def test_every_link_resolves_to_a_written_page(tmp_path: Path) -> None:
    import re

    jobs = health_jobs()
    pages = PageOptions(front_matter="yaml", date=DAY, related=4, index=True)
    write_batch(jobs, tmp_path, pages=pages)
    targets = []
    for path in tmp_path.glob("*.md"):
        targets += re.findall(r"\]\(([^)]+)\)", path.read_text(encoding="utf-8"))
    assert len(targets) > 6 * 4
    assert all((tmp_path / target).is_file() for target in targets), targets
    page_text = (tmp_path / f"{jobs[0].name}.md").read_text(encoding="utf-8")
    assert page_text.count("\n- [") == 4


def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\n29-1141,29-1292\n", encoding="utf-8")
    assert main(["batch", str(pairs), "-o", str(tmp_path / "a")]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["batch", str(pairs), "-o", str(tmp_path / "b")]) == 0
    assert "1/1" in capsys.readouterr().err
    assert main(["batch", str(pairs), "-o", str(tmp_path / "c"), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


# -- JSON Lines for a CMS ----------------------------------------------------------------------


def test_json_lines_export_lists_every_article_in_order(tmp_path: Path) -> None:
    jobs = health_jobs()
    out, export = tmp_path / "out", tmp_path / "cms.jsonl"
    pages = PageOptions(front_matter="yaml", date=DAY, related=2)
    write_batch(jobs, out, pages=pages, jsonl=export)
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert [r["slug"] for r in records] == [j.name for j in jobs]
    for record in records:
        meta, body = parse(out / record["path"], "yaml")
        assert record["title"] == meta["title"]
        assert record["description"] == meta["description"]
        assert record["date"] == "2026-11-30"
        assert record["body"].strip() == body.strip()
    again = write_batch(jobs, out, pages=pages, jsonl=tmp_path / "again.jsonl", processes=2)
    assert (again.written, len(again.unchanged)) == ((), 6)
    assert (tmp_path / "again.jsonl").read_bytes() == export.read_bytes()


def test_sameness_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "sameness.json"
    code = main(["batch", "--all-pairs", "--occupation", "29-1141", "--occupation", "29-1292",
                 "--occupation", "29-1051", "-o", str(tmp_path / "out"), "-q",
                 "--report", str(report)])  # fmt: skip
    assert code == 0
    measured = json.loads(report.read_text(encoding="utf-8"))
    assert measured["articles"] == 3
    assert 0 < measured["distinct_share"] <= 1
    assert "sameness of 3 articles" in capsys.readouterr().err


def test_html_pages_get_front_matter_and_escaped_related_links(tmp_path: Path) -> None:
    from careerprose import StyleError

    jobs = health_jobs()
    pages = PageOptions(front_matter="json", heading=False, date=DAY, related=2, link_base="/c/")
    write_batch(jobs, tmp_path, format="html", pages=pages)
    meta, body = parse(tmp_path / f"{jobs[0].name}.html", "json")
    assert meta["slug"] == jobs[0].name
    assert "<h1>" not in body
    assert body.rstrip().endswith("</ul>\n</section>\n</article>".rstrip())
    assert body.count('<li><a href="/c/') == 2
    with pytest.raises(StyleError, match="index pages are Markdown"):
        write_batch(jobs, tmp_path / "x", format="html", pages=PageOptions(index=True))


GROUP_PAGE = "group-29-healthcare-practitioners-and-technical"
RESERVED = {
    "index page": (GROUP_PAGE, "markdown", {"pages": PageOptions(index=True)}, "an index page"),
    "errors file": ("careerprose-errors", "text", {"errors": "out/careerprose-errors.txt"},
                    "the errors file"),
    "export": ("cms", "text", {"jsonl": "out/cms.txt"}, "the JSON Lines export"),
}  # fmt: skip


@pytest.mark.parametrize(("name", "format", "options", "what"), RESERVED.values(), ids=RESERVED)
def test_an_article_may_not_replace_the_runs_own_files(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    format: str,
    options: dict[str, object],
    what: str,
) -> None:
    from careerprose import StyleError

    monkeypatch.chdir(tmp_path)
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f"a,b,name\n29-1141,29-1292,{name}\n", encoding="utf-8")
    jobs = read_pairs(pairs, datasets.get)
    with pytest.raises(StyleError, match=f"would replace {what}"):
        write_batch(jobs, tmp_path / "out", format=format, **options)  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


def test_prune_removes_the_group_pages_of_groups_a_run_no_longer_has(tmp_path: Path) -> None:
    nurse, hygienist = datasets.get("29-1141"), datasets.get("29-1292")
    chief, manager = datasets.get("11-1011"), datasets.get("11-1021")
    pages = PageOptions(date=DAY, index=True)
    out = tmp_path / "site"
    write_batch(jobs_for([(nurse, hygienist), (chief, manager)]), out, pages=pages)
    written = sorted(p.name for p in out.glob("group-*.md"))
    assert written == [
        "group-11-management.md",
        "group-29-healthcare-practitioners-and-technical.md",
    ]
    write_batch(jobs_for([(nurse, hygienist)]), out, pages=pages)  # no prune: pages stay
    assert sorted(p.name for p in out.glob("group-*.md")) == written
    report = write_batch(jobs_for([(nurse, hygienist)]), out, pages=pages, prune=True)
    assert sorted(p.name for p in out.glob("group-*.md")) == [written[1]]
    assert "group-11-management.md" in report.pruned
    assert (out / "_index.md").is_file()
    # a file of the user's with a group page's name is never removed
    (out / "group-11-management.md").write_text("my own notes\n", encoding="utf-8")
    write_batch(jobs_for([(nurse, hygienist)]), out, pages=pages, prune=True)
    assert (out / "group-11-management.md").read_text(encoding="utf-8") == "my own notes\n"
