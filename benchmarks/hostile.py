"""Hostile sizes inside the default limits (issue #11): time and peak memory of each case, with a timeout."""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

TARGETS = """\
plan: {{id: hostile, title: Hostile, period: "2019"}}
sources:
{sources}
sections:
  - {{id: s1, title: S}}
goals:
  - id: g1
    section: s1
    title: {title}
    quote: {quote}
    level: plain
    rule: {{kind: judged}}
"""
ACTUALS = "plan: hostile\ngoals:\n  g1: {status: silent}\n"


def _write_case(folder: Path, source: str, quote: str, ids: int = 1, title: str = "T") -> None:
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "big.txt").write_text(source, encoding="utf-8")
    roles = ["plan"] + ["review"] * (ids - 1)
    lines = [f"  s{i}: {{path: sources/big.txt, title: S{i}, role: {role}}}" for i, role in enumerate(roles)]
    text = TARGETS.format(sources="\n".join(lines), quote=quote, title=title)
    (folder / "targets.yaml").write_text(text.replace("- id: g1\n", "- id: g1\n    source: s0\n"), encoding="utf-8")
    (folder / "actuals.yaml").write_text(ACTUALS, encoding="utf-8")


def _cjk_text(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    alphabet = [chr(0x4E00 + k) for k in range(3000)]  # common CJK ideographs
    return "".join(rng.choice(alphabet) for _ in range(chars))


def _run(tree: Path, args: list[str], cwd: Path, timeout: float) -> tuple[str, str, int | None]:
    """Wall time and peak RSS of one run, or '>N s' when it passed the timeout."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PLANAUDIT_LANG": "en", "GITHUB_STEP_SUMMARY": ""}
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        elapsed = time.monotonic() - started
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / 1024  # KiB on Linux
            return f"{elapsed:.2f} s (exit {proc.returncode})", f"{rss:,.0f} MB", proc.returncode
        if elapsed > timeout:
            proc.kill()
            proc.wait()
            return f">{timeout:.0f} s", "—", None
        time.sleep(0.05)


def _write_pair(folder: Path, plan: str, review: str, quote: str) -> None:
    """An audit whose plan and review are two files: one goal quoting the plan, silent in the actuals."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "plan.txt").write_text(plan, encoding="utf-8")
    (folder / "sources" / "review.txt").write_text(review, encoding="utf-8")
    lines = (
        "  s0: {path: sources/plan.txt, title: P, role: plan}\n  s1: {path: sources/review.txt, title: R, role: review}"
    )
    (folder / "targets.yaml").write_text(TARGETS.format(sources=lines, quote=quote, title="T"), encoding="utf-8")
    (folder / "actuals.yaml").write_text(ACTUALS, encoding="utf-8")


def _write_many_goals(folder: Path, goals: int) -> None:
    """An audit of many judged goals quoting one short plan, with an entry for every other goal only."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "plan.txt").write_text("加快建设城市公园。\n", encoding="utf-8")
    entries = "".join(
        f"  - {{id: g{i}, section: s1, title: T, quote: 加快建设城市公园, level: plain, rule: {{kind: judged}}}}\n"
        for i in range(goals)
    )
    head = TARGETS.split("goals:")[0].format(sources="  s0: {path: sources/plan.txt, title: P, role: plan}")
    (folder / "targets.yaml").write_text(head + "goals:\n" + entries, encoding="utf-8")
    kept = "".join(f"  g{i}:\n    status: silent\n" for i in range(0, goals, 2))
    (folder / "actuals.yaml").write_text("plan: hostile\ngoals:\n" + kept, encoding="utf-8")


def _write_many_levels(folder: Path, goals: int) -> None:
    """The synthetic audit of benchmarks/generate.py, each goal at a level of its own."""
    from generate import generate

    generate(goals, folder)
    targets = folder / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    count = iter(range(1, goals + 1))
    text = re.sub(r"^    level: \w+", lambda _: f"    level: l{next(count)}", text, flags=re.M)
    levels = "".join(
        f"  - {{id: l{i}, label: 级{i}, label_en: level{i}, words: [w{i}, 目标]}}\n" for i in range(1, goals + 1)
    )
    targets.write_text(text.replace("sections:", "levels:\n" + levels + "sections:", 1), encoding="utf-8")


def _word(number: int) -> str:
    """A word of letters only, one for each number ("zo…"): each goal of a case names its own thing."""
    letters, number = "zo", number + 1000
    while number:
        letters, number = letters + "bcdfghjklmnpqrstvwxz"[number % 20], number // 20
    return letters


def cases(folder: Path) -> list[tuple[str, Path, list[str]]]:
    """Each case: a name, its folder and the python arguments to run in it."""
    made = []
    big = folder / "quote-1mb"
    # The 'b' in the middle: CPython's startswith checks the first and last characters before comparing
    # the rest, so only a quote that matches at both ends costs a full comparison at every candidate.
    _write_case(big, "a" * (60 * MB), "a" * (MB // 2) + "b" + "a" * (MB // 2))
    made.append(("1 MB quote not in a 60 MB source of one repeated letter", big, ["-m", "planaudit", "check"]))
    line = folder / "one-line"
    text = _cjk_text(20 * MB)  # 60 MB of UTF-8 on one line
    _write_case(line, text, text[10 * MB : 10 * MB + 30])
    made.append(("60 MB one-line source, one 30-character quote", line, ["-m", "planaudit", "check"]))
    many = folder / "same-file-25"
    _write_case(many, text, text[10 * MB : 10 * MB + 30], ids=25)
    made.append(("25 source ids naming one 60 MB file", many, ["-m", "planaudit", "check"]))
    stage = (
        "from planaudit.loader import load; from planaudit.verify import verify; "
        "verify(load('targets.yaml', 'actuals.yaml'))"
    )
    made.append(("25 source ids naming one 60 MB file: load + verify only", many, ["-c", stage]))
    sides = (
        "from planaudit.verify import states_as; states_as('Rates rose from 31% to 38%; ' * 36_000, 31, '%', 'outcome')"
    )
    made.append(
        (
            "a 1 MB quote of 36,000 changes, the value on each one's from-side (verify's role check)",
            folder,
            ["-c", sides],
        )
    )
    wrap = ["-c", "from planaudit.report.grid import wrap; wrap('x' * 5_000_000, 30)"]
    made.append(("wrapping a 5 MB title with no spaces (grid.wrap)", folder, wrap))
    figures = folder / "figures-one-line"
    review = "今年新增绿地面积12亩，" * (60 * MB // 33)  # 60 MB of UTF-8 on one line, a figure every 11 characters
    _write_pair(figures, "加快建设城市公园。\n", review, "加快建设城市公园")
    made.append(
        ("60 MB one-line review, a figure every 11 characters (`check`)", figures, ["-m", "planaudit", "check"])
    )
    links = folder / "hard-links-25"
    _write_case(links, text, text[10 * MB : 10 * MB + 30], ids=25)
    targets = (links / "targets.yaml").read_text(encoding="utf-8")
    for i in range(1, 25):  # each id names its own hard link to the one 60 MB file
        os.link(links / "sources" / "big.txt", links / "sources" / f"link{i}.txt")
        targets = targets.replace(f"s{i}: {{path: sources/big.txt", f"s{i}: {{path: sources/link{i}.txt")
    (links / "targets.yaml").write_text(targets, encoding="utf-8")
    made.append(("25 hard links to one 60 MB file, one id each (`check`)", links, ["-m", "planaudit", "check"]))
    many = folder / "many-goals"
    _write_many_goals(many, 100_000)
    levels = folder / "many-levels"
    _write_many_levels(levels, 4000)
    made.append(
        (
            "4,000 goals at 4,000 levels (`check -f markdown --all`)",
            levels,
            ["-m", "planaudit", "check", "-f", "markdown", "--all"],
        )
    )
    shutil.copy(many / "actuals.yaml", many / "actuals.orig.yaml")
    # Each run starts from the incomplete file again (the one before it completed it).
    sync = "import shutil, sys; shutil.copy('actuals.orig.yaml', 'actuals.yaml'); sys.argv[1:] = ['sync-actuals']; "
    sync += "from planaudit.cli import main; main()"
    made.append(("`sync-actuals` adding 50,000 of 100,000 goals", many, ["-c", sync]))
    drafted = folder / "draft-40k"
    drafted.mkdir()
    (drafted / "plan.txt").write_text(
        "2024年计划\n" + "".join(f"第{i}项：全年新增就业{i % 900 + 100}人以上。\n" for i in range(20_000)),
        encoding="utf-8",
    )
    figures = "，".join(f"项目{i}完成投资{i % 97 + 1}万元" for i in range(40_000))
    (drafted / "review.txt").write_text("回顾\n" + figures + "。\n", encoding="utf-8")
    made.append(
        (
            "`draft`: 20,000 target sentences, a review of 40,000 figures no goal uses",
            drafted,
            ["-m", "planaudit", "draft", "plan.txt", "--review", "review.txt", "--force"],
        )
    )
    led = folder / "draft-lead-in"
    led.mkdir()
    (led / "plan.txt").write_text(
        "Plan 2013\n\nWe will launch the new parking portal in October 2013.\n", encoding="utf-8"
    )
    lead = "we worked on the programme and the services " * 16_000 + "we will:"  # a 700 KB list lead-in
    items = "".join(f"* launch the service number {i} for the people\n" for i in range(16_000))
    (led / "review.txt").write_text(f"Report\nOctober 2013\n\n{lead}\n\n{items}", encoding="utf-8")
    made.append(
        (
            "`draft`: an English review whose 700 KB list lead-in has 16,000 items",
            led,
            ["-m", "planaudit", "draft", "plan.txt", "--review", "review.txt", "--force"],
        )
    )
    worded = folder / "draft-worded"
    worded.mkdir()
    goals = [
        "- help departments to transfer online publishing to the {t} portal",
        "- continue to operate and improve the {t} portal for departments",
        "- provide tools that help service teams meet the {t} standard",
        "- increase the scale of its team to support more {t} projects",
        "Departments will encourage policy teams to use digital tools to consult people on the {t} portal.",
        "Newly appointed Service Managers will be supported through a specialist {t} programme.",
    ]
    (worded / "plan.txt").write_text(
        "Plan 2013\n\nWe are already supporting 7 portal projects.\n\nCabinet Office will:\n\n"
        + "".join(goals[i % len(goals)].format(t=_word(i)) + "\n" for i in range(3_000)),
        encoding="utf-8",
    )
    deeds = "".join(
        f"{_word(i).upper()}\n\nWe improved the {_word(i)} portal page. We moved {i} department pages to the "
        f"{_word(i)} portal. GDS built tool {i} to help departments meet the {_word(i)} standard. Departments are "
        f"exploring digital tools for the {_word(i)} portal. For example, team {i} launched a portal page. We ran "
        f"the Service Manager {_word(i)} programme. We began work on {i + 8} {_word(i)} projects.\n\n"
        for i in range(3_000)
    )
    (worded / "review.txt").write_text(f"Report\nOctober 2013\n\n{deeds}", encoding="utf-8")
    made.append(
        (
            "`draft`: 3,000 English goals worded otherwise (help, improve, aims, examples, names, more) against a "
            "review of 21,000 such deeds under 3,000 headings",
            worded,
            ["-m", "planaudit", "draft", "plan.txt", "--review", "review.txt", "--force"],
        )
    )
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="a checkout of the old code (git worktree add DIR HEAD)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case and tree")
    parser.add_argument("--after", action=argparse.BooleanOptionalAction, default=True, help="measure this tree")
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args()
    limit = resource.getrlimit(resource.RLIMIT_AS)
    print(f"# {sys.version.split()[0]}, {os.cpu_count()} CPUs, address-space limit {limit[0]}")
    trees = ([("before", args.before)] if args.before else []) + ([("after", ROOT)] if args.after else [])
    with tempfile.TemporaryDirectory() as tmp:
        print("| case | " + " | ".join(f"{name} time | {name} peak RSS" for name, _ in trees) + " |")
        print("|---|" + "---:|---:|" * len(trees))
        for name, folder, argv in cases(Path(tmp)):
            if args.only not in name:
                continue
            cells = []
            for _, tree in trees:
                elapsed, rss, _ = _run(tree, argv, folder, args.timeout)
                cells += [elapsed, rss]
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
