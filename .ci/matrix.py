#!/usr/bin/env python3
"""CI's matrix: the whole suite against the built wheel, on the locked set, the declared floors and the newest releases.

Runs, each in a new virtual environment with planaudit installed from the wheel built (sdist, then
wheel) from this tree, pytest run from outside the tree:
  locked  requirements/test.txt, on every Python >= 3.11 found (one interpreter per X.Y);
  floors  every direct dependency at its lowest allowed version, on the oldest Python pyproject allows;
  newest  the newest releases pyproject allows, on the newest Python found (a new release of a
          dependency shows here the day it is out; Python's own changes show in the locked runs).
A Python version named in EXPECTED_MINORS and not found is reported as skipped. Prints one line per
run and a closing `matrix: N passed, N failed, N skipped`; exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import dev  # noqa: E402 - dev.py lives at the root, beside .ci/

EXPECTED_MINORS = ("3.11", "3.12", "3.13", "3.14")  # the released Pythons requires-python admits
VERSION_PROBE = "import sys; print('.'.join(map(str, sys.version_info[:3])))"
COUNT = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed)\b")


@dataclass
class Run:
    resolution: str  # locked | floors | newest
    minor: str
    python: Path | None  # None: no interpreter for this minor on the machine
    version: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    ok: bool = False
    note: str = ""
    log: Path | None = None


def python_candidates() -> list[str]:
    """Interpreters to probe: python3 and python3.X on PATH, pyenv's versions, the usual system paths."""
    names = ["python3", *(f"python{minor}" for minor in EXPECTED_MINORS)]
    found = [path for name in names if (path := shutil.which(name))]
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found += sorted(glob.glob(os.path.join(pyenv_root, "versions", "3.*", "bin", "python3")))
    found += sorted(glob.glob("/usr/bin/python3.*[0-9]") + glob.glob("/usr/local/bin/python3.*[0-9]"))
    return list(dict.fromkeys(found))


def find_pythons() -> dict[str, tuple[str, Path]]:
    """X.Y → (X.Y.Z, interpreter) for every working Python >= 3.11; the newest patch release of each X.Y."""
    best: dict[str, tuple[str, Path]] = {}
    for candidate in python_candidates():
        try:  # a pyenv shim for a version not selected exits non-zero: not a usable interpreter
            probe = subprocess.run([candidate, "-c", VERSION_PROBE], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        version = probe.stdout.strip()
        if probe.returncode != 0 or not re.fullmatch(r"\d+\.\d+\.\d+", version):
            continue
        parts = tuple(int(p) for p in version.split("."))
        if parts < (3, 11):
            continue
        minor = f"{parts[0]}.{parts[1]}"
        if minor not in best or parts > tuple(int(p) for p in best[minor][0].split(".")):
            best[minor] = (version, Path(candidate))
    return dict(sorted(best.items(), key=lambda item: tuple(int(p) for p in item[0].split("."))))


def plan(pythons: dict[str, tuple[str, Path]]) -> list[Run]:
    minors = sorted(set(EXPECTED_MINORS) | set(pythons), key=lambda m: tuple(int(p) for p in m.split(".")))

    def run(resolution: str, minor: str) -> Run:
        version, python = pythons.get(minor, ("", None))
        return Run(resolution, minor, python, version or minor)

    newest = list(pythons)[-1] if pythons else EXPECTED_MINORS[-1]
    return [*(run("locked", minor) for minor in minors), run("floors", dev.oldest_python()), run("newest", newest)]


def sh(command: list[str], log: Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> int:
    """Run a command, appending its output to `log`."""
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        return subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env).returncode


def pins(requirements: Path) -> dict[str, str]:
    """name → version of each `name==version` line of a requirements file."""
    text = requirements.read_text(encoding="utf-8")
    return {m[1].lower(): m[2] for m in re.finditer(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", text, re.MULTILINE)}


def execute(run: Run, uv: Path, wheel: Path, scratch: Path) -> Run:
    assert run.python is not None
    started = time.monotonic()
    where = scratch / f"{run.resolution}-{run.minor}"
    where.mkdir()
    run.log = where / "log.txt"
    env_dir = where / "venv"
    python = env_dir / "bin" / "python"
    try:
        if sh([str(uv), "venv", "--quiet", "--python", str(run.python), str(env_dir)], run.log):
            run.note = "could not create the environment"
            return run
        if run.resolution == "locked":
            requirements, hashes = dev.LOCKS["test"], ["--require-hashes"]
        else:
            requirements, hashes = where / f"{run.resolution}.txt", []
            strategy = "lowest-direct" if run.resolution == "floors" else "highest"
            compile_ = [str(uv), "pip", "compile", "--quiet", "pyproject.toml", "--extra", "test"]
            compile_ += ["--python", str(python), "--resolution", strategy, "--no-header", "-o", str(requirements)]
            compile_ += ["--refresh"] if run.resolution == "newest" else []  # ask the index, not uv's cache
            if sh(compile_, run.log):
                run.note = "could not resolve"
                return run
            run.note = describe(run.resolution, pins(requirements))
        install = [str(uv), "pip", "install", "--quiet", "--python", str(python)]
        if sh([*install, *hashes, "-r", str(requirements)], run.log) or sh(
            [*install, "--no-deps", str(wheel)], run.log
        ):
            run.note = "could not install"
            return run
        env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
        env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["PLANAUDIT_MATRIX_RUN"] = "1"  # tests/test_wheel.py fails (not skips) on a source-tree import
        workdir = where / "work"  # outside the tree: the wheel, not src/, is what gets imported
        workdir.mkdir()
        pytest = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(where / "tmp")]
        pytest += ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT), str(ROOT / "tests")]
        code = sh(pytest, run.log, cwd=workdir, env=env)
        tail = run.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
        run.counts, run.ok = outcome(code, tail[0] if tail else "")
        if code == 5:
            run.note = "no tests collected"
        return run
    finally:
        run.seconds = time.monotonic() - started


def outcome(code: int, closing_line: str) -> tuple[dict[str, int], bool]:
    """pytest's counts from its closing line, and whether the run passed: exit 0 with tests run (5: none ran)."""
    counts: dict[str, int] = {}
    for number, kind in COUNT.findall(closing_line):
        counts["error" if kind.startswith("error") else kind] = int(number)
    return counts, code == 0 and counts.get("passed", 0) > 0


def describe(resolution: str, resolved: dict[str, str]) -> str:
    """The versions that matter for a floors or newest run: the runtime dependencies, and what differs from the lock."""
    runtime = ("typer", "rich", "pyyaml", "pydantic")
    shown = " ".join(f"{name} {resolved[name]}" for name in runtime if name in resolved)
    if resolution == "newest":
        locked = pins(dev.LOCKS["test"])
        newer = sorted(name for name, version in resolved.items() if locked.get(name) not in (None, version))
        shown += f"; newer than the lock: {', '.join(newer) if newer else 'none'}"
    return shown


def line(run: Run) -> str:
    head = f"matrix: {run.version:<8} {run.resolution:<7}"
    if run.python is None:
        return f"{head} skipped: no Python {run.minor} on this machine"
    passed, failed = run.counts.get("passed", 0), run.counts.get("failed", 0) + run.counts.get("error", 0)
    counts = f"{passed:>4} passed {failed:>3} failed {run.counts.get('skipped', 0):>3} skipped"
    verdict = "ok" if run.ok else "FAILED"
    note = f"  ({run.note})" if run.note else ""
    return f"{head} {counts} {run.seconds:6.1f} s  {verdict}{note}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="runs at once (default: cores)")
    parser.add_argument("--only", action="append", choices=["locked", "floors", "newest"], help="repeatable")
    args = parser.parse_args()
    # uv trusts only its bundled root certificates unless told otherwise, and a scrubbed environment (.ci/clean-env,
    # env -i) has no SSL_CERT_FILE to point it elsewhere: use the system's store, which pip here uses too.
    os.environ.setdefault("UV_NATIVE_TLS", "1")
    if dev.stale_locks():
        print("matrix: requirements/ does not match pyproject.toml; run `python3 dev.py lock`", file=sys.stderr)
        return 1
    started = time.monotonic()
    pythons = find_pythons()
    runs = [r for r in plan(pythons) if not args.only or r.resolution in args.only]
    with tempfile.TemporaryDirectory(prefix="planaudit-matrix-") as scratch_name:
        scratch = Path(scratch_name)
        uv = dev.install_uv(scratch)
        build_log = scratch / "build.txt"
        oldest = pythons.get(dev.oldest_python()) or next(iter(pythons.values()), None)
        if oldest is None:
            print("matrix: no Python >= 3.11 found", file=sys.stderr)
            return 1
        build = [str(uv), "build", "--quiet", "--python", str(oldest[1]), "--out-dir", str(scratch / "dist")]
        build += ["--build-constraints", str(dev.BUILD_LOCK), "--require-hashes", str(ROOT)]
        if sh(build, build_log):
            print(build_log.read_text(encoding="utf-8"), file=sys.stderr)
            print("matrix: could not build the sdist and wheel", file=sys.stderr)
            return 1
        wheel = next((scratch / "dist").glob("planaudit-*.whl"))
        prepared = time.monotonic() - started
        print(f"matrix: uv, sdist and {wheel.name} ready in {prepared:.1f} s; {len(runs)} runs, {args.jobs} at a time")
        sys.stdout.flush()
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for future in [pool.submit(execute, r, uv, wheel, scratch) for r in runs if r.python is not None]:
                future.result()
        for run in runs:
            print(line(run))
        failed = [r for r in runs if r.python is not None and not r.ok]
        for run in failed:
            assert run.log is not None
            tail = run.log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
            print(f"\n--- {run.resolution} on Python {run.version}: last lines of its log ---", file=sys.stderr)
            print("\n".join(tail), file=sys.stderr)
    ran = [r for r in runs if r.python is not None]
    totals = {kind: sum(r.counts.get(kind, 0) for r in ran) for kind in ("passed", "failed", "error", "skipped")}
    print(
        f"matrix: {len(ran)} runs, {len(runs) - len(ran)} skipped, {len(failed)} failed,"
        f" {time.monotonic() - started:.0f} s in all"
    )
    print(
        f"matrix: {totals['passed']} passed, {totals['failed'] + totals['error']} failed, {totals['skipped']} skipped"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
