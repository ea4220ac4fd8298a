"""The word lists behind the English layer, and how users extend them.

Everything the rules cannot know (acronyms, proper nouns, irregular plurals, words read against
their spelling for a/an, whole titles no rule gets right) lives in data files inside the
package (``careerprose/english/data``), loaded once on first use. A :class:`Lexicon` is
immutable; :meth:`Lexicon.extend` and :func:`load_lexicon` return a new one, so there is no
shared mutable state and two lexicons can be used side by side.

The extension format is one JSON object; every key is optional::

    {
      "titles": {"Physicians, Pathologists": {"singular": "pathologist",
                                              "plural": "pathologists"}},
      "acronyms": ["CPT"],
      "proper_nouns": ["Zendesk", "New York"],
      "irregular": {"passerby": "passersby"},
      "articles": {"prefixes": {"hour": "an"}, "spoken_acronyms": {"NASA": "a"}}
    }

Example:
    >>> from careerprose.english import JobTitle, default_lexicon
    >>> JobTitle("Zendesk Administrator").singular
    'zendesk administrator'
    >>> ours = default_lexicon().extend({"proper_nouns": ["Zendesk"]})
    >>> JobTitle("Zendesk Administrator", lexicon=ours).a
    'a Zendesk administrator'
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from careerprose.english.errors import EnglishError

__all__ = ["Lexicon", "TitleEntry", "default_lexicon", "load_lexicon", "title_key"]

#: The sections a lexicon file may have, each with what it holds.
SECTIONS: Mapping[str, str] = MappingProxyType(
    {
        "titles": "whole titles: {title: {'singular': ..., 'plural': ...}}",
        "short_forms": "later-mention forms: {title: [plural short form, ...]} ('ESL instructors')",
        "occupation_names": "common names of occupations that are no dataset title ('jockeys')",
        "acronyms": "a list of acronyms kept in capitals",
        "ambiguous_acronyms": "a list of acronyms that are also ordinary words ('IT')",
        "proper_nouns": "a list of proper nouns and adjectives kept capitalised",
        "person_nouns": "a list of nouns for people that can head a title",
        "non_person_nouns": "a list of nouns that never head a title",
        "attributive_nouns": "a list of person nouns that are modifiers when first ('senior')",
        "rank_words": "a list of words of rank that may open a long title ('senior')",
        "person_suffixes": "a list of endings of nouns for people ('er')",
        "irregular": "irregular plurals: {singular: plural}",
        "invariant": "a list of nouns whose plural is the singular ('series')",
        "collective": "plural-only heads: {plural: singular phrase} ('police': 'police officer')",
        "postpositive": "head-first phrases: {singular: plural} ('attorney general')",
        "singular_s": "a list of singular words ending in s ('physics')",
        "articles": "a/an: {'prefixes': {beginning: 'a'|'an'}, 'spoken_acronyms': {...}}",
    }
)

_SPACE = re.compile(r"\s+")
_AMPERSAND = re.compile(r"\s*&\s*")


def title_key(text: str) -> str:
    """The form titles are matched in: case folded, white space collapsed, "&" read as "and".

    Example:
        >>> title_key("  Grinding &  Polishing Workers, HAND ")
        'grinding and polishing workers, hand'
    """
    return _SPACE.sub(" ", _AMPERSAND.sub(" and ", text)).strip().casefold()


@attrs.frozen
class TitleEntry:
    """The prose forms of one title from the lexicon (either may be ``None``: then derived)."""

    singular: str | None
    plural: str | None


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@attrs.frozen(eq=False)
class Lexicon:
    """An immutable set of word lists; hashed by identity so results can be cached per lexicon.

    Build one with :func:`default_lexicon`, :func:`load_lexicon` or :meth:`extend`; the
    constructor takes the already-normalised tables and is not meant to be called directly.
    """

    acronyms: Mapping[str, str]
    ambiguous_acronyms: Mapping[str, str]
    proper_nouns: Mapping[str, str]
    proper_phrase_words: int
    person_nouns: frozenset[str]
    non_person_nouns: frozenset[str]
    attributive_nouns: frozenset[str]
    rank_words: frozenset[str]
    person_suffixes: tuple[str, ...]
    irregular: Mapping[str, str]
    irregular_singular: Mapping[str, str]
    invariant: frozenset[str]
    collective: Mapping[str, str]
    postpositive: Mapping[str, str]
    postpositive_singular: Mapping[str, str]
    singular_s: frozenset[str]
    vowel_letters: frozenset[str]
    article_prefixes: Mapping[str, str]
    article_prefix_lengths: tuple[int, ...]
    spoken_acronyms: Mapping[str, str]
    titles: Mapping[str, TitleEntry]
    short_forms: Mapping[str, tuple[str, ...]]
    occupation_names: frozenset[str]
    raw: Mapping[str, Any] = attrs.field(repr=False)

    def extend(self, entries: Mapping[str, Any], *, source: str = "<entries>") -> Lexicon:
        """A new lexicon: this one plus ``entries`` (in the lexicon file format).

        Later entries win: a title or irregular plural given here replaces the built-in one.

        Example:
            >>> from careerprose.english import with_article
            >>> lexicon = default_lexicon().extend({"articles": {"prefixes": {"ursa": "an"}}})
            >>> with_article("Ursa analyst", lexicon=lexicon)
            'an Ursa analyst'
        """
        merged = _merge(self.raw, _validate(entries, source))
        return _build(merged)

    def is_known_title(self, text: str) -> bool:
        """Whether ``text`` has a whole-title entry."""
        return title_key(text) in self.titles


def _fail(source: str, where: str, expected: str, value: object) -> EnglishError:
    return EnglishError(f"{source}: {where}: expected {expected}, got {value!r}")


def _string_list(source: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise _fail(source, key, "a list of non-empty strings", value)
    return list(value)


def _string_map(
    source: str, key: str, value: object, allowed: Iterable[str] = ()
) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(source, key, "an object mapping strings to strings", value)
    result: dict[str, str] = {}
    allowed_values = set(allowed)
    for name, item in value.items():
        if name.startswith("_"):
            continue
        if not isinstance(item, str) or not item or (allowed_values and item not in allowed_values):
            choices = " or ".join(repr(a) for a in sorted(allowed_values)) or "a non-empty string"
            raise _fail(source, f"{key}[{name!r}]", choices, item)
        result[name] = item
    return result


def _validate(entries: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Check a lexicon mapping and return a cleaned copy; unknown keys get a suggestion."""
    if not isinstance(entries, Mapping):
        raise _fail(source, "lexicon", "a JSON object", entries)
    clean: dict[str, Any] = {}
    for key, value in entries.items():
        if key.startswith("_"):
            continue
        if key not in SECTIONS:
            close = difflib.get_close_matches(key, list(SECTIONS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(SECTIONS)}"
            msg = f"{source}: unknown lexicon section {key!r}{hint}"
            raise EnglishError(msg)
        if key == "titles":
            clean[key] = _validate_titles(source, value)
        elif key == "short_forms":
            clean[key] = _validate_short_forms(source, value)
        elif key in ("irregular", "collective", "postpositive"):
            clean[key] = {
                k.casefold(): v.casefold() for k, v in _string_map(source, key, value).items()
            }
        elif key == "articles":
            clean[key] = _validate_articles(source, value)
        else:
            clean[key] = _string_list(source, key, value)
    return clean


def _validate_titles(source: str, value: object) -> dict[str, dict[str, str | None]]:
    if not isinstance(value, dict):
        raise _fail(source, "titles", "an object mapping titles to forms", value)
    result: dict[str, dict[str, str | None]] = {}
    for title, forms in value.items():
        if title.startswith("_"):
            continue
        if not isinstance(forms, dict) or not set(forms) <= {"singular", "plural"} or not forms:
            raise _fail(
                source, f"titles[{title!r}]", "an object with 'singular' and/or 'plural'", forms
            )
        for number, form in forms.items():
            if not isinstance(form, str) or not form.strip():
                raise _fail(source, f"titles[{title!r}][{number!r}]", "a non-empty string", form)
        result[title] = {"singular": forms.get("singular"), "plural": forms.get("plural")}
    return result


def _validate_short_forms(source: str, value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        expected = "an object mapping titles to lists of short forms"
        raise _fail(source, "short_forms", expected, value)
    result: dict[str, list[str]] = {}
    for title, forms in value.items():
        if title.startswith("_"):
            continue
        where = f"short_forms[{title!r}]"
        result[title] = [form.strip() for form in _string_list(source, where, forms)]
    return result


def _validate_articles(source: str, value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(source, "articles", "an object", value)
    result: dict[str, Any] = {}
    for key, item in value.items():
        if key.startswith("_"):
            continue
        if key == "prefixes":
            prefixes = _string_map(source, "articles.prefixes", item, ("a", "an"))
            result[key] = {k.casefold(): v for k, v in prefixes.items()}
        elif key == "spoken_acronyms":
            result[key] = _string_map(source, "articles.spoken_acronyms", item, ("a", "an"))
        elif key == "vowel_sound_letters":
            if not isinstance(item, str) or not item.isalpha():
                raise _fail(source, "articles.vowel_sound_letters", "a string of letters", item)
            result[key] = item.casefold()
        else:
            msg = (
                f"{source}: unknown articles section {key!r}; "
                "known: prefixes, spoken_acronyms, vowel_sound_letters"
            )
            raise EnglishError(msg)
    return result


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = dict(base)
    for key, value in extra.items():
        if isinstance(value, list):
            merged[key] = [*merged.get(key, []), *value]
        elif key == "articles":
            articles = dict(merged.get(key, {}))
            for part, entries in value.items():
                if isinstance(entries, dict):
                    articles[part] = {**articles.get(part, {}), **entries}
                else:
                    articles[part] = entries
            merged[key] = articles
        else:
            merged[key] = {**merged.get(key, {}), **value}
    return merged


def _build(raw: Mapping[str, Any]) -> Lexicon:
    acronyms = {word.casefold(): word for word in raw.get("acronyms", [])}
    ambiguous = {word.casefold(): word for word in raw.get("ambiguous_acronyms", [])}
    proper = {title_key(phrase): phrase for phrase in raw.get("proper_nouns", [])}
    irregular = dict(raw.get("irregular", {}))
    postpositive = dict(raw.get("postpositive", {}))
    articles = raw.get("articles", {})
    prefixes = dict(articles.get("prefixes", {}))
    titles = {
        title_key(title): TitleEntry(forms.get("singular"), forms.get("plural"))
        for title, forms in raw.get("titles", {}).items()
    }
    return Lexicon(
        acronyms=_frozen(acronyms),
        ambiguous_acronyms=_frozen(ambiguous),
        proper_nouns=_frozen(proper),
        proper_phrase_words=max((key.count(" ") + 1 for key in proper), default=1),
        person_nouns=frozenset(word.casefold() for word in raw.get("person_nouns", [])),
        non_person_nouns=frozenset(word.casefold() for word in raw.get("non_person_nouns", [])),
        attributive_nouns=frozenset(word.casefold() for word in raw.get("attributive_nouns", [])),
        rank_words=frozenset(word.casefold() for word in raw.get("rank_words", [])),
        person_suffixes=tuple(
            sorted({s.casefold() for s in raw.get("person_suffixes", [])}, key=len, reverse=True)
        ),
        irregular=_frozen(irregular),
        irregular_singular=_frozen({plural: singular for singular, plural in irregular.items()}),
        invariant=frozenset(word.casefold() for word in raw.get("invariant", [])),
        collective=_frozen(raw.get("collective", {})),
        postpositive=_frozen(postpositive),
        postpositive_singular=_frozen({p: s for s, p in postpositive.items()}),
        singular_s=frozenset(word.casefold() for word in raw.get("singular_s", [])),
        vowel_letters=frozenset(articles.get("vowel_sound_letters", "aefhilmnorsx")),
        article_prefixes=_frozen(prefixes),
        article_prefix_lengths=tuple(sorted({len(p) for p in prefixes}, reverse=True)),
        spoken_acronyms=_frozen(dict(articles.get("spoken_acronyms", {}))),
        titles=_frozen(titles),
        short_forms=_frozen(
            {title_key(title): tuple(forms) for title, forms in raw.get("short_forms", {}).items()}
        ),
        occupation_names=frozenset(title_key(name) for name in raw.get("occupation_names", [])),
        raw=_frozen(raw),
    )


def _read_list(name: str) -> list[str]:
    text = resources.files("careerprose.english").joinpath("data").joinpath(name).read_text("utf-8")
    words = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            words.append(entry)
    return words


def _read_json(name: str) -> Any:
    text = resources.files("careerprose.english").joinpath("data").joinpath(name).read_text("utf-8")
    return json.loads(text)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The built-in lexicon, read from the package's data files once.

    Example:
        >>> lexicon = default_lexicon()
        >>> lexicon.acronyms["hr"], lexicon.irregular["passerby"]
        ('HR', 'passersby')
        >>> lexicon is default_lexicon()
        True
    """
    nouns = _read_json("nouns.json")
    raw = {
        "acronyms": _read_list("acronyms.txt"),
        "ambiguous_acronyms": _read_list("ambiguous_acronyms.txt"),
        "proper_nouns": _read_list("proper_nouns.txt"),
        "person_nouns": _read_list("person_nouns.txt"),
        "non_person_nouns": _read_list("non_person_nouns.txt"),
        "attributive_nouns": _read_list("attributive_nouns.txt"),
        "rank_words": _read_list("rank_words.txt"),
        "person_suffixes": _read_list("person_suffixes.txt"),
        "irregular": nouns["irregular"],
        "invariant": nouns["invariant"],
        "collective": nouns["collective"],
        "postpositive": nouns["postpositive"],
        "singular_s": nouns["singular_s"],
        "articles": _read_json("articles.json"),
        "titles": _read_json("titles.json"),
        "short_forms": _read_json("short_forms.json"),
        "occupation_names": _read_list("occupation_names.txt"),
    }
    return _build(_validate(raw, "careerprose/english/data"))


def load_lexicon(path: str | PathLike[str], *, base: Lexicon | None = None) -> Lexicon:
    """Read a lexicon extension file (JSON) and return ``base`` (default: built-in) plus it.

    Errors name the file and the entry: a missing file, bad JSON, an unknown section (with a
    "did you mean" suggestion) or an entry of the wrong shape all raise :class:`EnglishError`.

    Example:
        >>> import json, tempfile, os
        >>> from careerprose.english import JobTitle
        >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        ...     json.dump({"titles": {"Rockstar Ninja": {"singular": "software developer"}}}, f)
        >>> lexicon = load_lexicon(f.name)
        >>> JobTitle("Rockstar Ninja", lexicon=lexicon).plural
        'software developers'
        >>> os.unlink(f.name)
    """
    file = Path(path)
    try:
        text = file.read_text("utf-8")
    except OSError as err:
        msg = f"cannot read lexicon file {str(file)!r}: {err.strerror or err}"
        raise EnglishError(msg) from err
    try:
        entries = json.loads(text)
    except json.JSONDecodeError as err:
        msg = f"{file}: not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        raise EnglishError(msg) from err
    return (base or default_lexicon()).extend(entries, source=str(file))
