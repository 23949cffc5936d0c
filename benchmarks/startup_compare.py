"""Compare the start-up of `planaudit check` between source trees and against the stack's import floor, in
alternating runs on one machine.

python benchmarks/startup_compare.py [--bundled] RUNS NAME=ROOT [NAME=ROOT ...]

Each ROOT is a checkout (or a copy) of planaudit; its `src/` is put on PYTHONPATH and `check` runs in
its `tests/cases/base/` (with --bundled: on the bundled audit at its root), with the interpreter running this
script. Each round also runs the floors, so that every ratio compares runs that saw the same machine load:
`floor` imports the stack (typer, yaml, rich.console and rich.table, pydantic's BaseModel) and builds one
pydantic model, as benchmarks/startup_parts.py does; `imports` is the same without the model and with a bare
`import pydantic` (which defers nearly all of pydantic); `floor-no-plugins` is `floor` with
PYDANTIC_DISABLE_PLUGINS=1, as planaudit's entry point sets it (pydantic then reads no distribution's entry points
for plugins); `python` is `python -c pass`. Medians and minimums in
ms, wall and CPU (user + system of the child: steadier on a busy machine); ratios are of medians to `floor`.
Used for the notes of issues #12/#18/#23/#24: `git worktree add --detach /tmp/before REV` against this tree.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import time

FLOORS = {
    "python": "pass",
    "imports": "import typer, yaml, rich.console, rich.table, pydantic",
    "floor": "import typer, yaml, rich.console, rich.table\nfrom pydantic import BaseModel\n\n\n"
    "class Floor(BaseModel):\n    x: int\n",
}


def main(argv: list[str]) -> None:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    bundled = argv[:1] == ["--bundled"]
    argv = argv[1:] if bundled else argv
    runs = int(argv[0])
    trees = dict(arg.split("=", 1) for arg in argv[1:])
    for root in trees.values():
        compileall.compile_dir(os.path.join(root, "src"), quiet=1)
    env0 = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYDANTIC_DISABLE_PLUGINS")
    }
    env0.update({"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""})
    commands: dict[str, tuple[list[str], str | None, dict[str, str]]] = {
        name: ([sys.executable, "-c", code], None, env0) for name, code in FLOORS.items()
    }
    commands["floor-no-plugins"] = (
        [sys.executable, "-c", FLOORS["floor"]],
        None,
        {**env0, "PYDANTIC_DISABLE_PLUGINS": "1"},
    )
    for name, root in trees.items():
        cwd = root if bundled else os.path.join(root, "tests", "cases", "base")
        env = {**env0, "PYTHONPATH": os.path.join(root, "src")}
        commands[name] = ([sys.executable, "-m", "planaudit", "check"], cwd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    loads = [os.getloadavg()[0]]
    for _ in range(runs + 1):  # the first round warms the file cache and is not counted
        for name, (command, cwd, env) in commands.items():
            start = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        loads.append(os.getloadavg()[0])
    floor_wall, floor_cpu = statistics.median(times["floor"][1:]), statistics.median(cpu["floor"][1:])
    print("| run | wall median | wall min | CPU median | CPU min | wall ÷ floor | CPU ÷ floor |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in commands:
        wall, used = times[name][1:], cpu[name][1:]
        print(
            f"| {name} | {statistics.median(wall) * 1000:.1f} ms | {min(wall) * 1000:.1f} ms | "
            f"{statistics.median(used) * 1000:.1f} ms | {min(used) * 1000:.1f} ms | "
            f"{statistics.median(wall) / floor_wall:.2f}× | {statistics.median(used) / floor_cpu:.2f}× |"
        )
    load = f"{min(loads):.1f}–{max(loads):.1f} (median {statistics.median(loads):.1f})"
    print(f"\n1-minute load average during the runs: {load}")


if __name__ == "__main__":
    main(sys.argv[1:])
