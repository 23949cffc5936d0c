"""Measure `planaudit draft` against the hand-made audit of the bundled documents, and its speed on a 1 MB plan.

Run from the repository root: `.venv/bin/python benchmarks/draft_quality.py` (prints markdown; `--json` for numbers).
The hand-made targets.yaml / actuals.yaml are read fresh on every run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

try:
    from planaudit.drafting import Document, build
except ImportError:  # a tree from before the drafting package, as an A/B baseline
    from planaudit.commands.draft import Document, build  # type: ignore[no-redef]
from planaudit.reading.figures import parse_figure, read_figures  # noqa: E402
from planaudit.reading.scan import scan  # noqa: E402
from planaudit.reading.units import normalize_unit  # noqa: E402

NUMERIC = ("at_least", "at_most", "growth", "new_items", "pp_change", "ranking")
COUNTERS = set("个家项座条幢所名位人户次届批台辆艘架套件处栋")


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(quote)
    while at != -1:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return max((min(x[1], y[1]) - max(x[0], y[0]) for x in a for y in b), default=0)


def _target(rule: dict[str, Any]) -> float | None:
    for key in ("target", "target_pct", "target_pp", "min"):
        if key in rule:
            value = rule[key]
            if isinstance(value, str):  # a fraction or multiple written as text: "one third", "翻一番"
                figure = parse_figure(value)
                return None if figure is None else figure.value
            return float(value)
    return None


def _unit(rule: dict[str, Any]) -> str:
    return normalize_unit(str(rule.get("unit", "")))


def measure(folder: str = ROOT) -> dict[str, Any]:
    hand_t = yaml.safe_load(_read(os.path.join(folder, "targets.yaml")))
    hand_a = yaml.safe_load(_read(os.path.join(folder, "actuals.yaml")))
    paths = {s["role"]: os.path.join(folder, s["path"]) for s in hand_t["sources"].values()}
    texts = {role: _read(path) for role, path in paths.items()}
    review_id = next(k for k, s in hand_t["sources"].items() if s["role"] == "review")
    with tempfile.TemporaryDirectory() as out:
        result = build(
            Document(paths["plan"], texts["plan"]),
            out,
            review=Document(paths["review"], texts["review"]),
            baseline=Document(paths["baseline"], texts["baseline"]),
        )
    draft_t = yaml.safe_load(result.targets)
    draft_a = yaml.safe_load(result.actuals)
    plan, review = texts["plan"], texts["review"]
    drafted = [(g, _spans(plan, g["quote"])) for g in draft_t["goals"]]
    hand = [(g, _spans(plan, g["quote"])) for g in hand_t["goals"]]

    def best_draft(spans: list[tuple[int, int]]) -> dict[str, Any] | None:
        scored = [(_overlap(spans, d_spans), d) for d, d_spans in drafted]
        scored = [s for s in scored if s[0] > 0]
        return max(scored, key=lambda s: s[0])[1] if scored else None

    numeric = [(g, s) for g, s in hand if g["rule"]["kind"] in NUMERIC]
    rows: dict[str, int] = {
        "numeric": len(numeric),
        "found": 0,
        "number_unit": 0,
        "number_unit_counter": 0,
        "number": 0,
        "kind": 0,
        "level": 0,
    }
    misses: list[str] = []
    for goal, spans in numeric:
        match = best_draft(spans)
        if match is None:
            misses.append(f"{goal['id']}: not drafted")
            continue
        rows["found"] += 1
        h_rule, d_rule = goal["rule"], match["rule"]
        same_number = _target(h_rule) is not None and _target(h_rule) == _target(d_rule)
        same_unit = _unit(h_rule) == _unit(d_rule)
        counter_unit = same_unit or ({_unit(h_rule), _unit(d_rule)} <= COUNTERS)
        rows["number"] += same_number
        rows["number_unit"] += same_number and same_unit
        rows["number_unit_counter"] += same_number and counter_unit
        rows["kind"] += h_rule["kind"] == d_rule["kind"]
        rows["level"] += goal["level"] == match["level"]
        if not (same_number and same_unit and h_rule["kind"] == d_rule["kind"] and goal["level"] == match["level"]):
            misses.append(
                f"{goal['id']}: hand {h_rule['kind']} {_target(h_rule)} {_unit(h_rule)} {goal['level']} / "
                f"draft {d_rule['kind']} {_target(d_rule)} {_unit(d_rule)} {match['level']}"
            )
    documented = [(g, s) for g, s in hand if g["rule"]["kind"] in ("milestone", "named_items")]
    documented_misses = [
        f"{g['id']} ({g['rule']['kind']})"
        if (m := best_draft(s)) is None
        else f"{g['id']} ({g['rule']['kind']}, drafted {m['rule']['kind']})"
        for g, s in documented
        if (m := best_draft(s)) is None or m["rule"]["kind"] != g["rule"]["kind"]
    ]
    found_documented = sum(best_draft(s) is not None for _, s in documented)
    same_kind_documented = sum(
        (m := best_draft(s)) is not None and m["rule"]["kind"] == g["rule"]["kind"] for g, s in documented
    )
    hand_spans = [s for _, s in hand]
    real = sum(any(_overlap(d_spans, h) > 0 for h in hand_spans) for _, d_spans in drafted)

    # Evidence: each hand-made reported goal's review quotes against the drafted goal it matches.
    evidenced = 0
    right = 0
    judged = 0
    evidence_misses: list[str] = []
    for goal, spans in hand:
        entry = hand_a["goals"].get(goal["id"], {})
        if entry.get("status") != "reported":
            continue
        h_ev = [sp for e in entry.get("evidence", []) if e["source"] == review_id for sp in _spans(review, e["quote"])]
        if not h_ev:
            continue
        evidenced += 1
        judged += goal["rule"]["kind"] == "judged"
        match = best_draft(spans)
        d_entry = draft_a["goals"].get(match["id"], {}) if match is not None else {}
        d_ev = [sp for e in d_entry.get("evidence", []) for sp in _spans(review, e["quote"])]
        if _overlap(h_ev, d_ev) > 0:
            right += 1
        else:
            evidence_misses.append(f"{goal['id']} ({goal['rule']['kind']})")
    proposed = sum(1 for e in draft_a["goals"].values() if e.get("status") == "reported")
    return {
        "drafted_goals": len(drafted),
        "hand_goals": len(hand),
        "numeric": rows,
        "documented": {"hand": len(documented), "found": found_documented, "same_kind": same_kind_documented},
        "precision": {"drafted": len(drafted), "real": real},
        "evidence": {"hand": evidenced, "right": right, "proposed": proposed, "judged": judged},
        "evidence_misses": evidence_misses,
        "documented_misses": documented_misses,
        "misses": misses,
        "baselines": result.baselines,
        "untracked": result.untracked,
    }


def _median(action: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def speed() -> dict[str, float]:
    """Medians of 3 runs on the plan repeated to 1 MB: the reader, the scanner, drafting, and the CLI end to end."""
    plan = _read(os.path.join(ROOT, "sources", "001_1610291dfc4f5d0b.txt"))
    review = _read(os.path.join(ROOT, "sources", "002_8aecebe1aaa7d8cc.txt"))
    big = (plan + "\n") * (1_000_000 // len((plan + "\n").encode("utf-8")) + 1)
    timings: dict[str, float] = {"plan_bytes": len(big.encode("utf-8")), "findings": len(scan(big))}
    timings["read_figures_s"] = _median(lambda: read_figures(big))
    timings["scan_s"] = _median(lambda: scan(big))
    # Shapes that would be quadratic if any step looked back over a whole clause or list: ~1 MB each, dense.
    shapes = {
        "no_punctuation": "力争完成合同外资8亿美元实到外资6亿美元引进项目10个" * 23000,
        "one_list_of_figures": "完成2000亩、" * 62000,
        "english_commas": "We will strive to increase exports by 10 percent and ensure at least 200 new firms, "
        * 12000,
    }
    for name, text in shapes.items():
        timings[f"scan_{name}_s"] = _median(lambda text=text: scan(text), runs=1)
    with tempfile.TemporaryDirectory() as out:
        big_doc = Document(os.path.join(out, "plan.txt"), big)
        timings["build_plan_only_s"] = _median(lambda: build(big_doc, out))
        review_doc = Document(os.path.join(out, "r.txt"), review)
        timings["build_with_review_s"] = _median(lambda: build(big_doc, out, review=review_doc))
        path, tiny = os.path.join(out, "plan.txt"), os.path.join(out, "tiny.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(big)
        with open(tiny, "w", encoding="utf-8") as handle:
            handle.write("力争完成合同外资8亿美元。\n")
        command = [sys.executable, "-m", "planaudit", "draft", "--force", "-o", out]
        timings["cli_draft_tiny_s"] = _median(lambda: subprocess.run([*command, tiny], check=True, capture_output=True))
        timings["cli_draft_1mb_s"] = _median(lambda: subprocess.run([*command, path], check=True, capture_output=True))
    return timings


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "—"


def main() -> None:
    # --audit DIR: the same measures on another hand-made audit (e.g. examples/riverton-2024), without the timings
    folder = sys.argv[sys.argv.index("--audit") + 1] if "--audit" in sys.argv else ROOT
    quality = measure(folder)
    timings = speed() if folder == ROOT else {}
    if "--json" in sys.argv:
        print(json.dumps({"quality": quality, "speed": timings}, ensure_ascii=False, indent=2))
        return
    n = quality["numeric"]
    d = quality["documented"]
    p = quality["precision"]
    e = quality["evidence"]
    print("| measure | result |")
    print("|---|---|")
    print(f"| numeric hand-made goals drafted at all (quotes overlap) | {_pct(n['found'], n['numeric'])} |")
    print(f"| … with the right number and unit | {_pct(n['number_unit'], n['numeric'])} |")
    print(
        f"| … right number, unit equal or both counter words (个/家) | {_pct(n['number_unit_counter'], n['numeric'])} |"
    )
    print(f"| … with the right rule kind | {_pct(n['kind'], n['numeric'])} |")
    print(f"| … with the right level | {_pct(n['level'], n['numeric'])} |")
    print(f"| milestone and named-item goals found | {_pct(d['found'], d['hand'])} |")
    print(f"| … found with the same rule kind | {_pct(d['same_kind'], d['hand'])} |")
    print(f"| precision: drafted goals that are real goals | {_pct(p['real'], p['drafted'])} |")
    print(f"| hand-made evidence proposed for the right goal | {_pct(e['right'], e['hand'])} |")
    print(f"| … of the hand-made evidence for goals not judged | {_pct(e['right'], e['hand'] - e['judged'])} |")
    print(f"| drafted goals with proposed evidence | {e['proposed']} |")
    print(f"| baselines proposed / untracked outcomes proposed | {quality['baselines']} / {quality['untracked']} |")
    print()
    print("Numeric goals not drafted exactly:")
    for miss in quality["misses"]:
        print(f"- {miss}")
    print()
    print("Milestone and named-item goals not drafted as such:", ", ".join(quality["documented_misses"]))
    print()
    print("Hand-made evidence not proposed for its goal:", ", ".join(quality["evidence_misses"]))
    if not timings:
        return
    print()
    print("| speed (1 MB plan) | seconds |")
    print("|---|---|")
    print(f"| plan size | {int(timings['plan_bytes'])} bytes, {int(timings['findings'])} findings |")
    for key in (
        "read_figures_s",
        "scan_s",
        "scan_no_punctuation_s",
        "scan_one_list_of_figures_s",
        "scan_english_commas_s",
        "build_plan_only_s",
        "build_with_review_s",
        "cli_draft_tiny_s",
        "cli_draft_1mb_s",
    ):
        print(f"| {key} | {timings[key]:.3f} |")


if __name__ == "__main__":
    main()
