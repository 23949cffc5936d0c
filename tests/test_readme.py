"""The README as a newcomer copies it: every command and snippet it shows runs, in a temporary folder, as written."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from planaudit import __version__
from tests.conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(heading: str, info: str) -> list[str]:
    """The fenced code blocks of one kind under a `## heading` (up to the next `## `)."""
    start = README.index(f"\n## {heading}\n")
    end = README.find("\n## ", start + 1)
    section = README[start : end if end > 0 else None]
    return re.findall(rf"```{info}\n(.*?)```", section, flags=re.S)


def _copy_bundled(where: Path) -> None:
    for name in ("targets.yaml", "actuals.yaml"):
        shutil.copy(ROOT / name, where / name)
    shutil.copytree(ROOT / "sources", where / "sources")


CI_RUN = ROOT / ".ci" / "run"
QUICK_START_IN_CI = re.compile(r"^mapfile -t QUICK_START <<'README'\n(.*?)^README\n(.*?^done\n)", re.S | re.M)


def test_quick_start_is_the_two_commands_ci_runs() -> None:
    (quick,) = blocks("Quick start", "sh")
    assert quick.splitlines() == ["python3 dev.py check", "python3 dev.py test"]
    match = QUICK_START_IN_CI.search(CI_RUN.read_text(encoding="utf-8"))
    assert match is not None, ".ci/run no longer holds the Quick start block"
    assert match[1] == quick  # the block verbatim, its lines together and in order


def _scrubbed_loop_runs(tmp_path: Path) -> list[tuple[list[str], dict[str, str]]]:
    """Run .ci/run's Quick start loop, as written, with a stand-in python3 that records its arguments and environment."""
    match = QUICK_START_IN_CI.search(CI_RUN.read_text(encoding="utf-8"))
    assert match is not None
    stub = tmp_path / "bin"
    stub.mkdir()
    log = tmp_path / "calls"
    (stub / "python3").write_text(f'#!/bin/sh\n{{ echo "$*"; env; echo ---; }} >> {log}\n', encoding="utf-8")
    (stub / "python3").chmod(0o755)
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "clean-env", tmp_path / ".ci" / "clean-env")
    script = "set -euo pipefail\n" + match[0]
    polluted = {
        "HOME": str(tmp_path),
        "PATH": f"{stub}:/usr/bin:/bin",
        "PYTHONUNBUFFERED": "1",
        "PYTHONIOENCODING": "ascii",
        "CI": "true",
        "GITHUB_STEP_SUMMARY": "/tmp/x",
        "https_proxy": "http://proxy.example:3128",
    }
    proc = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=polluted, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    calls = []
    for record in log.read_text(encoding="utf-8").split("---\n")[:-1]:
        arguments, *variables = record.splitlines()
        env = dict(v.split("=", 1) for v in variables)
        for own in ("PWD", "SHLVL", "_"):  # what the shell itself sets
            env.pop(own, None)
        calls.append((arguments.split(), env))
    return calls


def test_ci_runs_the_quick_start_in_a_scrubbed_environment(tmp_path: Path) -> None:
    calls = _scrubbed_loop_runs(tmp_path)
    assert [arguments for arguments, _ in calls] == [["dev.py", "check"], ["dev.py", "test"]]
    for _, env in calls:
        assert env == {
            "HOME": str(tmp_path),
            "PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "https_proxy": "http://proxy.example:3128",
        }


def test_clean_env_keeps_only_home_path_lang_and_the_package_index_settings() -> None:
    polluted = {"HOME": "/h", "PATH": "/usr/bin:/bin", "LANG": "zh_CN.UTF-8", "PYTHONUNBUFFERED": "1", "PIP_CERT": "/c"}
    polluted |= {"PYTHONPATH": "/elsewhere", "VIRTUAL_ENV": "/v", "PLANAUDIT_LANG": "en", "TMPDIR": "/t"}
    proc = subprocess.run(
        ["bash", str(ROOT / ".ci" / "clean-env"), "EXTRA=1", "env"], env=polluted, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert sorted(proc.stdout.splitlines()) == [
        "EXTRA=1",
        "HOME=/h",
        "LANG=zh_CN.UTF-8",
        "PATH=/usr/bin:/bin",
        "PIP_CERT=/c",
        "TMPDIR=/t",
    ]


@pytest.mark.skipif(
    Path(sys.prefix).resolve() != (ROOT / ".venv").resolve(), reason="runs only in the repository's own .venv"
)
def test_quick_start_check_passes_from_the_repository_root() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "check"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("data gate passed: every goal has an entry")


def test_the_start_a_new_audit_commands_work_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (commands,) = blocks("Start a new audit", "sh")
    monkeypatch.chdir(tmp_path)
    for line in commands.splitlines():
        words = shlex.split(line)
        if words[0] == "cd":
            monkeypatch.chdir(tmp_path / words[1])
            continue
        assert words[0] == "planaudit", line
        result = run_cli(*words[1:])
        assert result.exit_code == 0, (line, result.stderr)
    assert result.stdout.splitlines()[-1] == "data gate passed: every goal has an entry (4/4)"


def test_the_input_file_snippets_make_a_valid_audit_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    targets, actuals = blocks("Input files", "yaml")[:2]
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    (tmp_path / "targets.yaml").write_text(targets, encoding="utf-8")
    (tmp_path / "actuals.yaml").write_text(actuals, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate", "--strict")
    assert result.exit_code == 0, result.stderr
    checked = run_cli("check", "--format", "json")
    assert checked.exit_code == 0, checked.stderr
    assert '"actual": 2' in checked.stdout  # 37 − 35, derived, as the comment says


def test_the_github_actions_recipe_passes_on_the_bundled_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workflow,) = blocks("In CI", "yaml")[:1]
    steps = yaml.safe_load(workflow)["jobs"]["audit"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    install = [r for r in runs if r.startswith("pip install")]
    assert install == [f'pip install "planaudit @ git+$PLANAUDIT_REPO@v{__version__}"']
    _copy_bundled(tmp_path)
    monkeypatch.chdir(tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("", encoding="utf-8")
    for line in runs:
        if line.startswith("pip install"):
            continue
        words = shlex.split(line)
        assert words[0] == "planaudit"
        result = run_cli(*words[1:], env={"GITHUB_STEP_SUMMARY": str(summary)})
        assert result.exit_code == 0, (line, result.stderr)
    written = summary.read_text(encoding="utf-8")
    assert written.count("# Plan audit") == 1  # one step summary per workflow, not one per step
    assert (tmp_path / "planaudit.xml").read_text(encoding="utf-8").startswith("<?xml")


def test_the_pre_commit_snippet_names_real_hooks_at_this_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = yaml.safe_load(blocks("In CI", "yaml")[1])
    (repo,) = config["repos"]
    assert repo["rev"] == f"v{__version__}"
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    plans = tmp_path / "plans" / "2019"
    plans.mkdir(parents=True)
    _copy_bundled(plans)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for wanted in repo["hooks"]:
        hook = hooks[wanted["id"]]
        entry = shlex.split(hook["entry"])
        assert entry[0] == "planaudit" and hook["pass_filenames"] is True
        changed = ["plans/2019/actuals.yaml", "plans/2019/sources/002_8aecebe1aaa7d8cc.txt"]
        assert all(re.search(hook["files"], path) for path in changed)
        result = run_cli(*entry[1:], *wanted.get("args", []), *changed)
        assert result.exit_code == 0, (wanted["id"], result.stderr)


def test_every_command_the_readme_names_exists() -> None:
    from planaudit.cli import app

    names = {command.name or command.callback.__name__ for command in app.registered_commands}  # type: ignore[union-attr]
    for name in set(re.findall(r"`planaudit ([a-z][a-z-]*)", README)):
        assert name in names, name
    env = {**os.environ, "NO_COLOR": "1"}
    for name in names:
        proc = subprocess.run(
            [sys.executable, "-m", "planaudit", name, "--help"], capture_output=True, text=True, env=env
        )
        assert proc.returncode == 0, name
        assert max(len(line) for line in proc.stdout.splitlines()) <= 80, name


def test_the_sample_scorecard_is_what_check_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = README[README.index("```\n$ planaudit check --lang en\n") :]
    sample = sample[: sample.index("\n```", 4)].splitlines()[2:]
    _copy_bundled(tmp_path)
    monkeypatch.chdir(tmp_path)
    printed = run_cli("check", "--lang", "en").stdout.splitlines()
    cut = sample.index("...")
    assert printed[:cut] == sample[:cut]
    assert printed[-(len(sample) - cut - 1) :] == sample[cut + 1 :]
