"""Where a sentence names each occupation: the spans of its title forms and short forms.

The forms come from the English layer (:class:`careerprose.english.JobTitle`), the same place
the writer takes them from, so the checker never needs the writer's own bookkeeping. A short
head-noun form ("nurses") counts only when the two titles' head nouns differ; when one name
could mean either occupation, the pair is *ambiguous* and checks that need to know who is who
are skipped rather than guessed.
"""

from __future__ import annotations

import functools

import attrs

from careerprose.english.errors import EnglishError
from careerprose.english.reference import PairReference, refer
from careerprose.english.titles import JobTitle, TitleForms
from careerprose.records.model import Occupation

__all__ = ["Mention", "Mentions", "head_nouns", "whole_word_spans"]


@attrs.frozen
class Mention:
    """One naming of an occupation in a sentence: its side ("a" or "b") and where it is."""

    side: str
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=4096)  # asked for every mention the checks look at
def head_nouns(forms: TitleForms) -> tuple[str, str] | None:
    """The head noun, singular and plural, when the title inflects its last word only."""
    words, plural_words = forms.singular.split(" "), forms.plural.split(" ")
    if len(words) < 2 or len(words) != len(plural_words) or words[:-1] != plural_words[:-1]:
        return None
    if not words[-1].isalpha() or words[-1].isupper():
        return None
    return words[-1], plural_words[-1]


def _starts_clear(text: str, at: int, figure: bool) -> bool:
    if at == 0:
        return True
    before = text[at - 1]
    if before.isalnum():
        return False
    # "8%" is not the end of "-8%" or "$1,208%"; "$1" is not inside "$1.5".
    return not (
        figure and (before in "-−$" or (before in ".," and text[at - 2 : at - 1].isdigit()))
    )


def _ends_clear(text: str, end: int, figure: bool) -> bool:
    if end >= len(text):
        return True
    after = text[end]
    if after.isalnum():
        return False
    return not (figure and after in ".," and text[end + 1 : end + 2].isdigit())


def whole_word_spans(text: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``needle`` in ``text`` (both already in one case);
    a figure is never found inside a longer figure ("8%" in "-8%", "$1" in "$1.5")."""
    spans: list[tuple[int, int]] = []
    if not needle:
        return spans
    starts_figure, ends_figure = needle[0].isdigit(), needle[-1].isdigit()
    at = text.find(needle, start)
    while at != -1:
        end = at + len(needle)
        if _starts_clear(text, at, starts_figure) and _ends_clear(text, end, ends_figure):
            spans.append((at, end))
        at = text.find(needle, at + 1)
    return spans


@functools.lru_cache(maxsize=4096)
def _reference(a: str, a_plural: str | None, b: str, b_plural: str | None) -> PairReference | None:
    """The English layer's referring expressions for the pair (short forms included)."""
    try:
        return refer(JobTitle(a, plural=a_plural), JobTitle(b, plural=b_plural))
    except EnglishError:
        return None


@functools.lru_cache(maxsize=4096)
def _forms(title: str, plural: str | None) -> TitleForms:
    return JobTitle(title, plural=plural).forms


class Mentions:
    """Finds the mentions of a pair's two occupations in sentences.

    Example:
        >>> from careerprose import Occupation
        >>> found = Mentions(Occupation("Registered Nurses"), Occupation("Billing Clerks"))
        >>> [(m.side, m.text) for m in found.find("Nurses earn more than a billing clerk.")]
        [('a', 'Nurses'), ('b', 'billing clerk')]
    """

    def __init__(self, a: Occupation, b: Occupation) -> None:
        self.forms = {"a": _forms(a.title, a.plural), "b": _forms(b.title, b.plural)}
        heads = {side: head_nouns(forms) for side, forms in self.forms.items()}
        names: dict[str, set[str]] = {}
        for side, forms in self.forms.items():
            found = {forms.singular, forms.plural, forms.display, forms.display_plural}
            head = heads[side]
            if head is not None and head != heads["b" if side == "a" else "a"]:
                found.update(head)
            names[side] = {name.lower() for name in found if name}
        reference = _reference(a.title, a.plural, b.title, b.plural)
        distinct = True
        if reference is not None:
            distinct = reference.distinct
            for side in ("a", "b"):
                ref = reference.side(side)  # type: ignore[arg-type]
                for mention in (ref.full, ref.later):
                    found = {mention.singular, mention.plural, mention.modifier or ""}
                    names[side] |= {name.lower() for name in found if name}
        shared = names["a"] & names["b"]
        #: True when one name could mean either occupation (the same title, say).
        self.ambiguous = bool(shared) or not distinct
        self._found: dict[str, list[Mention]] = {}
        self._names = sorted(
            ((name, side) for side in ("a", "b") for name in names[side] - shared),
            key=lambda item: -len(item[0]),
        )

    def names_both(self, text: str) -> bool:
        """Whether ``text`` names both occupations."""
        return {mention.side for mention in self.find(text)} == {"a", "b"}

    def find(self, text: str) -> list[Mention]:
        """The mentions in ``text``, in order; longer names win over names inside them."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self._find(text)
        return found

    def _find(self, text: str) -> list[Mention]:
        folded = text.lower()
        if len(folded) != len(text):  # a character whose lower case is longer: rare
            folded = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
        taken = bytearray(len(text))
        found = []
        for name, side in self._names:
            if name not in folded:  # most names are not in a given sentence: skip cheaply
                continue
            for start, end in whole_word_spans(folded, name):
                if any(taken[start:end]):
                    continue
                taken[start:end] = b"\x01" * (end - start)
                found.append(Mention(side, start, end, text[start:end]))
        found.sort(key=lambda mention: mention.start)
        return found
