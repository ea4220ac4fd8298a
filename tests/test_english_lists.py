"""careerprose.english.lists: "a, b and c", the serial comma, both/either/neither."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerprose import Style
from careerprose.english import EnglishError, both, either, join_list, neither

SERIAL = Style(serial_comma=True)

CASES = [
    (["patients", "CPT", "data entry"], {}, "patients, CPT and data entry"),
    (["customer service", "patients", "customer accounts"], {"style": SERIAL},
     "customer service, patients, and customer accounts"),
    (["a", "b", "c"], {"serial_comma": True}, "a, b, and c"),
    (["a", "b", "c"], {"serial_comma": False, "style": SERIAL}, "a, b and c"),
    (["a", "b", "c", "d"], {}, "a, b, c and d"),
    (["nurses"], {}, "nurses"),
    (["nurses", "clerks"], {}, "nurses and clerks"),
    (["nurses", "clerks"], {"serial_comma": True}, "nurses and clerks"),
    (["nurses", "clerks"], {"conjunction": "or"}, "nurses or clerks"),
    (["a", "b", "c"], {"conjunction": "or"}, "a, b or c"),
    (["Boston, MA", "Hartford, CT", "Austin, TX"], {}, "Boston, MA; Hartford, CT and Austin, TX"),
    (["Boston, MA", "Hartford, CT", "Austin, TX"], {"style": SERIAL},
     "Boston, MA; Hartford, CT; and Austin, TX"),
    ((skill for skill in ("x", "y")), {}, "x and y"),
    ([" padded ", "items"], {}, "padded and items"),
    # an item with its own conjunction: the comma before the last one, whatever the style
    (["operations monitoring", "operation and control", "monitoring"], {},
     "operations monitoring, operation and control, and monitoring"),
    (["judgment and decision making", "monitoring"], {},
     "judgment and decision making, and monitoring"),
    (["monitoring", "operation and control"], {"serial_comma": False},
     "monitoring, and operation and control"),
    (["a", "b", "c or d"], {"conjunction": "or"}, "a, b, or c or d"),
    (["research & development", "sales", "marketing"], {},
     "research & development, sales, and marketing"),
    (["landerson", "handy", "organ"], {}, "landerson, handy and organ"),
]  # fmt: skip


@pytest.mark.parametrize(("items", "options", "expected"), CASES, ids=[c[2] for c in CASES])
def test_join_list(items: list[str], options: dict[str, object], expected: str) -> None:
    assert join_list(items, **options) == expected  # type: ignore[arg-type]


def test_pairs() -> None:
    assert both("a registered nurse", "an LPN") == "both a registered nurse and an LPN"
    assert either("a nurse", "an aide") == "either a nurse or an aide"
    assert neither("a nurse", "a clerk") == "neither a nurse nor a clerk"


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "expected at least one item, got none"),
        (["a", ""], "item 1 must be non-empty text, got ''"),
        (["a", None], "item 1 must be non-empty text, got None"),
        ("abc", "got the single string 'abc'"),
    ],
    ids=["empty", "blank item", "None item", "string"],
)
def test_bad_lists(items: object, message: str) -> None:
    with pytest.raises(EnglishError, match=message):
        join_list(items)  # type: ignore[arg-type]


def test_bad_conjunction_and_pairs() -> None:
    with pytest.raises(EnglishError, match="conjunction must be one of"):
        join_list(["a", "b"], conjunction="but")
    with pytest.raises(EnglishError, match="item 1 must be non-empty"):
        both("a", "")


words = st.text("abcdefghij", min_size=1, max_size=6)


@given(st.lists(words, min_size=1, max_size=8), st.booleans())
def test_every_item_appears_once_in_order(items: list[str], serial: bool) -> None:
    text = join_list(items, serial_comma=serial)
    position = 0
    for item in items:
        found = text.find(item, position)
        assert found >= position
        position = found + len(item)
    assert text.endswith(items[-1])
    if len(items) >= 3:
        assert (", and " in text) is serial
