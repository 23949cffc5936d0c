"""Rule planned: an amount set in advance (安排, 拟按), met when the outturn is at it or within a stated band."""

from typing import Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import (
    Figure,
    Outcome,
    Params,
    Rule,
    Verdict,
    clean,
    decide,
    num,
    ratio,
    read_value,
    u,
    undecided,
)


class PlannedParams(Params):
    kind: Literal["planned"]
    target: float = Field(allow_inf_nan=False, description="The amount the plan sets (安排6000亿元: 6000).")
    unit: Unit
    side: Literal["both", "above", "below"] = Field(
        default="both",
        description="both: target ± band; above (以上): target to target + band; below (以内): target − band to "
        "target.",
    )
    band: float | None = Field(default=None, ge=0, allow_inf_nan=False, description="Accepted distance, in the unit.")
    band_pct: float | None = Field(default=None, ge=0, allow_inf_nan=False, description="Accepted distance, in %.")

    @model_validator(mode="after")
    def _band(self) -> "PlannedParams":
        if self.band is not None and self.band_pct is not None:
            raise ValueError("give at most one of band or band_pct")
        return self

    @property
    def width(self) -> float | None:
        """The band in the unit; None: unbounded on the open side of a one-sided goal, 0 for both sides."""
        if self.band is not None:
            return self.band
        if self.band_pct is not None:
            return clean(abs(self.target) * self.band_pct / 100)
        return None

    @property
    def limits(self) -> tuple[float | None, float | None]:
        width = self.width
        if self.side == "above":
            return self.target, None if width is None else clean(self.target + width)
        if self.side == "below":
            return None if width is None else clean(self.target - width), self.target
        w = width or 0.0
        return clean(self.target - w), clean(self.target + w)


class Planned(Rule[PlannedParams]):
    """An amount set in advance: met when the outturn is at it or within the stated band.

    side: both (default) is target ± band (band 0 or absent: exactly the amount); side: above
    ("3.6%以上") is target up to target + band (no band: any amount at or above it); side:
    below is target − band up to the target. band is in the unit, band_pct in percent of the
    target. A reported "about" figure is read as stated (the band allows for it).

    Met:    plan "中央预算内投资安排6000亿元" (band 0), review "中央预算内投资6000亿元" → at the amount.
    Missed: plan "赤字率拟按3.6%以上安排" (side above), review "赤字率为3.5%" → 3.5 < 3.6.
    """

    kind = "planned"
    params = PlannedParams

    def figures(self, p: PlannedParams) -> list[Figure]:
        return [("target", p.target, p.unit)]

    def target_text(self, p: PlannedParams) -> str:
        low, high = p.limits
        if low is not None and high is not None and low == high:
            return f"={num(p.target)}{u(p.unit)}"
        if high is None:
            return f"≥{num(p.target)}{u(p.unit)}"
        if low is None:
            return f"≤{num(p.target)}{u(p.unit)}"
        return f"{num(low)}–{num(high)}{u(p.unit)}"

    def describe(self, p: PlannedParams, lang: str) -> str:
        low, high = p.limits
        if lang == "zh":
            return f"计划安排 {num(p.target)}{u(p.unit)}：执行数在 {_range(low, high, p.unit)} 即为达成"
        return f"met when the outturn of the planned {num(p.target)} {p.unit} is {_range(low, high, p.unit)}"

    def joint_target(self, p: PlannedParams) -> float | None:
        return p.target if p.side == "both" and not p.width else None

    def judge(self, p: PlannedParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        reading, steps = read_value(actual, p.unit, tolerant=True)
        low, high = p.limits
        verdict = decide(reading, low, high)
        value = reading.value
        where = _range(low, high, p.unit)
        if verdict is Verdict.UNREPORTED:
            line = undecided(reading, where)
        else:
            line = f"{reading.text}{u(p.unit)} is {'' if verdict is Verdict.MET else 'not '}{where}"
        boundary = None
        if verdict is Verdict.MISSED and reading.exact:
            boundary = low if low is not None and value < low else high
        return Outcome(
            verdict=verdict,
            target=p.target,
            actual=value,
            unit=p.unit,
            attainment=ratio(value, p.target),
            arithmetic=(*steps, line),
            boundary=boundary,
        )


def _range(low: float | None, high: float | None, unit: str) -> str:
    if low is not None and high is not None:
        return f"{num(low)}{u(unit)}" if low == high else f"{num(low)}–{num(high)}{u(unit)}"
    if high is None and low is not None:
        return f"≥ {num(low)}{u(unit)}"
    return f"≤ {num(high or 0)}{u(unit)}"
