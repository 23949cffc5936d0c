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
from click.testing import Result

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


def replay(commands: str, where: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    """Run a README block of `planaudit` and `cd` lines as written, from `where`; each must exit 0. The last result."""
    monkeypatch.chdir(where)
    for line in commands.splitlines():
        words = shlex.split(line)
        if words[0] == "cd":
            monkeypatch.chdir(where / words[1])
            continue
        assert words[0] == "planaudit", line
        result = run_cli(*words[1:])
        assert result.exit_code == 0, (line, result.stderr)
    return result


def test_the_start_a_new_audit_commands_work_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commands = blocks("Start a new audit", "sh")[0]  # the second, from your documents: tests/test_init_documents.py
    result = replay(commands, tmp_path, monkeypatch)
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
    assert install == ['pip install "planaudit @ git+$PLANAUDIT_REPO@main"']  # a ref that exists: see below
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


def test_the_pre_commit_snippet_names_real_hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = yaml.safe_load(blocks("In CI", "yaml")[1])
    (repo,) = config["repos"]
    assert repo["rev"] in README_REFS
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


# Every install line names a ref that exists, and works as written against a bare clone of this repository.

README_REFS = re.findall(r"git\+[^\s\"@]+@([^\s\"]+)", README) + re.findall(r"^\s*rev:\s*([^\s#]+)", README, re.M)
HAS_GIT = (ROOT / ".git").exists() and shutil.which("git") is not None
needs_git = pytest.mark.skipif(
    not HAS_GIT, reason="no .git here (an sdist or a wheel): refs can only be checked in a clone"
)


def _git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def _resolve(ref: str) -> str | None:
    """The commit `ref` names in this repository: a branch (here, or origin's in a clone), a tag, or a commit."""
    for candidate in (f"refs/heads/{ref}", f"refs/remotes/origin/{ref}", f"refs/tags/{ref}", ref):
        proc = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if proc.returncode == 0:
            return proc.stdout.strip()
    return None


def _bare_clone(where: Path) -> Path:
    """A bare repository holding this one's history, with each README ref where the published repository has it."""
    bare = where / "planaudit.git"
    _git("init", "--quiet", "--bare", str(bare))
    for ref in set(README_REFS):
        commit = _resolve(ref)
        assert commit is not None, ref
        name = ref if not re.fullmatch(r"[0-9a-f]{7,40}", ref) else f"pinned-{commit[:12]}"
        _git("push", "--quiet", str(bare), f"{commit}:refs/heads/{name}")
    return bare


def _pip_install(requirement: str, target: Path) -> None:
    """pip install as the recipe says, kept lean: no dependencies (they are this environment's) and this
    environment's build backend, into a folder of its own."""
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode != 0:
        pytest.skip("no pip in this environment (the matrix's uv environments have none)")
    lean = ["--no-deps", "--no-build-isolation", "--disable-pip-version-check", "--quiet", "--target", str(target)]
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", *lean, requirement], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr


def _installed(target: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed copy (not this tree's src/): its folder comes first on the path."""
    env = {**os.environ, "PYTHONPATH": str(target), "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_readme_shows_install_refs() -> None:
    assert len(README_REFS) == 2 and "v0.2.0" not in README_REFS  # a tag that never existed


@needs_git
@pytest.mark.parametrize("ref", sorted(set(README_REFS)))
def test_every_ref_the_readme_installs_resolves_in_this_repository(ref: str) -> None:
    assert _resolve(ref) is not None, f"README installs @{ref}, which this repository does not have"


@needs_git
def test_the_actions_install_line_works_against_a_bare_clone(tmp_path: Path) -> None:
    (workflow,) = blocks("In CI", "yaml")[:1]
    steps = yaml.safe_load(workflow)["jobs"]["audit"]["steps"]
    (line,) = [step["run"] for step in steps if str(step.get("run", "")).startswith("pip install")]
    bare = _bare_clone(tmp_path)
    (requirement,) = shlex.split(line.replace("$PLANAUDIT_REPO", f"file://localhost{bare}"))[2:]
    _pip_install(requirement, tmp_path / "site")
    where = tmp_path / "audit"
    where.mkdir()
    _copy_bundled(where)
    proc = _installed(tmp_path / "site", "-c", "import planaudit; print(planaudit.__file__)", cwd=where)
    assert proc.stdout.startswith(str(tmp_path / "site")), proc.stdout
    proc = _installed(tmp_path / "site", "-m", "planaudit", "check", "--format", "github", cwd=where)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "site" / "bin" / "planaudit").is_file()


@needs_git
def test_the_pre_commit_config_works_against_a_bare_clone(tmp_path: Path) -> None:
    """pre-commit's own steps, replayed lean: fetch `rev` into a new repository, read its hooks file there,
    install that checkout (language: python), then run each hook's entry with its args on the changed files."""
    config = yaml.safe_load(blocks("In CI", "yaml")[1])
    (repo,) = config["repos"]
    bare = _bare_clone(tmp_path)
    checkout = tmp_path / "hook-repo"
    _git("init", "--quiet", str(checkout))
    _git("fetch", "--quiet", "--depth=1", f"file://{bare}", repo["rev"], cwd=checkout)
    _git("-c", "advice.detachedHead=false", "checkout", "--quiet", "FETCH_HEAD", cwd=checkout)
    hooks = {h["id"]: h for h in yaml.safe_load((checkout / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    _pip_install(str(checkout), tmp_path / "site")
    user = tmp_path / "user-repo"
    plans = user / "plans" / "2019"
    plans.mkdir(parents=True)
    _copy_bundled(plans)
    changed = ["plans/2019/actuals.yaml", "plans/2019/sources/002_8aecebe1aaa7d8cc.txt"]
    for wanted in repo["hooks"]:
        hook = hooks[wanted["id"]]
        entry = shlex.split(hook["entry"])
        assert entry[0] == "planaudit" and hook["language"] == "python" and hook["pass_filenames"] is True
        files = [path for path in changed if re.search(hook["files"], path)]
        assert files == changed
        proc = _installed(tmp_path / "site", "-m", "planaudit", *entry[1:], *wanted.get("args", []), *files, cwd=user)
        assert proc.returncode == 0, (wanted["id"], proc.stderr)
        assert f"{entry[2]}: plans/2019" in proc.stdout
