"""A big audit's `check` with document coverage read in a second process, against the same in one process.

    python benchmarks/coverage_apart.py 10000 [--rounds 3]

On benchmarks/generate.py's audit of N goals, runs in this process what `check -f json` runs (load and verify,
score, document coverage, the json report), once on one core (pipeline.READ_APART above the documents' size) and
once with the documents read in a second process, alternating, and gives for each: wall time; CPU of this process;
CPU of the second process (RUSAGE_CHILDREN: it is reaped before the report); how long this process waited for the
second's coverage. On a machine with a CPU to spare, the wall time of the second way tends to the first process's
CPU plus its wait (the second process works meanwhile); on a busy machine both processes share what CPU there is, and
only the CPU columns mean much. Interpreter start-up and imports (the same both ways) are left out.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def _cpu(usage: Any) -> float:
    return float(usage.ru_utime + usage.ru_stime)


def once(targets: Path, apart: bool) -> tuple[float, float, float, float]:
    """(wall, CPU here, CPU of the second process, wait for it) of one check, json report drawn."""
    from planaudit import doc_coverage, pipeline
    from planaudit.report import Format, RenderOptions, pieces

    pipeline.READ_APART = 100_000 if apart else 1 << 62
    waited = [0.0]
    real = doc_coverage.CoverageWorker.result

    def result(self: Any) -> Any:
        start = time.perf_counter()
        try:
            return real(self)
        finally:
            waited[0] += time.perf_counter() - start

    doc_coverage.CoverageWorker.result = result  # type: ignore[method-assign]
    try:
        children = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN))
        here = _cpu(resource.getrusage(resource.RUSAGE_SELF))
        start = time.perf_counter()
        [(_, audit)] = pipeline.load_reviews(targets, targets.parent / "actuals.yaml", None, documents=True)
        if apart and audit.coverage is None:
            raise SystemExit("no second process: are the documents under READ_APART, or is there one CPU?")
        card = pipeline.with_documents(pipeline.score(audit, []), audit)
        for _ in pieces(Format.JSON, card, RenderOptions(lang="en")):
            pass
        wall = time.perf_counter() - start
        here = _cpu(resource.getrusage(resource.RUSAGE_SELF)) - here
        children = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN)) - children
    finally:
        doc_coverage.CoverageWorker.result = real  # type: ignore[method-assign]
    return wall, here, children, waited[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("goals", type=int)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import os

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows: dict[str, list[tuple[float, float, float, float]]] = {"one process": [], "documents apart": []}
    with tempfile.TemporaryDirectory() as tmp:
        targets, _ = generate(args.goals, Path(tmp))
        for _ in range(args.rounds):
            rows["one process"].append(once(targets, apart=False))
            rows["documents apart"].append(once(targets, apart=True))
    print(
        f"| {args.goals:,} goals, medians of {args.rounds} | wall | CPU, first process | CPU, second | CPU, both | ",
        end="",
    )
    print("first waited | first's CPU + wait |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, samples in rows.items():
        wall, here, child, wait = (statistics.median(s[i] for s in samples) for i in range(4))
        both = statistics.median(s[1] + s[2] for s in samples)
        path = statistics.median(s[1] + s[3] for s in samples)
        print(f"| {name} | {wall:.2f} s | {here:.2f} s | {child:.2f} s | {both:.2f} s | {wait:.2f} s | {path:.2f} s |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
