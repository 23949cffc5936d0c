"""The command line: options → load → evaluate → render → exit code, wired in one place."""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NoReturn, Optional, TypeVar

import typer

if TYPE_CHECKING:
    from planaudit.i18n import Lang
    from planaudit.scorecard import Scorecard
    from planaudit.verify import Audit

EXIT_OK, EXIT_GATE, EXIT_INVALID, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    name="planaudit",
    help="Audit a plan's targets against what its review reports: met, missed or unreported.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Literal choices rather than Enum classes: typer reads them the same, and they cost nothing to import.
FormatName = Literal["table", "markdown", "json", "junit", "github"]
LangName = Literal["zh", "en"]
ColorName = Literal["auto", "always", "never"]
SchemaTopic = Literal["targets", "actuals", "report"]
JudgedName = Literal["as-recorded", "as-unreported"]


class FailOnChoice(enum.StrEnum):  # typer takes no Literal inside a list
    missed = "missed"
    missed_commitment = "missed-commitment"
    unreported = "unreported"
    judged_met = "judged-met"


class VerdictChoice(enum.StrEnum):
    met = "met"
    missed = "missed"
    unreported = "unreported"


TargetsOpt = Annotated[Path, typer.Option("--targets", "-t", help="The plan's goals.", show_default=True)]
ActualsOpt = Annotated[Path, typer.Option("--actuals", "-a", help="What the review reports.", show_default=True)]
LangOpt = Annotated[
    Optional[LangName],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--lang", help="Language of labels and titles; by default zh under a Chinese locale, else en."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback for unexpected errors.")]
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
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """planaudit: score every goal of a plan as met, missed or unreported."""


def _fail(message: str, code: int = EXIT_INVALID) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _guard(debug: bool, action: Callable[[], T]) -> T:
    """Run one pipeline step, turning input errors into located messages and exit 2."""
    from planaudit.errors import InputError, UsageError

    try:
        return action()
    except InputError as exc:
        shown = exc.problems[:50]
        for problem in shown:
            typer.echo(f"{problem}", err=True)
        hidden = len(exc.problems) - len(shown) + exc.more
        if hidden:
            typer.echo(f"... and {hidden} more problems", err=True)
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
    except Exception:
        if debug:
            raise
        import traceback

        typer.echo("internal error: this is a bug in planaudit; rerun with --debug and report it", err=True)
        typer.echo(traceback.format_exc().strip().splitlines()[-1], err=True)
        raise typer.Exit(EXIT_INVALID) from None


def _lang(choice: LangName | None) -> Lang:
    from planaudit.i18n import default_lang

    if choice is None:
        return default_lang()
    return choice


def _load(targets: Path, actuals: Path) -> Audit:
    from planaudit.loader import load
    from planaudit.verify import verify

    return verify(load(str(targets), str(actuals)))


def _scorecard(
    audit: Audit, sections: list[str], judged: JudgedName = "as-recorded", strict: bool = False
) -> Scorecard:
    from planaudit.engine import evaluate, select, set_aside_judged
    from planaudit.errors import InputError, Problem, UsageError
    from planaudit.lints import lint
    from planaudit.models import Reported
    from planaudit.yamlsafe import gc_paused

    with gc_paused():
        scorecard = evaluate(
            audit.targets,
            audit.actuals,
            goal_lines=audit.goal_lines,
            targets_path=audit.targets_path,
            actuals_path=audit.actuals_path,
        )
    entries = {gid: a for gid, a in audit.actuals.goals.items() if isinstance(a, Reported)}
    lints = lint(scorecard, entries, audit.actuals_doc.at)
    fatal = [x for x in lints if strict or x.severity == "error"]
    if fatal:
        raise InputError([Problem(x.location, f"{x.message} [{x.code}]") for x in fatal])
    scorecard = scorecard._replace(lints=lints)
    if judged == "as-unreported":
        scorecard = set_aside_judged(scorecard)
    if sections:
        known = {s.id for s in audit.targets.sections}
        unknown = [s for s in sections if s not in known]
        if unknown:
            raise UsageError(f"unknown section {', '.join(unknown)}; sections are: {', '.join(sorted(known))}")
        scorecard = select(scorecard, set(sections))
    return scorecard


def _color(choice: ColorName, to_terminal: bool) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return to_terminal


def _width(width: int | None, to_terminal: bool) -> int:
    if width is not None:
        return width
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 40:
        return int(columns)
    if to_terminal:
        import shutil

        return max(40, shutil.get_terminal_size((80, 24)).columns)
    return 80


@app.command()
def check(
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = Path("actuals.yaml"),
    format: Annotated[FormatName, typer.Option("--format", "-f", help="Report format.")] = "table",
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout."),
    ] = None,
    fail_on: Annotated[
        Optional[list[FailOnChoice]],  # noqa: UP045
        typer.Option("--fail-on", help="Also fail the gate on these (repeatable)."),
    ] = None,
    min_coverage: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option("--min-coverage", min=0, max=100, help="Fail when under PCT% of goals are scored on evidence."),
    ] = None,
    section: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--section", "-s", help="Audit only these sections (repeatable)."),
    ] = None,
    verdict: Annotated[
        Optional[list[VerdictChoice]],  # noqa: UP045
        typer.Option("--verdict", help="Show only goals with these verdicts (repeatable; the gate still sees all)."),
    ] = None,
    lang: LangOpt = None,
    width: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--width", min=40, max=1000, help="Table width; by default the terminal's, or 80."),
    ] = None,
    color: Annotated[ColorName, typer.Option("--color", help="Colour the table.")] = "auto",
    judged: Annotated[
        JudgedName,
        typer.Option(
            "--judged",
            help="as-unreported: set aside every verdict that rests on judgement alone (summary and gate included).",
        ),
    ] = "as-recorded",
    strict: StrictOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Score every goal and print the scorecard; exit 0 when the gate passes, 1 when it fails, 2 on bad input."""
    from planaudit.gates import FailOn, gate
    from planaudit.report import Format, RenderOptions, render
    from planaudit.yamlsafe import gc_paused

    chosen_lang = _lang(lang)
    audit = _guard(debug, lambda: _load(targets, actuals))
    scorecard = _guard(debug, lambda: _scorecard(audit, section or [], judged, strict))
    result = gate(scorecard, [FailOn(f.value) for f in fail_on or []], min_coverage, actuals_name=str(actuals))
    to_terminal = output is None and sys.stdout.isatty()
    options = RenderOptions(
        lang=chosen_lang,
        width=_width(width, to_terminal),
        color=format == "table" and _color(color, to_terminal),
        verdicts=frozenset(v.value for v in verdict or []),
        gate=result,
    )
    with gc_paused():
        text = _guard(debug, lambda: render(Format(format), scorecard, options))
    if output is not None:
        from planaudit.output import write_atomic

        _guard(debug, lambda: write_atomic(str(output), text, protected=[str(targets), str(actuals)]))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary:
        markdown = render(Format.MARKDOWN, scorecard, options)
        _guard(debug, lambda: _append(step_summary, markdown))
    for reason in result.reasons:
        typer.echo(f"gate failed: {reason}", err=True)
    raise typer.Exit(EXIT_OK if result.passed else EXIT_GATE)


def _append(path: str, text: str) -> None:
    from planaudit.errors import UsageError

    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"cannot append to GITHUB_STEP_SUMMARY file {path}: {exc.strerror}") from None


@app.command()
def validate(
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = Path("actuals.yaml"),
    strict: StrictOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check schema, references, quotes and evidence lints: exit 0 valid, 1 incomplete, 2 invalid."""
    audit = _guard(debug, lambda: _load(targets, actuals))
    scorecard = _guard(debug, lambda: _scorecard(audit, [], strict=strict))
    for lint in scorecard.lints:
        typer.echo(str(lint), err=True)
    goals = audit.targets.goals
    missing = [g.id for g in goals if g.id not in audit.actuals.goals]
    if missing:
        typer.echo(f"incomplete: {len(missing)} goal(s) have no entry in {actuals}: {', '.join(missing)}", err=True)
        raise typer.Exit(EXIT_GATE)
    counts = audit.counts
    warnings = f", {len(scorecard.lints)} evidence lint warning(s)" if scorecard.lints else ""
    typer.echo(
        f"valid: {len(goals)} goals, {len(audit.actuals.goals)} actuals entries, "
        f"{counts.quotes} quotes and {counts.numbers} numbers verified{warnings}"
    )


@app.command()
def explain(
    goal_id: Annotated[str, typer.Argument(metavar="GOAL_ID", help="The goal to explain.")],
    targets: TargetsOpt = Path("targets.yaml"),
    actuals: ActualsOpt = Path("actuals.yaml"),
    lang: LangOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show the whole chain for one goal: quote, rule, baseline, evidence, arithmetic, verdict."""
    from planaudit.explain import explain_goal

    audit = _guard(debug, lambda: _load(targets, actuals))
    scorecard = _guard(debug, lambda: _scorecard(audit, []))
    text = _guard(debug, lambda: explain_goal(scorecard, goal_id, _lang(lang)))
    sys.stdout.write(text)


@app.command()
def schema(
    name: Annotated[SchemaTopic, typer.Argument(help="Which schema to print.")],
) -> None:
    """Print the JSON Schema of the targets file, the actuals file or the JSON report."""
    from planaudit.schemas import schema_text

    sys.stdout.write(schema_text(name))


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier JSON report.")],
    new: Annotated[Path, typer.Argument(help="The later JSON report.")],
    format: Annotated[FormatName, typer.Option("--format", "-f", help="table, markdown or json.")] = "table",
    lang: LangOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare two JSON reports: goals added, removed and changed verdicts (exit 0 when it ran)."""
    from planaudit.diff import compare, load_report, render_diff

    if format not in {"table", "markdown", "json"}:
        _fail(f"error: diff prints table, markdown or json, not {format}")
    before = _guard(debug, lambda: load_report(str(old)))
    after = _guard(debug, lambda: load_report(str(new)))
    sys.stdout.write(render_diff(compare(before, after), format, _lang(lang)))


@app.command()
def rules() -> None:
    """List the rule kinds a goal can use, each with a met and a missed example."""
    from planaudit.rules import RULES

    for kind, rule in RULES.items():
        typer.echo(f"{kind}\n" + "\n".join(f"    {line}".rstrip() for line in rule.doc.splitlines()) + "\n")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`planaudit check | head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout on exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_GATE)
