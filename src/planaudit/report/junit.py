"""The JUnit XML report: one testcase per goal, missed = failure, unreported = skipped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from planaudit.i18n import title_of
from planaudit.report.common import RenderOptions, actual_cell, goal_title, shown_results, target_cell
from planaudit.scorecard import Scorecard


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang = options.lang
    shown = shown_results(scorecard, options)
    root = ET.Element("testsuites", name=f"planaudit {scorecard.plan.id}")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for section in scorecard.sections:
        rows = [r for r in shown if r.section.id == section.id]
        if not rows:
            continue
        failures = sum(r.verdict.value == "missed" for r in rows)
        skipped = sum(r.verdict.value == "unreported" for r in rows)
        suite = ET.SubElement(
            root,
            "testsuite",
            name=f"{section.id} {title_of(section.title, section.title_en, lang)}",
            tests=str(len(rows)),
            failures=str(failures),
            errors="0",
            skipped=str(skipped),
        )
        for result in rows:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{scorecard.plan.id}.{section.id}",
                name=f"{result.goal.id}: {goal_title(result, lang)}",
                file=scorecard.targets_path,
            )
            if result.line:
                case.set("line", str(result.line))
            detail = "\n".join(
                [
                    f"plan: {result.goal.quote}",
                    f"target: {target_cell(result, lang)}",
                    f"actual: {actual_cell(result, lang)}",
                ]
                + [f"evidence ({e.source}): {e.quote}" for e in result.evidence]
                + list(result.outcome.arithmetic)
                + ([f"caveat: {result.caveat}"] if result.caveat else [])
                + [f"note: {n}" for n in result.notes]
            )
            if result.verdict.value == "missed":
                failure = ET.SubElement(
                    case,
                    "failure",
                    type="missed",
                    message=f"missed: {target_cell(result, lang)}, actual {actual_cell(result, lang)}",
                )
                failure.text = detail
            elif result.verdict.value == "unreported":
                reason = "; ".join(result.notes) or "the review is silent"
                ET.SubElement(case, "skipped", message=f"unreported: {reason}")
            else:
                ET.SubElement(case, "system-out").text = detail
        totals["tests"] += len(rows)
        totals["failures"] += failures
        totals["skipped"] += skipped
    if scorecard.consistency:
        findings = scorecard.consistency
        inconsistent = sum(not f.consistent for f in findings)
        suite = ET.SubElement(
            root,
            "testsuite",
            name="consistency",
            tests=str(len(findings)),
            failures=str(inconsistent),
            errors="0",
            skipped="0",
        )
        for finding in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{scorecard.plan.id}.consistency",
                name=f"{finding.subject_id}: {finding.title}",
            )
            detail = "\n".join(
                [f"baseline: {finding.baseline.quote}", *(e.quote for e in finding.evidence), *finding.arithmetic]
            )
            if finding.consistent:
                ET.SubElement(case, "system-out").text = detail
            else:
                failure = ET.SubElement(
                    case,
                    "failure",
                    type="inconsistent",
                    message=f"implied base {finding.implied_base:.2f} vs {finding.baseline.value:g}",
                )
                failure.text = detail
        totals["tests"] += len(findings)
        totals["failures"] += inconsistent
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
