"""The records checks (careerprose.checks.records) find the same problems from their caches and
shortcuts as judged in full.

Issue 13 asks the checker to cost no more than writing, so a list of one occupation's skills,
duties or technologies, which recurs in every article of the occupation, is judged once and
its verdict kept, keyed by the items and the record; and a table row showing both values as
its fact does is not looked at further. These tests pin the cached verdicts and the shortcut
to the full reading, finding for finding: lists of either side, lists mixing both sides, items
of the other record or of neither, the same items judged against a record that has changed,
and rows with cells as shown, changed, missing or holding a figure where a value is missing.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from careerprose import Occupation
from careerprose.article import BulletList, Fact, Sentence, Table, TableRow
from careerprose.checks import Mentions, list_problems, ranking_problems, records, table_problems
from careerprose.records.model import Skill

NURSES = Occupation(
    "Registered Nurses",
    responsibilities=("Monitor patients.", "Keep records of care."),
    skills=(Skill("Active Listening", 70), Skill("Monitoring", 55), Skill("Speaking", 40)),
    in_demand_technologies=("Epic Systems", "Microsoft Excel"),
)
CLERKS = Occupation(
    "Billing Clerks",
    responsibilities=("Keep records of care.", "Send bills."),
    skills=(Skill("Mathematics", 60), Skill("Active Listening", None), Skill("Billing", 20)),
    in_demand_technologies=("Microsoft Excel", "QuickBooks"),
)
#: Each record as changed by an edit: a skill's share, a duty and a technology dropped.
CHANGED = {
    NURSES: attrs.evolve(
        NURSES,
        skills=(Skill("Active Listening", 71), *NURSES.skills[1:]),
        responsibilities=NURSES.responsibilities[:1],
    ),
    CLERKS: attrs.evolve(CLERKS, in_demand_technologies=("QuickBooks",)),
}
SKILLS = [("Active Listening", 70), ("Active Listening", None), ("Monitoring", 55),
          ("Mathematics", 60), ("Speaking", 40), ("Typing", None)]  # fmt: skip
DUTIES = ["Monitor patients.", "monitor  patients", "Keep records of care.", "Send bills.",
          "Sing."]  # fmt: skip
TOOLS = ["Epic Systems", "Microsoft Excel", "QuickBooks", "Vim"]


@st.composite
def items(draw: st.DrawFn) -> tuple[Sentence, ...]:
    """A list's items: one field's values, each item of one side, mostly all of the same."""
    fields: list[tuple[str, list[Any]]] = [
        ("skills", SKILLS),
        ("responsibilities", DUTIES),
        ("in_demand_technologies", TOOLS),
    ]
    field, values = draw(st.sampled_from(fields))
    side = draw(st.sampled_from("ab"))
    listed = []
    for value in draw(st.lists(st.sampled_from(values), max_size=5)):
        item_side = draw(st.sampled_from([side, side, side, "a", "b"]))
        fact = Fact(field, a=value) if item_side == "a" else Fact(field, b=value)
        text = value[0] if isinstance(value, tuple) else value
        listed.append(Sentence(text, (fact,) if draw(st.integers(0, 9)) else ()))
    return tuple(listed)


def full(listed: tuple[Sentence, ...], pair: dict[str, Occupation]) -> list[str]:
    return list(records._list_problems("skills", listed, pair))


@settings(max_examples=500, deadline=None)
@given(items(), st.permutations([NURSES, CLERKS]), st.booleans())
def test_a_list_judged_from_its_cached_verdict_as_in_full(
    listed: tuple[Sentence, ...], order: list[Occupation], changed: bool
) -> None:
    pair = {"a": order[0], "b": order[1]}
    assert list(list_problems("skills", BulletList(listed), pair)) == full(listed, pair)
    # The same items against the same records changed: a verdict of their own.
    if changed:
        pair = {side: CHANGED[occupation] for side, occupation in pair.items()}
        assert list(list_problems("skills", BulletList(listed), pair)) == full(listed, pair)


def test_a_changed_record_is_judged_afresh() -> None:
    duty = (
        Sentence("Keep records of care.", (Fact("responsibilities", a="Keep records of care."),)),
    )
    assert not list(list_problems("duties", BulletList(duty), {"a": NURSES, "b": CLERKS}))
    dropped = attrs.evolve(NURSES, responsibilities=("Monitor patients.",))
    assert list(list_problems("duties", BulletList(duty), {"a": dropped, "b": CLERKS})) == [
        "duties: not a duty of the a record: 'Keep records of care.'"
    ]


def test_a_list_of_values_that_cannot_be_hashed_is_judged_in_full() -> None:
    skill = Sentence("Typing", (Fact("skills", b=["Typing", None]),))
    pair = {"a": NURSES, "b": CLERKS}
    assert list(list_problems("skills", BulletList((skill,)), pair)) == full((skill,), pair)


CELLS = [None, "$5", "$50", "5", "—", "Oregon", "Medford, OR", ""]
MENTIONS = Mentions(NURSES, CLERKS)
HEADER = (MENTIONS.forms["a"].display, MENTIONS.forms["b"].display)


@st.composite
def rows(draw: st.DrawFn) -> TableRow:
    """A row whose cells are mostly its fact's values as shown, perhaps changed or missing."""
    field = draw(st.sampled_from(["salary.average", *records.TEXT_FIELDS]))
    a_text, b_text = draw(st.sampled_from(CELLS)), draw(st.sampled_from(CELLS))
    cells: list[str | None] = [a_text or "—", b_text or "—"]
    for side in (0, 1):
        if not draw(st.integers(0, 3)):  # changed, or null as JSON may read it back
            cells[side] = draw(st.sampled_from(CELLS))
    fact = Fact(field, a=a_text, b=b_text, a_text=a_text, b_text=b_text)
    return TableRow(field, cells[0], cells[1], fact if draw(st.integers(0, 9)) else None)  # type: ignore[arg-type]


def judged(table: Table) -> list[str] | str:
    """The table's problems, or the error judging it raised (a cell read back as null)."""
    try:
        return list(table_problems("salary", table, {"a": NURSES, "b": CLERKS}, MENTIONS))
    except TypeError as error:
        return repr(error)


@settings(max_examples=300, deadline=None)
@given(st.lists(rows(), max_size=6), st.booleans())
def test_a_table_judged_with_its_shortcut_as_in_full(found: list[TableRow], named: bool) -> None:
    table = Table(HEADER if named else ("Nurses", "Clerks"), tuple(found))
    records.SHORTCUTS = False
    try:
        expected = judged(table)
    finally:
        records.SHORTCUTS = True
    assert judged(table) == expected


RANKED = [("Active Listening", "Monitoring"), ("Monitoring", "Active Listening"),
          ("Mathematics", "Active Listening"), ("Speaking",), ("Typing", "Speaking"),
          ("Mathematics", "Billing")]  # fmt: skip


@st.composite
def rankings(draw: st.DrawFn) -> Sentence:
    """A sentence calling a side's skills (or both sides') the top ones, or merely listing them,
    its facts showing the list as written or otherwise (then the whole sentence is read, with
    the occupations' names, "billing clerks" holding the skill "billing")."""
    facts, parts = [], []
    for side in draw(st.sampled_from(["a", "b", "ab", "ba"])):
        skills = draw(st.sampled_from(RANKED))
        said = draw(st.sampled_from([skills, tuple(reversed(skills))]))
        written = " and ".join(name.lower() for name in said)
        shown = draw(st.sampled_from([written, " and ".join(skills), "the skills"]))
        name = "registered nurses" if side == "a" else "billing clerks"
        words = draw(st.sampled_from(["the top skills are", "we list"]))
        parts.append(f"for {name} {words} {written}")
        if side == "a":
            facts.append(Fact("skills", a=skills, a_text=shown))
        else:
            facts.append(Fact("skills", b=skills, b_text=shown))
    facts.append(Fact("skills.top_count", a_text="two"))
    return Sentence("; ".join(parts).capitalize() + ".", tuple(facts))


def ranked(sentence: Sentence, pair: dict[str, Occupation], named: bool) -> list[str]:
    return list(ranking_problems("intro", sentence, pair, MENTIONS if named else None))


@settings(max_examples=300, deadline=None)
@given(rankings(), st.permutations([NURSES, CLERKS]), st.booleans())
def test_a_ranking_judged_from_its_cached_verdict_as_in_full(
    sentence: Sentence, order: list[Occupation], named_first: bool
) -> None:
    # The same sentence with its names read and not, about the records and about them
    # changed: each a verdict of its own.
    pair = {"a": order[0], "b": order[1]}
    changed = {side: CHANGED[occupation] for side, occupation in pair.items()}
    for records_of in (pair, changed):
        for named in (named_first, not named_first):
            records.SHORTCUTS = False
            try:
                expected = ranked(sentence, records_of, named)
            finally:
                records.SHORTCUTS = True
            assert ranked(sentence, records_of, named) == expected
