"""Hypothesis strategies for the English layer: job titles, first words with a known sound, and
quantities of every kind.

Each strategy carries its own answer where a property needs one (the article a first word
takes, the number a title is in), worked out independently of the code under test: from how
the title was assembled, or from num2words for figures.

Example:
    >>> from hypothesis import given
    >>> from careerprose.english import JobTitle
    >>> from careerprose.testing.english import job_titles
    >>> @given(job_titles())
    ... def test_round_trip(title):
    ...     forms = JobTitle(title.text)
    ...     assert JobTitle(forms.plural).singular == forms.singular
    ...     assert forms.number == title.number
    >>> test_round_trip()
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from careerprose.english.numbers import number_words
from careerprose.english.quantities import QuantityKind

__all__ = ["FirstWord", "GeneratedTitle", "first_words", "job_titles", "quantity_values"]

#: Head nouns as (singular, plural), regular and irregular; all name people.
HEADS: tuple[tuple[str, str], ...] = (
    ("Analyst", "Analysts"), ("Specialist", "Specialists"), ("Manager", "Managers"),
    ("Clerk", "Clerks"), ("Nurse", "Nurses"), ("Chef", "Chefs"), ("Attorney", "Attorneys"),
    ("Secretary", "Secretaries"), ("Waitress", "Waitresses"), ("Coach", "Coaches"),
    ("Actuary", "Actuaries"), ("Midwife", "Midwives"), ("Foreman", "Foremen"),
    ("Aide", "Aides"), ("Technician", "Technicians"), ("Representative", "Representatives"),
    ("Officer", "Officers"), ("Editor-in-Chief", "Editors-in-Chief"), ("RN", "RNs"),
    ("CEO", "CEOs"), ("Salesperson", "Salespeople"), ("Bailiff", "Bailiffs"),
    ("Orderly", "Orderlies"), ("Boss", "Bosses"), ("Sheriff", "Sheriffs"),
    ("Inspector", "Inspectors"), ("Underwriter", "Underwriters"), ("Umpire", "Umpires"),
    ("Chief", "Chiefs"), ("Tech", "Techs"),
)  # fmt: skip
#: Modifiers, including plural-looking ones that must never be inflected.
MODIFIERS: tuple[str, ...] = (
    "Senior", "Patient", "Account", "Collections", "Sales", "Human Resources", "Claims",
    "Operations", "Computer Systems", "Benefits", "Medical", "Data", "HR", "UX", "Payroll",
    "European", "Medicaid", "Hourly", "Physics", "Arts", "Emergency", "Night Shift",
)  # fmt: skip
#: Prepositional complements that follow the head ("Chief of Staff").
COMPLEMENTS: tuple[str, ...] = ("of Staff", "of Operations", "to the Director", "for Sales")


@attrs.frozen
class GeneratedTitle:
    """A generated title and the number it was built in."""

    text: str
    number: str  # "singular" or "plural"


@st.composite
def _title(draw: st.DrawFn, number: str | None) -> GeneratedTitle:
    chosen = number or draw(st.sampled_from(("singular", "plural")))
    index = 0 if chosen == "singular" else 1
    modifiers = draw(st.lists(st.sampled_from(MODIFIERS), max_size=2, unique=True))
    heads = draw(st.lists(st.sampled_from(HEADS), min_size=1, max_size=3, unique=True))
    words = [" ".join([*modifiers, heads[0][index]])] + [head[index] for head in heads[1:]]
    coordinator = "and" if chosen == "plural" else "or"
    if len(words) == 1:
        text = words[0]
    elif len(words) == 2:
        text = f"{words[0]} {coordinator} {words[1]}"
    else:
        text = f"{', '.join(words[:-1])}, {coordinator} {words[-1]}"
    if len(heads) == 1 and draw(st.booleans()):
        text += " " + draw(st.sampled_from(COMPLEMENTS))
    shape = draw(st.sampled_from(("as is", "upper", "lower", "all other")))
    if shape == "upper":
        text = text.upper()
    elif shape == "lower":
        text = text.lower()
    elif shape == "all other":
        text += ", All Other"
    return GeneratedTitle(text, chosen)


def job_titles(number: str | None = None) -> st.SearchStrategy[GeneratedTitle]:
    """Job titles assembled from modifiers, person nouns and complements, singular or plural.

    Coordinated titles follow careerprose's convention (plural "and", singular "or"), so the
    singular and plural of any generated title are each other's round trip.
    """
    if number not in (None, "singular", "plural"):
        msg = f"job_titles: number must be 'singular', 'plural' or None, got {number!r}"
        raise ValueError(msg)
    return _title(number)


@attrs.frozen
class FirstWord:
    """A word and the article its sound takes ("a" or "an")."""

    word: str
    article: str


_VOWEL_SOUND = (
    "umpire", "engineer", "analyst", "officer", "inspector", "editor", "actuary", "usher",
    "hour", "hourly", "honest", "honor", "heir", "unimportant", "urban", "umbrella", "owner",
    "X-ray", "FBI", "HR", "LPN", "RN", "MBA", "SEO", "NP", "8th", "11th", "18th", "80-hour",
)  # fmt: skip
_CONSONANT_SOUND = (
    "manager", "nurse", "teacher", "university", "union", "user", "European", "eulogy", "one",
    "one-hour", "once-weekly", "unit", "usual", "utility", "urologist", "herbalist", "house",
    "UX", "CNA", "NASA", "NICU", "URL", "1st", "110-bed", "1,800-seat", "yard", "wage",
)  # fmt: skip
_SPOKEN_VOWEL = frozenset({"eight", "eighteen", "eighty", "eleven"})
_LETTER_VOWEL = frozenset("AEFHILMNORSX")
_SPOKEN_ACRONYMS = frozenset(
    {"NASA", "NATO", "NOAA", "NICU", "PICU", "PACU", "FEMA", "FAFSA", "HIPAA", "HIPPA", "HUD",
     "SWAT", "SCUBA", "STEM", "SIM", "LEED", "LASER", "RADAR", "SONAR", "NAFTA", "MEDEVAC",
     "HAZMAT", "ROTC", "TESOL", "TEFL", "UNICEF", "UNESCO", "OSHA", "ERISA", "OPEC", "ESOL",
     "AIDS", "ASAP", "ICE", "CARE", "CAT", "MAP", "MAT", "PAL", "ARM"}
)  # fmt: skip


def _number_word(value: int, ordinal: bool) -> FirstWord:
    # An ordinal starts with the same sound as its cardinal (eight/eighth, one/first), so the
    # cardinal as num2words reads it (through number_words) decides the article.
    spoken = number_words(value)
    first = spoken.replace(",", " ").replace("-", " ").split()[0]
    suffix = "th"
    if ordinal:
        if value % 100 not in (11, 12, 13):
            suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        figure = f"{value}{suffix}"
    else:
        figure = f"{value:,}" if value >= 1000 and value % 7 else str(value)
    return FirstWord(figure, "an" if first in _SPOKEN_VOWEL else "a")


def first_words() -> st.SearchStrategy[FirstWord]:
    """First words with the article their sound takes: listed words, letter-by-letter
    acronyms (the article of the first letter's name) and figures (read aloud by num2words,
    through :func:`careerprose.english.number_words`)."""
    listed = st.sampled_from(
        [FirstWord(w, "an") for w in _VOWEL_SOUND] + [FirstWord(w, "a") for w in _CONSONANT_SOUND]
    )
    acronyms = (
        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=4)
        .filter(lambda word: word not in _SPOKEN_ACRONYMS)
        .map(lambda word: FirstWord(word, "an" if word[0] in _LETTER_VOWEL else "a"))
    )
    figures = st.builds(_number_word, st.integers(0, 10**7), st.booleans())
    return st.one_of(listed, acronyms, figures)


def quantity_values(kind: QuantityKind | str) -> st.SearchStrategy[int | float]:
    """Plausible values of a quantity kind, as records hold them (ints and floats)."""
    what = QuantityKind(kind)
    ranges: dict[QuantityKind, tuple[float, float, int]] = {
        QuantityKind.MONEY: (0, 1_000_000, 2),
        QuantityKind.HOURLY: (0, 500, 3),
        QuantityKind.SHARE: (0, 100, 2),
        QuantityKind.RATE: (-100, 300, 2),
        QuantityKind.COUNT: (0, 5_000_000, 0),
        QuantityKind.AGE: (14, 90, 1),
        QuantityKind.YEARS: (0, 50, 2),
        QuantityKind.MONTHS: (0, 240, 0),
        QuantityKind.RATING: (0, 5, 2),
    }
    low, high, places = ranges[what]
    whole = st.integers(int(low), int(high))
    if not places:
        return whole
    return whole | st.decimals(low, high, places=places).map(float)
