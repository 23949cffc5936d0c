"""Where the start-up of `planaudit check` on the bundled audit goes: each stage timed in fresh processes.

    python benchmarks/startup_parts.py --runs 15 [--root TREE]

Each run is a new interpreter that times, in order: the stack's imports (typer, yaml, rich, pydantic and one
model: the floor), planaudit's own modules with the schema build (models, rules, facts), typer parsing the
command line into the check function, load + verify, evaluate + lint, document coverage, and rendering the table.
Medians of CPU time (the process's own, steadier than wall time on a shared machine) over the runs; the runs
alternate with a plain `planaudit check` (its CPU time: user + system), so both see the same machine load.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys, time
t = [time.process_time()]
import typer, yaml, rich.console, rich.table
from pydantic import BaseModel
class Floor(BaseModel):
    x: int
t.append(time.process_time())
import planaudit.models, planaudit.rules, planaudit.engine, planaudit.scorecard, planaudit.gates, planaudit.cli
t.append(time.process_time())
from planaudit import cli
class Stop(BaseException):
    pass
def load(*a, **k):
    t.append(time.process_time())
    raise Stop
cli._open = load  # the first step of check() after typer's parsing
from pathlib import Path
from planaudit.pipeline import load_audit, score, with_documents
from planaudit.report import Format, RenderOptions, render
try:  # as the entry point does: the app with the check command alone (app_for), where the tree has it
    getattr(cli, "app_for", lambda args: cli.app)(["check"])(["check"], standalone_mode=False)
except Stop:
    pass
a = load_audit(Path("targets.yaml"), Path("actuals.yaml")); t.append(time.process_time())
s = score(a, []); t.append(time.process_time())
s = with_documents(s, a); t.append(time.process_time())
render(Format.TABLE, s, RenderOptions()); t.append(time.process_time())
print(json.dumps([b - a for a, b in zip(t, t[1:])]))
"""
STAGES = ("stack imports + one model (floor)", "planaudit imports + schema build", "typer: parse to check()",
          "load + verify", "evaluate + lint", "document coverage", "render table")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to measure (its src/ and bundled audit)")
    args = parser.parse_args()
    root = args.root.resolve()
    env = {**os.environ, "PYTHONPATH": str(root / "src"), "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(root / "src", quiet=1)
    parts: list[list[float]] = []
    whole: list[float] = []
    cli = [sys.executable, "-m", "planaudit", "check"]
    for _ in range(args.runs + 1):  # the first round warms the file cache
        out = subprocess.run(
            [sys.executable, "-c", PROBE], cwd=root, env=env, capture_output=True, text=True, check=True
        )
        parts.append(json.loads(out.stdout.strip().splitlines()[-1]))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cli, cwd=root, env=env, capture_output=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        whole.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    parts, whole = parts[1:], whole[1:]
    for index, name in enumerate(STAGES):
        print(f"| {name} | {statistics.median(p[index] for p in parts) * 1000:.0f} ms |")
    print(f"| `planaudit check` as one process (alternating) | {statistics.median(whole) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
