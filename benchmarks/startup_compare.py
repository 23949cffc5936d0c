"""Compare the start-up of `planaudit check` between source trees, in alternating runs on one machine.

python benchmarks/startup_compare.py [--bundled] RUNS NAME=ROOT [NAME=ROOT ...]

Each ROOT is a checkout (or a copy) of planaudit; its `src/` is put on PYTHONPATH and `check` runs in
its `tests/cases/base/` (with --bundled: on the bundled audit at its root), with the interpreter running this
script. Medians and minimums in ms. Used for
the note of issues #12/#18: `git worktree add /tmp/before REV`, or a copy of src/ with some rule kinds
left out of rules/__init__.py, against this tree.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import time


def main(argv: list[str]) -> None:
    bundled = argv[:1] == ["--bundled"]
    argv = argv[1:] if bundled else argv
    runs = int(argv[0])
    trees = dict(arg.split("=", 1) for arg in argv[1:])
    for root in trees.values():
        compileall.compile_dir(os.path.join(root, "src"), quiet=1)
    env0 = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {name: [] for name in trees}
    cpu: dict[str, list[float]] = {name: [] for name in trees}  # user + system time: steadier on a busy machine
    for _ in range(runs):
        for name, root in trees.items():
            env = {**env0, "PYTHONPATH": os.path.join(root, "src"), "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
            start = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(
                [sys.executable, "-m", "planaudit", "check"],
                cwd=root if bundled else os.path.join(root, "tests", "cases", "base"),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
            times[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    for name, samples in times.items():
        print(
            f"{name}: median {statistics.median(samples) * 1000:.1f} ms, min {min(samples) * 1000:.1f} ms; "
            f"CPU median {statistics.median(cpu[name]) * 1000:.1f} ms, min {min(cpu[name]) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
