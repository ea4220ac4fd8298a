"""Letter case: prose case for titles and terms in sentences, Title Case for headings.

Prose case is lower case except acronyms and proper nouns: "Registered Nurse" → "registered
nurse", "HR Manager" → "HR manager", "Data Entry" → "data entry", "Medicaid" stays. What counts
as an acronym or proper noun comes from the lexicon and from the input itself:

- a word written in capitals ("CPT", "UX", "RNs") or in mixed case ("iOS", "PhD") is kept,
  unless the whole input is in capitals ("REGISTERED NURSE"), where only known acronyms are;
- in an input that is not in Title Case ("Registered nurse, Medicaid"), a capital on any word
  but the first marks a proper noun and is kept;
- in Title Case input every other word is lowered, since its capital says nothing.

Example:
    >>> prose_case("Senior Patient Account Representative")
    'senior patient account representative'
    >>> prose_case("RN Case Manager"), prose_case("hr manager"), prose_case("X-Ray Technician")
    ('RN case manager', 'HR manager', 'X-ray technician')
    >>> prose_case("European Sales Manager"), prose_case("Medicaid"), prose_case("CPT")
    ('European sales manager', 'Medicaid', 'CPT')
    >>> title_case("first-line supervisor of office workers"), title_case("editor-in-chief")
    ('First-Line Supervisor of Office Workers', 'Editor-in-Chief')
    >>> sentence_case("an HR manager")
    'An HR manager'
"""

from __future__ import annotations

import enum
import functools
import re

from careerprose.english.errors import EnglishError
from careerprose.english.lexicon import Lexicon, default_lexicon

__all__ = ["MINOR_WORDS", "prose_case", "sentence_case", "title_case"]

#: Words Title Case leaves in lower case unless first or last (articles, conjunctions and short
#: prepositions, Chicago style).
MINOR_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "and", "but", "or", "nor", "as", "at", "by", "for", "from", "in",
        "into", "of", "off", "on", "onto", "per", "than", "through", "to", "via", "vs", "vs.",
        "with", "de", "du", "des", "la", "le", "von", "van", "der", "y",
    }
)  # fmt: skip

_TOKEN = re.compile(r"(\s+)")
_LEAD = re.compile(r"^[\(\[\"'“‘]+")
_TRAIL = re.compile(r"[\)\]\"'”’,;:!?]+$")
_PARTS = re.compile(r"([-/–])")
_CAPS_WORD = re.compile(r"[A-Z0-9&.]*[A-Z][A-Z0-9&.]*(?:s|'s|’s)?")
_POSSESSIVE = re.compile(r"(.+?)('s|’s|'|’)$")
#: Ambiguous acronyms that, inside ALL-CAPS text, are far more often the English word: "OR"
#: is restored as an acronym only as the first word ("OR NURSE", but "ANALYST OR CLERK").
_CONJUNCTION_LIKE = frozenset({"or", "as", "am", "do", "me", "us"})


class _Mode(enum.Enum):
    TITLE = "title"
    SENTENCE = "sentence"
    CAPS = "caps"


def _split_token(token: str) -> tuple[str, str, str]:
    lead = _LEAD.match(token)
    start = lead.end() if lead else 0
    trail = _TRAIL.search(token, start)
    end = trail.start() if trail else len(token)
    return token[:start], token[start:end], token[end:]


def _is_caps(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 and bool(_CAPS_WORD.fullmatch(word))


def _is_mixed(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and any(c.isupper() for c in letters[1:])
        and any(c.islower() for c in letters)
        and not _POSSESSIVE_ONLY.fullmatch(word)
    )


_POSSESSIVE_ONLY = re.compile(r"[A-Z][a-z]*(?:'S|’S)")


def _mode(cores: list[str], lexicon: Lexicon) -> _Mode:
    letters = [c for core in cores for c in core if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        for core in cores:
            for part in _PARTS.split(core):
                folded = part.casefold()
                if (
                    sum(c.isalpha() for c in part) >= 4
                    and folded not in lexicon.acronyms
                    and folded not in lexicon.ambiguous_acronyms
                    and part not in lexicon.spoken_acronyms
                ):
                    return _Mode.CAPS
        return _Mode.TITLE  # only short capital words: acronyms ("CPT", "HR")
    for core in cores:
        first = next((c for c in core if c.isalpha()), "")
        if not first or not core[:1].isalpha() or _is_caps(core) or _is_mixed(core):
            continue
        if core.casefold() in MINOR_WORDS:
            continue
        if first.islower():
            return _Mode.SENTENCE
    return _Mode.TITLE


def _case_part(part: str, mode: _Mode, first: bool, last: bool, lexicon: Lexicon) -> str:
    if not any(c.isalpha() for c in part):
        return part
    folded = part.casefold()
    if folded in lexicon.acronyms:
        return lexicon.acronyms[folded]
    if folded in lexicon.proper_nouns:
        return lexicon.proper_nouns[folded]
    if len(folded) > 2 and folded.endswith("s") and folded[:-1] in lexicon.acronyms:
        return lexicon.acronyms[folded[:-1]] + "s"  # RNs, CEOs (also from "RNS", "rns")
    possessive = _POSSESSIVE.fullmatch(part)
    if possessive and any(c.isalpha() for c in possessive.group(1)):
        base = _case_part(possessive.group(1), mode, first, last, lexicon)
        return base + possessive.group(2).lower()
    if mode is _Mode.CAPS:
        if folded in lexicon.ambiguous_acronyms and (first or folded not in _CONJUNCTION_LIKE):
            return lexicon.ambiguous_acronyms[folded]
        if folded.endswith("s") and folded[:-1] in lexicon.ambiguous_acronyms:
            return lexicon.ambiguous_acronyms[folded[:-1]] + "s"
        return part.lower()
    if folded == "or" and not (first or last):
        return part.lower()  # "RN OR CEO": between two words, "OR" is the conjunction
    if _is_caps(part) or _is_mixed(part):
        return part
    if len(part) == 1 and part.isupper():
        return "a" if part == "A" and not last else part
    if mode is _Mode.SENTENCE and not first and part[:1].isupper():
        return part
    return part.lower()


def _case_core(core: str, mode: _Mode, first: bool, last: bool, lexicon: Lexicon) -> str:
    folded = core.casefold()
    if folded in lexicon.acronyms:
        return lexicon.acronyms[folded]
    if folded in lexicon.proper_nouns:
        return lexicon.proper_nouns[folded]
    pieces = _PARTS.split(core)
    if len(pieces) == 1:
        return _case_part(core, mode, first, last, lexicon)
    out = []
    for index, piece in enumerate(pieces):
        if index % 2:
            out.append(piece)
        elif len(piece) == 1 and piece in "Ee" and index + 1 < len(pieces):
            out.append("e")  # e-commerce, e-learning
        elif len(piece) == 1 and piece.isupper() and mode is not _Mode.CAPS:
            out.append(piece)  # A-list, T-shirt, U-turn
        else:
            out.append(_case_part(piece, mode, first and index == 0, False, lexicon))
    return "".join(out)


@functools.lru_cache(maxsize=16384)
def _prose_case(text: str, lexicon: Lexicon) -> str:
    tokens = _TOKEN.split(text)
    words = [(i, *_split_token(tok)) for i, tok in enumerate(tokens) if i % 2 == 0 and tok]
    cores = [core for _, _, core, _ in words]
    mode = _mode(cores, lexicon)
    done: dict[int, str] = {}
    # Multi-word proper nouns first ("New York", "Social Security").
    longest = lexicon.proper_phrase_words
    position = 0
    while position < len(words):
        matched = 0
        for size in range(min(longest, len(words) - position), 1, -1):
            span = words[position : position + size]
            if any(trail for _, _, _, trail in span[:-1]) or any(
                lead for _, lead, _, _ in span[1:]
            ):
                continue
            key = " ".join(core.casefold() for _, _, core, _ in span)
            if key in lexicon.proper_nouns:
                for (index, _, _, _), spelled in zip(
                    span, lexicon.proper_nouns[key].split(" "), strict=False
                ):
                    done[index] = spelled
                matched = size
                break
        position += matched or 1
    for number, (index, _lead, core, _trail) in enumerate(words):
        if index not in done:
            first, last = number == 0, number == len(words) - 1
            done[index] = _case_core(core, mode, first, last, lexicon)
    out = []
    for position, (index, lead, _core, trail) in enumerate(words):
        if position:
            out.append(tokens[index - 1])
        out.append(lead + done[index] + trail)
    return "".join(out)


def _check(text: object, what: str) -> str:
    if not isinstance(text, str) or not text.strip():
        msg = f"{what}: expected non-empty text, got {text!r}"
        raise EnglishError(msg)
    return text.strip()


def prose_case(text: str, *, lexicon: Lexicon | None = None) -> str:
    """Text as it reads inside a sentence: lower case but for acronyms and proper nouns.

    Serves job titles, skills, majors and other terms: "Customer Service" → "customer service".

    Example:
        >>> [prose_case(s) for s in ("Patients", "CPT", "Data Entry", "Medical Terminology")]
        ['patients', 'CPT', 'data entry', 'medical terminology']
        >>> prose_case("REGISTERED NURSE"), prose_case("IT MANAGER"), prose_case("iOS Developer")
        ('registered nurse', 'IT manager', 'iOS developer')
        >>> prose_case("Nurse, Medicaid Programs in New York")
        'nurse, Medicaid programs in New York'
        >>> prose_case("Bachelor's Degree"), prose_case("E-Commerce Manager")
        ("bachelor's degree", 'e-commerce manager')
    """
    return _prose_case(_check(text, "prose_case"), lexicon or default_lexicon())


@functools.lru_cache(maxsize=16384)
def _title_case(text: str) -> str:
    tokens = _TOKEN.split(text)
    positions = [i for i, tok in enumerate(tokens) if i % 2 == 0 and tok]
    out = list(tokens)
    after_open = True
    for number, index in enumerate(positions):
        lead, core, trail = _split_token(tokens[index])
        outer = number == 0 or number == len(positions) - 1 or "(" in lead or after_open
        pieces = _PARTS.split(core)
        for k in range(0, len(pieces), 2):
            piece = pieces[k]
            edge = outer and (k == 0 or k == len(pieces) - 1)
            if piece.casefold() in MINOR_WORDS and not edge:
                pieces[k] = piece.lower()
            elif piece[:1].islower() and not _is_mixed(piece):
                pieces[k] = piece[:1].upper() + piece[1:]
        out[index] = lead + "".join(pieces) + trail
        after_open = trail.endswith((":", "—"))
    return "".join(out)


def title_case(text: str) -> str:
    """Title Case for headings and table columns (Chicago style, keeping acronyms).

    Words already carrying capitals ("HR", "iOS", "X-ray") keep them; minor words (articles,
    conjunctions, short prepositions) stay lower case unless first or last.

    Example:
        >>> title_case("senior patient account representative")
        'Senior Patient Account Representative'
        >>> title_case("restaurant cook (all other)"), title_case("HR manager")
        ('Restaurant Cook (All Other)', 'HR Manager')
        >>> title_case("english as a second language instructor"), title_case("X-ray technician")
        ('English as a Second Language Instructor', 'X-Ray Technician')
    """
    return _title_case(_check(text, "title_case"))


def sentence_case(text: str) -> str:
    """Capitalise the first letter, for text that starts a sentence or heading.

    A first word in mixed case ("iOS") is left alone, as is text starting with a figure.

    Example:
        >>> sentence_case("senior patient account representative vs collections specialist")
        'Senior patient account representative vs collections specialist'
        >>> sentence_case("iOS developer"), sentence_case("8th grade teacher")
        ('iOS developer', '8th grade teacher')
    """
    value = _check(text, "sentence_case")
    lead, core, _ = _split_token(value.split(" ", 1)[0])
    if not core[:1].isalpha() or _is_mixed(core):
        return value
    position = len(lead)
    return value[:position] + value[position].upper() + value[position + 1 :]
