"""Score `planaudit draft` on a plan over years against a hand-made multi-year audit (examples/fyp14 by default).

Run from the repository root:

    .venv/bin/python benchmarks/draft_years.py            # markdown table
    .venv/bin/python benchmarks/draft_years.py --misses   # and what was missed or wrong
    .venv/bin/python benchmarks/draft_years.py --json

The key is the audit folder: targets.yaml (goals, their rules: kind, target, due or trajectory years, method,
baseline) and actuals-YYYY.yaml (each review year's entries). The plan and every year's review are drafted together
(`draft PLAN --review Y1 --review Y2 …`), and each drafted goal is matched to the key goal whose quote its own overlaps
in the plan. Counted: goals found, precision (drafted goals that are key goals or quotes the key excludes on purpose),
right kind, right number, right due (the year the goal falls due: its due, a trajectory's target year, or none for a
condition on every year), right base year and base value, right method (a trajectory's; none is the plan's default,
cagr), and per review year the evidence right (a reported key entry whose quote the drafted entry overlaps) and wrong
(a drafted proposal for a goal the key records silent that year, or another quote).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from typing import Any

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
try:  # an installed planaudit (the wheel a test run is checking) comes first; else this tree's src/
    import planaudit  # noqa: F401
except ImportError:
    sys.path.insert(0, os.path.join(ROOT, "src"))

try:
    from planaudit.drafting import Document, build
except ImportError:  # a tree from before the drafting package, as an A/B baseline
    from planaudit.commands.draft import Document, build  # type: ignore[no-redef]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from draft_corpus import drafted_numbers, overlap, same, spans  # noqa: E402

DEFAULT = os.path.join(ROOT, "examples", "fyp14")
DEFAULT_METHOD = "cagr"  # settings.trajectory_method's default


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _due(goal: dict[str, Any]) -> str | None:
    """When a goal falls due, as the engine reads it (engine.due_of): its due, else a trajectory's target year."""
    if goal.get("due") is not None:
        return str(goal["due"])[:4]
    year = goal["rule"].get("target_year")
    return None if year is None else str(year)


def _method(rule: dict[str, Any]) -> str | None:
    return str(rule.get("method") or DEFAULT_METHOD) if rule.get("kind") == "trajectory" else None


def _evidence(entry: dict[str, Any] | None) -> list[str]:
    if not entry or entry.get("status") != "reported":
        return []
    return [e["quote"] for e in entry.get("evidence") or [] if isinstance(e, dict) and "quote" in e]


def score(folder: str = DEFAULT) -> dict[str, Any]:
    targets = yaml.safe_load(_read(os.path.join(folder, "targets.yaml")))
    sources = targets["sources"]
    plan_path = next(os.path.join(folder, s["path"]) for s in sources.values() if s["role"] == "plan")
    reviews = sorted(
        (int(s["period"]), os.path.join(folder, s["path"])) for s in sources.values() if s["role"] == "review"
    )
    plan = Document(plan_path, _read(plan_path))
    documents = {year: Document(path, _read(path)) for year, path in reviews}
    with tempfile.TemporaryDirectory() as out:
        try:
            result = build(plan, out, reviews=list(documents.values()))
            drafted_years = {
                int(year): review.get("goals") or {}
                for year, review in (yaml.safe_load(result.actuals).get("years") or {}).items()
            }
        except TypeError:  # a planaudit before several reviews: one draft a year, each with that year's review
            drafted_years = {}
            for year, document in documents.items():
                result = build(plan, out, review=document)
                drafted_years[year] = yaml.safe_load(result.actuals).get("goals") or {}
    drafted = yaml.safe_load(result.targets)
    key_years = {
        year: (yaml.safe_load(_read(os.path.join(folder, f"actuals-{year}.yaml"))) or {}).get("goals") or {}
        for year, _ in reviews
    }
    key_bases = targets.get("baselines") or {}
    drafted_bases = drafted.get("baselines") or {}
    goals = drafted.get("goals") or []
    text = plan.text
    goal_spans = [spans(text, g["quote"]) for g in goals]
    excluded = [s for e in targets.get("excluded") or [] for s in spans(text, e["quote"])]
    c: dict[str, Any] = {
        "audit": os.path.basename(folder.rstrip("/")),
        "key_goals": len(targets["goals"]),
        "drafted": len(goals),
        "keyed": 0,
        "excluded": 0,
        "found": 0,
        "kind": 0,
        "numeric": 0,
        "number": 0,
        "due": 0,
        "trajectories": 0,
        "base_year": 0,
        "method": 0,
        "based": 0,
        "base_value": 0,
        "years": {},
        "misses": [],
    }
    misses: list[str] = c["misses"]
    key_spans = [spans(text, g["quote"]) for g in targets["goals"]]
    for index, g_spans in enumerate(goal_spans):
        if any(overlap(g_spans, k) > 0 for k in key_spans):
            c["keyed"] += 1
        elif overlap(g_spans, excluded) > 0:
            c["excluded"] += 1
        else:
            misses.append(f"not a key goal: {goals[index]['quote'][:60]!r}")
    matched: dict[str, dict[str, Any]] = {}
    for key_goal, k_spans in zip(targets["goals"], key_spans, strict=True):
        rule = key_goal["rule"]
        candidates = [(overlap(g, k_spans), i) for i, g in enumerate(goal_spans) if overlap(g, k_spans) > 0]
        target = rule.get("target")
        numeric = isinstance(target, (int, float)) and not isinstance(target, bool)
        c["numeric"] += numeric
        if not candidates:
            misses.append(f"{key_goal['id']}: not drafted")
            continue
        c["found"] += 1
        c["trajectories"] += rule.get("kind") == "trajectory"  # of the goals found
        c["based"] += bool(key_goal.get("baseline"))

        def carries(i: int, target: Any = target, numeric: bool = numeric) -> bool:
            return numeric and any(same(float(target), n) for n in drafted_numbers(goals[i]["rule"]))

        best = max(candidates, key=lambda cand: (carries(cand[1]), cand[0]))[1]
        goal = goals[best]
        matched[key_goal["id"]] = goal
        got = goal["rule"]
        checks = [
            ("kind", got.get("kind") == rule.get("kind"), f"kind {rule.get('kind')} drafted as {got.get('kind')}"),
            ("due", _due(goal) == _due(key_goal), f"due {_due(key_goal)} drafted as {_due(goal)}"),
        ]
        if numeric:
            checks.append(("number", carries(best), f"number {target} drafted as {got}"))
        if rule.get("kind") == "trajectory":
            checks.append(
                (
                    "base_year",
                    got.get("base_year") == rule.get("base_year"),
                    f"base year {rule.get('base_year')} drafted as {got.get('base_year')}",
                )
            )
            checks.append(
                ("method", _method(got) == _method(rule), f"method {_method(rule)} drafted as {_method(got)}")
            )
        if key_goal.get("baseline"):
            value = key_bases.get(key_goal["baseline"], {}).get("value")
            drafted_value = drafted_bases.get(goal.get("baseline") or "", {}).get("value")
            checks.append(("base_value", drafted_value == value, f"base value {value} drafted as {drafted_value}"))
        for name, right, why in checks:
            c[name] += right
            if not right:
                misses.append(f"{key_goal['id']}: {why}")
    for year, key_entries in key_years.items():
        review = documents[year].text
        row = {"reported": 0, "right": 0, "proposed": 0, "wrong": 0}
        entries = drafted_years.get(year, {})
        for key_goal in targets["goals"]:
            want = _evidence(key_entries.get(key_goal["id"]))
            goal = matched.get(key_goal["id"])
            got = _evidence(entries.get(goal["id"])) if goal is not None else []
            want_spans = [s for quote in want for s in spans(review, quote)]
            got_spans = [s for quote in got for s in spans(review, quote)]
            row["reported"] += bool(want)
            row["proposed"] += bool(got)
            if want and got and overlap(got_spans, want_spans) > 0:
                row["right"] += 1
            elif got:
                row["wrong"] += 1
                misses.append(f"{year} {key_goal['id']}: WRONG evidence {got[0][:50]!r}")
            elif want:
                misses.append(f"{year} {key_goal['id']}: evidence not proposed (want {want[0][:40]!r})")
        c["years"][year] = row
    return c


def pct(part: int, whole: int) -> str:
    return "—" if not whole else f"{100 * part / whole:.0f}% ({part}/{whole})"


def table(c: dict[str, Any]) -> str:
    lines = [
        "| audit | goals drafted | key goals found | precision (key goals + excluded) | right kind | right number | "
        "right due | right base year | right method | right base value |",
        "|" + "---|" * 10,
        f"| {c['audit']} | {c['drafted']} | {pct(c['found'], c['key_goals'])} | "
        f"{pct(c['keyed'], c['drafted'])} + {c['excluded']} | {pct(c['kind'], c['found'])} | "
        f"{pct(c['number'], c['numeric'])} | {pct(c['due'], c['found'])} | {pct(c['base_year'], c['trajectories'])} | "
        f"{pct(c['method'], c['trajectories'])} | {pct(c['base_value'], c['based'])} |",
        "",
        "| review year | evidence right | evidence wrong |",
        "|---|---|---|",
    ]
    for year, row in c["years"].items():
        lines.append(f"| {year} | {pct(row['right'], row['reported'])} | {pct(row['wrong'], row['proposed'])} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folders = [arg for arg in argv if not arg.startswith("--")] or [DEFAULT]
    for folder in folders:
        result = score(folder)
        if "--json" in argv:
            print(json.dumps(result, ensure_ascii=False, indent=1))
            continue
        print(table(result))
        if "--misses" in argv:
            print("\n".join(result["misses"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
