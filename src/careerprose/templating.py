"""The Jinja layer: loading section templates, finding phrasing variants, wrapping errors.

Each section has a template file (``salary.jinja``) whose macros phrase that section's
messages. A message kind may have several variants, one macro each, named ``<kind>_v<n>``
(``salary_compare_v1``, ``salary_compare_v2``, ...); a lone ``<kind>`` macro is a single
variant. A kind no section file phrases is looked up in ``macros.jinja`` (shared phrasings).
A user's folder may replace whole files, or add and replace single variants in a
``<name>.extra.jinja`` file, merged over the file it extends. The composer picks among
whatever variants there are, so phrasings change without touching Python.

Built-in templates run in a plain environment; as soon as a user's templates folder is in
play, every template runs in Jinja's immutable sandbox. Records' values only ever reach a
template as data: nothing from a record is compiled as template code.
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.ext
import jinja2.lexer

from careerprose.errors import TemplateError
from careerprose.resources import templates_dir
from careerprose.sandbox import BoundedSandbox, TemplateLimitError
from careerprose.template_cache import TemplateCache, cache_folder
from careerprose.template_code import DirectAttributeCode

__all__ = ["EXTRA_SUFFIX", "SHARED", "TEMPLATE_SUFFIX", "Templates"]

#: File ending of section templates.
TEMPLATE_SUFFIX = ".jinja"
#: Name ending of a user's file of extra variants for a template ("salary.extra.jinja").
EXTRA_SUFFIX = ".extra"
#: The template of phrasings shared by every section.
SHARED = "macros"
_VARIANT = re.compile(r"^(?P<kind>[a-z][a-z0-9_]*?)(?:_v(?P<number>\d+))?$")
_WHITE_SPACE = re.compile(r"\s+")


class FoldWhiteSpace(jinja2.ext.Extension):
    """Every run of white space in a template's literal text folded to one space when the
    template is compiled. The composer folds a macro's output in the same way (a sentence is
    written over several template lines), so the result is the same, but a sentence then
    rarely has anything left to fold: splitting and joining ~35 texts an article was the
    realiser's largest single cost. Expressions and string literals are not touched."""

    def filter_stream(self, stream: jinja2.lexer.TokenStream) -> Any:
        for token in stream:
            if token.type == jinja2.lexer.TOKEN_DATA and not token.value.isprintable():
                value = _WHITE_SPACE.sub(" ", token.value)
                token = jinja2.lexer.Token(token.lineno, token.type, value)
            yield token


def _template_frame(
    traceback: types.TracebackType | None, templates: Mapping[str, jinja2.Template]
) -> tuple[str | None, int | None]:
    """The innermost template file and template line in ``traceback``.

    Macros called from Python run Jinja's compiled code, whose line numbers are Python's; each
    template's debug information maps them back to lines of the ``.jinja`` file.
    """
    found: tuple[str | None, int | None] = (None, None)
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIX):
            template = templates.get(filename)
            line = traceback.tb_lineno
            if template is not None:
                line = template.get_corresponding_lineno(line)
            found = (filename, line)
        traceback = traceback.tb_next
    return found


def _bytecode_cache(environment: str) -> jinja2.BytecodeCache | None:
    """The on-disk cache of compiled templates for one environment kind (see template_cache)."""
    from careerprose import __version__

    folder = cache_folder()
    return None if folder is None else TemplateCache(folder, environment, __version__)


def _fast(macro: Any) -> Callable[..., str]:
    """The macro's compiled function when calling it directly is equivalent (one argument, no
    caller, no extra arguments, no autoescaping): it skips Jinja's per-call argument matching,
    the largest fixed cost of a sentence. Anything else is called as Jinja would."""
    function = getattr(macro, "_func", None)
    simple = (
        function is not None
        and tuple(getattr(macro, "arguments", ())) == ("m",)
        and not getattr(macro, "caller", True)
        and not getattr(macro, "catch_kwargs", True)
        and not getattr(macro, "catch_varargs", True)
        and getattr(macro, "_default_autoescape", True) is False
        and not macro._environment.is_async
    )
    chosen: Callable[..., str] = function if simple and function is not None else macro
    return chosen


class _BuiltInEnvironment(jinja2.Environment):
    """The environment of careerprose's own templates: their attribute reads compiled to
    Python's where that cannot change a result (:mod:`careerprose.template_code`)."""

    code_generator_class = DirectAttributeCode


class Templates:
    """A loaded set of section templates: built-in ones, optionally overridden by a folder.

    Args:
        directory: a folder of the user's own ``.jinja`` files; any file there replaces the
            built-in file of the same name. ``None`` uses the built-in templates only.
        filters: template filters by name (the English layer's formatters).
        globals: values every template can read.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str] | None = None,
        *,
        filters: Mapping[str, Callable[..., Any]] | None = None,
        globals: Mapping[str, Any] | None = None,
    ) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if directory is not None:
            folder = Path(directory)
            if not folder.is_dir():
                msg = f"templates folder {str(folder)!r} does not exist or is not a folder"
                raise TemplateError(msg)
            loaders.append(jinja2.FileSystemLoader(folder))
        loaders.append(jinja2.FileSystemLoader(str(templates_dir())))
        options: dict[str, Any] = {
            "loader": jinja2.ChoiceLoader(loaders),
            "undefined": jinja2.StrictUndefined,
            "autoescape": False,  # prose is plain text; HTML output is escaped when rendered
            "trim_blocks": True,
            "lstrip_blocks": True,
            "auto_reload": False,
            "extensions": [FoldWhiteSpace],
        }
        self.sandboxed = directory is not None
        if self.sandboxed:
            sandbox = BoundedSandbox(bytecode_cache=_bytecode_cache("sandboxed"), **options)
            sandbox.filters.update(filters or {})
            sandbox.bound_filters()
            self.environment: jinja2.Environment = sandbox
        else:
            cache = _bytecode_cache("plain")
            self.environment = _BuiltInEnvironment(bytecode_cache=cache, **options)
            self.environment.filters.update(filters or {})
        self.environment.globals.update(globals or {})
        self._modules: dict[str, Any] = {}
        self._templates: dict[str, jinja2.Template] = {}
        self._variants: dict[tuple[str, str], tuple[Callable[..., str], ...]] = {}
        self._macro_maps: dict[str, dict[str, Any]] = {}

    def module(self, name: str) -> Any:
        """The template module of ``name`` (its macros), loaded once."""
        module = self._modules.get(name)
        if module is None:
            filename = name + TEMPLATE_SUFFIX
            self._start_call()
            try:
                template = self.environment.get_template(filename)
                self._templates[template.filename or filename] = template
                module = template.module
            except jinja2.TemplateSyntaxError as err:
                raise TemplateError(
                    err.message or str(err), err.filename or filename, err.lineno
                ) from err
            except jinja2.TemplateNotFound as err:
                raise TemplateError(f"template not found: {err.name}") from err
            except Exception as err:
                raise self._runtime_error(err, filename) from err
            self._modules[name] = module
        return module

    def _macros(self, name: str) -> dict[str, Any]:
        """The macros of template ``name`` by macro name; ``{}`` when there is no such file."""
        found = self._macro_maps.get(name)
        if found is None:
            try:
                module = self.module(name)
            except TemplateError as err:
                missing = err.__cause__
                if isinstance(missing, jinja2.TemplateNotFound) and missing.name == (
                    name + TEMPLATE_SUFFIX
                ):
                    return {}
                raise
            found = {m: getattr(module, m) for m in dir(module) if _VARIANT.match(m)}
            self._macro_maps[name] = found
        return found

    def _kind_macros(self, names: tuple[str, ...], kind: str) -> list[tuple[int, Any]]:
        """The variants of ``kind`` merged over the templates ``names``, first name winning
        for a macro defined twice (an extra file replaces one variant of the file it extends)."""
        merged: dict[str, Any] = {}
        for name in reversed(names):
            merged.update(self._macros(name))
        numbered = []
        for macro_name, macro in merged.items():
            match = _VARIANT.match(macro_name)
            if match and match["kind"] == kind:
                numbered.append((int(match["number"] or 0), macro))
        return sorted(numbered, key=lambda pair: pair[0])

    def variants(self, section: str, kind: str) -> tuple[Callable[..., str], ...]:
        """The macros phrasing ``kind`` for ``section``, in variant-number order.

        Looked up in ``<section>.extra.jinja`` (a user's added or replaced variants) merged
        over ``<section>.jinja``; when neither defines the kind, in ``macros.extra.jinja``
        merged over ``macros.jinja`` (phrasings shared by several sections).
        """
        key = (section, kind)
        found = self._variants.get(key)
        if found is None:
            numbered = self._kind_macros((f"{section}{EXTRA_SUFFIX}", section), kind)
            if not numbered and section != SHARED:
                numbered = self._kind_macros((f"{SHARED}{EXTRA_SUFFIX}", SHARED), kind)
            found = tuple(_fast(macro) for _, macro in numbered)
            self._variants[key] = found
        return found

    def call(self, section: str, macro: Callable[..., str], *args: Any) -> str:
        """Run one macro, turning any failure into a TemplateError naming file and line."""
        if self.sandboxed:
            self._start_call()
        try:
            return str(macro(*args))
        except TemplateError:
            raise
        except Exception as err:
            raise self._runtime_error(err, section + TEMPLATE_SUFFIX) from err

    def _start_call(self) -> None:
        if isinstance(self.environment, BoundedSandbox):
            self.environment.start_call()

    def _runtime_error(self, err: Exception, fallback: str) -> TemplateError:
        filename, line = _template_frame(sys.exc_info()[2], self._templates)
        message = str(err) or type(err).__name__
        if isinstance(err, jinja2.UndefinedError):
            message = f"undefined value: {message}"
        elif isinstance(err, TemplateLimitError):
            message = f"over a template limit: {message}"
        elif isinstance(err, jinja2.exceptions.SecurityError):
            message = f"not allowed in the template sandbox: {message}"
        return TemplateError(message, filename or fallback, line)
