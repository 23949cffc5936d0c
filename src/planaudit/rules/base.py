"""What every rule shares: verdicts, outcomes, number formatting and the Rule interface."""

import enum
import inspect
import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextvars import ContextVar
from typing import Annotated, Any, ClassVar, Generic, Literal, NamedTuple, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from planaudit.facts import Baseline, Reported, share_fields_set
from planaudit.reading.figures import Kind, parse_figure
from planaudit.reading.units import (
    EN_NUMBER_WORDS,
    MULTIPLE,
    PERCENT,
    PERCENT_OF_GDP,
    conversion_text,
    convert,
    normalize_unit,
    same_base,
    spaced,
)

EPSILON = 1e-9
NEAR_MISS_PCT = 5.0  # default of settings.near_miss_pct: a miss within 5% of its boundary is a near miss
# How a qualified reported figure bounds the quantity (see Reading): "近2" is read as at least 90% of 2 and
# below 2; "约3" as within 5% of 3 by a rule without a tolerance of its own (a rule with one uses the figure).
NEARLY_SPAN = 0.10
ABOUT_SPAN = 0.05
# The spans in force while the engine scores an audit: its settings.nearly_span_pct and about_span_pct.
SPANS: ContextVar[tuple[float, float]] = ContextVar("spans", default=(NEARLY_SPAN, ABOUT_SPAN))


# What a verdict rests on: a number against a numeric rule, a document saying a thing was (not) done,
# or the auditor's reading of qualitative evidence.
Basis = Literal["measured", "documented", "judged"]
BASES: tuple[Basis, ...] = ("measured", "documented", "judged")


class Verdict(enum.StrEnum):
    MET = "met"
    MISSED = "missed"
    UNREPORTED = "unreported"
    NOT_DUE = "not_due"  # due after the review's period: neither met nor missed nor silent yet


class Params(BaseModel):
    """Base of every rule's parameters: strict, closed, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)

    def model_post_init(self, context: Any, /) -> None:
        share_fields_set(self)  # see planaudit.facts


class Progress(NamedTuple):
    done: int
    total: int
    not_done: int
    silent: int


class Outcome(NamedTuple):
    """A rule's judgement of one goal: the two compared numbers and how they were obtained."""

    verdict: Verdict
    target: float | None = None
    actual: float | None = None
    unit: str = ""
    attainment: float | None = None
    arithmetic: tuple[str, ...] = ()
    stretch: float | None = None
    stretch_reached: bool | None = None
    progress: Progress | None = None
    near_miss: bool = False  # missed, but within settings.near_miss_pct of the target
    boundary: float | None = None  # the value actual had to reach (or stay within) to be met; for near misses
    pace: str | None = None  # a trajectory's pace in the review year (on_track, off_track, …); None for other kinds


def num(value: float) -> str:
    """A number as a person writes it: 8 not 8.0, 7.85 not 7.8500000001."""
    rounded = round(value, 6)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.6f}".rstrip("0").rstrip(".")


def signed(value: float) -> str:
    text = num(value)
    return text if text.startswith("-") else "+" + text


def pct(ratio: float) -> str:
    return f"{ratio * 100:.1f}%"


def u(unit: str) -> str:
    """A unit after a number: "亿元" and "%" directly, a unit written in letters or words after a space (" million
    pounds", " ₹ crore")."""
    return f" {unit}" if spaced(unit) else unit


def clean(value: float) -> float:
    """Round away binary noise so that 55.5 - 52.7 is 2.8."""
    return round(value, 9)


def at_least(actual: float, target: float) -> bool:
    return actual >= target - EPSILON


def ratio(actual: float, target: float) -> float | None:
    return clean(actual / target) if target > 0 else None


def ratio_step(actual: float, target: float) -> tuple[float | None, tuple[str, ...]]:
    value = ratio(actual, target)
    if value is None:
        return None, ()
    return value, (f"{num(actual)} ÷ {num(target)} = {pct(value)}",)


def higher_is_better(
    value: "float | Reading",
    target: float,
    unit: str,
    steps: tuple[str, ...] = (),
    stretch: float | None = None,
    *,
    exclusive: bool = False,
) -> Outcome:
    """The outcome of a rule where reaching the target (and perhaps a stretch above it) is success.

    A qualified reading decides only what its bound proves (see decide); otherwise the goal is unreported.
    """
    reading = value if isinstance(value, Reading) else Reading(value, value, value)
    attainment, ratio_steps = ratio_step(reading.value, target)
    verdict = decide(reading, floor=target, floor_strict=exclusive)
    sign = ">" if exclusive else "≥"
    if not reading.exact:
        if verdict is Verdict.UNREPORTED:
            ratio_steps = (undecided(reading, f"{sign} {num(target)}"),)
        else:
            ratio_steps = (f"{reading.text} {sign if verdict is Verdict.MET else '<'} {num(target)}",)
    return Outcome(
        verdict=verdict,
        target=target,
        actual=reading.value,
        unit=unit,
        attainment=attainment,
        arithmetic=steps + ratio_steps,
        stretch=stretch,
        stretch_reached=None
        if stretch is None
        else decide(reading, floor=stretch, floor_strict=exclusive) is Verdict.MET,
        boundary=target if reading.exact else None,
    )


def lower_is_better(
    value: "float | Reading", target: float, unit: str, steps: tuple[str, ...] = (), *, exclusive: bool = False
) -> Outcome:
    """The outcome of a rule where staying at or under a ceiling is success; attainment target ÷ actual."""
    reading = value if isinstance(value, Reading) else Reading(value, value, value)
    verdict = decide(reading, ceiling=target, ceiling_strict=exclusive)
    sign = "<" if exclusive else "≤"
    if verdict is Verdict.UNREPORTED:
        line = undecided(reading, f"{sign} {num(target)}")
    else:
        shown = reading.text
        line = f"{shown} {sign if verdict is Verdict.MET else ('≥' if exclusive else '>')} {num(target)}"
    return Outcome(
        verdict=verdict,
        target=target,
        actual=reading.value,
        unit=unit,
        attainment=lower_better_ratio(reading.value, target),
        arithmetic=(*steps, line),
        boundary=target if reading.exact else None,
    )


# ---------------------------------------------------------------------------------------------------------------------
# Reported figures: unit conversion, qualifiers, and deciding on an interval

QUALIFIER_SIGNS = {
    "exact": "",
    "more_than": ">",
    "at_least": "≥",
    "nearly": "<≈",
    "about": "≈",
    "at_most": "≤",
    "less_than": "<",
}
QUALIFIER_WORDS = {
    "more_than": "more than",
    "at_least": "at least",
    "nearly": "nearly",
    "about": "about",
    "at_most": "at most",
    "less_than": "less than",
}


class Reading(NamedTuple):
    """A reported figure in the goal's unit, and the interval of true values its qualifier allows.

    exact 8: [8, 8]; more_than 10 (10余个, over 10): (10, ∞); at_least 10 (10个以上): [10, ∞); nearly 2 (近2): [1.8, 2);
    about 3 (约3): [2.85, 3.15] for a rule without a tolerance, [3, 3] for a rule with one (its tolerance is the
    reading of 左右); at_most 5 (5%以内): (−∞, 5]; less_than 5 (不足5): (−∞, 5).
    """

    value: float
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    qualifier: str = "exact"

    @property
    def exact(self) -> bool:
        return self.qualifier == "exact"

    @property
    def text(self) -> str:
        return QUALIFIER_SIGNS[self.qualifier] + num(self.value)

    def map(self, function: Any, increasing: bool = True) -> "Reading":
        """The interval through a monotone function (growth from a level, a fall, a difference)."""
        value = float(clean(function(self.value)))
        low, high = _apply(function, self.low), _apply(function, self.high)
        if increasing:
            return Reading(value, low, high, self.low_open, self.high_open, self.qualifier)
        return Reading(value, high, low, self.high_open, self.low_open, _flip(self.qualifier))


def _apply(function: Any, x: float) -> float:
    return float(clean(function(x)))  # linear in x: ±inf maps to ±inf


def _flip(qualifier: str) -> str:
    return {"more_than": "less_than", "at_least": "at_most", "at_most": "at_least", "less_than": "more_than"}.get(
        qualifier, qualifier
    )


def interval(value: float, qualifier: str, tolerant: bool = False) -> "Reading":
    """The Reading of a figure with a qualifier (see Reading); tolerant: the rule has a tolerance of its own."""
    inf = math.inf
    nearly_span, about_span = SPANS.get()
    if qualifier == "more_than":
        return Reading(value, value, inf, True, False, qualifier)
    if qualifier == "at_least":
        return Reading(value, value, inf, False, False, qualifier)
    if qualifier == "nearly":
        return Reading(value, clean(value - abs(value) * nearly_span), value, False, True, qualifier)
    if qualifier == "about" and not tolerant:
        spread = abs(value) * about_span
        return Reading(value, clean(value - spread), clean(value + spread), False, False, qualifier)
    if qualifier == "at_most":
        return Reading(value, -inf, value, False, False, qualifier)
    if qualifier == "less_than":
        return Reading(value, -inf, value, False, True, qualifier)
    return Reading(value, value, value, False, False, qualifier)


def unit_steps(value: float, unit: str | None, goal_unit: str) -> tuple[float, tuple[str, ...]]:
    """A reported value converted into the goal's unit, with the conversion shown ("94.8亿元 = 0.948万亿元")."""
    if unit is None or normalize_unit(unit) == normalize_unit(goal_unit):
        return value, ()
    if _increase_as_multiple(unit, goal_unit):
        multiple = clean(1 + value / 100)
        return multiple, (f"+{num(value)}% = ×{num(multiple)}",)
    if normalize_unit(unit) == MULTIPLE and normalize_unit(goal_unit) == PERCENT:  # a rise as a multiple: ×2 is +100%
        rise = clean((value - 1) * 100)
        return rise, (f"×{num(value)} = {'+' if rise >= 0 else ''}{num(rise)}%",)
    converted = convert(value, unit, goal_unit)
    if converted is None:  # pragma: no cover - check() refuses different bases
        raise ValueError(f"cannot convert {unit!r} to {goal_unit!r}")
    return clean(converted), (conversion_text(value, unit, goal_unit),)


def baseline_in(baseline: Baseline, goal_unit: str) -> tuple[float, tuple[str, ...]]:
    """The baseline's value in the goal's unit (a baseline of 5.2万元 for a goal in 元), with the conversion shown."""
    return unit_steps(baseline.value, baseline.unit, goal_unit)


def read_value(actual: Reported, goal_unit: str, tolerant: bool = False) -> tuple[Reading, tuple[str, ...]]:
    """The reported value in the goal's unit as a Reading, with the conversion and the qualifier shown."""
    value, steps = unit_steps(require_value(actual), actual.unit, goal_unit)
    reading = interval(value, actual.qualifier or "exact", tolerant)
    if not reading.exact:
        word = QUALIFIER_WORDS[reading.qualifier]
        steps += (f"reported {reading.text}{u(goal_unit)} ({word} {num(value)}{u(goal_unit)})",)
    return reading, steps


def _all_above(r: Reading, bound: float, strict: bool) -> bool:
    if strict:
        return r.low > bound + EPSILON or (r.low_open and r.low >= bound - EPSILON)
    return r.low >= bound - EPSILON


def _none_above(r: Reading, bound: float, strict: bool) -> bool:
    if strict:
        return r.high <= bound + EPSILON
    return r.high < bound - EPSILON or (r.high_open and r.high <= bound + EPSILON)


def _all_below(r: Reading, bound: float, strict: bool) -> bool:
    if strict:
        return r.high < bound - EPSILON or (r.high_open and r.high <= bound + EPSILON)
    return r.high <= bound + EPSILON


def _none_below(r: Reading, bound: float, strict: bool) -> bool:
    if strict:
        return r.low >= bound - EPSILON
    return r.low > bound + EPSILON or (r.low_open and r.low >= bound - EPSILON)


def decide(
    r: Reading,
    floor: float | None = None,
    ceiling: float | None = None,
    *,
    floor_strict: bool = False,
    ceiling_strict: bool = False,
) -> Verdict:
    """Met when every value the reading allows satisfies floor ≤ x ≤ ceiling, missed when none does, else unreported."""
    met = (floor is None or _all_above(r, floor, floor_strict)) and (
        ceiling is None or _all_below(r, ceiling, ceiling_strict)
    )
    if met:
        return Verdict.MET
    if (floor is not None and _none_above(r, floor, floor_strict)) or (
        ceiling is not None and _none_below(r, ceiling, ceiling_strict)
    ):
        return Verdict.MISSED
    return Verdict.UNREPORTED


def undecided(r: Reading, condition: str) -> str:
    """Why a qualified figure cannot decide: "nearly 2 (<≈2) cannot show ≥ 2: unreported"."""
    return f"{QUALIFIER_WORDS.get(r.qualifier, '')} {num(r.value)} ({r.text}) cannot show {condition}: unreported"


def lower_better_ratio(actual: float, target: float) -> float | None:
    """Attainment where lower is better: target ÷ actual, so that better is never below 100% (uncapped, like
    actual ÷ target for a floor: 2.0% unemployment against a ceiling of 2.5% is 125%). None unless both are above 0."""
    if target <= 0 or actual <= 0:
        return None
    return clean(target / actual)


# ---------------------------------------------------------------------------------------------------------------------
# Targets written as text: "1/3", "三分之一", "一半", "翻一番", "double"


def text_target(written: str, unit: str | None) -> float | str:
    """A target written as a fraction or a multiple, in the goal's unit: "1/3" in % is 33.33…, "翻一番" in 倍 is 2;
    or a number written in words or with its grouping: "forty two", "1,00,000", "four crores" (4 in unit crore,
    40000000 in unit households).

    Other text is returned unchanged, for the ordinary "must be a number" error.
    """
    figure = parse_figure(written)
    if figure is None and written.strip().casefold() in EN_NUMBER_WORDS:
        return float(EN_NUMBER_WORDS[written.strip().casefold()])  # "one": a pronoun in a sentence, a number here
    # Digits alone ("8") are a number quoted as text, refused like any value of the wrong type; words and grouping
    # ("forty two", "1,00,000") are how a number is written in a plan, and YAML has no number for them.
    plain = written.strip().replace(".", "", 1).isdigit()
    if figure is not None and figure.kind is Kind.NUMBER and figure.qualifier == "exact" and not plain:
        if not figure.unit:
            return figure.value
        converted = convert(figure.value, figure.unit, unit or "")
        if converted is None:
            raise ValueError(f"the target {written!r} is in {figure.unit!r}, not in the goal's unit {unit or ''!r}")
        return clean(converted)
    if figure is None or figure.kind not in (Kind.FRACTION, Kind.MULTIPLE):
        return written
    if figure.kind is Kind.FRACTION:
        wanted = normalize_unit(unit or "")
        if wanted == PERCENT:
            return clean(figure.value * 100)
        if wanted == "":
            return figure.value
        raise ValueError(f"a fraction target ({written!r}) needs unit '%' or ''")
    if normalize_unit(unit or "") != "倍":
        raise ValueError(f"a multiple target ({written!r}) needs unit '倍'")
    return figure.value


# A target is a number, or text the number reader parses: "1/3", "三分之一", "一半" (unit % or ""), "翻一番" (unit 倍).
TargetNumber = Annotated[
    float,
    Field(allow_inf_nan=False),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string", "minLength": 1}]}),
]


class TextTarget(Params):
    """Parameters whose target may be written as text ("1/3", "三分之一", "翻一番"); shown as written.

    Subclasses declare 'unit' before 'target', so that the target's validator knows the unit.
    """

    _written: str | None = PrivateAttr(default=None)

    @field_validator("target", mode="before", check_fields=False)
    @classmethod
    def _text_target(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str):
            unit = info.data.get("unit")
            return text_target(value, unit if isinstance(unit, str) else None)
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _keep_written(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        model = handler(data)
        if isinstance(data, dict) and isinstance(data.get("target"), str):
            model._written = data["target"]
        return model

    @property
    def written(self) -> str | None:
        """The target as the data wrote it, when it was text."""
        return self._written


def target_shown(p: Any) -> str:
    """The target for tables: as written when it was text ("1/3"), else the number."""
    written = getattr(p, "written", None)
    return str(written) if written else num(float(p.target))


P = TypeVar("P", bound=Params)

# Where a rule reports a problem in the actuals entry: the key inside the entry, and the message.
Issue = tuple[str, str]
# A number of a goal that its plan quote must state: the parameter's name, its value, and its unit (None: any).
Figure = tuple[str, float, str | None]
LocatedFigure = tuple[tuple[str, ...], str, float, str | None]


class Rule(ABC, Generic[P]):
    """One kind of goal. Subclasses document themselves (with a met and a missed example)."""

    kind: ClassVar[str]
    params: type[P]
    verdict_basis: ClassVar[Basis] = "measured"
    ordinal: ClassVar[bool] = False  # values are ranks (第3位, 领先), matched whatever their counter word
    needs_baseline: ClassVar[bool] = False
    baseline_unit_is_percent: ClassVar[bool] = False
    uses: ClassVar[frozenset[str]] = frozenset({"value", "unit", "qualifier"})
    takes_qualifiers: ClassVar[bool] = True

    @abstractmethod
    def target_text(self, p: P) -> str:
        """The target in a few symbols, for tables: ≥ 8 亿美元."""

    @abstractmethod
    def describe(self, p: P, lang: str) -> str:
        """The rule in words, for explain."""

    @abstractmethod
    def judge(self, p: P, actual: Reported, baseline: Baseline | None) -> Outcome:
        """Judge reported evidence; the loader has already run check()."""

    def evaluate(
        self,
        p: P,
        actual: Reported,
        baseline: Baseline | None,
        *,
        near_miss_pct: float = NEAR_MISS_PCT,
        partners: Sequence[P] = (),
    ) -> Outcome:
        """The outcome of one goal: judge(), scored jointly where the entry is joint, with near misses marked.

        An entry with joint_with (a figure the review reports for several goals together) is scored against the
        sum of the goals' targets only when the engine passes the partner goals' parameters; alone, it is
        unreported, so that a combined total never makes one goal met by itself.
        """
        if actual.undecided is not None:
            return Outcome(Verdict.UNREPORTED, arithmetic=(f"undecided: {actual.undecided}",))
        if actual.less is not None and actual.value is not None:
            value = clean(actual.value - actual.less)
            unit = u(actual.unit or "")
            step = (
                f"{num(actual.value)}{unit} − {num(actual.less)}{unit} = {num(value)}{unit}"
                " (less: the part of the figure the goal does not count)"
            )
            outcome = self.evaluate(
                p,
                actual.model_copy(update={"value": value, "less": None}),
                baseline,
                near_miss_pct=near_miss_pct,
                partners=partners,
            )
            return outcome._replace(arithmetic=(step, *outcome.arithmetic))
        joint = getattr(actual, "joint_with", None)
        if joint:
            if not partners or self.joint_target(p) is None:
                names = ", ".join(joint)
                return Outcome(
                    Verdict.UNREPORTED,
                    arithmetic=(
                        f"reported jointly with {names}: one combined figure, not a result of this goal alone",
                    ),
                )
            return with_near_miss(self.judge_joint(p, actual, baseline, partners), near_miss_pct)
        return with_near_miss(self.judge(p, actual, baseline), near_miss_pct)

    def joint_target(self, p: P) -> float | None:
        """The amount this goal contributes to a jointly reported total; None: the kind cannot be reported jointly."""
        return None

    def judge_joint(self, p: P, actual: Reported, baseline: Baseline | None, partners: Sequence[P]) -> Outcome:
        """Judge a combined figure against the sum of the group's targets (see evaluate)."""
        own = self.joint_target(p)
        assert own is not None
        unit = str(getattr(p, "unit", ""))
        parts = [own]
        for other in partners:
            amount = self.joint_target(other)
            if amount is None:  # pragma: no cover - verify refuses
                raise ValueError("partner goal cannot be reported jointly")
            converted = convert(amount, str(getattr(other, "unit", unit)), unit)
            parts.append(clean(converted if converted is not None else amount))
        total = clean(sum(parts))
        terms = " + ".join(num(x) for x in parts)
        step = f"joint target: {terms} = {num(total)}{u(unit)} (one figure for {len(parts)} goals)"
        joint = p.model_copy(update={"target": total})
        if isinstance(joint, TextTarget):
            joint._written = None  # the sum is a number, whatever the goal's own target was written as
        outcome = self.judge(joint, actual, baseline)
        return outcome._replace(arithmetic=(step, *outcome.arithmetic))

    def check(self, p: P, actual: Reported) -> list[Issue]:
        """Problems with an actuals entry for this rule: missing or unused fields, wrong units."""
        issues: list[Issue] = []
        allowed = self.uses | {
            "status",
            "evidence",
            "caveat",
            "caveat_severity",
            "note",
            "growth_pct",
            "joint_with",
            "accept",
        }
        if "value" in self.uses:
            allowed |= {"less"}
        for name in sorted(actual.model_fields_set - allowed):
            issues.append((name, f"'{name}' is not used by {self.kind} goals"))
        if "basis" in self.uses and actual.basis in SINCE_BASE and self.kind != "trajectory":
            issues.append(
                ("basis", f"basis {actual.basis} is for compound trajectories; {self.kind} reads level or change")
            )
        if "value" in self.uses and actual.value is None:
            issues.append(("status", f"a reported {self.kind} goal needs a 'value'"))
        if "unit" in self.uses and actual.value is not None:
            expected = self.expected_units(p, actual)
            if actual.unit is None:
                if expected != ("",):  # a bare fraction or ratio ("三分之一") has no unit
                    issues.append(("value", f"the value needs a 'unit' ({' or '.join(expected)})"))
            elif not any(unit_fits(actual.unit, unit) for unit in expected):
                hint = unit_hint(actual.unit, expected[0])
                shown = " or ".join(map(repr, expected))
                issues.append(("unit", f"unit {actual.unit!r} does not match the goal's unit {shown}{hint}"))
        qualifier = getattr(actual, "qualifier", None)
        if qualifier is not None and qualifier != "exact" and not self.takes_qualifiers:
            issues.append(("qualifier", f"{self.kind} goals cannot use a qualified value"))
        return issues

    def figures(self, p: P) -> list[Figure]:
        """The numbers of the goal that the plan's quote must state: (parameter, value, unit; None = any unit)."""
        return []

    def located_figures(self, p: P) -> list[LocatedFigure]:
        """figures() with where each sits under 'rule' and the name a message gives it."""
        return [((name,), name, value, unit) for name, value, unit in self.figures(p)]

    def expected_units(self, p: P, actual: Reported) -> tuple[str, ...]:
        unit: str = getattr(p, "unit", "")
        return (unit,)

    def baseline_unit(self, p: P) -> str:
        return "%" if self.baseline_unit_is_percent else str(getattr(p, "unit", ""))

    @property
    def doc(self) -> str:
        # cleandoc: Python 3.13 strips docstring indentation at compile time, 3.11 and 3.12 do not.
        return inspect.cleandoc(type(self).__doc__ or "")


# Bases that tell a change since a goal's base year rather than a year's own (compound trajectories only).
SINCE_BASE = ("cumulative", "average")


# What an undecided entry may carry: its evidence and the figure it saw, never a decision.
UNDECIDED_FIELDS = frozenset(
    {"status", "evidence", "undecided", "value", "unit", "qualifier", "basis", "less", "caveat", "note", "accept"}
)


def issues_of(rule: Rule[Any], p: Any, actual: Reported) -> list[Issue]:
    """The entry's problems: the rule's check(), or for an undecided entry only fields that would decide it."""
    if actual.undecided is None:
        return rule.check(p, actual)
    return [
        (name, f"'{name}' decides the goal, which an 'undecided' entry does not: drop one of them")
        for name in sorted(actual.model_fields_set - UNDECIDED_FIELDS)
    ]


def require_value(actual: Reported) -> float:
    if actual.value is None:  # pragma: no cover - check() guarantees it
        raise ValueError("reported value missing")
    return actual.value


def unit_fits(reported: str, goal_unit: str) -> bool:
    """A reported unit is usable for a goal when it is the goal's unit or another scale of its base (亿元, 万亿元)."""
    if normalize_unit(reported) == normalize_unit(goal_unit) or _increase_as_multiple(reported, goal_unit):
        return True
    return same_base(reported, goal_unit) and normalize_unit(goal_unit) not in ("", PERCENT, "个百分点")


def _increase_as_multiple(reported: str, goal_unit: str) -> bool:
    """A rise in % reported for a goal in multiples (倍, times): +50% is ×1.5 ("one and a half times")."""
    return normalize_unit(reported) == PERCENT and normalize_unit(goal_unit) == MULTIPLE


def unit_hint(reported: str, goal_unit: str) -> str:
    """Why two units that look alike do not compare, when they are % and % of GDP."""
    if {normalize_unit(reported), normalize_unit(goal_unit)} == {PERCENT, PERCENT_OF_GDP}:
        return (
            ": % and % of GDP are different units; where the percentage is a share of GDP and its quote says so,"
            " write unit '% of GDP'"
        )
    return ""


def with_near_miss(outcome: Outcome, near_miss_pct: float = NEAR_MISS_PCT) -> Outcome:
    """Mark a missed numeric outcome within near_miss_pct percent of its boundary, with a line in the arithmetic.

    The measure is actual ÷ boundary: 7.85 of a floor of 8 is 98.1% of target; 2.3 against a ceiling of 2.2 is
    104.5% of the ceiling. Never for a qualified figure whose miss is itself a bound.
    """
    if outcome.verdict is not Verdict.MISSED or outcome.actual is None or not outcome.boundary:
        return outcome
    share = outcome.actual / outcome.boundary
    if share <= 0 or abs(share - 1) * 100 > near_miss_pct + EPSILON:
        return outcome
    line = f"near miss: {pct(share)} of {'target' if share < 1 else 'the limit'}, within {num(near_miss_pct)}%"
    return outcome._replace(near_miss=True, arithmetic=(*outcome.arithmetic, line))
