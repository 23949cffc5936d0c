"""Memory of `check` with every process it starts: the peak of their summed RSS and PSS, sampled.

    python benchmarks/tree_memory.py 100000 [--before SRC]

A big audit reads its documents in a second process (pipeline.READ_APART): the peak RSS that wait4 gives is the larger
process's, not both. This samples /proc every 50 ms while `check -f json -o …` runs on benchmarks/generate.py's audit
of N goals: RSS summed over the processes counts the pages they share twice (an upper bound), PSS shares them out (the
memory they take together). Linux only. With --before SRC, the same with PYTHONPATH=SRC, in turn.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from run import planaudit_cmd  # noqa: E402


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        each = todo.pop()
        found.append(each)
        with contextlib.suppress(OSError):  # gone meanwhile
            todo += [int(c) for c in Path(f"/proc/{each}/task/{each}/children").read_text().split()]
    return found


def _memory(pid: int) -> tuple[int, int, int]:
    """(processes, RSS kB summed, PSS kB summed) of the process and its descendants."""
    rss = pss = count = 0
    for each in _tree(pid):
        try:
            lines = Path(f"/proc/{each}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        fields = {line.split(":")[0]: line.split()[1] for line in lines[1:] if ":" in line}
        rss += int(fields.get("Rss", 0))
        pss += int(fields.get("Pss", 0))
        count += 1
    return count, rss, pss


def measure(cmd: list[str], env: dict[str, str] | None) -> tuple[int, int, int]:
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    most = (0, 0, 0)
    while process.poll() is None:
        count, rss, pss = _memory(process.pid)
        most = (max(most[0], count), max(most[1], rss), max(most[2], pss))
        time.sleep(0.05)
    if process.returncode not in (0, 1):
        raise SystemExit(
            f"check failed ({process.returncode}): {process.stderr.read().decode() if process.stderr else ''}"
        )
    return most


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("goals", type=int)
    parser.add_argument("--before", metavar="SRC")
    args = parser.parse_args()
    trees: dict[str, dict[str, str] | None] = {"this": None}
    if args.before:
        trees["before"] = {**os.environ, "PYTHONPATH": str(Path(args.before).resolve())}
    with tempfile.TemporaryDirectory() as tmp:
        targets, actuals = generate(args.goals, Path(tmp))
        size = targets.stat().st_size + actuals.stat().st_size
        cmd = [*planaudit_cmd(), "check", "-t", str(targets), "-f", "json", "-o", str(Path(tmp) / "report.json")]
        print("| goals (input) | tree | processes | peak RSS, summed | × input | peak PSS, summed | × input |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for name, env in trees.items():
            count, rss, pss = measure(cmd, env)
            print(
                f"| {args.goals:,} ({size / 1e6:.1f} MB) | {name} | {count} | {rss / 1024:.0f} MB | "
                f"{rss * 1024 / size:.1f}× | {pss / 1024:.0f} MB | {pss * 1024 / size:.1f}× |"
            )


if __name__ == "__main__":
    main()
