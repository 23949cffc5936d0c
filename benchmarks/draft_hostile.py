"""`draft` on plans of hostile shapes, each at a size and at four times it: the cost must stay linear (4x, not 16x).

    .venv/bin/python benchmarks/draft_hostile.py [--before OLD_SRC] [--only TEXT] [--timeout SECONDS]

Each case is a plan-only `build` in a fresh process (CPU seconds of the build alone, the text made before the clock
starts), first at its size, then at four times it; a case past the timeout prints ">N s". --before runs each case with
an older tree too (PYTHONPATH=OLD_SRC), in turn with this one. Measured, not asserted: speed belongs in benchmarks/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_path import corpus  # noqa: E402

CORPUS = corpus()
MB = 1_000_000


def _plan(name: str) -> str:
    with open(os.path.join(CORPUS, name, "plan.txt"), encoding="utf-8") as handle:
        return handle.read()


def _to_size(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode()) + 1)


# Each case: a name and how its text is made at `scale` (1 or 4).
CASES = {
    "English plan on one line (1 MB)": lambda scale: _to_size(
        " ".join(_plan("en-india-budget-2016-17").split()) + " ", scale * MB
    ),
    "Chinese plan on one line (1 MB)": lambda scale: _to_size("".join(_plan("zh-gwr-2016").split()), scale * MB),
    "25,000 tiny English sentences, each a target": lambda scale: "".join(
        f"Build {i % 90 + 10} parks. " for i in range(25_000 * scale)
    ),
    "25,000 tiny Chinese sentences, each a target": lambda scale: "".join(
        f"新建公园{i % 90 + 10}个。" for i in range(25_000 * scale)
    ),
    "12,500 copies of one English pledge": lambda scale: (
        "We will build 500 new homes in the city by 2020.\n" * (12_500 * scale)
    ),
    "12,500 copies of one Chinese pledge": lambda scale: "全年新增城镇就业1100万人以上。\n" * (12_500 * scale),
    "one English sentence of 25,000 clauses, a figure in each": lambda scale: (
        "We will " + ", ".join(f"open {i % 90 + 10} clinics" for i in range(25_000 * scale)) + ".\n"
    ),
    "one Chinese sentence of 25,000 clauses, a figure in each": lambda scale: (
        "今年要" + "，".join(f"新建学校{i % 90 + 10}所" for i in range(25_000 * scale)) + "。\n"
    ),
}

_CHILD = """
import os, sys, tempfile, time
sys.path.insert(0, {bench!r})
import draft_hostile
try:
    from planaudit.drafting import Document, build
except ImportError:  # a tree from before the drafting package, as an A/B baseline
    from planaudit.commands.draft import Document, build  # type: ignore[no-redef]
from planaudit.errors import UsageError
text = draft_hostile.CASES[{case!r}]({scale})
with tempfile.TemporaryDirectory() as out:
    started = time.process_time()
    try:
        build(Document(os.path.join(out, "plan.txt"), text), out)
    except UsageError:
        pass
    print(time.process_time() - started, len(text.encode()))
"""


def _run(src: str, case: str, scale: int, timeout: float) -> tuple[float | None, int]:
    env = {**os.environ, "PYTHONPATH": src, "PLANAUDIT_CORPUS": CORPUS}
    code = _CHILD.format(bench=os.path.dirname(os.path.abspath(__file__)), case=case, scale=scale)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=timeout, check=True
        )
    except subprocess.TimeoutExpired:
        return None, 0
    seconds, size = done.stdout.split()
    return float(seconds), int(size)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", help="an older tree's src/ to measure in turn with this one")
    parser.add_argument("--only", default="", help="only the cases whose name holds this text")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per build")
    args = parser.parse_args(argv)
    trees = ([("before", args.before)] if args.before else []) + [("now", os.path.join(ROOT, "src"))]
    head = "| case | " + " | ".join(f"{name} 1× CPU s | {name} 4× CPU s | {name} 4×/1×" for name, _ in trees) + " |"
    print(f"# {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, load {os.getloadavg()[0]:.1f}")
    print(head)
    print("|---|" + "---:|---:|---:|" * len(trees))
    for case in CASES:
        if args.only not in case:
            continue
        cells = []
        for _, src in trees:
            small, size = _run(src, case, 1, args.timeout)
            large, large_size = _run(src, case, 4, args.timeout)
            fmt = [f"{x:.2f}" if x is not None else f">{args.timeout:.0f}" for x in (small, large)]
            ratio = f"{large / small:.2f}" if small and large else "—"
            cells += [f"{fmt[0]} ({size / MB:.1f} MB)", f"{fmt[1]} ({large_size / MB:.1f} MB)", ratio]
        print(f"| {case} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
