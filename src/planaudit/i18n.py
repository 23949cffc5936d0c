"""Labels in Chinese and English, and the choice of language."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "met": ("达成", "met"),
    "missed": ("未达成", "missed"),
    "unreported": ("未报告", "unreported"),
    "not_due": ("未到期", "not due"),
    "commitment": ("确保", "commitment"),
    "stretch": ("力争", "stretch"),
    "plain": ("一般", "plain"),
    "level_commitment": ("确保（必须完成）", "commitment (确保, must)"),
    "level_stretch": ("力争（努力目标）", "stretch (力争, strive)"),
    "coverage_short": ("覆盖率", "coverage"),
    "attention": ("需要关注：未达成与部分报告的目标", "Needs attention: missed and partly reported goals"),
    "nothing_to_attend": ("没有未达成或部分报告的目标", "no goal is missed or partly reported"),
    "near_miss": ("接近达成", "near miss"),
    "all_goals": ("全部目标", "All goals"),
    "by_section_heading": ("各部分：目标与沉默", "By section: goals and silence"),
    "by_level_heading": ("按承诺程度", "By commitment level"),
    "col.id": ("编号", "ID"),
    "col.goal": ("目标", "Goal"),
    "col.target": ("目标值", "Target"),
    "col.actual": ("实际", "Actual"),
    "col.attainment": ("完成率", "Att."),
    "col.verdict": ("结论", "Verdict"),
    "col.level": ("承诺", "Level"),
    "col.section": ("部分", "Section"),
    "col.total": ("目标数", "Goals"),
    "col.unreported_share": ("未报告占比", "Unreported %"),
    "col.coverage": ("覆盖率", "Coverage"),
    "col.measure": ("指标", "Measure"),
    "col.value": ("数值", "Value"),
    "col.prior": ("上年", "Prior year"),
    "col.change": ("变化", "Change"),
    "col.quote": ("原文", "Quote"),
    "col.implied": ("推算基数", "Implied base"),
    "col.baseline": ("基期值", "Baseline"),
    "col.status": ("状态", "Status"),
    "summary": ("汇总", "Summary"),
    "colon": ("：", ": "),
    "result_for": ("审计结果（共{0}个目标）", "audit result for {0} goals"),
    "total": ("目标总数", "goals"),
    "coverage": ("覆盖率（有证据可评分的目标占比）", "coverage (goals scored on evidence)"),
    "stretch_reached": ("力争值达到", "stretch figures reached"),
    "missing_entries": ("实际数据中缺少条目的目标", "goals with no entry in the actuals file"),
    "missed_goals": ("未达成的目标", "Missed goals"),
    "unreported_goals": ("未报告的目标", "Unreported goals"),
    "not_due_goals": ("尚未到期的目标", "Goals not yet due"),
    "silence": ("沉默分析：评估报告未提及的目标", "Silence: goals the review does not mention"),
    "by_section": ("按部分", "by section"),
    "by_level": ("按承诺程度", "by commitment level"),
    "consistency": ("跨文件一致性", "Cross-document consistency"),
    "consistent": ("一致", "consistent"),
    "inconsistent": ("不一致", "inconsistent"),
    "untracked": ("计划未列目标的报告结果", "Reported outcomes no goal asked for"),
    "untracked_words": ("报告了但没有数字的", "Reported without a figure"),
    "n_goals": ("共{0}个目标", "{0} goals"),
    "no_goals_shown": ("没有符合筛选条件的目标", "no goals match the filters"),
    "caveat": ("注意", "caveat"),
    "note": ("说明", "note"),
    "evidence": ("证据", "evidence"),
    "stretch_yes": ("力争值已达到", "stretch reached"),
    "stretch_no": ("力争值未达到", "stretch not reached"),
    "plan_quote": ("计划原文", "plan quote"),
    "rule": ("规则", "rule"),
    "baseline": ("基期", "baseline"),
    "arithmetic": ("计算", "arithmetic"),
    "verdict": ("结论", "verdict"),
    "gate_passed": ("检查通过", "gate passed"),
    "gate_failed": ("检查未通过", "gate failed"),
    "data_gate_passed": ("数据检查通过", "data gate passed"),
    "data_gate_failed": ("数据检查未通过", "data gate failed"),
    # the gate's conditions: {0}, {1}… are their values; the goals concerned follow after ": "
    "gate.more": ("等（另有{0}个）", " and {0} more"),
    "gate.unreviewed": (
        "草稿未经审阅：还有{0}处“# draft: check”标记；逐项确认或改正后删除标记（--allow-draft 只预览，不过关）",
        "unreviewed draft: {0} '# draft: check' mark(s) left; confirm or correct each guess and delete its mark "
        "(--allow-draft previews the scorecard without a gate)",
    ),
    "gate.empty": ("没有可审计的目标：空审计不能通过", "no goals to audit: an empty audit never passes"),
    "gate.incomplete": ("数据不完整：{0}个目标在{1}中没有条目", "incomplete: {0} goal(s) have no entry in {1}"),
    "gate.complete": ("每个目标都有条目（{0}/{0}）", "every goal has an entry ({0}/{0})"),
    "gate.missed": ("{0}个目标未达成", "{0} goal(s) missed"),
    "gate.no_missed": ("没有未达成的目标", "no goal missed"),
    "gate.missed_level": ("{0}个{1}目标未达成", "{0} {1} goal(s) missed"),
    "gate.no_missed_level": ("没有未达成的必达目标", "no commitment missed"),
    "gate.off_track": ("{0}个{1}目标进度滞后", "{0} {1} goal(s) off track"),
    "gate.no_off_track": ("没有进度滞后的约束性目标", "no gating goal off track"),
    "gate.unreported": ("{0}个目标未报告", "{0} goal(s) unreported"),
    "gate.no_unreported": ("没有未报告的目标", "nothing unreported"),
    "gate.judged_met": ("{0}个“达成”仅凭判断", "{0} met verdict(s) rest on judgement alone"),
    "gate.no_judged_met": ("没有仅凭判断的“达成”", "no met verdict rests on judgement alone"),
    "gate.uncovered": ("{0}处计划表述未成为目标", "{0} plan phrase(s) no goal quotes"),
    "gate.no_uncovered": (
        "计划中的目标性表述都已作为目标或注明排除",
        "every target phrase of the plan is a goal or excluded",
    ),
    "gate.unused": ("{0}个报告数字未被使用", "{0} review figure(s) no entry uses"),
    "gate.no_unused": ("评估报告中的数字都已使用或注明排除", "every figure of the review is used or excluded"),
    "gate.silence": ("{0}个“未提及”目标可能已被报告", "{0} silent goal(s) the review may report"),
    "gate.no_silence": ("没有可能与报告矛盾的“未提及”", "no silence the review may contradict"),
    "gate.coverage_low": (
        "覆盖率{0}低于要求的{1}%（{3}个目标中{2}个有证据评分）",
        "coverage {0} is below the required {1}% ({2} of {3} goals scored on evidence)",
    ),
    "gate.coverage_ok": ("覆盖率{0} ≥ {1}%", "coverage {0} ≥ {1}%"),
    "report_title": ("计划执行审计", "Plan audit"),
    "silent_note": ("评估报告未提及", "the review is silent"),
    "measured": ("实测", "measured"),
    "documented": ("有据", "documented"),
    "judged": ("判断", "judged"),
    "basis": ("依据", "basis"),
    "partial": ("部分报告", "partial"),
    "documents": ("文件覆盖", "Document coverage"),
    "doc_targets": ("计划中的目标性表述已作为目标或注明排除", "target phrases of the plan are goals or excluded"),
    "doc_figures": ("评估报告中的数字已使用或注明排除", "figures of the review are used or excluded"),
    "doc_uncovered": ("未成为目标的计划表述", "plan phrase no goal quotes"),
    "doc_unused": ("未使用的报告数字", "review figure no entry uses"),
    "doc_silence": ("可能被报告的“未提及”目标", "silent goal the review may report"),
    "doc_line": ("第{0}行", "line {0}"),
    "doc_more": ("…另有{0}处（--format json 列出全部）", "… {0} more (--format json lists all)"),
    "doc_more_first": (
        "…另有{0}处（--format json 列出每类的前1000处）",
        "… {0} more (--format json lists the first 1000 of each)",
    ),
    "lints": ("证据提示", "Evidence lints"),
    "consistency_caveat": ("一致性", "consistency"),
    "of_which_partial": ("其中部分报告", "of which partially reported"),
    "undecided": ("有报告未判定", "undecided"),
    "of_which_undecided": ("其中有报告未判定", "reported but undecided"),
    "no_evidence": ("无任何证据", "with no evidence at all"),
    # the html report
    "audited_on": ("审计日期", "Audited on"),
    "sources": ("来源文件", "Sources"),
    "issuer": ("发布单位", "Issuer"),
    "period": ("期间", "Period"),
    "data_files": ("数据文件", "Data files"),
    "goals": ("目标", "Goals"),
    "chart.by_section": ("各部分的结论", "Verdicts by section"),
    "chart.attainment": ("数值目标的完成率", "Attainment of numeric goals"),
    "chart.by_level": ("按承诺程度的沉默情况", "Silence by commitment level"),
    "chart.data": ("图表数据", "Chart data"),
    "silent": ("未提及", "silent"),
    "level_plain": ("一般（无承诺词）", "plain (no commitment word)"),
    "target_line": ("目标（100%）", "target (100%)"),
    "stretch_mark": ("力争值", "stretch figure"),
    "not_charted": (
        "另有{0}个数值目标没有可比的数字（未报告），未绘入图中",
        "{0} more numeric goals have no figure to compare (unreported) and are not drawn",
    ),
    "contents": ("目录", "Contents"),
    "rationale": ("理由", "rationale"),
    "reproduce": ("复现", "Reproduce"),
    "generated_by": ("生成工具", "Generated by"),
    "shown_only": ("仅显示", "showing only"),
    "role.plan": ("计划", "plan"),
    "role.review": ("评估报告", "review"),
    "role.baseline": ("基期数据", "baseline"),
    # evidence lints (lints.py): the English words are what stderr and the json report say
    "lint.evidence-reuse": (
        "这条证据已计入“{}”的达成判定：一句话不能同时是两个目标的结果",
        "this evidence quote is already credited to the met verdict of '{}': one sentence cannot be the result of "
        "two goals",
    ),
    "lint.accept-unused": (
        "此处接受了“{}”，但这条记录并没有这项提示：请删除这项接受",
        "'{}' is accepted here but no such lint fires on this entry: drop the acceptance",
    ),
    "lint.plan-echo": (
        "证据重复了计划本身的话（{}出现在计划原文中）：复述计划不是结果",
        "the evidence repeats the plan's own words ({} of it is in the plan quote): "
        "an echo of the plan is not a result",
    ),
    "lint.judged-without-fact": (
        "人工判定需要“fact”：判定所依据的具体事实，引自其证据",
        "a judged verdict needs 'fact': the concrete fact it rests on, quoted from its evidence",
    ),
    "lint.fact-not-concrete": (
        "“fact”没有数字、数量、名称或已完成的行动（标题或褒扬不是结果）：请选择具体事实，"
        "或在“suffices_because”中说明为何足够",
        "the 'fact' has no number, count, name or completed action (a heading or praise is not a result); "
        "choose a concrete fact or say in 'suffices_because' why this is enough",
    ),
    "lint.caveat-unrated": (
        "带保留意见的达成判定需要“caveat_severity: minor”（判定成立）或“material”（判定不成立）",
        "a met verdict with a caveat needs 'caveat_severity: minor' (the verdict stands) or 'material' (it does not)",
    ),
    "lint.caveat-material-met": (
        "实质性保留意见与达成判定相矛盾：请修改判定或删除保留意见",
        "a material caveat contradicts a met verdict: change the verdict or drop the caveat",
    ),
    "lint.rationale-number": (
        "理由中的数字{}不在该目标的任何引文（计划、证据、事实、基期）或计算中，也不能由它们推出：请在理由中逐字引用其出处，"
        "或说明理由后接受",
        "the rationale states {}, which stands in none of this goal's quotes (plan, evidence, fact, baseline) or its "
        "arithmetic and does not follow from them: quote its source verbatim in the rationale, or accept it with a "
        "reason",
    ),
    "lint.accepted": ("——已接受：", " — accepted: "),
}

VERDICT_MARKS = {"met": "✓", "missed": "✗", "unreported": "?", "not_due": "◷"}


def label(key: str, lang: Lang) -> str:
    zh, en = _LABELS[key]
    return zh if lang == "zh" else en


def verdict_text(verdict: str, lang: Lang) -> str:
    return f"{VERDICT_MARKS[verdict]} {label(verdict, lang)}"


def title_of(zh: str, en: str | None, lang: Lang) -> str:
    return en if lang == "en" and en else zh


def lang_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why PLANAUDIT_LANG is refused (anything but zh, en or empty), or None."""
    chosen = (os.environ if environ is None else environ).get("PLANAUDIT_LANG", "")
    if chosen and chosen not in LANGS:
        return "PLANAUDIT_LANG must be zh or en (or unset)"
    return None


def default_lang(environ: dict[str, str] | None = None) -> Lang:
    """PLANAUDIT_LANG if set, else Chinese when the locale is Chinese, else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("PLANAUDIT_LANG", "")
    if chosen in LANGS:
        return "zh" if chosen == "zh" else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def all_keys() -> list[str]:
    return list(_LABELS)
