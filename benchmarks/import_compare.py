"""Self import time of planaudit's modules in `planaudit check` between source trees, from `python -X importtime`
in alternating runs (each tree's src/ on PYTHONPATH, check run at the tree's root: the bundled audit).

python benchmarks/import_compare.py RUNS NAME=ROOT [NAME=ROOT ...] [--prefix planaudit.reading]

Medians in µs per module whose name starts with the prefix, and their total; the first round is not counted.
"""

from __future__ import annotations

import compileall
import os
import re
import statistics
import subprocess
import sys

_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|\s+(\S.*)$")


def main(argv: list[str]) -> int:
    prefix = "planaudit.reading"
    if "--prefix" in argv:
        at = argv.index("--prefix")
        prefix, argv = argv[at + 1], argv[:at] + argv[at + 2 :]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    runs, trees = int(argv[0]), dict(arg.split("=", 1) for arg in argv[1:])
    for root in trees.values():  # bytecode written once, so no run pays for compiling (PYTHONDONTWRITEBYTECODE)
        compileall.compile_dir(os.path.join(root, "src"), quiet=1)
    times: dict[str, dict[str, list[int]]] = {name: {} for name in trees}
    for round_ in range(runs + 1):
        for name, root in trees.items():
            env = {**os.environ, "PYTHONPATH": os.path.join(root, "src"), "NO_COLOR": "1"}
            done = subprocess.run(
                [sys.executable, "-X", "importtime", "-m", "planaudit", "check"],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if round_ == 0:
                continue
            total = 0
            for line in done.stderr.splitlines():
                match = _LINE.match(line)
                if match and match.group(2).strip().startswith(prefix):
                    times[name].setdefault(match.group(2).strip(), []).append(int(match.group(1)))
                    total += int(match.group(1))
            times[name].setdefault(f"total {prefix}*", []).append(total)
    modules = sorted(set().union(*(found.keys() for found in times.values())))
    print(f"| module (self µs, median of {runs}) | " + " | ".join(trees) + " |")
    print("|---|" + "---:|" * len(trees))
    for module in modules:
        cells = (str(int(statistics.median(times[name].get(module, [0])))) for name in trees)
        print(f"| {module} | " + " | ".join(cells) + " |")
    print(f"\n1-minute load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
