"""careerprose.english.reference: referring expressions that never name the wrong job."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerprose import datasets
from careerprose.english import EnglishError, JobTitle, default_lexicon
from careerprose.english.lexicon import title_key
from careerprose.english.reference import (
    KnownNames,
    PairReference,
    both_titles,
    builtin_names,
    coordinate,
    readings,
    refer,
)
from careerprose.testing.english import job_titles

TITLES = [JobTitle(occupation.title) for occupation in datasets.occupations()]
_NO_MODIFIER = re.compile(r"[,()\[\]]|\b(?:of|to|for|in|at|on|or)\b")


def _heads(title: JobTitle) -> set[str]:
    """The head noun, and the last word too when a complement follows the head."""
    bare = title.plural.split(" (")[0]
    head_phrase = re.split(r" (?:of|to|for|in) ", bare)[0]
    return {bare.split()[-1], head_phrase.split()[-1]}


def _same_head_pairs() -> list[tuple[JobTitle, JobTitle]]:
    by_head: dict[str, list[JobTitle]] = defaultdict(list)
    for title in TITLES:
        for head in _heads(title):
            by_head[head].append(title)
    pairs = {pair for group in by_head.values() for pair in itertools.permutations(group, 2)}
    return sorted(pairs, key=lambda pair: (pair[0].text, pair[1].text))


SAME_HEAD = _same_head_pairs()

# (side a, side b, a's later mention, b's later mention): the expected strings state the rule.
EXAMPLES = [
    # (a) a short form never reads as the other side: both are clerks, so neither is "clerks"
    ("Court, Municipal, and License Clerks", "Procurement Clerks",
     "court, municipal, and license clerks", "procurement clerks"),
    # (a) both are nurses: "nurses" would name either, so the full titles stay
    ("Registered Nurses", "Licensed Practical and Licensed Vocational Nurses",
     "registered nurses", "licensed practical nurses"),
    # (b) and (c): "jockeys" ride horses; a rule keeps two words at least
    ("Disc Jockeys, Except Radio", "Tour and Travel Guides",
     "disc jockeys", "tour guides"),
    # the inverted qualifier goes, the specific noun phrase stays; never bare "operators"
    ("Derrick Operators, Oil and Gas", "Plumbers, Pipefitters, and Steamfitters",
     "derrick operators", "plumbers"),
    # (b) a reading of another built-in title names that one too: transit and intercity bus
    # drivers are bus drivers, and so are floor, ceiling, and wall insulation workers
    ("Bus Drivers, School", "Registered Nurses", "school bus drivers", "registered nurses"),
    ("Bus Drivers, Transit and Intercity", "Registered Nurses",
     "transit and intercity bus drivers", "registered nurses"),
    ("Insulation Workers, Mechanical", "Plumbers, Pipefitters, and Steamfitters",
     "mechanical insulation workers", "plumbers"),
    ("Maintenance Workers, Machinery", "Roofers", "machinery maintenance workers", "roofers"),
    # (b) a form naming one member other than the first is a sub-job ...
    ("Petroleum Pump System Operators, Refinery Operators, and Gaugers", "Registered Nurses",
     "petroleum pump system operators, refinery operators, and gaugers", "registered nurses"),
    ("Arbitrators, Mediators, and Conciliators", "Roofers",
     "arbitrators, mediators, and conciliators", "roofers"),
    # ... so the lexicon's next form is taken: the first member, or one spanning two members
    ("Administrative Law Judges, Adjudicators, and Hearing Officers", "Roofers",
     "administrative law judges", "roofers"),
    ("Reservation and Transportation Ticket Agents and Travel Clerks", "Roofers",
     "reservation and ticket agents", "roofers"),
    # both sides' qualifier is dropped the same way: the pair reads evenly
    ("Geography Teachers, Postsecondary", "History Teachers, Postsecondary",
     "geography teachers", "history teachers"),
    # a qualifier both titles share is never dropped on one side only
    ("Geography Teachers, Postsecondary", "Postsecondary Teachers, All Other",
     "postsecondary geography teachers", "postsecondary teachers (all other)"),
    # long post-modified and coordinated titles take the lexicon's short form
    ("First-Line Supervisors of Construction Trades and Extraction Workers", "Electricians",
     "construction supervisors", "electricians"),
    ("Adult Basic Education, Adult Secondary Education, and English as a Second Language "
     "Instructors", "Tutors", "ESL instructors", "tutors"),
    # ... unless that short form is a reading of the other side
    ("General and Operations Managers", "Managers, All Other",
     "general managers", "managers (all other)"),
    ("Heavy and Tractor-Trailer Truck Drivers", "Light Truck Drivers",
     "heavy truck drivers", "light truck drivers"),
    # carpenter helpers stay carpenter helpers, never "helpers"
    ("Helpers--Carpenters", "Carpenters", "carpenter helpers", "carpenters"),
    # a bare title that would also name the other side keeps its "Except" note
    ("Teaching Assistants, Except Postsecondary", "Teaching Assistants, Postsecondary",
     "teaching assistants (except postsecondary)", "postsecondary teaching assistants"),
    # a long title opening with a rank keeps the rank and the head (the seed pair) ...
    ("Senior Patient Account Representative", "Collections Specialist",
     "senior representatives", "collections specialists"),
    ("Lead Patient Care Technician", "Phlebotomists", "lead technicians", "phlebotomists"),
    # ... unless the other side has the same head ("senior representatives" could be either)
    ("Senior Patient Account Representative", "Senior Sales Representative",
     "senior patient account representatives", "senior sales representatives"),
    # ... and never for a short title, where nothing is heavy
    ("Senior Software Engineer", "Data Scientist", "senior software engineers", "data scientists"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "later_a", "later_b"), EXAMPLES, ids=[f"{row[0]} vs {row[1]}" for row in EXAMPLES]
)
def test_issue_examples(a: str, b: str, later_a: str, later_b: str) -> None:
    pair = refer(JobTitle(a), JobTitle(b))
    assert (pair.a.later.plural, pair.b.later.plural) == (later_a, later_b)
    assert pair.distinct


def test_there_are_thousands_of_same_head_pairs() -> None:
    assert len(SAME_HEAD) > 10_000


def test_no_later_mention_reads_as_the_other_side() -> None:
    """Over every built-in pair that shares a head noun: a later mention that is not the full
    title is never a reading of the other side's full title, later mention or head noun."""
    wrong = []
    for a, b in SAME_HEAD:
        pair = refer(a, b)
        for mine, other in ((pair.a, pair.b), (pair.b, pair.a)):
            if not mine.shortened:
                continue
            seen = readings(other.full.plural) | readings(other.later.plural)
            if mine.later.plural.casefold() in seen or mine.later.singular.casefold() in seen:
                wrong.append((a.text, b.text, mine.later.plural))
    assert wrong == []


def test_no_short_form_is_another_occupation() -> None:
    known = builtin_names()
    wrong = []
    for a, b in SAME_HEAD:
        pair = refer(a, b)
        for title, mine in ((a, pair.a), (b, pair.b)):
            if mine.shortened and known.claimed_by_other(mine.later.plural, own=title.plural):
                wrong.append((title.text, mine.later.plural))
    assert wrong == []


def test_no_later_mention_is_a_reading_of_another_built_in_title() -> None:
    """Over the whole dataset: a shortened later mention is part of no other title ("bus
    drivers" for school bus drivers would also name transit and intercity bus drivers)."""
    others: dict[str, set[str]] = defaultdict(set)
    for title in TITLES:
        for reading in readings(title.plural):
            others[reading].add(title.plural.casefold())
    wrong = []
    for title in TITLES:
        other = JobTitle("Zoo Keepers")  # a title no built-in one shares a word with
        mine = refer(title, other).a
        later = mine.later.plural.casefold()
        if mine.shortened and others.get(later, set()) - {title.plural.casefold()}:
            wrong.append((title.text, later))
    assert wrong == []


@pytest.mark.parametrize(
    ("title", "form", "sub_job"),
    [
        ("Petroleum Pump System Operators, Refinery Operators, and Gaugers",
         "refinery operators", True),
        ("Substance Abuse, Behavioral Disorder, and Mental Health Counselors",
         "mental health counselors", True),
        ("Court, Municipal, and License Clerks", "license clerks", True),
        ("Bioengineers and Biomedical Engineers", "biomedical engineers", True),
        # the first member leads the category
        ("Plumbers, Pipefitters, and Steamfitters", "plumbers", False),
        ("Licensed Practical and Licensed Vocational Nurses", "licensed practical nurses", False),
        # two members, none, or the head the members share
        ("Farmers, Ranchers, and Other Agricultural Managers", "farmers and ranchers", False),
        ("Computer and Information Systems Managers", "IT managers", False),
        ("Derrick Operators, Oil and Gas", "derrick operators", False),
        ("Police and Sheriff's Patrol Officers", "patrol officers", False),
        ("Forging Machine Setters, Operators, and Tenders, Metal and Plastic",
         "forging machine operators", False),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else None,
)  # fmt: skip
def test_a_lexicon_form_naming_a_later_member_is_a_sub_job(
    title: str, form: str, sub_job: bool
) -> None:
    lexicon = default_lexicon().extend({"short_forms": {title: [form]}})
    pair = refer(JobTitle(title, lexicon=lexicon), JobTitle("Astronomers", lexicon=lexicon))
    assert (pair.a.later.plural != form) is sub_job


def test_a_pair_is_only_ambiguous_when_a_full_title_is() -> None:
    """``distinct`` is False only where no later form could help: a full title is itself a
    reading of the other side ("cashiers" beside "gambling change persons and booth cashiers")."""
    for a, b in SAME_HEAD:
        pair = refer(a, b)
        if not pair.distinct:
            inherent = pair.a.full.plural.casefold() in readings(
                pair.b.full.plural
            ) or pair.b.full.plural.casefold() in readings(pair.a.full.plural)
            assert inherent, (a.text, b.text)


def test_rule_made_short_forms_keep_two_words() -> None:
    lexicon_forms = {form for forms in default_lexicon().short_forms.values() for form in forms}
    for a, b in SAME_HEAD:
        pair = refer(a, b)
        for mine in (pair.a, pair.b):
            if mine.shortened and mine.later.plural not in lexicon_forms:
                assert len(mine.later.plural.split()) >= 2, mine.later.plural


@pytest.mark.parametrize("title", TITLES, ids=[t.text for t in TITLES])
def test_pre_modifier_rule(title: JobTitle) -> None:
    """Titles with a preposition, "or", a comma or brackets, or more than four words, never
    stand before a noun."""
    pair = refer(title, JobTitle("Astronomers" if title.text != "Astronomers" else "Tellers"))
    for mention in (pair.a.full, pair.a.later):
        if _NO_MODIFIER.search(mention.singular) or len(mention.singular.split()) > 4:
            assert mention.modifier is None
        else:
            assert mention.modifier == mention.singular


@pytest.mark.parametrize(
    ("title", "modifier"),
    [
        ("Registered Nurses", "registered nurse"),
        ("First-Line Supervisors of Construction Trades and Extraction Workers", None),
        ("Helpers--Brickmasons, Blockmasons, Stonemasons, and Tile and Marble Setters", None),
        ("Surgeons, All Other", None),
        ("Claims Adjusters, Examiners, and Investigators", None),  # "an adjuster, …, or …"
        ("Bill and Account Collectors", "bill and account collector"),
    ],
)
def test_pre_modifier_examples(title: str, modifier: str | None) -> None:
    assert refer(JobTitle(title), JobTitle("Astronomers")).a.full.modifier == modifier


def test_mention_forms_agree() -> None:
    later = refer(JobTitle("Derrick Operators, Oil and Gas"), JobTitle("Roofers")).a.later
    assert (later.singular, later.plural, later.a, later.the) == (
        "derrick operator",
        "derrick operators",
        "a derrick operator",
        "the derrick operator",
    )
    assert (later.possessive, later.plural_possessive) == (
        "derrick operator's",
        "derrick operators'",
    )


def test_a_job_compared_with_itself_is_refused() -> None:
    with pytest.raises(EnglishError, match="compared with itself"):
        refer(JobTitle("Registered Nurses"), JobTitle("registered nurse"))


def test_bad_arguments_are_named() -> None:
    with pytest.raises(EnglishError, match=r"side a must be a careerprose\.english\.JobTitle"):
        refer("Registered Nurses", JobTitle("Tellers"))  # type: ignore[arg-type]
    with pytest.raises(EnglishError, match="known must be"):
        refer(JobTitle("Tellers"), JobTitle("Cashiers"), known={})  # type: ignore[arg-type]
    with pytest.raises(EnglishError, match="expected 'a' or 'b'"):
        refer(JobTitle("Tellers"), JobTitle("Cashiers")).side("c")  # type: ignore[arg-type]
    with pytest.raises(EnglishError, match="readings: expected a title"):
        readings("  ")


def test_user_titles_are_checked_against_the_dataset() -> None:
    """A job-board title is never shortened to a built-in occupation's name."""
    forms = ["customer service representatives", "account representatives"]
    lexicon = default_lexicon().extend(
        {"short_forms": {"Senior Patient Account Representative": forms}}
    )
    pair = refer(
        JobTitle("Senior Patient Account Representative", lexicon=lexicon),
        JobTitle("Collections Specialist", lexicon=lexicon),
    )
    # "customer service representatives" is a built-in occupation: the next form is taken
    assert pair.a.later.plural == "account representatives"
    assert pair.b.later.plural == "collections specialists"


def test_known_names_can_be_supplied() -> None:
    known = KnownNames.from_titles(["Account Representatives"])
    lexicon = default_lexicon().extend(
        {"short_forms": {"Senior Patient Account Representative": ["account representatives"]}}
    )
    pair = refer(
        JobTitle("Senior Patient Account Representative", lexicon=lexicon),
        JobTitle("Collections Specialist", lexicon=lexicon),
        known=known,
    )
    # the lexicon's form is a known name: the rank-and-head rule's form is taken instead
    assert pair.a.later.plural == "senior representatives"
    blocked = KnownNames.from_titles(["Account Representatives", "Senior Representatives"])
    pair = refer(
        JobTitle("Senior Patient Account Representative", lexicon=lexicon),
        JobTitle("Collections Specialist", lexicon=lexicon),
        known=blocked,
    )
    assert not pair.a.shortened


def test_lexicon_short_forms_are_well_formed() -> None:
    """Every entry names a built-in title, its forms round-trip, and no two titles share one."""
    lexicon = default_lexicon()
    keys = {title_key(occupation.title) for occupation in datasets.occupations()}
    owners: dict[str, str] = {}
    for title, forms in lexicon.short_forms.items():
        assert title in keys, title
        for form in forms:
            forms_of = JobTitle(form)
            assert forms_of.plural == form, form
            assert JobTitle(forms_of.singular).plural == form, form
            assert owners.setdefault(form.casefold(), title) == title, form


def test_bad_short_forms_in_a_lexicon_file_are_named() -> None:
    with pytest.raises(EnglishError, match=r"short_forms\['Tellers'\]: expected a list"):
        default_lexicon().extend({"short_forms": {"Tellers": "bank tellers"}})
    with pytest.raises(EnglishError, match="short_forms: expected an object"):
        default_lexicon().extend({"short_forms": ["bank tellers"]})


@settings(max_examples=200, deadline=None)
@given(job_titles(), job_titles())
def test_generated_pairs(first: object, second: object) -> None:
    a, b = JobTitle(first.text), JobTitle(second.text)  # type: ignore[attr-defined]
    if a.plural.casefold() == b.plural.casefold():
        with pytest.raises(EnglishError):
            refer(a, b)
        return
    pair = refer(a, b)
    assert isinstance(pair, PairReference)
    for mine, other in ((pair.a, pair.b), (pair.b, pair.a)):
        assert mine.later.plural.casefold() in readings(mine.full.plural) or mine.shortened
        if mine.shortened:
            assert mine.later.plural.casefold() not in readings(other.full.plural)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("registered nurses", "dental hygienists", "registered nurses and dental hygienists"),
        ("proofreaders and copy markers", "bioengineers and biomedical engineers",
         "proofreaders and copy markers, as well as bioengineers and biomedical engineers"),
        ("actors", "producers and directors", "actors, as well as producers and directors"),
        ("court, municipal, and license clerks", "procurement clerks",
         "court, municipal, and license clerks, as well as procurement clerks"),
    ],
)  # fmt: skip
def test_coordinate_keeps_the_two_occupations_apart(first: str, second: str, expected: str) -> None:
    assert coordinate(first, second) == expected


@given(st.text(max_size=3).filter(lambda s: not s.strip()))
def test_coordinate_rejects_blank_titles(blank: str) -> None:
    with pytest.raises(EnglishError, match="coordinate: the first title"):
        coordinate(blank, "nurses")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("registered nurses", "dental hygienists", "both registered nurses and dental hygienists"),
        ("disc jockeys", "broadcast announcers and radio disc jockeys",
         "disc jockeys, as well as broadcast announcers and radio disc jockeys"),
        ("court, municipal, and license clerks", "procurement clerks",
         "court, municipal, and license clerks, as well as procurement clerks"),
    ],
)  # fmt: skip
def test_both_titles_never_reads_as_three_jobs(first: str, second: str, expected: str) -> None:
    assert both_titles(first, second) == expected
    closed = both_titles(first, second, closing_comma=True)
    assert closed == (expected + "," if "as well as" in expected else expected)
    with pytest.raises(EnglishError, match="both_titles: the second title"):
        both_titles(first, "")


def test_a_lexicon_title_in_any_prose_form_gets_its_short_forms() -> None:
    """ "Institution and Cafeteria Cook" is the lexicon's "Cooks, Institution and Cafeteria"."""
    from careerprose.english.reference import _lexicon_forms
    from careerprose.english.titles import title_forms

    lexicon = default_lexicon()
    for key, forms in lexicon.short_forms.items():
        prose = title_forms(key, lexicon=lexicon)
        for text in (prose.singular, prose.plural):
            title = JobTitle(text[:1].upper() + text[1:])
            assert _lexicon_forms(title) == forms, (key, text)
