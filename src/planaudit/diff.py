"""`planaudit diff`: verdict changes between two JSON reports with stable goal ids."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from planaudit import yamlsafe
from planaudit.errors import InputError
from planaudit.i18n import Lang, verdict_text

VERDICTS = ("met", "missed", "unreported")


class ReportGoal(NamedTuple):
    id: str
    title: str
    verdict: str


class Report(NamedTuple):
    path: str
    goals: dict[str, ReportGoal]


class Change(NamedTuple):
    id: str
    title: str
    before: str | None
    after: str | None


class Diff(NamedTuple):
    old: str
    new: str
    added: tuple[Change, ...]
    removed: tuple[Change, ...]
    changed: tuple[Change, ...]
    unchanged: int


def load_report(path: str) -> Report:
    text = yamlsafe.read_text(path)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError.at(path, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("goals"), list):
        raise InputError.at(path, 1, 1, "not a planaudit JSON report: expected an object with a 'goals' list")
    if data.get("schema_version") != 1:
        raise InputError.at(path, 1, 1, f"unsupported report schema_version {data.get('schema_version')!r}; expected 1")
    goals: dict[str, ReportGoal] = {}
    for index, goal in enumerate(data["goals"]):
        if not (
            isinstance(goal, dict)
            and isinstance(goal.get("id"), str)
            and goal.get("verdict") in VERDICTS
            and isinstance(goal.get("title", ""), str)
        ):
            raise InputError.at(
                path, 1, 1, f"goals[{index}] needs a string 'id' and a 'verdict' of {', '.join(VERDICTS)}"
            )
        if goal["id"] in goals:
            raise InputError.at(path, 1, 1, f"goals[{index}]: duplicate goal id {goal['id']!r}")
        goals[goal["id"]] = ReportGoal(goal["id"], goal.get("title", ""), goal["verdict"])
    return Report(path, goals)


def compare(old: Report, new: Report) -> Diff:
    added = tuple(Change(g.id, g.title, None, g.verdict) for gid, g in new.goals.items() if gid not in old.goals)
    removed = tuple(Change(g.id, g.title, g.verdict, None) for gid, g in old.goals.items() if gid not in new.goals)
    changed = []
    unchanged = 0
    for gid, before in old.goals.items():
        after = new.goals.get(gid)
        if after is None:
            continue
        if after.verdict != before.verdict:
            changed.append(Change(gid, after.title, before.verdict, after.verdict))
        else:
            unchanged += 1
    return Diff(old.path, new.path, added, removed, tuple(changed), unchanged)


def _verdict(value: str | None, lang: Lang) -> str:
    return "—" if value is None else verdict_text(value, lang)


def render_diff(diff: Diff, fmt: str, lang: Lang) -> str:
    rows = (
        [("added", c) for c in diff.added]
        + [("removed", c) for c in diff.removed]
        + [("changed", c) for c in diff.changed]
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
                        {"id": c.id, "title": c.title, "before": c.before, "after": c.after} for c in diff.changed
                    ],
                    "unchanged": diff.unchanged,
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    headline = (
        f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed, {diff.unchanged} unchanged"
    )
    if fmt == "markdown":
        from planaudit.report.markdown import cell

        lines = [f"**{diff.old} → {diff.new}**: {headline}", ""]
        if rows:
            lines += ["| change | id | goal | before | after |", "|---|---|---|---|---|"]
            lines += [
                f"| {kind} | {cell(c.id)} | {cell(c.title)} | {_verdict(c.before, lang)} | {_verdict(c.after, lang)} |"
                for kind, c in rows
            ]
        return "\n".join(lines) + "\n"
    width = max([len(c.id) for _, c in rows] + [2])
    lines = [f"{diff.old} → {diff.new}: {headline}"]
    for kind, c in rows:
        lines.append(f"  {kind:<8} {c.id:<{width}}  {_verdict(c.before, lang)} → {_verdict(c.after, lang)}  {c.title}")
    return "\n".join(lines) + "\n"
