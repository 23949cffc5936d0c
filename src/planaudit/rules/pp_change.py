"""Rule pp_change: a share must rise by at least some percentage points over the baseline share."""

from typing import Literal

from pydantic import Field

from planaudit.facts import Baseline, Reported
from planaudit.rules.base import Figure, Outcome, Params, Rule, higher_is_better, num, read_value, signed


class PpChangeParams(Params):
    kind: Literal["pp_change"]
    target_pp: float | None = Field(
        default=None,
        allow_inf_nan=False,
        description="Minimum rise of the share, in percentage points; omitted: any rise (提高…比重).",
    )


class PpChange(Rule[PpChangeParams]):
    """Met when share − baseline share ≥ target_pp percentage points (a rise is better).

    The review may report the new share (basis: level, unit %), from which the engine
    derives the change, or the change itself (basis: change, unit pp).

    Met:    plan "服务业增加值占GDP比重提高1个百分点", baseline 52.7%, review 55.5% → +2.8 pp.
    Missed: the same plan, review 53.2% → +0.5 pp < 1.
    Without target_pp the plan asks only for a rise ("提高清洁能源比重"): met when the share rises at all.
    """

    kind = "pp_change"
    params = PpChangeParams
    needs_baseline = True
    baseline_unit_is_percent = True
    uses = frozenset({"value", "unit", "basis", "qualifier"})

    def figures(self, p: PpChangeParams) -> list[Figure]:
        return [] if p.target_pp is None else [("target_pp", p.target_pp, "个百分点")]

    def target_text(self, p: PpChangeParams) -> str:
        return ">+0pp" if p.target_pp is None else f"≥{signed(p.target_pp)}pp"

    def describe(self, p: PpChangeParams, lang: str) -> str:
        if p.target_pp is None:
            return "占比比基期提高即为达成" if lang == "zh" else "met when the share rises at all"
        if lang == "zh":
            return f"占比比基期提高不少于 {num(p.target_pp)} 个百分点即为达成"
        return f"met when the share rises by at least {num(p.target_pp)} percentage points over the baseline"

    def expected_units(self, p: PpChangeParams, actual: Reported) -> tuple[str, ...]:
        return ("pp",) if actual.basis == "change" else ("%",)

    def judge(self, p: PpChangeParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        if actual.basis == "change":
            change, steps = read_value(actual, actual.unit or "pp")
        else:
            assert baseline is not None
            share, steps = read_value(actual, "%")
            base = baseline.value
            change = share.map(lambda x: x - base)
            steps += (f"{num(share.value)} − {num(base)} = {signed(change.value)} pp",)
        if p.target_pp is None:
            return higher_is_better(change, 0, "pp", steps, exclusive=True)
        return higher_is_better(change, p.target_pp, "pp", steps)
