"""Output formats: every --format value maps to exactly one reporter module, imported on use."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Iterator

from planaudit.report.common import RenderOptions
from planaudit.scorecard import Scorecard


class Format(enum.StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"
    JUNIT = "junit"
    GITHUB = "github"
    HTML = "html"


Reporter = Callable[[Scorecard, RenderOptions], str]

# The module under planaudit.report whose render() draws each format; importing only the one
# asked for keeps xml.etree and friends out of a plain `planaudit check`.
REPORTERS: dict[Format, str] = {
    Format.TABLE: "table",
    Format.MARKDOWN: "markdown",
    Format.JSON: "json_report",
    Format.JUNIT: "junit",
    Format.GITHUB: "github",
    Format.HTML: "html",
}


def reporter(fmt: Format) -> Reporter:
    module = importlib.import_module(f"planaudit.report.{REPORTERS[fmt]}")
    draw: Reporter = module.render
    return draw


def render(fmt: Format, scorecard: Scorecard, options: RenderOptions) -> str:
    return reporter(fmt)(scorecard, options)


def pieces(fmt: Format, scorecard: Scorecard, options: RenderOptions) -> Iterator[str]:
    """The report as pieces to write in order, drawn as they are asked for: a piece at a time when its reporter
    has pieces() (json), else whole as one piece."""
    module = importlib.import_module(f"planaudit.report.{REPORTERS[fmt]}")
    drawn: Callable[[Scorecard, RenderOptions], Iterator[str]] | None = getattr(module, "pieces", None)
    if drawn is not None:
        yield from drawn(scorecard, options)
    else:
        yield reporter(fmt)(scorecard, options)


__all__ = ["REPORTERS", "Format", "RenderOptions", "pieces", "render", "reporter"]
