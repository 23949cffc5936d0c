"""Document coverage in check: plan phrases no goal quotes, review figures no entry uses, suspicious silences; and their gates."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import edit, run_cli

GATES = ("--fail-on", "uncovered-target", "--fail-on", "unused-figure", "--fail-on", "suspicious-silence")


def test_the_bundled_audit_accounts_for_its_documents(bundled: Path) -> None:
    result = run_cli("check", *GATES)
    assert result.exit_code == 0, result.stderr
    assert "gate passed: every goal has an entry (121/121); every target phrase" in result.stdout
    coverage = json.loads(run_cli("check", "--format", "json").stdout)["document_coverage"]
    assert coverage["targets"]["found"] == coverage["targets"]["covered"] >= 60
    assert coverage["figures"]["found"] == coverage["figures"]["used"] >= 50


def test_a_plan_target_left_out_fails_its_gate_until_excluded_with_a_reason(workdir: Path) -> None:
    plan = workdir / "sources" / "plan.txt"
    edit(plan, "精心举办第五届招商大会。", "精心举办第五届招商大会。新建道路20条。")
    result = run_cli("check", "--fail-on", "uncovered-target")
    assert result.exit_code == 1
    assert result.stderr == "gate failed: 1 plan phrase(s) no goal quotes: 新建道路20条\n"
    assert "plan phrase no goal quotes (line 2): 新建道路20条" in run_cli("check").stdout
    edit(
        workdir / "targets.yaml",
        "goals:\n",
        "excluded:\n  - {quote: 新建道路20条, reason: left to the roads audit}\ngoals:\n",
    )
    assert run_cli("check", "--fail-on", "uncovered-target").exit_code == 0


def test_an_exclusion_must_quote_its_document(workdir: Path) -> None:
    edit(
        workdir / "targets.yaml", "goals:\n", "excluded:\n  - {quote: 不存在的句子, source: plan, reason: r}\ngoals:\n"
    )
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "quote not found verbatim in sources/plan.txt" in result.stderr


def test_a_review_figure_no_entry_uses_fails_its_gate(workdir: Path) -> None:
    edit(workdir / "sources" / "review.txt", "建成运河公园。", "建成运河公园。新增绿地面积725亩。")
    result = run_cli("check", "--fail-on", "unused-figure", "--format", "json")
    assert result.exit_code == 1
    unused = json.loads(result.stdout)["document_coverage"]["figures"]["unused"]
    assert [u["figure"] for u in unused] == ["725亩"]
    edit(
        workdir / "targets.yaml",
        "goals:\n",
        "excluded:\n  - {quote: 新增绿地面积725亩, source: review, rest_of_document: true, reason: out of scope}\ngoals:\n",
    )
    assert run_cli("check", "--fail-on", "unused-figure").exit_code == 0


def test_a_silence_the_review_contradicts_is_suspicious(workdir: Path) -> None:
    edit(workdir / "sources" / "review.txt", "建成运河公园。", "建成运河公园。南郊河公园开园。")
    assert run_cli("check", "--fail-on", "suspicious-silence").exit_code == 0  # parks is reported, not silent
    actuals = workdir / "actuals.yaml"
    text = actuals.read_text(encoding="utf-8")
    start = text.index("  parks:\n")
    end = text.index("  air:\n")
    actuals.write_text(text[:start] + "  parks:\n    status: silent\n" + text[end:], encoding="utf-8")
    result = run_cli("check", "--fail-on", "suspicious-silence", "--format", "github")
    assert result.exit_code == 1
    assert "gate failed: 1 silent goal(s) the review may report: parks" in result.stderr
    assert "::error file=actuals.yaml,title=suspicious silence%3A parks::" in result.stdout  # it failed the gate
    ungated = run_cli("check", "--format", "github")
    assert ungated.exit_code == 0
    assert "::warning file=actuals.yaml,title=suspicious silence%3A parks::" in ungated.stdout
