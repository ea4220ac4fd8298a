"""Cells that are safe to open in a spreadsheet, and read back as the text they were.

Excel, LibreOffice and Google Sheets run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a
formula (and a leading tab or carriage return can hide one): ``=HYPERLINK(...)`` in a job title
would become a live link. Following OWASP's advice for CSV export, such cells are written with a
leading apostrophe, which spreadsheets show as text; plain numbers such as ``-8`` are left alone.
A cell that starts with an apostrophe gets one more, so reading undoes exactly what writing did.
"""

from __future__ import annotations

import re

__all__ = ["neutralise", "restore"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise(cell: str) -> str:
    """``cell`` as a spreadsheet shows it literally: formulas and apostrophes get a ``'`` first.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-8"), neutralise("'quoted"), neutralise("Nurse")
    ("'=HYPERLINK(1)", '-8', "''quoted", 'Nurse')
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    if cell.startswith("'"):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo :func:`neutralise`: drop the ``'`` put before a formula character or an apostrophe.

    >>> restore("'=HYPERLINK(1)"), restore("''quoted"), restore("'tis"), restore("-8")
    ('=HYPERLINK(1)', "'quoted", "'tis", '-8')
    """
    if cell.startswith("'") and cell[1:2] in (*_FORMULA_START, "'") and cell[1:2]:
        return cell[1:]
    return cell
