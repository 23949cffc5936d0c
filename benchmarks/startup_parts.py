"""Where the start-up of `planaudit check` on the bundled audit goes: each stage timed in fresh processes.

    python benchmarks/startup_parts.py --runs 15

Each run is a new interpreter that times, in order: the stack's imports (typer, yaml, rich, pydantic and one
model: the floor), planaudit's own modules with the schema build (models, rules, facts), typer parsing the
command line into the check function, load + verify, evaluate + lint, document coverage, and rendering the table.
Medians over the runs; the runs alternate with a plain `planaudit check`, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys, time
t = [time.perf_counter()]
import typer, yaml, rich.console, rich.table
from pydantic import BaseModel
class Floor(BaseModel):
    x: int
t.append(time.perf_counter())
import planaudit.models, planaudit.rules, planaudit.engine, planaudit.scorecard, planaudit.gates, planaudit.cli
t.append(time.perf_counter())
from planaudit import cli
class Stop(BaseException):
    pass
def load(*a, **k):
    t.append(time.perf_counter())
    raise Stop
cli._load = load
from pathlib import Path
from planaudit.pipeline import load_audit, score, with_documents
from planaudit.report import Format, RenderOptions, render
try:
    cli.app(["check"], standalone_mode=False)
except Stop:
    pass
a = load_audit(Path("targets.yaml"), Path("actuals.yaml")); t.append(time.perf_counter())
s = score(a, []); t.append(time.perf_counter())
s = with_documents(s, a); t.append(time.perf_counter())
render(Format.TABLE, s, RenderOptions()); t.append(time.perf_counter())
print(json.dumps([b - a for a, b in zip(t, t[1:])]))
"""
STAGES = ("stack imports + one model (floor)", "planaudit imports + schema build", "typer: parse to check()",
          "load + verify", "evaluate + lint", "document coverage", "render table")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    parts: list[list[float]] = []
    whole: list[float] = []
    cli = [str(Path(sys.executable).with_name("planaudit")), "check"]
    for _ in range(args.runs + 1):  # the first round warms the file cache
        out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
        parts.append(json.loads(out.stdout.strip().splitlines()[-1]))
        start = time.perf_counter()
        subprocess.run(cli, cwd=ROOT, capture_output=True, check=False)
        whole.append(time.perf_counter() - start)
    parts, whole = parts[1:], whole[1:]
    for index, name in enumerate(STAGES):
        print(f"| {name} | {statistics.median(p[index] for p in parts) * 1000:.0f} ms |")
    print(f"| `planaudit check` as one process (alternating) | {statistics.median(whole) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
