"""The public API: a curated, sorted ``__all__`` that names exactly what the package exports."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import careerprose


def isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps ``__all__`` in: CONSTANTS, then Classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def public_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(careerprose.__path__, prefix="careerprose.")
        if not any(part.startswith("_") for part in info.name.split("."))
    )


def test_top_level_all_is_sorted_and_complete() -> None:
    exported = careerprose.__all__
    assert exported == sorted(exported, key=isort_key)
    for name in exported:
        assert hasattr(careerprose, name), name
    public = {
        name
        for name, value in vars(careerprose).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("careerprose")
    }
    assert public <= set(exported)


@pytest.mark.parametrize("module_name", public_modules())
def test_every_module_declares_all(module_name: str) -> None:
    if module_name.startswith("careerprose.testing"):
        pytest.importorskip("hypothesis")
    module = importlib.import_module(module_name)
    if module_name == "careerprose.__main__":
        return
    assert hasattr(module, "__all__"), f"{module_name} has no __all__"
    exported = list(module.__all__)
    assert exported == sorted(exported, key=isort_key), f"{module_name}.__all__ is not sorted"
    for name in module.__all__:
        assert hasattr(module, name), f"{module_name}.__all__ names missing {name!r}"


def test_lazy_exports_match_all() -> None:
    """Every exported name resolves through the lazy table, and nothing else does."""
    assert set(careerprose._EXPORTS) | {"__version__"} == set(careerprose.__all__)
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = careerprose.nope


def test_no_submodule_shadows_an_export() -> None:
    """Importing every submodule must not replace an exported function or class by a module."""
    for module_name in public_modules():
        if not module_name.startswith("careerprose.testing"):
            importlib.import_module(module_name)
    import types

    shadowed = [
        n for n in careerprose.__all__ if isinstance(getattr(careerprose, n), types.ModuleType)
    ]
    assert shadowed == []
