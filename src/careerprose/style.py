"""House style: the editorial choices that apply across every article.

One immutable object so a content team can set its conventions once (serial comma, numbers in
words, the table placeholder, which sections appear and in what order) and pass it everywhere.
Defaults follow the reference page careerprose was modelled on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from careerprose.errors import StyleError

__all__ = ["SECTIONS", "Style"]

#: Every article section, in the default order.
SECTIONS: tuple[str, ...] = (
    "intro",
    "overview",
    "description",
    "salary",
    "education",
    "demographics",
    "duties",
    "skills",
    "closing",
)


def _as_tuple(value: Iterable[str]) -> tuple[str, ...]:
    """Section names as a tuple (a list or any iterable is accepted)."""
    return tuple(value)


def _check_sections(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        msg = f"Style.sections: expected a tuple of section names, got {value!r}"
        raise StyleError(msg)
    seen: set[str] = set()
    for name in value:
        if name not in SECTIONS:
            msg = f"Style.sections: unknown section {name!r}; known sections: {', '.join(SECTIONS)}"
            raise StyleError(msg)
        if name in seen:
            msg = f"Style.sections: section {name!r} listed twice"
            raise StyleError(msg)
        seen.add(name)


def _non_negative_int(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"Style.{attribute.name}: expected a non-negative whole number, got {value!r}"
        raise StyleError(msg)


def _fraction(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    # ``not 0 <= value < 1`` also rejects NaN.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        msg = f"Style.{attribute.name}: expected a fraction, at least 0 and below 1, got {value!r}"
        raise StyleError(msg)


def _decimal_places(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        msg = f"Style.{attribute.name}: expected 0 to 6 decimal places, got {value!r}"
        raise StyleError(msg)


def _separator(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        msg = (
            f"Style.{attribute.name}: expected a non-empty separator without surrounding spaces "
            f"(such as '-' or '–'), got {value!r}"
        )
        raise StyleError(msg)


def _language(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    if value != "en":
        msg = f"Style.language: only 'en' (English) is supported, got {value!r}"
        raise StyleError(msg)


@attrs.frozen(kw_only=True, cache_hash=True)
class Style:
    """Editorial conventions shared by the English layer and the article renderer.

    Attributes:
        serial_comma: write "a, b, and c" rather than "a, b and c".
        words_below: whole numbers of things below this are written in words ("three skills");
            0 turns words off. Money, percents and measurements always use figures.
        placeholder: what a table shows for a value that is missing.
        sections: which sections an article has, in order.
        source_line: end articles with a line saying where the figures come from, when the
            records say.
        top_skills: how many skills the intro names for each occupation ("the top three").
        list_items: at most this many responsibilities and skills listed per occupation;
            0 lists them all.
        language: the language of the prose; only English ("en") is supported.
        money_decimals: decimal places of yearly (and other non-hourly) money: 0 gives "$57,603".
        hourly_decimals: decimal places of hourly money: 2 gives "$27.69".
        large_money_from: money at or above this many dollars is written in millions or
            billions ("$1.2 million"); 0 never does.
        large_money_decimals: at most this many decimal places in "$1.2 million".
        percent_decimals: at most this many decimal places in a percent ("11.6%"); trailing
            zeros are dropped ("36%") unless a caller asks for fixed places.
        range_separator: what joins the ends of a range written in figures ("6-12 months").
        similar_within: two values whose displayed forms differ by less than this fraction of
            the larger are "about the same" (0.01 is 1%); 0 turns "about the same" off.
        slightly_within: a displayed difference below this fraction of the larger value is
            "slightly" higher or lower (0.05 is 5%).
    """

    serial_comma: bool = False
    words_below: int = attrs.field(default=10, validator=_non_negative_int)
    placeholder: str = "-"
    sections: tuple[str, ...] = attrs.field(
        default=SECTIONS, converter=_as_tuple, validator=_check_sections
    )
    source_line: bool = True
    top_skills: int = attrs.field(default=3, validator=_non_negative_int)
    list_items: int = attrs.field(default=6, validator=_non_negative_int)
    language: str = attrs.field(default="en", validator=_language)
    money_decimals: int = attrs.field(default=0, validator=_decimal_places)
    hourly_decimals: int = attrs.field(default=2, validator=_decimal_places)
    large_money_from: int = attrs.field(default=0, validator=_non_negative_int)
    large_money_decimals: int = attrs.field(default=1, validator=_decimal_places)
    percent_decimals: int = attrs.field(default=1, validator=_decimal_places)
    range_separator: str = attrs.field(default="-", validator=_separator)
    similar_within: float = attrs.field(default=0.01, validator=_fraction)
    slightly_within: float = attrs.field(default=0.05, validator=_fraction)
