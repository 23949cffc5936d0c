"""The command line: options → load → evaluate → render → exit code, wired in one place."""

# No `from __future__ import annotations`: typer reads a command's signature with get_type_hints, several times,
# and string annotations would be compiled and evaluated each time (~5 ms of every run). Names imported for type
# checking only are quoted.
import copy
import enum
import gc
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn, Optional, TypeVar, get_args

import typer

if TYPE_CHECKING:
    from planaudit.i18n import Lang
    from planaudit.ledger import Ledger
    from planaudit.scorecard import Scorecard
    from planaudit.verify import Audit

EXIT_OK, EXIT_GATE, EXIT_INVALID, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    name="planaudit",
    help="Audit a plan's targets against what its review reports: met, missed or unreported.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Literal choices rather than Enum classes: typer reads them the same, and they cost nothing to import.
FormatName = Literal["table", "markdown", "json", "junit", "github", "html"]
LangName = Literal["zh", "en"]
ColorName = Literal["auto", "always", "never"]
SchemaTopic = Literal["targets", "actuals", "report"]
JudgedName = Literal["as-recorded", "as-unreported"]
HookCommand = Literal["validate", "check"]


def _choice(*values: str, many: bool = False) -> Callable[[Any], Any]:
    """A callback checking an option's value (or, with many, each of a repeatable option's) against its choices,
    in planaudit's words.

    Choice options are typed plain `str` for typer and checked here: typer's own check wraps its message
    in validator wording ("Value error, 'fr' is not one of …") that differs between its releases.
    """

    def check(value: Any) -> Any:
        items = list(value or []) if many else [value]
        for item in items:
            if item is not None and item not in values:
                raise typer.BadParameter(f"{item!r} is not one of {', '.join(values)}")
        return items if many else value  # a list, never None: typer 0.19 takes len() of a repeatable's value

    return check


def _choice_option(*names: str, choices: tuple[str, ...], help: str, many: bool = False, metavar: str = "") -> Any:
    """A typer option whose value is one of `choices` (or, with many, a repeatable list of them)."""
    return typer.Option(*names, metavar=metavar or "|".join(choices), callback=_choice(*choices, many=many), help=help)


class FailOnChoice(enum.StrEnum):
    missed = "missed"
    missed_commitment = "missed-commitment"
    unreported = "unreported"
    judged_met = "judged-met"
    uncovered_target = "uncovered-target"
    unused_figure = "unused-figure"
    suspicious_silence = "suspicious-silence"
    off_track = "off-track"


class VerdictChoice(enum.StrEnum):
    met = "met"
    missed = "missed"
    unreported = "unreported"
    not_due = "not_due"


TargetsOpt = Annotated[Path, typer.Option("--targets", "-t", help="The plan's goals.", show_default=True)]
ActualsOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--actuals", "-a", help="What the review reports; by default actuals.yaml beside the targets file."),
]
LangOpt = Annotated[
    Optional[str],  # noqa: UP045 - typer reads the annotation at run time
    _choice_option(
        "--lang",
        choices=get_args(LangName),
        help="Language of labels and titles; by default zh under a Chinese locale, else en.",
    ),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback for unexpected errors.")]
StepSummaryName = Literal["auto", "always", "never"]
SourcesRootOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--sources-root",
        help="Folder that every source path must stay inside; by default the folder of the targets file.",
    ),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Treat evidence lints (reuse, plan echo, judged without a fact, …) as errors.")
]

T = TypeVar("T")


def _version(value: bool) -> None:
    if value:
        from planaudit import __version__

        typer.echo(f"planaudit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    context: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """planaudit: score every goal of a plan as met, missed or unreported."""
    _check_environment()
    if context.invoked_subcommand != "check":  # check starts once its own imports are done
        started()


def started() -> None:
    """The command's work begins: what start-up allocated is frozen (later collections skip it) and the cycle
    collector, paused by the entry point during start-up, runs again."""
    gc.freeze()
    gc.enable()


def _check_environment() -> None:
    """A bad PLANAUDIT_* or SOURCE_DATE_EPOCH variable is a usage error naming it, never silently ignored."""
    from planaudit.i18n import lang_problem
    from planaudit.yamlsafe import MAX_BYTES_ENV, max_bytes_problem

    problems = [max_bytes_problem(os.environ.get(MAX_BYTES_ENV, "")), lang_problem()]
    if os.environ.get("SOURCE_DATE_EPOCH"):
        from planaudit.report.html import source_date_problem

        problems.append(source_date_problem(os.environ["SOURCE_DATE_EPOCH"]))
    for problem in problems:
        if problem is not None:
            _fail(f"error: {problem}")


def _fail(message: str, code: int = EXIT_INVALID) -> NoReturn:
    from planaudit.textsafe import one_line

    typer.echo(one_line(message), err=True)
    raise typer.Exit(code)


def _guard(debug: bool, action: Callable[[], T], annotate: bool = False) -> T:
    """Run one pipeline step, turning input errors into located messages and exit 2.

    With annotate (--format github) each located problem is also an ::error annotation on stdout,
    so that a pull request shows it on the line to fix.
    """
    from planaudit.errors import InputError, UsageError

    try:
        return action()
    except InputError as exc:
        shown = exc.problems[:50]
        from planaudit.textsafe import one_line

        for problem in shown:
            typer.echo(one_line(f"{problem}"), err=True)
        if annotate:
            from planaudit.report.github import error_annotation

            for problem in shown[:10]:
                typer.echo(error_annotation(problem))
        hidden = len(exc.problems) - len(shown) + exc.more
        if hidden:
            typer.echo(f"... and {hidden} more problems", err=True)
        if exc.hint:
            typer.echo(one_line(exc.hint), err=True)
        raise typer.Exit(EXIT_INVALID) from None
    except UsageError as exc:
        _fail(f"error: {exc}")
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except RecursionError:
        _fail("error: the input is nested too deeply")
    except MemoryError:
        _fail("error: out of memory reading the input; is the file far larger than a plan should be?")
    except OverflowError:
        from planaudit.pipeline import OVERFLOW

        _fail(f"error: the {OVERFLOW.removeprefix('its ')}")
    except Exception:
        if debug:
            raise
        import traceback

        typer.echo("internal error: this is a bug in planaudit; rerun with --debug and report it", err=True)
        typer.echo(traceback.format_exc().strip().splitlines()[-1], err=True)
        raise typer.Exit(EXIT_INVALID) from None


def _lang(choice: str | None) -> "Lang":
    from planaudit.i18n import default_lang

    if choice is None:
        return default_lang()
    return "zh" if choice == "zh" else "en"


def _open(
    targets: Path,
    actuals: Path | None,
    judged: str,
    strict: bool,
    sources_root: Path | None,
    documents: bool = False,
) -> "tuple[Ledger | None, Audit]":
    """A ledger (yearly actuals files, or one actuals file of years) and its latest year's audit, or one audit
    (documents: its document coverage will be reported)."""
    from planaudit.ledger import Ledger, open_audit

    opened = open_audit(targets, actuals, judged, strict, sources_root, documents)
    return (opened, opened.audits[-1]) if isinstance(opened, Ledger) else (None, opened)


def _sections(scorecard: "Scorecard", audit: "Audit", sections: list[str]) -> "Scorecard":
    from planaudit.engine import select
    from planaudit.errors import UsageError

    known = {s.id for s in audit.targets.sections}
    unknown = [s for s in sections if s not in known]
    if unknown:
        raise UsageError(f"unknown section {', '.join(unknown)}; sections are: {', '.join(sorted(known))}")
    return select(scorecard, set(sections))


def _actuals(targets: Path, actuals: Path | None) -> Path:
    from planaudit.pipeline import actuals_beside

    return actuals_beside(targets, actuals)


def _scorecard(audit: "Audit", sections: list[str], judged: str = "as-recorded", strict: bool = False) -> "Scorecard":
    from planaudit.pipeline import score

    return score(audit, sections, judged, strict)


def _with_documents(scorecard: "Scorecard", audit: "Audit", year: int | None = None) -> "Scorecard":
    from planaudit.pipeline import with_documents

    return with_documents(scorecard, audit, year)


def _color(choice: str, to_terminal: bool) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return to_terminal


def _width(width: int | None, to_terminal: bool) -> int:
    if width is not None:
        return width
    columns = os.environ.get("COLUMNS", "")
    if columns.isascii() and columns.isdigit() and len(columns) <= 5 and 40 <= int(columns) <= 1000:
        return int(columns)
    if to_terminal:
        import shutil

        return max(40, shutil.get_terminal_size((80, 24)).columns)
    return 80


def _coverage(value: float | None) -> float | None:
    """--min-coverage: a finite percentage (click's range check lets nan through or words it oddly)."""
    import math

    if value is not None and not (math.isfinite(value) and 0 <= value <= 100):
        raise typer.BadParameter("must be a finite number from 0 to 100")
    return value


FoldersArg = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Argument(
        metavar="[DIR]...",
        help="Audit every folder under these that holds a targets.yaml (a portfolio), instead of -t and -a.",
        show_default=False,
    ),
]


@app.command(short_help="Score every goal and print the scorecard; the CI gate.")
def check(
    context: typer.Context,
    folders: FoldersArg = None,
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = None,
    format: Annotated[
        str,
        _choice_option("--format", "-f", choices=get_args(FormatName), help="Report format."),
    ] = "table",
    output: Annotated[
        Optional[str],  # noqa: UP045 - a string, not a Path: pathlib would drop the trailing / of `-o newdir/`
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to FILE instead of stdout ('-' is stdout). A regular file or new path is "
            "replaced atomically (a symlink inside the folder is followed and stays a link; one leading out is "
            "refused); an existing device or FIFO is written as a stream, never replaced. Never an input file "
            "or source document.",
        ),
    ] = None,
    fail_on: Annotated[
        Optional[list[str]],  # noqa: UP045
        _choice_option(
            "--fail-on",
            metavar="CONDITION",
            choices=tuple(c.value for c in FailOnChoice),
            many=True,
            help="Also fail the gate on: missed, missed-commitment, unreported, judged-met, uncovered-target, "
            "unused-figure, suspicious-silence, off-track (a trajectory of a gating level behind its pace) "
            "(repeatable).",
        ),
    ] = None,
    min_coverage: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(
            "--min-coverage",
            callback=_coverage,
            help="Fail when under PCT% of goals are scored on evidence (0-100).",
        ),
    ] = None,
    section: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--section", "-s", metavar="ID", help="Audit only these sections (repeatable)."),
    ] = None,
    verdict: Annotated[
        Optional[list[str]],  # noqa: UP045
        _choice_option(
            "--verdict",
            metavar="VERDICT",
            choices=tuple(v.value for v in VerdictChoice),
            many=True,
            help="Show only goals with these verdicts: met, missed, unreported, not_due (repeatable; the gate sees "
            "all).",
        ),
    ] = None,
    lang: LangOpt = None,
    width: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--width", min=40, max=1000, metavar="N", help="Table width; by default the terminal's, or 80."),
    ] = None,
    color: Annotated[
        str,
        _choice_option("--color", choices=get_args(ColorName), help="Colour the table."),
    ] = "auto",
    judged: Annotated[
        str,
        _choice_option(
            "--judged",
            choices=get_args(JudgedName),
            help="as-unreported: set aside every verdict that rests on judgement alone (summary and gate included).",
        ),
    ] = "as-recorded",
    strict: StrictOpt = False,
    sources_root: SourcesRootOpt = None,
    step_summary: Annotated[
        str,
        _choice_option(
            "--step-summary",
            choices=get_args(StepSummaryName),
            help="Append the markdown report to $GITHUB_STEP_SUMMARY: auto (when it is set), always "
            "(it must be set), never. A failed append is a warning; the exit code stays the gate's.",
        ),
    ] = "auto",
    show_all: Annotated[
        bool, typer.Option("--all", help="List every goal in the table, not only those that need attention.")
    ] = False,
    allow_draft: Annotated[
        bool,
        typer.Option(
            "--allow-draft",
            help="Preview a drafted audit whose '# draft: check' marks are not all reviewed (without it the gate "
            "fails while any mark is left).",
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Score every goal and print the scorecard; exit 0 when the gate passes, 1 when it fails, 2 on bad input."""
    from planaudit.gates import FailOn, gate
    from planaudit.report import Format, RenderOptions, pieces, render
    from planaudit.yamlsafe import gc_paused

    started()

    chosen_lang = _lang(lang)
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY", "") if step_summary != "never" else ""
    if step_summary == "always" and not summary_path:
        _fail("error: --step-summary always needs GITHUB_STEP_SUMMARY set to a file")
    annotate = format == "github"
    if folders:
        _portfolio_check(context, folders, format, output, fail_on, min_coverage, chosen_lang, width, verdict,
                         judged, strict, show_all, summary_path, debug)  # fmt: skip
    ledger, audit = _guard(debug, lambda: _open(targets, actuals, judged, strict, sources_root, True), annotate)
    if ledger is not None:  # review years: the latest year is the audit, the others its history
        scorecard = ledger.latest
        if section:
            scorecard = _guard(debug, lambda: _sections(scorecard, audit, section))
        scorecard = _guard(debug, lambda: _with_documents(scorecard, audit, ledger.years[-1]))
    else:
        scorecard = _guard(debug, lambda: _scorecard(audit, section or [], judged, strict), annotate)
        scorecard = _guard(debug, lambda: _with_documents(scorecard, audit))
    marks = _draft_marks(audit)
    if marks and allow_draft:
        typer.echo(f"warning: preview of an unreviewed draft: {marks} '# draft: check' mark(s) left", err=True)
    result = gate(
        scorecard,
        [FailOn(f) for f in fail_on or []],
        min_coverage,
        actuals_name=audit.actuals_path,
        unreviewed=0 if allow_draft else marks,
    )
    to_terminal = output is None and sys.stdout.isatty()
    options = RenderOptions(
        lang=chosen_lang,
        width=_width(width, to_terminal),
        color=format == "table" and _color(color, to_terminal),
        verdicts=frozenset(verdict or []),
        gate=result,
        all=show_all,
    )
    report: Iterable[str] = pieces(Format(format), scorecard, options)  # drawn as it is written
    if ledger is not None:
        from planaudit.report.history import add

        with gc_paused():
            text = _guard(debug, lambda: "".join(report))
        report = (add(text, ledger, format, chosen_lang, options.width),)
    from planaudit import output as out
    from planaudit.textsafe import defang, safe_pieces

    if format != "github":
        styles = {"json": "json", "junit": "xml", "html": "xml", "markdown": "markdown"}
        report = safe_pieces(report, styles.get(format, "plain"))
    inputs = [path for each in (ledger.audits if ledger is not None else (audit,)) for path in _inputs(each)]
    with gc_paused():
        _guard(debug, lambda: out.write_report("-" if output is None else str(output), report, protected=inputs))
    if summary_path:
        markdown = defang(render(Format.MARKDOWN, scorecard, options._replace(color=False)), "markdown")
        warning = out.append_summary(summary_path, markdown, inputs, None if output is None else str(output))
        if warning is not None:
            from planaudit.textsafe import one_line

            typer.echo(one_line(warning), err=True)
    for reason in result.reasons:
        typer.echo(f"gate failed: {reason}", err=True)
    raise typer.Exit(EXIT_OK if result.passed else EXIT_GATE)


def _portfolio_only(context: typer.Context, *names: str) -> None:
    """Each audit of a portfolio uses its own targets.yaml and actuals.yaml: options naming one audit are refused."""
    given = [n for n in names if getattr(context.get_parameter_source(n), "name", "DEFAULT") != "DEFAULT"]
    if given:
        flags = ", ".join("--" + n.replace("_", "-") for n in given)
        _fail(f"error: {flags} name one audit's files or parts; with DIR... every audit folder uses its own")


def _portfolio_check(
    context: typer.Context,
    folders: list[Path],
    format: str,
    output: str | None,
    fail_on: list[str] | None,
    min_coverage: float | None,
    lang: "Lang",
    width: int | None,
    verdict: list[str] | None,
    judged: str,
    strict: bool,
    show_all: bool,
    summary_path: str,
    debug: bool,
) -> NoReturn:
    from planaudit.portfolio import Settings, run_portfolio
    from planaudit.report.league import render

    _portfolio_only(context, "targets", "actuals", "section", "sources_root")
    settings = Settings(
        format=format,
        lang=lang,
        fail_on=tuple(fail_on or ()),
        min_coverage=min_coverage,
        judged=judged,
        strict=strict,
        verdicts=tuple(verdict or ()),
        all=show_all,
    )
    portfolio = _guard(debug, lambda: run_portfolio([str(f) for f in folders], settings))
    _portfolio_problems(portfolio)
    to_terminal = output is None and sys.stdout.isatty()
    text = _guard(debug, lambda: render(portfolio, format, lang, _width(width, to_terminal)))
    from planaudit import output as out
    from planaudit.textsafe import defang, safe_output

    if format != "github":
        styles = {"json": "json", "junit": "xml", "html": "xml", "markdown": "markdown"}
        text = safe_output(text, styles.get(format, "plain"))
    inputs = [path for run in portfolio.runs for path in run.inputs]
    _guard(debug, lambda: out.write_report("-" if output is None else str(output), text, protected=inputs))
    if summary_path:
        summary = defang(render(portfolio, "markdown", lang), "markdown")
        warning = out.append_summary(summary_path, summary, inputs, None if output is None else str(output))
        if warning is not None:
            from planaudit.textsafe import one_line

            typer.echo(one_line(warning), err=True)
    from planaudit.textsafe import one_line

    failed = [row for row in portfolio.rows if not row.passed]
    for row in failed:
        for reason in row.reasons:
            typer.echo(one_line(f"gate failed: {row.folder}: {reason}"), err=True)
    raise typer.Exit(EXIT_GATE if failed else EXIT_OK)


def _portfolio_problems(portfolio: Any) -> None:
    """Every invalid audit's located problems on stderr, then exit 2 with nothing written."""
    from planaudit.textsafe import one_line

    invalid = portfolio.invalid
    if not invalid:
        return
    for run in invalid:
        for line in run.problems:
            typer.echo(one_line(line), err=True)
    _fail(f"error: {len(invalid)} of {len(portfolio.runs)} audits are invalid: {', '.join(r.folder for r in invalid)}")


def _portfolio_validate(context: typer.Context, folders: list[Path], strict: bool, debug: bool) -> NoReturn:
    from planaudit.portfolio import Settings, run_portfolio
    from planaudit.textsafe import one_line

    _portfolio_only(context, "targets", "actuals", "sources_root")
    portfolio = _guard(
        debug, lambda: run_portfolio([str(f) for f in folders], Settings(format="none", strict=strict, documents=False))
    )
    _portfolio_problems(portfolio)
    incomplete = [row for row in portfolio.rows if row.missing]
    for row in portfolio.rows:
        for lint in row.lints:
            typer.echo(one_line(lint), err=True)
    for row in incomplete:
        typer.echo(one_line(f"incomplete: {row.folder}: {len(row.missing)} goal(s) have no entry in "
                           f"actuals.yaml: {', '.join(row.missing)}"), err=True)  # fmt: skip
    goals = sum(row.tally.total for row in portfolio.rows)
    typer.echo(
        f"valid: {len(portfolio.rows)} audits, {goals} goals"
        + (f", {len(incomplete)} incomplete" if incomplete else "")
    )
    raise typer.Exit(EXIT_GATE if incomplete else EXIT_OK)


def _draft_marks(audit: "Audit") -> int:
    """The '# draft: check' marks left in the targets and actuals files."""
    from planaudit.gates import draft_marks

    return draft_marks(audit.targets_text) + draft_marks(audit.actuals_doc.text)


def _inputs(audit: "Audit") -> list[str]:
    from planaudit.pipeline import inputs

    return inputs(audit)


@app.command(short_help="Check schema, references, quotes, numbers and lints.")
def validate(
    context: typer.Context,
    folders: FoldersArg = None,
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = None,
    strict: StrictOpt = False,
    sources_root: SourcesRootOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Check schema, references, quotes and evidence lints: exit 0 valid, 1 incomplete, 2 invalid."""
    if folders:
        _portfolio_validate(context, folders, strict, debug)
    ledger, audit = _guard(debug, lambda: _open(targets, actuals, "as-recorded", strict, sources_root))
    if ledger is not None:
        for each, year in zip(ledger.scorecards, ledger.years, strict=True):
            for lint in each.lints:
                typer.echo(str(lint), err=True)
            if each.summary.missing_entries:
                absent = ", ".join(each.summary.missing_entries)
                typer.echo(f"incomplete: {year}: goal(s) with no entry in {each.actuals_path}: {absent}", err=True)
        goal_count = len(ledger.audits[-1].targets.goals)
        incomplete = sum(bool(each.summary.missing_entries) for each in ledger.scorecards)
        typer.echo(
            f"valid: {goal_count} goals, {len(ledger.years)} review years ({ledger.years[0]}–{ledger.years[-1]})"
        )
        raise typer.Exit(EXIT_GATE if incomplete else EXIT_OK)
    scorecard = _guard(debug, lambda: _scorecard(audit, [], strict=strict))
    from planaudit.textsafe import one_line

    for lint in scorecard.lints:
        typer.echo(one_line(str(lint)), err=True)
    goals = audit.targets.goals
    missing = scorecard.summary.missing_entries  # a goal not yet due needs no entry, as in check
    if missing:
        shown = one_line(audit.actuals_path)
        typer.echo(f"incomplete: {len(missing)} goal(s) have no entry in {shown}: {', '.join(missing)}", err=True)
        raise typer.Exit(EXIT_GATE)
    counts = audit.counts
    accepted = sum(x.accepted is not None for x in scorecard.lints)
    open_lints = len(scorecard.lints) - accepted
    warnings = f", {open_lints} evidence lint warning(s)" if open_lints else ""
    warnings += f", {accepted} evidence lint(s) accepted with a reason" if accepted else ""
    marks = _draft_marks(audit)
    left = f"; {marks} '# draft: check' mark(s) left to review before check can pass" if marks else ""
    typer.echo(
        f"valid: {len(goals)} goals, {len(audit.actuals.goals)} actuals entries, "
        f"{counts.quotes} quotes and {counts.numbers} numbers verified{warnings}{left}"
    )


@app.command(short_help="Show one goal's whole chain: quotes, rule, arithmetic.")
def explain(
    goal_id: Annotated[str, typer.Argument(metavar="GOAL_ID", help="The goal to explain.")],
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = None,
    lang: LangOpt = None,
    sources_root: SourcesRootOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show the whole chain for one goal: quote, rule, baseline, evidence, arithmetic, verdict."""
    from planaudit.commands.explain import explain_goal
    from planaudit.output import emit
    from planaudit.textsafe import defang, visible

    ledger, audit = _guard(debug, lambda: _open(targets, actuals, "as-recorded", False, sources_root))
    # A ledger's latest review year, already scored.
    scorecard = ledger.latest if ledger is not None else _guard(debug, lambda: _scorecard(audit, []))
    text = _guard(debug, lambda: explain_goal(scorecard, goal_id, _lang(lang), audit.texts))
    emit(defang(visible(text)))


@app.command(short_help="Print the JSON Schema of targets, actuals or report.")
def schema(
    name: Annotated[SchemaTopic, typer.Argument(help="Which schema to print.")],
) -> None:
    """Print the JSON Schema of the targets file, the actuals file or the JSON report."""
    from planaudit.schemas import schema_text

    sys.stdout.write(schema_text(name))


@app.command(short_help="Compare two JSON reports: added, removed, changed verdicts and figures.")
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier JSON report.")],
    new: Annotated[Path, typer.Argument(help="The later JSON report.")],
    format: Annotated[
        str,
        _choice_option("--format", "-f", choices=("table", "markdown", "json"), help="Format."),
    ] = "table",
    lang: LangOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare two JSON reports: goals added, removed, changed verdicts and changed figures (exit 0 when it ran)."""
    from planaudit.commands.diff import compare, load_report, render_diff
    from planaudit.output import emit
    from planaudit.textsafe import safe_output

    before = _guard(debug, lambda: load_report(str(old)))
    after = _guard(debug, lambda: load_report(str(new)))
    changes = _guard(debug, lambda: compare(before, after))
    emit(safe_output(render_diff(changes, format, _lang(lang)), format))


@app.command(short_help="Draft targets.yaml and actuals.yaml from documents.")
def draft(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help="The plan: UTF-8 text, PDF or HTML.")],
    review: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Option(
            "--review",
            help="The review (text, PDF or HTML): propose evidence, silences and untracked outcomes. Repeat it for "
            "the reviews of successive years: actuals.yaml then holds each year's proposals under `years:`.",
        ),
    ] = None,
    baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--baseline", help="The prior year's review (text, PDF or HTML): propose baselines."),
    ] = None,
    out_dir: Annotated[
        Path,
        typer.Option(
            "--output-dir",
            "-o",
            help="Folder to write targets.yaml, actuals.yaml and their schemas into (created if missing); "
            "documents outside it are copied into its sources/.",
        ),
    ] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Replace existing targets.yaml / actuals.yaml.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Draft targets.yaml and actuals.yaml from the documents; every guess is marked '# draft: check'."""
    from planaudit.commands.draft import run

    _guard(debug, lambda: run(plan, review, baseline, out_dir, force))


@app.command(short_help="Start a new audit from a small working example.")
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Where to write the starter audit.")] = Path("."),
    plan: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--plan", help="Start from your plan (text, PDF or HTML), copied into DIR/sources/."),
    ] = None,
    review: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--review", help="With --plan: its review (text, PDF or HTML), copied too."),
    ] = None,
    baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--baseline", help="With --plan: the prior year's review (text, PDF or HTML), copied too."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace starter files that already exist.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Start a new audit: a small working plan, review, targets, actuals and their JSON schemas; with --plan,
    from your documents instead (goals and evidence drafted from them, as `planaudit draft` does)."""
    from planaudit.commands.starter import write_from_documents, write_starter
    from planaudit.errors import UsageError

    def start() -> list[str]:
        if plan is None and (review is not None or baseline is not None):
            raise UsageError("--review and --baseline need --plan (the document the goals come from)")
        if plan is None:
            return write_starter(str(folder), force)
        others = [None if p is None else str(p) for p in (review, baseline)]
        return write_from_documents(str(folder), str(plan), others[0], others[1], force=force)

    written = _guard(debug, start)
    from planaudit.textsafe import one_line

    for path in written:
        typer.echo(f"wrote {one_line(path)}")
    if plan is not None:
        typer.echo(f"next: review the '# draft: check' marks, then cd {one_line(str(folder))} && planaudit check")
        return
    typer.echo(f"next: cd {one_line(str(folder))} && planaudit check")


@app.command("sync-actuals", short_help="Add `status: silent` for goals with no entry.")
def sync_actuals(
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = None,
    check_only: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 when some goal has no entry yet.")
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Add `status: silent` for every goal that has no entry in the actuals file, keeping the rest as written."""
    from planaudit.commands.sync import sync_actuals as sync
    from planaudit.loader import load
    from planaudit.output import write_atomic

    actuals = _actuals(targets, actuals)
    parsed = _guard(debug, lambda: load(str(targets), str(actuals)))
    from planaudit.textsafe import one_line

    synced = _guard(debug, lambda: sync(parsed))
    shown = one_line(str(actuals))
    if not synced.added:
        typer.echo(f"{shown}: every goal has an entry")
        return
    if check_only:
        typer.echo(f"{shown}: {len(synced.added)} goal(s) have no entry: {', '.join(synced.added)}", err=True)
        raise typer.Exit(EXIT_GATE)
    # Through a symlink to the file it names: the link stays a link.
    real = os.path.realpath(actuals)
    _guard(debug, lambda: write_atomic(real, synced.text, shown=shown, existing=os.stat(real), what="the new entries"))
    typer.echo(f"{shown}: added status: silent for {', '.join(synced.added)}")


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    short_help="For pre-commit: validate or check changed audits.",
)
def hook(
    context: typer.Context,
    command: Annotated[HookCommand, typer.Argument(help="validate or check")],
) -> None:
    """For pre-commit: run validate or check in the folder of every changed targets, actuals or source file."""
    from planaudit.commands.hook import run

    raise typer.Exit(run(command, list(context.args)))


@app.command(short_help="List the rule kinds, each with examples.")
def rules() -> None:
    """List the rule kinds a goal can use, each with a met and a missed example."""
    from planaudit.rules import RULES

    for kind, rule in RULES.items():
        typer.echo(f"{kind}\n" + "\n".join(f"    {line}".rstrip() for line in rule.doc.splitlines()) + "\n")


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.lower().replace("_", "-"))


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command that `args` start with, or every command when they start with none.

    typer reads every command's signature to build the parser, and a run uses one command: `planaudit check`
    builds check's alone. Help, usage errors and suggestions for a mistyped command are unchanged, since
    they come from the full app whenever the first word is not a command.
    """
    chosen = [info for info in app.registered_commands if args[:1] == [_command_name(info)]]
    if not chosen:
        return app
    one = copy.copy(app)
    one.registered_commands = chosen
    return one


def main() -> None:
    from planaudit.output import Terminated, cleanup, install_signal_handlers

    install_signal_handlers()
    try:
        app_for(sys.argv[1:])()
    except Terminated as exc:
        cleanup()
        sys.stderr.write("terminated\n")
        sys.exit(exc.code)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
