"""The plan's schema: pydantic models for targets.yaml (the actuals side lives in facts)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from planaudit.facts import (
    Actual,
    Actuals,
    Alternate,
    Baseline,
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
)
from planaudit.rules import RuleParams


class Plan(Strict):
    id: Id
    title: Text
    title_en: Text | None = None
    period: Period = Field(description="The year (or date) the plan's goals are for.")
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


class Goal(Strict):
    id: Id
    section: Id
    title: Text
    title_en: Text | None = None
    quote: Quote = Field(description="The goal's verbatim text in the plan.")
    source: Id | None = Field(default=None, description="Defaults to the source whose role is plan.")
    level: Level = Field(description="commitment (确保), stretch (力争/力求/努力) or plain (no commitment word).")
    rule: RuleParams
    baseline: Id | None = None
    note: Text | None = None


class Settings(Strict):
    consistency_tolerance_pct: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] = 0.5


class Targets(Strict):
    plan: Plan
    sources: dict[Id, Source]
    sections: Annotated[list[Section], Field(min_length=1)]
    baselines: dict[Id, Baseline] = Field(default_factory=dict)
    goals: Annotated[list[Goal], Field(min_length=1)]
    settings: Settings = Field(default_factory=Settings)


__all__ = [
    "Actual",
    "Actuals",
    "Alternate",
    "Baseline",
    "Evidence",
    "Finite",
    "Goal",
    "Id",
    "ItemStatus",
    "Level",
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
]
