"""Jinja's immutable sandbox with bounds on what a user's template may cost.

The sandbox already stops templates reaching Python internals; this adds bounds on time and
memory, so a template folder from someone else cannot hang or exhaust a batch run. Each
template call (one sentence, one heading) gets a fresh budget:

- **sizes**: no operation (``*``, ``+``, ``%``, ``~``, a filter such as ``join`` or ``center``,
  a string method such as ``ljust``) may produce a string or list over
  :data:`MAX_SIZE` characters or items, and no number over :data:`MAX_NUMBER_BITS` bits;
- **work**: loop iterations plus calls are at most :data:`MAX_STEPS`;
- **output**: the values a call writes total at most :data:`MAX_OUTPUT` characters.

Sizes are checked before the work is done where they can be predicted (``'a' * 10**9``,
``10 ** 10**9``), so the limit is hit in microseconds, not after allocating gigabytes. Loops and
outputs are bounded by rewriting the parsed template: every ``for`` iterates through a counter,
every output and ``~`` through a size check. The rewritten code reaches those checks as
attributes of the environment, which a template cannot shadow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

__all__ = [
    "MAX_NUMBER_BITS",
    "MAX_OUTPUT",
    "MAX_SIZE",
    "MAX_STEPS",
    "BoundedSandbox",
    "TemplateLimitError",
]

#: Longest string (characters) or list (items) one operation may produce.
MAX_SIZE = 100_000
#: Largest integer an operation may produce, in bits (about 300 decimal digits).
MAX_NUMBER_BITS = 1_000
#: Loop iterations plus calls allowed in one template call.
MAX_STEPS = 100_000
#: Characters one template call may write.
MAX_OUTPUT = 1_000_000

_NUMBER = re.compile(r"\d+")
# Filters and str methods whose result grows with an argument: checked before they run.
_GROWING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "format",
                              "format_map", "join", "replace", "__mul__", "__rmul__"})  # fmt: skip


class TemplateLimitError(SecurityError):
    """A template operation went over one of the sandbox's limits."""


def size_of(value: Any, limit: int = MAX_SIZE) -> int:
    """Characters and items in ``value``, counted until past ``limit`` (never walks further).

    Strings count their length, containers one plus their contents, anything else one;
    nested lists that share themselves (``[x, x]`` repeated) cannot make this walk long.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += max(1, len(item))
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 1
            stack.extend(item)
        elif isinstance(item, dict):
            total += 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, int) and not isinstance(item, bool):
            total += max(1, item.bit_length() // 3)
        else:
            total += 1
        if total > limit:
            break
    return total


def _check_size(size: int, what: str) -> None:
    if size > MAX_SIZE:
        msg = f"{what} would make a value of over {MAX_SIZE:,} characters or items"
        raise TemplateLimitError(msg)


def _check_widths(text: str, what: str) -> None:
    """A format string may not ask for a width or precision over the size limit."""
    for number in _NUMBER.findall(text):
        if len(number) > 6 or int(number) > MAX_SIZE:
            msg = f"{what} asks for a width of {number[:20]}, over {MAX_SIZE:,}"
            raise TemplateLimitError(msg)


def _check_int_arguments(arguments: Iterable[Any], what: str) -> None:
    for argument in arguments:
        if isinstance(argument, int) and abs(argument) > MAX_SIZE:
            msg = f"{what} with {argument if argument.bit_length() < 64 else 'a huge number'}"
            raise TemplateLimitError(f"{msg} would make a value of over {MAX_SIZE:,} characters")


def _predict_replace(text: str, old: str, new: str, what: str) -> None:
    growth = text.count(old) * max(0, len(new) - len(old)) if old else len(new) * len(text)
    _check_size(len(text) + growth, what)


def _predict_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``left <operator> right`` if its result would be over a limit."""
    numbers = isinstance(left, int) and isinstance(right, int)
    if operator == "**" and numbers and right > 0 and abs(left) > 1:
        if right * abs(left).bit_length() > MAX_NUMBER_BITS + right:
            msg = f"a power with over {MAX_NUMBER_BITS:,} bits"
            raise TemplateLimitError(msg)
    elif operator == "*" and numbers:
        if left.bit_length() + right.bit_length() > MAX_NUMBER_BITS + 1:
            raise TemplateLimitError(f"a product with over {MAX_NUMBER_BITS:,} bits")
    elif operator == "*":
        sequence, count = (left, right) if isinstance(right, int) else (right, left)
        if isinstance(count, int) and isinstance(sequence, (str, list, tuple)):
            _check_size(size_of(sequence) * max(count, 0), "repeating a value")
    elif operator == "+" and not numbers:
        _check_size(size_of(left) + size_of(right), "joining two values")
    elif operator == "%" and isinstance(left, str):
        _check_widths(left, "a % format")


def _checked(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` (a filter) with its result size checked; growing filters checked first."""

    def bounded(*args: Any, **kwargs: Any) -> Any:
        if name in {"center", "indent", "wordwrap", "truncate", "batch", "slice"}:
            _check_int_arguments([*args[1:], *kwargs.values()], f"the {name} filter")
        elif name == "format" and args and isinstance(args[0], str):
            _check_widths(args[0], "the format filter")
        elif name == "join" and args:
            _check_size(size_of(args[0]) + size_of(args[1:]), "the join filter")
        elif name == "replace" and len(args) >= 3 and isinstance(args[0], str):
            _predict_replace(args[0], str(args[1]), str(args[2]), "the replace filter")
        result = function(*args, **kwargs)
        _check_size(size_of(result), f"the {name} filter")
        return result

    for attribute in ("jinja_pass_arg", "__name__", "__doc__"):
        if hasattr(function, attribute):
            setattr(bounded, attribute, getattr(function, attribute))
    return bounded


class _Budget:
    """Steps and output characters left in the current template call."""

    def __init__(self) -> None:
        self.steps = MAX_STEPS
        self.output = MAX_OUTPUT

    def step(self) -> None:
        self.steps -= 1
        if self.steps < 0:
            msg = f"over {MAX_STEPS:,} loop iterations and calls in one template call"
            raise TemplateLimitError(msg)

    def write(self, size: int) -> None:
        self.output -= size
        if self.output < 0:
            raise TemplateLimitError(f"over {MAX_OUTPUT:,} characters written in one call")


class _Bounder(NodeTransformer):
    """Routes loops, outputs and ``~`` joins of a parsed template through the budget."""

    @staticmethod
    def _hook(name: str, lineno: int, *arguments: nodes.Node) -> nodes.Call:
        expressions = [cast(nodes.Expr, argument) for argument in arguments]
        call = nodes.Call(nodes.EnvironmentAttribute(name), expressions, [], None, None)
        call.set_lineno(lineno)  # keeps error messages on the template's own line
        return call

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 (Jinja's visitor names)
        self.generic_visit(node)
        node.iter = self._hook("bounded_loop", node.iter.lineno, node.iter)
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        node.nodes = [
            child
            if isinstance(child, nodes.TemplateData)
            else self._hook("bounded_output", child.lineno, child)
            for child in node.nodes
        ]
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        return self._hook("bounded_concat", node.lineno, *node.nodes)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with size, work and output limits (see the module docs)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.budget = _Budget()
        self.globals.pop("lipsum", None)  # lipsum(n) writes n paragraphs: no use in articles

    def start_call(self) -> None:
        """Give the next template call a fresh budget."""
        self.budget = _Budget()

    def bound_filters(self) -> None:
        """Wrap every registered filter in a size check (call after adding filters)."""
        self.filters = {name: _checked(name, f) for name, f in self.filters.items()}

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        bounded: nodes.Template = _Bounder().visit(tree)
        return bounded

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Run ``left <operator> right`` unless its result would be over a limit."""
        _predict_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """Call ``__obj`` as the sandbox would, counting the call and checking its result."""
        __self.budget.step()
        name = getattr(__obj, "__name__", "")
        if isinstance(getattr(__obj, "__self__", None), str) and name in _GROWING_METHODS:
            what = f"str.{name}()"
            _check_int_arguments([*args, *kwargs.values()], what)
            if name in {"format", "format_map"}:
                _check_widths(__obj.__self__, what)
            elif name == "join" and args:
                _check_size(size_of(args[0]), what)
            elif name == "replace" and len(args) >= 2:
                _predict_replace(__obj.__self__, str(args[0]), str(args[1]), what)
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(size_of(result), f"calling {name or 'a function'}")
        return result

    def bounded_loop(self, iterable: Any) -> Iterator[Any]:
        """Iterate ``iterable``, one budget step per item."""
        budget = self.budget
        for item in iterable:
            budget.step()
            yield item

    def bounded_output(self, value: Any) -> Any:
        """``value`` unchanged, once its size is counted against the call's output budget."""
        size = size_of(value)
        _check_size(size, "an output")
        self.budget.write(size)
        return value

    def bounded_concat(self, *parts: Any) -> str:
        """``~``: the parts as one string, refused if it would be over the size limit."""
        _check_size(sum(size_of(part) for part in parts), "joining with ~")
        return "".join(str(part) for part in parts)
