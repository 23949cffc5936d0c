"""Hostile sizes inside the default limits (issue #11): time and peak memory of each case, with a timeout."""

from __future__ import annotations

import argparse
import os
import random
import resource
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
    wrap = ["-c", "from planaudit.report.grid import wrap; wrap('x' * 5_000_000, 30)"]
    made.append(("wrapping a 5 MB title with no spaces (grid.wrap)", folder, wrap))
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
