"""Singular and plural of single nouns, whether a noun names a person, and possessives.

Works on one word at a time (a job title's head noun); :class:`careerprose.english.JobTitle`
decides which word of a title is the head. Words arrive in prose case: lower case except
acronyms ("RN") and proper nouns, whose case is kept. inflect is imported on first use and its
engine is never given a count (``num()``), so every result depends on the word alone.

Example:
    >>> pluralize("analyst"), singularize("actuaries"), pluralize("RN"), singularize("CEOs")
    ('analysts', 'actuary', 'RNs', 'CEO')
    >>> pluralize("editor-in-chief"), pluralize("sergeant-at-arms"), pluralize("passerby")
    ('editors-in-chief', 'sergeants-at-arms', 'passersby')
    >>> is_plural("systems"), is_plural("boss"), is_plural("physics"), is_plural("women")
    (True, False, False, True)
    >>> possessive("collections specialists"), possessive("boss"), possessive("chiefs of staff")
    ("collections specialists'", "boss's", "chiefs of staff's")
"""

from __future__ import annotations

import functools
import re
from typing import Any

from careerprose.english.errors import EnglishError
from careerprose.english.lexicon import Lexicon, default_lexicon

__all__ = [
    "is_person_noun",
    "is_plural",
    "pluralize",
    "possessive",
    "singularize",
]

#: Prepositions that make the first part of a hyphenated compound its head: editor-in-chief.
_COMPOUND_PREPOSITIONS = frozenset({"in", "at", "of", "on", "to", "for", "from", "under"})
#: Particles after an agent noun: passer-by, runner-up, hanger-on.
_PARTICLES = frozenset({"by", "up", "on", "in", "out", "off"})
_ACRONYM = re.compile(r"[A-Z0-9&][A-Z0-9&.]*")
_ACRONYM_PLURAL = re.compile(r"([A-Z0-9&][A-Z0-9&.]*[A-Z0-9])s")
_SINGULAR_ENDINGS = ("ss", "us", "is", "'s", "’s", "ics")


@functools.lru_cache(maxsize=1)
def _engine() -> Any:
    """inflect's engine, created on first use; only ever asked about single words."""
    import inflect

    return inflect.engine()


@functools.lru_cache(maxsize=16384)
def _inflect_plural(word: str) -> str:
    result = _engine().plural_noun(word)
    return result if isinstance(result, str) and result else word


@functools.lru_cache(maxsize=16384)
def _inflect_singular(word: str) -> str | None:
    result = _engine().singular_noun(word)  # False when inflect takes the word to be singular
    return result if isinstance(result, str) and result and result != word else None


def _check(word: object, what: str) -> str:
    if not isinstance(word, str) or not word.strip():
        msg = f"{what}: expected a non-empty word, got {word!r}"
        raise EnglishError(msg)
    return word.strip()


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isalpha() for c in word) >= 1 and len(word) > 1


def _is_mixed(word: str) -> bool:
    """Capitals inside a part ("PhD", "DevOps"), not just Title Case parts ("Editor-in-Chief")."""
    return any(any(c.isupper() for c in part[1:]) for part in re.split(r"[-/]", word))


def _acronym_plural(word: str, lexicon: Lexicon) -> str | None:
    """The singular of a plural acronym ("RNs" → "RN", "PhDs" → "PhD"), else ``None``."""
    match = _ACRONYM_PLURAL.fullmatch(word)
    if match:
        return match.group(1)
    if word.endswith("s") and _is_mixed(word) and lexicon.acronyms.get(word.casefold()) != word:
        base = word[:-1]
        if lexicon.acronyms.get(base.casefold()) == base:
            return base
    return None


def _recase(result: str, original: str) -> str:
    """Give ``result`` the capitalisation of ``original`` (lower, Capitalised or kept)."""
    if original.islower() or not original[:1].isupper():
        return result
    if original[1:].islower() or len(original) == 1:
        return result[:1].upper() + result[1:]
    return result


def _split_compound(word: str) -> tuple[list[str], int] | None:
    """Hyphenated compounds: the parts and the index of the part that inflects."""
    if "-" not in word:
        return None
    parts = word.split("-")
    lowered = [part.lower() for part in parts]
    if len(parts) >= 3 and lowered[1] in _COMPOUND_PREPOSITIONS:
        return parts, 0
    if len(parts) == 2 and lowered[1] in _PARTICLES and lowered[0].endswith("er"):
        return parts, 0
    return parts, len(parts) - 1


@functools.lru_cache(maxsize=16384)
def _plural(word: str, lexicon: Lexicon) -> str:
    low = word.lower()
    if low in lexicon.irregular:
        return _recase(lexicon.irregular[low], word)
    if _is_acronym(word) or _is_mixed(word):
        return word + "s"
    if low in lexicon.invariant or low in lexicon.collective:
        return word
    if "/" in word:
        return "/".join(_plural(part, lexicon) if part else part for part in word.split("/"))
    compound = _split_compound(word)
    if compound is not None:
        parts, head = compound
        parts[head] = _plural(parts[head], lexicon)
        return "-".join(parts)
    return _recase(_inflect_plural(low), word)


@functools.lru_cache(maxsize=16384)
def _is_plural(word: str, lexicon: Lexicon) -> bool:
    if _acronym_plural(word, lexicon) is not None:
        return True
    if _is_acronym(word) or _is_mixed(word):
        return False
    low = word.lower()
    if low in lexicon.irregular_singular and low not in lexicon.irregular:
        return True
    if low in lexicon.irregular or low in lexicon.invariant or low in lexicon.singular_s:
        return False
    if low in lexicon.collective:
        return True
    if "/" in word:
        last = word.rstrip("/").rsplit("/", 1)[-1]
        return bool(last) and _is_plural(last, lexicon)
    compound = _split_compound(word)
    if compound is not None:
        parts, head = compound
        return _is_plural(parts[head], lexicon) if parts[head] else False
    if low.endswith(_SINGULAR_ENDINGS) and low not in lexicon.irregular_singular:
        return low.endswith("ics") and _inflect_singular(low) is not None
    return _inflect_singular(low) is not None


@functools.lru_cache(maxsize=16384)
def _singular(word: str, lexicon: Lexicon) -> str:
    acronym = _acronym_plural(word, lexicon)
    if acronym is not None:
        return acronym
    if not _is_plural(word, lexicon):
        return word
    low = word.lower()
    if low in lexicon.irregular_singular:
        return _recase(lexicon.irregular_singular[low], word)
    if low in lexicon.collective:
        return lexicon.collective[low]
    if "/" in word:
        return "/".join(_singular(part, lexicon) if part else part for part in word.split("/"))
    compound = _split_compound(word)
    if compound is not None:
        parts, head = compound
        parts[head] = _singular(parts[head], lexicon)
        return "-".join(parts)
    return _recase(_inflect_singular(low) or low, word)


def pluralize(noun: str, *, lexicon: Lexicon | None = None) -> str:
    """The plural of one noun (possibly hyphenated, slashed or an acronym).

    Example:
        >>> pluralize("attorney"), pluralize("staff"), pluralize("developer/designer")
        ('attorneys', 'staff', 'developers/designers')
        >>> pluralize("Company")  # inflect alone says "Companys" for a capitalised word
        'Companies'
    """
    return _plural(_check(noun, "pluralize"), lexicon or default_lexicon())


def singularize(noun: str, *, lexicon: Lexicon | None = None) -> str:
    """The singular of one noun; a noun that is already singular comes back unchanged.

    Plural-only collectives become a phrase ("police" → "police officer").

    Example:
        >>> singularize("analysts"), singularize("analyst"), singularize("boss")
        ('analyst', 'analyst', 'boss')
        >>> singularize("editors-in-chief"), singularize("police")
        ('editor-in-chief', 'police officer')
    """
    return _singular(_check(noun, "singularize"), lexicon or default_lexicon())


def is_plural(noun: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether one noun is plural. Invariant nouns ("series", "sales") count as singular.

    Example:
        >>> is_plural("analysts"), is_plural("status"), is_plural("RNs"), is_plural("police")
        (True, False, True, True)
    """
    return _is_plural(_check(noun, "is_plural"), lexicon or default_lexicon())


@functools.lru_cache(maxsize=16384)
def _is_person(word: str, lexicon: Lexicon) -> bool:
    low = _singular(word, lexicon).lower()
    if low in lexicon.non_person_nouns or word.lower() in lexicon.non_person_nouns:
        return False
    if low in lexicon.person_nouns or word.lower() in lexicon.collective:
        return True
    if "/" in low:
        return any(_is_person(part, lexicon) for part in low.split("/") if part)
    compound = _split_compound(low)
    if compound is not None:
        parts, head = compound
        return bool(parts[head]) and _is_person(parts[head], lexicon)
    if low.endswith("ment"):  # management, equipment, amusement: never people
        return False
    return any(
        low.endswith(suffix) and (len(low) - len(suffix) >= 3 or (low == suffix and len(low) >= 4))
        for suffix in lexicon.person_suffixes
    )


def is_person_noun(noun: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether a noun (either number) names a person, so that it can head a job title.

    Decided by the lexicon's person and non-person lists, then by endings ("-er", "-ist").

    Example:
        >>> is_person_noun("collectors"), is_person_noun("computer"), is_person_noun("chefs")
        (True, False, True)
        >>> is_person_noun("benefits"), is_person_noun("RN")
        (False, True)
    """
    return _is_person(_check(noun, "is_person_noun"), lexicon or default_lexicon())


def possessive(noun_phrase: str, *, lexicon: Lexicon | None = None) -> str:
    """The possessive of a noun phrase, on its last word (the group genitive).

    A last word that is a plural ending in "s" takes an apostrophe alone; everything else takes
    "'s", including singular words ending in "s" ("boss's", Chicago style).

    Example:
        >>> possessive("registered nurse"), possessive("registered nurses"), possessive("police")
        ("registered nurse's", "registered nurses'", "police's")
        >>> possessive("analyst II"), possessive("waitress")
        ("analyst II's", "waitress's")
    """
    phrase = _check(noun_phrase, "possessive")
    last = phrase.rsplit(" ", 1)[-1]
    word = last.strip("()[]\"'")
    if (
        word
        and word.endswith("s")
        and word[:1].isalnum()
        and _is_plural(word, lexicon or default_lexicon())
    ):
        return phrase + "'"
    return phrase + "'s"
