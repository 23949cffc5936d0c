"""The plan's schema: pydantic models for targets.yaml (the actuals side lives in facts)."""

from typing import Annotated, Literal

from pydantic import Field

from planaudit.facts import (
    Actual,
    Actuals,
    Alternate,
    Baseline,
    Due,
    Evidence,
    Finite,
    Id,
    ItemStatus,
    Level,
    Period,
    Quote,
    Reported,
    Silent,
    Strict,
    Text,
    Unit,
    Untracked,
    YearlyActuals,
    new_dict,
    new_list,
)
from planaudit.rules import RuleParams


class Plan(Strict):
    id: Id
    title: Text
    title_en: Text | None = None
    period: Period = Field(description="The year, fiscal year (2018-19, FY19) or date the plan's goals are for.")
    baseline_period: Period | None = Field(default=None, description="The year the baselines describe.")
    issuer: Text | None = None


class Source(Strict):
    path: Text = Field(description="Path of the UTF-8 text, relative to the targets file.")
    title: Text
    title_en: Text | None = None
    role: Literal["baseline", "plan", "review"]
    period: Period | None = None


class Section(Strict):
    id: Id
    title: Text
    title_en: Text | None = None
    level: Id | None = Field(
        default=None, description="The level of every goal in the section that names none (主要预期目标 → expected)."
    )


class LevelDef(Strict):
    """One grade of commitment a plan uses: what it is called, the words that signal it, whether it gates."""

    id: Id
    label: Text = Field(description="The level's name in the plan's language (确保, 约束性, …).")
    label_en: Text | None = None
    words: list[Text] = Field(default_factory=new_list, description="Words in a plan that signal this level.")
    gate: bool = Field(default=False, description="A missed goal of this level fails --fail-on missed-commitment.")


# Constants, made without validation: validating them would build LevelDef's validator at import (~1 ms), apart
# from the Targets validator that holds it.
DEFAULT_LEVELS: tuple[LevelDef, ...] = (
    LevelDef.model_construct(id="binding", label="约束性", label_en="binding", words=["约束性"], gate=True),
    LevelDef.model_construct(
        id="commitment",
        label="确保",
        label_en="commitment",
        words=["确保", "必须", "务必", "will", "must", "shall"],
        gate=True,
    ),
    LevelDef.model_construct(id="expected", label="预期性", label_en="expected", words=["预期性", "预期"]),
    LevelDef.model_construct(
        id="stretch",
        label="力争",
        label_en="stretch",
        words=["力争", "力求", "努力", "争取", "aim to", "aspire", "strive"],
    ),
    LevelDef.model_construct(id="planned", label="拟安排", label_en="planned", words=["拟", "安排", "plan to"]),
    LevelDef.model_construct(id="plain", label="一般", label_en="plain", words=[]),
)


class Goal(Strict):
    id: Id
    section: Id
    title: Text
    title_en: Text | None = None
    quote: Quote = Field(description="The goal's verbatim text in the plan.")
    source: Id | None = Field(default=None, description="Defaults to the source whose role is plan.")
    level: Id | None = Field(
        default=None,
        description="One of the plan's levels (by default binding, commitment, expected, stretch, planned, plain); "
        "omitted: the section's level.",
    )
    due: Due | None = Field(
        default=None,
        description="When the goal falls due: a period (2025, 2018-19, FY19) or a horizon from the plan's period "
        "('next two years', 'current fiscal'); default: the plan's period.",
    )
    long_term: Period | None = Field(
        default=None,
        description="The plan gives this goal no date: it is long-term, not due until this period (2030).",
    )
    rule: RuleParams
    baseline: Id | None = None
    note: Text | None = None


class Settings(Strict):
    trajectory_method: Literal["cagr", "linear", "compound"] = Field(
        default="cagr",
        description="How trajectory goals without a method of their own are judged before they fall due.",
    )
    consistency_tolerance_pct: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = 0.5
    near_miss_pct: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = Field(
        default=5.0, description="A missed numeric goal within this percent of its target is a near miss."
    )
    nearly_span_pct: Annotated[float, Field(gt=0, lt=100, allow_inf_nan=False)] = Field(
        default=10.0,
        description="How far below its figure a reported 近/nearly figure may lie, in percent (近2: ≥ 1.8).",
    )
    about_span_pct: Annotated[float, Field(ge=0, lt=100, allow_inf_nan=False)] = Field(
        default=5.0,
        description="How far either side of its figure a reported 约/about figure may lie, in percent, for a rule "
        "without a tolerance of its own.",
    )
    fiscal_year_start_month: Annotated[int, Field(ge=1, le=12)] = Field(
        default=4,
        description="The month a fiscal year (2018-19, FY19, 2018/19) begins: 4, April to March (India, the UK, "
        "Japan); 7 for July to June (Australia); 10 for October to September (the US federal year). FY19 is the "
        "fiscal year that ends in 2019.",
    )


class Excluded(Strict):
    """A target-like phrase or reported figure deliberately left out of the audit, and why (document coverage)."""

    quote: Quote = Field(description="Verbatim text of the phrase or figure left out.")
    source: Id | None = Field(default=None, description="The document it is in; default: wherever it occurs.")
    reason: Text
    rest_of_document: bool = Field(
        default=False, description="Leave out everything from the quote to the document's end (an out-of-period part)."
    )


class Targets(Strict):
    plan: Plan
    sources: dict[Id, Source]
    sections: Annotated[list[Section], Field(min_length=1)]
    baselines: dict[Id, Baseline] = Field(default_factory=new_dict)
    goals: Annotated[list[Goal], Field(min_length=1)]
    levels: list[LevelDef] = Field(
        default_factory=lambda: list(DEFAULT_LEVELS),
        description="The plan's grades of commitment, in order; by default Chinese and English ones.",
    )
    settings: Settings = Field(default_factory=Settings)
    excluded: list[Excluded] = Field(
        default_factory=new_list, description="Phrases and figures the audit leaves out on purpose, with the reason."
    )


__all__ = [
    "DEFAULT_LEVELS",
    "Actual",
    "Actuals",
    "Alternate",
    "Baseline",
    "Evidence",
    "Excluded",
    "Finite",
    "Goal",
    "Id",
    "ItemStatus",
    "Level",
    "LevelDef",
    "Period",
    "Plan",
    "Quote",
    "Reported",
    "Section",
    "Settings",
    "Silent",
    "Source",
    "Strict",
    "Targets",
    "Text",
    "Unit",
    "Untracked",
    "YearlyActuals",
]
