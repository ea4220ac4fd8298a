"""The indefinite article, chosen by the sound of the next word rather than its first letter.

- Words: "an umpire", "a university professor", "an hourly manager", "a European", "a one-hour
  photo technician" (the lexicon's ``articles.prefixes`` list the beginnings read against their
  spelling; the longest matching beginning wins).
- Acronyms read letter by letter take the article of their first letter's name: "an HR
  manager", "an LPN", "an FBI agent", "a UX designer"; acronyms read as words are listed
  ("a NASA engineer", "a NICU nurse").
- A single letter before a hyphen is read as a letter: "an X-ray technician", "an A-list".
- Figures are read as words: "an 8th grade teacher", "an 11th grade teacher", "an 18-wheeler
  driver", "a 1-hour class", "a 110-bed hospital".

Example:
    >>> [with_article(w) for w in ("umpire", "hourly manager", "university professor", "LPN")]
    ['an umpire', 'an hourly manager', 'a university professor', 'an LPN']
    >>> [with_article(w) for w in ("8th grade teacher", "11th grade teacher", "one-hour class")]
    ['an 8th grade teacher', 'an 11th grade teacher', 'a one-hour class']
"""

from __future__ import annotations

import functools
import re

from careerprose.english.errors import EnglishError
from careerprose.english.lexicon import Lexicon, default_lexicon

__all__ = ["indefinite_article", "starts_with_vowel_sound", "with_article"]

_LEAD = re.compile(r"^[\(\[\"'“‘]+")
_NUMBER = re.compile(r"[0-9][0-9,]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]*[A-Z0-9]s?|[A-Z]")
_SPLIT = re.compile(r"[-/–]")


def _number_sound(digits: str) -> bool:
    """Whether a whole number read aloud starts with a vowel sound (eight, eleven, eighteen)."""
    grouped = "," in digits
    lead = digits.split(",", 1)[0] if grouped else digits[: (len(digits) - 1) % 3 + 1]
    return lead.startswith("8") or lead in ("11", "18")


@functools.lru_cache(maxsize=16384)
def _vowel_sound(word: str, lexicon: Lexicon) -> bool:
    number = _NUMBER.match(word)
    if number:
        return _number_sound(number.group().rstrip(","))
    first = _SPLIT.split(word, 1)[0] or word
    for candidate in (word, first, word.rstrip("s"), first.rstrip("s")):
        if candidate in lexicon.spoken_acronyms:
            return lexicon.spoken_acronyms[candidate] == "an"
    if len(first) == 1 and first.isalpha() and first != word:
        return first.casefold() in lexicon.vowel_letters  # X-ray, A-list, e-commerce
    if _ACRONYM.fullmatch(first) and not (len(first) == 1 and first == word and first == "A"):
        return first[0].casefold() in lexicon.vowel_letters
    low = word.casefold()
    for length in lexicon.article_prefix_lengths:
        article = lexicon.article_prefixes.get(low[:length]) if len(low) >= length else None
        if article is not None:
            return article == "an"
    return low[:1] in ("a", "e", "i", "o", "u")


def starts_with_vowel_sound(word: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether ``word`` (the first word of a phrase) is read starting with a vowel sound.

    Example:
        >>> starts_with_vowel_sound("hour"), starts_with_vowel_sound("unit")
        (True, False)
        >>> starts_with_vowel_sound("FBI"), starts_with_vowel_sound("UX")
        (True, False)
    """
    if not isinstance(word, str) or not word.strip():
        msg = f"starts_with_vowel_sound: expected a non-empty word, got {word!r}"
        raise EnglishError(msg)
    return _vowel_sound(
        _LEAD.sub("", word.strip().split()[0]) or word.strip(), lexicon or default_lexicon()
    )


def indefinite_article(phrase: str, *, lexicon: Lexicon | None = None) -> str:
    """ "a" or "an" for ``phrase``, by the sound of its first word.

    Example:
        >>> indefinite_article("HR manager"), indefinite_article("UX designer")
        ('an', 'a')
        >>> indefinite_article("X-ray technician"), indefinite_article("European sales manager")
        ('an', 'a')
    """
    if not isinstance(phrase, str) or not phrase.strip():
        msg = f"indefinite_article: expected a non-empty phrase, got {phrase!r}"
        raise EnglishError(msg)
    return "an" if starts_with_vowel_sound(phrase, lexicon=lexicon) else "a"


@functools.lru_cache(maxsize=16384)
def _with_article(phrase: str, lexicon: Lexicon) -> str:
    return f"{indefinite_article(phrase, lexicon=lexicon)} {phrase.strip()}"


def with_article(phrase: str, *, lexicon: Lexicon | None = None) -> str:
    """``phrase`` with "a" or "an" in front.

    Example:
        >>> with_article("RN case manager"), with_article("FBI agent"), with_article("NICU nurse")
        ('an RN case manager', 'an FBI agent', 'a NICU nurse')
    """
    if type(phrase) is not str:
        return f"{indefinite_article(phrase, lexicon=lexicon)} {phrase}"  # raises EnglishError
    return _with_article(phrase, lexicon or default_lexicon())
