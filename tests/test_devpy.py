"""dev.py: the lock agrees with pyproject.toml, commands run in the caller's folder, a pip-less .venv is repaired."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path
from types import ModuleType

import pytest

import dev
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)(?: ;[^\\]*)? \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\\n)?)+)", re.M)
in_matrix = pytest.mark.skipif(
    bool(os.environ.get("PLANAUDIT_MATRIX_RUN")),
    reason="dev.py's own environment is tested once, by `python3 dev.py test`, not in every matrix run",
)


def locked(path: Path) -> dict[str, str]:
    """name → version of every requirement in a lock file, failing on any line without a hash."""
    text = path.read_text(encoding="utf-8")
    requirements = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    pins = {m[1].lower(): m[2] for m in PIN.finditer(text)}
    assert len(pins) == len(requirements), f"{path.name}: a requirement without an exact version and a hash"
    return pins


def test_the_test_group_is_the_test_extra() -> None:
    assert PYPROJECT["dependency-groups"]["test"] == PYPROJECT["project"]["optional-dependencies"]["test"]
    assert {"include-group": "test"} in PYPROJECT["dependency-groups"]["dev"]  # what `uv run` installs by default


def test_the_committed_lock_was_made_from_todays_pyproject() -> None:
    assert dev.stale_locks() == [], "run `python3 dev.py lock` and commit requirements/"


def test_every_locked_package_is_pinned_with_hashes_and_run_agrees_with_test() -> None:
    test, run, build = (locked(dev.REQUIREMENTS / name) for name in ("test.txt", "run.txt", "build.txt"))
    names = {re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0].lower() for r in PYPROJECT["project"]["dependencies"]}
    assert names <= set(run) and set(run) <= set(test)
    assert {name: test[name] for name in run} == run  # `check` runs the versions `test` tested
    assert "setuptools" in build


def test_a_changed_dependency_list_makes_the_lock_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(dev.REQUIREMENTS, tmp_path / "requirements")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"rich>=13",' in pyproject
    (tmp_path / "pyproject.toml").write_text(pyproject.replace('"rich>=13",', '"rich>=14",'), encoding="utf-8")
    monkeypatch.setattr(dev, "ROOT", tmp_path)
    monkeypatch.setattr(dev, "LOCKS", {k: tmp_path / "requirements" / v.name for k, v in dev.LOCKS.items()})
    monkeypatch.setattr(dev, "BUILD_LOCK", tmp_path / "requirements" / dev.BUILD_LOCK.name)
    assert len(dev.stale_locks()) == 3
    with pytest.raises(SystemExit, match=r"python3 dev\.py lock"):
        dev.ensure("test")


def caller_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The small base fixture as the current folder; dev.py set to run the planaudit installed for this test run."""
    shutil.copytree(ROOT / "tests" / "cases" / "base", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    ensured: list[str] = []
    monkeypatch.setattr(dev, "ensure", ensured.append)  # the environment is this test run's own
    monkeypatch.setattr(dev, "BIN", Path(sys.executable).parent)
    monkeypatch.setenv("NO_COLOR", "1")
    return ensured


def test_planaudit_audits_the_callers_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    ensured = caller_folder(tmp_path, monkeypatch)
    assert dev.main(["planaudit", "check", "--format", "json"]) in (0, 1)
    assert json.loads(capfd.readouterr().out)["plan"]["id"] == "demo-2019"  # the base fixture, not the bundled plan
    assert ensured == ["run"]


def test_check_reads_relative_paths_from_the_callers_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    caller_folder(tmp_path, monkeypatch)
    (tmp_path / "targets.yaml").rename(tmp_path / "my-targets.yaml")
    (tmp_path / "actuals.yaml").rename(tmp_path / "my-actuals.yaml")
    code = dev.main(["check", "-t", "my-targets.yaml", "-a", "my-actuals.yaml", "--format", "json"])
    out, err = capfd.readouterr()
    assert code in (0, 1), err  # 2 would mean the files were looked for somewhere else
    assert json.loads(out)["plan"]["id"] == "demo-2019"


def point_dev_at(monkeypatch: pytest.MonkeyPatch, env_dir: Path) -> Path:
    python = env_dir / "bin" / "python"
    monkeypatch.setattr(dev, "VENV", env_dir)
    monkeypatch.setattr(dev, "BIN", env_dir / "bin")
    monkeypatch.setattr(dev, "PYTHON", python)
    return python


def has_pip(python: Path) -> bool:
    return subprocess.run([python, "-m", "pip", "--version"], capture_output=True).returncode == 0


@in_matrix
@pytest.mark.skipif(os.name == "nt", reason="POSIX venv layout")
def test_a_venv_without_pip_gets_pip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_dir = tmp_path / ".venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # what `uv venv` leaves: an interpreter, no pip
    python = point_dev_at(monkeypatch, env_dir)
    (env_dir / ".planaudit-test.stamp").write_text("stale")
    assert not has_pip(python)
    dev._prepare_venv()
    assert has_pip(python)
    assert not (env_dir / ".planaudit-test.stamp").exists()  # what was installed without pip is installed again


@in_matrix
@pytest.mark.skipif(os.name == "nt", reason="POSIX venv layout")
def test_a_venv_whose_interpreter_is_gone_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_dir = tmp_path / ".venv"
    (env_dir / "bin").mkdir(parents=True)
    (env_dir / "bin" / "python").symlink_to(tmp_path / "a-python-since-uninstalled")
    python = point_dev_at(monkeypatch, env_dir)
    dev._prepare_venv()
    assert has_pip(python)


def load_matrix() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ci_matrix", ROOT / ".ci" / "matrix.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_matrix_reports_a_python_it_cannot_find_as_skipped() -> None:
    matrix = load_matrix()
    runs = matrix.plan({"3.11": ("3.11.7", Path("/opt/python3.11"))})
    assert [(r.resolution, r.minor) for r in runs if r.python] == [
        ("locked", "3.11"),
        ("floors", "3.11"),
        ("newest", "3.11"),
    ]
    skipped = [matrix.line(r) for r in runs if r.python is None]
    assert skipped and all("skipped: no Python 3.1" in line for line in skipped)
    assert {r.minor for r in runs if r.python is None} >= {"3.12", "3.13"}


def test_the_matrix_ignores_an_interpreter_that_does_not_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    matrix = load_matrix()
    shim = tmp_path / "python3.12"  # a pyenv shim for a version that is not selected: exits 127
    shim.write_text("#!/bin/sh\necho 'pyenv: python3.12: command not found' >&2\nexit 127\n", encoding="utf-8")
    shim.chmod(0o755)
    monkeypatch.setattr(matrix, "python_candidates", lambda: [str(shim), sys.executable])
    minor = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert matrix.find_pythons() == {minor: (".".join(map(str, sys.version_info[:3])), Path(sys.executable))}


@pytest.mark.parametrize(
    ("code", "closing", "counts", "passed"),
    [
        (0, "1040 passed, 2 skipped in 41.20s", {"passed": 1040, "skipped": 2}, True),
        (
            1,
            "3 failed, 1037 passed, 2 skipped, 1 error in 40.00s",
            {"failed": 3, "passed": 1037, "skipped": 2, "error": 1},
            False,
        ),
        (5, "no tests ran in 0.01s", {}, False),
        (0, "", {}, False),
    ],
)
def test_the_matrix_reads_pytests_closing_line(code: int, closing: str, counts: dict[str, int], passed: bool) -> None:
    assert load_matrix().outcome(code, closing) == (counts, passed)


def test_the_first_install_shows_progress(capsys: pytest.CaptureFixture[str]) -> None:
    """pip's -q is silent for the minute a first install takes: dev.py prints a line per package instead."""
    fake_pip = (
        "import sys\n"
        "for name in ('typer==0.15.1', 'rich==13.9.4', '/opt/files/typing_extensions-4.16.0-py3-none-any.whl'):\n"
        "    print(f'Collecting {name} (from -r requirements/run.txt (line 3))')\n"
        "    print('  Using cached x.whl (1 kB)')\n"
        "print('Installing collected packages: rich, typer, setuptools')\n"
        "print('Successfully installed rich typer setuptools')\n"
    )
    dev.pip_progress([sys.executable, "-c", fake_pip], 3)
    assert capsys.readouterr().err.splitlines() == [
        "dev.py:   [1/3] typer 0.15.1",
        "dev.py:   [2/3] rich 13.9.4",
        "dev.py:   [3/3] typing-extensions 4.16.0",
        "dev.py:   unpacking them into .venv",
    ]
    with pytest.raises(subprocess.CalledProcessError):
        dev.pip_progress([sys.executable, "-c", "print('ERROR: no such package'); raise SystemExit(1)"], 1)
    assert capsys.readouterr().err == "ERROR: no such package\n"  # a failure shows pip's own words


def test_the_locks_pin_what_the_progress_counts() -> None:
    assert dev._pins(dev.LOCKS["run"]) == len(locked(dev.LOCKS["run"]))


@pytest.mark.parametrize(
    ("args", "added"),
    [
        ([], ["-n", "auto", "--dist", "worksteal"]),
        (["-q", "-x", "tests/test_units.py"], ["-n", "auto", "--dist", "worksteal"]),
        (["-n", "0"], []),
        (["-n3"], []),
        (["--numprocesses=2"], []),
        (["--dist", "loadfile"], []),
        (["-p", "no:xdist"], []),
    ],
)
def test_the_suite_runs_on_every_core_unless_the_arguments_choose(args: list[str], added: list[str]) -> None:
    assert dev.parallel(args) == added


def test_a_test_run_that_collects_nothing_fails_on_every_core(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """pytest-xdist's controller keeps pytest's exit 5 when no test is collected, and dev.py calls that a failure."""
    ensured: list[str] = []
    monkeypatch.setattr(dev, "ensure", ensured.append)
    monkeypatch.setattr(dev, "PYTHON", Path(sys.executable))
    code = dev.main(["test", "-q", "-p", "no:cacheprovider", "tests/test_devpy.py", "-k", "no_test_has_this_name"])
    out, err = capfd.readouterr()
    assert (code, ensured) == (5, ["test"]), out + err
    assert "bringing up nodes" in out  # the run was distributed: -n auto started workers
    assert "dev.py: pytest collected no tests; that is a failure" in err
