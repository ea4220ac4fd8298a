"""Job descriptions as narrative: O*NET's subject-less imperatives told in the third person.

O*NET writes what a job does as instructions ("Locate and notify customers of delinquent
accounts …"), adds classification notes ("Includes proofreaders of braille.", "Excludes
workers whose primary duty is editing copy.") and, for residual categories, says nothing
about the work ("All financial clerks not listed separately."). :func:`narrate` turns such a
description into prose a reader expects: the first sentence names the people ("Bill and
account collectors locate and notify customers …"), later ones say "They …"; modal and
adverb openings keep their place ("They may …", "They directly supervise …"); introductory
phrases keep theirs ("In a gambling establishment, they conduct …"). The notes move out
into one plain sentence each (``note``: "The category does not include …"); reporting
instructions meant for statisticians are dropped. Residual non-answers are reported as
unusable, with the group they name, so the planner can leave the section out.

A description is rewritten only when it opens with a verb from the lexicon's list
(``data/imperative_verbs.txt``), "May"/"Must", an adverb and such a verb, or an introductory
phrase and such a verb. Anything else (a user's own narrative text) is left exactly as it is:
careerprose does not guess.

The subject is a plural (titles in O*NET are plural and so are "they" and the verbs).

Example:
    >>> n = narrate("Locate and notify customers of delinquent accounts. May repossess "
    ...             "merchandise.", "bill and account collectors")
    >>> print(n.text)
    Bill and account collectors locate and notify customers of delinquent accounts. They may
    repossess merchandise.
    >>> narrate("All financial clerks not listed separately.", "financial clerks").usable
    False
    >>> narrate("Our nurses care for patients.", "nurses").text
    'Our nurses care for patients.'
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Literal

import attrs

from careerprose.english.errors import EnglishError

__all__ = ["Narrative", "is_imperative", "narrate"]

Kind = Literal["narrative", "unchanged", "unusable"]

_RESIDUAL = re.compile(
    r"^All (?P<group>.+?) not (?:listed|classified) separately(?: above)?\.?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_NOTE = re.compile(r"^(?P<kind>Includes|Excludes)\s+(?P<what>.+?)\.?$", re.DOTALL)
#: Sentences addressed to statisticians, not readers: dropped.
_REPORTING = re.compile(
    r"\b(?:should be reported|are included in|is included in|not listed separately|"
    r"are classified|is classified)\b",
    re.IGNORECASE,
)
#: Verbs that follow a subject in a sentence that is already a statement ("Services include …").
_FINITE = frozenset(
    {"are", "is", "have", "has", "do", "does", "may", "must", "can", "will", "include",
     "involve", "require", "consist", "vary", "range"}
)  # fmt: skip
_MODALS = frozenset({"may", "must", "can", "should"})
_INTRODUCERS = frozenset(
    {"in", "under", "using", "at", "with", "when", "on", "for", "as", "within", "through",
     "during", "after", "before", "depending", "upon", "while"}
)  # fmt: skip
_REQUIREMENT = re.compile(
    r"^(?P<what>(?:Licensing|Licensure|Registration|Certification)(?: or \w+)?) required\.$"
)
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "u.s.", "dr.", "st.", "no.", "vs.", "inc."})


@attrs.frozen
class Narrative:
    """A description as it reads in an article.

    Attributes:
        kind: ``"narrative"`` (rewritten from imperatives), ``"unchanged"`` (already prose:
            left alone) or ``"unusable"`` (a residual category's non-answer, or notes only).
        text: the description to print, or ``None`` when unusable.
        note: the classification notes as plain sentences ("The category includes …"), or
            ``None``; templates may print it after ``text`` or leave it out.
        group: for a residual category, the group its non-answer names ("financial clerks").
    """

    kind: Kind
    text: str | None
    note: str | None = None
    group: str | None = None

    @property
    def usable(self) -> bool:
        """Whether there is a description to print."""
        return self.text is not None


@functools.lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    path = resources.files("careerprose.english").joinpath("data").joinpath("imperative_verbs.txt")
    words = set()
    for line in path.read_text("utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().casefold()
        if entry:
            words.add(entry)
    return frozenset(words)


def _bare(word: str) -> str:
    return word.strip(",;:").casefold()


def _split_sentences(text: str) -> list[str]:
    """Sentences, split after ". " before a capital, except after abbreviations ("e.g.")."""
    sentences: list[str] = []
    start = 0
    for match in re.finditer(r"(?<=[.!?])\s+(?=[A-Z(\"])", text):
        before = text[start : match.start()]
        last = before.rsplit(" ", 1)[-1].casefold()
        if last in _ABBREVIATIONS:
            continue
        sentences.append(before.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _third_singular_base(word: str) -> str | None:
    """The base form of a 3rd-person singular verb in the list: "receives" → "receive"."""
    verbs = _verbs()
    low = word.casefold()
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            base = low[: -len(ending)] + replacement
            if base in verbs:
                return base
    return None


def _opening(words: list[str]) -> Literal["verb", "modal", "adverb", "intro", "third", ""]:
    """How a sentence opens, when it opens as an instruction ("" when it does not).

    "verb": "Diagnose …"; "modal": "May …"; "adverb": "Directly supervise …"; "intro":
    "In a casino, conduct …"; "third": a verb already in the third person singular, as O*NET
    sometimes writes ("Works off the ground …", "Generally receives orders …").
    """
    first = _bare(words[0])
    second = _bare(words[1]) if len(words) > 1 else ""
    verbs = _verbs()
    if first in _MODALS and second:
        return "modal"
    if first in verbs and _is_subject_of(words):
        return ""  # "Work may include …", "Work typically occurs …": a noun and its verb
    if first in verbs:
        return "verb"
    if first.endswith("ly") and second in verbs:
        return "adverb"
    if first.endswith("ly") and second and _third_singular_base(second) is not None:
        return "third"
    if (
        _third_singular_base(first) is not None
        and second
        and second not in verbs
        and second not in _FINITE
    ):  # "Works off …", but not "Services include …" (a subject and its verb)
        return "third"
    if first in _INTRODUCERS:
        _, comma, rest = " ".join(words).partition(", ")
        after = _bare(rest.split(" ", 1)[0]) if comma and rest else ""
        if after in verbs or after in _MODALS:
            return "intro"
    return ""


def _is_subject_of(words: list[str]) -> bool:
    """Whether a first word that could be a verb is a noun followed by its own verb: "Work may
    include …", "Work includes …", "Work typically occurs …" (not "Work closely with …")."""
    second = _bare(words[1]) if len(words) > 1 else ""
    third = _bare(words[2]) if len(words) > 2 else ""
    if second in _FINITE or second in _MODALS or _finite_singular(second):
        return True
    # after an adverb, a word in -s is the verb: "Work typically occurs …", never an object
    return second.endswith("ly") and third.endswith("s") and not third.endswith("ss")


def _finite_singular(word: str) -> bool:
    """One of the verbs a subject noun takes, in the third person singular: "includes",
    "involves", "requires" (never "orders" or "records": instructions open "Take orders")."""
    return word.endswith("s") and (word[:-1] in _FINITE or word[:-2] in _FINITE)


def _has_subject(words: list[str]) -> bool:
    """Whether the sentence opens with a subject and its verb: "Research scientists study …",
    "Wind turbine service technicians inspect …" (not "Help carpenters by …")."""
    from careerprose.english.inflection import is_person_noun, is_plural

    for index in range(1, min(len(words) - 1, 7)):
        word = words[index]
        if not word.isalpha():  # punctuation ends the opening noun phrase
            return False
        following = _bare(words[index + 1])
        if (
            is_plural(word)
            and is_person_noun(word)
            and (following in _verbs() or following in _FINITE)
        ):
            return True
    return False


def _opens_as_instruction(sentence: str) -> bool:
    words = sentence.split()
    if not words or _has_subject(words):
        return False
    return _opening(words) != ""


def is_imperative(description: str) -> bool:
    """Whether a description is written as subject-less instructions, as O*NET writes them.

    Decided by its first sentence that is not a classification note.

    Example:
        >>> is_imperative("Diagnose and treat diseases."), is_imperative("Nurses treat patients.")
        (True, False)
        >>> is_imperative("Research scientists study cells."), is_imperative("Research, design, "
        ...               "and develop products.")
        (False, True)
    """
    text = _check(description, "is_imperative")
    for sentence in _split_sentences(text):
        if _NOTE.match(sentence) or _REPORTING.search(sentence):
            continue
        return _opens_as_instruction(sentence)
    return False


def _check(text: object, what: str) -> str:
    if not isinstance(text, str) or not text.strip():
        msg = f"{what}: expected a description (non-empty text), got {text!r}"
        raise EnglishError(msg)
    return " ".join(text.split())  # runs of white space as one space (as \s+ would), stripped


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0].strip(",;:")
    if len(first) > 1 and first[1:2].isupper():  # an acronym: "CPR", "HVAC"
        return text
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tell(sentence: str, subject: str, *, named: bool = False) -> str | None:
    """One instruction as a statement about ``subject``; ``None`` if it is no instruction.
    Once the subject is ``named`` and the pronoun is "they", "Work may include …" about the
    occupation reads "Their work may include …"."""
    requirement = _REQUIREMENT.match(sentence)
    if requirement:
        return f"{requirement.group('what')} is required."
    words = sentence.split(" ")
    first = _bare(words[0])
    if first == "requires" or (
        first.endswith("ly") and len(words) > 1 and _bare(words[1]) == "requires"
    ):
        return f"The job {_lower_first(sentence)}"
    if first in ("responsible", "required"):
        return f"{subject} are {_lower_first(sentence)}"
    if first == "work" and _is_subject_of(words) and named:
        return f"Their {_lower_first(sentence)}"  # "Work may include …": their work
    kind = _opening(words)
    if kind in ("verb", "modal", "adverb"):
        return f"{subject} {_lower_first(sentence)}"
    if kind == "third":
        at = 0 if _third_singular_base(words[0]) is not None else 1
        base = _third_singular_base(words[at]) or words[at]
        return " ".join([subject, *map(_lower_first, words[:at]), base, *words[at + 1 :]])
    if kind == "intro":
        head, _, rest = sentence.partition(", ")
        return f"{head}, {subject[:1].lower() + subject[1:]} {_lower_first(rest)}"
    return None


def _note(kind: str, what: str) -> str:
    what = what.strip().rstrip(".")
    if kind == "Includes":
        return f"The category includes {what}."
    return f"The category does not include {what}."


@functools.lru_cache(maxsize=4096)
def _narrate(text: str, subject: str, pronoun: str) -> Narrative:
    residual = _RESIDUAL.match(text)
    if residual and not residual.group("rest").strip():
        return Narrative(kind="unusable", text=None, group=residual.group("group").strip())
    sentences = _split_sentences(text)
    notes: list[str] = []
    body: list[str] = []
    for sentence in sentences:
        note = _NOTE.match(sentence)
        if note:
            notes.append(_note(note.group("kind"), note.group("what")))
        elif not _REPORTING.search(sentence):
            body.append(sentence)
    note_text = " ".join(notes) or None
    if not body:
        return Narrative(kind="unusable", text=None, note=note_text)
    if not _opens_as_instruction(body[0]):
        return Narrative(kind="unchanged", text=text)
    told: list[str] = []
    named = False
    for sentence in body:
        who = _upper_first(subject) if not named else _upper_first(pronoun)
        statement = _tell(sentence, who, named=named and pronoun == "they")
        if statement is None:
            told.append(sentence)
            continue
        if statement.startswith(who) or f", {who[:1].lower()}{who[1:]} " in statement:
            named = True
        told.append(_upper_first(statement))
    return Narrative(kind="narrative", text=" ".join(told), note=note_text)


def narrate(description: str, subject: str, *, pronoun: str = "they") -> Narrative:
    """A description as third-person narrative about ``subject`` (a plural: "registered nurses").

    The first rewritten sentence names ``subject``; later ones use ``pronoun``. Sentences that
    are no instruction ("Duties include …") stay as written. See the module documentation.

    Example:
        >>> n = narrate("Plan, direct, or coordinate the activities of workers. Excludes "
        ...             "First-Line Supervisors.", "general managers")
        >>> n.kind, n.text
        ('narrative', 'General managers plan, direct, or coordinate the activities of workers.')
        >>> n.note
        'The category does not include First-Line Supervisors.'
        >>> narrate("Directly supervise cooks. In kitchens, check food.", "chefs").text
        'Chefs directly supervise cooks. In kitchens, they check food.'
        >>> narrate("All managers not listed separately.", "managers (all other)").group
        'managers'
    """
    text = _check(description, "narrate")
    for name, value in (("subject", subject), ("pronoun", pronoun)):
        if not isinstance(value, str) or not value.strip():
            msg = f"narrate: the {name} must be non-empty text, got {value!r}"
            raise EnglishError(msg)
    told = _narrate(text, subject.strip(), pronoun.strip())
    if told.kind == "unchanged":  # left exactly as written, line breaks and all
        return attrs.evolve(told, text=description.strip())
    return told
