"""Issue #21: paths a pull request can plant — symbolic links out of the folder, init's folders, the step summary."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests import test_safety
from tests.conftest import run_cli
from tests.test_safety import SECRET, _snapshot

work = test_safety.work  # the fixture: a small audit as the current folder, and an outside folder no run may touch

LEAVES = "a symbolic link on this path leads outside the folder it is written from; refusing to follow it"
SECRET_VALUE = SECRET.split("=")[1].strip()


@pytest.mark.parametrize("name", ["targets.yaml", "actuals.yaml"])
@pytest.mark.parametrize("absolute", [False, True], ids=["relative-link", "absolute-link"])
def test_an_input_linked_out_of_the_folder_is_refused_unread(work: Path, name: str, absolute: bool) -> None:
    (work / name).unlink()
    secret = work.parent / "outside" / "secret.txt"
    (work / name).symlink_to(secret if absolute else Path("..") / "outside" / "secret.txt")
    for command in ("check", "validate"):
        result = run_cli(command)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == f"{name}: {LEAVES}\n"
        assert SECRET_VALUE not in result.stderr


def test_an_input_through_a_folder_linked_out_is_refused(work: Path) -> None:
    (work / "plans").symlink_to(work.parent / "outside")
    result = run_cli("check", "-t", "plans/secret.txt")
    assert result.exit_code == 2
    assert f"plans/secret.txt: {LEAVES}" in result.stderr.splitlines() and SECRET_VALUE not in result.stderr


def test_a_link_inside_the_folder_and_a_path_written_out_are_followed(work: Path) -> None:
    (work / "plans").mkdir()
    (work / "targets.yaml").rename(work / "plans" / "targets.yaml")
    (work / "targets.yaml").symlink_to(Path("plans") / "targets.yaml")
    assert run_cli("validate", "-a", "actuals.yaml").exit_code == 0
    os.chdir(work / "sources")  # `../` written on the command line is the user's choice, not a planted link
    assert run_cli("validate", "-t", "../targets.yaml", "-a", "../actuals.yaml").exit_code == 0


def test_a_report_to_diff_linked_out_is_refused(work: Path) -> None:
    assert run_cli("check", "-f", "json", "-o", "new.json").exit_code == 0
    (work / "old.json").symlink_to(work.parent / "outside" / "secret.txt")
    result = run_cli("diff", "old.json", "new.json")
    assert (result.exit_code, result.stderr) == (2, f"old.json: {LEAVES}\n")


def test_a_document_to_draft_from_linked_out_is_refused(work: Path) -> None:
    (work / "drafts").mkdir()
    (work / "plan.txt").symlink_to(work.parent / "outside" / "secret.txt")
    result = run_cli("draft", "plan.txt", "-o", "drafts")
    assert (result.exit_code, result.stderr) == (2, f"plan.txt: {LEAVES}\n")
    assert list((work / "drafts").iterdir()) == []


@pytest.mark.parametrize("planted", ["file", "folder"])
def test_output_through_a_link_out_of_the_folder_is_refused(work: Path, planted: str) -> None:
    outside = work.parent / "outside"
    if planted == "file":
        (work / "report.json").symlink_to(Path("..") / "outside" / "secret.txt")
        destination = "report.json"
    else:
        (work / "out").symlink_to(outside)
        destination = "out/report.json"
    before = _snapshot(work)
    result = run_cli("check", "-f", "json", "-o", destination)
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write the report to {destination}: {LEAVES}\n"
    assert _snapshot(work) == before and sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


def test_an_absolute_output_path_written_out_is_the_users_choice(work: Path, tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    result = run_cli("check", "-f", "json", "-o", str(tmp_path / "reports" / "r.json"))
    assert result.exit_code == 0, result.stderr
    assert json.loads((tmp_path / "reports" / "r.json").read_text(encoding="utf-8"))["plan"]["id"] == "demo"


@pytest.mark.parametrize(
    ("plant", "message"),
    [
        ("DIR is a file", "error: audit exists and is not a folder; nothing written\n"),
        ("schemas is a file", "error: audit/schemas exists and is not a folder; nothing written\n"),
        (
            "sources is a link",
            "error: audit/sources is a symbolic link; init writes only into plain folders; nothing written\n",
        ),
        ("targets is a folder", "error: targets.yaml in audit are not regular files; nothing written\n"),
        ("DIR is a link out", f"error: audit: {LEAVES}; nothing written\n"),
    ],
)
def test_init_refuses_up_front_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plant: str, message: str
) -> None:
    work_dir, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    work_dir.mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(work_dir)
    audit = work_dir / "audit"
    if plant == "DIR is a file":
        audit.write_text("mine\n", encoding="utf-8")
    elif plant == "DIR is a link out":
        audit.symlink_to(elsewhere)
    else:
        audit.mkdir()
        if plant == "schemas is a file":
            (audit / "schemas").write_text("mine\n", encoding="utf-8")
        elif plant == "sources is a link":
            (audit / "sources").symlink_to(elsewhere)
        else:
            (audit / "targets.yaml").mkdir()
    before = _snapshot(tmp_path)
    for force in ([], ["--force"]):
        result = run_cli("init", "audit", *force)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)
        assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("how", ["same name", "through a link", "portfolio"])
def test_the_step_summary_never_lands_on_the_report(work: Path, how: str) -> None:
    summary = "report.json"
    if how == "through a link":
        (work / "summary.md").symlink_to("report.json")
        summary = str(work / "summary.md")
    folders = ["."] if how == "portfolio" else []
    result = run_cli("check", *folders, "-f", "json", "-o", "report.json", env={"GITHUB_STEP_SUMMARY": summary})
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: step summary not written: GITHUB_STEP_SUMMARY file {summary} is the report file report.json\n"
    )
    json.loads((work / "report.json").read_text(encoding="utf-8"))  # the report alone: valid JSON


@pytest.mark.parametrize(
    ("destination", "message"),
    [
        ("newdir/", "cannot write the report to newdir/: a path ending in / names a folder, and there is none"),
        ("sources/", "cannot write the report to sources/: it is a directory"),
        ("", "cannot write the report to an empty path: give a file name, or - for stdout"),
    ],
)
def test_output_naming_a_folder_writes_no_file(work: Path, destination: str, message: str) -> None:
    before = _snapshot(work)
    result = run_cli("check", "-o", destination)
    assert (result.exit_code, result.stderr) == (2, f"error: {message}\n")
    assert _snapshot(work) == before


def _as_another_user(tmp_path: Path) -> tuple[list[str], Path]:
    """A command prefix that runs as a user other than root (nobody, through setpriv, when the tests run as
    root), and a folder holding a copy of the small audit that user can use."""
    import shutil
    import subprocess
    import sys
    import tempfile

    from tests.conftest import BASE

    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot run as another user")
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    folder = Path(tempfile.mkdtemp(prefix="planaudit-user-", dir="/tmp" if os.path.isdir("/tmp") else None))
    shutil.copytree(BASE, folder / "audit")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    probe = subprocess.run([*prefix, sys.executable, "-c", "import planaudit"], capture_output=True, cwd=folder)
    if probe.returncode != 0:
        shutil.rmtree(folder)
        pytest.skip("planaudit cannot be imported by another user from here")
    return [*prefix, sys.executable, "-m", "planaudit"], folder


def test_as_another_user_a_write_only_report_and_dev_stdout_are_written(tmp_path: Path) -> None:
    import shutil
    import subprocess

    planaudit, folder = _as_another_user(tmp_path)
    audit = folder / "audit"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(folder)}
    env["PLANAUDIT_LANG"] = "en"
    try:
        (audit / "report.json").write_text("", encoding="utf-8")
        (audit / "report.json").chmod(0o222)  # write-only: --output never needs to read it
        proc = subprocess.run([*planaudit, "check", "-f", "json", "-o", "report.json"], cwd=audit, env=env)
        assert proc.returncode == 0
        (audit / "report.json").chmod(0o644)
        assert json.loads((audit / "report.json").read_text(encoding="utf-8"))["plan"]["id"] == "demo-2019"
        command = [*planaudit, "check", "-f", "json", "-o", "/dev/stdout"]
        # A pipe and a file made by this process: the other user may write to them as inherited, not open them again.
        proc = subprocess.run(command, cwd=audit, env=env, capture_output=True)
        assert (proc.returncode, proc.stderr) == (0, b"")
        assert json.loads(proc.stdout)["plan"]["id"] == "demo-2019"
        with (folder / "out.json").open("w") as out:
            proc = subprocess.run(command, cwd=audit, env=env, stdout=out, stderr=subprocess.PIPE)
        assert (proc.returncode, proc.stderr) == (0, b"")
        assert json.loads((folder / "out.json").read_bytes())["plan"]["id"] == "demo-2019"
    finally:
        shutil.rmtree(folder)
