"""Generate a valid synthetic audit of N goals: every rule kind, Chinese text, quotes that verify.

python benchmarks/generate.py N OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

KINDS = (
    "at_least", "at_most", "between", "approximately", "growth", "pp_change",
    "new_items", "milestone", "named_items", "ranking", "judged",
)  # fmt: skip
WORDS = "招商引资项目建设城市品质民生改善转型升级数字经济高新技术企业服务业楼宇税收公园道路学校医院"
GOALS_PER_SECTION = 100


def _word(i: int, size: int = 4) -> str:
    return "".join(WORDS[(i * 7 + k * 13) % len(WORDS)] for k in range(size))


def _goal(i: int) -> tuple[str, str, str, str | None, str | None]:
    """(targets entry, plan sentence, actuals entry, review sentence, baseline entry) for goal i.

    Every number stands in the quote it cites, as the verify stage demands.
    """
    kind = KINDS[i % len(KINDS)]
    gid = f"g{i}"
    name = f"{_word(i)}{_word(i + 1, 2)}"
    t = i % 97 + 3
    words = (f"{_word(i, 3)}甲", f"{_word(i, 3)}乙")
    plan_text, rule = {
        "at_least": (f"{name}目标{t}个，力争{t + 6}个", f"{{kind: at_least, target: {t}, unit: 个, stretch: {t + 6}}}"),
        "at_most": (f"{name}不超过{t}天", f"{{kind: at_most, target: {t}, unit: 天}}"),
        "between": (f"{name}在{t - 1}个至{t + 1}个之间", f"{{kind: between, min: {t - 1}, max: {t + 1}, unit: 个}}"),
        "approximately": (f"{name}{t}个左右", f"{{kind: approximately, target: {t}, tolerance: 0.5, unit: 个}}"),
        "growth": (f"{name}增长10%", "{kind: growth, target_pct: 10, unit: 亿元}"),
        "pp_change": (f"{name}比重提高1个百分点", "{kind: pp_change, target_pp: 1}"),
        "new_items": (f"{name}新增{t}家", f"{{kind: new_items, target: {t}, unit: 家}}"),
        "milestone": (f"{name}如期完成", '{kind: milestone, deadline: "2019-09"}'),
        "named_items": (f"{name}建成{words[0]}、{words[1]}", f"{{kind: named_items, items: [{words[0]}, {words[1]}]}}"),
        "ranking": (f"{name}保持全市前3位", "{kind: ranking, target: 3, scope: 全市}"),
        "judged": (f"{name}取得成效", "{kind: judged}"),
    }[kind]
    plan = f"确保{plan_text}。"
    quote = plan[:-1]
    baseline_entry = None
    baseline_line = ""
    if kind in {"growth", "pp_change", "new_items"}:
        unit, written = {"growth": ("亿元", "亿元"), "pp_change": ('"%"', "%"), "new_items": ("家", "家")}[kind]
        value = {"growth": 20, "pp_change": 50, "new_items": 30}[kind]
        baseline_entry = (
            f"  b{i}:\n    title: 基期{name}\n    value: {value}\n    unit: {unit}\n"
            f"    source: base\n    quote: 基期{name}为{value}{written}\n"
        )
        baseline_line = f"    baseline: b{i}\n"
    level = ("commitment", "stretch", "plain")[i % 3]
    section = f"s{i // GOALS_PER_SECTION}"
    targets = (
        f"  - id: {gid}\n    section: {section}\n    title: {name}\n    title_en: Goal {i}\n"
        f"    quote: {quote}\n    level: {level}\n    rule: {rule}\n{baseline_line}"
    )
    if i % 2:
        return targets, plan, f"  {gid}:\n    status: silent\n", None, baseline_entry
    review_text, fields = {
        "at_least": ("完成5个", "    value: 5\n    unit: 个\n"),
        "at_most": ("用时5天", "    value: 5\n    unit: 天\n"),
        "between": ("达到5个", "    value: 5\n    unit: 个\n"),
        "approximately": ("达到5个", "    value: 5\n    unit: 个\n"),
        "growth": ("达到23亿元、增长15%", "    value: 23\n    unit: 亿元\n    growth_pct: 15\n"),
        "pp_change": ("比重达51.5%", '    value: 51.5\n    unit: "%"\n'),
        "new_items": ("累计40家", "    value: 40\n    unit: 家\n"),
        "milestone": ("已于8月完成", "    done: true\n    date: 2019-08\n"),
        "named_items": (f"{words[0]}建成", f"    items:\n      {words[0]}: done\n"),
        "ranking": ("列全市第2位", "    value: 2\n    unit: rank\n"),
        "judged": ("举办活动3次", "    verdict: met\n    rationale: 报告称已完成\n    fact: 举办活动3次\n"),
    }[kind]
    review = f"{name}{review_text}（{gid}）。"
    evidence = f"    evidence:\n      - source: review\n        quote: {review[:-1]}\n"
    return targets, plan, f"  {gid}:\n    status: reported\n{fields}{evidence}", review, baseline_entry


def generate(n: int, out: Path) -> tuple[Path, Path]:
    (out / "sources").mkdir(parents=True, exist_ok=True)
    sections = (n + GOALS_PER_SECTION - 1) // GOALS_PER_SECTION
    targets = [
        'plan:\n  id: synthetic\n  title: 合成计划\n  period: "2019"\n',
        "sources:\n  plan: {path: sources/plan.txt, title: 计划, role: plan}\n"
        "  base: {path: sources/base.txt, title: 基期, role: baseline}\n"
        "  review: {path: sources/review.txt, title: 回顾, role: review}\n",
        "sections:\n" + "".join(f"  - {{id: s{k}, title: 第{k}部分, title_en: Part {k}}}\n" for k in range(sections)),
    ]
    goals, baselines, plan, review, base, actuals = [], [], [], [], [], []
    for i in range(n):
        goal, plan_line, actual, review_line, baseline = _goal(i)
        goals.append(goal)
        plan.append(plan_line)
        actuals.append(actual)
        if review_line:
            review.append(review_line)
        if baseline:
            baselines.append(baseline)
            base.append(baseline.split("quote: ")[1].strip() + "。")
    targets.append("baselines:\n" + "".join(baselines))
    targets.append("goals:\n" + "".join(goals))
    (out / "targets.yaml").write_text("".join(targets), encoding="utf-8")
    (out / "actuals.yaml").write_text("plan: synthetic\ngoals:\n" + "".join(actuals), encoding="utf-8")
    (out / "sources" / "plan.txt").write_text("".join(plan), encoding="utf-8")
    (out / "sources" / "review.txt").write_text("".join(review), encoding="utf-8")
    (out / "sources" / "base.txt").write_text("".join(base), encoding="utf-8")
    return out / "targets.yaml", out / "actuals.yaml"


if __name__ == "__main__":
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)
        sys.exit(0)
    generate(int(sys.argv[1]), Path(sys.argv[2]))
