"""Whether two source trees draft the same: `build` of every corpus plan, alone and with each of its reviews, as
written and repeated three times, compared byte for byte (the drafted targets.yaml and actuals.yaml).

python benchmarks/draft_identical.py OLD_SRC NEW_SRC     # e.g. a `git worktree add --detach` of main, then src/

Prints one line per build and exits 1 when any differs. For changes meant to be pure speed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from corpus_path import corpus

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = corpus()


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def drafts() -> dict[str, list[str]]:
    """Every build of the corpus with the planaudit on sys.path: name → [targets, actuals]."""
    try:
        from planaudit.drafting import Document, build
    except ImportError:  # a tree from before the drafting package, as an A/B baseline
        from planaudit.commands.draft import Document, build  # type: ignore[no-redef]

    out: dict[str, list[str]] = {}
    for name in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, name)
        if not os.path.isfile(os.path.join(folder, "plan.txt")):
            continue
        reviews = sorted(
            os.path.join(root, file)
            for root, _, files in os.walk(folder)
            for file in files
            if file.endswith(".txt") and file != "plan.txt"
        )
        text = _read(os.path.join(folder, "plan.txt"))
        for times in (1, 3):
            for review in [None, *reviews]:
                with tempfile.TemporaryDirectory() as target:
                    plan = Document(os.path.join(target, "plan.txt"), text * times)
                    other = Document(os.path.join(target, "review.txt"), _read(review)) if review else None
                    result = build(plan, target, review=other)
                label = os.path.relpath(review, folder) if review else "plan only"
                out[f"{name} ×{times}, {label}"] = [result.targets, result.actuals]
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--dump"]:
        json.dump(drafts(), sys.stdout, ensure_ascii=False)
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    runs = []
    for src in argv:
        env = {**os.environ, "PYTHONPATH": os.path.abspath(src)}
        done = subprocess.run([sys.executable, __file__, "--dump"], env=env, capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
    old, new = runs
    differ = 0
    for key in sorted(old.keys() | new.keys()):
        same = old.get(key) == new.get(key)
        differ += not same
        size = sum(len(part) for part in old.get(key, []))
        print(f"{'identical' if same else 'DIFFERENT'}  {key}  ({size:,} characters)")
    print(f"{len(old)} builds, {differ} different")
    return 1 if differ or not old else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
