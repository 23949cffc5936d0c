"""Where a big audit's time goes: CPU seconds of each stage of `check`, in one process.

    python benchmarks/scale_stages.py 10000

Generates a synthetic audit of N goals (benchmarks/generate.py), then runs load (YAML, validation),
verify (quotes, numbers), score, document coverage and the JSON rendering as `check -f json` does, each
timed by wrapping the function that does it. CPU time (time.process_time), so other load on the machine
counts less; peak RSS of this process at the end. Stages nest: "verify" is inside "load + verify".
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

TIMES: dict[str, float] = {}
YAML, VERIFY, QUOTES, NUMBERS = "  YAML (libyaml events to plain values)", "  verify", "    quotes", "    numbers"
SCANS, SILENCES = "  scanning the plan and each silent goal's quote", "  silences"
INNER = {"load + verify": (YAML, VERIFY, QUOTES, NUMBERS), "document coverage": (SCANS, SILENCES)}


def timed(owner: Any, name: str, label: str) -> None:
    real: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            TIMES[label] = TIMES.get(label, 0.0) + time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    from planaudit import doc_coverage, pipeline, verify, yamlsafe
    from planaudit.report import Format, RenderOptions, render

    timed(yamlsafe, "load", YAML)
    timed(verify._CrossCheck, "run", VERIFY)
    timed(verify._CrossCheck, "_quote", QUOTES)
    timed(verify._CrossCheck, "_number", NUMBERS)
    timed(doc_coverage, "scan", SCANS)
    timed(doc_coverage, "_silence", SILENCES)
    with tempfile.TemporaryDirectory() as tmp:
        targets, actuals = generate(size, Path(tmp))
        steps: list[tuple[str, Callable[[], Any]]] = []
        state: dict[str, Any] = {}
        steps.append(("load + verify", lambda: state.update(audit=pipeline.load_audit(targets, actuals))))
        steps.append(("score (evaluate + lint)", lambda: state.update(card=pipeline.score(state["audit"], []))))
        steps.append(
            ("document coverage", lambda: state.update(card=pipeline.with_documents(state["card"], state["audit"])))
        )
        steps.append(("render json", lambda: render(Format("json"), state["card"], RenderOptions(lang="en"))))
        rows: list[tuple[str, float]] = []
        for label, step in steps:
            start = time.process_time()
            step()
            rows.append((label, time.process_time() - start))
            rows += [(inner, TIMES.get(inner, 0.0)) for inner in INNER.get(label, ())]
    print(f"| stage ({size:,} goals) | CPU s |")
    print("|---|---:|")
    for label, seconds in rows:
        print(f"| {label.replace('  ', '· ')} | {seconds:.2f} |")
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)
        sys.exit(0)
    main()
