"""careerprose verify on Markdown and HTML pages: batches written with front matter or a
manifest, hand-edited to break a guarantee, are caught; clean ones pass."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from careerprose import Occupation, save_records
from careerprose.cli import main
from careerprose.recheck import RecheckError, recheck_file
from careerprose.reread import read_html, read_markdown, split_front_matter

NURSE = Occupation.from_dict({
    "title": "Registered Nurses", "code": "29-1141", "salary": {"average": 101420},
    "jobs": 3379720, "growth_rate": 4.9,
})  # fmt: skip
CLERK = Occupation.from_dict({
    "title": "Billing Clerks", "code": "43-3021", "salary": {"average": 67050},
    "jobs": 222740, "growth_rate": 7.0,
})  # fmt: skip
PAGE = "registered-nurse-vs-billing-clerk"
#: (name, batch options): a page names its records in front matter or in the manifest.
BATCHES = {
    "yaml": ["--front-matter", "yaml"],
    "toml": ["--front-matter", "toml", "--no-h1"],
    "json": ["--front-matter", "json", "--related", "1"],
    "manifest": [],
    "html": ["-f", "html"],
    "html-front-matter": ["-f", "html", "--front-matter", "yaml", "--related", "1"],
}
#: Hand edits that break a guarantee: (Markdown pattern and replacement, HTML pattern and
#: replacement, the rule the report must name).
EDITS = {
    "swapped figures": (
        r"\| \$101,420 \| \$67,050 \|", "| $67,050 | $101,420 |",
        r"<td>\$101,420</td><td>\$67,050</td>", "<td>$67,050</td><td>$101,420</td>",
        "cell a is '$67,050', its fact shows '$101,420'",
    ),
    "wrong comparative": (
        r"percentage points lower", "percentage points higher",
        r"percentage points lower", "percentage points higher",
        "says 'higher' of the first occupation",
    ),
    "changed number": (r"\$34,370", "$34,570", r"\$34,370", "$34,570",
                       "the number 34570 is not licensed"),
    "changed table cell": (r"\| \$101,420 \|", "| $101,520 |", r"<td>\$101,420</td>",
                           "<td>$101,520</td>", "cell a is '$101,520', its fact shows '$101,420'"),
}  # fmt: skip


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per entry of BATCHES, each a batch of the nurse-vs-clerk page (and one
    more pair), with the records file they were written from."""
    root = tmp_path_factory.mktemp("batches")
    records = root / "records.json"
    extra = Occupation.from_dict({"title": "Dental Hygienists", "salary": {"average": 98990}})
    save_records([NURSE, CLERK, extra], records)
    pairs = root / "pairs.csv"
    pairs.write_text(
        "a,b\nRegistered Nurses,Billing Clerks\nDental Hygienists,Billing Clerks\n",
        encoding="utf-8",
    )
    for name, options in BATCHES.items():
        folder = root / name
        command = ["batch", str(pairs), "-o", str(folder), "--data", str(records), "-q"]
        assert main([*command, "--date", "2026-01-02", *options]) == 0
    return root


def _verify(paths: list[Path], records: Path, *options: str) -> int:
    return main(["verify", *map(str, paths), "--data", str(records), *options])


def _page(folder: Path) -> Path:
    return next(folder.glob(f"{PAGE}.*"))


def _yaml_page(written: Path, folder: Path) -> tuple[Path, str]:
    """Where to write an edited copy of the nurse-vs-clerk page with YAML front matter, and
    its text as written."""
    return folder / f"{PAGE}.md", _page(written / "yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_a_clean_batch_passes(
    written: Path, batch: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = sorted(p for p in (written / batch).iterdir() if p.suffix in (".md", ".html"))
    assert len(pages) == 2
    assert _verify(pages, written / "records.json") == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_a_hand_edit_that_breaks_a_guarantee_is_caught(
    written: Path, tmp_path: Path, batch: str, edit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / batch
    shutil.copytree(written / batch, folder)
    page = _page(folder)
    md_pattern, md_replacement, html_pattern, html_replacement, rule = EDITS[edit]
    html = page.suffix == ".html"
    pattern = html_pattern if html else md_pattern
    replacement = html_replacement if html else md_replacement
    text = page.read_text(encoding="utf-8")
    edited, count = re.subn(pattern, replacement, text, count=1)
    assert count == 1, f"the page no longer has {pattern!r}"
    page.write_text(edited, encoding="utf-8")
    assert _verify([page], written / "records.json") == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(f"{page}: ") for line in lines), lines
    assert any(rule in line for line in lines), lines
    if edit in ("wrong comparative", "changed number"):  # an edited sentence: what we write now
        found = next(line for line in lines if rule in line)
        assert "; expected: '" in found
        assert re.search(pattern, found.split("; expected: ")[1])


def test_a_data_update_after_writing_is_caught(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "records.json"
    raised = Occupation.from_dict({**NURSE.to_dict(), "salary": {"average": 61000}})
    save_records([raised, CLERK], records)
    page = _page(written / "yaml")
    assert _verify([page], records) == 1
    out = capsys.readouterr().out
    assert "the number 34370 is not licensed" in out
    assert "cell a is '$101,420', its fact shows '$61,000'" in out


def test_edits_that_keep_the_facts_pass(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, text = _yaml_page(written, tmp_path)
    reworded = text.replace("$34,370 more a year", "**$34,370 more** per year")  # and bold
    assert reworded != text
    added = "\n\nBoth jobs reward a careful eye.\n"  # a sentence of our own, without figures
    page.write_text(reworded + added, encoding="utf-8")
    assert _verify([page], written / "records.json") == 0, capsys.readouterr().out


def test_a_figure_added_by_hand_cannot_be_traced(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, text = _yaml_page(written, tmp_path)
    page.write_text(text + "\nNurses also work 12-hour shifts.\n", encoding="utf-8")
    assert _verify([page], written / "records.json") == 1
    assert "the number 12 is not licensed" in capsys.readouterr().out


def test_pages_written_with_other_options_are_checked_with_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\nRegistered Nurses,Dental Hygienists\n", encoding="utf-8")
    options = ["--seed", "7", "--sections", "overview,salary", "--serial-comma"]
    folder = tmp_path / "out"
    assert main(["batch", str(pairs), "-o", str(folder), "-q", "--front-matter", "yaml",
                 *options]) == 0  # fmt: skip
    page = next(folder.glob("*.md"))
    assert main(["verify", str(page), *options]) == 0, capsys.readouterr().out
    head, fence, body = page.read_text(encoding="utf-8").partition("\n---\n")
    edited = body.replace("percentage points lower", "percentage points higher", 1)
    assert edited != body
    page.write_text(head + fence + edited, encoding="utf-8")
    assert main(["verify", str(page), *options]) == 1


def test_a_page_naming_no_occupations_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "notes.md"
    page.write_text("# Notes\n\nNothing to compare here.\n", encoding="utf-8")
    with pytest.raises(RecheckError, match=r"notes\.md: cannot tell which occupations"):
        recheck_file(page)
    text = tmp_path / "page.txt"
    text.write_text("Registered nurse vs dental hygienist\n", encoding="utf-8")
    endings = r"\.htm, \.html, \.json, \.markdown, \.md$"
    with pytest.raises(RecheckError, match=r"page\.txt: cannot re-check .*" + endings):
        recheck_file(text)


def test_an_unknown_occupation_in_front_matter_is_named(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, text = _yaml_page(written, tmp_path)
    renamed = text.replace('"Billing Clerks"', '"Billing Clarks"')
    page.write_text(renamed, encoding="utf-8")
    records = written / "records.json"
    assert _verify([page], records) == 0  # the code still names the record
    page.write_text(renamed.replace('"43-3021"', '"43-9999"'), encoding="utf-8")
    assert _verify([page], records) == 1
    err = capsys.readouterr().err
    assert f"{page}: no record for 'Billing Clarks' in the records given" in err


# Reading pages back ---------------------------------------------------------------------------


def test_front_matter_is_read_as_written_and_after_hand_edits() -> None:
    yaml = '---\ntitle: Nurse vs clerk\noccupations:\n  - title: "Nurses"\n    code: "1"\n' \
           "  - title: 'Clerks'\n    jobs: 5\ntags: []\n---\n\n# Nurse vs clerk\n"  # fmt: skip
    meta, body = split_front_matter(yaml)
    assert meta == {"title": "Nurse vs clerk", "tags": [],
                    "occupations": [{"title": "Nurses", "code": "1"},
                                    {"title": "Clerks", "jobs": 5}]}  # fmt: skip
    assert body == "# Nurse vs clerk\n"
    toml = '+++\ntitle = "A"\n\n[[occupations]]\ntitle = "Nurses"\n\n[[occupations]]\n' \
           'title = "Clerks"\n+++\n\nBody\n'  # fmt: skip
    meta, body = split_front_matter(toml)
    assert meta == {"title": "A", "occupations": [{"title": "Nurses"}, {"title": "Clerks"}]}
    assert body == "Body\n"
    assert split_front_matter("# Just a page\n") == (None, "# Just a page\n")
    assert split_front_matter('{"title": "A"}\n\nBody\n') == ({"title": "A"}, "Body\n")


def test_markdown_escapes_and_html_references_are_undone() -> None:
    markdown = (
        "# C++ \\| \\*Senior\\*\n\nThey *earn* \\<b\\> 5% more.\nStill the [same](x) paragraph.\n"
    )
    table = "\n| | A \\| B | C |\n| --- | --- | --- |\n| Pay | $1 | $2 |\n"
    pieces = read_markdown(markdown + table)
    assert [(p.kind, p.text) for p in pieces[:2]] == [
        ("title", "C++ | *Senior*"),
        ("paragraph", "They earn <b> 5% more. Still the same paragraph."),
    ]
    assert pieces[2].rows == (("", "A | B", "C"), ("Pay", "$1", "$2"))
    html = (
        '<article>\n<h1>A &amp; B</h1>\n<section class="pay">\n<p>They earn\n&lt;b&gt; more.'
        '</p>\n<ul>\n<li><a href="x/">A vs C</a></li>\n</ul>\n</section>\n</article>\n'
    )
    found = read_html(html)
    assert [(p.kind, p.text, p.section) for p in found[:2]] == [
        ("title", "A & B", None),
        ("paragraph", "They earn <b> more.", "pay"),
    ]
    assert found[2].kind == "list"
    assert found[2].link


def test_index_pages_are_skipped_and_a_bad_file_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\nRegistered Nurses,Dental Hygienists\n", encoding="utf-8")
    folder = tmp_path / "site"
    assert main(["batch", str(pairs), "-o", str(folder), "-q", "--index"]) == 0
    pages = sorted(folder.glob("*.md"))
    assert len(pages) > 2  # the article, _index.md and a group page
    assert main(["verify", *map(str, pages)]) == 0
    err = capsys.readouterr().err
    assert f"skipped {folder / '_index.md'}: not an article of the batch" in err
    article = folder / "registered-nurse-vs-dental-hygienist.md"
    edited = article.read_text(encoding="utf-8").replace("| $101,420 |", "| $101,520 |", 1)
    article.write_text(edited, encoding="utf-8")
    missing = tmp_path / "gone.md"
    assert main(["verify", str(missing), str(article)]) == 1
    captured = capsys.readouterr()
    assert f"careerprose: error: {missing}: cannot read" in captured.err
    assert "1 file not checked" in captured.err
    assert captured.out.startswith(f"{article}: ")
