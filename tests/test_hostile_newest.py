"""Hostile input on the newest paths (a ledger's year files, a portfolio, diff): a located message on stderr, exit 2,
nothing written, no traceback, nothing followed out of the audit."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BASE, CASES, run_cli

LEDGER = CASES / "ledger"
LOCATED = re.compile(r"^[^\n]+:(\d+):(\d+): \S")


def _listing(folder: Path) -> dict[str, int]:
    return {str(p): p.lstat().st_mtime_ns for p in folder.rglob("*")}


def _refused(folder: Path, *args: str) -> str:
    """Run the CLI in folder; it must exit 2 with nothing written and no traceback; its stderr."""
    before = _listing(folder)
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        result = run_cli(*args)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert _listing(folder) == before
    return result.stderr


def _ledger(tmp_path: Path) -> Path:
    folder = tmp_path / "ledger"
    shutil.copytree(LEDGER, folder)
    return folder


@pytest.mark.parametrize("make", [os.mkdir, os.mkfifo], ids=["folder", "fifo"])
def test_a_review_year_that_is_no_file_is_refused_not_skipped(tmp_path: Path, make: Callable[[Path], None]) -> None:
    """Before: a folder or FIFO named actuals-2022.yaml was left out, and the ledger audited 2021, 2023 and 2024 as
    if 2022 had never been reviewed (exit 0)."""
    folder = _ledger(tmp_path)
    (folder / "actuals-2022.yaml").unlink()
    make(folder / "actuals-2022.yaml")
    for command in (["check"], ["validate"], ["explain", "patents"]):
        err = _refused(folder, *command)
        assert err.startswith("actuals-2022.yaml: is a ")
        assert "not a regular file" in err or "not a file" in err


YEAR_EDITS = {
    "duplicate key": (
        lambda t: t.replace(
            "  urban:\n    status: silent", "  urban:\n    status: silent\n  urban:\n    status: silent"
        ),
        "duplicate key 'urban'",
    ),
    "NaN": (lambda t: t.replace("value: 9.4", "value: .nan"), ".nan is not a finite number"),
    "infinity as text": (lambda t: t.replace("value: 9.4", "value: '-Infinity'"), "'-Infinity'"),
    "huge integer": (lambda t: t.replace("value: 9.4", "value: " + "9" * 400), "outside the range of a number"),
    "huge float": (lambda t: t.replace("value: 9.4", "value: 1e400"), "outside the range of a number"),
}


@pytest.mark.parametrize("case", list(YEAR_EDITS))
def test_one_bad_year_of_several_is_located_in_its_own_file(tmp_path: Path, case: str) -> None:
    folder = _ledger(tmp_path)
    path = folder / "actuals-2022.yaml"
    edit, words = YEAR_EDITS[case]
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    for command in (["check"], ["check", "-f", "json"], ["validate"]):
        err = _refused(folder, *command)
        assert err.startswith("actuals-2022.yaml:") and LOCATED.match(err) and words in err


def test_a_bom_and_crlf_year_is_read_and_its_errors_located_on_their_lines(tmp_path: Path) -> None:
    folder = _ledger(tmp_path)
    path = folder / "actuals-2022.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text("\ufeff" + text.replace("\n", "\r\n"), encoding="utf-8", newline="")
    assert run_cli("validate", "-t", str(folder / "targets.yaml")).exit_code == 0
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "value: 9.4" in row)
    path.write_text("\ufeff" + text.replace("value: 9.4", "value: .inf").replace("\n", "\r\n"), "utf-8", newline="")
    err = _refused(folder, "check")
    assert err.startswith(f"actuals-2022.yaml:{line}:12: .inf is not a finite number")


def test_a_portfolio_audit_whose_actuals_leads_outside_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(BASE, plans / "a")
    shutil.copytree(BASE, plans / "b")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text((BASE / "actuals.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (plans / "b" / "actuals.yaml").unlink()
    (plans / "b" / "actuals.yaml").symlink_to(outside)
    # Before: followed when the portfolio's folder was named relative to a folder holding the link's target (here
    # the current one), refused when named absolutely or checked alone in plans/b.
    for named in ("plans", str(plans)):
        err = _refused(tmp_path, "check", named)
        assert f"{Path(named) / 'b' / 'actuals.yaml'}: a symbolic link leads outside its audit folder" in err
        assert "1 of 2 audits are invalid" in err
    # A link inside the audit's own folder is followed, as it is when the audit is checked alone.
    (plans / "b" / "actuals.yaml").unlink()
    (plans / "b" / "kept.yaml").write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
    (plans / "b" / "actuals.yaml").symlink_to("kept.yaml")
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "plans").exit_code == 0


def test_a_portfolio_audit_with_infinity_is_located_among_the_others(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(BASE, plans / "a")
    shutil.copytree(LEDGER, plans / "b")
    year = plans / "b" / "actuals-2023.yaml"
    year.write_text(
        year.read_text(encoding="utf-8").replace("status: reported", "status: reported\n    x: .inf", 1), "utf-8"
    )
    err = _refused(tmp_path, "check", "plans", "-f", "json")
    assert LOCATED.match(err) and f"{Path('plans/b/actuals-2023.yaml')}:" in err


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda t: t.replace('"actual": 7.85', '"actual": NaN', 1), "NaN"),
        (lambda t: t.replace('"actual": 7.85', '"actual": 1e400', 1), "outside the range of a number"),
        (lambda t: t.replace('"schema_version": 1,', '"schema_version": 1, "schema_version": 1,'), "duplicate"),
        (lambda t: "\ufeff" + t.replace("\n", "\r\n").replace('"goals": [', '"goals": [[', 1), ""),
    ],
    ids=["NaN", "huge", "duplicate key", "BOM CRLF broken"],
)
def test_diff_refuses_a_hostile_report_with_its_place(workdir: Path, edit: Callable[[str], str], words: str) -> None:
    good = run_cli("check", "-f", "json").stdout
    (workdir / "old.json").write_text(good, encoding="utf-8")
    (workdir / "new.json").write_text(edit(good), encoding="utf-8", newline="")
    err = _refused(workdir, "diff", "old.json", "new.json")
    assert err.startswith("new.json:") and LOCATED.match(err) and words in err
    json.loads(good)  # the good report itself is still valid JSON
