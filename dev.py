#!/usr/bin/env python3
"""Bootstrap and run planaudit with nothing but Python >= 3.11: `python3 dev.py check|test|lint|bench|fuzz`.

Each command creates `.venv` on first use (or when pyproject.toml changes), installs what it
needs into it, and runs. Running a command again reuses the environment: it is idempotent.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp(extra: str) -> Path:
    return VENV / f".planaudit-{extra}.stamp"


def ensure(extra: str) -> None:
    """Create the virtual environment and install the project (with `extra`), once per pyproject."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"planaudit needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = _stamp(extra)
    satisfied = [stamp] + ([_stamp("test")] if extra == "run" else [])  # the test install includes the run one
    if PYTHON.exists() and any(s.exists() and s.read_text() == digest for s in satisfied):
        return
    if not PYTHON.exists():
        print("dev.py: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    target = "." if extra == "run" else f".[{extra}]"
    print(f"dev.py: installing {target} into .venv", file=sys.stderr)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-e", target], cwd=ROOT, check=True)
    # pip compiles bytecode for what it installs, but not for an editable project's sources, and
    # PYTHONDONTWRITEBYTECODE (set on some machines) would keep Python from caching it either.
    subprocess.run([str(PYTHON), "-m", "compileall", "-q", "src"], cwd=ROOT, check=True)
    stamp.write_text(digest)


def run(*args: str) -> int:
    return subprocess.call(list(args), cwd=ROOT)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if command == "check":
        ensure("run")
        return run(str(BIN / "planaudit"), "check", *rest)
    if command == "test":
        ensure("test")
        code = run(str(PYTHON), "-m", "pytest", *rest)
        if code == 5:
            print("dev.py: pytest collected no tests; that is a failure", file=sys.stderr)
        return code
    if command == "lint":
        ensure("test")
        steps = [
            [str(PYTHON), "-m", "ruff", "check", "src", "tests", "benchmarks", "dev.py"],
            [str(PYTHON), "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "dev.py"],
            [str(PYTHON), "-m", "mypy", "--strict", "src"],
        ]
        return max(run(*step) for step in steps)
    if command == "bench":
        ensure("test")
        return run(str(PYTHON), "benchmarks/run.py", *rest)
    if command == "fuzz":
        ensure("test")
        total = int(rest[0]) if rest else 10_000
        properties = 3  # the @given tests in tests/test_fuzz.py share the inputs
        os.environ["PLANAUDIT_FUZZ_EXAMPLES"] = str(-(-total // properties))
        print(f"dev.py: fuzzing with {total:,} inputs ({os.environ['PLANAUDIT_FUZZ_EXAMPLES']} per property)")
        return run(str(PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py", "-m", "fuzz_long")
    if command == "planaudit":
        ensure("run")
        return run(str(BIN / "planaudit"), *rest)
    print(__doc__)
    print("commands: check [ARGS], test [PYTEST ARGS], lint, bench, fuzz [N], planaudit ARGS")
    return 0 if command in {"help", "-h", "--help"} else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
