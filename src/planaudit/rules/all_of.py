"""Rule all_of: several measures must each meet the same threshold (细颗粒物、可吸入颗粒物浓度均下降5%), or a goal
has several parts, each with its own figure or milestone (56 airports and 31 helipads; 启动…计划，今年开工580万套)."""

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Measure, Reported
from planaudit.rules.approximately import Approximately, ApproximatelyParams
from planaudit.rules.at_least import AtLeast, AtLeastParams
from planaudit.rules.at_most import AtMost, AtMostParams
from planaudit.rules.base import Figure, Issue, LocatedFigure, Outcome, Params, Progress, Rule, Verdict, pct
from planaudit.rules.between import Between, BetweenParams
from planaudit.rules.decline import Decline, DeclineParams
from planaudit.rules.growth import Growth, GrowthParams
from planaudit.rules.increase_by import IncreaseBy, IncreaseByParams
from planaudit.rules.milestone import Milestone, MilestoneParams
from planaudit.rules.nearly import Nearly, NearlyParams
from planaudit.rules.planned import Planned, PlannedParams
from planaudit.textsafe import one_line

EachParams = Annotated[
    AtLeastParams | AtMostParams | ApproximatelyParams | DeclineParams | GrowthParams | NearlyParams,
    Field(discriminator="kind"),
]
_EACH: dict[str, Rule[Any]] = {
    "at_least": AtLeast(),
    "at_most": AtMost(),
    "approximately": Approximately(),
    "decline": Decline(),
    "growth": Growth(),
    "nearly": Nearly(),
}
PartParams = Annotated[
    AtLeastParams
    | AtMostParams
    | ApproximatelyParams
    | DeclineParams
    | GrowthParams
    | NearlyParams
    | PlannedParams
    | IncreaseByParams
    | BetweenParams
    | MilestoneParams,
    Field(discriminator="kind"),
]
_PART: dict[str, Rule[Any]] = {
    **_EACH,
    "planned": Planned(),
    "increase_by": IncreaseBy(),
    "between": Between(),
    "milestone": Milestone(),
}


class AllOfParams(Params):
    kind: Literal["all_of"]
    measures: list[str] | None = Field(
        default=None, min_length=2, description="The measures the plan names (细颗粒物, 可吸入颗粒物)."
    )
    each: EachParams | None = Field(
        default=None, description="The threshold every measure must meet: a numeric rule (decline, at_least…)."
    )
    parts: dict[str, PartParams] | None = Field(
        default=None,
        min_length=2,
        description="Instead of measures and each: the goal's parts by name, each with its own rule "
        "(a numeric rule or a milestone): {airports: {kind: at_least, target: 56, unit: airports}, …}.",
    )

    @model_validator(mode="after")
    def _unique(self) -> "AllOfParams":
        if self.parts is not None:
            if self.measures is not None or self.each is not None:
                raise ValueError("give either parts, or measures with each, not both")
            if any(not name.strip() for name in self.parts):
                raise ValueError("part names must not be empty")
            return self
        if self.measures is None or self.each is None:
            raise ValueError("give measures with each (one threshold for every measure), or parts (one rule each)")
        if len(set(self.measures)) != len(self.measures) or any(not m.strip() for m in self.measures):
            raise ValueError("measures must be unique and not empty")
        return self

    def rules(self) -> list[tuple[str, Any]]:
        """Each measure or part by name, with its parameters."""
        if self.parts is not None:
            return list(self.parts.items())
        return [(name, self.each) for name in self.measures or ()]


class AllOf(Rule[AllOfParams]):
    """Each named measure must meet the same threshold (均, each, all): a numeric rule under 'each'.

    The actuals entry gives each measure's figure under 'values' (value, unit, basis,
    qualifier, optionally its own evidence); a measure left out is silent. Met only when every
    measure meets the threshold; missed as soon as one reported measure misses it; otherwise
    unreported (partial k/n). Measures are reported as changes (basis: change) or levels of
    at_least / at_most / approximately / nearly thresholds; per-measure baselines are not read.

    A goal with several figures, or a milestone and a figure, names its parts under 'parts', each
    with its own rule (at_least, at_most, approximately, between, planned, increase_by, nearly, decline, growth
    or milestone); the entry gives numeric parts under 'values' and milestone parts under 'items'
    (done / not_done / silent). Each part is shown in the arithmetic; the goal is scored as above.

    Met:    plan "细颗粒物、可吸入颗粒物浓度均下降5%", review PM2.5 −5.1%, PM10 −6.0% → both ≥ 5.
    Missed: the same plan, review PM2.5 −5.1%, PM10 −3.2% → PM10 falls short.
    """

    kind = "all_of"
    params = AllOfParams
    uses = frozenset({"values", "items"})

    def figures(self, p: AllOfParams) -> list[Figure]:
        if p.parts is not None:
            return [("parts", value, unit) for _, _, value, unit in self.located_figures(p)]
        assert p.each is not None
        return _EACH[p.each.kind].figures(p.each)

    def located_figures(self, p: AllOfParams) -> list[LocatedFigure]:
        if p.parts is None:
            return super().located_figures(p)
        return [
            (("parts", name, field), f"part '{one_line(name)}': {field}", value, unit)
            for name, part in p.rules()
            for field, value, unit in _PART[part.kind].figures(part)
        ]

    def target_text(self, p: AllOfParams) -> str:
        if p.parts is not None:
            return "; ".join(f"{name} {_PART[part.kind].target_text(part)}" for name, part in p.rules())
        assert p.each is not None and p.measures is not None
        return f"each of {len(p.measures)}: {_EACH[p.each.kind].target_text(p.each)}"

    def describe(self, p: AllOfParams, lang: str) -> str:
        if p.parts is not None:
            parts = "; ".join(f"{name}: {_PART[part.kind].describe(part, lang)}" for name, part in p.rules())
            return f"各部分均须达成：{parts}" if lang == "zh" else f"every part: {parts}"
        assert p.each is not None and p.measures is not None
        inner = _EACH[p.each.kind].describe(p.each, lang)
        names = "、".join(p.measures)
        if lang == "zh":
            return f"{names}均须达成：{inner}"
        return f"each of {names}: {inner}"

    def check(self, p: AllOfParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        rules = dict(p.rules())
        names = ", ".join(rules)
        milestones = {name for name, part in rules.items() if part.kind == "milestone"}
        if actual.items is not None and p.parts is None:
            issues.append(("items", "'items' is for goals with milestone parts"))
        elif actual.items is not None:
            for name in actual.items:
                if name not in milestones:
                    issues.append(("items", f"{name!r} is not a milestone part of the goal (those are: {names})"))
        if actual.values is None:
            if actual.items is None:
                issues.append(("status", "a reported all_of goal needs 'values' (measure: {value, unit, ...})"))
            return issues
        for name, measure in actual.values.items():
            if name not in rules or name in milestones:
                what = "measure" if p.parts is None else "numeric part"
                issues.append(("values", f"{what} {name!r} is not one of the goal's: {names}"))
                continue
            each = rules[name]
            rule = _PART[each.kind]
            if rule.needs_baseline and measure.basis == "level":
                issues.append(
                    ("values", f"{name}: report the change itself (basis: change); measures have no baseline")
                )
                continue
            for _, message in rule.check(each, _entry(measure, actual)):
                issues.append(("values", f"{name}: {message}"))
        return issues

    def judge(self, p: AllOfParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        values = actual.values or {}
        items = actual.items or {}
        steps: list[str] = []
        met = missed = 0
        for name, each in p.rules():
            rule = _PART[each.kind]
            if each.kind == "milestone":
                status = items.get(name, "silent")
                if status == "silent":
                    steps.append(f"{name}: not reported")
                    continue
                done = actual.model_copy(update={"done": status == "done", "date": None})
                outcome = rule.judge(each, done, None)
                line = "; ".join(outcome.arithmetic) or ("reported done" if status == "done" else "reported not done")
            else:
                measure = values.get(name)
                if measure is None:
                    steps.append(f"{name}: not reported")
                    continue
                outcome = rule.judge(each, _entry(measure, actual), None)
                line = "; ".join(outcome.arithmetic)
            steps.append(f"{name}: {outcome.verdict} ({line})")
            met += outcome.verdict is Verdict.MET
            missed += outcome.verdict is Verdict.MISSED
        total = len(p.rules())
        silent = total - met - missed
        if missed:
            verdict = Verdict.MISSED
        elif met == total:
            verdict = Verdict.MET
        else:
            verdict = Verdict.UNREPORTED
        what = "parts are met" if p.parts is not None else "measures meet it"
        steps.append(f"{met} of {total} {what} = {pct(met / total)} ({silent} not decided)")
        return Outcome(
            verdict=verdict,
            target=float(total),
            actual=float(met),
            unit="parts" if p.parts is not None else "measures",
            attainment=met / total,
            arithmetic=tuple(steps),
            progress=Progress(done=met, total=total, not_done=missed, silent=silent),
        )


def _entry(measure: Measure, actual: Reported) -> Reported:
    """One measure as an actuals entry of its own, for the threshold's rule."""
    entry = {
        "status": "reported",
        "value": measure.value,
        "unit": measure.unit,
        "qualifier": measure.qualifier,
        "evidence": measure.evidence or actual.evidence,
    }
    if "basis" in measure.model_fields_set:  # a rule that reads no basis is not told of the default one
        entry["basis"] = measure.basis
    return type(actual).model_validate(entry)
