"""Finding occupations by name or SOC code: matching keys, lookup, search and suggestions.

Titles are matched on a *key*: case-folded words, punctuation dropped, "&" read as "and", and
every word reduced to a singular-looking stem, so "registered nurse", "Registered Nurses" and
"REGISTERED-NURSES" share one key. The stem only has to be the same for a word's singular and
plural (``"coaches"`` and ``"coach"`` both give ``"coach"``); it need not be good English, so
this stays self-contained rather than borrowing the English layer's display forms.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence

import attrs

from careerprose.errors import UnknownOccupationError
from careerprose.records.model import Occupation

__all__ = ["NameIndex", "code_key", "code_lookup_key", "name_key", "word_stem"]

_WORD = re.compile(r"[0-9a-z]+")
_CODE = re.compile(r"(\d{2})-?(\d{4})(?:\.00)?")
_CODE_PREFIX = re.compile(r"\d{2}(?:-\d{0,4}|\d{1,4})?")
_IRREGULAR = {"men": "man", "women": "woman", "people": "person", "children": "child"}
_KEEP_S = ("ss", "us", "is")
_ES_ENDINGS = ("sses", "ches", "shes", "xes", "zzes")
_RESIDUAL = "all other"
_MAX_SUGGESTIONS = 4


def word_stem(word: str) -> str:
    """One lower-case word reduced so its singular and plural agree ("secretaries" -> "secretary").

    >>> [word_stem(w) for w in ("nurses", "nurse", "actuaries", "coaches", "waitresses", "men")]
    ['nurse', 'nurse', 'actuary', 'coach', 'waitress', 'man']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(_ES_ENDINGS):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text).replace("'", "")
    return [word_stem(word) for word in _WORD.findall(text)]


def name_key(text: str) -> str:
    """The matching key of a title: "Registered Nurses" and "registered nurse" give the same.

    >>> name_key("Police and Sheriff's Patrol Officers")
    'police and sheriff patrol officer'
    >>> name_key("police & sheriffs patrol-officer")
    'police and sheriff patrol officer'
    """
    return " ".join(_words(text))


def code_key(text: str) -> str | None:
    """The SOC code in ``text`` as "NN-NNNN" ("433011", "43-3011.00" too), else None.

    >>> code_key("433011"), code_key(" 43-3011 "), code_key("Nurse")
    ('43-3011', '43-3011', None)
    """
    match = _CODE.fullmatch(text.strip())
    return f"{match[1]}-{match[2]}" if match else None


def code_lookup_key(code: str) -> str:
    """How a code is matched: SOC codes in "NN-NNNN" form, the data's own codes by case-folding.

    >>> code_lookup_key("291141"), code_lookup_key(" X-018 ")
    ('29-1141', 'x-018')
    """
    return code_key(code) or code.strip().casefold()


def _is_code_prefix(text: str) -> bool:
    return bool(_CODE_PREFIX.fullmatch(text))


def _code_prefix(text: str) -> str:
    """The dashed form of a partial SOC code: "2911" or "29-11" -> "29-11"."""
    digits = text.replace("-", "")
    return digits[:2] + ("-" + digits[2:] if len(digits) > 2 or "-" in text else "")


def is_residual(occupation: Occupation) -> bool:
    """Whether ``occupation`` is a residual "All Other" category (listed, but ranked last)."""
    return _is_residual_title(occupation.title)


def _is_residual_title(title: str) -> bool:
    return title.casefold().endswith(_RESIDUAL)


@attrs.frozen
class Names:
    """What the index needs of an occupation: its title, plural override and code."""

    title: str
    plural: str | None
    code: str | None

    @classmethod
    def of(cls, occupation: Occupation) -> Names:
        return cls(occupation.title, occupation.plural, occupation.code)


class NameIndex:
    """Every occupation under its code and the keys of its titles; built once, read-only.

    ``occupations`` may build its items on access (the built-in dataset does): the index reads
    ``names`` (one per occupation, in the same order) when given, and only touches the
    occupations it returns.
    """

    def __init__(
        self,
        occupations: Sequence[Occupation],
        *,
        where: str = "the built-in dataset",
        names: Sequence[Names] | None = None,
    ) -> None:
        self.where = where
        self._occupations = occupations
        self._names = tuple(names) if names is not None else tuple(map(Names.of, occupations))
        self._by_code: dict[str, int] = {}
        self._by_key: dict[str, int] = {}
        self._words: list[tuple[str, ...]] = []
        self._written: dict[str, int] | None = None
        for position, entry in enumerate(self._names):
            if entry.code is not None:
                self._by_code[code_lookup_key(entry.code)] = position
            for form in {entry.title, entry.plural or entry.title}:
                key = name_key(form)
                other = self._by_key.setdefault(key, position)
                if other != position:
                    first = self._names[other].title
                    msg = f"{first!r} and {entry.title!r} share the name key {key!r}"
                    raise ValueError(msg)
            self._words.append(tuple(_words(entry.title)))

    @property
    def names(self) -> tuple[Names, ...]:
        """Title, plural and code of every occupation, in order, without building records."""
        return self._names

    def keys(self) -> list[str]:
        """Every matching key, for tests and suggestion lists."""
        return list(self._by_key)

    def get(self, name: str) -> Occupation:
        """The occupation whose title (any case, singular or plural) or code is ``name``.

        Codes are SOC codes ("29-1141", "291141") or the data's own ("X-018", any case).
        """
        found = self._find(name)
        if found is None:
            raise UnknownOccupationError(name, self.suggest(name), where=self.where)
        return self._occupations[found]

    def find(self, name: str) -> Occupation | None:
        """Like :meth:`get`, but None when nothing matches (no suggestions are computed)."""
        found = self._find(name)
        return None if found is None else self._occupations[found]

    def _find(self, name: str) -> int | None:
        code = code_key(name)
        if code:
            return self._by_code.get(code)
        # a title, or the data's own code ("X-018")
        key = name_key(name)
        found = self._by_key.get(key)
        if found is None:
            found = self._by_code.get(code_lookup_key(name))
        if found is None:
            found = self._by_written_key().get(key)
        return found

    def _by_written_key(self) -> dict[str, int]:
        """The keys of each title as articles write it ("Postsecondary Education
        Administrator" for "Education Administrators, Postsecondary"; "Mortician, Undertaker,
        or Funeral Arranger"), so a name read back from an article's heading or table is
        found. Built on the first lookup that needs it: it inflects every title (a few tenths
        of a second for the built-in dataset)."""
        if self._written is None:
            from careerprose.english.titles import JobTitle

            written: dict[str, int] = {}
            ambiguous: set[str] = set()
            for position, entry in enumerate(self._names):
                forms = JobTitle(entry.title, plural=entry.plural).forms
                for form in {forms.display, forms.display_plural}:
                    key = name_key(form)
                    if key in self._by_key:
                        continue  # a title's own key wins
                    if written.setdefault(key, position) != position:
                        ambiguous.add(key)  # two occupations written alike: neither
            self._written = {key: at for key, at in written.items() if key not in ambiguous}
        return self._written

    def search(self, query: str, *, limit: int | None = None) -> list[Occupation]:
        """Occupations matching every word of ``query`` (a word may be a prefix), best first.

        A query of digits searches SOC codes ("29-11" lists the 29-11xx occupations); an empty
        query lists everything, and a query with no word or digit in it ("!!", "\\xff") matches
        nothing. Best first means: the exact title, titles starting with the
        query, then the rest, with "All Other" categories after specific ones, shorter titles
        before longer, then by code.
        """
        return [self._occupations[position] for position in self._positions(query, limit)]

    def _positions(self, query: str, limit: int | None) -> list[int]:
        text = query.strip()
        if not text:
            found = list(range(len(self._names)))
        elif not _words(text):
            found = []
        elif _is_code_prefix(text):
            prefix = _code_prefix(text)
            found = [i for i, e in enumerate(self._names) if (e.code or "").startswith(prefix)]
        else:
            wanted = _words(text)
            key = " ".join(wanted)
            scored = []
            for position, words in enumerate(self._words):
                if all(any(word.startswith(w) for word in words) for w in wanted):
                    title_key = " ".join(words)
                    rank = 0 if title_key == key else 1 if title_key.startswith(key) else 2
                    residual = _is_residual_title(self._names[position].title)
                    scored.append(((rank > 0, residual, rank, len(words), position), position))
            scored.sort(key=lambda item: item[0])
            found = [position for _, position in scored]
        return found[:limit] if limit is not None else found

    def suggest(self, name: str) -> list[str]:
        """Titles to offer for an unknown ``name``: search hits, then close spellings."""
        code = code_key(name)
        if code is not None:  # the nearest codes in the same SOC group
            return [self._names[i].title for i in self._near_codes(code)[:_MAX_SUGGESTIONS]]
        titles = [self._names[i].title for i in self._positions(name, _MAX_SUGGESTIONS)]
        close = difflib.get_close_matches(name_key(name), self.keys(), n=_MAX_SUGGESTIONS)
        for key in close:
            title = self._names[self._by_key[key]].title
            if title not in titles:
                titles.append(title)
        return titles[:_MAX_SUGGESTIONS]

    def _near_codes(self, code: str) -> list[int]:
        """Positions of codes sharing the longest possible prefix with ``code``, nearest first."""
        target = int(code.replace("-", ""))

        def distance(position: int) -> int:
            code = code_key(self._names[position].code or "")  # None for the data's own codes
            return abs(int(code.replace("-", "")) - target) if code else target

        for prefix in (code[:6], code[:5], code[:4]):
            near = self._positions(prefix, None)
            if near:
                return sorted(near, key=distance)
        return []
