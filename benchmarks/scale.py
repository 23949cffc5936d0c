"""A big audit against the raw libyaml parse of its two files, measured in the same alternating rounds.

    python benchmarks/scale.py --sizes 10000,100000 --runs 3

For each size, a synthetic audit (benchmarks/generate.py) is checked as a whole process
(`planaudit check -t … -f json -o …`) in turn with the floor, `yaml.load(…, Loader=yaml.CSafeLoader)`
of targets.yaml and actuals.yaml (gc frozen); figures are medians. Wall time and CPU time (user +
system of the child) are both given: on a shared machine CPU time is the steadier. Peak RSS is the
audit's largest, against the two files' size. Per-goal cost is compared between the smallest and
largest size: a cost that stays linear gives about 1.0×. With --before SRC, the same check is also run with
PYTHONPATH=SRC (another tree's src/, e.g. a detached worktree of an earlier commit) in the same rounds.

What a check reads of a big text is kept between runs (documents/kept.py) in the user's cache folder. Each check here
has one of the benchmark's own (XDG_CACHE_HOME), never the user's: with --cache cold (the default: a first check, as
issue #24's figure and every earlier section measure it) a new empty one for every run; with --cache warm one filled by
an unmeasured run first, as for an audit checked again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from run import PY, RAW_PARSE, planaudit_cmd  # noqa: E402


class Sample(NamedTuple):
    wall: float
    cpu: float
    max_rss_kib: int


def run_once(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, writes: Path | None = None) -> Sample:
    """One timed run; a check (writes: its -o report) must write its report, or the run measured nothing: exit 1 is
    a failed gate, and also a Python that cannot import planaudit."""
    if writes is not None:
        writes.unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if code not in (0, 1) or (writes is not None and not writes.is_file()):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{stderr}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", metavar="SRC", help="also check with PYTHONPATH=SRC, in the same rounds")
    parser.add_argument("--cache", choices=("warm", "cold"), default="cold", help="what each check finds kept")
    args = parser.parse_args()
    envs: dict[str, dict[str, str] | None] = {"parse": None, "check": {**os.environ}}
    if args.before:
        envs["before"] = {**os.environ, "PYTHONPATH": str(Path(args.before).resolve())}
    cli = planaudit_cmd()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; cache {args.cache}")
    print("| goals (input) | tree | floor wall | check wall | ratio | floor CPU | check CPU | ratio | ", end="")
    print("peak RSS | × input |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    per_goal: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",") if s):
            folder = Path(tmp) / str(size)
            targets, actuals = generate(size, folder)
            size_bytes = targets.stat().st_size + actuals.stat().st_size
            commands = {
                "parse": [PY, "-c", RAW_PARSE, str(targets), str(actuals)],
                "check": [*cli, "check", "-t", str(targets), "-f", "json", "-o", str(folder / "report.json")],
            }
            if args.before:
                commands["before"] = commands["check"]
            samples: dict[str, list[Sample]] = {name: [] for name in commands}
            caches = folder / "caches"
            for name in ("check", "before"):
                if name in commands:  # the benchmark's own cache folder, filled by an unmeasured run if warm
                    envs[name] = {**(envs[name] or {}), "XDG_CACHE_HOME": str(caches / name)}
                    if args.cache == "warm":
                        run_once(commands[name], folder, envs[name], folder / "report.json")
            for _ in range(args.runs):
                for name, cmd in commands.items():
                    report = None if name == "parse" else folder / "report.json"
                    if name != "parse" and args.cache == "cold":
                        shutil.rmtree(caches / name, ignore_errors=True)
                    samples[name].append(run_once(cmd, folder, envs[name], report))
            wall = {n: statistics.median(s.wall for s in v) for n, v in samples.items()}
            cpu = {n: statistics.median(s.cpu for s in v) for n, v in samples.items()}
            per_goal[size] = cpu["check"] / size
            for tree in ("before", "check") if args.before else ("check",):
                rss = max(s.max_rss_kib for s in samples[tree]) * 1024
                print(
                    f"| {size:,} ({size_bytes / 1e6:.1f} MB) | {'before' if tree == 'before' else 'this'} "
                    f"| {wall['parse']:.2f} s | {wall[tree]:.2f} s | {wall[tree] / wall['parse']:.2f}× "
                    f"| {cpu['parse']:.2f} s | {cpu[tree]:.2f} s | {cpu[tree] / cpu['parse']:.2f}× "
                    f"| {rss / 1e6:.0f} MB | {rss / size_bytes:.1f}× |",
                    flush=True,
                )
            shutil.rmtree(folder)
    sizes = sorted(per_goal)
    if len(sizes) >= 2:
        small, big = sizes[0], sizes[-1]
        print(
            f"\nper-goal CPU, {big:,} vs {small:,} goals: {per_goal[big] * 1e6:.0f} vs {per_goal[small] * 1e6:.0f} µs "
            f"({per_goal[big] / per_goal[small]:.2f}×)"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
