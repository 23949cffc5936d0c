"""Whether a review phrase speaks of a goal's measure: shared meaningful character pairs, and units that fit."""

from __future__ import annotations

import functools

from planaudit.reading.figures import Figure
from planaudit.reading.units import COUNTERS, PERCENT, PERCENTAGE_POINT, same_base, split_unit

# Share of a goal's measure-word pairs (capped at 6) that a review or baseline phrase must share to be proposed.
MATCH_SHARE = 0.4
_STOP_PAIRS = frozenset(
    {"全区", "全年", "全市", "实现", "完成", "达到", "以上", "其中", "我们", "我区", "今年", "同比"}
)


@functools.lru_cache(maxsize=1 << 16)
def pair_set(text: str) -> frozenset[str]:
    """The adjacent character pairs of a text that carry meaning (no punctuation, no 全区/全年/完成…)."""
    return frozenset(
        text[i : i + 2]
        for i in range(len(text) - 1)
        if not any(c in "、，,；;。“”（）() 的" for c in text[i : i + 2]) and text[i : i + 2] not in _STOP_PAIRS
    )


def similarity(measure: str, context: str) -> float:
    """Share of the measure's character pairs found in the context, out of at most 6 (long measures need 6 hits)."""
    wanted = pair_set(measure)
    if not wanted:
        return 0.0
    return len(wanted & pair_set(context)) / min(len(wanted), 6)


def is_counter(unit: str | None) -> bool:
    return unit is not None and split_unit(unit).base in COUNTERS and split_unit(unit).factor == 1


def units_fit(goal_unit: str | None, figure: Figure) -> bool:
    if goal_unit is None or not figure.unit:
        return False
    if is_counter(goal_unit) and is_counter(figure.unit):
        return True
    if figure.unit in (PERCENT, PERCENTAGE_POINT) or goal_unit in (PERCENT, PERCENTAGE_POINT):
        return figure.unit == goal_unit
    return same_base(goal_unit, figure.unit) and bool(split_unit(figure.unit).base)
