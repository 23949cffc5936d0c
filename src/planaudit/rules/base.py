"""What every rule shares: verdicts, outcomes, number formatting and the Rule interface."""

from __future__ import annotations

import enum
import inspect
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar, Generic, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from planaudit.facts import Baseline, Reported

EPSILON = 1e-9


# What a verdict rests on: a number against a numeric rule, a document saying a thing was (not) done,
# or the auditor's reading of qualitative evidence.
Basis = Literal["measured", "documented", "judged"]
BASES: tuple[Basis, ...] = ("measured", "documented", "judged")


class Verdict(enum.StrEnum):
    MET = "met"
    MISSED = "missed"
    UNREPORTED = "unreported"


class Params(BaseModel):
    """Base of every rule's parameters: strict, closed, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


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
    value: float, target: float, unit: str, steps: tuple[str, ...] = (), stretch: float | None = None
) -> Outcome:
    """The outcome of a rule where reaching the target (and perhaps a stretch above it) is success."""
    attainment, ratio_steps = ratio_step(value, target)
    return Outcome(
        verdict=Verdict.MET if at_least(value, target) else Verdict.MISSED,
        target=target,
        actual=value,
        unit=unit,
        attainment=attainment,
        arithmetic=steps + ratio_steps,
        stretch=stretch,
        stretch_reached=None if stretch is None else at_least(value, stretch),
    )


P = TypeVar("P", bound=Params)

# Where a rule reports a problem in the actuals entry: the key inside the entry, and the message.
Issue = tuple[str, str]
# A number of a goal that its plan quote must state: the parameter's name, its value, and its unit (None: any).
Figure = tuple[str, float, str | None]


class Rule(ABC, Generic[P]):
    """One kind of goal. Subclasses document themselves (with a met and a missed example)."""

    kind: ClassVar[str]
    params: type[P]
    verdict_basis: ClassVar[Basis] = "measured"
    ordinal: ClassVar[bool] = False  # values are ranks (第3位, 领先), matched whatever their counter word
    needs_baseline: ClassVar[bool] = False
    baseline_unit_is_percent: ClassVar[bool] = False
    uses: ClassVar[frozenset[str]] = frozenset({"value", "unit"})

    @abstractmethod
    def target_text(self, p: P) -> str:
        """The target in a few symbols, for tables: ≥ 8 亿美元."""

    @abstractmethod
    def describe(self, p: P, lang: str) -> str:
        """The rule in words, for explain."""

    @abstractmethod
    def evaluate(self, p: P, actual: Reported, baseline: Baseline | None) -> Outcome:
        """Judge reported evidence; the loader has already run check()."""

    def check(self, p: P, actual: Reported) -> list[Issue]:
        """Problems with an actuals entry for this rule: missing or unused fields, wrong units."""
        issues: list[Issue] = []
        allowed = self.uses | {"status", "evidence", "caveat", "caveat_severity", "note", "growth_pct"}
        for name in sorted(actual.model_fields_set - allowed):
            issues.append((name, f"'{name}' is not used by {self.kind} goals"))
        if "value" in self.uses and actual.value is None:
            issues.append(("status", f"a reported {self.kind} goal needs a 'value'"))
        if "unit" in self.uses and actual.value is not None:
            expected = self.expected_units(p, actual)
            if actual.unit is None:
                issues.append(("value", f"the value needs a 'unit' ({' or '.join(expected)})"))
            elif actual.unit not in expected:
                issues.append(
                    ("unit", f"unit {actual.unit!r} does not match the goal's unit {' or '.join(map(repr, expected))}")
                )
        return issues

    def figures(self, p: P) -> list[Figure]:
        """The numbers of the goal that the plan's quote must state: (parameter, value, unit; None = any unit)."""
        return []

    def expected_units(self, p: P, actual: Reported) -> tuple[str, ...]:
        unit: str = getattr(p, "unit", "")
        return (unit,)

    def baseline_unit(self, p: P) -> str:
        return "%" if self.baseline_unit_is_percent else str(getattr(p, "unit", ""))

    @property
    def doc(self) -> str:
        # cleandoc: Python 3.13 strips docstring indentation at compile time, 3.11 and 3.12 do not.
        return inspect.cleandoc(type(self).__doc__ or "")


def require_value(actual: Reported) -> float:
    if actual.value is None:  # pragma: no cover - check() guarantees it
        raise ValueError("reported value missing")
    return actual.value
