"""Job titles: :class:`JobTitle` turns a title as people and data sources write it into prose.

A title comes singular ("Collections Specialist") or plural ("Bill and Account Collectors", as
BLS and O*NET write them); :class:`JobTitle` detects which and inflects only the head noun, so
"Computer Systems Analysts" becomes "computer systems analyst", never "system". How each kind
of title reads (the decisions are documented in ``docs/english.md``):

- **Inverted official titles** put the qualifier in front: "Cooks, Restaurant" → "restaurant
  cook"; "Psychology Teachers, Postsecondary" → "postsecondary psychology teacher".
- **Coordinated titles** stay grammatical: the plural keeps "and", the singular names one job
  with "or" ("Claims Adjusters, Examiners, and Investigators" → "a claims adjuster, examiner, or
  investigator"); coordinated modifiers share one head ("Bill and Account Collectors" → "a bill
  and account collector").
- **", Except …" and ", Including …"** are classification notes and are dropped from prose
  ("Preschool Teachers, Except Special Education" → "preschool teacher").
- **", All Other"** marks a residual category and is kept, in brackets: "Managers, All Other" →
  "manager (all other)", so the prose never passes it off as the whole occupation.
- **"Helpers--X"** reads "X helper" for a one-word X ("carpenter helper") and "helper to X"
  otherwise ("helper to extraction workers").
- **Postmodifiers** stay after the head: "chiefs of staff", "editors-in-chief", "attorneys
  general", "analysts II", "nurses (RNs)"; a trailing " - ICU" moves in front ("ICU nurse").
- **Casing** is prose case (:func:`careerprose.english.prose_case`): "an HR manager", "a
  European sales manager"; ``display`` is Title Case for headings and tables.

Whole titles no rule gets right live in the lexicon (``data/titles.json``), which users can
extend (:func:`careerprose.english.load_lexicon`); a record's own ``plural`` always wins.

Example:
    >>> t = JobTitle("Computer Systems Analysts")
    >>> t.singular, t.plural
    ('computer systems analyst', 'computer systems analysts')
    >>> t.a, t.display
    ('a computer systems analyst', 'Computer Systems Analyst')
    >>> JobTitle("Cooks, Restaurant").a
    'a restaurant cook'
    >>> JobTitle("Claims Adjusters, Examiners, and Investigators").a
    'a claims adjuster, examiner, or investigator'
    >>> JobTitle("Chief of Staff").plural, JobTitle("Editor-in-Chief").plural
    ('chiefs of staff', 'editors-in-chief')
    >>> JobTitle("Senior Patient Account Representative").plural_possessive
    "senior patient account representatives'"
"""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

import attrs

from careerprose.english.casing import prose_case, title_case
from careerprose.english.determiners import with_article
from careerprose.english.errors import EnglishError
from careerprose.english.inflection import (
    _is_person,
    _is_plural,
    _plural,
    _singular,
    possessive,
)
from careerprose.english.lexicon import Lexicon, default_lexicon, title_key

__all__ = ["JobTitle", "TitleForms", "title_forms"]

Number = Literal["singular", "plural"]

_SPACE = re.compile(r"\s+")
_AMPERSAND = re.compile(r"\s*&\s*")
_PAREN = re.compile(r"\s*(\([^()]*\))$")
_LEVEL = re.compile(r"\s+([IVX]{1,4}|\d{1,2})$")
_DASH = re.compile(r"\s+[-–—]\s+")
_HELPER = re.compile(r"^(?P<head>[^\s,]+?)\s*(?:--|—)\s*(?P<rest>\S.*)$")
_PREPOSITION = re.compile(r"\s(of|for|to|in|at|on)\s")
_SEPARATOR = re.compile(r"(,\s+(?:and|or)\s+|,\s+|\s+(?:and|or)\s+|\s+/\s+)")
_TAIL_NOTE = re.compile(r"(?:except|including)\b", re.IGNORECASE)
_ALL_OTHER = re.compile(r"all other\b", re.IGNORECASE)
_CONJUNCTION_START = re.compile(r"(?:and|or)\s", re.IGNORECASE)
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9]s")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9]")


@attrs.frozen
class TitleForms:
    """Every prose form of one title, computed once per title and cached.

    Attributes:
        singular: "computer systems analyst".
        plural: "computer systems analysts".
        a: the singular with its indefinite article, "a computer systems analyst".
        possessive: "computer systems analyst's".
        plural_possessive: "computer systems analysts'".
        display: the singular in Title Case, for headings and tables.
        display_plural: the plural in Title Case.
        number: whether the title was given in the singular or the plural.
    """

    singular: str
    plural: str
    a: str
    possessive: str
    plural_possessive: str
    display: str
    display_plural: str
    number: Number


@attrs.frozen
class _Phrase:
    singular: str
    plural: str
    number: Number
    simple: bool = False  # one word, no coordination: "carpenter"


def _last_word(text: str) -> str:
    return text.rsplit(" ", 1)[-1].strip(",;:")


def _split_top(text: str) -> list[str]:
    """Split on commas outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def _person(word: str, lexicon: Lexicon) -> bool:
    return bool(word) and _is_person(word, lexicon)


def _separator_kind(separator: str) -> str:
    bare = separator.strip(" ,")
    if bare == "/":
        return "or"
    return bare or ","


def _to_or(separator: str) -> str:
    return separator.replace("and", "or") if _separator_kind(separator) == "and" else separator


def _to_and(separator: str) -> str:
    return (
        separator.replace("or", "and")
        if _separator_kind(separator) == "or" and "/" not in separator
        else separator
    )


def _inflect_conjunct(conjunct: str, to_plural: bool, lexicon: Lexicon) -> str:
    words = conjunct.split(" ")
    table = lexicon.postpositive if to_plural else lexicon.postpositive_singular
    for size in (3, 2):
        if len(words) >= size:
            tail = " ".join(words[-size:]).lower()
            if tail in table:
                return " ".join([*words[:-size], table[tail]])
    last = words[-1]
    words[-1] = _plural(last, lexicon) if to_plural else _singular(last, lexicon)
    return " ".join(words)


def _final_is_plural(conjunct: str, lexicon: Lexicon) -> bool:
    words = conjunct.split(" ")
    for size in (3, 2):
        if len(words) >= size:
            tail = " ".join(words[-size:]).lower()
            if tail in lexicon.postpositive_singular:
                return True
            if tail in lexicon.postpositive:
                return False
    return _is_plural(words[-1], lexicon)


def _noun_phrase(text: str, lexicon: Lexicon) -> _Phrase:
    """Singular and plural of a (possibly coordinated) noun phrase with no commas to invert."""
    pieces = _SEPARATOR.split(text)
    conjuncts, separators = pieces[0::2], pieces[1::2]
    count = len(conjuncts)
    plural = _final_is_plural(conjuncts[-1], lexicon)
    lasts = [_last_word(c) for c in conjuncts]
    heads = [False] * count
    heads[-1] = True
    kinds = [_separator_kind(s) for s in separators]
    for i in range(count - 1):
        word = lasts[i]
        if plural:
            heads[i] = (
                _is_plural(word, lexicon)
                and _person(word, lexicon)
                and word.lower() not in lexicon.collective
            )
            continue
        if _is_plural(word, lexicon) or not _person(word, lexicon):
            continue
        # The coordinator of the list this separator belongs to: ", " takes the next ", and" /
        # ", or" (a bare "and" after it is an inner coordination: "news and street vendor"),
        # or failing that the next bare one (no serial comma: "hotel, motel and resort").
        j = i
        if kinds[i] == ",":
            later = [k for k in range(i + 1, count - 1) if separators[k].startswith(",")]
            later = [k for k in later if kinds[k] != ","]
            if later:
                j = later[0]
            else:
                while j < count - 1 and kinds[j] == ",":
                    j += 1
        kind = kinds[j] if j < count - 1 else "and"
        if kind == "or":
            heads[i] = True
            continue
        start = i
        while start > 0 and kinds[start - 1] == ",":
            start -= 1
        final = min(j + 1, count - 1)  # the member after the "and"
        heads[i] = all(
            _person(lasts[m], lexicon)
            and (m == final or lasts[m].lower() not in lexicon.attributive_nouns)
            for m in range(start, final + 1)
        )
    singular_parts: list[str] = []
    plural_parts: list[str] = []
    for i, conjunct in enumerate(conjuncts):
        if heads[i]:
            if plural:
                singular_parts.append(_inflect_conjunct(conjunct, False, lexicon))
                plural_parts.append(conjunct)
            else:
                singular_parts.append(conjunct)
                plural_parts.append(_inflect_conjunct(conjunct, True, lexicon))
        else:
            singular_parts.append(conjunct)
            plural_parts.append(conjunct)
        if i < count - 1:
            separator = separators[i]
            if heads[i]:
                singular_parts.append(_to_or(separator) if plural else separator)
                plural_parts.append(separator if plural else _to_and(separator))
            else:
                singular_parts.append(separator)
                plural_parts.append(separator)
    return _Phrase(
        singular="".join(singular_parts),
        plural="".join(plural_parts),
        number="plural" if plural else "singular",
        simple=count == 1 and " " not in text.strip(),
    )


def _closed(segment: str, lexicon: Lexicon) -> bool:
    """Whether a comma-separated segment ends in a noun that can head the title."""
    return _person(_last_word(segment), lexicon)


def _split_complement(segments: list[str], lexicon: Lexicon) -> tuple[list[str], str]:
    """Split off a prepositional complement: "chief | of staff", "pilots | of water vessels"."""
    for index, segment in enumerate(segments):
        for match in _PREPOSITION.finditer(segment):
            before = segment[: match.start()]
            if before and _person(_last_word(before), lexicon):
                rest = ", ".join([segment[match.start() :].strip(), *segments[index + 1 :]])
                return [*segments[:index], before], " " + rest
    return segments, ""


def _adjust_paren(paren: str, to_plural: bool, lexicon: Lexicon) -> str:
    inner = paren[1:-1]
    if to_plural and _ACRONYM.fullmatch(inner):
        return f"({inner}s)"
    if not to_plural and _ACRONYM_PLURAL.fullmatch(inner):
        return f"({_singular(inner, lexicon)})"
    return paren


def _analyse(text: str, lexicon: Lexicon) -> _Phrase:
    """The forms of a prose-cased, normalised title (no lexicon lookup)."""
    rest = text
    paren = ""
    match = _PAREN.search(rest)
    if match and match.start() > 0:
        paren, rest = match.group(1), rest[: match.start()]
    level = ""
    match = _LEVEL.search(rest)
    if match and match.start() > 0:
        level, rest = " " + match.group(1), rest[: match.start()]
    prefixes: list[str] = []
    dashed = _DASH.split(rest)
    if len(dashed) > 1 and all(dashed):
        rest, prefixes = dashed[0], [part.strip() for part in dashed[1:]]

    segments: list[str] = []
    residual = ""
    skipping = False
    for segment in _split_top(rest):
        if _ALL_OTHER.match(segment):
            residual, skipping = f" ({segment.lower()})", False
        elif _TAIL_NOTE.match(segment):
            skipping = True
        elif not skipping:
            segments.append(segment)
    if not segments:  # nothing but notes: leave the text as it is
        return _Phrase(text, text, "singular")

    helper = _HELPER.match(segments[0])
    if helper and _person(helper.group("head"), lexicon):
        head = helper.group("head")
        inner = _analyse(", ".join([helper.group("rest"), *segments[1:]]), lexicon)
        head_plural = _is_plural(head, lexicon)
        head_singular = _singular(head, lexicon) if head_plural else head
        head_plural_form = head if head_plural else _plural(head, lexicon)
        if inner.simple:
            core = _Phrase(
                f"{inner.singular} {head_singular}",
                f"{inner.singular} {head_plural_form}",
                "plural" if head_plural else "singular",
            )
        else:
            core = _Phrase(
                f"{head_singular} to {inner.plural}",
                f"{head_plural_form} to {inner.plural}",
                "plural" if head_plural else "singular",
            )
        tail = residual + level
        singular_tail = tail + (" " + _adjust_paren(paren, False, lexicon) if paren else "")
        plural_tail = tail + (" " + _adjust_paren(paren, True, lexicon) if paren else "")
        return _Phrase(core.singular + singular_tail, core.plural + plural_tail, core.number)

    segments, complement = _split_complement(segments, lexicon)
    if not segments:
        return _Phrase(text, text, "singular")
    # The main noun phrase runs until a segment ends in a head noun ("Laborers and Freight,
    # Stock, and Material Movers"); later segments either continue a coordination ("Examiners,
    # and Investigators") or are inverted qualifiers ("Restaurant", "Nursery, and Greenhouse").
    end = 0
    while end < len(segments) - 1 and not _closed(segments[end], lexicon):
        end += 1
    main = segments[: end + 1]
    qualifiers: list[str] = []
    run: list[str] = []
    for segment in segments[end + 1 :]:
        run.append(segment)
        if _CONJUNCTION_START.match(segment):
            bare = [_CONJUNCTION_START.sub("", part, count=1) for part in run]
            if all(_closed(part, lexicon) for part in bare):
                main.extend(run)
            else:
                qualifiers.append(", ".join(run))
            run = []
    qualifiers.extend(run)
    phrase = _noun_phrase(", ".join(main), lexicon)
    front = " ".join([*qualifiers, *prefixes])
    front = front + " " if front else ""
    tail = complement + residual + level
    singular = front + phrase.singular + tail
    plural = front + phrase.plural + tail
    if paren:
        singular += " " + _adjust_paren(paren, False, lexicon)
        plural += " " + _adjust_paren(paren, True, lexicon)
    simple = phrase.simple and not (front or tail or paren)
    return _Phrase(singular, plural, phrase.number, simple)


def _normalise(text: object) -> str:
    if not isinstance(text, str):
        msg = f"job title: expected text, got {text!r}"
        raise EnglishError(msg)
    cleaned = _SPACE.sub(" ", _AMPERSAND.sub(" and ", text)).strip().strip(",;")
    if not cleaned or not any(c.isalnum() for c in cleaned):
        msg = f"job title: expected a title with letters in it, got {text!r}"
        raise EnglishError(msg)
    return cleaned


@functools.lru_cache(maxsize=16384)
def _forms(text: str, plural: str | None, lexicon: Lexicon) -> TitleForms:
    cleaned = _normalise(text)
    analysed = _analyse(prose_case(cleaned, lexicon=lexicon), lexicon)
    singular, plural_form, number = analysed.singular, analysed.plural, analysed.number
    entry = lexicon.titles.get(title_key(cleaned))
    if entry is not None:
        if entry.singular is not None:
            singular = entry.singular
            if entry.plural is None:
                plural_form = _analyse(prose_case(singular, lexicon=lexicon), lexicon).plural
        if entry.plural is not None:
            plural_form = entry.plural
            if entry.singular is None:
                singular = _analyse(prose_case(plural_form, lexicon=lexicon), lexicon).singular
    if plural is not None:
        plural_form = prose_case(_normalise(plural), lexicon=lexicon)
    return TitleForms(
        singular=singular,
        plural=plural_form,
        a=with_article(singular, lexicon=lexicon),
        possessive=possessive(singular, lexicon=lexicon),
        plural_possessive=possessive(plural_form, lexicon=lexicon),
        display=title_case(singular),
        display_plural=title_case(plural_form),
        number=number,
    )


def title_forms(
    text: str, *, plural: str | None = None, lexicon: Lexicon | None = None
) -> TitleForms:
    """All prose forms of a title at once (cached per title, plural and lexicon).

    Example:
        >>> forms = title_forms("Bus Drivers, School")
        >>> forms.singular, forms.number
        ('school bus driver', 'plural')
    """
    return _forms(text, plural, lexicon or default_lexicon())


class JobTitle:
    """A job title and its prose forms.

    Args:
        text: the title as written: singular or plural, any case, official ("Cooks,
            Restaurant") or job-board style ("Sr. Analyst II").
        plural: the plural to use instead of the derived one (a record's ``plural``).
        lexicon: the word lists to use (default: :func:`default_lexicon`).

    Construction is cheap for a title seen before: the forms are computed once per title and
    cached. Two titles are equal when text, plural and lexicon are.

    Example:
        >>> t = JobTitle("Human Resources Specialists")
        >>> t.singular, t.number
        ('human resources specialist', 'plural')
        >>> JobTitle("HR Manager").a, JobTitle("X-Ray Technician").a
        ('an HR manager', 'an X-ray technician')
        >>> JobTitle("Umpires, Referees, and Other Sports Officials").a
        'an umpire, referee, or other sports official'
        >>> JobTitle("Collections Specialist", plural="Collection Specialists").plural
        'collection specialists'
        >>> str(JobTitle("Registered Nurses"))
        'registered nurse'
    """

    __slots__ = ("_forms", "lexicon", "plural_override", "text")

    def __init__(
        self, text: str, *, plural: str | None = None, lexicon: Lexicon | None = None
    ) -> None:
        if lexicon is not None and not isinstance(lexicon, Lexicon):
            msg = f"JobTitle: lexicon must be a careerprose.english.Lexicon, got {lexicon!r}"
            raise EnglishError(msg)
        self.text: str = text
        self.plural_override: str | None = plural
        self.lexicon: Lexicon = lexicon or default_lexicon()
        self._forms: TitleForms = _forms(text, plural, self.lexicon)

    @classmethod
    def from_occupation(cls, occupation: Any, *, lexicon: Lexicon | None = None) -> JobTitle:
        """The title of an :class:`careerprose.Occupation`, honouring its ``plural``.

        Example:
            >>> from careerprose import Occupation
            >>> JobTitle.from_occupation(Occupation(title="Sales Managers")).singular
            'sales manager'
        """
        return cls(occupation.title, plural=occupation.plural, lexicon=lexicon)

    @property
    def forms(self) -> TitleForms:
        """Every form at once."""
        return self._forms

    @property
    def singular(self) -> str:
        """The singular in prose case: "restaurant cook"."""
        return self._forms.singular

    @property
    def plural(self) -> str:
        """The plural in prose case: "restaurant cooks"."""
        return self._forms.plural

    @property
    def a(self) -> str:
        """The singular with "a" or "an": "an HR manager"."""
        return self._forms.a

    @property
    def possessive(self) -> str:
        """The singular possessive: "restaurant cook's"."""
        return self._forms.possessive

    @property
    def plural_possessive(self) -> str:
        """The plural possessive: "restaurant cooks'"."""
        return self._forms.plural_possessive

    @property
    def display(self) -> str:
        """The singular in Title Case, for headings and tables: "Restaurant Cook"."""
        return self._forms.display

    @property
    def display_plural(self) -> str:
        """The plural in Title Case: "Restaurant Cooks"."""
        return self._forms.display_plural

    @property
    def number(self) -> Number:
        """Whether ``text`` was singular or plural."""
        return self._forms.number

    def __str__(self) -> str:
        return self._forms.singular

    def __repr__(self) -> str:
        extra = f", plural={self.plural_override!r}" if self.plural_override is not None else ""
        return f"JobTitle({self.text!r}{extra})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobTitle):
            return NotImplemented
        return (self.text, self.plural_override, self.lexicon) == (
            other.text,
            other.plural_override,
            other.lexicon,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.plural_override, id(self.lexicon)))
