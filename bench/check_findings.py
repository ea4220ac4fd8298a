"""The checker's findings on a fixed corpus, hashed: proof that a speed change changes none.

Run from the repository: ``python bench/check_findings.py`` prints how many articles were
checked, how many findings they gave and the SHA-256 of the full list; ``--out FILE`` also
writes the list (one finding a line, each after its article's label) to diff two trees.

The corpus (about 3,000 articles, the same every run):

- built-in pairs spread over the whole dataset, written under two seeds, one of them in a
  second house style (serial comma, figures for every count);
- each of those articles again with one planted defect, a different kind by turns: the two
  occupations' names swapped, a comparative flipped, a figure changed, a title miscased,
  ``None`` leaked in place of a figure, a table cell given the other side's value, a fact's two
  values swapped under its sentence;
- a sample of them saved as JSON, Markdown and HTML (planted defects included) and checked
  again through ``careerprose verify``'s reader (:func:`careerprose.recheck.recheck_files`).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

from careerprose import Style, Writer, check_article, datasets
from careerprose.article import Article, BulletList, Paragraph, Sentence, Table
from careerprose.english.titles import JobTitle
from careerprose.publish import all_pairs, choose_occupations
from careerprose.recheck import recheck_files
from careerprose.records.model import Occupation

Pair = tuple[Occupation, Occupation]
_FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?")
_FLIPS = {"more": "fewer", "fewer": "more", "higher": "lower", "lower": "higher",
          "less": "more", "longer": "shorter", "shorter": "longer", "older": "younger",
          "younger": "older"}  # fmt: skip
_COMPARATIVE = re.compile(r"\b(" + "|".join(_FLIPS) + r")\b")


def _plural(occupation: Occupation) -> str:
    return JobTitle(occupation.title, plural=occupation.plural).forms.plural


def _swap_names(text: str, a: Occupation, b: Occupation) -> str | None:
    first, second = _plural(a), _plural(b)
    if first not in text or second not in text:
        return None
    return text.replace(first, "\x00").replace(second, first).replace("\x00", second)


def _flip(text: str, a: Occupation, b: Occupation) -> str | None:
    match = _COMPARATIVE.search(text)
    if match is None:
        return None
    return text[: match.start()] + _FLIPS[match.group(1)] + text[match.end() :]


def _change_figure(text: str, a: Occupation, b: Occupation) -> str | None:
    match = _FIGURE.search(text)
    if match is None:
        return None
    figure = match.group()
    digit = max(i for i, char in enumerate(figure) if char.isdigit())
    changed = figure[:digit] + str((int(figure[digit]) + 3) % 10) + figure[digit + 1 :]
    return text[: match.start()] + changed + text[match.end() :]


def _miscase(text: str, a: Occupation, b: Occupation) -> str | None:
    for occupation in (a, b):
        name = _plural(occupation)
        at = text.find(name, 1)
        if at > 0 and name != name.title():
            return text[:at] + name.title() + text[at + len(name) :]
    return None


def _leak_none(text: str, a: Occupation, b: Occupation) -> str | None:
    match = _FIGURE.search(text)
    return None if match is None else text[: match.start()] + "None" + text[match.end() :]


_TEXT_DEFECTS: list[Callable[[str, Occupation, Occupation], str | None]] = [
    _swap_names,
    _flip,
    _change_figure,
    _miscase,
    _leak_none,
]


def _sentences(article: Article) -> Iterator[tuple[int, int, int, Sentence]]:
    for s, section in enumerate(article.sections):
        for k, block in enumerate(section.blocks):
            items = block.items if isinstance(block, BulletList) else ()
            if isinstance(block, Paragraph):
                items = block.sentences
            for i, sentence in enumerate(items):
                yield s, k, i, sentence


def _replace(article: Article, where: tuple[int, int, int], sentence: Sentence) -> Article:
    s, k, i = where
    section = article.sections[s]
    block = section.blocks[k]
    if isinstance(block, Paragraph):
        block = attrs.evolve(block, sentences=_put(block.sentences, i, sentence))
    elif isinstance(block, BulletList):
        block = attrs.evolve(block, items=_put(block.items, i, sentence))
    section = attrs.evolve(section, blocks=_put(section.blocks, k, block))
    return attrs.evolve(article, sections=_put(article.sections, s, section))


def _put(items: tuple, index: int, item: object) -> tuple:  # type: ignore[type-arg]
    return (*items[:index], item, *items[index + 1 :])


def _swap_cell(article: Article, start: int) -> Article | None:
    for s, section in enumerate(article.sections):
        for k, block in enumerate(section.blocks):
            if isinstance(block, Table):
                rows = [r for r in block.rows if r.a != r.b]
                if rows:
                    row = rows[start % len(rows)]
                    swapped = attrs.evolve(row, a=row.b, b=row.a)
                    table = attrs.evolve(
                        block, rows=tuple(swapped if r is row else r for r in block.rows)
                    )
                    section = attrs.evolve(section, blocks=_put(section.blocks, k, table))
                    return attrs.evolve(article, sections=_put(article.sections, s, section))
    return None


def _swap_values(article: Article, start: int) -> Article | None:
    candidates = [
        (s, k, i, sentence)
        for s, k, i, sentence in _sentences(article)
        if any(f.a_text and f.b_text and f.a_text != f.b_text for f in sentence.facts)
    ]
    if not candidates:
        return None
    s, k, i, sentence = candidates[start % len(candidates)]
    facts = tuple(
        f._replace(a=f.b, b=f.a, a_text=f.b_text, b_text=f.a_text) if f.a_text and f.b_text else f
        for f in sentence.facts
    )
    return _replace(article, (s, k, i), sentence._replace(facts=facts))


def planted(article: Article, a: Occupation, b: Occupation, index: int) -> Article | None:
    """``article`` with one defect, of a kind chosen by ``index``, in a sentence chosen by it."""
    kind = index % (len(_TEXT_DEFECTS) + 2)
    if kind == len(_TEXT_DEFECTS):
        return _swap_cell(article, index)
    if kind == len(_TEXT_DEFECTS) + 1:
        return _swap_values(article, index)
    defect = _TEXT_DEFECTS[kind]
    sentences = list(_sentences(article))
    rotated = sentences[index % len(sentences) :] + sentences[: index % len(sentences)]
    for s, k, i, sentence in rotated:
        changed = defect(sentence.text, a, b)
        if changed is not None and changed != sentence.text:
            return _replace(article, (s, k, i), sentence._replace(text=changed))
    return None


def corpus_pairs(step: int) -> list[Pair]:
    """Built-in pairs, every ``step``-th of all of them in canonical order."""
    occupations = choose_occupations(datasets.occupations(), top=None)
    return list(itertools.islice(all_pairs(occupations), 0, None, step))


def findings(pairs: list[Pair], saved: int) -> Iterator[str]:
    """Every finding on the corpus built from ``pairs``, each after its article's label;
    ``saved`` articles of each seed are also saved and re-read in the three formats."""
    writers = {
        "seed0": Writer(seed=0),
        "seed7-style": Writer(seed=7, style=Style(serial_comma=True, words_below=0)),
    }
    with tempfile.TemporaryDirectory() as folder:
        for label, writer in writers.items():
            paths: list[tuple[Path, Pair]] = []
            for index, (a, b) in enumerate(pairs):
                article = writer.compare(a, b)
                yield from _labelled(f"{label}/{index}", check_article(article, a, b))
                broken = planted(article, a, b, index)
                if broken is not None:
                    found = check_article(broken, a, b)
                    yield from _labelled(f"{label}/{index}/planted", found)
                if index < saved:
                    for name, text in _saved(broken or article, index):
                        path = Path(folder, label, name)
                        path.parent.mkdir(exist_ok=True)
                        path.write_text(text, encoding="utf-8")
                        paths.append((path, (a, b)))
            for path, records in paths:
                for problem in recheck_files([path], records, seed=writer.seed, style=writer.style):
                    yield f"{label}/verify {path.name}: {problem.problem}"


def _saved(article: Article, index: int) -> Iterator[tuple[str, str]]:
    yield f"{index:04d}.json", article.render("json")
    kind = ("markdown", "md") if index % 2 == 0 else ("html", "html")
    yield f"{index:04d}.{kind[1]}", article.render(kind[0])


def _labelled(label: str, problems: list[str]) -> Iterator[str]:
    return (f"{label}: {problem}" for problem in problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=490, help="every STEP-th built-in pair")
    parser.add_argument("--saved", type=int, default=60, help="articles re-read per seed")
    parser.add_argument("--out", type=Path, help="also write the findings to this file")
    args = parser.parse_args(argv)
    pairs = corpus_pairs(args.step)
    lines = list(findings(pairs, args.saved))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    if args.out is not None:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs x 2 seeds, clean and planted; {len(lines)} findings; {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
