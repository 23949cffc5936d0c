"""Loading: YAML files to schema-validated models, every problem located at path:line:col."""

import difflib
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode

from planaudit import yamlsafe
from planaudit.errors import MAX_PROBLEMS, InputError, Location, Problem
from planaudit.models import Actuals, Targets, YearlyActuals
from planaudit.reading.lazyre import LazyPattern

if TYPE_CHECKING:
    from planaudit.reading.figures import Figure

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


class YearDocument(Document):
    """One review year of a ledger file: its entries' problems are located under `years: YEAR:`."""

    __slots__ = ("base", "year")

    def __init__(self, base: Document, year: str) -> None:
        super().__init__(base.path, base.text, base.item_lines)
        self.base = base
        self.year = year

    def at(self, loc: Loc, *, key: bool = False) -> Location:
        if loc and loc[0] in ("goals", "untracked"):
            loc = ("years", self.year, *loc)
        return self.base.at(loc, key=key)


def parse(
    path: str, model: type[M], ledger: type[BaseModel] | None = None, text: str | None = None, loaded: Any = None
) -> tuple[M, Document]:
    """The file validated against `model`, or against `ledger` when it holds `years` (a ledger of reviews).

    text and loaded: the file as read and as loaded (yamlsafe.load) already, if they were."""
    if text is None:
        text = yamlsafe.read_named(path)
    if loaded is None:
        loaded = yamlsafe.load(path, text)
    document = Document(path, text, item_lines=loaded.item_lines)
    chosen: type[BaseModel] = model
    if ledger is not None and "years" in loaded.data:
        if "goals" in loaded.data:
            message = "an actuals file holds one review ('goals') or its review years ('years'), not both"
            raise InputError([Problem(document.at(("years",), key=True), message)])
        chosen = ledger
    try:
        with yamlsafe.gc_paused():
            parsed = chosen.model_validate(loaded.data)
    except ValidationError as exc:
        problems = validation_problems(document, exc, chosen, loaded.data)
        raise InputError(problems, max(0, exc.error_count() - MAX_PROBLEMS)) from None
    return parsed, document  # type: ignore[return-value]  # a ledger's model when it holds years


def validation_problems(
    document: Document, exc: ValidationError, model: type[BaseModel] | None = None, data: Any = None
) -> list[Problem]:
    """One problem per place and message, in planaudit's words: the validator's own names for the members of a
    union ('constrained-str', "literal['']") never reach the user, and of a value that fits no member of a union
    only the member that says what the key is for speaks (a unit is text, not the empty alternative)."""
    problems: list[Problem] = []
    seen: set[tuple[Loc, str]] = set()
    errors = exc.errors(include_url=False)[: MAX_PROBLEMS * 4]
    shown = [_user_loc(tuple(error["loc"]), data, error["type"] == "missing") for error in errors]
    for error, (user, tags) in zip(errors, shown, strict=True):
        if any(t.startswith("literal[") for t in tags) and any(
            other == user and not any(t.startswith("literal[") for t in other_tags) for other, other_tags in shown
        ):
            continue  # the empty-string alternative of a union: the other member's message says more
        message = humanize(error, model, user)
        if (user, message) in seen:
            continue
        seen.add((user, message))
        loc = tuple(error["loc"])
        if loc and loc[-1] == "[key]":  # a key of the wrong form (a review year): point at the key itself
            location = document.at(loc[:-1], key=True)
        else:
            location = document.at(loc, key=error["type"] == "extra_forbidden")
        problems.append(Problem(location, message))
        if len(problems) == MAX_PROBLEMS:
            break
    return problems


def _user_loc(loc: Loc, data: Any, missing: bool = False) -> tuple[Loc, tuple[str, ...]]:
    """The location as the user wrote it, and the validator's tags for union members it passed through.

    A part is the user's when it steps into the data (a key, an index); otherwise pydantic added it: a
    discriminator ('reported', 'at_least', kept for keys_at) or a member's type name ('constrained-str').
    """
    user: list[str | int] = []
    tags: list[str] = []
    current = data
    for index, part in enumerate(loc):
        step = _into(current, part)
        if step is not _ABSENT:
            current = step
            user.append(part)
        elif isinstance(part, str) and _TYPE_TAG.match(part):
            tags.append(part)
        elif data is None or (missing and index == len(loc) - 1):  # the data is not at hand, or the missing key
            user.append(part)
            current = None
        elif isinstance(part, str):
            tags.append(part)
    return tuple(user), tuple(tags)


_ABSENT = object()


def _into(data: Any, part: str | int) -> Any:
    """data[part] when part is a key or an index of data, else _ABSENT."""
    if isinstance(data, dict):
        return data.get(part, _ABSENT)
    if isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
        return data[part]
    return _ABSENT


# The names pydantic gives the members of a union in an error's location, when the data is not at hand.
_TYPE_TAG = LazyPattern(r"^(constrained-\w+|[a-z-]+\[.*\]|str|int|float|bool|none|bytes)$")


def keys_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> set[str]:
    """The keys valid in the mapping at `loc` (a pydantic error location) under `model`; empty if unknown.

    Lists and dicts are stepped through by their item type, and a tagged union by the tag that
    pydantic puts in the location ('reported', 'at_least').
    """
    current: Any = model
    for part in loc:
        current = _step(current, part)
        if current is None:
            return set()
    current = _unwrap(current)
    return set(current.model_fields) if isinstance(current, type) and issubclass(current, BaseModel) else set()


def _step(current: Any, part: str | int) -> Any:
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        field = current.model_fields.get(str(part))
        return None if field is None else field.annotation
    origin = typing.get_origin(current)
    if origin in (list, tuple) and isinstance(part, int):
        return typing.get_args(current)[0]
    if origin is dict:
        return typing.get_args(current)[1]
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(current):
            option = _unwrap(option)
            if isinstance(option, type) and issubclass(option, BaseModel):
                tags = {
                    arg
                    for field in option.model_fields.values()
                    if typing.get_origin(field.annotation) is typing.Literal
                    for arg in typing.get_args(field.annotation)
                }
                if part in tags:
                    return option
    return None


def _unwrap(annotation: Any) -> Any:
    """Annotated[X, ...] → X; X | None → X."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            return _unwrap(options[0])
    return annotation


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
    "^[12][0-9]{3}$": "must be a review year, four digits from 1000 to 2999 (2021)",
}


def humanize(error: Any, model: type[BaseModel] | None = None, shown: Loc | None = None) -> str:
    """The error in planaudit's words; `shown` is its location as the user wrote it (no validator names)."""
    if shown is None:
        shown = _user_loc(tuple(error["loc"]), None, error["type"] == "missing")[0]
    loc = [part for part in shown if isinstance(part, str)]
    name = loc[-1] if loc else "value"
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing required key '{name}'"
    if kind == "extra_forbidden":
        valid = sorted(keys_at(model, tuple(error["loc"])[:-1]) - {name}) if model is not None else []
        close = difflib.get_close_matches(name, valid, n=1, cutoff=0.7)
        if close:
            return f"unknown key '{name}' (did you mean '{close[0]}'?)"
        allowed = f"; allowed here: {', '.join(valid)}" if 0 < len(valid) <= 12 else ""
        return f"unknown key '{name}'{allowed}"
    if kind == "string_type":
        return f"'{name}' must be text, got {_shown(value)}; put it in quotes"
    if kind in {"float_type", "int_type", "float_parsing", "int_parsing", "int_from_float"}:
        whole = "a whole number" if kind.startswith("int") else "a number"
        return f"'{name}' must be {whole}, got {_shown(value)}"
    if kind == "bool_type":
        return f"'{name}' must be true or false, got {_shown(value)}"
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
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
    if kind == "too_long":
        return f"'{name}' must have at most {ctx.get('max_length')} item(s)"
    if kind == "finite_number":
        return f"'{name}' must be a finite number"
    if kind == "value_error":
        return f"'{name}': {ctx.get('error', error['msg'])!s}"
    message = str(error["msg"]).replace("Input should be", "must be").replace("input should be", "must be")
    return f"'{name}': {message[:1].lower()}{message[1:]}"


class Year(NamedTuple):
    """One review year of a ledger file: its entries as an actuals file of one review, and where they stand."""

    year: int
    actuals: Actuals
    document: YearDocument


class Parsed(NamedTuple):
    """Both input files as validated models, with the documents that locate their problems.

    An actuals file holding review years (a ledger) gives its latest year as `actuals` and every year in `years`.
    """

    targets: Targets
    targets_doc: Document
    actuals: Actuals
    actuals_doc: Document
    years: tuple[Year, ...] = ()
    # The figures of the files' quotes (by quote), read in the second process that loaded the actuals file (LoadApart)
    # while this one loaded the targets file; verify takes a quote's figures from here instead of reading them again.
    figures: Mapping[str, tuple[Any, ...]] | None = None  # of Figure: a string annotation costs a compile at start-up


def load(targets_path: str, actuals_path: str, apart: bool = False) -> Parsed:
    """Parse and validate both files against the schema; raise InputError with every problem found.

    apart: a long actuals file may be turned into plain values in a second process while this one loads the targets
    file (see LoadApart): the caller says so where there is a second CPU."""
    problems: list[Problem] = []
    more = 0
    parsed: list[Any] = []
    helper = LoadApart.start(targets_path, actuals_path) if apart else None
    figures = None
    try:
        for index, (path, model, ledger) in enumerate(
            ((targets_path, Targets, None), (actuals_path, Actuals, YearlyActuals))
        ):
            try:
                if helper is None:
                    parsed.append(parse(path, model, ledger))
                else:
                    text = helper.texts[index]
                    if isinstance(text, InputError):
                        raise text
                    parsed.append(parse(path, model, ledger, text, helper.result() if index else None))
            except InputError as exc:
                problems.extend(exc.problems)
                more += exc.more
    finally:
        if helper is not None:
            figures = helper.figures
            helper.close()
    if problems:
        raise InputError(problems, more)
    (targets, tdoc), (actuals, adoc) = parsed
    if not isinstance(actuals, YearlyActuals):
        return Parsed(targets, tdoc, actuals, adoc, figures=figures)
    years = tuple(
        Year(int(year), Actuals.model_construct(plan=actuals.plan, goals=review.goals, untracked=review.untracked),
             YearDocument(adoc, year))
        for year, review in sorted(actuals.years.items())
    )  # fmt: skip
    return Parsed(targets, tdoc, years[-1].actuals, years[-1].document, years, figures)


# An actuals file of at least this many characters is loaded in a second process while the first loads the targets
# file: about 0.9 s per 5 MB of it, against some 10 ms for the process and 2% of that for passing its values back.
LOAD_APART = 500_000


class LoadApart:
    """The actuals file loaded into plain values (yamlsafe.load) in a forked process while this one loads the targets
    file. Both files are read here first, in that order, each once, as one process reads them.

    The values come back pickled through a pipe. Whatever goes wrong there (a problem in the file, a process that
    dies) leaves result() None, and the file is then loaded here: its problems are found and worded as in one process.
    With them come the figures of both files' quotes (figures_ahead), read there while this process is still loading.
    """

    def __init__(self, texts: "list[str | InputError]", pid: int = 0, pipe: int = -1) -> None:
        self.texts = texts  # each file's text, or why it could not be read
        self._pid = pid
        self._pipe = pipe
        self.figures: Mapping[str, tuple[Figure, ...]] | None = None  # set by result(), from the forked process

    @classmethod
    def start(cls, targets_path: str, actuals_path: str) -> "LoadApart | None":
        """Both files read and the actuals file's loading begun apart, or None (nothing read) where there is no fork."""
        import os

        if not hasattr(os, "fork"):
            return None
        texts: list[str | InputError] = []
        for path in (targets_path, actuals_path):
            try:
                texts.append(yamlsafe.read_named(path))
            except InputError as exc:
                texts.append(exc)
        text = texts[1]
        if isinstance(text, InputError) or len(text) < LOAD_APART:
            return cls(texts)
        from planaudit.forks import fork

        read, write = os.pipe()
        try:
            pid = fork()
        except OSError:
            os.close(read)
            os.close(write)
            return cls(texts)
        if pid == 0:  # pragma: no cover - the forked process (measured through the CLI)
            targets_text = texts[0]
            _load_apart(actuals_path, text, read, write, targets_text if isinstance(targets_text, str) else "")
        os.close(write)
        return cls(texts, pid, read)

    def result(self) -> "yamlsafe.Loaded | None":
        """The actuals file's plain values, or None: then parse loads it here."""
        if self._pipe < 0:
            return None
        import os
        import pickle

        chunks = []
        try:
            while chunk := os.read(self._pipe, 1 << 20):
                chunks.append(chunk)
        except OSError:
            chunks = []
        if chunks:  # the whole message was read: the process has closed the pipe on its way out
            os.waitpid(self._pid, 0)
            self._pid = 0
        self.close()
        if not chunks:
            return None
        try:
            with yamlsafe.gc_paused():
                loaded, figures = _received(*pickle.loads(b"".join(chunks)))
        except Exception:  # a message cut short: the process died while sending it
            return None
        if loaded is None:
            return None
        self.figures = figures if isinstance(figures, dict) else None
        return loaded

    def close(self) -> None:
        """End the process (at once, if it is still working: this one stopped early) and close the pipe."""
        import os
        import signal

        if self._pipe >= 0:
            os.close(self._pipe)
            self._pipe = -1
        if self._pid:
            try:
                if os.waitpid(self._pid, os.WNOHANG) == (0, 0):
                    os.kill(self._pid, signal.SIGKILL)
                    os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = 0


def _load_apart(path: str, text: str, read: int, write: int, targets_text: str) -> None:  # pragma: no cover - forked
    """The forked process of LoadApart: load, read the quotes' figures, send both pickled (nothing if the file has a
    problem), exit. What it kept of them for the next run (documents.kept) it sends as kept: serialised once."""
    import os
    import pickle

    from planaudit.documents import kept

    status = 0
    try:
        os.close(read)
        with kept.remembering(_VALUES, _TARGETS_FIGURES, _ACTUALS_FIGURES):
            loaded = yamlsafe.load(path, text)
            with yamlsafe.gc_paused():
                figures = figures_ahead(targets_text, loaded.data, text)
            data = pickle.dumps(_message(loaded, figures, text, targets_text), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(write, view) :]
    except BaseException:
        status = 1
    finally:
        os._exit(status)


# The readings LoadApart's process keeps (documents.kept): the actuals file's values (as yamlsafe.load names them) and
# the figures of each file's quotes (figures_ahead).
_VALUES = "values, lines of goals"
_TARGETS_FIGURES = "figures of the targets quotes"
_ACTUALS_FIGURES = "figures of the actuals quotes"


def _message(loaded: yamlsafe.Loaded, figures: object, text: str, targets_text: str) -> tuple[object, object]:
    """What LoadApart's process sends: the loaded values and the quotes' figures, each as the bodies kept of them
    (documents.kept, bytes) when it kept or read them all, else as they are (see _received)."""
    from planaudit.documents import kept

    values = kept.remembered(_VALUES, text)
    bodies = (kept.remembered(_TARGETS_FIGURES, targets_text), kept.remembered(_ACTUALS_FIGURES, text))
    return loaded if values is None else values, figures if None in bodies else bodies


def _received(values: object, figures: object) -> "tuple[yamlsafe.Loaded | None, object]":
    """The loaded values and the figures from what _message sent."""
    import marshal
    import pickle

    if type(values) is bytes:
        values = yamlsafe.loaded_of(marshal.loads(values))
    if type(figures) is tuple and all(type(body) is bytes for body in figures):
        merged: dict[object, object] = {}  # as figures_ahead merges them
        for body in figures:
            merged.update(pickle.loads(body))
        figures = merged
    return values if isinstance(values, yamlsafe.Loaded) else None, figures


# A line of a YAML file holding a quote as one plain scalar, or in quotes with nothing to unescape ("quote: 确保…").
_QUOTE_LINE = LazyPattern(
    r"""^[ \t]*(?:- +)?quote: +([^\s"'#|>&*!%@`{\[][^\n]*?|"[^"\\\n]*"|'[^'\n]*')[ \t\r]*$""", re.M
)


def figures_ahead(targets_text: str, actuals: Any, actuals_text: str | None = None) -> "dict[str, tuple[Figure, ...]]":
    """The figures (figures_of_quote) of each quote of the actuals file's values and of each quote the targets file
    writes on a line of its own: the quotes verify reads for their numbers, read in the second process meanwhile.

    Each quote is looked for as text, not loaded: one read wrongly (a comment taken as part of it) is a key verify
    never asks for, and verify reads the figures of any quote not here itself. A big file's are kept for the next run
    on its text (documents.kept; actuals_text: the text the actuals were loaded from).
    """
    found = _kept_figures(_TARGETS_FIGURES, targets_text, lambda: _line_quotes(targets_text))
    if actuals_text is None:
        return {**found, **_figures(quote for quote in _value_quotes(actuals) if quote not in found)}
    return {**found, **_kept_figures(_ACTUALS_FIGURES, actuals_text, lambda: _value_quotes(actuals))}


def _kept_figures(what: str, text: str, quotes: Callable[[], Iterable[str]]) -> "dict[str, tuple[Figure, ...]]":
    from planaudit.documents import kept

    return kept.pickled_or_read(what, text, dict, lambda: _figures(quotes()))


def _figures(quotes: Iterable[str]) -> "dict[str, tuple[Figure, ...]]":
    from planaudit.reading.figures import figures_of_quote

    return {quote: figures_of_quote(quote) for quote in quotes}


def _line_quotes(targets_text: str) -> dict[str, None]:
    """The quotes the targets file writes on a line of their own, as one scalar (see figures_ahead)."""
    quotes: dict[str, None] = {}
    for match in _QUOTE_LINE.finditer(targets_text):
        quote = match.group(1)
        if quote[0] in "'\"":
            quote = quote[1:-1]
        if " #" not in quote:
            quotes[quote] = None
    return quotes


def _value_quotes(actuals: Any) -> dict[str, None]:
    """The quotes of the actuals file's values."""
    quotes: dict[str, None] = {}
    stack = [actuals]
    while stack:
        value = stack.pop()
        items = value.items() if type(value) is dict else enumerate(value) if type(value) is list else ()
        for key, item in items:
            if key == "quote" and type(item) is str:
                quotes[item] = None
            elif type(item) is dict or type(item) is list:
                stack.append(item)
    return quotes
