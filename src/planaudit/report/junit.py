"""The JUnit XML report: one testcase per goal, missed = failure, unreported = skipped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from planaudit.i18n import title_of
from planaudit.report.common import (
    RenderOptions,
    actual_cell,
    goal_title,
    shown_results,
    target_cell,
    unreported_reason,
)
from planaudit.scorecard import Scorecard
from planaudit.textsafe import xml_text


def _suite(root: ET.Element, name: str, tests: int, failures: int, skipped: int) -> ET.Element:
    counts = {"tests": tests, "failures": failures, "errors": 0, "skipped": skipped}
    return ET.SubElement(root, "testsuite", {"name": name} | {k: str(v) for k, v in counts.items()})


def _case(suite: ET.Element, classname: str, name: str, **attributes: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", {"classname": classname, "name": name} | attributes)


def _fail(case: ET.Element, kind: str, message: str, detail: str) -> None:
    ET.SubElement(case, "failure", type=kind, message=message).text = detail


def _clean(root: ET.Element) -> None:
    """Make every attribute and text one XML 1.0 can hold, whatever the input said (\\0, U+FFFE, ESC)."""
    for element in root.iter():
        for key, value in element.attrib.items():
            element.set(key, xml_text(value))
        if element.text:
            element.text = xml_text(element.text)


def render(scorecard: Scorecard, options: RenderOptions) -> str:
    lang = options.lang
    shown = shown_results(scorecard, options)
    root = ET.Element("testsuites", name=f"planaudit {scorecard.plan.id}")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for section, rows in scorecard.by_section(shown):
        failures = sum(r.verdict.value == "missed" for r in rows)
        skipped = sum(r.verdict.value in {"unreported", "not_due"} for r in rows)
        suite = _suite(
            root, f"{section.id} {title_of(section.title, section.title_en, lang)}", len(rows), failures, skipped
        )
        for result in rows:
            where = {"file": scorecard.targets_path} | ({"line": str(result.line)} if result.line else {})
            case = _case(
                suite, f"{scorecard.plan.id}.{section.id}", f"{result.goal.id}: {goal_title(result, lang)}", **where
            )
            target, actual = target_cell(result, lang), actual_cell(result, lang)
            detail = "\n".join(
                [f"plan: {result.goal.quote}", f"target: {target}", f"actual: {actual}"]
                + ([f"basis: {result.basis}"] if result.basis else [])
                + [f"evidence ({e.source}): {e.quote}" for e in result.evidence]
                + list(result.outcome.arithmetic)
                + [f"caveat: {caveat}" for caveat in result.caveats]
                + [f"note: {n}" for n in result.notes]
            )
            if result.verdict.value == "missed":
                near = ", near miss" if result.outcome.near_miss else ""
                _fail(case, "missed", f"missed ({result.basis}{near}): {target}, actual {actual}", detail)
            elif result.verdict.value == "unreported":
                reason = unreported_reason(result, "en")
                if result.partial and result.outcome.progress is not None:
                    reason = f"partial {result.outcome.progress.done}/{result.outcome.progress.total}; {reason}"
                ET.SubElement(case, "skipped", message=f"unreported: {reason}")
            elif result.verdict.value == "not_due":
                ET.SubElement(case, "skipped", message=f"not due: {'; '.join(result.notes)}")
            else:
                ET.SubElement(case, "system-out").text = detail
        totals["tests"] += len(rows)
        totals["failures"] += failures
        totals["skipped"] += skipped
    findings = scorecard.consistency
    if findings:
        inconsistent = sum(not f.consistent for f in findings)
        suite = _suite(root, "consistency", len(findings), inconsistent, 0)
        for finding in findings:
            case = _case(suite, f"{scorecard.plan.id}.consistency", f"{finding.subject_id}: {finding.title}")
            quotes = [f"baseline: {finding.baseline.quote}", *(e.quote for e in finding.evidence)]
            detail = "\n".join(quotes + list(finding.arithmetic))
            if finding.consistent:
                ET.SubElement(case, "system-out").text = detail
            else:
                message = f"implied base {finding.implied_base:.2f} vs {finding.baseline.value:g}"
                _fail(case, "inconsistent", message, detail)
        totals["tests"] += len(findings)
        totals["failures"] += inconsistent
    documents = scorecard.documents
    unaccounted: list[tuple[str, str, str]] = []
    if documents is not None:
        unaccounted = [("uncovered target", u.quote, u.quote) for u in documents.uncovered_targets]
        unaccounted += [("unused figure", u.figure, u.quote) for u in documents.unused_figures]
        unaccounted += [("suspicious silence", s.goal, s.reason) for s in documents.suspicious_silences]
    if unaccounted:
        suite = _suite(root, "document coverage", len(unaccounted), 0, len(unaccounted))
        for kind, name, detail in unaccounted:
            case = _case(suite, f"{scorecard.plan.id}.documents", f"{kind}: {name}")
            ET.SubElement(case, "skipped", message=f"{kind}: {detail}")
        totals["tests"] += len(unaccounted)
        totals["skipped"] += len(unaccounted)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    _clean(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
