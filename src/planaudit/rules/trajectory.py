"""Rule trajectory: a goal set from a base year to a target year, judged on track or off track in every review year."""

import math
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import Field, model_validator

from planaudit.facts import Baseline, Reported, Unit
from planaudit.rules.base import (
    SINCE_BASE,
    Figure,
    Issue,
    Outcome,
    Params,
    Reading,
    Rule,
    Verdict,
    baseline_in,
    num,
    read_value,
    u,
)

Method = Literal["cagr", "linear", "compound"]
Year = Annotated[int, Field(ge=1800, le=2200)]
ON_TRACK_RATIO, ACCELERATION_RATIO = 0.95, 0.6
ZERO_STANDIN = 0.001  # Open SDG: a zero base or target is replaced by 0.001 in the compound growth model

# The pace of a goal not yet due: on track, or off track in one of three degrees, or unknown.
PACES = ("on_track", "acceleration_needed", "limited_progress", "deterioration", "off_track", "unreported")


class TrajectoryParams(Params):
    kind: Literal["trajectory"]
    method: Method | None = Field(
        default=None,
        description="cagr: observed vs required compound annual rate (Open SDG); linear: time-elapsed pace (时序进度); "
        "compound: yearly rates chained into the cumulative change. Default: settings.trajectory_method.",
    )
    direction: Literal["increase", "decrease"] = "increase"
    base_year: Year = Field(description="The year the base (the goal's baseline) describes: 2020 for a 2021–2025 plan.")
    target_year: Year = Field(description="The year the target is for.")
    target: float = Field(
        allow_inf_nan=False,
        description="cagr and linear: the level to reach (or, linear without a baseline, the cumulative change); "
        "compound: the cumulative change in percent over the whole period (降低13.5%: 13.5).",
    )
    unit: Unit
    average: bool = Field(
        default=False,
        description="compound only: target is the average yearly rate (年均增长7%: 7); the cumulative change it "
        "implies over the N years, (1 + t)^N − 1, is derived.",
    )

    @model_validator(mode="after")
    def _years(self) -> "TrajectoryParams":
        if self.target_year <= self.base_year:
            raise ValueError("target_year must come after base_year")
        if self.method == "compound" and not 0 < self.target < (100 if self.direction == "decrease" else math.inf):
            raise ValueError("a compound target is a change in percent: above 0 (and below 100 for a fall)")
        if self.average and self.method != "compound":
            raise ValueError("average applies to the compound method only")
        return self


class Trajectory(Rule[TrajectoryParams]):
    """A goal from a base year to a target year, judged in each review year: on track, off track, met or missed.

    The goal names base_year, target_year and target; its baseline (a quoted figure) is the base value.
    In the target year the verdict is met or missed; before it, a goal already at its target is met early,
    and any other is not due, with its pace shown and the arithmetic behind it. Three methods, chosen per goal
    (method) or for the whole plan (settings.trajectory_method, default cagr):

    cagr (Open SDG's progress measure): observed CAGR = (value ÷ base)^(1/k) − 1 after k years, required
    CAGR = (target ÷ base)^(1/N) − 1 over the N years of the plan, R = d × observed ÷ |required| (d = +1 to
    increase, −1 to decrease). On track at R ≥ 0.95; off track below it: acceleration needed (0.6 ≤ R < 0.95),
    limited progress (0 ≤ R < 0.6), deterioration (R < 0). A zero base or target stands in as 0.001; values of
    mixed sign cannot be assessed (unreported); if all are negative the direction flips.

    linear (time-elapsed pace, 时序进度): after k of N years the value should have come k/N of the way:
    base + (target − base) × k/N, or, without a baseline, a cumulative change of target × k/N. On track when it
    has come at least that far.

    compound (yearly rates, 年均/累计): each review reports that year's change in percent (a fall for
    direction decrease); the years chain: 1 − Π(1 − rᵢ) for a fall, Π(1 + rᵢ) − 1 for a rise. On track when the
    cumulative change is at least the steady path's, 1 − (1 − T)^(k/N); the rate the remaining years now need is
    shown. Every year from base_year + 1 must be reported: a missing year leaves the pace unreported. With
    average: true the target is the average yearly rate (年均增长7%), standing for (1 + 7%)^N − 1 over N years.
    A review that tells the change since the base year needs no earlier year: basis: cumulative takes its figure as
    the cumulative change (累计下降13.1%), basis: average as the average yearly rate over the k years since the base
    (年均增长9.2%: (1 + 9.2%)^k − 1; a fall 1 − (1 − r)^k).

    Without a baseline, cagr cannot measure a pace; a goal already at its target is still met (early).

    Met:    base 6.3 件 (2020), target 12 by 2025 (cagr); 2025 reports 12.5 → 12.5 ≥ 12, met. In 2023 a report
            of 9.4 is not due but on track: observed CAGR 14.27%, required 13.75%, R = 1.04 ≥ 0.95.
    Missed: target 13.5% lower by 2025 (compound, decrease); yearly falls of 2.7, 2, 2, 2 and 2% chain to
            1 − 0.973 × 0.98⁴ = 10.25% < 13.5%.
    """

    kind = "trajectory"
    params = TrajectoryParams
    needs_baseline = False  # cagr and linear read the base from the goal's baseline; verify checks it is there
    uses = frozenset({"value", "unit", "qualifier", "basis"})
    yearly = True  # the engine passes the review year and the earlier years' entries

    def figures(self, p: TrajectoryParams) -> list[Figure]:
        return [("target", p.target, "%" if p.method == "compound" else p.unit)]

    def target_text(self, p: TrajectoryParams) -> str:
        arrow = "≥" if p.direction == "increase" else "≤"
        if p.method == "compound":
            sign = "+" if p.direction == "increase" else "−"
            return f"{sign}{num(p.target)}% by {p.target_year}"
        return f"{arrow}{num(p.target)}{u(p.unit)} by {p.target_year}"

    def describe(self, p: TrajectoryParams, lang: str) -> str:
        if lang == "zh":
            return f"{p.base_year}年为基期，{p.target_year}年达到目标；此前各年按进度判断是否正常推进"
        return f"from {p.base_year} to {p.target_year}; each review year before then is judged on or off track"

    def check(self, p: TrajectoryParams, actual: Reported) -> list[Issue]:
        issues = super().check(p, actual)
        if "basis" in actual.model_fields_set and (actual.basis not in SINCE_BASE or p.method != "compound"):
            issues.append(
                ("basis", "a trajectory takes basis cumulative or average only, and only with method: compound")
            )
        return issues

    def expected_units(self, p: TrajectoryParams, actual: Reported) -> tuple[str, ...]:
        return ("%",) if p.method == "compound" else (p.unit,)

    def judge(self, p: TrajectoryParams, actual: Reported, baseline: Baseline | None) -> Outcome:
        """Without a review year (outside a yearly audit) the goal is judged as in its target year."""
        return self.judge_year(p, actual, baseline, p.target_year, {}, p.method or "cagr")

    def judge_year(
        self,
        p: TrajectoryParams,
        actual: Reported,
        baseline: Baseline | None,
        year: int,
        earlier: Mapping[int, Reported | None],
        method: Method,
    ) -> Outcome:
        """The outcome in review year `year`; `earlier` holds the entries of the years before it (None: silent)."""
        k, n = year - p.base_year, p.target_year - p.base_year
        if k <= 0:
            return _unreported(f"the review year {year} is not after the base year {p.base_year}")
        years = f"k = {year} − {p.base_year} = {k} of N = {n} years"
        if method == "compound":
            return _compound(p, actual, year, earlier, k, n, years)
        reading, steps = read_value(actual, p.unit)
        if baseline is None:
            if method == "linear":
                return _linear(p, reading, None, k, n, (*steps, years))
            # Without a base value the pace cannot be measured, but a target already reached is met.
            reason = "no base value (the goal has no baseline): the pace cannot be measured"
            pace = "on_track" if _reached(p, reading, p.target) is Verdict.MET else "unreported"
            return _finish(p, reading, p.target, pace, (*steps, years, reason), p.unit)
        base, base_steps = baseline_in(baseline, p.unit)
        steps = (*base_steps, *steps, years)
        if method == "linear":
            return _linear(p, reading, base, k, n, steps)
        return _cagr(p, reading, base, k, n, steps)


def _unreported(reason: str, steps: tuple[str, ...] = ()) -> Outcome:
    return Outcome(Verdict.UNREPORTED, arithmetic=(*steps, reason), pace="unreported")


def _reached(p: TrajectoryParams, reading: Reading, target: float) -> Verdict:
    """Met when the whole interval the figure allows is at or past the target, missed when none of it is."""
    if p.direction == "increase":
        low_ok, high_ok = reading.low >= target - 1e-9, reading.high >= target - 1e-9
    else:
        low_ok, high_ok = reading.high <= target + 1e-9, reading.low <= target + 1e-9
    if low_ok and high_ok:
        return Verdict.MET
    return Verdict.MISSED if not (low_ok or high_ok) else Verdict.UNREPORTED


def _finish(
    p: TrajectoryParams, reading: Reading, target: float, pace: str, steps: tuple[str, ...], unit: str
) -> Outcome:
    verdict = _reached(p, reading, target)
    sign = "≥" if p.direction == "increase" else "≤"
    line = f"{reading.text} {sign if verdict is Verdict.MET else 'not ' + sign} {num(target)}: target "
    line += "reached" if verdict is Verdict.MET else "not reached"
    if verdict is Verdict.UNREPORTED:
        line = f"{reading.text} may or may not be {sign} {num(target)}: the figure is only bounded"
    return Outcome(
        verdict,
        target=target,
        actual=reading.value,
        unit=unit,
        arithmetic=(*steps, line),
        boundary=target if reading.exact else None,
        pace=pace,
    )


def _category(ratio: float) -> str:
    if ratio >= ON_TRACK_RATIO - 1e-9:
        return "on_track"
    if ratio >= ACCELERATION_RATIO - 1e-9:
        return "acceleration_needed"
    return "limited_progress" if ratio >= 0 else "deterioration"


def _cagr(p: TrajectoryParams, reading: Reading, base: float, k: int, n: int, steps: tuple[str, ...]) -> Outcome:
    values = (base, p.target, reading.low, reading.high)
    finite = [v for v in values if math.isfinite(v)]
    if any(v < 0 for v in finite) and any(v > 0 for v in finite):
        return _unreported("values of both signs: the compound growth model cannot assess them", steps)
    d = 1 if p.direction == "increase" else -1
    if all(v <= 0 for v in finite) and any(v < 0 for v in finite):
        d, steps = -d, (*steps, "all values negative: the direction of progress flips")

    def stand_in(x: float) -> float:
        return ZERO_STANDIN if x == 0 else abs(x)

    y0, yt = stand_in(base), stand_in(p.target)
    required = (yt / y0) ** (1 / n) - 1
    steps = (*steps, f"required CAGR = ({num(yt)} ÷ {num(y0)})^(1/{n}) − 1 = {required * 100:.2f}%")

    def ratio(value: float) -> float | None:
        if not math.isfinite(value):
            return math.inf if value > 0 else None
        observed = (stand_in(value) / y0) ** (1 / k) - 1
        return None if required == 0 else d * observed / abs(required)

    if reading.exact:
        observed = (stand_in(reading.value) / y0) ** (1 / k) - 1
        steps = (*steps, f"observed CAGR = ({num(stand_in(reading.value))} ÷ {num(y0)})^(1/{k}) − 1 = "
                         f"{observed * 100:.2f}%")  # fmt: skip
    low, high = ratio(reading.low), ratio(reading.high)
    if required == 0 or low is None or high is None:
        pace = "on_track" if _reached(p, reading, p.target) is Verdict.MET else "unreported"
        return _finish(p, reading, p.target, pace, (*steps, "the base already equals the target"), p.unit)
    lo, hi = sorted((low, high))
    pace = _category(lo) if _category(lo) == _category(hi) else "unreported"
    shown = f"{lo:.2f}" if lo == hi else f"{lo:.2f} to {hi:.2f}"
    words = {"on_track": f"≥ {ON_TRACK_RATIO}: on track", "unreported": "the bounded figure spans categories"}
    detail = words.get(pace, f"< {ON_TRACK_RATIO}: off track ({pace.replace('_', ' ')})")
    steps = (*steps, f"R = {'−' if d < 0 else ''}observed ÷ |required| = {shown} {detail}")
    return _finish(p, reading, p.target, pace, steps, p.unit)


def _linear(
    p: TrajectoryParams, reading: Reading, base: float | None, k: int, n: int, steps: tuple[str, ...]
) -> Outcome:
    start = 0.0 if base is None else base
    share = min(k, n) / n
    expected = start + (p.target - start) * share
    if base is None:
        steps = (*steps, f"time-elapsed pace: {num(p.target)} × {min(k, n)}/{n} = {num(round(expected, 4))}{u(p.unit)}")
    else:
        steps = (*steps, f"time-elapsed pace: {num(base)} + ({num(p.target)} − {num(base)}) × {min(k, n)}/{n} = "
                         f"{num(round(expected, 4))}{u(p.unit)}")  # fmt: skip
    ahead = _reached(p, reading, expected)
    pace = {Verdict.MET: "on_track", Verdict.MISSED: "off_track"}.get(ahead, "unreported")
    sign = "≥" if p.direction == "increase" else "≤"
    if pace == "unreported":
        steps = (
            *steps,
            f"{reading.text} may or may not be {sign} {num(round(expected, 4))}: the figure is only bounded",
        )
    else:
        steps = (*steps, f"{reading.text} {sign if pace == 'on_track' else 'not ' + sign} "
                         f"{num(round(expected, 4))}: {pace.replace('_', ' ')}")  # fmt: skip
    return _finish(p, reading, p.target, pace, steps, p.unit)


def _compound(
    p: TrajectoryParams,
    actual: Reported,
    year: int,
    earlier: Mapping[int, Reported | None],
    k: int,
    n: int,
    years: str,
) -> Outcome:
    fall = p.direction == "decrease"
    rates: list[tuple[int, Reading]] = []
    steps: list[str] = [years]

    def chain(values: list[float]) -> float:
        product = 1.0
        for r in values:
            product *= (1 - r / 100) if fall else (1 + r / 100)
        return (1 - product) * 100 if fall else (product - 1) * 100

    move = "fall" if fall else "rise"
    if actual.basis in SINCE_BASE:  # 累计下降13.1%, 年均增长9.2%: the change since the base, no year chained
        reading, read_steps = read_value(actual, "%")
        steps += read_steps
        if actual.basis == "cumulative":
            low, high, value = (round(v, 4) for v in (reading.low, reading.high, reading.value))
            steps.append(f"cumulative {move} since {p.base_year}, as reported: {value:.2f}%")
        else:
            low, high, value = (round(chain([v] * k), 4) for v in (reading.low, reading.high, reading.value))
            factor = (
                f"{'1 − ' if fall else ''}(1 {'−' if fall else '+'} {num(reading.value)}%)^{k}{'' if fall else ' − 1'}"
            )
            steps.append(
                f"cumulative {move} over the {k} year(s) since {p.base_year} at {num(reading.value)}% a year on "
                f"average = {factor} = {value:.2f}%"
            )
        exact = reading.exact
    else:
        for y in range(p.base_year + 1, year + 1):
            entry = actual if y == year else earlier.get(y)
            if entry is None or entry.value is None:
                return _unreported(f"{y} is not reported: chaining the yearly rates needs every year", tuple(steps))
            reading, read_steps = read_value(entry, "%")
            steps += read_steps
            rates.append((y, reading))
        low = round(chain([r.low for _, r in rates]), 4)
        high = round(chain([r.high for _, r in rates]), 4)
        value = round(chain([r.value for _, r in rates]), 4)
        factors = " × ".join(f"(1 {'−' if fall else '+'} {num(r.value)}%)" for _, r in rates)
        steps.append(f"cumulative {move} = {'1 − ' if fall else ''}{factors}"
                     f"{'' if fall else ' − 1'} = {value:.2f}%")  # fmt: skip
        exact = all(r.exact for _, r in rates)
    t = p.target / 100
    target = p.target
    if p.average:  # the average yearly rate over N years, as the cumulative change it implies
        t = (1 - (1 - t) ** n) if fall else ((1 + t) ** n - 1)
        target = round(t * 100, 4)
        base = f"(1 − {num(p.target)}%)" if fall else f"(1 + {num(p.target)}%)"
        steps.append(f"cumulative target: {'1 − ' if fall else ''}{base}^{n}{'' if fall else ' − 1'} = {target:.2f}%")
    path = (1 - (1 - t) ** (min(k, n) / n)) * 100 if fall else ((1 + t) ** (min(k, n) / n) - 1) * 100
    steps.append(f"steady path after {min(k, n)} of {n} years: {path:.2f}%")
    cumulative = Reading(value, min(low, high), max(low, high), qualifier="exact" if exact else "at_least")
    if not exact:
        top = max(low, high)
        steps.append(f"bounded figures: cumulative at least {min(low, high):.2f}%" if math.isinf(top) else
                     f"bounded figures: cumulative between {min(low, high):.2f}% and {top:.2f}%")  # fmt: skip
    if cumulative.low >= path - 1e-9:
        pace = "on_track"
    elif cumulative.high < path - 1e-9:
        pace = "off_track"
    else:
        pace = "unreported"
    if k < n:
        done = 1 - value / 100 if fall else 1 + value / 100
        goal = 1 - t if fall else 1 + t
        need = (1 - (goal / done) ** (1 / (n - k))) * 100 if fall else ((goal / done) ** (1 / (n - k)) - 1) * 100
        steps.append(f"the remaining {n - k} year(s) now need {'at most ' if not exact else ''}{need:.2f}% a year")
    increase = p.model_copy(update={"direction": "increase"})  # a larger cumulative change is better either way
    return _finish(increase, cumulative, target, pace, tuple(steps), "%")
