"""Loading: YAML files to schema-validated models, every problem located at path:line:col."""

from __future__ import annotations

import difflib
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode

from planaudit import yamlsafe
from planaudit.errors import MAX_PROBLEMS, InputError, Location, Problem
from planaudit.models import Actuals, Targets
from planaudit.rules import RULES

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]


class Document:
    """A loaded input file. Its node tree is composed only if a problem needs a position."""

    __slots__ = ("item_lines", "path", "root", "text")

    def __init__(self, path: str, text: str, item_lines: list[int] | None = None) -> None:
        self.path = path
        self.text = text
        self.root: MappingNode | None = None
        self.item_lines = item_lines or []

    def at(self, loc: Loc, *, key: bool = False) -> Location:
        if self.root is None:
            self.root = yamlsafe.compose(self.path, self.text)
        return yamlsafe.locate(self.path, self.root, loc, key=key)


def parse(path: str, model: type[M]) -> tuple[M, Document]:
    text = yamlsafe.read_text(path)
    loaded = yamlsafe.load(path, text)
    document = Document(path, text, item_lines=loaded.item_lines)
    try:
        with yamlsafe.gc_paused():
            parsed = model.model_validate(loaded.data)
    except ValidationError as exc:
        raise InputError(validation_problems(document, exc), max(0, exc.error_count() - MAX_PROBLEMS)) from None
    return parsed, document


def validation_problems(document: Document, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False)[:MAX_PROBLEMS]:
        loc = tuple(error["loc"])
        kind = error["type"]
        location = document.at(loc, key=kind == "extra_forbidden")
        problems.append(Problem(location, humanize(error)))
    return problems


_FIELD_NAMES: set[str] = set()


def _all_field_names() -> set[str]:
    if not _FIELD_NAMES:
        from planaudit import models

        classes: list[type[BaseModel]] = [
            c for c in vars(models).values() if isinstance(c, type) and issubclass(c, BaseModel)
        ]
        classes += [rule.params for rule in RULES.values()]
        for cls in classes:
            _FIELD_NAMES.update(cls.model_fields)
    return _FIELD_NAMES


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing (null)"
    return type(value).__name__


_BOUNDS = {
    "greater_than_equal": "at least",
    "greater_than": "more than",
    "less_than_equal": "at most",
    "less_than": "less than",
}

_PATTERN_HINTS = {
    "^[a-z0-9][a-z0-9._-]*$": "must be an id: lowercase letters, digits, '.', '_' or '-'",
    r"^\S(.*\S)?$": "must not start or end with white space",
    r"^\S+$": "must be one word with no spaces",
    "^[0-9]{4}(-[0-9]{2}){0,2}$": "must be a date written YYYY, YYYY-MM or YYYY-MM-DD (in quotes or plain)",
}


def humanize(error: Any) -> str:
    loc = [part for part in error["loc"] if isinstance(part, str)]
    name = loc[-1] if loc else "value"
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing required key '{name}'"
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(name, sorted(_all_field_names()), n=1, cutoff=0.7)
        return f"unknown key '{name}'" + (f" (did you mean '{close[0]}'?)" if close else "")
    if kind == "string_type":
        return f"'{name}' must be text, got {_shown(value)}; put it in quotes"
    if kind in {"float_type", "int_type", "float_parsing", "int_parsing", "int_from_float"}:
        whole = "a whole number" if kind.startswith("int") else "a number"
        return f"'{name}' must be {whole}, got {_shown(value)}"
    if kind == "bool_type":
        return f"'{name}' must be true or false, got {_shown(value)}"
    if kind in {"dict_type", "model_type"}:
        return f"'{name}' must be a mapping of keys to values, got {_shown(value)}"
    if kind == "list_type":
        return f"'{name}' must be a list, got {_shown(value)}"
    if kind == "literal_error":
        return f"'{name}' must be {ctx.get('expected', 'one of the allowed values')}, got {_shown(value)}"
    if kind == "union_tag_invalid":
        tag = str(ctx.get("tag"))
        expected = str(ctx.get("expected_tags", ""))
        close = difflib.get_close_matches(tag, [t.strip(" '") for t in expected.split(",")], n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown {ctx.get('discriminator', 'kind')} {tag!r}{hint}; expected one of {expected}"
    if kind in _BOUNDS:
        bound = next(iter(ctx.values()), "?")
        if isinstance(bound, float) and bound.is_integer():
            bound = int(bound)
        return f"'{name}' must be {_BOUNDS[kind]} {bound}, got {_shown(value)}"
    if kind == "union_tag_not_found":
        return f"missing required key {ctx.get('discriminator', 'kind')}"
    if kind == "string_pattern_mismatch":
        return f"'{name}' {_PATTERN_HINTS.get(str(ctx.get('pattern')), 'has the wrong form')}, got {_shown(value)}"
    if kind == "string_too_short":
        return f"'{name}' must not be empty" if ctx.get("min_length") == 1 else f"'{name}' is too short"
    if kind == "string_too_long":
        return f"'{name}' is longer than {ctx.get('max_length')} characters"
    if kind == "too_short":
        return f"'{name}' must have at least {ctx.get('min_length')} item(s)"
    if kind == "finite_number":
        return f"'{name}' must be a finite number"
    if kind == "value_error":
        return f"'{name}': {ctx.get('error', error['msg'])!s}"
    message = str(error["msg"])
    return f"'{name}': {message[:1].lower()}{message[1:]}"


class Parsed(NamedTuple):
    """Both input files as validated models, with the documents that locate their problems."""

    targets: Targets
    targets_doc: Document
    actuals: Actuals
    actuals_doc: Document


def load(targets_path: str, actuals_path: str) -> Parsed:
    """Parse and validate both files against the schema; raise InputError with every problem found."""
    problems: list[Problem] = []
    more = 0
    parsed: list[Any] = []
    for path, model in ((targets_path, Targets), (actuals_path, Actuals)):
        try:
            parsed.append(parse(path, model))
        except InputError as exc:
            problems.extend(exc.problems)
            more += exc.more
    if problems:
        raise InputError(problems, more)
    (targets, tdoc), (actuals, adoc) = parsed
    return Parsed(targets, tdoc, actuals, adoc)
