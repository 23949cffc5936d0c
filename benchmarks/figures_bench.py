"""Speed of the number reader: read_figures over 1 MB of the bundled documents, against one re.finditer pass."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from planaudit.reading.figures import read_figures  # noqa: E402

MEGABYTE = 1_000_000
REPEATS = 5


def corpus(size: int) -> str:
    """At least size bytes of UTF-8 text: the three documents in sources/, repeated."""
    documents = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "sources").glob("0*.txt")))
    copies = size // len(documents.encode("utf-8")) + 1
    return "\n".join([documents] * copies)


def best_of(repeats: int, action: object) -> float:
    assert callable(action)
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    text = corpus(MEGABYTE)
    megabytes = len(text.encode("utf-8")) / MEGABYTE
    digits = re.compile(r"\d+")
    floor = best_of(REPEATS, lambda: sum(1 for _ in digits.finditer(text)))
    reader = best_of(REPEATS, lambda: read_figures(text))
    figures = len(read_figures(text))
    print(f"text: {megabytes:.2f} MB, {len(text):,} characters, {figures:,} figures")
    print(f"floor  re.finditer(r'\\d+'): {floor / megabytes * 1000:8.1f} ms/MB")
    print(f"read_figures:              {reader / megabytes * 1000:8.1f} ms/MB  ({reader / floor:.1f}x the floor)")


if __name__ == "__main__":
    main()
