"""Whole words of a fixed list, found in a search that skips from candidate to candidate.

``\\b(?:more|higher|…)\\b`` starts with a word boundary, an assertion, so the regular
expression engine tries it at every position of the text. :class:`WholeWords` finds the same
matches with a pattern that starts with one character class (the words' first letters, in
both cases), so the search skips to the letters that can start a word of the list, then looks
behind for the boundary. That rewrite is exact on ASCII text; any other text (a rare title
with accents) takes the plain pattern, so the two always agree.

Example:
    >>> comparatives = WholeWords(["more", "higher"], ignore_case=True)
    >>> [m.group(1) for m in comparatives.finditer("Higher pay, more jobs, furthermore")]
    ['Higher', 'more']
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

__all__ = ["WholeWords"]


class WholeWords:
    r"""The whole-word occurrences of ``words`` in a text, as ``\b(word|…)\b`` finds them
    (group 1 is the word as written).

    ``ignore_case`` makes the words match in any case (the letters' ASCII cases on ASCII text,
    the ``re`` module's full case folding on other text, as ``re.IGNORECASE`` does);
    ``ascii_case`` matches the letters in either ASCII case only (``(?ai:…)``), whatever the
    text.
    """

    def __init__(
        self, words: Iterable[str], *, ignore_case: bool = False, ascii_case: bool = False
    ) -> None:
        ordered = sorted(set(words), key=len, reverse=True)  # the longest word wins
        if not ordered or not all(word[:1].isascii() and word[:1].isalpha() for word in ordered):
            msg = f"WholeWords: every word must start with an ASCII letter, got {ordered!r}"
            raise ValueError(msg)
        either = ignore_case or ascii_case
        local = "(?ai:" if ascii_case else "(?i:" if ignore_case else "(?:"
        alternation = "|".join(re.escape(word) for word in ordered)
        #: The plain reading, used for text that is not all ASCII.
        self.plain = re.compile(rf"\b({local}{alternation}))\b")
        by_first: dict[str, list[str]] = {}
        for word in ordered:
            first = word[0].lower() if either else word[0]
            by_first.setdefault(first, []).append(word[1:])
        branches = []
        for first, rests in by_first.items():
            letter = f"[{first}{first.upper()}]" if either else first
            tails = "|".join(re.escape(rest) for rest in rests)
            branches.append(f"(?<={letter}){local}{tails})")
        letters = "".join(first + first.upper() if either else first for first in sorted(by_first))
        # The first letter is matched by the class, then "(?<!\w.)" looks behind it: no word
        # character before the word. Every letter of the class is ASCII, so on ASCII text the
        # class and the plain pattern's first letter match the same characters.
        #: The rewrite, used for ASCII text.
        self.fast = re.compile(rf"([{letters}](?<!\w.)(?:{'|'.join(branches)}))\b")

    def _pattern(self, text: str) -> re.Pattern[str]:
        return self.fast if text.isascii() else self.plain

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``re.Pattern.search``."""
        return self._pattern(text).search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Every match in ``text[pos:endpos]``, as ``re.Pattern.finditer``."""
        return self._pattern(text).finditer(text, pos, endpos)
