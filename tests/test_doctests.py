"""Run the examples in every module's docstrings against the installed package.

Doctests run here rather than through ``--doctest-modules`` so they exercise the installed
copy of careerprose (the one the README's install command puts in site-packages), not files in
the checkout, and so pytest is configured in one place.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import careerprose

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(careerprose.__path__, prefix="careerprose.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("module_name", ["careerprose", *MODULES])
def test_docstring_examples(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"
