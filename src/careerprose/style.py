"""House style: the editorial choices that apply across every article.

One immutable object so a content team can set its conventions once (serial comma, numbers in
words, the table placeholder, which sections appear and in what order) and pass it everywhere.
Defaults follow the reference page careerprose was modelled on.
"""

from __future__ import annotations

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


def _language(instance: Style, attribute: attrs.Attribute[Any], value: object) -> None:
    if value != "en":
        msg = f"Style.language: only 'en' (English) is supported, got {value!r}"
        raise StyleError(msg)


@attrs.frozen(kw_only=True)
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
        language: the language of the prose; only English ("en") is supported.
    """

    serial_comma: bool = False
    words_below: int = attrs.field(default=10, validator=_non_negative_int)
    placeholder: str = "-"
    sections: tuple[str, ...] = attrs.field(
        default=SECTIONS, converter=tuple, validator=_check_sections
    )
    source_line: bool = True
    language: str = attrs.field(default="en", validator=_language)
