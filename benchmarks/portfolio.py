"""A portfolio of many 100-goal audits against one 100-goal audit: time per goal, in alternating runs.

    python benchmarks/portfolio.py --audits 3000 --runs 3

One 100-goal audit is `planaudit check -t one/targets.yaml -f json` (a whole process: start-up included);
the portfolio is `planaudit check many/ -f json` over AUDITS copies of it (one command, processes on every
core). Both run in turn, RUNS rounds, so machine load hits them alike; the figures are medians.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from run import alternate, planaudit_cmd  # noqa: E402

GOALS = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audits", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(GOALS, work / "one")
        for index in range(args.audits):
            shutil.copytree(work / "one", work / "many" / f"a{index:05d}")
        cli = planaudit_cmd()
        commands = {
            "one": [*cli, "check", "-t", "one/targets.yaml", "-f", "json"],
            "many": [*cli, "check", "many", "-f", "json"],
        }
        samples = alternate(commands, args.runs, work)
    one = statistics.median(s.seconds for s in samples["one"])
    many = statistics.median(s.seconds for s in samples["many"])
    rss = max(s.max_rss_kib for s in samples["many"]) / 1024
    per_one, per_many = one / GOALS * 1e6, many / (GOALS * args.audits) * 1e6
    print(f"one {GOALS}-goal audit: {one:.3f} s ({per_one:.0f} µs per goal)")
    print(
        f"portfolio of {args.audits} audits ({GOALS * args.audits:,} goals): {many:.2f} s ({per_many:.0f} µs per goal)"
    )
    print(
        f"ratio per goal, portfolio ÷ one audit: {per_many / per_one:.2f}× (goal ≤ 1.2×); "
        f"peak RSS of the parent process {rss:.0f} MB"
    )


if __name__ == "__main__":
    main()
