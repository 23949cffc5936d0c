"""Speed of the reading layer on English text: figures, deadlines and sentences over 1, 2 and 4 MB, per MB.

python benchmarks/reader_english.py

The text is the English example's plan and review with Indian budget phrasing (lakh, crore, ₹, number words,
fiscal years, deadlines), repeated. Linear cost shows as a flat ms/MB from 1 to 4 MB; the floor is one
re.finditer pass over the same text, measured in the same run.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from planaudit.reading.figures import read_figures  # noqa: E402
from planaudit.reading.periods import read_deadlines  # noqa: E402
from planaudit.reading.scan import sentences  # noqa: E402

MEGABYTE = 1_000_000
REPEATS = 3
INDIAN = (
    "The total outlay on roads and railways will be ₹2,18,000 crore in 2016-17. A sum of ₹ 35,984 crore is set "
    "aside, and about 1 crore 50 lakh households below the poverty line will benefit. Four new projects will be "
    "taken up over the next two years, and forty two centres by March 2019. Credit of over ₹ 1 lakh crore, up to "
    "Rs.One lakh per family, one and a half times the level of FY2015-16. The fiscal deficit will be 3.5% of GDP "
    "in the current fiscal. Rs. 5 crore for 34,334 villages; 2000 colleges; the third largest economy by 2022.\n"
)


def corpus(size: int) -> str:
    """At least size bytes of English text."""
    example = ROOT / "examples" / "riverton-2024"
    documents = "\n".join(path.read_text(encoding="utf-8") for path in sorted(example.glob("*.txt"))) + INDIAN
    copies = size // len(documents.encode("utf-8")) + 1
    return "\n".join([documents] * copies)


def best_of(repeats: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    digits = re.compile(r"\d+")
    print(f"{'MB':>4} {'floor ms/MB':>12} {'figures ms/MB':>14} {'deadlines ms/MB':>16} {'sentences ms/MB':>16}")
    for size in (1, 2, 4):
        text = corpus(size * MEGABYTE)
        megabytes = len(text.encode("utf-8")) / MEGABYTE
        floor = best_of(REPEATS, lambda: sum(1 for _ in digits.finditer(text)))  # noqa: B023
        figures = best_of(REPEATS, lambda: read_figures(text))  # noqa: B023
        deadlines = best_of(REPEATS, lambda: read_deadlines(text))  # noqa: B023
        spans = best_of(REPEATS, lambda: sentences(text))  # noqa: B023
        row = [floor, figures, deadlines, spans]
        print(
            f"{megabytes:4.1f} "
            + " ".join(f"{t / megabytes * 1000:>{w}.1f}" for t, w in zip(row, (12, 14, 16, 16), strict=True))
        )


if __name__ == "__main__":
    main()
