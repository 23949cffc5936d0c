"""`planaudit sync-actuals`: a `status: silent` entry for every goal without one; the rest of the file as written."""

from __future__ import annotations

import re
from typing import NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from planaudit import yamlsafe
from planaudit.errors import InputError, Problem
from planaudit.loader import Parsed

BOM = "\ufeff"
# A plain scalar that starts like a number and holds only number-like characters (010, 1e3, 0x1f, 2024-01-01,
# 1_000): some YAML reader takes it for a number or a date, so a goal id like it is written quoted.
_NUMBER_LIKE = re.compile(r"[-+.0-9][-+.0-9a-fA-FxXoObB_:]*")
# The YAML 1.2 constants and the words a YAML 1.1 reader (PyYAML, many editors) takes for booleans, as ids
# spell them (lower case).
_WORDS = frozenset({"true", "false", "null", "y", "n", "yes", "no", "on", "off"})


class Synced(NamedTuple):
    text: str
    added: tuple[str, ...]


def key_text(goal_id: str) -> str:
    """A goal id as a mapping key that every YAML reader takes for that same text: plain when it is
    plainly text, else double-quoted (ids are lower-case letters, digits, '.', '_' and '-', nothing to escape)."""
    if goal_id in _WORDS or _NUMBER_LIKE.fullmatch(goal_id):
        return f'"{goal_id}"'
    return goal_id


def sync_actuals(parsed: Parsed) -> Synced:
    """The actuals text with a silent entry inserted, in plan order, for each goal that has none.

    Entries go before the first entry of a later goal (in the plan's order) or of a goal the plan does
    not name, else after the last entry; everything else (comments, quoting, block scalars and their
    trailing lines, a byte order mark, CRLF line ends) is kept byte for byte. Linear in the file and the goals.
    """
    if parsed.years:
        message = "this file holds review years (a ledger): sync-actuals adds entries to one review's file"
        raise InputError([Problem(parsed.years[0].document.base.at(("years",), key=True), message)])
    order = list(dict.fromkeys(goal.id for goal in parsed.targets.goals))
    present = parsed.actuals.goals
    missing = [goal_id for goal_id in order if goal_id not in present]
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
    newline = "\r\n" if "\r\n" in text else "\n"
    indent = goals.value[0][0].start_mark.column if goals.value else 2
    # Where each existing entry's line starts (a character offset), by its key.
    starts = {key.value: key.start_mark.index - key.start_mark.column for key, _ in goals.value}
    end, text = _after_last_entry(path, text, goals, newline)
    planned = set(order)
    # The earliest line among the entries of goals later in the plan, or not in it at all: one pass backwards.
    following = min((at for key, at in starts.items() if key not in planned), default=end)
    inserts: dict[int, list[str]] = {}
    for goal_id in reversed(order):
        if goal_id in starts:
            following = min(following, starts[goal_id])
        elif goal_id not in present:
            entry = f"{' ' * indent}{key_text(goal_id)}:{newline}{' ' * (indent + 2)}status: silent{newline}"
            inserts.setdefault(following, []).append(entry)
    out: list[str] = [BOM] if yamlsafe.read_bytes(path).startswith(BOM.encode()) else []
    done = 0
    for at in sorted(inserts):
        out += [text[done:at], *reversed(inserts[at])]
        done = at
    out.append(text[done:])
    return Synced("".join(out), tuple(missing))


def _last_leaf(node: Node) -> Node:
    """The scalar (or empty collection) a node's text ends with."""
    while isinstance(node, (MappingNode, SequenceNode)) and node.value and not node.flow_style:
        last = node.value[-1]
        node = last[1] if isinstance(node, MappingNode) else last
    return node


def _after_last_entry(path: str, text: str, goals: MappingNode, newline: str) -> tuple[int, str]:
    """The offset where a line after the mapping's last entry starts, and the text (a line break added at
    its end when it had none). A block scalar that keeps its trailing lines (`|+`) keeps them all; after
    any other last value, trailing blank lines stay after the new entries."""
    if not goals.value:  # pragma: no cover - an empty block mapping is a null value, refused above
        return len(text), text
    leaf = _last_leaf(goals.value[-1][1])
    mark = leaf.end_mark
    end = mark.index
    header = text[leaf.start_mark.index : leaf.start_mark.index + 3]  # `|`, `>`, with chomping and indent
    block = isinstance(leaf, ScalarNode) and leaf.style in ("|", ">")
    keeps = block and "+" in header
    if mark.column > 0:  # the value ends inside a line (a comment may follow): after that line's break
        found = text.find("\n", end)
        if found == -1:
            if block and "-" not in header:  # a line break after it would become part of its text
                message = (
                    "the last entry ends in a block scalar (| or >) and the file has no final line break: "
                    "adding an entry after it would change its text; end the file with a line break"
                )
                raise InputError.at(path, mark.line + 1, mark.column + 1, message)
            text += newline
            found = len(text) - 1
        end = found + 1
    elif not keeps:
        while end > 0:  # back over trailing blank lines, which belong to no value here
            previous = text.rfind("\n", 0, end - 1) + 1
            if text[previous:end].strip():
                break
            end = previous
    # Past the comments indented as entries that follow (they speak of the entries to come), not past blank lines.
    indent = goals.value[0][0].start_mark.column
    at = end
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop == -1 else stop + 1
        line = text[at:stop]
        content = line.lstrip(" ")
        if content.startswith("#") and len(line) - len(content) >= indent:
            end = at = stop
        elif not content.strip():
            at = stop
        else:
            break
    if end == len(text) and text and not text.endswith("\n"):
        text += newline
        end = len(text)
    return end, text
