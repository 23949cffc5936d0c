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
    "commitment": ("确保", "must"),
    "stretch": ("力争", "strive"),
    "plain": ("—", "—"),
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
    "total": ("目标总数", "goals"),
    "coverage": ("覆盖率（有证据可评分的目标占比）", "coverage (goals scored on evidence)"),
    "stretch_reached": ("力争值达到", "stretch figures reached"),
    "missing_entries": ("实际数据中缺少条目的目标", "goals with no entry in the actuals file"),
    "missed_goals": ("未达成的目标", "Missed goals"),
    "unreported_goals": ("未报告的目标", "Unreported goals"),
    "silence": ("沉默分析：评估报告未提及的目标", "Silence: goals the review does not mention"),
    "by_section": ("按部分", "by section"),
    "by_level": ("按承诺程度", "by commitment level"),
    "consistency": ("跨文件一致性", "Cross-document consistency"),
    "consistent": ("一致", "consistent"),
    "inconsistent": ("不一致", "inconsistent"),
    "untracked": ("计划未列目标的报告结果", "Reported outcomes no goal asked for"),
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
    "report_title": ("计划执行审计", "Plan audit"),
    "silent_note": ("评估报告未提及", "the review is silent"),
    "measured": ("实测", "measured"),
    "documented": ("有据", "documented"),
    "judged": ("判断", "judged"),
    "basis": ("依据", "basis"),
    "partial": ("部分报告", "partial"),
    "of_which_partial": ("其中部分报告", "of which partially reported"),
    "no_evidence": ("无任何证据", "with no evidence at all"),
}

VERDICT_MARKS = {"met": "✓", "missed": "✗", "unreported": "?"}


def label(key: str, lang: Lang) -> str:
    zh, en = _LABELS[key]
    return zh if lang == "zh" else en


def verdict_text(verdict: str, lang: Lang) -> str:
    return f"{VERDICT_MARKS[verdict]} {label(verdict, lang)}"


def title_of(zh: str, en: str | None, lang: Lang) -> str:
    return en if lang == "en" and en else zh


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
