"""The error the English layer raises for a value it cannot put into words.

:class:`EnglishError` derives from :class:`careerprose.errors.CareerproseError` and from
``ValueError``, so callers can catch either. Its message always names the offending value: the
layer never turns bad input into plausible-looking prose ("None", "zero", "nan%").

Example:
    >>> from careerprose.english import format_money
    >>> format_money(float("nan"))
    Traceback (most recent call last):
    ...
    careerprose.english.errors.EnglishError: money: expected a finite number, got nan
"""

from __future__ import annotations

from careerprose.errors import CareerproseError

__all__ = ["EnglishError"]


class EnglishError(CareerproseError, ValueError):
    """A value the English layer cannot put into words: an empty title, NaN, text for a number."""
