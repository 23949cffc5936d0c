"""Output formats: every --format value maps to exactly one reporter."""

from __future__ import annotations

import enum
from collections.abc import Callable

from planaudit.report import github, json_report, junit, markdown, table
from planaudit.report.common import RenderOptions
from planaudit.scorecard import Scorecard


class Format(enum.StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"
    JUNIT = "junit"
    GITHUB = "github"


Reporter = Callable[[Scorecard, RenderOptions], str]

REPORTERS: dict[Format, Reporter] = {
    Format.TABLE: table.render,
    Format.MARKDOWN: markdown.render,
    Format.JSON: json_report.render,
    Format.JUNIT: junit.render,
    Format.GITHUB: github.render,
}


def render(fmt: Format, scorecard: Scorecard, options: RenderOptions) -> str:
    return REPORTERS[fmt](scorecard, options)


__all__ = ["REPORTERS", "Format", "RenderOptions", "render"]
