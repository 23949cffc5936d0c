"""Where a big audit's memory goes: resident and peak memory after each stage of `check -f json -o`, in one process.

    python benchmarks/scale_memory.py 100000 [FOLDER]

Generates a synthetic audit of N goals (benchmarks/generate.py) into FOLDER (a temporary folder by default; an
audit already there is reused), then runs load + verify, score, document coverage and the JSON report written to
a file as `check` does, printing the process's resident set (VmRSS) and its peak so far (VmHWM) after each, and
the peak against the two input files' size. Linux only (/proc/self/status). Run it with PYTHONPATH=SRC to measure
another tree; a tree whose reporters have no pieces() renders the report whole, as its `check` did.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def memory() -> tuple[int, int]:
    """Resident and peak resident memory of this process, in MB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) // 1024
    return found["VmRSS"], found["VmHWM"]


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    if not (folder / "targets.yaml").exists():
        generate(size, folder)
    targets, actuals = folder / "targets.yaml", folder / "actuals.yaml"
    input_bytes = targets.stat().st_size + actuals.stat().st_size
    rows: list[tuple[str, int, int]] = [("start", *memory())]
    from planaudit import output, pipeline, report
    from planaudit.gates import gate
    from planaudit.report import Format, RenderOptions
    from planaudit.textsafe import safe_output
    from planaudit.yamlsafe import gc_paused

    rows.append(("imports", *memory()))
    audit = pipeline.load_audit(targets, actuals)
    rows.append(("load + verify", *memory()))
    scorecard = pipeline.score(audit, [])
    rows.append(("score (evaluate + lint)", *memory()))
    scorecard = pipeline.with_documents(scorecard, audit)
    rows.append(("document coverage", *memory()))
    options = RenderOptions(lang="en", gate=gate(scorecard, [], None, actuals_name=audit.actuals_path))
    destination = str(folder / "report.json")
    with gc_paused():
        if hasattr(report, "pieces"):
            from planaudit.textsafe import safe_pieces

            drawn = safe_pieces(report.pieces(Format.JSON, scorecard, options), "json")
            output.write_report(destination, drawn, protected=pipeline.inputs(audit))
        else:
            text = safe_output(report.render(Format.JSON, scorecard, options), "json")
            output.write_report(destination, text, protected=pipeline.inputs(audit))
    rows.append(("render json, written", *memory()))
    print(f"| stage ({size:,} goals, {input_bytes / 1e6:.1f} MB) | RSS after | peak so far |")
    print("|---|---:|---:|")
    for label, resident, peak in rows:
        print(f"| {label} | {resident} MB | {peak} MB |")
    print(f"\npeak {rows[-1][2]} MB = {rows[-1][2] * 1024 * 1024 / input_bytes:.1f}× the input")


if __name__ == "__main__":
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)
        sys.exit(0)
    main()
