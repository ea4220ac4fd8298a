"""Faster compiled code for the built-in templates: Python's own attribute reads where Jinja's
lookup could not give a different result.

Jinja compiles ``{{ m.a.plural }}`` to ``environment.getattr(environment.getattr(m, "a"),
"plural")``: a Python function call per dot, which falls back to ``obj["plural"]`` and returns
an *undefined* value when both fail. A sentence reads about seven such attributes, so these
calls cost about a twentieth of writing an article. With :class:`StrictUndefined
<jinja2.StrictUndefined>`, though, an undefined value fails as soon as it is printed, joined
with ``~``, called or read further, so where an attribute is used in one of those ways a plain
``m.a.plural`` fails exactly when Jinja's lookup would, only with Python's message. Everywhere
else (``is defined`` tests, filters, ``{% set %}``, macro arguments, the right side of ``and``
and ``or``) Jinja's lookup stays. One difference: Jinja's lookup falls back to a mapping's key
(``{{ d.key }}`` for ``d["key"]``), a direct read does not, so the built-in templates read
keys with brackets (none reads a mapping with a dot; the test that renders every variant
both ways would fail if one did).

Used for careerprose's own templates only: a user's templates run in the sandbox, whose
lookups check every attribute (see :mod:`careerprose.sandbox`).
"""

from __future__ import annotations

import keyword
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst

__all__ = ["DirectAttributeCode", "direct_reads"]


def _plain(node: nodes.Node) -> bool:
    """Whether ``node`` is an attribute read Python can spell as ``obj.name``."""
    return (
        isinstance(node, nodes.Getattr)
        and node.attr.isidentifier()
        and not keyword.iskeyword(node.attr)
        and not node.attr.startswith("__")
    )


def _truth_tested(node: nodes.Node) -> list[nodes.Node]:
    """``node`` and, when it is ``a and b`` or ``a or b``, both sides: each is tested for
    truth when ``node`` is (``{% if a and b %}``)."""
    if isinstance(node, (nodes.And, nodes.Or)):
        return [node, *_truth_tested(node.left), *_truth_tested(node.right)]
    return [node]


def direct_reads(template: nodes.Template) -> set[int]:
    """The ids of the attribute reads in ``template`` whose undefined result would fail at
    once: printed (``{{ m.a }}``), joined (``m.a ~ "x"``), called (``m.a.endswith(…)``), read
    further (the ``m.a`` of ``m.a.plural``), compared (``m.a == "x"``, ``"x" in m.a``; not the
    ``m.a`` of ``m.a in m.b``, which an empty ``m.b`` never compares) or tested for truth
    (``{% if m.a %}``, ``not m.a``, the left side of ``and`` / ``or``)."""
    users: list[nodes.Node] = []
    for output in template.find_all(nodes.Output):
        users.extend(output.nodes)
    for concat in template.find_all(nodes.Concat):
        users.extend(concat.nodes)
    for compare in template.find_all(nodes.Compare):
        left = compare.expr
        for operand in compare.ops:
            if operand.op in ("in", "notin"):  # what is looked for in an empty list fails not
                users.append(operand.expr)
            else:
                users.extend((left, operand.expr))
            left = operand.expr
    users.extend(call.node for call in template.find_all(nodes.Call))
    users.extend(read.node for read in template.find_all(nodes.Getattr))
    for branch in template.find_all(nodes.If):
        users.extend(_truth_tested(branch.test))
    for choice in template.find_all(nodes.CondExpr):
        users.extend(_truth_tested(choice.test))
    for negation in template.find_all(nodes.Not):
        users.extend(_truth_tested(negation.node))
    for logic in template.find_all((nodes.And, nodes.Or)):
        users.extend(_truth_tested(logic.left))
    return {id(node) for node in users if _plain(node)}


class DirectAttributeCode(CodeGenerator):
    """Jinja's code generator, writing :func:`direct_reads` as Python attribute reads."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._direct: set[int] = set()

    def visit_Template(  # noqa: N802 (Jinja's visitor names the method after the node)
        self, node: nodes.Template, frame: Frame | None = None
    ) -> None:
        self._direct = set() if self.environment.is_async else direct_reads(node)
        super().visit_Template(node, frame)

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> Any:  # noqa: N802
        if id(node) not in self._direct:
            return super().visit_Getattr(node, frame)
        self.write("(")
        self.visit(node.node, frame)
        self.write(f").{node.attr}")
        return None
