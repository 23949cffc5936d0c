"""`planaudit diff`: verdict and figure changes between two JSON reports with stable goal ids."""

from __future__ import annotations

import json
import math
from typing import Any, NamedTuple

from planaudit import textsafe, yamlsafe
from planaudit.errors import InputError, UsageError
from planaudit.i18n import Lang, verdict_text
from planaudit.rules.base import num, pct, u
from planaudit.textsafe import one_line

VERDICTS = ("met", "missed", "unreported", "not_due")
# The figures of a goal that diff compares, as the JSON report names them; a key left out is no figure.
FIGURES = ("target", "actual", "attainment")


class Figures(NamedTuple):
    """What the rule compared: target and actual (in the unit), and attainment (actual ÷ target)."""

    target: float | None = None
    actual: float | None = None
    attainment: float | None = None
    unit: str | None = None


class ReportGoal(NamedTuple):
    id: str
    title: str
    verdict: str
    figures: Figures = Figures()


class Report(NamedTuple):
    path: str
    goals: dict[str, ReportGoal]
    plan: str | None = None


class Moved(NamedTuple):
    """One figure of a goal that is not the same in the two reports."""

    name: str  # target, actual or attainment
    before: float | None
    after: float | None
    unit_before: str | None
    unit_after: str | None


class Change(NamedTuple):
    id: str
    title: str
    before: str | None
    after: str | None
    figures: tuple[Moved, ...] = ()


class Diff(NamedTuple):
    old: str
    new: str
    added: tuple[Change, ...]
    removed: tuple[Change, ...]
    changed: tuple[Change, ...]  # the verdict changed (and perhaps figures)
    unchanged: int
    refigured: tuple[Change, ...] = ()  # the verdict stayed, a figure changed


class _Refused(ValueError):
    """A JSON value planaudit will not read, with the text to find it by."""

    def __init__(self, message: str, needle: str) -> None:
        super().__init__(message)
        self.needle = needle


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"duplicate key {one_line(key)!r}", json.dumps(key, ensure_ascii=False))
        result[key] = value
    return result


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 308:
        raise _Refused(f"number has {len(text.lstrip('-'))} digits: it is outside the range of a number", text)
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused("number is too large: it is outside the range of a number", text)
    if value == 0 and text.lower().partition("e")[0].strip("-.0"):
        raise _Refused("number is too small: it would be read as 0", text)
    return value


def _constant(text: str) -> Any:
    raise _Refused(f"{text} is not a number JSON allows", text)


def _located(path: str, text: str, offset: int, message: str) -> InputError:
    line, column = yamlsafe.position(text, max(0, offset))
    return InputError.at(path, line, column, message)


MAX_DEPTH = 200  # where a too-deep error points: a report nests a few levels; json.loads fails near 1000


def _too_deep(text: str) -> int:
    """The offset of the first bracket past MAX_DEPTH levels (strings skipped), for a located error."""
    depth, quoted, escaped = 0, False, False
    for offset, char in enumerate(text):
        if quoted:
            escaped, quoted = (not escaped and char == "\\"), quoted and (escaped or char != '"')
        elif char == '"':
            quoted = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return offset
        elif char in "]}":
            depth -= 1
    return 0


def _nested_beyond(data: Any, limit: int) -> bool:
    """Whether parsed JSON holds a list or object more than `limit` levels deep (counted as _too_deep counts)."""
    stack: list[tuple[Any, int]] = [(data, 1)] if isinstance(data, dict | list) else []
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _find(text: str, loc: tuple[str | int, ...]) -> int:
    """The offset of the value at `loc` (keys and list indexes) in a JSON text, or 0 if not found."""
    decoder = json.JSONDecoder()
    offset = 0
    try:
        for part in loc:
            offset = _skip(text, offset)
            if isinstance(part, int):
                offset = _skip(text, offset + 1)  # past '['
                for _ in range(part):
                    _, offset = decoder.raw_decode(text, offset)
                    offset = _skip(text, _skip(text, offset) + 1)  # past ','
            else:
                offset = _skip(text, offset + 1)  # past '{'
                while True:
                    key, offset = decoder.raw_decode(text, offset)
                    offset = _skip(text, _skip(text, offset) + 1)  # past ':'
                    if key == part:
                        break
                    _, offset = decoder.raw_decode(text, offset)
                    offset = _skip(text, _skip(text, offset) + 1)  # past ','
        return _skip(text, offset)
    except (ValueError, IndexError):
        return 0


def _skip(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t\r\n":
        offset += 1
    return offset


def load_report(path: str) -> Report:
    """A planaudit JSON report: every problem located at line:col, duplicate keys and odd numbers refused."""
    text = yamlsafe.read_named(path)
    try:
        data: Any = json.loads(
            text, object_pairs_hook=_pairs, parse_int=_int, parse_float=_float, parse_constant=_constant
        )
    except json.JSONDecodeError as exc:
        raise InputError.at(path, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}") from None
    except _Refused as exc:
        if str(exc).startswith("duplicate key"):
            yamlsafe.load(path, text)  # JSON is YAML here: it raises the duplicate with its own position
        raise _located(path, text, text.find(exc.needle), str(exc)) from None
    except ValueError as exc:  # a number Python will not convert
        raise _located(path, text, 0, f"invalid JSON: {one_line(str(exc))[:80]}") from None
    except RecursionError:  # Python < 3.13 stops deep nesting itself
        raise _located(path, text, _too_deep(text), "JSON nested too deeply for a planaudit report") from None
    if _nested_beyond(data, MAX_DEPTH):  # 3.13 parses it: the same limit, the same message, on every Python
        raise _located(path, text, _too_deep(text), "JSON nested too deeply for a planaudit report")
    if not isinstance(data, dict) or not isinstance(data.get("goals"), list):
        raise _located(path, text, 0, "not a planaudit JSON report: expected an object with a 'goals' list")
    version = data.get("schema_version")
    if type(version) is not int or version != 1:
        where = _find(text, ("schema_version",)) if "schema_version" in data else 0
        shown = one_line(json.dumps(version, ensure_ascii=False))[:40]
        raise _located(path, text, where, f"unsupported report schema_version {shown}; expected 1")
    plan = data.get("plan")
    plan_id = plan.get("id") if isinstance(plan, dict) and isinstance(plan.get("id"), str) else None
    goals: dict[str, ReportGoal] = {}
    for index, goal in enumerate(data["goals"]):
        if not (
            isinstance(goal, dict)
            and isinstance(goal.get("id"), str)
            and goal.get("verdict") in VERDICTS
            and isinstance(goal.get("title", ""), str)
        ):
            message = f"goals[{index}] needs a string 'id' and a 'verdict' of {', '.join(VERDICTS)}"
            raise _located(path, text, _find(text, ("goals", index)), message)
        for key in ("id", "title"):
            value = goal.get(key, "")
            problem = "a lone surrogate is not text" if _has_surrogate(value) else textsafe.text_problem(value)
            if problem is not None:
                where = _find(text, ("goals", index, key))
                raise _located(path, text, where, f"goals[{index}].{key}: {problem}")
        if goal["id"] in goals:
            message = f"goals[{index}]: duplicate goal id {one_line(goal['id'])!r}"
            raise _located(path, text, _find(text, ("goals", index, "id")), message)
        goals[goal["id"]] = ReportGoal(
            goal["id"], goal.get("title", ""), goal["verdict"], _figures(path, text, goal, index)
        )
    return Report(path, goals, plan_id)


def _figures(path: str, text: str, goal: dict[str, Any], index: int) -> Figures:
    """The goal's target, actual, attainment and unit, each a number (or text) or null; anything else located."""
    for key in FIGURES:
        value = goal.get(key)
        if value is not None and (type(value) is bool or not isinstance(value, int | float)):
            where = _find(text, ("goals", index, key))
            raise _located(path, text, where, f"goals[{index}].{key} must be a number or null")
    unit = goal.get("unit")
    if unit is not None:
        problem = "must be text or null" if not isinstance(unit, str) else None
        if problem is None:
            problem = "a lone surrogate is not text" if _has_surrogate(unit) else textsafe.text_problem(unit)
        if problem is not None:
            raise _located(path, text, _find(text, ("goals", index, "unit")), f"goals[{index}].unit: {problem}")
    target, actual, attainment = (None if goal.get(key) is None else float(goal[key]) for key in FIGURES)
    return Figures(target, actual, attainment, unit or None)


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def compare(old: Report, new: Report) -> Diff:
    if old.plan is not None and new.plan is not None and old.plan != new.plan:
        raise UsageError(
            f"the reports are for different plans ({one_line(old.plan)!r} in {one_line(old.path)}, "
            f"{one_line(new.plan)!r} in {one_line(new.path)}); diff compares two reports of one plan"
        )
    added = tuple(Change(g.id, g.title, None, g.verdict) for gid, g in new.goals.items() if gid not in old.goals)
    removed = tuple(Change(g.id, g.title, g.verdict, None) for gid, g in old.goals.items() if gid not in new.goals)
    changed = []
    refigured = []
    unchanged = 0
    for gid, before in old.goals.items():
        after = new.goals.get(gid)
        if after is None:
            continue
        moved = moved_figures(before.figures, after.figures)
        if after.verdict != before.verdict:
            changed.append(Change(gid, after.title, before.verdict, after.verdict, moved))
        elif moved:
            refigured.append(Change(gid, after.title, before.verdict, after.verdict, moved))
        else:
            unchanged += 1
    return Diff(old.path, new.path, added, removed, tuple(changed), unchanged, tuple(refigured))


def moved_figures(before: Figures, after: Figures) -> tuple[Moved, ...]:
    """The figures that differ: the number, or the unit of a target or actual (7亿元 is not 7万元)."""
    moved = []
    for name in FIGURES:
        old, new = getattr(before, name), getattr(after, name)
        unit_old, unit_new = (before.unit, after.unit) if name != "attainment" else (None, None)
        if old != new or (old is not None and new is not None and unit_old != unit_new):
            moved.append(Moved(name, old, new, unit_old, unit_new))
    return tuple(moved)


def figure_text(moved: Moved) -> str:
    """ "actual 7.85 → 8.1亿美元", "attainment 98.1% → 101.3%", "actual — → 82家"."""
    if moved.name == "attainment":
        shown = ["—" if v is None else pct(v) for v in (moved.before, moved.after)]
        return f"{moved.name} {shown[0]} → {shown[1]}"
    before = "—" if moved.before is None else num(moved.before)
    after = "—" if moved.after is None else num(moved.after) + u(moved.unit_after or "")
    if moved.before is not None and moved.unit_before != moved.unit_after:
        before += u(moved.unit_before or "")
    return f"{moved.name} {before} → {after}"


def figures_text(change: Change) -> str:
    return " · ".join(figure_text(m) for m in change.figures)


ID_WIDTH = 40


def _verdict(value: str | None, lang: Lang) -> str:
    return "—" if value is None else verdict_text(value, lang)


def _figures_dict(change: Change) -> dict[str, Any]:
    return {
        m.name: {"before": m.before, "after": m.after}
        | ({} if m.name == "attainment" else {"unit_before": m.unit_before, "unit_after": m.unit_after})
        for m in change.figures
    }


def render_diff(diff: Diff, fmt: str, lang: Lang) -> str:
    rows = (
        [("added", c) for c in diff.added]
        + [("removed", c) for c in diff.removed]
        + [("changed", c) for c in diff.changed]
        + [("figures", c) for c in diff.refigured]
    )
    if fmt == "json":
        return (
            json.dumps(
                {
                    "old": diff.old,
                    "new": diff.new,
                    "added": [{"id": c.id, "title": c.title, "verdict": c.after} for c in diff.added],
                    "removed": [{"id": c.id, "title": c.title, "verdict": c.before} for c in diff.removed],
                    "changed": [
                        {"id": c.id, "title": c.title, "before": c.before, "after": c.after,
                         "figures": _figures_dict(c)}
                        for c in diff.changed
                    ],
                    "figures_changed": [
                        {"id": c.id, "title": c.title, "verdict": c.after, "figures": _figures_dict(c)}
                        for c in diff.refigured
                    ],
                    "unchanged": diff.unchanged,
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )  # fmt: skip
    headline = (
        f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed, "
        f"{len(diff.refigured)} with changed figures, {diff.unchanged} unchanged"
    )
    if fmt == "markdown":
        from planaudit.report.markdown import cell

        lines = [f"**{cell(diff.old)} → {cell(diff.new)}**: {headline}", ""]
        if rows:
            lines += ["| change | id | goal | before | after | figures |", "|---|---|---|---|---|---|"]
            lines += [
                f"| {kind} | {cell(c.id)} | {cell(c.title)} | {_verdict(c.before, lang)} | {_verdict(c.after, lang)} "
                f"| {cell(figures_text(c))} |"
                for kind, c in rows
            ]
        return "\n".join(lines) + "\n"
    # Ids line up to this width; a longer one is not padded to (a hostile report's 1 MB id times every row).
    width = min(max([len(c.id) for _, c in rows] + [2]), ID_WIDTH)
    lines = [f"{one_line(diff.old)} → {one_line(diff.new)}: {headline}"]
    for kind, c in rows:
        verdicts = f"{_verdict(c.before, lang)} → {_verdict(c.after, lang)}"
        lines.append(f"  {kind:<8} {one_line(c.id):<{width}}  {verdicts}  {one_line(c.title)}")
        if c.figures:
            lines.append(f"  {'':<8} {'':<{width}}  {one_line(figures_text(c))}")
    return "\n".join(lines) + "\n"
