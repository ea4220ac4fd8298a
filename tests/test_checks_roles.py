"""The roles check (careerprose.checks.roles) finds the same problems with its shortcuts as
without them.

Issue 13 asks the checker to cost no more than writing, so the roles check skips work whose
answer is already known: searches one substring test answers (a value or ratio the sentence
does not print in any case, or each value printed once and in the order of the names), the
whole-word search for a value set off by spaces or marks, and the clauses of a sentence that
names each side once; and it reads whether a name is compared with only for the names it
passes. These tests pin the shortcuts to the full reading, finding for finding, and the
subject of a word to its definition, on sentences made of the pieces that trip a whole-word
search: figures inside longer figures, values in another case or inside a difference or
ratio, lower bounds, names on either side, a side named twice, and values ("( )", "( ") that
only blanking a difference ("5" of "(5)") or the longer value makes appear.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import example, given, settings
from hypothesis import strategies as st

from careerprose import Occupation
from careerprose.article import Fact, Sentence
from careerprose.checks import Mention, Mentions, role_problems, roles

MENTIONS = Mentions(Occupation("Registered Nurses"), Occupation("Billing Clerks"))
NAMES_A = ["Registered nurses", "registered nurses", "nurses", "Nurses"]
NAMES_B = ["billing clerks", "Billing clerks", "clerks", "a billing clerk"]
VALUES = ["$5", "$5.5", "5", "$0.00", "$0.00 or more", "12%", "-12%", "8%", "1,400", "Oregon",
          "Medford, OR", "x y", "( )"]  # fmt: skip
DIFFERENCES = [None, "1,400 more", "$0.5 more", "12 percentage points", "4 fewer", "5"]
RATIOS = [None, "38% fewer", "about 2.1 times as many", "8% more; 12%"]
WORDING = [" ", " ", ", ", ". ", " than ", " with the ", " earn ", " more", " fewer", " less",
           " or more", "$", "-", ".5", ",0", "About 2.1 times as many", "OREGON", "oregon",
           "MEDFORD, or", "(5)", " nurses", " clerks", "; "]  # fmt: skip

RATIO = Fact(
    "jobs", a_text="4", b_text="2", relation="higher", ratio_text="about 2.1 times as many"
)


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    """A comparison of two values, perhaps with a difference and ratios."""
    return Fact(
        "salary.average",
        a_text=draw(st.sampled_from(VALUES)),
        b_text=draw(st.sampled_from(VALUES)),
        relation=draw(st.sampled_from(["higher", "lower", None])),
        difference_text=draw(st.sampled_from(DIFFERENCES)),
        ratio_text=draw(st.sampled_from(RATIOS)),
    )


@st.composite
def sentences(draw: st.DrawFn) -> Sentence:
    """A sentence naming both occupations, with its facts' texts and other wording around."""
    stated = tuple(draw(st.lists(facts(), min_size=1, max_size=2)))
    texts = [text for fact in stated for text in fact.texts()]
    words = st.sampled_from([*WORDING, *texts, *(t.capitalize() for t in texts)])
    names = [draw(st.sampled_from(NAMES_A)), draw(st.sampled_from(NAMES_B))]
    if draw(st.booleans()):
        names.reverse()
    pieces = [draw(st.lists(words, max_size=6)) for _ in range(3)]
    text = "".join([*pieces[0], names[0], *pieces[1], names[1], *pieces[2]])
    return Sentence(text, stated)


@contextmanager
def shortcuts_off() -> Iterator[None]:
    roles.SHORTCUTS = False
    try:
        yield
    finally:
        roles.SHORTCUTS = True


def problems(sentence: Sentence) -> list[str]:
    return role_problems("intro", sentence, MENTIONS)


@settings(max_examples=600, deadline=None)
@given(sentences())
@example(Sentence("About 2.1 times as many billing clerks as registered nurses.", (RATIO,)))
@example(
    Sentence(
        "Nurses earn $5.5 and clerks earn OREGON.",
        (Fact("x", a_text="Oregon", b_text="$5.5", relation="higher"),),
    )
)
@example(
    Sentence(
        "Registered nurses (5), and billing clerks earn $5.",
        (Fact("x", a_text="$5", b_text="( )", difference_text="5"),),
    )
)
@example(
    Sentence(
        "Registered nurses earn $5 against $8, while clerks hold 12% to the 8% of nurses.",
        (Fact("pay", a_text="$5", b_text="$8"), Fact("jobs", a_text="8%", b_text="12%")),
    )
)
def test_the_shortcuts_find_what_the_full_searches_find(sentence: Sentence) -> None:
    with shortcuts_off():
        expected = problems(sentence)
    assert problems(sentence) == expected


def test_a_ratio_capitalised_at_the_start_is_said_of_its_subject() -> None:
    wrong = Sentence("About 2.1 times as many billing clerks as registered nurses.", (RATIO,))
    right = Sentence("About 2.1 times as many registered nurses as billing clerks.", (RATIO,))
    assert [p for p in problems(wrong) if "the ratio 'about 2.1 times as many'" in p]
    assert not problems(right)


def test_a_value_printed_in_another_case_is_still_placed() -> None:
    state = Fact("salary.highest_paying_state", a_text="Oregon", b_text="Texas")
    wrong = Sentence("The best-paying state is texas for nurses and oregon for clerks.", (state,))
    right = Sentence("The best-paying state is oregon for nurses and texas for clerks.", (state,))
    assert [p for p in problems(wrong) if "Oregon belongs to the occupation named first" in p]
    assert not problems(right)


@st.composite
def named(draw: st.DrawFn) -> tuple[str, list[Mention], int]:
    """A text of words and names (each a mention of a side), and a position in it."""
    text, mentions = "", []
    for _ in range(draw(st.integers(0, 8))):
        word = draw(st.sampled_from([" ", ", ", "than ", "the ", "with ", "more ", "x" * 30]))
        text += word
        if draw(st.booleans()):
            side, name = draw(st.sampled_from([("a", "nurses"), ("b", "clerks")]))
            mentions.append(Mention(side, len(text), len(text) + len(name), name))
            text += name
    return text, mentions, draw(st.integers(0, len(text)))


@settings(max_examples=400, deadline=None)
@given(named())
def test_the_subject_is_the_nearest_name_not_compared_with(
    case: tuple[str, list[Mention], int],
) -> None:
    text, mentions, at = case
    # The definition: names compared with are passed over, unless every name is one.
    subjects = [m for m in mentions if not roles._compared_with(text, m)] or mentions
    before = [m for m in subjects if m.end <= at]
    after = [m for m in subjects if m.start >= at]
    expected = before[-1].side if before else after[0].side if after else None
    assert roles._subject(mentions, at, text) == expected


def test_figures_are_ordered_by_the_names_of_their_own_clause() -> None:
    pay, jobs = Fact("pay", a_text="$5", b_text="$8"), Fact("jobs", a_text="8%", b_text="12%")
    right = "Registered nurses earn $5 against $8, while clerks hold 12% to the 8% of nurses."
    wrong = "Registered nurses earn $5 against $8, while clerks hold 8% to the 12% of nurses."
    assert not problems(Sentence(right, (pay, jobs)))
    assert [p for p in problems(Sentence(wrong, (pay, jobs))) if "jobs: 8% belongs to" in p]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(["$5", "5", "5.5", "x", "X", " ", "(", ")", ";", ":", ".", ",",
                                   "-", "$", "é", "the 5"]), max_size=8).map("".join),
    value=st.sampled_from(["5", "$5", "x", "X", "5.5", "the 5", "5 (", ")"]),
)  # fmt: skip
def test_a_value_is_placed_at_its_first_whole_word(text: str, value: str) -> None:
    with shortcuts_off():
        expected = roles._position(text, value)
    assert roles._position(text, value) == expected


#: Values and phrases for the order shortcut: figures inside longer ones ("$5" in "$5.5"), a
#: value a blanked phrase makes ("( )" once the "5" of "(5)" is blanked), values holding a
#: space ("x y") or starting or ending with one, and a longer value whose blank makes the
#: shorter before it ("($5z " with "$5z" blanked holds "( " at its start).
ORDER_VALUES = ["$5", "$5.5", "5", "8%", "( )", "x y", " y", "( ", "$5z", "x5"]
ORDER_PHRASES = [None, "5", "x", "5.5"]
ORDER_PIECES = [" ", " ", "(", ")", "(5)", ".", "x", "y", "z", "$"]


@st.composite
def orderings(draw: st.DrawFn) -> Sentence:
    """A sentence naming each side once, of a few pieces, values and phrases."""
    fact = Fact(
        "pay",
        a_text=draw(st.sampled_from(ORDER_VALUES)),
        b_text=draw(st.sampled_from(ORDER_VALUES)),
        difference_text=draw(st.sampled_from(ORDER_PHRASES)),
        ratio_text=draw(st.sampled_from(ORDER_PHRASES)),
    )
    words = st.sampled_from([*ORDER_PIECES, *ORDER_VALUES, *filter(None, ORDER_PHRASES)])
    names = ["nurses", "clerks"] if draw(st.booleans()) else ["clerks", "nurses"]
    pieces = [draw(st.lists(words, max_size=5)) for _ in range(3)]
    text = "".join([*pieces[0], " ", names[0], " ", *pieces[1], " ", names[1], " ", *pieces[2]])
    return Sentence(text, (fact,))


def _pay(text: str, a: str, b: str, difference: str | None = None) -> Sentence:
    return Sentence(text, (Fact("pay", a_text=a, b_text=b, difference_text=difference),))


@settings(max_examples=1500, deadline=None)
@given(orderings())
@example(_pay(" nurses (5) clerks $5 ( )", "$5", "( )", "5"))  # the phrase's blank makes "( )"
@example(_pay(" nurses $5.5 clerks 8% $5", "$5", "8%"))  # "$5" first inside "$5.5"
@example(_pay(" clerks $5.5 nurses 8% $5", "8%", "$5"))
@example(_pay(" nurses ($5z clerks ( x", "$5z", "( "))  # the longer's blank makes "( "
def test_values_once_in_the_order_of_the_names_are_judged_as_in_full(sentence: Sentence) -> None:
    with shortcuts_off():
        expected = problems(sentence)
    assert problems(sentence) == expected
