"""The compiled-template cache: keyed by environment and version, never a cause of failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_PAIR = ROOT / "examples" / "seed-pair.json"


def run_compare(cache: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``careerprose compare`` in a new process, with its own cache folder."""
    env = {**os.environ, "CAREERPROSE_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "careerprose", "compare", str(SEED_PAIR), *options]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


@pytest.fixture
def user_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "closing.jinja").write_bytes((ROOT / "templates" / "closing.jinja").read_bytes())
    return folder


def test_sandboxed_and_plain_runs_share_a_cache_folder(
    tmp_path: Path, user_templates: Path
) -> None:
    """Issue 8.1: a --templates run used to break every later default run (and vice versa)."""
    cache = tmp_path / "cache"
    sandboxed = run_compare(cache, "--templates", str(user_templates))
    plain = run_compare(cache)
    again = run_compare(cache, "--templates", str(user_templates))
    assert [r.returncode for r in (sandboxed, plain, again)] == [0, 0, 0], plain.stderr
    assert sandboxed.stdout == plain.stdout == again.stdout
    names = [p.name for p in (cache / "jinja").iterdir()]
    assert any(n.startswith("plain-") for n in names)
    assert any(n.startswith("sandboxed-") for n in names)


def test_damaged_entries_are_recompiled(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_compare(cache)
    entries = sorted((cache / "jinja").iterdir())
    damages = [b"", b"garbage", b"careerprose-jinja-cache 1\n", b"\x80\x04\x95 pickle-like"]
    assert len(entries) >= len(damages) + 1
    for number, entry in enumerate(entries):
        if number < len(damages):
            entry.write_bytes(damages[number])
        else:  # a folder where a file should be: unreadable as an entry
            entry.unlink()
            entry.mkdir()
    second = run_compare(cache)
    assert (second.returncode, second.stderr) == (0, "")
    assert second.stdout == first.stdout


def test_entries_of_another_version_or_environment_are_not_loaded(tmp_path: Path) -> None:
    from jinja2 import Environment
    from jinja2.bccache import Bucket

    from careerprose.template_cache import TemplateCache

    environment = Environment()
    code = compile("x = 1", "<template>", "exec")

    def stored(cache: TemplateCache) -> Bucket:
        bucket = Bucket(environment, "key", "checksum")
        cache.load_bytecode(bucket)
        return bucket

    written = Bucket(environment, "key", "checksum")
    written.code = code
    TemplateCache(str(tmp_path), "plain", "1.0").dump_bytecode(written)
    assert stored(TemplateCache(str(tmp_path), "plain", "1.0")).code == code
    assert stored(TemplateCache(str(tmp_path), "plain", "2.0")).code is None
    assert stored(TemplateCache(str(tmp_path), "sandboxed", "1.0")).code is None
    edited = Bucket(environment, "key", "another checksum")
    TemplateCache(str(tmp_path), "plain", "1.0").load_bytecode(edited)
    assert edited.code is None
