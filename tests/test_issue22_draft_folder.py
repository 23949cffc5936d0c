"""Issue #22's draft folder, through `python -m planaudit` in real processes on an English plan:
`draft PLAN --review REVIEW -o DIR` creates DIR (nested), copies the documents to DIR/sources/, writes the schemas
its first lines point at; `cd DIR && planaudit validate` passes and counts the marks left; `check` on the
unreviewed draft exits 1 and says why before any verdict, `--allow-draft` previews it; with every mark reviewed the gate passes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PLAN = """Union Budget 2016-17

1. Agriculture
The target for agricultural credit in 2016-17 will be ₹9 lakh crore. We will provide forty two new science centres.
62 new Navodaya Vidyalayas will be opened over the next two years.
2. Fiscal
The fiscal deficit will be kept at 3.5% of GDP.
"""
REVIEW = """Union Budget 2017-18

Agricultural credit reached ₹10 lakh crore in 2016-17. The fiscal deficit was 3.2% of GDP.
"""


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", PLANAUDIT_LANG="en", COLUMNS="100", GITHUB_STEP_SUMMARY="")
    return subprocess.run(
        [sys.executable, "-m", "planaudit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_drafted_folder_works_where_it_was_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    (docs / "review.txt").write_text(REVIEW, encoding="utf-8")
    drafted = _run(tmp_path, "draft", "docs/plan.txt", "--review", "docs/review.txt", "-o", "audits/budget")
    assert drafted.returncode == 0, drafted.stderr
    marks = int(re.search(r"review the ([0-9]+) '# draft: check' marks", drafted.stdout).group(1))  # type: ignore[union-attr]
    assert marks > 0
    folder = tmp_path / "audits" / "budget"
    for name in ("plan.txt", "review.txt"):
        assert (folder / "sources" / name).read_bytes() == (docs / name).read_bytes()
    for name in ("targets", "actuals"):
        first = (folder / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
        schema = folder / first.split("$schema=")[1]
        assert schema.read_bytes() == (ROOT / "schemas" / f"{name}.schema.json").read_bytes()

    validated = _run(folder, "validate")
    assert validated.returncode == 0, validated.stderr
    assert f"; {marks} '# draft: check' mark(s) left to review before check can pass" in validated.stdout

    checked = _run(folder, "check")
    assert checked.returncode == 1
    why = f"gate failed: unreviewed draft: {marks} '# draft: check' mark(s) left"
    assert checked.stderr.strip().splitlines()[-1].startswith(why)
    assert "gate passed" not in checked.stdout
    said = checked.stdout.index(f"unreviewed draft: {marks} '# draft: check' mark(s) left")
    assert said < checked.stdout.index("Needs attention")  # said before any verdict, not only after the tables

    preview = _run(folder, "check", "--allow-draft")
    assert preview.returncode == 0, preview.stderr
    assert f"warning: preview of an unreviewed draft: {marks} '# draft: check' mark(s) left" in preview.stderr

    for name in ("targets.yaml", "actuals.yaml"):  # the reviewer confirms every guess and deletes its mark
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8").replace("# draft: check", "#"), encoding="utf-8")
    assert "left to review" not in _run(folder, "validate").stdout
    reviewed = _run(folder, "check")
    assert reviewed.returncode == 0, reviewed.stderr
    assert "unreviewed" not in reviewed.stderr + reviewed.stdout
