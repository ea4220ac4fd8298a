"""The English layer: job-title forms, a/an, casing, figures, lists and comparison words.

The only part of careerprose that imports inflect and num2words (both on first use, so
``import careerprose`` stays fast). Every function is pure and cached; word lists live in data
files (:mod:`careerprose.english.lexicon`) that users can extend.

Example:
    >>> from careerprose.english import JobTitle, compare_quantities, describe, join_list
    >>> JobTitle("Bill and Account Collectors").a
    'a bill and account collector'
    >>> describe(compare_quantities(57603, 35164, "money")).best
    '$22,439 more'
    >>> join_list(["patients", "CPT", "data entry"])
    'patients, CPT and data entry'
"""

from careerprose.english.casing import prose_case, sentence_case, title_case
from careerprose.english.cohesion import presupposes_context
from careerprose.english.determiners import (
    indefinite_article,
    starts_with_vowel_sound,
    with_article,
)
from careerprose.english.errors import EnglishError
from careerprose.english.filters import FILTERS
from careerprose.english.inflection import (
    is_person_noun,
    is_plural,
    pluralize,
    possessive,
    singularize,
)
from careerprose.english.lexicon import Lexicon, TitleEntry, default_lexicon, load_lexicon
from careerprose.english.lists import both, either, join_list, neither
from careerprose.english.names import (
    MetroArea,
    Region,
    apply_serial_comma,
    industry_name,
    institution_name,
    metro_area,
    region,
    top_paying_region,
)
from careerprose.english.narrative import Narrative, is_imperative, narrate
from careerprose.english.numbers import (
    Joiner,
    count_noun,
    format_count,
    format_money,
    format_number,
    format_percent,
    money_range,
    months_range,
    number_range,
    number_words,
    ordinal,
    parse_figure,
    round_half_up,
)
from careerprose.english.quantities import (
    Comparison,
    QuantityKind,
    Relation,
    Shown,
    compare_quantities,
    compare_shown,
    display_quantity,
    shown_side,
    shown_value,
)
from careerprose.english.reference import (
    KnownNames,
    Mention,
    PairReference,
    Reference,
    both_titles,
    builtin_names,
    coordinate,
    readings,
    refer,
)
from careerprose.english.titles import JobTitle, TitleForms, title_forms
from careerprose.english.wording import (
    Gap,
    Wording,
    change_word,
    comparative,
    describe,
    difference_phrase,
    gap_kind,
    magnitude_phrase,
    percent_phrase,
    ratio_phrase,
    times_phrase,
)

__all__ = [
    "FILTERS",
    "Comparison",
    "EnglishError",
    "Gap",
    "JobTitle",
    "Joiner",
    "KnownNames",
    "Lexicon",
    "Mention",
    "MetroArea",
    "Narrative",
    "PairReference",
    "QuantityKind",
    "Reference",
    "Region",
    "Relation",
    "Shown",
    "TitleEntry",
    "TitleForms",
    "Wording",
    "apply_serial_comma",
    "both",
    "both_titles",
    "builtin_names",
    "change_word",
    "comparative",
    "compare_quantities",
    "compare_shown",
    "coordinate",
    "count_noun",
    "default_lexicon",
    "describe",
    "difference_phrase",
    "display_quantity",
    "either",
    "format_count",
    "format_money",
    "format_number",
    "format_percent",
    "gap_kind",
    "indefinite_article",
    "industry_name",
    "institution_name",
    "is_imperative",
    "is_person_noun",
    "is_plural",
    "join_list",
    "load_lexicon",
    "magnitude_phrase",
    "metro_area",
    "money_range",
    "months_range",
    "narrate",
    "neither",
    "number_range",
    "number_words",
    "ordinal",
    "parse_figure",
    "percent_phrase",
    "pluralize",
    "possessive",
    "presupposes_context",
    "prose_case",
    "ratio_phrase",
    "readings",
    "refer",
    "region",
    "round_half_up",
    "sentence_case",
    "shown_side",
    "shown_value",
    "singularize",
    "starts_with_vowel_sound",
    "times_phrase",
    "title_case",
    "title_forms",
    "top_paying_region",
    "with_article",
]
