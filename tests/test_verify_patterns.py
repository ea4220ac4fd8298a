"""The checker's patterns written for speed find exactly what their plain readings find.

``FORBIDDEN["doubled punctuation"]`` and the doubled-space pattern start with one character
class so a search skips to candidates (issue 13: checking must cost no more than writing);
these tests pin them to the plain alternations they replace, match for match.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from careerprose.verify import _DOUBLED_SPACE, FORBIDDEN

PLAIN_DOUBLED_PUNCTUATION = re.compile(
    r"[,;:](?<!\.[,;:])[,;:]|\.(?<!\.\.)\.(?!\.)|[,;:] [,;:.]|[,.;:!?](?<=\s[,.;:!?])(?:\s|$)"
)
PLAIN_DOUBLED_SPACE = re.compile(r"\s\s|^\s|\s$")

# Mostly the characters the patterns look at, so runs of marks and spaces are common.
TEXTS = st.one_of(st.text(alphabet=",.;:!? \n\tab", max_size=30), st.text(max_size=30))


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("Nurses earn more,, than clerks.")
@example("It takes 6 months. . Then")
@example("Wait... and ;")
@example("a ,")
def test_doubled_punctuation_matches_its_plain_reading(text: str) -> None:
    fast = FORBIDDEN["doubled punctuation"]
    assert spans(fast, text) == spans(PLAIN_DOUBLED_PUNCTUATION, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example(" leading")
@example("trailing ")
@example("two  spaces")
@example(" ")
def test_doubled_space_matches_its_plain_reading(text: str) -> None:
    assert spans(_DOUBLED_SPACE, text) == spans(PLAIN_DOUBLED_SPACE, text)
