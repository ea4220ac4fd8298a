"""docs/publishing.md, run: 300 comparisons as a Hugo site, links checked, built by real Hugo."""

from __future__ import annotations

import html
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import frontmatter
import pytest

from careerprose.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "publishing.md"
TITLED_BLOCK = re.compile(r'^```\w+ title="([^"]+)"\n(.*?)^```$', re.DOTALL | re.MULTILINE)


def doc_files() -> dict[str, str]:
    """The files the walk-through asks you to create, by path."""
    return dict(TITLED_BLOCK.findall(DOC.read_text(encoding="utf-8")))


def doc_batch_command() -> list[str]:
    lines = DOC.read_text(encoding="utf-8").splitlines()
    [command] = [
        line[2:] for line in lines if line.startswith("$ careerprose batch --all-pairs --group")
    ]
    return shlex.split(command)[1:]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("careers")
    for name, text in doc_files().items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    arguments = doc_batch_command()
    arguments[arguments.index("-o") + 1] = str(root / "content" / "comparisons")
    assert main(arguments) == 0
    return root


def pages(site: Path) -> list[Path]:
    return sorted((site / "content" / "comparisons").glob("*.md"))


def test_the_walkthrough_writes_300_pages_with_front_matter(site: Path) -> None:
    articles = [p for p in pages(site) if not p.name.startswith(("_", "group-"))]
    assert len(articles) == 300
    for path in articles:
        post: Any = frontmatter.load(str(path))
        assert post["slug"] == path.stem
        assert post["title"]
        assert post["description"].endswith(".")
        assert str(post["date"]) == "2026-11-30"
        assert [o["code"][:3] for o in post["occupations"]] == ["29-", "29-"]
        assert post["tags"] == ["Healthcare Practitioners and Technical"]
        assert not post.content.startswith("# ")
        assert "## Related comparisons" in post.content
    assert not (site / "content" / "comparisons" / "careerprose-errors.txt").exists()


def test_every_link_resolves_to_a_written_page(site: Path) -> None:
    folder = site / "content" / "comparisons"
    links = set()
    for path in pages(site):
        links.update(re.findall(r"\]\((/comparisons/[^)]*)\)", path.read_text(encoding="utf-8")))
    assert len(links) > 300
    for link in links:
        slug = link.removeprefix("/comparisons/").rstrip("/")
        assert (folder / f"{slug}.md").is_file(), link


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_builds_the_site_with_titles_and_descriptions(site: Path) -> None:
    subprocess.run(["hugo", "--quiet"], cwd=site, check=True, timeout=300,
                   env={**os.environ, "HUGO_CACHEDIR": str(site / ".hugo-cache")})  # fmt: skip
    built = site / "public" / "comparisons"
    checked = 0
    for path in pages(site):
        post: Any = frontmatter.load(str(path))
        if path.name == "_index.md":
            output = built / "index.html"
        else:
            output = built / post["slug"] / "index.html"
        text = output.read_text(encoding="utf-8")
        assert f"<title>{html.escape(post['title'], quote=False)}</title>" in text
        described = re.search(r'<meta name="description" content="([^"]*)">', text)
        assert described is not None
        assert html.unescape(described.group(1)) == post["description"]
        checked += 1
    assert checked == len(pages(site)) > 300
