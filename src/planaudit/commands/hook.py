"""The pre-commit hook: audit the folder of every changed targets, actuals or source file, each on its own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable

from planaudit.textsafe import one_line

INPUT_NAMES = frozenset({"targets.yaml", "targets.yml", "actuals.yaml", "actuals.yml"})


def audit_folders(paths: Iterable[str]) -> list[str]:
    """The folders holding an audit touched by these changed files, in a stable order.

    `plans/2024/actuals.yaml` → `plans/2024`; `plans/2024/sources/review.txt` → `plans/2024`.
    """
    found: dict[str, None] = {}
    for path in paths:
        parts = os.path.normpath(path).split(os.sep)
        if parts[-1] in INPUT_NAMES:
            found[os.path.join(*parts[:-1]) if len(parts) > 1 else "."] = None
        elif "sources" in parts[:-1]:
            at = len(parts) - 1 - parts[::-1].index("sources")
            found[os.path.join(*parts[:at]) if at else "."] = None
    return list(found)


def _input(folder: str, stem: str) -> str:
    for extension in ("yaml", "yml"):
        candidate = os.path.join(folder, f"{stem}.{extension}")
        if os.path.isfile(candidate):
            return candidate
    return os.path.join(folder, f"{stem}.yaml")


def run(command: str, arguments: list[str]) -> int:
    """Run `planaudit COMMAND` for each audit folder among the arguments; the worst exit code wins (2 > 1 > 0).

    Arguments that name existing files are the changed files pre-commit passes; the others are
    options for the command. On GitHub Actions, check reports as annotations; elsewhere as the table.
    """
    files = [a for a in arguments if os.path.isfile(a)]
    options = [a for a in arguments if a not in files]
    worst = 0
    for folder in audit_folders(files):
        call = [
            sys.executable,
            "-m",
            "planaudit",
            command,
            "-t",
            _input(folder, "targets"),
            "-a",
            _input(folder, "actuals"),
        ]
        if command == "check" and os.environ.get("GITHUB_ACTIONS") == "true" and "--format" not in options:
            call += ["--format", "github"]
        print(f"planaudit {command}: {one_line(folder)}", flush=True)
        code = subprocess.call([*call, *options])
        worst = max(worst, code, key=lambda c: (c == 2, c))
    return worst
