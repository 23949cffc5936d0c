"""Whether `planaudit draft PLAN --review REVIEW` stays linear: a plan and its review copied 1× and 4× (each copy's
numbers changed, so no goal repeats another's quote), drafted alone (the floor, measured in the same run) and with
the review; the review's cost is the difference.

Run from the repository root:

    .venv/bin/python benchmarks/draft_review_speed.py              # en-india-budget-2016-17 and zh-gwr-2016
    .venv/bin/python benchmarks/draft_review_speed.py --rounds 5   # best of 5 alternating rounds (default 3)

Then the bundled audit's plan, review and prior-year document (sources/ at the root) 16× and 64×: drafted with the
review (the floor) and with the baseline too; the baseline's cost is the difference.

CPU seconds of this process, the best of the rounds (the machine is shared: the best is the steadiest). Linear:
the review's cost at 4× is about four times its cost at 1×.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time

from corpus_path import corpus

CORPUS = corpus()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = ("en-india-budget-2016-17", "zh-gwr-2016")
_NUMBER = re.compile(r"(?<![0-9])[0-9]+(?![0-9])")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def copies(text: str, times: int) -> str:
    """The text `times` times, copy k with every number but a year raised by k."""

    def shifted(k: int) -> str:
        if k == 0:
            return text
        return _NUMBER.sub(lambda m: m.group() if _YEAR.fullmatch(m.group()) else str(int(m.group()) + k), text)

    return "\n\n".join(shifted(k) for k in range(times))


def cpu(plan: str, review: str | None, baseline: str | None = None) -> float:
    try:
        from planaudit.drafting import Document, build
    except ImportError:  # a tree from before the drafting package, as an A/B baseline
        from planaudit.commands.draft import Document, build  # type: ignore[no-redef]

    with tempfile.TemporaryDirectory() as out:
        started = time.process_time()
        build(
            Document(os.path.join(out, "plan.txt"), plan),
            out,
            review=Document(os.path.join(out, "review.txt"), review) if review is not None else None,
            baseline=Document(os.path.join(out, "baseline.txt"), baseline) if baseline is not None else None,
        )
        return time.process_time() - started


def bundled() -> tuple[str, str, str]:
    """The bundled audit's plan, review and baseline texts, by the roles targets.yaml gives its sources."""
    import yaml

    with open(os.path.join(ROOT, "targets.yaml"), encoding="utf-8") as handle:
        sources = yaml.safe_load(handle)["sources"]
    by_role = {source["role"]: _read(os.path.join(ROOT, source["path"])) for source in sources.values()}
    return by_role["plan"], by_role["review"], by_role["baseline"]


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
    print("| pair | copies | plan KB | review KB | plan only (floor) s | with review s | review's cost s |")
    print("|---|---|---|---|---|---|---|")
    for pair in PAIRS:
        plan, review = _read(os.path.join(CORPUS, pair, "plan.txt")), _read(os.path.join(CORPUS, pair, "review.txt"))
        cost: dict[int, float] = {}
        for times in (1, 4):
            p, r = copies(plan, times), copies(review, times)
            floor = with_review = float("inf")
            for _ in range(rounds):  # alternating, so a busy spell hits both
                floor = min(floor, cpu(p, None))
                with_review = min(with_review, cpu(p, r))
            cost[times] = with_review - floor
            print(
                f"| {pair} | {times}× | {len(p.encode()) // 1000} | {len(r.encode()) // 1000} | {floor:.2f} | "
                f"{with_review:.2f} | {cost[times]:.2f} |"
            )
        print(f"| {pair} | 4× / 1× | | | | | {cost[4] / cost[1]:.1f} |")
    plan, review, baseline = bundled()
    print()
    print("| bundled audit | copies | baseline KB | plan + review (floor) s | with baseline s | baseline's cost s |")
    print("|---|---|---|---|---|---|")
    for times in (16, 64):
        p, r, b = copies(plan, times), copies(review, times), copies(baseline, times)
        floor = with_baseline = float("inf")
        for _ in range(rounds):
            floor = min(floor, cpu(p, r))
            with_baseline = min(with_baseline, cpu(p, r, b))
        print(
            f"| plan + review + baseline | {times}× | {len(b.encode()) // 1000} | {floor:.2f} | {with_baseline:.2f} | "
            f"{with_baseline - floor:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
