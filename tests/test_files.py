"""Output files: modes, symbolic links, inputs, names, leftovers (issue 8.9, 8.10, 8.16, 8.17)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from careerprose.files import (
    OutputError,
    is_temporary,
    name_problem,
    remove_temporaries,
    write_file,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077], ids=oct)
def test_a_new_file_honours_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        import careerprose.files

        careerprose.files._umask = None  # read again under this umask
        write_file(tmp_path / "a.md", "text")
    finally:
        os.umask(old)
        careerprose.files._umask = None  # read again under this umask
    assert mode(tmp_path / "a.md") == 0o666 & ~umask


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_file(path, "new")
    assert (path.read_text(encoding="utf-8"), mode(path)) == ("new", 0o640)


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write_file(link, "new")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"


def test_an_input_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "v.json"
    source.write_text("{}", encoding="utf-8")
    with pytest.raises(OutputError, match="is an input of this run") as caught:
        write_file(source, "article", inputs=[source])
    assert caught.value.filename == str(source)
    assert source.read_text(encoding="utf-8") == "{}"


def test_a_folder_is_named_as_the_users_path(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_file(tmp_path, "article")
    assert str(caught.value) == f"cannot write {str(tmp_path)!r}: is a folder; give a file name"
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_full_disk_names_the_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError) as caught:
        write_file(tmp_path / "a.md", "text")
    assert str(caught.value) == f"cannot write {str(tmp_path / 'a.md')!r}: No space left on device"
    assert caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("length", "fits"), [(241, True), (242, False), (300, False)])
def test_names_are_checked_with_their_temporary_file(length: int, fits: bool) -> None:
    assert (name_problem("x" * length) is None) is fits


def test_names_are_measured_in_bytes() -> None:
    assert name_problem("é" * 121) is not None  # 242 bytes in UTF-8


def test_a_long_name_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="bytes; at most 241 fit"):
        write_file(tmp_path / ("x" * 245), "text")
    assert list(tmp_path.iterdir()) == []


def test_leftover_temporaries_are_recognised_and_removed(tmp_path: Path) -> None:
    ours = [".a-vs-b.md.abcd1234.tmp", ".x.html.k9_zq0wl.tmp"]
    theirs = [".a-vs-b.md.tmp", "notes.tmp", ".a-vs-b.md.abc.tmp", ".photo.png.abcd1234.tmp"]
    for name in ours + theirs:
        (tmp_path / name).write_text("", encoding="utf-8")
    assert all(is_temporary(name) for name in ours)
    assert remove_temporaries(tmp_path, [".md", ".html"]) == sorted(ours)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(theirs)
