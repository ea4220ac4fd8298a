"""careerprose.records.fields: the one table every stage reads fields from."""

from __future__ import annotations

import re
from typing import Any

from careerprose.english import QuantityKind
from careerprose.records.fields import FIELDS, quantities, record_value
from careerprose.records.model import MONEY_FIELDS, Occupation
from careerprose.resources import templates_dir


def test_every_quantity_kind_is_one_the_english_layer_knows() -> None:
    for field in FIELDS.values():
        if field.quantity is not None:
            assert QuantityKind(field.quantity)


def test_label_keys_are_unique_and_labelled_in_the_built_in_templates() -> None:
    keys = [field.label for field in FIELDS.values() if field.label]
    assert len(keys) == len(set(keys))
    labels = (templates_dir() / "labels.jinja").read_text(encoding="utf-8")
    defined = set(re.findall(r'^\s*"(\w+)":', labels, flags=re.MULTILINE))
    assert set(keys) <= defined


def test_top_coded_fields_are_the_money_fields() -> None:
    assert MONEY_FIELDS == ("average", "hourly", "low", "high")
    assert all(FIELDS[f"salary.{name}"].quantity in ("money", "hourly") for name in MONEY_FIELDS)


def test_quantities_are_read_from_the_record() -> None:
    raw: Any = {"salary": {"average": 80000}, "demographics": {"lgbt_share": 5}}
    nurse = Occupation("Nurse", jobs=12, **raw)
    read = {field.path: record_value(nurse, field.path) for field in quantities()}
    assert read["jobs"] == 12
    assert read["salary.average"] == 80000
    assert read["demographics.lgbt_share"] == 5
    assert read["growth_rate"] is None
