"""Measure planaudit against floors taken in the same run and write benchmarks/RESULTS.md.

    python3 dev.py bench                      # the default sizes: 10k and 100k goals
    python3 dev.py bench --sizes 1000,10000 --runs 5

Every figure is a median of runs that alternate with their floor, so both see the same machine
load. Nothing here is a test: the suite never times anything.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
PY = sys.executable
STACK = "import typer, yaml, rich.console, rich.table; from pydantic import BaseModel"
# pydantic loads its schema machinery when the first model class is built (~30 ms here): the
# issue's "pydantic ≈ 53 ms once models are built" counts that, so this floor does too.
STACK_MODEL = STACK + "\nclass Floor(BaseModel):\n    x: int"
RAW_PARSE = (
    "import gc, sys, yaml; gc.disable(); gc.freeze()\n"
    "for f in sys.argv[1:]:\n"
    "    yaml.load(open(f, encoding='utf-8').read(), Loader=yaml.CSafeLoader)"
)


@dataclass
class Sample:
    seconds: float
    max_rss_kib: int


def run_once(cmd: list[str], cwd: Path) -> Sample:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    # exit 1 is a failed gate, and also a Python that could not run the command at all
    if proc.returncode not in (0, 1) or "Traceback (most recent call last)" in stderr or "No module named" in stderr:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr}")
    return Sample(elapsed, usage.ru_maxrss)


def alternate(commands: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, list[Sample]]:
    """Run each command once per round, in turn, so noise hits all of them alike."""
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for cmd in commands.values():  # one warm-up each: file cache, .pyc files
        run_once(cmd, cwd)
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(run_once(cmd, cwd))
    return samples


def median(samples: list[Sample]) -> float:
    return statistics.median(s.seconds for s in samples)


def planaudit_cmd() -> list[str]:
    script = Path(PY).with_name("planaudit")
    return [str(script)] if script.exists() else [PY, "-m", "planaudit"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="goal counts for the scaling runs")
    parser.add_argument("--runs", type=int, default=15, help="rounds for the start-up figures")
    parser.add_argument("--big-runs", type=int, default=2, help="rounds for the scaling figures")
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate import generate

    planaudit = planaudit_cmd()
    rows: list[tuple[str, str, str, str]] = []
    # pip compiles bytecode when it installs a package; an editable install under
    # PYTHONDONTWRITEBYTECODE (set on this workplace's machines) never gets any, and would pay for
    # compiling its sources on every run while the floor's packages do not.
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("planaudit")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)

    startup = alternate(
        {
            "pass": [PY, "-c", "pass"],
            "stack": [PY, "-c", STACK],
            "stack_model": [PY, "-c", STACK_MODEL],
            "check": [*planaudit, "check"],
            "typer": [PY, "-c", "import typer"],
            "version": [*planaudit, "--version"],
        },
        args.runs,
        ROOT,
    )
    m = {name: median(s) for name, s in startup.items()}
    rows.append(("`python -c pass`", f"{m['pass'] * 1000:.0f} ms", "", ""))
    rows.append(("import floor: typer, yaml, rich.console/table, pydantic", f"{m['stack'] * 1000:.0f} ms", "", ""))
    rows.append(("the same floor with one pydantic model built", f"{m['stack_model'] * 1000:.0f} ms", "", ""))
    check = f"{m['check'] * 1000:.0f} ms"
    ratios = f"{m['check'] / m['stack']:.2f}× import floor, {m['check'] / m['stack_model']:.2f}× with a model"
    rows.append(("`planaudit check` (bundled audit)", check, ratios, "≤ 1.15×"))
    rows.append(("`python -c 'import typer'`", f"{m['typer'] * 1000:.0f} ms", "", ""))
    ratio = m["version"] / m["typer"]
    rows.append(("`planaudit --version`", f"{m['version'] * 1000:.0f} ms", f"{ratio:.2f}× import typer", "≤ 1.2×"))

    per_goal: dict[int, float] = {}
    for size in (int(s) for s in args.sizes.split(",") if s):
        folder = DATA / str(size)
        if folder.exists():
            shutil.rmtree(folder)
        targets, actuals = generate(size, folder)
        input_bytes = targets.stat().st_size + actuals.stat().st_size
        out = folder / "report.json"
        samples = alternate(
            {
                "parse": [PY, "-c", RAW_PARSE, str(targets), str(actuals)],
                "audit": [*planaudit, "check", "-t", str(targets), "-a", str(actuals), "-f", "json", "-o", str(out)],
            },
            args.big_runs,
            ROOT,
        )
        parse, audit = median(samples["parse"]), median(samples["audit"])
        rss = max(s.max_rss_kib for s in samples["audit"]) * 1024
        per_goal[size] = audit / size
        label = f"{size:,} goals ({input_bytes / 1e6:.1f} MB)"
        rows.append((f"raw CSafeLoader parse, gc frozen: {label}", f"{parse:.2f} s", "", ""))
        rows.append((f"`planaudit check -f json`: {label}", f"{audit:.2f} s", f"{audit / parse:.2f}× parse", "≤ 1.3×"))
        rows.append((f"peak RSS: {label}", f"{rss / 1e6:.0f} MB", f"{rss / input_bytes:.1f}× input", "≤ 35×"))
    sizes = sorted(per_goal)
    if len(sizes) >= 2:
        small, big = sizes[0], sizes[-1]
        ratio = per_goal[big] / per_goal[small]
        cost = f"{per_goal[big] * 1e6:.0f} µs"
        rows.append((f"per-goal cost, {big:,} vs {small:,} goals", cost, f"{ratio:.2f}×", "≤ 1.3×"))

    import pydantic
    import rich
    import typer
    import yaml

    command = "python3 dev.py bench " + " ".join(sys.argv[1:])
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC with `{command.strip()}`.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"typer {typer.__version__}, pydantic {pydantic.VERSION}, rich {_version(rich)}, PyYAML {yaml.__version__} "
        f"(libyaml: {yaml.__with_libyaml__}).",
        "",
        f"Start-up figures are medians of {args.runs} alternating runs; scaling figures of {args.big_runs}. "
        "planaudit's bytecode is compiled first, as pip does on install.",
        "",
        "| measure | value | ratio | goal |",
        "|---|---:|---:|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
    ]
    Path(args.output).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _version(module: object) -> str:
    from importlib.metadata import version

    return version(getattr(module, "__name__", "rich"))


if __name__ == "__main__":
    main()
