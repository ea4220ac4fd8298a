"""How alike a set of articles reads: masked sentence frames, near-duplicates and repeats.

A site that publishes thousands of comparisons needs them not to read as one template with
the names swapped. :func:`sameness` masks what differs by design in each prose sentence (the
titles in every form the article used, the figures, and the data values its facts state, such
as places, degrees and skills) and compares what is left, the sentence's *frame*::

    "On pay, nurses make $2,430 more a year than hygienists on average ($101,420 against
    $98,990)."  →  "on pay, [title] make # more a year than [title] on average (# against #)."

Record text printed as written (descriptions, duties) has no frame and is not counted.

The module is called ``variety`` rather than ``sameness`` so that importing it never replaces
the exported function ``careerprose.sameness`` with a module of the same name.

Example:
    >>> from careerprose import compare, datasets
    >>> pairs = [("Registered Nurses", "Dental Hygienists"), ("Cooks, Restaurant", "Bakers")]
    >>> report = sameness(compare(a, b) for a, b in pairs)
    >>> report.articles, 0 < report.distinct_share <= 1
    (2, True)
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from careerprose.article import Article, BulletList, Fact, Paragraph, Sentence, Table
from careerprose.english.titles import JobTitle
from careerprose.records.model import Occupation

__all__ = [
    "FrameCount",
    "NearDuplicate",
    "Repeat",
    "Sameness",
    "frame_of",
    "sameness",
]

TITLE = "[title]"
VALUE = "[value]"
FIGURE = "#"

# Figures as careerprose prints them, a range as one: "$57,603", "-8%", "6-12", "15.2", "1st".
_ONE_FIGURE = r"\$?\d[\d,]*(?:\.\d+)?(?:%|st|nd|rd|th)?"
_FIGURE = re.compile(rf"[-−]?{_ONE_FIGURE}(?:[-–]{_ONE_FIGURE})?")
# "one" is left out: in prose it is mostly a pronoun ("a career as one").
_NUMBER_WORDS = (
    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "half", "twice", "double", "triple", "third", "thirds",
    "quarter", "quarters", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip
# Figures and number words in one pass over casefolded text.
_ANY_FIGURE = re.compile(
    rf"[-−]?{_ONE_FIGURE}(?:[-–]{_ONE_FIGURE})?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_VS = re.compile(r"\s+vs\.?\s+", re.IGNORECASE)

#: Names to mask, each with its slot, longest first.
Slots = tuple[tuple[str, str], ...]


@attrs.frozen
class FrameCount:
    """A masked frame, the number of articles using it and its number of sentences."""

    frame: str
    articles: int
    sentences: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"frame": self.frame, "articles": self.articles, "sentences": self.sentences}


@attrs.frozen
class NearDuplicate:
    """Two articles (by position in the input, with their titles) whose frames overlap."""

    first: int
    second: int
    first_title: str
    second_title: str
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


@attrs.frozen
class Repeat:
    """Two sentences of one article that say the same thing.

    ``rule`` is ``"frame"`` (both sentences have the same masked frame) or ``"fact"`` (both
    state the same figure or value of one field, named in ``detail``).
    """

    article: int
    title: str
    rule: str
    first: str
    second: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


@attrs.frozen
class Sameness:
    """The sameness of a set of articles; see :func:`sameness` and ``docs/sameness.md``.

    Attributes:
        articles: how many articles were measured.
        sentences: how many prose sentences they have (record text excluded).
        frames: every distinct frame with its counts, most widespread first.
        common: the share of articles above which a frame counts as common (0.10).
        near_duplicates: pairs of articles whose shingled frames overlap at least
            ``near_duplicate`` (Jaccard similarity), most similar first.
        repeats: sentences of one article that repeat a frame or a stated fact.
    """

    articles: int
    sentences: int
    frames: tuple[FrameCount, ...]
    common: float
    near_duplicate: float
    near_duplicates: tuple[NearDuplicate, ...]
    repeats: tuple[Repeat, ...]

    @property
    def common_share(self) -> float:
        """The share of prose sentences whose frame appears in more than ``common`` of the
        articles: the headline figure (0 is best)."""
        return self.share_above(self.common)

    @property
    def distinct_share(self) -> float:
        """Distinct frames per prose sentence (1 means no frame is ever reused)."""
        return len(self.frames) / self.sentences if self.sentences else 1.0

    @property
    def widest_share(self) -> float:
        """The share of articles that use the most widespread frame (0 when there is none)."""
        if not self.frames or not self.articles:
            return 0.0
        return self.frames[0].articles / self.articles

    def share_above(self, fraction: float) -> float:
        """The share of prose sentences in frames used by more than ``fraction`` of articles."""
        if not self.sentences:
            return 0.0
        limit = fraction * self.articles
        common = sum(count.sentences for count in self.frames if count.articles > limit)
        return common / self.sentences

    def top(self, number: int = 20) -> tuple[FrameCount, ...]:
        """The ``number`` most widespread frames (by articles, then sentences)."""
        return self.frames[:number]

    def to_dict(self, *, top: int = 20) -> dict[str, Any]:
        """A JSON-ready summary: the shares, the ``top`` frames, near-duplicates and repeats."""
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "distinct_frames": len(self.frames),
            "distinct_share": self.distinct_share,
            "common": self.common,
            "common_share": self.common_share,
            "widest_share": self.widest_share,
            "top_frames": [count.to_dict() for count in self.top(top)],
            "near_duplicate": self.near_duplicate,
            "near_duplicates": [pair.to_dict() for pair in self.near_duplicates],
            "repeats": [repeat.to_dict() for repeat in self.repeats],
        }


@functools.lru_cache(maxsize=4096)
def _title_names(text: str) -> tuple[str, ...]:
    """Every way prose may name the title ``text``: each form and its head noun."""
    forms = JobTitle(text).forms
    names = {forms.singular, forms.plural, forms.display, forms.display_plural}
    for form in (forms.singular, forms.plural):
        last = form.rsplit(" ", 1)[-1]
        if last.isalpha() and len(last) > 2:
            names.add(last)
    return tuple(name for name in names if name)


def _titles_of(article: Article, records: tuple[Occupation, ...]) -> list[str]:
    """The titles an article names: from its records when given, else its tables and title."""
    if records:
        return [text for o in records for text in (o.title, o.plural) if text]
    for section in article.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                return list(block.header)
    return _VS.split(article.title)


def _replace(text: str, names: Slots) -> str:
    """``text`` with each whole-word occurrence of each ``(name, slot)`` replaced by its slot,
    longest name first. Plain string search: compiling a regex per article would cost more
    than the whole measure."""
    for name, slot in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum():
                start = text.find(name, start + 1)
                continue
            text = text[:start] + slot + text[end:]
            start = text.find(name, start + len(slot))
    return text


def _longest_first(slots: Iterable[tuple[str, str]]) -> Slots:
    return tuple(sorted(set(slots), key=lambda item: (-len(item[0]), item[0])))


def _title_slots(titles: Iterable[str]) -> Slots:
    return _longest_first((name.casefold(), TITLE) for name in _title_names_of(titles))


def _slots(titles: Slots, values: tuple[str, ...]) -> Slots:
    """Names to mask with their slots, casefolded and longest first (a title that contains a
    value's word stays one title, and a description that contains a title stays one value)."""
    if not values:
        return titles
    named = {title for title, _ in titles}
    extra = ((value.casefold(), VALUE) for value in values if value.strip())
    return _longest_first([*titles, *(item for item in extra if item[0] not in named)])


def _title_names_of(titles: Iterable[str]) -> tuple[str, ...]:
    return tuple({name for title in titles for name in _title_names(title)})


def _is_figure(text: str) -> bool:
    return not _WORD.search(_FIGURE.sub("", text))


def _values_of(facts: Iterable[Fact]) -> tuple[str, ...]:
    """The data values a sentence's facts state in words (places, degrees, skills)."""
    values = []
    for fact in facts:
        for value in (fact.a_text, fact.b_text):
            if value and not _is_figure(value):
                values.append(value)
    return tuple(values)


# "the nurse's", "these nurses'", "a nurse" all name the occupation: one slot.
_DETERMINED_TITLE = re.compile(r"(?:\b(?:an?|the|these|those) )?\[title\](?:'s|')?")


def frame_of(text: str, facts: Iterable[Fact] = (), titles: Iterable[str] = ()) -> str:
    """The masked frame of one sentence: titles, fact values and figures replaced by slots.

    Returns "" for text that is only data (a description printed as written).

    Example:
        >>> frame_of("Nurses earn $2,430 more than the hygienist's average.", (),
        ...          ["Registered Nurses", "Dental Hygienists"])
        '[title] earn # more than [title] average.'
    """
    return _mask(text, _values_of(facts), _title_slots(titles))


def _mask(text: str, values: tuple[str, ...], titles: Slots) -> str:
    text = " ".join(text.split()).casefold()
    text = _replace(text, _slots(titles, values))
    text = _DETERMINED_TITLE.sub(TITLE, text)
    text = _ANY_FIGURE.sub(FIGURE, text)
    if not _WORD.search(text.replace(TITLE, "").replace(VALUE, "")):
        return ""
    return text


def _prose(article: Article) -> Iterator[Sentence]:
    """The article's prose sentences and prose list items, in reading order."""
    for section in article.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield from block.sentences
            elif isinstance(block, BulletList) and block.prose:
                yield from block.items


@attrs.frozen
class _Measured:
    title: str
    frames: tuple[tuple[str, Sentence], ...]


def _measure(article: Article, records: tuple[Occupation, ...]) -> _Measured:
    titles = _title_slots(_titles_of(article, records))
    frames = []
    for sentence in _prose(article):
        frame = _mask(sentence.text, _values_of(sentence.facts), titles)
        if frame:
            frames.append((frame, sentence))
    return _Measured(article.title, tuple(frames))


def _claims(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """What a sentence states, as (field, displayed text) pairs: each side's value, the
    difference and the ratio it gives."""
    for fact in sentence.facts:
        for part, text in (
            ("a", fact.a_text),
            ("b", fact.b_text),
            ("difference", fact.difference_text),
            ("ratio", fact.ratio_text),
        ):
            if text:
                yield fact.field, f"{part} {text}"


def _repeats(index: int, measured: _Measured) -> Iterator[Repeat]:
    seen_frames: dict[str, Sentence] = {}
    seen_claims: dict[tuple[str, str], Sentence] = {}
    for frame, sentence in measured.frames:
        earlier = seen_frames.setdefault(frame, sentence)
        if earlier is not sentence:
            yield Repeat(index, measured.title, "frame", earlier.text, sentence.text, frame)
        reported: set[int] = set()
        for claim in _claims(sentence):
            first = seen_claims.setdefault(claim, sentence)
            if first is not sentence and id(first) not in reported:
                reported.add(id(first))
                detail = f"{claim[0]}: {claim[1]}"
                yield Repeat(index, measured.title, "fact", first.text, sentence.text, detail)


def _shingles(frames: list[str], size: int) -> frozenset[str]:
    if len(frames) <= size:
        return frozenset(["\n".join(frames)]) if frames else frozenset()
    return frozenset("\n".join(frames[i : i + size]) for i in range(len(frames) - size + 1))


def _near_duplicates(measured: list[_Measured], threshold: float, size: int) -> list[NearDuplicate]:
    """Pairs with Jaccard similarity ≥ ``threshold``, found by prefix filtering: a pair that
    similar must share a shingle among each set's rarest ``n - ceil(t·n) + 1`` shingles, so
    only such candidates are compared (exact, and far from quadratic when articles differ)."""
    sets = [_shingles([frame for frame, _ in m.frames], size) for m in measured]
    frequency = Counter(shingle for shingles in sets for shingle in shingles)
    ordered = [sorted(s, key=lambda shingle: (frequency[shingle], shingle)) for s in sets]
    index: dict[str, list[int]] = defaultdict(list)
    found: list[NearDuplicate] = []
    for j, tokens in enumerate(ordered):
        if not tokens:
            continue
        prefix = len(tokens) - math.ceil(threshold * len(tokens)) + 1
        candidates: set[int] = set()
        for shingle in tokens[:prefix]:
            candidates.update(index[shingle])
            index[shingle].append(j)
        for i in sorted(candidates):
            similarity = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
            if similarity >= threshold:
                found.append(
                    NearDuplicate(i, j, measured[i].title, measured[j].title, round(similarity, 4))
                )
    found.sort(key=lambda pair: (-pair.similarity, pair.first, pair.second))
    return found


def sameness(
    articles: Iterable[Article | tuple[Article, Occupation, Occupation]],
    *,
    common: float = 0.10,
    near_duplicate: float = 0.5,
    shingle: int = 2,
) -> Sameness:
    """Measure how alike ``articles`` read (see ``docs/sameness.md`` for how to read it).

    Args:
        articles: articles, or ``(article, a, b)`` triples; with the records, the titles to
            mask come from them, else from the article's table header or title.
        common: a frame used by more than this share of the articles counts as common.
        near_duplicate: the Jaccard similarity of shingled frames from which two articles are
            reported as near-duplicates.
        shingle: how many consecutive masked sentences make one shingle.

    Raises:
        ValueError: ``common`` or ``near_duplicate`` is outside 0-1, or ``shingle`` < 1.
    """
    if not 0 <= common <= 1:
        msg = f"sameness: common must be a share between 0 and 1, got {common!r}"
        raise ValueError(msg)
    if not 0 < near_duplicate <= 1:
        msg = f"sameness: near_duplicate must be above 0 and at most 1, got {near_duplicate!r}"
        raise ValueError(msg)
    if isinstance(shingle, bool) or not isinstance(shingle, int) or shingle < 1:
        msg = f"sameness: shingle must be a whole number of sentences >= 1, got {shingle!r}"
        raise ValueError(msg)
    measured: list[_Measured] = []
    for item in articles:
        if isinstance(item, Article):
            measured.append(_measure(item, ()))
        else:
            article, a, b = item
            measured.append(_measure(article, (a, b)))
    in_articles: Counter[str] = Counter()
    in_sentences: Counter[str] = Counter()
    repeats: list[Repeat] = []
    for index, m in enumerate(measured):
        frames = [frame for frame, _ in m.frames]
        in_sentences.update(frames)
        in_articles.update(set(frames))
        repeats.extend(_repeats(index, m))
    counts = sorted(
        (FrameCount(frame, in_articles[frame], n) for frame, n in in_sentences.items()),
        key=lambda count: (-count.articles, -count.sentences, count.frame),
    )
    return Sameness(
        articles=len(measured),
        sentences=sum(in_sentences.values()),
        frames=tuple(counts),
        common=common,
        near_duplicate=near_duplicate,
        near_duplicates=tuple(_near_duplicates(measured, near_duplicate, shingle)),
        repeats=tuple(repeats),
    )
