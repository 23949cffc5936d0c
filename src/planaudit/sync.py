"""`planaudit sync-actuals`: a `status: silent` entry for every goal without one; the rest of the file as written."""

from __future__ import annotations

from typing import NamedTuple

from yaml.nodes import MappingNode

from planaudit import yamlsafe
from planaudit.errors import InputError
from planaudit.loader import Parsed


class Synced(NamedTuple):
    text: str
    added: tuple[str, ...]


def sync_actuals(parsed: Parsed) -> Synced:
    """The actuals text with a silent entry inserted, in plan order, for each goal that has none.

    Entries go before the next goal (in the plan's order) that already has one, or after the last
    entry; comments, quoting and the order of existing entries are kept byte for byte.
    """
    order = [goal.id for goal in parsed.targets.goals]
    present = parsed.actuals.goals
    missing = [goal_id for goal_id in dict.fromkeys(order) if goal_id not in present]
    text = parsed.actuals_doc.text
    if not missing:
        return Synced(text, ())
    path = parsed.actuals_doc.path
    root = yamlsafe.compose(path, text)
    goals = next((value for key, value in root.value if key.value == "goals"), None)
    if not isinstance(goals, MappingNode) or goals.flow_style:
        mark = goals.start_mark if goals is not None else root.start_mark
        message = "'goals' must be a block mapping (one entry per line) to add entries to it"
        raise InputError.at(path, mark.line + 1, mark.column + 1, message)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    indent = goals.value[0][0].start_mark.column if goals.value else 2
    start_line = {key.value: key.start_mark.line for key, _ in goals.value}
    end_line = _end_line(goals, lines)
    position = {goal_id: index for index, goal_id in enumerate(order)}
    inserts: dict[int, list[str]] = {}
    for goal_id in missing:
        later = [g for g in start_line if position.get(g, len(order)) > position[goal_id]]
        at = min((start_line[g] for g in later), default=end_line)
        inserts.setdefault(at, []).append(f"{' ' * indent}{goal_id}:\n{' ' * (indent + 2)}status: silent\n")
    out: list[str] = []
    for number, line in enumerate(lines):
        out += inserts.pop(number, [])
        out.append(line)
    for at in sorted(inserts):
        out += inserts[at]
    return Synced("".join(out), tuple(missing))


def _end_line(goals: MappingNode, lines: list[str]) -> int:
    """The line after the last entry of the mapping, before any trailing blank or comment lines."""
    end = goals.value[-1][1].end_mark.line if goals.value else goals.end_mark.line
    if goals.value and goals.value[-1][1].end_mark.column > 0:
        end += 1
    while end > 0 and lines[end - 1].strip() == "":
        end -= 1
    return end
