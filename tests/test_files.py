"""Output files: modes, symbolic links, inputs, names, leftovers (issue 8.9, 8.10, 8.16, 8.17)."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from careerprose.files import (
    OutputError,
    is_temporary,
    name_problem,
    open_atomically,
    remove_temporaries,
    write_bytes,
    write_file,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def streamed(path: Path, text: str) -> None:
    with open_atomically(path) as file:
        file.write(text)


#: The three ways of writing a file; each follows every rule of the module.
WRITERS: dict[str, Callable[[Path, str], None]] = {
    "write_file": write_file,
    "write_bytes": lambda path, text: write_bytes(path, text.encode("utf-8")),
    "open_atomically": streamed,
}
each_writer = pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())


@each_writer
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077], ids=oct)
def test_a_new_file_honours_the_umask(
    tmp_path: Path, umask: int, write: Callable[[Path, str], None]
) -> None:
    old = os.umask(umask)
    try:
        import careerprose.files

        careerprose.files._umask = None  # read again under this umask
        write(tmp_path / "a.md", "text")
    finally:
        os.umask(old)
        careerprose.files._umask = None  # read again under this umask
    assert mode(tmp_path / "a.md") == 0o666 & ~umask


@each_writer
@pytest.mark.parametrize("kept", [0o640, 0o604, 0o600], ids=oct)
def test_a_replaced_file_keeps_its_mode(
    tmp_path: Path, kept: int, write: Callable[[Path, str], None]
) -> None:
    path = tmp_path / "a.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(kept)
    write(path, "new")
    assert (path.read_text(encoding="utf-8"), mode(path)) == ("new", kept)


def test_a_new_file_gets_its_mode_when_created_not_by_a_chmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch writes hundreds of thousands of files: a system call less each counts."""
    changed: list[int] = []
    real_fchmod = os.fchmod

    def fchmod(handle: int, new: int) -> None:
        changed.append(new)
        real_fchmod(handle, new)

    monkeypatch.setattr(os, "fchmod", fchmod)
    write_bytes(tmp_path / "new.md", b"new")
    kept = tmp_path / "kept.md"
    kept.write_bytes(b"old")
    kept.chmod(0o600 if mode(tmp_path / "new.md") != 0o600 else 0o640)
    write_bytes(kept, b"new")
    assert changed == [mode(kept)]


def test_every_byte_is_written_when_the_system_writes_a_few_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda handle, data: real_write(handle, bytes(data[:3])))
    data = "Nurse vs dental hygienist: é, ü, 中\n".encode() * 50
    write_bytes(tmp_path / "a.md", data)
    assert (tmp_path / "a.md").read_bytes() == data


@each_writer
def test_missing_folders_are_made(tmp_path: Path, write: Callable[[Path, str], None]) -> None:
    path = tmp_path / "site" / "content" / "a.md"
    write(path, "text")
    assert path.read_text(encoding="utf-8") == "text"
    assert os.listdir(path.parent) == ["a.md"]


@each_writer
def test_a_symbolic_link_is_written_through(
    tmp_path: Path, write: Callable[[Path, str], None]
) -> None:
    target = tmp_path / "real.md"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write(link, "new")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"


def test_an_error_in_the_block_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("old", encoding="utf-8")

    def fail_half_way() -> None:
        with open_atomically(path) as file:
            file.write("half of the new")
            raise KeyError("the caller's own bug")

    with pytest.raises(KeyError):
        fail_half_way()
    assert os.listdir(tmp_path) == ["a.md"]
    assert path.read_text(encoding="utf-8") == "old"


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


@pytest.mark.parametrize(
    ("write", "failing"),
    [
        pytest.param(write, failing, id=f"{name}-{failing}")
        for name, write in WRITERS.items()
        for failing in ("write", "close", "replace")
        if not (name == "open_atomically" and failing == "write")  # io writes, not os.write
    ],
)
def test_a_full_disk_names_the_file_and_leaves_no_temporary(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
    write: Callable[[Path, str], None],
) -> None:
    real = getattr(os, failing)

    def full(*args: object) -> None:
        if failing == "close":
            real(*args)  # really closed, then reported (as NFS does)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, full)
    with pytest.raises(OutputError) as caught:
        write(tmp_path / "a.md", "text")
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
