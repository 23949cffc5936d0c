#!/usr/bin/env python3
"""Bootstrap and run planaudit with nothing but Python >= 3.11: `python3 dev.py check|test|lint|bench|fuzz|lock`.

Each command creates `.venv` on first use, installs exactly the versions locked in `requirements/`
(hash-checked) and the project itself, and runs. Running a command again reuses the environment: it
reinstalls only when pyproject.toml or the lock changed. `lock` re-resolves the lock files from
pyproject.toml with uv, installed into a throwaway environment.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
REQUIREMENTS = ROOT / "requirements"
LOCKS = {"run": REQUIREMENTS / "run.txt", "test": REQUIREMENTS / "test.txt"}
BUILD_LOCK = REQUIREMENTS / "build.txt"  # the build backend, for the editable install and the wheel
UV = "uv==0.13.9"  # the locking tool, pinned so that a lock depends only on pyproject.toml and the index
INPUTS_LINE = "# pyproject-inputs-sha256: "


def lock_inputs() -> dict[str, object]:
    """What the lock files are resolved from: every dependency list in pyproject.toml."""
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data.get("project", {})
    return {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "dependency-groups": data.get("dependency-groups", {}),
        "build-system": data.get("build-system", {}).get("requires", []),
    }


def inputs_digest() -> str:
    return hashlib.sha256(json.dumps(lock_inputs(), sort_keys=True).encode()).hexdigest()


def recorded_digest(lock: Path) -> str | None:
    """The inputs digest a lock file was made from (its first line), or None."""
    if not lock.is_file():
        return None
    first = lock.read_text(encoding="utf-8").partition("\n")[0]
    return first.removeprefix(INPUTS_LINE) if first.startswith(INPUTS_LINE) else None


def stale_locks() -> list[Path]:
    """Lock files missing, or made from other dependency lists than pyproject.toml's today."""
    digest = inputs_digest()
    return [lock for lock in (*LOCKS.values(), BUILD_LOCK) if recorded_digest(lock) != digest]


def _stamp(extra: str) -> Path:
    return VENV / f".planaudit-{extra}.stamp"


def _digest(extra: str) -> str:
    """What an installed environment for `extra` was made from: pyproject.toml and the lock files."""
    sources = (ROOT / "pyproject.toml", LOCKS[extra], BUILD_LOCK)
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()


def _works(*command: str) -> bool:
    return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def _pip_installed() -> bool:
    """Whether `.venv` holds pip (a quick look; an environment made or synced by uv has none)."""
    sites = [VENV / "Lib" / "site-packages"] if os.name == "nt" else list(VENV.glob("lib/python3*/site-packages"))
    return any((site / "pip" / "__init__.py").exists() for site in sites)


def _prepare_venv() -> None:
    """Make `.venv` a working environment with pip: create it, or repair one made without pip (uv venv)."""
    if PYTHON.exists() and _works(str(PYTHON), "-m", "pip", "--version"):
        return
    for stamp in VENV.glob(".planaudit-*.stamp"):  # whatever is in there was not installed by dev.py
        stamp.unlink()
    if PYTHON.exists() and _works(str(PYTHON), "-c", "import sys"):
        print("dev.py: .venv has no pip (made by uv?); bootstrapping it with ensurepip", file=sys.stderr)
        if _works(str(PYTHON), "-m", "ensurepip", "--default-pip") and _works(str(PYTHON), "-m", "pip", "--version"):
            return
        print("dev.py: ensurepip failed; making .venv again", file=sys.stderr)
    else:
        print("dev.py: creating .venv", file=sys.stderr)
    venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)


def ensure(extra: str) -> None:
    """Install the locked set for `extra` (run or test) and the project into `.venv`, once per lock."""
    stale = stale_locks()
    if stale:
        names = ", ".join(str(lock.relative_to(ROOT)) for lock in stale)
        sys.exit(
            f"dev.py: {names} do not match pyproject.toml's dependencies (changed since the last lock); "
            "run `python3 dev.py lock` and commit requirements/"
        )
    lock = LOCKS[extra]
    satisfied = [extra] + (["test"] if extra == "run" else [])  # the test set includes the run set
    if (
        PYTHON.exists()
        and _pip_installed()
        and any(_stamp(e).is_file() and _stamp(e).read_text() == _digest(e) for e in satisfied)
    ):
        return
    started = time.monotonic()
    fresh = not PYTHON.exists()
    _prepare_venv()
    total = sum(_pins(path) for path in (lock, BUILD_LOCK))
    print(f"dev.py: installing {total} locked packages ({lock.relative_to(ROOT)}) into .venv", file=sys.stderr)
    pip = [str(PYTHON), "-m", "pip", "install", "--progress-bar", "off", "--disable-pip-version-check"]
    # --no-deps: the lock lists every package, so nothing outside it can come in.
    pip_progress([*pip, "--require-hashes", "--no-deps", "-r", str(lock), "-r", str(BUILD_LOCK)], total)
    print("dev.py: installing planaudit itself (editable, from src/)", file=sys.stderr)
    subprocess.run([*pip, "--quiet", "--no-deps", "--no-build-isolation", "-e", "."], cwd=ROOT, check=True)
    # pip compiles bytecode for what it installs, but not for an editable project's sources, and
    # PYTHONDONTWRITEBYTECODE (set on some machines) would keep Python from caching it either.
    subprocess.run([str(PYTHON), "-m", "compileall", "-q", "src"], cwd=ROOT, check=True)
    _stamp(extra).write_text(_digest(extra))
    print(f"dev.py: .venv ready in {time.monotonic() - started:.0f} s", file=sys.stderr)
    if fresh:
        activate = ".venv\\Scripts\\activate" if os.name == "nt" else ". .venv/bin/activate"
        print(
            f"dev.py: the planaudit command is in {BIN.relative_to(ROOT)}: `{activate}` puts it on PATH, "
            "or run `python3 dev.py planaudit ARGS`",
            file=sys.stderr,
        )


def _pins(lock: Path) -> int:
    """How many packages a lock file pins (its `name==version` lines)."""
    return sum(1 for line in lock.read_text(encoding="utf-8").splitlines() if re.match(r"[A-Za-z0-9][\w.-]*==", line))


def pip_progress(command: list[str], total: int) -> None:
    """Run pip install, printing one short line per package as it goes (pip's own -q is silent for a minute);
    pip's whole output is shown if it fails."""
    seen: list[str] = []
    count = 0
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, errors="replace") as process:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line)
            found = re.match(
                r"(?:Collecting|Processing|Requirement already satisfied:) (\S+?)(?:==(\S+))?(?:\s|$)", line
            )
            if found:
                count += 1
                name = found[1] + (f" {found[2]}" if found[2] else "")
                wheel = re.fullmatch(r"(?:.*/)?([^/-]+)-([^/-]+)-.*\.whl", found[1])  # a local wheel's file
                if wheel:
                    name = f"{wheel[1].replace('_', '-')} {wheel[2]}"
                print(f"dev.py:   [{count}/{total}] {name}", file=sys.stderr, flush=True)
            elif line.startswith("Installing collected packages"):
                print("dev.py:   unpacking them into .venv", file=sys.stderr, flush=True)
    if process.returncode != 0:
        sys.stderr.write("".join(seen))
        raise subprocess.CalledProcessError(process.returncode, command)


def install_uv(where: Path) -> Path:
    """Install the pinned uv into a throwaway environment under `where`; return the uv executable."""
    tool = where / "uv-env"
    venv.EnvBuilder(with_pip=True).create(tool)
    tool_bin = tool / ("Scripts" if os.name == "nt" else "bin")
    pip = [str(tool_bin / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, UV], check=True)
    return tool_bin / ("uv.exe" if os.name == "nt" else "uv")


def oldest_python() -> str:
    """The oldest Python pyproject.toml allows (X.Y from `>=X.Y`), which a universal lock starts from."""
    match = re.fullmatch(r">=\s*(\d+\.\d+)", str(lock_inputs()["requires-python"]).strip())
    if not match:
        sys.exit("dev.py: lock needs requires-python in the form >=X.Y")
    return match.group(1)


def lock(args: list[str]) -> int:
    """Resolve requirements/*.txt from pyproject.toml: one universal, hash-checked lock per environment."""
    if set(args) - {"--upgrade"}:
        sys.exit("usage: python3 dev.py lock [--upgrade]")
    upgrade = ["--upgrade"] if args else []
    REQUIREMENTS.mkdir(exist_ok=True)
    digest = inputs_digest()
    with tempfile.TemporaryDirectory(prefix="planaudit-lock-") as scratch:
        uv = install_uv(Path(scratch))
        build_in = Path(scratch) / "build-system.in"
        build_requires = lock_inputs()["build-system"]
        assert isinstance(build_requires, list)
        build_in.write_text("".join(f"{requirement}\n" for requirement in build_requires))
        common = ["--universal", "--generate-hashes", "--python-version", oldest_python(), "--quiet"]
        common += ["--custom-compile-command", "python3 dev.py lock", *upgrade]
        jobs = {  # test first: the run set is constrained to it, so `check` sees the same versions as `test`
            LOCKS["test"]: ["pyproject.toml", "--extra", "test"],
            LOCKS["run"]: ["pyproject.toml", "--constraint", str(LOCKS["test"])],
            BUILD_LOCK: [str(build_in)],
        }
        for target, sources in jobs.items():
            subprocess.run([str(uv), "pip", "compile", *sources, *common, "-o", str(target)], cwd=ROOT, check=True)
            text = target.read_text(encoding="utf-8").replace(str(build_in), "build-system.requires")
            target.write_text(f"{INPUTS_LINE}{digest}\n{text}", encoding="utf-8")
            print(f"dev.py: locked {target.relative_to(ROOT)}", file=sys.stderr)
    return 0


def parallel(args: list[str]) -> list[str]:
    """`-n auto --dist worksteal` (pytest-xdist: one worker per core; a worker that runs out of tests takes some of
    another's, so a slow file near the end is not left to one core) unless the pytest arguments choose: -n N,
    --numprocesses, --dist, or -p no:xdist."""
    chosen = any(
        arg.startswith(("-n", "--numprocesses", "--dist")) or arg.replace(" ", "").endswith("no:xdist") for arg in args
    )
    return [] if chosen else ["-n", "auto", "--dist", "worksteal"]


def run(*args: str, cwd: Path = ROOT) -> int:
    return subprocess.call(list(args), cwd=cwd)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"planaudit needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    command, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if command == "check":
        ensure("run")
        return run(str(BIN / "planaudit"), "check", *rest, cwd=Path.cwd())
    if command == "planaudit":
        ensure("run")
        return run(str(BIN / "planaudit"), *rest, cwd=Path.cwd())
    if command == "test":
        ensure("test")
        code = run(str(PYTHON), "-m", "pytest", *parallel(rest), *rest)
        if code == 5:
            print("dev.py: pytest collected no tests; that is a failure", file=sys.stderr)
        return code
    if command == "lint":
        ensure("test")
        steps = {
            "ruff check": [str(PYTHON), "-m", "ruff", "check", "src", "tests", "benchmarks", "dev.py", ".ci"],
            "ruff format": [
                str(PYTHON),
                "-m",
                "ruff",
                "format",
                "--check",
                "src",
                "tests",
                "benchmarks",
                "dev.py",
                ".ci",
            ],
            "mypy": [str(PYTHON), "-m", "mypy", "--strict", "src"],
        }
        codes = {name: run(*step) for name, step in steps.items()}
        failed = [name for name, code in codes.items() if code]
        # the last tool's "Success" is no verdict on the others: say what failed, last
        print(f"dev.py: lint failed: {', '.join(failed)}" if failed else "dev.py: lint passed", file=sys.stderr)
        return max(codes.values())
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
    if command == "lock":
        return lock(rest)
    print(__doc__)
    print("commands: check [ARGS], test [PYTEST ARGS], lint, bench, fuzz [N], planaudit ARGS, lock [--upgrade]")
    return 0 if command in {"help", "-h", "--help"} else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
