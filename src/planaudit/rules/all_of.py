"""Rule all_of: several measures must each meet the same threshold (细颗粒物、可吸入颗粒物浓度均下降5%)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, model_validator

from planaudit.rules.approximately import Approximately, ApproximatelyParams
from planaudit.rules.at_least import AtLeast, AtLeastParams
from planaudit.rules.at_most import AtMost, AtMostParams
from planaudit.rules.base import Figure, Issue, Outcome, Params, Progress, Rule, Verdict, pct
from planaudit.rules.decline import Decline, DeclineParams
from planaudit.rules.growth import Growth, GrowthParams
from planaudit.rules.nearly import Nearly, NearlyParams

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Measure, Reported

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


class AllOfParams(Params):
    kind: Literal["all_of"]
    measures: list[str] = Field(min_length=2, description="The measures the plan names (细颗粒物, 可吸入颗粒物).")
    each: EachParams = Field(description="The threshold every measure must meet: a numeric rule (decline, at_least…).")

    @model_validator(mode="after")
    def _unique(self) -> AllOfParams:
        if len(set(self.measures)) != len(self.measures) or any(not m.strip() for m in self.measures):
            raise ValueError("measures must be unique and not empty")
        return self


class AllOf(Rule[AllOfParams]):
    """Each named measure must meet the same threshold (均, each, all): a numeric rule under 'each'.

    The actuals entry gives each measure's figure under 'values' (value, unit, basis,
    qualifier, optionally its own evidence); a measure left out is silent. Met only when every
    measure meets the threshold; missed as soon as one reported measure misses it; otherwise
    unreported (partial k/n). Measures are reported as changes (basis: change) or levels of
    at_least / at_most / approximately / nearly thresholds; per-measure baselines are not read.

    Met:    plan "细颗粒物、可吸入颗粒物浓度均下降5%", review PM2.5 −5.1%, PM10 −6.0% → both ≥ 5.
    Missed: the same plan, review PM2.5 −5.1%, PM10 −3.2% → PM10 falls short.
    """

    kind = "all_of"
    params = AllOfParams
    uses = frozenset({"values"})

    def figures(self, p: AllOfParams) -> list[Figure]:
        return _EACH[p.each.kind].figures(p.each)

    def target_text(self, p: AllOfParams) -> str:
        return f"each of {len(p.measures)}: {_EACH[p.each.kind].target_text(p.each)}"

    def describe(self, p: AllOfParams, lang: str) -> str:
        inner = _EACH[p.each.kind].describe(p.each, lang)
        names = "、".join(p.measures)
        if lang == "zh":
            return f"{names}均须达成：{inner}"
        return f"each of {names}: {inner}"

    def check(self, p: AllOfParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        if actual.values is None:
            issues.append(("status", "a reported all_of goal needs 'values' (measure: {value, unit, ...})"))
            return issues
        rule = _EACH[p.each.kind]
        for name, measure in actual.values.items():
            if name not in p.measures:
                issues.append(("values", f"measure {name!r} is not one of the goal's: {', '.join(p.measures)}"))
                continue
            if rule.needs_baseline and measure.basis == "level":
                issues.append(
                    ("values", f"{name}: report the change itself (basis: change); measures have no baseline")
                )
                continue
            for _, message in rule.check(p.each, _entry(measure, actual)):
                issues.append(("values", f"{name}: {message}"))
        return issues

    def judge(self, p: AllOfParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        rule = _EACH[p.each.kind]
        values = actual.values or {}
        steps: list[str] = []
        met = missed = 0
        for name in p.measures:
            measure = values.get(name)
            if measure is None:
                steps.append(f"{name}: not reported")
                continue
            outcome = rule.judge(p.each, _entry(measure, actual), None)
            steps.append(f"{name}: {outcome.verdict} ({'; '.join(outcome.arithmetic)})")
            met += outcome.verdict is Verdict.MET
            missed += outcome.verdict is Verdict.MISSED
        total = len(p.measures)
        silent = total - met - missed
        if missed:
            verdict = Verdict.MISSED
        elif met == total:
            verdict = Verdict.MET
        else:
            verdict = Verdict.UNREPORTED
        steps.append(f"{met} of {total} measures meet it = {pct(met / total)} ({silent} not decided)")
        return Outcome(
            verdict=verdict,
            target=float(total),
            actual=float(met),
            unit="measures",
            attainment=met / total,
            arithmetic=tuple(steps),
            progress=Progress(done=met, total=total, not_done=missed, silent=silent),
        )


def _entry(measure: Measure, actual: Reported) -> Reported:
    """One measure as an actuals entry of its own, for the threshold's rule."""
    return type(actual).model_validate(
        {
            "status": "reported",
            "value": measure.value,
            "unit": measure.unit,
            "basis": measure.basis,
            "qualifier": measure.qualifier,
            "evidence": measure.evidence or actual.evidence,
        }
    )
