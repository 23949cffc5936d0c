"""Evidence lints on synthetic cases: reuse, plan echo, heading-only judgement, caveats; and the checks beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from planaudit.lints import LINT_CODES, echo_share, is_concrete
from tests.conftest import edit, run_cli

AIR_SILENT = "  air:\n    status: silent\n"


def _review(workdir: Path, sentence: str) -> None:
    review = workdir / "sources" / "review.txt"
    review.write_text(review.read_text(encoding="utf-8") + sentence + "。\n", encoding="utf-8")


def _air(workdir: Path, quote: str, fact: str | None = None, extra: str = "") -> None:
    fact_line = f"    fact: {fact}\n" if fact else ""
    entry = (
        "  air:\n    status: reported\n    verdict: met\n    rationale: r\n"
        f"{fact_line}{extra}    evidence:\n      - source: review\n        quote: {quote}\n"
    )
    edit(workdir / "actuals.yaml", AIR_SILENT, entry)


@pytest.mark.parametrize(
    ("text", "concrete"),
    [
        ("四是城市形象再展新颜", False),
        ("城市形象再展新颜", False),
        ("全年新建道路12条", True),
        ("槜李大桥、万国大桥建成通车", True),
        ("荣膺“2019中国经济营商环境十大创新开发区”", True),
        ("高质量举办第五届招商大会", True),
        ("水、大气环境质量实现2013年实施监测以来历史最佳", True),
        ("全区生态环境更加宜居", False),
        ("收获了一份令人满意的成绩单", False),
        ("签约项目三个", True),
    ],
)
def test_what_counts_as_a_concrete_fact(text: str, concrete: bool) -> None:
    assert is_concrete(text) is concrete


def test_echo_share_measures_how_much_of_the_evidence_the_plan_already_says() -> None:
    assert echo_share("深化“3+1”项目推进机制", "要继续深化“3+1”项目推进模式") >= 0.6
    assert echo_share("全年开工26个项目、竣工34个项目", "要继续深化“3+1”项目推进模式") < 0.2
    assert echo_share("", "anything") == 0.0


def test_a_judged_verdict_without_a_fact_is_a_warning_and_an_error_under_strict(workdir: Path) -> None:
    _review(workdir, "水、大气环境质量实现2013年实施监测以来历史最佳")
    _air(workdir, "水、大气环境质量实现2013年实施监测以来历史最佳")
    relaxed = run_cli("check")
    assert relaxed.exit_code == 0
    assert "judged-without-fact" in relaxed.stdout
    strict = run_cli("check", "--strict", "-o", "report.txt")
    assert strict.exit_code == 2
    assert strict.stderr.startswith("actuals.yaml:")
    assert "a judged verdict needs 'fact'" in strict.stderr
    assert not (workdir / "report.txt").exists()


def test_a_fact_that_is_a_heading_is_flagged_unless_its_sufficiency_is_argued(workdir: Path) -> None:
    _review(workdir, "四是城市形象再展新颜")
    _air(workdir, "四是城市形象再展新颜", fact="四是城市形象再展新颜")
    result = run_cli("validate", "--strict")
    assert result.exit_code == 2
    assert "a heading or praise is not a result" in result.stderr
    edit(workdir / "actuals.yaml", "    fact: 四是", "    suffices_because: for the test\n    fact: 四是")
    assert run_cli("validate", "--strict").exit_code == 0


def test_a_fact_must_come_from_the_evidence(workdir: Path) -> None:
    _review(workdir, "全年新建道路12条")
    _air(workdir, "全年新建道路12条", fact="新建道路24条")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "'fact' must be quoted verbatim from one of this entry's evidence quotes" in result.stderr


def test_one_sentence_credited_to_two_met_goals_is_reuse(workdir: Path) -> None:
    _air(workdir, "高质量举办第五届招商大会", fact="高质量举办第五届招商大会")
    result = run_cli("check", "--strict")
    assert result.exit_code == 2
    assert "already credited to the met verdict of 'fair'" in result.stderr
    assert "[evidence-reuse]" in result.stderr


def test_evidence_that_echoes_the_plan_is_flagged(workdir: Path) -> None:
    _review(workdir, "区域空气和水质进一步改善")
    _air(workdir, "区域空气和水质进一步改善", fact="区域空气和水质进一步改善", extra="    suffices_because: x\n")
    result = run_cli("check", "--format", "json")
    assert '"code": "plan-echo"' in result.stdout
    assert run_cli("check", "--strict").exit_code == 2


@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "html", "github"])
def test_every_report_a_person_reads_shows_the_lints(workdir: Path, fmt: str) -> None:
    _review(workdir, "区域空气和水质进一步改善")
    _air(workdir, "区域空气和水质进一步改善", fact="区域空气和水质进一步改善", extra="    suffices_because: x\n")
    result = run_cli("check", "--format", fmt, "-o", "report.out")
    assert result.exit_code == 0, result.stderr
    report = (workdir / "report.out").read_text(encoding="utf-8")
    if fmt == "table":  # wrapped to the terminal's width: the goal's id is on the lint's first line
        lines = [line for line in report.split("Evidence lints (1)")[1].splitlines() if line.strip(" ─-")][:1]
    else:
        lines = [line for line in report.splitlines() if "plan-echo" in line]
    assert lines and all("air" in line for line in lines), lines
    if fmt == "html":
        assert '<section id="lints">' in report and '<a href="#lints">' in report


def test_caveats_on_met_verdicts_must_be_rated_and_material_ones_refused(workdir: Path) -> None:
    actuals = workdir / "actuals.yaml"
    edit(actuals, "    done: true\n", "    done: true\n    caveat: held in a smaller hall\n")
    unrated = run_cli("check", "--format", "github")
    assert unrated.exit_code == 0
    assert "::warning file=actuals.yaml,line=" in unrated.stdout and "caveat-unrated" in unrated.stdout
    edit(actuals, "    caveat: held", "    caveat_severity: minor\n    caveat: held")
    assert run_cli("check", "--strict").exit_code == 0
    edit(actuals, "caveat_severity: minor", "caveat_severity: material")
    material = run_cli("check")
    assert material.exit_code == 2
    assert "a material caveat contradicts a met verdict" in material.stderr


def test_a_severity_without_a_caveat_is_refused(workdir: Path) -> None:
    edit(workdir / "actuals.yaml", "    done: true\n", "    done: true\n    caveat_severity: minor\n")
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "'caveat_severity' needs a 'caveat' to qualify" in result.stderr


def test_an_untracked_outcome_quoting_a_goals_evidence_is_refused(workdir: Path) -> None:
    edit(
        workdir / "actuals.yaml",
        "plan: demo-2019\n",
        "plan: demo-2019\nuntracked:\n  - {id: fair-again, title: t, source: review, quote: 举办第五届招商大会}\n",
    )
    result = run_cli("validate")
    assert result.exit_code == 2
    assert "this outcome's quote is evidence for goal 'fair'" in result.stderr


def test_an_inconsistent_baseline_becomes_a_caveat_on_its_goal(workdir: Path) -> None:
    explained = run_cli("explain", "fdi").stdout
    assert "caveat: consistency: the review's 7.85亿美元 at +30.8% implies a prior-year base of 6.00亿美元" in explained
    assert "matches 上报数 6亿美元 instead" in explained


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "github"])
def test_a_chinese_report_gives_the_lints_in_chinese(workdir: Path, fmt: str) -> None:
    _review(workdir, "区域空气和水质进一步改善")
    _air(workdir, "区域空气和水质进一步改善", fact="区域空气和水质进一步改善", extra="    suffices_because: x\n")
    report = run_cli("check", "--lang", "zh", "--format", fmt).stdout
    flat = report.replace("\n", "").replace("%25", "%")  # github escapes % in its annotations
    assert "证据重复了计划本身的话（100%出现在计划原文中）：复述计划不是结果" in flat
    assert "echo of the plan" not in report
    english = run_cli("check", "--lang", "en", "--format", fmt).stdout
    assert "an echo of the plan is not a result" in english.replace("\n", "")


def test_every_lint_has_its_words_in_both_languages() -> None:
    from planaudit.i18n import all_keys, label

    keys = [key for key in all_keys() if key.startswith("lint.") and key != "lint.accepted"]
    assert {key.removeprefix("lint.") for key in keys} >= set(LINT_CODES)
    for key in keys:
        zh, en = label(key, "zh"), label(key, "en")
        assert zh != en and zh.count("{}") == en.count("{}"), key
