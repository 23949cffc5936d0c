"""The input schema: pydantic models for targets.yaml and actuals.yaml."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from planaudit.rules import RuleParams

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Quote = Annotated[str, StringConstraints(min_length=2, pattern=r"^\S(.*\S)?$")]
Unit = Annotated[str, StringConstraints(min_length=1, max_length=20, pattern=r"^\S+$")]
Period = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}){0,2}$")]
Level = Literal["commitment", "stretch", "plain"]
Finite = Annotated[float, Field(allow_inf_nan=False)]


class Strict(BaseModel):
    """Unknown keys are errors and values are not coerced across types."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


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


class Alternate(Strict):
    """A second figure the baseline document gives for the same measure (e.g. a reported figure)."""

    value: Finite
    label: Text
    quote: Quote


class Baseline(Strict):
    title: Text
    title_en: Text | None = None
    value: Finite
    unit: Unit
    source: Id
    quote: Quote
    approximate: bool = Field(default=False, description="True where the baseline figure is only approximate.")
    note: Text | None = None
    alternate: Alternate | None = None


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


class Evidence(Strict):
    source: Id
    quote: Quote


ItemStatus = Literal["done", "not_done", "silent"]


class Reported(Strict):
    """What the review says about one goal, with its verbatim evidence."""

    status: Literal["reported"]
    evidence: Annotated[list[Evidence], Field(min_length=1)]
    value: Finite | None = None
    unit: Unit | None = None
    basis: Literal["level", "change"] = Field(
        default="level",
        description="level: the reported figure is a level (total, share, amount); change: it is the change itself.",
    )
    growth_pct: Finite | None = Field(default=None, description="A growth rate the review reports beside the level.")
    done: bool | None = None
    date: Period | None = None
    items: dict[Text, ItemStatus] | None = None
    verdict: Literal["met", "missed"] | None = None
    rationale: Text | None = None
    caveat: Text | None = Field(default=None, description="Where the evidence measures something slightly different.")
    note: Text | None = None


class Silent(Strict):
    """An explicit record that the review says nothing about the goal."""

    status: Literal["silent"]
    note: Text | None = None


Actual = Annotated[Reported | Silent, Field(discriminator="status")]


class Untracked(Strict):
    """An outcome the review reports that no goal asked for."""

    id: Id
    title: Text
    title_en: Text | None = None
    value: Finite | None = None
    unit: Unit | None = None
    growth_pct: Finite | None = None
    source: Id
    quote: Quote
    baseline: Id | None = None
    note: Text | None = None


class Actuals(Strict):
    plan: Id
    goals: dict[Id, Actual]
    untracked: list[Untracked] = Field(default_factory=list)
