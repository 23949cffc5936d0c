"""Rule growth: growth over the baseline, in percent, must reach a target rate."""

from typing import Annotated, Any, Literal

from pydantic import Field, ModelWrapValidatorHandler, PrivateAttr, WithJsonSchema, field_validator, model_validator

from planaudit.facts import Baseline, Reported, Unit
from planaudit.reading.figures import Kind, parse_figure
from planaudit.reading.units import MULTIPLE
from planaudit.rules.base import (
    Figure,
    Outcome,
    Params,
    Rule,
    baseline_in,
    clean,
    higher_is_better,
    num,
    read_value,
    signed,
)


class GrowthParams(Params):
    kind: Literal["growth"]
    target_pct: Annotated[
        float | None,
        WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string", "minLength": 1}, {"type": "null"}]}),
    ] = Field(
        default=None,
        allow_inf_nan=False,
        description="Minimum growth over the baseline, in percent; omitted: any growth (继续扩大, keep rising). "
        'A multiple as text is growth too: "double" (翻一番) is 100, "one and a half times" 50.',
    )
    unit: Unit = Field(description="Unit of the level that grows (the baseline's unit).")
    stretch_pct: float | None = Field(default=None, allow_inf_nan=False)
    _multiple: float | None = PrivateAttr(default=None)

    @field_validator("target_pct", mode="before")
    @classmethod
    def _as_multiple(cls, value: Any) -> Any:
        multiple = _multiple_of(value)
        return value if multiple is None else clean((multiple - 1) * 100)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_multiple(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        model = handler(data)
        if isinstance(data, dict):
            model._multiple = _multiple_of(data.get("target_pct"))
        return model

    @property
    def multiple(self) -> float | None:
        """The target as the plan's multiple (2 for "double"), when the data wrote it so."""
        return self._multiple

    @field_validator("target_pct")
    @classmethod
    def _not_a_fall(cls, value: float | None) -> float | None:
        if value is not None and value < 0:
            raise ValueError(
                f"a negative growth target ({num(value)}%) is a fall: use kind: decline with target_pct: {num(-value)}"
            )
        return value


def _multiple_of(value: Any) -> float | None:
    """A multiple written as text ("double", "one and a half times", 翻一番), or None."""
    if not isinstance(value, str):
        return None
    figure = parse_figure(value)
    if figure is None or figure.kind is not Kind.MULTIPLE or figure.value <= 1:
        return None
    return figure.value


class Growth(Rule[GrowthParams]):
    """Met when growth over the baseline is at least target_pct percent (higher is better).

    The review may report the new level (basis: level, in the goal's unit), from which the
    engine derives the growth against the baseline, or the growth rate itself (basis: change,
    unit %, or a multiple: "more than doubled" is ×2, +100%). A target the plan writes as a multiple
    (target_pct: "double", "one and a half times", 翻一番) is the growth it means: +100%, +50%.

    A negative target_pct is refused: a planned fall is a decline goal. Without target_pct the plan asks only
    for growth ("继续扩大…规模"): met when the measure grows at all (> 0%).

    Met:    plan "楼宇税收增长15%", baseline 22.2 亿元, review reports 25.8 亿元 → +16.2%.
    Missed: plan "数字经济增加值增长10%以上", review reports growth of 8% → 8 < 10.
    """

    kind = "growth"
    params = GrowthParams
    needs_baseline = True
    uses = frozenset({"value", "unit", "basis", "qualifier"})

    def figures(self, p: GrowthParams) -> list[Figure]:
        if p.multiple is not None:
            found: list[Figure] = [("target_pct", p.multiple, MULTIPLE)]  # the plan says "double", not "100%"
        else:
            found = [] if p.target_pct is None else [("target_pct", p.target_pct, "%")]
        return found + ([("stretch_pct", p.stretch_pct, "%")] if p.stretch_pct is not None else [])

    def target_text(self, p: GrowthParams) -> str:
        text = ">0%" if p.target_pct is None else f"≥{signed(p.target_pct)}%"
        return text if p.stretch_pct is None else f"{text} ({signed(p.stretch_pct)}%)"

    def describe(self, p: GrowthParams, lang: str) -> str:
        if p.target_pct is None:
            return "比基期增长即为达成" if lang == "zh" else "met when the measure grows at all"
        if lang == "zh":
            return f"比基期增长不低于 {num(p.target_pct)}% 即为达成"
        return f"met when growth over the baseline is at least {num(p.target_pct)}%"

    def expected_units(self, p: GrowthParams, actual: Reported) -> tuple[str, ...]:
        return ("%", MULTIPLE) if actual.basis == "change" else (p.unit,)

    def judge(self, p: GrowthParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        if actual.basis == "change":
            growth, steps = read_value(actual, "%")
        else:
            assert baseline is not None and baseline.value > 0
            level, steps = read_value(actual, p.unit)
            base, base_steps = baseline_in(baseline, p.unit)
            steps = base_steps + steps
            growth = level.map(lambda x: (x / base - 1) * 100)
            steps += (f"{num(level.value)} ÷ {num(base)} − 1 = {signed(round(growth.value, 1))}%",)
        if p.target_pct is None:
            return higher_is_better(growth, 0, "%", steps, exclusive=True)
        return higher_is_better(growth, p.target_pct, "%", steps, p.stretch_pct)
