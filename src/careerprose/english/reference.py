"""Referring expressions: how an article names each occupation of a pair, first and later.

The first mention of an occupation is its full title. Later mentions use the shortest form
that is still safe, chosen from the lexicon's short forms (``data/short_forms.json``) and
the title without its inverted qualifier ("Derrick Operators, Oil and Gas" → "derrick
operators"). A form is safe when:

(a) it cannot be read as the other side: it is none of the phrases the other side's full
    title, later form or head noun can be read as (:func:`readings`: "license clerks" and
    "clerks" for "court, municipal, and license clerks");
(b) it is not itself a different occupation: no other title of the built-in dataset, short
    form of one, or everyday occupation name (``data/occupation_names.txt``: "jockeys"), and no
    reading of another title ("bus drivers" is part of "transit and intercity bus drivers", so
    school bus drivers stay whole); nor does it name only one member of a coordinated title
    other than the first ("refinery operators" for petroleum pump system operators, refinery
    operators, and gaugers: a sub-job);
(c) it keeps enough words to stay specific: a form derived by rule keeps at least two words
    ("procurement clerks", never "clerks"); one-word forms come only from the lexicon.

A title with no safe short form is repeated in full. Only one side is shortened when the
words it drops do not also appear in the other title (never "geography teachers" beside
"postsecondary history teachers"). A title with a preposition ("of", "to", "for", "in", "at",
"on"), "or", a comma or brackets, or more than four words, is never a pre-modifier
(``modifier`` is ``None``): write "the average salary of …", "jobs held by …".

Example:
    >>> from careerprose.english import JobTitle
    >>> pair = refer(JobTitle("Court, Municipal, and License Clerks"),
    ...              JobTitle("Procurement Clerks"))
    >>> pair.a.later.plural, pair.b.later.plural
    ('court, municipal, and license clerks', 'procurement clerks')
    >>> pair = refer(JobTitle("Derrick Operators, Oil and Gas"),
    ...              JobTitle("Plumbers, Pipefitters, and Steamfitters"))
    >>> pair.a.full.plural, pair.a.later.plural, pair.a.later.modifier
    ('oil and gas derrick operators', 'derrick operators', 'derrick operator')
    >>> pair.b.full.modifier is None, pair.b.later.plural, pair.b.later.modifier
    (True, 'plumbers', 'plumber')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from careerprose.english.casing import prose_case
from careerprose.english.errors import EnglishError
from careerprose.english.inflection import _is_person, possessive
from careerprose.english.lexicon import Lexicon, default_lexicon, title_key
from careerprose.english.titles import JobTitle, TitleForms, _split_top, title_forms

__all__ = [
    "KnownNames",
    "Mention",
    "PairReference",
    "Reference",
    "both_titles",
    "builtin_names",
    "coordinate",
    "readings",
    "refer",
]

#: A complement after the head noun: "supervisors | of construction trades", "helpers | to …".
_COMPLEMENT = re.compile(r" (?:of|to|for|in|at|on|from|with) ")
#: What stops a singular title from standing before a noun ("the average … salary").
#: The most words a title may have and still stand before a noun ("registered nurse jobs").
_MODIFIER_WORDS = 4
#: The fewest words a title needs before a rank-and-head form may stand for it.
_RANK_MIN_WORDS = 4
_COORDINATION = re.compile(r"\b(?:and|or|nor)\b|&")
_NOT_MODIFIER = re.compile(r"[,()\[\]]|\b(?:of|to|or|for|in|at|on|and/or)\b|--")
_SEPARATOR = re.compile(r",\s+(?:and|or)\s+|,\s+|\s+(?:and|or)\s+|/")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_NOTE = re.compile(r"(?:except|including)\b", re.IGNORECASE)
_ALL_OTHER = re.compile(r"all other\b", re.IGNORECASE)
_COORDINATOR = re.compile(r"(?:and|or)\s", re.IGNORECASE)
_FUNCTION_WORDS = frozenset({"", "a", "an", "the", "and", "or", "of", "to", "for", "in", "on"})
_BLURS = re.compile(r",|\b(?:and|or|nor)\b")


@attrs.frozen
class Mention:
    """One way to name an occupation, in every grammatical form a template needs.

    Attributes:
        singular: "derrick operator".
        plural: "derrick operators".
        a: the singular with "a" or "an": "a derrick operator".
        the: "the derrick operator".
        possessive: "derrick operator's".
        plural_possessive: "derrick operators'".
        modifier: the singular as a noun modifier ("the average derrick operator salary"),
            or ``None`` when the title has a preposition, "or", a comma or brackets, or more
            than four words.
    """

    singular: str
    plural: str
    a: str
    the: str
    possessive: str
    plural_possessive: str
    modifier: str | None


@attrs.frozen
class Reference:
    """How one side of a pair is named: in full at first mention, then ``later``.

    Attributes:
        full: the full title.
        later: the form for later mentions (``full`` itself when no short form is safe).
        shortened: whether ``later`` differs from ``full``.
    """

    full: Mention
    later: Mention
    shortened: bool


@attrs.frozen
class PairReference:
    """The referring expressions of both sides of a comparison.

    Attributes:
        a: the first occupation's forms.
        b: the second occupation's forms.
        distinct: whether no mention of one side can be read as the other. ``False`` only when
            a full title is itself a reading of the other ("disc jockeys" beside "broadcast
            announcers and radio disc jockeys"): no choice of later form can fix that.
    """

    a: Reference
    b: Reference
    distinct: bool

    def side(self, name: Literal["a", "b"]) -> Reference:
        """The forms of side ``"a"`` or ``"b"``."""
        if name == "a":
            return self.a
        if name == "b":
            return self.b
        msg = f"PairReference.side: expected 'a' or 'b', got {name!r}"
        raise EnglishError(msg)


def _mention(forms: TitleForms) -> Mention:
    singular = forms.singular
    return Mention(
        singular=singular,
        plural=forms.plural,
        a=forms.a,
        the=f"the {singular}",
        possessive=forms.possessive,
        plural_possessive=forms.plural_possessive,
        modifier=None if _NOT_MODIFIER.search(singular) or _too_long(singular) else singular,
    )


def _too_long(singular: str) -> bool:
    """Whether a title is too long to stand before a noun ("the average licensed practical and
    licensed vocational nurse salary" loses the reader before the noun arrives)."""
    return len(singular.split()) > _MODIFIER_WORDS


def _tails(words: list[str]) -> Iterable[str]:
    """Each ending of a phrase that could stand alone (not "and license clerks")."""
    for start in range(len(words)):
        if words[start] not in ("and", "or"):
            yield " ".join(words[start:])


@functools.lru_cache(maxsize=16384)
def _readings(plural: str, lexicon: Lexicon) -> frozenset[str]:
    text = plural.casefold().strip()
    bare = _BRACKETS.sub("", text).strip()
    found = {text, bare}
    match = _COMPLEMENT.search(bare)
    head_phrase = bare[: match.start()] if match else bare
    conjuncts = [part.strip() for part in _SEPARATOR.split(head_phrase) if part.strip()]
    if not conjuncts:
        return frozenset(found)
    last = conjuncts[-1].split(" ")
    phrases = {head_phrase}
    for index, conjunct in enumerate(conjuncts):
        words = conjunct.split(" ")
        if _is_person(words[-1], lexicon):
            phrases.add(conjunct)
            # "tax examiners and collectors": "collectors" may also read "tax collectors"
            for earlier in conjuncts[:index]:
                modifiers = earlier.split(" ")[:-1]
                if modifiers:
                    phrases.add(" ".join([*modifiers, *words]))
        else:  # a modifier sharing the final head: "court" in "court, …, and license clerks"
            phrases.update(" ".join([*words, *tail]) for tail in _suffixes(last))
    for phrase in phrases:
        found.update(_tails(phrase.split(" ")))
    return frozenset(found)


def _suffixes(words: list[str]) -> Iterable[list[str]]:
    for start in range(len(words)):
        yield words[start:]


def readings(plural: str, *, lexicon: Lexicon | None = None) -> frozenset[str]:
    """Every phrase (plural, case-folded) a reader could take to name this occupation.

    The title itself, each coordinated occupation and modifier with the shared head, and every
    shorter ending of those down to the head noun. A complement ("of …", "to …") names other
    people and is left out: "extraction workers" is no reading of their supervisors.

    Example:
        >>> clerks = readings("court, municipal, and license clerks")
        >>> sorted(clerks & {"clerks", "court clerks", "license clerks", "municipal clerks"})
        ['clerks', 'court clerks', 'license clerks', 'municipal clerks']
        >>> "nurses" in readings("licensed practical and licensed vocational nurses")
        True
        >>> "construction workers" in readings("first-line supervisors of construction workers")
        False
    """
    if not isinstance(plural, str) or not plural.strip():
        msg = f"readings: expected a title in the plural, got {plural!r}"
        raise EnglishError(msg)
    return _readings(plural, lexicon or default_lexicon())


@attrs.frozen(eq=False)
class KnownNames:
    """The names known occupations claim: each one's prose title and short forms.

    Built from titles as records write them; a title is analysed only when a candidate name
    could be one of its forms (its last word's stem occurs in the title or its lexicon short
    forms), so checking a pair costs a few title analyses, not one per known occupation.
    Hashed by identity, so checks are cached per set of names.
    """

    titles: tuple[str, ...]
    lexicon: Lexicon
    searchable: tuple[str, ...] = attrs.field(repr=False)

    @classmethod
    def from_titles(cls, titles: Iterable[str], *, lexicon: Lexicon | None = None) -> KnownNames:
        """The names claimed by ``titles`` (as written in records) and the lexicon's lists.

        Example:
            >>> known = KnownNames.from_titles(["Registered Nurses", "Cooks, Restaurant"])
            >>> known.claimed_by_other("restaurant cooks", own="registered nurses")
            True
            >>> known.claimed_by_other("jockeys", own="disc jockeys")
            True
        """
        lex = lexicon or default_lexicon()
        texts = tuple(titles)
        for index, text in enumerate(texts):
            if not isinstance(text, str) or not text.strip():
                msg = f"KnownNames: title {index} must be non-empty text, got {text!r}"
                raise EnglishError(msg)
        searchable = tuple(
            " ".join([text, *lex.short_forms.get(title_key(text), ())]).casefold() for text in texts
        )
        return cls(texts, lex, searchable)

    def claimed_by_other(self, name: str, *, own: str) -> bool:
        """Whether ``name`` names an occupation other than the one whose full plural is ``own``."""
        key = name.casefold()
        if key in self.lexicon.occupation_names and key != own.casefold():
            return True
        holders = _owners(self, _stem(key)).get(key)
        return bool(holders and holders - {own.casefold()})

    def read_as_other(self, name: str, *, own: str) -> bool:
        """Whether ``name`` is a reading (:func:`readings`) of a known title other than the one
        whose full plural is ``own``: "bus drivers" is part of "transit and intercity bus
        drivers", so it cannot stand for school bus drivers.

        Example:
            >>> known = KnownNames.from_titles(["Bus Drivers, School",
            ...                                 "Bus Drivers, Transit and Intercity"])
            >>> known.read_as_other("bus drivers", own="school bus drivers")
            True
            >>> known.read_as_other("school bus drivers", own="school bus drivers")
            False
        """
        key = name.casefold()
        holders = _reading_owners(self, _stem(key)).get(key)
        return bool(holders and holders - {own.casefold()})


def _stem(name: str) -> str:
    """What a title must contain to have ``name`` among its forms: the start of the last word
    ("worker" for "workers", "salesp" for "salespeople")."""
    last = name.rsplit(" ", 1)[-1]
    return last[: max(4, len(last) - 3)]


def _index(
    known: KnownNames, stem: str, names_of: Callable[[JobTitle], Iterable[str]]
) -> Mapping[str, frozenset[str]]:
    """Name → full plurals of the known titles containing ``stem`` that ``names_of`` gives it."""
    owners: dict[str, set[str]] = {}
    for text, searchable in zip(known.titles, known.searchable, strict=True):
        if stem not in searchable:
            continue
        title = JobTitle(text, lexicon=known.lexicon)
        own = title.plural.casefold()
        for name in names_of(title):
            owners.setdefault(name, set()).add(own)
    return MappingProxyType({name: frozenset(holders) for name, holders in owners.items()})


def _claimed_names(title: JobTitle) -> set[str]:
    """The title's own names: its plural and singular, and its lexicon short forms."""
    names = {title.plural.casefold(), title.singular.casefold()}
    for short in _lexicon_forms(title):
        names.add(short.casefold())
        names.add(title_forms(short, lexicon=title.lexicon).singular.casefold())
    return names


@functools.lru_cache(maxsize=4096)
def _owners(known: KnownNames, stem: str) -> Mapping[str, frozenset[str]]:
    """Name → full plurals claiming it, for the known titles that contain ``stem``."""
    return _index(known, stem, _claimed_names)


@functools.lru_cache(maxsize=4096)
def _reading_owners(known: KnownNames, stem: str) -> Mapping[str, frozenset[str]]:
    """Reading → full plurals it is a reading of, for the known titles that contain ``stem``."""
    return _index(known, stem, lambda title: _readings(title.plural.casefold(), title.lexicon))


@functools.lru_cache(maxsize=4)
def builtin_names(lexicon: Lexicon | None = None) -> KnownNames:
    """The names claimed by every occupation of the built-in dataset (read on first use)."""
    # The titles alone, from the name index: building all 830 records took over a second.
    from careerprose.datasets._store import dataset

    return KnownNames.from_titles((entry.title for entry in dataset().index.names), lexicon=lexicon)


@functools.lru_cache(maxsize=4)
def _short_form_keys_by_start(lexicon: Lexicon) -> Mapping[str, tuple[str, ...]]:
    """The lexicon's short-form titles by the first two letters of each comma-separated part
    (an inverted title, "Cooks, Institution and Cafeteria", reads "institution and cafeteria
    cooks" in prose): a title given in another form ("Registered Nurse") is matched by its
    plural against these few only, since inflecting all of them cost most of a start-up."""
    table: dict[str, list[str]] = {}
    for key in lexicon.short_forms:
        for start in {part.strip()[:2] for part in title_key(key).split(",")}:
            table.setdefault(start, []).append(key)
    return MappingProxyType({start: tuple(keys) for start, keys in table.items()})


def _lexicon_forms(title: JobTitle) -> tuple[str, ...]:
    lexicon = title.lexicon
    forms = lexicon.short_forms.get(title_key(title.text))
    if forms is not None:
        return forms
    plural = title.plural.casefold()
    table = _short_form_keys_by_start(lexicon)
    for start in dict.fromkeys((title_key(title.text)[:2], plural[:2])):
        for key in table.get(start, ()):
            if title_forms(key, lexicon=lexicon).plural.casefold() == plural:
                return lexicon.short_forms[key]
    return ()


def _without_qualifier(title: JobTitle) -> str | None:
    """The title without its inverted qualifier: "Derrick Operators, Oil and Gas" → "derrick
    operators"; ``None`` when there is none or fewer than two words would be left."""
    segments: list[str] = []
    for segment in _split_top(title.text):
        if _ALL_OTHER.match(segment):
            return None
        if _NOTE.match(segment):
            break
        segments.append(segment)
    plural = title.plural
    for size in range(1, len(segments)):
        tail = segments[-size:]
        if _COORDINATOR.match(tail[0]):
            continue
        qualifier = prose_case(", ".join(tail), lexicon=title.lexicon)
        if plural.startswith(qualifier + " "):
            rest = plural[len(qualifier) + 1 :]
            return rest if rest.count(" ") >= 1 else None
    return None


def _rank_form(title: JobTitle) -> str | None:
    """The rank and head of a long title that opens with a word of rank: "Senior Patient
    Account Representative" → "senior representatives". Only for four words or more and no
    comma, coordination or preposition (the head must be the whole title's head)."""
    words = title.plural.split()
    if len(words) < _RANK_MIN_WORDS or _NOT_MODIFIER.search(title.plural):
        return None
    if _COORDINATION.search(title.plural) or words[0].casefold() not in title.lexicon.rank_words:
        return None
    return f"{words[0]} {words[-1]}"


@attrs.frozen
class _Option:
    """A later-mention form of one title, with what a pair must check of it: ``keys`` its
    plural and singular (case-folded), ``by_rank`` whether it is the rank-and-head form (fit
    only when the other title has another head), ``safe`` whether no other known occupation
    claims it or reads as it and it names no later member of the title."""

    form: str
    keys: tuple[str, str]
    by_rank: bool
    safe: bool


@functools.lru_cache(maxsize=16384)
def _options(title: JobTitle, known: KnownNames) -> tuple[_Option, ...]:
    """The title's later-mention forms (plural) in order of preference: the lexicon's, then
    the rules' (without the inverted qualifier; rank and head). Everything that depends on the
    title alone is decided here, once per title; :func:`_choose` adds the pair's checks."""
    found = [(form, False) for form in _lexicon_forms(title)]
    qualifier_free = _without_qualifier(title)
    if qualifier_free is not None:
        found.append((qualifier_free, False))
    rank = _rank_form(title)
    if rank is not None:
        found.append((rank, True))
    own = title.plural.casefold()
    options = []
    for form, by_rank in found:
        key = form.casefold()
        if key == own:
            continue  # the full title is no shorter form
        singular = title_forms(form, lexicon=title.lexicon).singular.casefold()
        safe = not (
            known.claimed_by_other(key, own=own)
            or known.claimed_by_other(singular, own=own)
            or known.read_as_other(key, own=own)
            or _names_a_later_member(key, title)
        )
        options.append(_Option(form, (key, singular), by_rank, safe))
    return tuple(options)


def _choose(options: tuple[_Option, ...], other: str, blocked: frozenset[str]) -> str | None:
    """The first of a title's later-mention ``options`` (:func:`_options`) that is safe and
    that the pair's other title (plural ``other``, read as ``blocked``) does not claim: "senior
    representatives" could be senior sales representatives, so a rank-and-head form needs
    another head on the other side."""
    other_head = other.split()[-1].casefold()
    for option in options:
        if not option.safe or option.keys[0] in blocked or option.keys[1] in blocked:
            continue
        if option.by_rank and other_head == option.form.split()[-1].casefold():
            continue
        return option.form
    return None


def _names_a_later_member(form: str, title: JobTitle) -> bool:
    """Whether ``form`` names only one coordinated member of the title, and not the first:
    "refinery operators" for petroleum pump system operators, refinery operators, and gaugers;
    "mental health counselors" for substance abuse, behavioral disorder, and mental health
    counselors. The first member leads the category (BLS names the principal job first:
    "plumbers" for plumbers, pipefitters, and steamfitters); a form drawing on two members
    ("farmers and ranchers"), on none ("IT managers") or on the head they share ("derrick
    operators" for oil and gas derrick operators) is not a sub-job."""
    core = (_without_qualifier(title) or title.plural).casefold()  # "metal and plastic" is no job
    if form == core:
        return False
    bare = _BRACKETS.sub("", core).strip()
    match = _COMPLEMENT.search(bare)
    head_phrase = bare[: match.start()] if match else bare
    conjuncts = [part.split() for part in _SEPARATOR.split(head_phrase) if part.strip()]
    used = form.replace(",", "").split()
    last = conjuncts[-1]
    if len(conjuncts) < 2 or any(used == last[start:] for start in range(1, len(last))):
        return False
    if not _is_person(conjuncts[0][-1], title.lexicon):
        # modifiers sharing the last member's words: "medical and health services managers"
        conjuncts[-1] = last[:1] if len(last) > 1 else []
    words = [set(conjunct) - _FUNCTION_WORDS for conjunct in conjuncts]
    distinctive = [
        own - set().union(*(other for index, other in enumerate(words) if index != position))
        for position, own in enumerate(words)
    ]
    cues = set(used[:-1] or used)  # the form's modifiers say which member it names
    members = [position for position, own in enumerate(distinctive) if own & cues]
    return len(members) == 1 and members[0] > 0


def _uneven(title: JobTitle, later: str, other: JobTitle) -> bool:
    """Whether shortening only ``title`` drops a qualifier the other title keeps
    ("geography teachers" beside "postsecondary history teachers")."""
    dropped = _qualifiers(title.plural, title.lexicon) - _qualifiers(later, title.lexicon)
    return bool(dropped & _qualifiers(other.plural, title.lexicon))


@functools.lru_cache(maxsize=16384)
def _qualifiers(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The words of a title that qualify it (no nouns for people, no function words), once
    per title: half of all pairs ask, each time for both titles."""
    words = {word.strip(",()") for word in text.casefold().split()} - _FUNCTION_WORDS
    return frozenset(word for word in words if not _is_person(word, lexicon))


@functools.lru_cache(maxsize=16384)
def _except_note(title: JobTitle) -> str | None:
    """The title's "Except …" note in prose case ("except postsecondary"), if it has one."""
    segments = _split_top(title.text)
    for index, segment in enumerate(segments):
        if segment.casefold().startswith("except "):
            return prose_case(", ".join(segments[index:]), lexicon=title.lexicon).casefold()
    return None


def _noted(title: JobTitle, note: str) -> Mention:
    """The full title with its classification note kept: "teaching assistants (except
    postsecondary)", for a pair where the bare title would also name the other side."""
    lexicon = title.lexicon
    singular = f"{title.singular} ({note})"
    plural = f"{title.plural} ({note})"
    return Mention(
        singular=singular,
        plural=plural,
        a=f"{title.forms.a} ({note})",
        the=f"the {singular}",
        possessive=possessive(singular, lexicon=lexicon),
        plural_possessive=possessive(plural, lexicon=lexicon),
        modifier=None,
    )


@functools.lru_cache(maxsize=16384)
def _own(title: JobTitle, known: KnownNames) -> tuple[str | None, Mention, tuple[_Option, ...]]:
    """What :func:`refer` needs of one title alone, in one lookup per title and pair: its
    "Except" note, its own forms as a mention and its later-mention options."""
    return _except_note(title), _title_mention(title), _options(title, known)


def _full(title: JobTitle, note: str | None, own: Mention, other: JobTitle) -> Mention:
    """The first-mention form: the title (``own``), with its "Except" note when the bare title
    is a reading of the other side ("disc jockeys" beside "radio disc jockeys")."""
    if note is not None and title.plural.casefold() in _readings(other.plural, title.lexicon):
        return _noted(title, note)
    return own


@functools.lru_cache(maxsize=16384)
def _title_mention(title: JobTitle) -> Mention:
    """The title's own forms as a mention, once per title."""
    return _mention(title.forms)


@functools.lru_cache(maxsize=16384)
def _form_mention(form: str, lexicon: Lexicon) -> Mention:
    """A later-mention form ("registered nurses") as a mention, once per form."""
    return _mention(title_forms(form, lexicon=lexicon))


@functools.lru_cache(maxsize=16384)
def _refer(a: JobTitle, b: JobTitle, known: KnownNames) -> PairReference:
    lexicon = a.lexicon
    if a.plural.casefold() == b.plural.casefold():
        msg = f"refer: an occupation is compared with itself ({a.text!r} and {b.text!r})"
        raise EnglishError(msg)
    note_a, own_a, options_a = _own(a, known)
    note_b, own_b, options_b = _own(b, known)
    full_a, full_b = _full(a, note_a, own_a, b), _full(b, note_b, own_b, a)
    # What each side's full title reads as (each later form adds its own readings).
    read_a, read_b = _readings(full_a.plural, lexicon), _readings(full_b.plural, lexicon)
    later_a = _choose(options_a, full_b.plural, read_b)
    blocked = read_a if later_a is None else read_a | _readings(later_a, lexicon)
    later_b = _choose(options_b, full_a.plural, blocked)
    seen_as_b = read_b if later_b is None else _readings(later_b, lexicon)
    if later_a is not None and later_a.casefold() in seen_as_b:
        later_a = None
    if (later_a is None) != (later_b is None):
        if later_a is not None and _uneven(a, later_a, b):
            later_a = None
        if later_b is not None and _uneven(b, later_b, a):
            later_b = None
    ref_a, ref_b = _reference(a, full_a, later_a), _reference(b, full_b, later_b)
    seen_as_a = read_a if later_a is None else read_a | _readings(ref_a.later.plural, lexicon)
    seen_as_b = read_b if later_b is None else read_b | _readings(ref_b.later.plural, lexicon)
    distinct = not (
        {full_a.plural.casefold(), ref_a.later.plural.casefold()} & seen_as_b
        or {full_b.plural.casefold(), ref_b.later.plural.casefold()} & seen_as_a
    )
    return PairReference(a=ref_a, b=ref_b, distinct=distinct)


def _reference(title: JobTitle, full: Mention, later: str | None) -> Reference:
    if later is None:
        return Reference(full=full, later=full, shortened=False)
    short = _form_mention(later, title.lexicon)
    return Reference(full=full, later=short, shortened=True)


def refer(a: JobTitle, b: JobTitle, *, known: KnownNames | None = None) -> PairReference:
    """The referring expressions of a pair: full titles first, safe short forms later.

    ``known`` holds the names other occupations claim (default: :func:`builtin_names`, the
    built-in dataset). Cached per pair. Comparing a job with itself is an error.

    Example:
        >>> from careerprose.english import JobTitle
        >>> pair = refer(JobTitle("Registered Nurses"),
        ...              JobTitle("Licensed Practical and Licensed Vocational Nurses"))
        >>> pair.a.later.plural
        'registered nurses'
        >>> pair.b.later.plural
        'licensed practical nurses'
        >>> pair = refer(JobTitle("Disc Jockeys, Except Radio"),
        ...              JobTitle("Broadcast Announcers and Radio Disc Jockeys"))
        >>> pair.a.full.plural, pair.b.later.plural
        ('disc jockeys (except radio)', 'broadcast announcers and radio disc jockeys')
    """
    for name, title in (("a", a), ("b", b)):
        if not isinstance(title, JobTitle):
            msg = f"refer: side {name} must be a careerprose.english.JobTitle, got {title!r}"
            raise EnglishError(msg)
    if known is not None and not isinstance(known, KnownNames):
        msg = f"refer: known must be a careerprose.english.KnownNames, got {known!r}"
        raise EnglishError(msg)
    return _refer(a, b, known or builtin_names(a.lexicon))


def coordinate(first: str, second: str, *, closing_comma: bool = False) -> str:
    """Two plural titles as one subject, kept apart when either has its own "and" or comma.

    "X and Y" when both are single units; otherwise "X, as well as Y" (never "proofreaders and
    copy markers and bioengineers and biomedical engineers"). ``closing_comma`` adds the comma
    that ends the aside when the sentence goes on ("…, as well as Y, earn …").

    Example:
        >>> coordinate("registered nurses", "dental hygienists")
        'registered nurses and dental hygienists'
        >>> coordinate("proofreaders and copy markers", "bioengineers and biomedical engineers")
        'proofreaders and copy markers, as well as bioengineers and biomedical engineers'
        >>> coordinate("actors", "producers and directors", closing_comma=True)
        'actors, as well as producers and directors,'
    """
    one, two = _two_titles(first, second, "coordinate")
    if not (_BLURS.search(one) or _BLURS.search(two)):
        return f"{one} and {two}"
    return f"{one}, as well as {two}{',' if closing_comma else ''}"


def both_titles(first: str, second: str, *, closing_comma: bool = False) -> str:
    """ "both X and Y" for two titles, or "X, as well as Y" when either has its own "and",
    "or" or comma ("both actors and producers and directors" would read as three jobs).
    ``closing_comma`` ends the aside when the sentence goes on ("X, as well as Y, hold …").

    Example:
        >>> both_titles("registered nurses", "dental hygienists")
        'both registered nurses and dental hygienists'
        >>> both_titles("disc jockeys", "broadcast announcers and radio disc jockeys")
        'disc jockeys, as well as broadcast announcers and radio disc jockeys'
        >>> both_titles("actors", "producers and directors", closing_comma=True)
        'actors, as well as producers and directors,'
    """
    one, two = _two_titles(first, second, "both_titles")
    if not (_BLURS.search(one) or _BLURS.search(two)):
        return f"both {one} and {two}"
    return f"{one}, as well as {two}{',' if closing_comma else ''}"


def _two_titles(first: object, second: object, what: str) -> tuple[str, str]:
    titles: list[str] = []
    for name, text in (("first", first), ("second", second)):
        if not isinstance(text, str) or not text.strip():
            msg = f"{what}: the {name} title must be non-empty text, got {text!r}"
            raise EnglishError(msg)
        titles.append(text.strip())
    return titles[0], titles[1]
