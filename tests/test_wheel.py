"""The installed wheel, run as a user runs it (console script, from a folder outside the source tree).

These tests need planaudit installed from a wheel: .ci/matrix.py builds one and runs the suite
against it (with PLANAUDIT_MATRIX_RUN=1, so that a source-tree import fails instead of
skipping). Under `python3 dev.py test` (an editable install) they skip.
"""

from __future__ import annotations

import importlib.metadata
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from tests.conftest import BASE, CASES, ROOT

SOURCE_PACKAGE = ROOT / "src" / "planaudit"
GOLDEN = sorted(p for p in (CASES / "golden").iterdir() if p.is_dir())
CONSOLE_SCRIPT = Path(sys.executable).parent / ("planaudit.exe" if os.name == "nt" else "planaudit")


def _imported_from_the_source_tree() -> bool:
    import planaudit

    return Path(planaudit.__file__).resolve().parent == SOURCE_PACKAGE.resolve()


if _imported_from_the_source_tree():
    if os.environ.get("PLANAUDIT_MATRIX_RUN"):
        raise RuntimeError(f"planaudit was imported from {SOURCE_PACKAGE}, not from the installed wheel")
    pytest.skip(
        "planaudit is imported from src/ (an editable install); .ci/matrix.py runs these on the wheel",
        allow_module_level=True,
    )


def user_run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A command as a user's shell runs it, with run_cli's settings: not coloured, 80 columns, English, a fixed date."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env.update({"NO_COLOR": "1", "COLUMNS": "80", "PLANAUDIT_LANG": "en", "GITHUB_STEP_SUMMARY": ""})
    env["SOURCE_DATE_EPOCH"] = "1577836800"  # the html report's audit date, as in the golden files
    return subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env)


def package_files(root: Path) -> set[str]:
    """Files of the source package that belong in a wheel: everything but caches and bytecode."""
    return {
        path.relative_to(root.parent).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def installed_distribution() -> importlib.metadata.Distribution:
    """The distribution beside the planaudit imported here, not the first one found on sys.path (an egg-info a
    build left in src/ would be found first once any module puts src/ on the path)."""
    import planaudit

    site = Path(planaudit.__file__).resolve().parents[1]
    (found,) = [d for d in importlib.metadata.distributions(path=[str(site)]) if d.metadata["Name"] == "planaudit"]
    return found


def test_the_wheel_holds_every_file_of_the_package_and_nothing_else() -> None:
    distribution = installed_distribution()
    recorded = [PurePosixPath(str(f)) for f in distribution.files or []]
    shipped = {f.as_posix() for f in recorded if f.parts[0] == "planaudit" and f.suffix != ".pyc"}
    assert shipped == package_files(SOURCE_PACKAGE)
    top_level = {f.parts[0] for f in recorded if f.parts[0] != ".."}  # ../../bin/planaudit: the console script
    assert top_level == {"planaudit", f"planaudit-{distribution.version}.dist-info"}
    licenses = [f for f in recorded if f.name == "LICENSE"]
    assert licenses and "MIT License" in (distribution.locate_file(licenses[0])).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", GOLDEN, ids=[p.name for p in GOLDEN])
def test_the_console_script_reproduces_every_golden_output(case: Path, tmp_path: Path) -> None:
    fixture, _, args = (case / "cmd").read_text(encoding="utf-8").strip().partition(":")
    if fixture.strip() == "base":
        shutil.copytree(BASE, tmp_path, dirs_exist_ok=True)
    else:
        for name in ("targets.yaml", "actuals.yaml"):
            shutil.copy(ROOT / name, tmp_path / name)
        shutil.copytree(ROOT / "sources", tmp_path / "sources")
    result = user_run(str(CONSOLE_SCRIPT), *shlex.split(args), cwd=tmp_path)
    assert result.stdout == (case / "stdout").read_text(encoding="utf-8"), f"{case.name}/stdout differs"
    assert result.stderr == (case / "stderr").read_text(encoding="utf-8"), f"{case.name}/stderr differs"
    assert f"{result.returncode}\n" == (case / "exit").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["targets", "actuals", "report"])
def test_schemas_come_from_the_package_alone(name: str, tmp_path: Path) -> None:
    result = user_run(str(CONSOLE_SCRIPT), "schema", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


def test_every_rule_kind_is_documented_by_the_installed_package(tmp_path: Path) -> None:
    from planaudit.rules import RULES

    result = user_run(str(CONSOLE_SCRIPT), "rules", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    kinds = [line for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    assert kinds == list(RULES)
    for rule in RULES.values():
        assert rule.doc.strip() and rule.doc.splitlines()[0] in result.stdout


def test_init_writes_a_starter_audit_that_the_installed_package_audits(tmp_path: Path) -> None:
    written = user_run(str(CONSOLE_SCRIPT), "init", "starter", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    starter = tmp_path / "starter"
    for name in ("targets", "actuals"):
        published = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert (starter / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8") == published
    audit = user_run(str(CONSOLE_SCRIPT), "check", "--format", "json", cwd=starter)
    assert audit.returncode in (0, 1), audit.stderr  # 1: the starter's gate may fail; 2 would be invalid input
    assert audit.stdout.startswith("{") and '"goals"' in audit.stdout


def test_python_m_planaudit_names_the_installed_version(tmp_path: Path) -> None:
    result = user_run(sys.executable, "-m", "planaudit", "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"planaudit {importlib.metadata.version('planaudit')}\n"
