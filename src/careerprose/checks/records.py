"""Tables, lists and rankings against the records.

- **tables**: the header names A then B; each row's cells are its fact's values as displayed
  (a placeholder, with no figure in it, where a value is missing), and the fact's values are
  the records' (for every field, not only the compared quantities);
- **lists**: each skill or duty listed is one of *that* occupation's, and one list never mixes
  the two occupations;
- **rankings**: skills called the top or most important ones are the highest-ranked by share
  when every skill has a share, else the first ones in the record's order.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from careerprose.article import BulletList, Fact, Sentence, Table
from careerprose.checks.mentions import Mention, Mentions, first_whole_word
from careerprose.checks.words import WholeWords
from careerprose.records.model import Occupation

__all__ = ["TEXT_FIELDS", "list_problems", "ranking_problems", "table_problems"]

#: Record fields printed as text, by the field name their facts carry.
TEXT_FIELDS: dict[str, Callable[[Occupation], Any]] = {
    "salary.highest_paying_city": lambda o: o.salary.highest_paying_city,
    "salary.highest_paying_state": lambda o: o.salary.highest_paying_state,
    "salary.best_paying_company": lambda o: o.salary.best_paying_company,
    "salary.best_paying_industry": lambda o: o.salary.best_paying_industry,
    "education.major": lambda o: o.education.major,
    "education.college": lambda o: o.education.college,
}
_FIGURE = re.compile(r"\d")
_STRINGS = itertools.repeat(str)  # isinstance's second argument, for map

#: Whether a table's usual row (both cells as its fact shows them) skips the cells' tests. The
#: tests turn this off to check that the shortcut finds what the full reading finds.
SHORTCUTS = True
_RANKING = WholeWords(
    ("top", "most", "main", "leading", "key", "chief", "highest", "first"), ignore_case=True
)


def _side_value(fact: Fact, side: str) -> tuple[Any, str | None]:
    return (fact.a, fact.a_text) if side == "a" else (fact.b, fact.b_text)


def table_problems(
    where: str, table: Table, records: dict[str, Occupation], mentions: Mentions
) -> Iterator[str]:
    """Header and rows of ``table`` that do not match the records."""
    expected = (mentions.forms["a"].display, mentions.forms["b"].display)
    if table.header != expected:
        yield f"{where}: table header {table.header!r}, expected {expected!r}"
    for row in table.rows:
        fact = row.fact
        if fact is None:
            continue
        a_text, b_text = fact.a_text, fact.b_text
        # The usual row shows both values as its fact does: no cell to look at further.
        if not SHORTCUTS or a_text is None or b_text is None or row.a != a_text or row.b != b_text:
            for side, cell, shown in (("a", row.a, a_text), ("b", row.b, b_text)):
                if shown is not None and cell != shown:
                    yield f"{where}/{row.label}: cell {side} is {cell!r}, its fact shows {shown!r}"
                elif shown is None and _FIGURE.search(cell):
                    yield f"{where}/{row.label}: cell {side} is {cell!r} but the value is missing"
        get = TEXT_FIELDS.get(fact.field)
        if get is not None:  # a record's own text: the record's, on both sides
            for side, occupation in records.items():
                value = fact.a if side == "a" else fact.b
                if value is not None and value != (held := get(occupation)):
                    yield (
                        f"{where}/{row.label}: {fact.field} {side}={value!r}, "
                        f"the record has {held!r}"
                    )


@functools.lru_cache(maxsize=16_384)  # a duty recurs in every article of its occupation
def _normal(text: str) -> str:
    """``text`` with its white space folded, no closing mark, case-folded: a duty as listed
    against the record's, however the template spaced or ended it."""
    return " ".join(text.split()).rstrip(".!?").casefold()


def _is_skill_item(value: Any) -> bool:
    """A listed skill's value: (name, share or None)."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], str)
        and (value[1] is None or isinstance(value[1], int | float))
    )


@functools.lru_cache(maxsize=4096)
def _listed(occupation: Occupation) -> tuple[frozenset[Any], frozenset[str]]:
    """An occupation's skills as (name, share) and its duties, normalised (cached)."""
    skills = frozenset((skill.name, skill.share) for skill in occupation.skills)
    return skills, frozenset(_normal(duty) for duty in occupation.responsibilities)


def _item_problem(
    where: str,
    item: Sentence,
    side: str,
    occupation: Occupation,
    listed: tuple[frozenset[Any], frozenset[str]],
) -> str | None:
    skills, duties = listed
    for fact in item.facts:
        value, _ = _side_value(fact, side)
        if fact.field == "skills" and _is_skill_item(value) and value not in skills:
            return f"{where}: {value[0]!r} is not a skill of the {side} record: {item.text!r}"
        tool = fact.field == "in_demand_technologies" and isinstance(value, str)
        if tool and value not in occupation.in_demand_technologies:
            return f"{where}: not a technology of the {side} record: {item.text!r}"
        duty = fact.field == "responsibilities" and isinstance(value, str)
        if duty and _normal(value) not in duties:
            return f"{where}: not a duty of the {side} record: {item.text!r}"
    return None


def list_problems(where: str, block: BulletList, records: dict[str, Occupation]) -> Iterator[str]:
    """List items that belong to the other occupation, or to neither."""
    items = block.items
    # The side the first item states: a list of one side's values is judged from its record
    # alone, once for every article that lists it.
    facts = items[0].facts if items else ()
    side = None
    if facts:
        side = "a" if facts[0].a is not None else "b" if facts[0].b is not None else None
    if side is not None:
        try:
            verdict = _one_side_verdict(where, items, side, records[side])
        except TypeError:  # a value that cannot be hashed (a list, read back from JSON)
            verdict = None
        if verdict is not None:
            return iter(verdict)
    return _list_problems(where, items, records)


def _sides(items: tuple[Sentence, ...]) -> set[str]:
    """The sides whose values ``items`` state."""
    sides: set[str] = set()
    for item in items:
        for fact in item.facts:
            if fact.a is not None:
                sides.add("a")
            if fact.b is not None:
                sides.add("b")
    return sides


@functools.lru_cache(maxsize=4096)  # about 9 MB when full: the lists of ~680 occupations
def _one_side_verdict(
    where: str, items: tuple[Sentence, ...], side: str, occupation: Occupation
) -> tuple[str, ...] | None:
    """:func:`list_problems` of ``items`` when they state only ``side``'s values, whose record
    is ``occupation``: judged once for every article listing them (keyed by the record, so a
    changed one is judged afresh); ``None`` when an item states another side's value."""
    if _sides(items) != {side}:
        return None
    return tuple(_side_problems(where, items, side, occupation))


def _list_problems(
    where: str, items: tuple[Sentence, ...], records: dict[str, Occupation]
) -> Iterator[str]:
    """:func:`list_problems`, judged in full."""
    sides = _sides(items)
    if len(sides) > 1:
        yield f"{where}: one list holds items of both occupations"
    for side in sides:
        yield from _side_problems(where, items, side, records[side])


def _side_problems(
    where: str, items: tuple[Sentence, ...], side: str, occupation: Occupation
) -> Iterator[str]:
    """The items whose ``side`` value is not one of ``occupation``'s."""
    listed = _listed(occupation)  # once a list, not once an item
    for item in items:
        problem = _item_problem(where, item, side, occupation, listed)
        if problem:
            yield problem


def _rank(share: Any) -> float:
    return -1.0 if share is None else float(share)


@functools.lru_cache(maxsize=4096)  # an occupation's top skills recur in its every article
def _ranked_correctly(listed: tuple[str, ...], occupation: Occupation) -> bool:
    """Whether ``listed`` are the occupation's top skills in rank order (see the module)."""
    skills = {skill.name.casefold(): skill for skill in occupation.skills}
    chosen = [skills.get(name.casefold()) for name in listed]
    if any(skill is None for skill in chosen):
        return False
    if any(skill.share is None for skill in occupation.skills):
        # No full ranking exists: only the record's own order can back a claim.
        order = [skill.name.casefold() for skill in occupation.skills]
        return [name.casefold() for name in listed] == order[: len(listed)]
    ranks = [_rank(skill.share) for skill in chosen if skill is not None]
    if any(later > earlier for earlier, later in itertools.pairwise(ranks)):
        return False
    left_out = [
        _rank(s.share) for n, s in skills.items() if n not in {x.casefold() for x in listed}
    ]
    return not left_out or max(left_out) <= min(ranks)


@functools.lru_cache(maxsize=8192)  # a sentence listing an occupation's skills recurs
def _said_order(text: str, names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The order ``names`` appear in ``text``, when each appears (whole words, any case)."""
    folded = text.lower()
    at = {}
    for name in sorted(names, key=len, reverse=True):  # "monitoring" after "operations monitoring"
        span = first_whole_word(folded, name.lower())
        if span is None:
            return None
        start, end = span
        at[name] = start
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return tuple(sorted(names, key=at.__getitem__))


def _scope(text: str, shown: str | None) -> str:
    """The part of ``text`` that states one side's list: the list as written when it is there
    (a sentence may give both sides' lists, "… are a, b and c; for clerks, they are d and a"),
    else the whole text."""
    span = first_whole_word(text.lower(), shown.lower()) if shown else None
    if span is None:
        return text
    start, end = span
    return text[start:end]


def ranking_problems(
    where: str, sentence: Sentence, records: dict[str, Occupation], mentions: Mentions | None = None
) -> Iterator[str]:
    """Skills called the top or most important ones that are not, by their shares, or that
    are written out of rank order (names of the occupations are not read as skills)."""
    a = b = None  # the records the sentence's skills are judged against
    for fact in sentence.facts:
        if fact.field == "skills":
            if fact.a is not None:
                a = records.get("a")
            if fact.b is not None:
                b = records.get("b")
    if a is None and b is None:
        return iter(())  # only skills are ranked, and only a side's own
    found = tuple(mentions.in_sentence(sentence)) if mentions is not None else None
    if not SHORTCUTS:
        return iter(_ranking_verdict.__wrapped__(where, sentence, found, a, b))
    try:
        return iter(_ranking_verdict(where, sentence, found, a, b))
    except TypeError:  # a value that cannot be hashed (a list, read back from JSON)
        return iter(_ranking_verdict.__wrapped__(where, sentence, found, a, b))


@functools.lru_cache(maxsize=4096)  # a sentence ranking one side's skills recurs
def _ranking_verdict(
    where: str,
    sentence: Sentence,
    found: tuple[Mention, ...] | None,
    a: Occupation | None,
    b: Occupation | None,
) -> tuple[str, ...]:
    """:func:`ranking_problems` of ``sentence`` naming the occupations at ``found`` (``None``:
    names not read), its skills judged against ``a``'s and ``b``'s records: judged once for
    every article that prints it about the same records (a changed record is another key)."""
    text = sentence.text
    if not (_RANKING.fast if text.isascii() else _RANKING.plain).search(text):
        return ()  # (WholeWords.search's choice of pattern, made here)
    for mention in found or ():
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    problems = []
    for fact in sentence.facts:
        if fact.field != "skills":
            continue
        for side, value, shown, occupation in (("a", fact.a, fact.a_text, a),
                                                ("b", fact.b, fact.b_text, b)):  # fmt: skip
            if not isinstance(value, tuple) or not all(map(isinstance, value, _STRINGS)):
                continue
            if occupation is None:  # the records lack the side (as records[side] reads it)
                raise KeyError(side)
            said = _said_order(_scope(text, shown), value)
            if said is not None and said != value:
                problems.append(
                    f"{where}: lists the top skills as {list(said)} but their ranking is "
                    f"{list(value)}: {sentence.text!r}"
                )
            if not _ranked_correctly(value, occupation):
                ranked = sorted(occupation.skills, key=lambda s: -_rank(s.share))
                best = [skill.name for skill in ranked[: len(value)]]
                problems.append(
                    f"{where}: ranks {list(value)} as the top skills of the {side} record, "
                    f"but by share they are {best}: {sentence.text!r}"
                )
    return tuple(problems)
