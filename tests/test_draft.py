"""planaudit draft: drafted files validate, guesses are marked, nothing is overwritten, bad input exits 2."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from planaudit.drafting import Document, build
from planaudit.drafting.common import MARK
from planaudit.reading.matching import similarity
from tests.conftest import ROOT, drafted_goals, run_cli

PLAN, REVIEW, PRIOR = "001_1610291dfc4f5d0b.txt", "002_8aecebe1aaa7d8cc.txt", "000_c5408738e60946da.txt"


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (PLAN, REVIEW, PRIOR):
        shutil.copy(ROOT / "sources" / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _drafted(folder: Path) -> tuple[dict, dict]:  # type: ignore[type-arg]
    targets = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    actuals = yaml.safe_load((folder / "actuals.yaml").read_text(encoding="utf-8"))
    return targets, actuals


def test_draft_of_the_bundled_documents_validates(docs: Path) -> None:
    result = run_cli("draft", PLAN, "--review", REVIEW, "--baseline", PRIOR)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("drafted 68 goals (14 with proposed evidence, 54 silent), 6 baselines")
    checked = run_cli("validate")
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout.startswith("valid: 68 goals, 68 actuals entries")
    targets, _ = _drafted(docs)
    assert targets["sources"]["plan"] == {"path": PLAN, "title": "2019年工作计划", "role": "plan"}
    assert targets["plan"]["period"] == "2019"
    plan = (docs / PLAN).read_text(encoding="utf-8")
    assert all(goal["quote"] in plan for goal in targets["goals"])
    assert all(re.fullmatch(r"g[0-9]{2}-[a-z0-9.-]+", goal["id"]) for goal in targets["goals"])


# goal quote → (rule, level, evidence value or None)
EXPECTED = {
    "力争完成合同外资8亿美元": ({"kind": "at_least", "target": 8, "unit": "亿美元"}, "stretch", 7.85),
    "实到外资6亿美元": ({"kind": "at_least", "target": 6, "unit": "亿美元"}, "stretch", 4.08),
    "引进世界500强（全球行业龙头）企业投资项目10个": ({"kind": "new_items", "target": 10, "unit": "家"}, "plain", 37),
    "总数达到45个，力争50个": ({"kind": "at_least", "target": 45, "unit": "家", "stretch": 50}, "plain", 37),
    "确保新增国家高新技术企业15家以上": ({"kind": "new_items", "target": 15, "unit": "家"}, "commitment", None),
    "力争全区规上工业企业超200家": (
        {"kind": "at_least", "target": 200, "unit": "家", "exclusive": True},
        "stretch",
        None,
    ),
    "楼宇税收增长15%": ({"kind": "growth", "target_pct": 15, "unit": "亿元"}, "plain", None),
    # the review's level (55.5%), proposed undecided: no baseline to tell the change
    "服务业增加值占GDP比重提高1个百分点": ({"kind": "pp_change", "target_pp": 1}, "plain", 55.5),
    "努力实现一般企业投资项目开工前审批“最多90天": ({"kind": "at_most", "target": 90, "unit": "天"}, "stretch", None),
    "等28个项目开工建设": ({"kind": "at_least", "target": 28, "unit": "个"}, "plain", 26),
    "等37个项目竣工投产": ({"kind": "at_least", "target": 37, "unit": "个"}, "plain", 34),
    "确保茶园小学今年9月如期开学": ({"kind": "milestone", "deadline": "2019-09"}, "commitment", None),
    "确保三类水河道占比达50%以上": ({"kind": "at_least", "target": 50, "unit": "%"}, "commitment", None),
}


def test_drafted_goals_table(docs: Path) -> None:
    assert run_cli("draft", PLAN, "--review", REVIEW, "--baseline", PRIOR).exit_code == 0
    targets, actuals = _drafted(docs)
    by_quote = {goal["quote"]: goal for goal in targets["goals"]}
    for quote, (rule, level, value) in EXPECTED.items():
        goal = by_quote[quote]
        assert (goal["rule"], goal["level"]) == (rule, level), quote
        assert actuals["goals"][goal["id"]].get("value") == value, quote
    fair = by_quote["精心举办第五届“携手共进、合作共赢”招商大会"]
    assert actuals["goals"][fair["id"]] == {
        "status": "reported",
        "done": True,
        "evidence": [{"source": "review", "quote": "高质量举办第五届招商大会"}],
    }
    building = by_quote["楼宇税收增长15%"]
    assert targets["baselines"][building["baseline"]]["quote"] == "全年完成楼宇税收22.2亿元"


def test_every_guess_is_marked(docs: Path) -> None:
    assert run_cli("draft", PLAN, "--review", REVIEW, "--baseline", PRIOR).exit_code == 0
    lines = (docs / "targets.yaml").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if re.match(r"    (level|rule|baseline):", line) or re.match(r"  [a-z0-9-]+-prior:", line):
            assert MARK in line, line
    actual_lines = (docs / "actuals.yaml").read_text(encoding="utf-8").splitlines()
    for line in actual_lines:
        if "evidence: [" in line or re.match(r"\s+- \{(id|source):", line) or "status: silent" in line:
            assert MARK in line, line


def test_untracked_outcomes_are_review_figures_no_goal_uses(docs: Path) -> None:
    assert run_cli("draft", PLAN, "--review", REVIEW).exit_code == 0
    _, actuals = _drafted(docs)
    quotes = [item["quote"] for item in actuals["untracked"]]
    assert "全年GDP可比增长7%" in quotes
    assert "新增绿地面积725亩" in quotes
    assert "完成合同利用外资7.85亿美元" not in quotes  # the evidence of the contracted-FDI goal


def test_without_a_review_every_goal_is_silent(docs: Path) -> None:
    assert run_cli("draft", PLAN).exit_code == 0
    targets, actuals = _drafted(docs)
    assert set(targets["sources"]) == {"plan"}
    assert {entry["status"] for entry in actuals["goals"].values()} == {"silent"}
    assert run_cli("validate").exit_code == 0


def test_a_draft_folder_validates_as_it_stands(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """-o DIR is created; documents outside it are copied into DIR/sources/; the schemas its first lines name exist."""
    result = run_cli("draft", PLAN, "--review", REVIEW, "-o", "out/audit")
    assert result.exit_code == 0, result.stderr
    out = docs / "out" / "audit"
    targets, _ = _drafted(out)
    assert targets["sources"]["plan"]["path"] == f"sources/{PLAN}"
    assert (out / "sources" / PLAN).read_bytes() == (docs / PLAN).read_bytes()
    for name in ("targets", "actuals"):
        first = (out / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
        schema = first.split("$schema=")[1]
        assert (out / schema).is_file()
    monkeypatch.chdir(out)
    checked = run_cli("validate")
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout.startswith("valid: ")
    # drafting again over the same copies is fine; a copy that was edited is kept unless forced
    monkeypatch.chdir(docs)
    (out / "sources" / PLAN).write_text("changed\n", encoding="utf-8")
    again = run_cli("draft", PLAN, "-o", "out/audit", "--force")
    assert again.exit_code == 0, again.stderr
    assert (out / "sources" / PLAN).read_bytes() == (docs / PLAN).read_bytes()


def test_documents_inside_the_folder_are_not_copied(docs: Path) -> None:
    assert run_cli("draft", PLAN, "--review", REVIEW).exit_code == 0
    targets, _ = _drafted(docs)
    assert targets["sources"]["review"]["path"] == REVIEW
    assert not (docs / "sources").exists()


def _hostile(folder: Path, case: str) -> str:
    """A plan (and its name) with what the drafted files once carried raw and validate refused."""
    plain = "2024年工作计划\n全年新增就业1000人以上。\n粮食产量达到6亿吨以上。\n"
    name = "plan.txt"
    if case == "bidi":
        text = plain.replace("新增就业", "新增\u202e就业")
    elif case == "line-separator":
        text = plain.replace("以上。\n粮食", "以上\u2028粮食")
    elif case == "cr-only":
        text = plain.replace("\n", "\r")
    elif case == "huge-number":
        text = plain + "投资达到" + "9" * 5000 + "亿元。\n"
    else:  # a file name with a line break, which the drafted header comment once carried
        text, name = plain, "plan\ninjected: true\n.txt"
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "docs" / name).write_text(text, encoding="utf-8", newline="")
    return str(Path("docs") / name)


@pytest.mark.parametrize("case", ["bidi", "line-separator", "cr-only", "huge-number", "newline-name"])
def test_draft_writes_only_what_validate_accepts(docs: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    plan = _hostile(docs, case)
    monkeypatch.chdir(docs / "docs")  # the plan inside the folder drafted into: no copy, its own name
    result = run_cli("draft", os.path.basename(plan))
    assert result.exit_code == 0, result.stderr
    text = (docs / "docs" / "targets.yaml").read_text(encoding="utf-8")
    assert "inf" not in re.findall(r"target: (\S+?)[,}]", text)
    assert "injected" not in yaml.safe_load(text)  # a file name never becomes a key of its own
    checked = run_cli("validate")
    assert checked.exit_code == 0, checked.stderr


def _draft_calls(folder: Path, monkeypatch: pytest.MonkeyPatch, figures: int) -> int:
    """Python calls (functions, generator steps, builtins) `planaudit draft` makes on a review of `figures` figures
    no goal uses: a count of work that load does not change."""
    import cProfile

    folder.mkdir()
    (folder / "plan.txt").write_text("2024年计划\n全年新增就业1000人以上。\n", encoding="utf-8")
    text = "，".join(f"项目{i}完成投资{i % 97 + 1}万元" for i in range(figures))
    (folder / "review.txt").write_text("回顾\n" + text + "。\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    profile = cProfile.Profile()
    profile.enable()
    try:
        result = run_cli("draft", "plan.txt", "--review", "review.txt")
    finally:
        profile.disable()
    assert result.exit_code == 0, result.stderr
    assert f"{figures} untracked outcomes" in result.stdout
    return sum(entry.callcount for entry in profile.getstats())


def test_untracked_outcomes_cost_linear_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review figures no goal uses: the overlap check once compared each with every one taken (24,000 took 31 s).
    Counted, not timed (speed is measured in benchmarks/): 4x the figures makes about 3.3x the calls (the fixed
    cost of a draft is part of both); comparing each with every one taken made 8x."""
    _draft_calls(tmp_path / "first", monkeypatch, 10)  # imports and first-use compiles out of the way
    small = _draft_calls(tmp_path / "small", monkeypatch, 1_000)
    large = _draft_calls(tmp_path / "large", monkeypatch, 4_000)
    assert large < 5 * small, (small, large)


def test_an_unreviewed_draft_never_passes_the_gate(docs: Path) -> None:
    drafted = run_cli("draft", PLAN, "--review", REVIEW)
    assert drafted.exit_code == 0
    marks = int(re.search(r"review the ([0-9]+) '# draft: check' marks", drafted.stdout).group(1))  # type: ignore[union-attr]
    assert marks > 50
    validated = run_cli("validate")
    assert validated.exit_code == 0, validated.stderr
    assert f"{marks} '# draft: check' mark(s) left to review" in validated.stdout
    checked = run_cli("check")
    assert checked.exit_code == 1
    assert f"gate failed: unreviewed draft: {marks} '# draft: check' mark(s) left" in checked.stderr
    preview = run_cli("check", "--allow-draft")
    assert preview.exit_code == 0, preview.stderr
    assert "warning: preview of an unreviewed draft" in preview.stderr
    for name in ("targets.yaml", "actuals.yaml"):  # the reviewer deletes every mark
        path = docs / name
        path.write_text(path.read_text(encoding="utf-8").replace(MARK, "#"), encoding="utf-8")
    reviewed = run_cli("check")
    assert reviewed.exit_code == 0, reviewed.stderr
    assert "unreviewed" not in reviewed.stderr
    assert "left to review" not in run_cli("validate").stdout


def test_a_mark_inside_a_quoted_string_is_not_a_mark() -> None:
    from planaudit.gates import draft_marks

    assert draft_marks('title: "see # draft: check"\nrule: {kind: judged}  # draft: check\n') == 1
    assert draft_marks("title: 'it''s # draft: check'\n") == 0


def test_existing_files_are_kept_unless_forced(docs: Path) -> None:
    (docs / "actuals.yaml").write_text("mine\n", encoding="utf-8")
    refused = run_cli("draft", PLAN)
    assert refused.exit_code == 2
    assert refused.stderr == "error: actuals.yaml exists: give --force to replace it, or -o another folder\n"
    assert (docs / "actuals.yaml").read_text(encoding="utf-8") == "mine\n"
    assert not (docs / "targets.yaml").exists()
    assert run_cli("draft", PLAN, "--force").exit_code == 0
    assert (docs / "actuals.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server")


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["missing.txt"], "missing.txt: "),
        ("gbk", ["bad.txt"], "bad.txt"),
        ("empty", ["empty.txt"], "empty.txt: no target-like phrase found"),
        ("file", [PLAN, "-o", "afile"], "error: afile: not a folder"),
        ("input", ["targets.yaml", "--force"], "error: refusing to write the draft over the input file targets.yaml"),
    ],
)
def test_bad_input_exits_2_without_a_traceback(docs: Path, setup: str | None, args: list[str], message: str) -> None:
    if setup == "gbk":
        (docs / "bad.txt").write_bytes("力争完成合同外资8亿美元".encode("gbk"))
    elif setup == "empty":
        (docs / "empty.txt").write_text("没有目标的一段话。\n", encoding="utf-8")
    elif setup == "file":
        (docs / "afile").write_text("x\n", encoding="utf-8")
    elif setup == "input":
        shutil.copy(docs / PLAN, docs / "targets.yaml")
    result = run_cli("draft", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if setup != "input":
        assert not (docs / "targets.yaml").exists()


@pytest.mark.parametrize(
    ("measure", "context", "share"),
    [
        ("合同外资", "完成合同利用外资 ", 2 / 3),
        ("实到外资", "完成实到外资 ", 1.0),
        ("项目竣工投产", " 个项目竣工", 0.6),
        ("", "anything", 0.0),
    ],
)
def test_measure_word_similarity(measure: str, context: str, share: float) -> None:
    assert similarity(measure, context) == pytest.approx(share)


def test_build_is_pure_text(tmp_path: Path) -> None:
    plan = Document(str(tmp_path / "p.txt"), "一、招商\n力争完成合同外资8亿美元。\n")
    review = Document(str(tmp_path / "r.txt"), "完成合同利用外资7.85亿美元。全年GDP增长7%。")
    draft = build(plan, str(tmp_path), review=review)
    assert (draft.goals, draft.evidence, draft.silent, draft.untracked) == (1, 1, 0, 1)
    assert "value: 7.85" in draft.actuals
    assert not list(tmp_path.iterdir())  # build writes nothing


def _walkthrough() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- walkthrough: [^\n]*-->\n```sh\n(.*?)```", readme, re.S)
    assert block is not None, "the README's draft walkthrough is missing"
    return block.group(1)


def test_readme_walkthrough_runs_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", os.defpath))
    env.update(NO_COLOR="1", PLANAUDIT_LANG="en", COLUMNS="80", GITHUB_STEP_SUMMARY="")
    script = "set -e\n" + _walkthrough()
    result = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "drafted 68 goals" in result.stdout
    assert "valid: 68 goals" in result.stdout
    assert re.search(r"targets\.yaml:[0-9]+\nactuals\.yaml:[0-9]+", result.stdout)
    assert "missed" in result.stdout


def test_an_english_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text(
        "Work plan 2021\n1. Economy\nWe will strive to increase exports by 10 percent and ensure at least 200 new "
        "firms. Unemployment will be kept below 5%.\n2. City\nWe will complete 12 new roads, and hold the 3rd trade "
        "fair.\n",
        encoding="utf-8",
    )
    (tmp_path / "review.txt").write_text(
        "Review of 2021\nExports grew by 8 percent. We completed 14 roads and held the 3rd trade fair. "
        "GDP grew by 6 percent.\n",
        encoding="utf-8",
    )
    assert run_cli("draft", "plan.txt", "--review", "review.txt").exit_code == 0
    assert run_cli("validate").exit_code == 0
    targets, actuals = _drafted(tmp_path)
    assert [(g["quote"], g["level"], g["rule"]) for g in targets["goals"]] == [
        (
            "We will strive to increase exports by 10 percent",
            "stretch",
            {"kind": "growth", "target_pct": 10, "unit": "%"},
        ),
        # no baseline document: a count of new things is checked on the count the review reports
        ("ensure at least 200 new firms", "commitment", {"kind": "at_least", "target": 200, "unit": "firms"}),
        (
            "Unemployment will be kept below 5%",
            "commitment",
            {"kind": "at_most", "target": 5, "unit": "%", "exclusive": True},  # below: less than
        ),
        ("We will complete 12 new roads", "commitment", {"kind": "at_least", "target": 12, "unit": "roads"}),
        ("hold the 3rd trade fair", "plain", {"kind": "milestone"}),
    ]
    assert [s["title"] for s in targets["sections"]] == ["Economy", "City"]
    entries = list(actuals["goals"].values())
    assert (entries[0]["value"], entries[0]["basis"]) == (8, "change")
    assert (entries[3]["value"], entries[3].get("basis")) == (14, None)
    assert entries[4]["done"] is True
    assert [u["quote"] for u in actuals["untracked"]] == ["GDP grew by 6 percent"]


@pytest.mark.parametrize(
    ("plan", "title"),
    [
        ("We will open 3 new libraries.\n", "Whole text"),
        ("We will open 3 new libraries.\n1. Housing\nWe will build 500 homes.\n", "(before the first heading)"),
        ("力争完成合同外资8亿美元。\n", "全文"),
        ("力争完成合同外资8亿美元。\n一、促转型\n全年完成低效用地2000亩。\n", "（总体要求）"),
    ],
)
def test_the_section_before_any_heading_is_named_in_the_plans_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: str, title: str
) -> None:
    drafted_goals(tmp_path, monkeypatch, plan)
    sections = yaml.safe_load((tmp_path / "targets.yaml").read_text(encoding="utf-8"))["sections"]
    assert sections[0] == {"id": "s0-preamble", "title": title}
    assert run_cli("validate").exit_code == 0


def test_a_portfolio_with_an_unreviewed_draft_fails(docs: Path) -> None:
    for name in ("a", "b"):
        assert run_cli("draft", PLAN, "--review", REVIEW, "-o", name).exit_code == 0
    checked = run_cli("check", "a", "b")
    assert checked.exit_code == 1
    assert "gate failed: a: unreviewed draft:" in checked.stderr
    assert "gate failed: b: unreviewed draft:" in checked.stderr
