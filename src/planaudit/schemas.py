"""JSON Schemas: of the two input files (from the models) and of the JSON report (the contract)."""

from __future__ import annotations

import json
from typing import Any

DIALECT = "https://json-schema.org/draft/2020-12/schema"
NAMES = ("targets", "actuals", "report")

_NUMBER_OR_NULL: dict[str, Any] = {"type": ["number", "null"]}
_STRING_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}
_QUOTE: dict[str, Any] = {
    "type": "object",
    "required": ["source", "quote"],
    "properties": {"source": {"type": "string"}, "quote": {"type": "string", "minLength": 1}},
    "additionalProperties": False,
}
_BY_BASIS: dict[str, Any] = {
    "type": "object",
    "required": ["measured", "documented", "judged"],
    "properties": {k: {"type": "integer", "minimum": 0} for k in ("measured", "documented", "judged")},
    "additionalProperties": False,
}
_TALLY_PROPS: dict[str, Any] = {
    "total": {"type": "integer", "minimum": 0},
    "met": {"type": "integer", "minimum": 0},
    "missed": {"type": "integer", "minimum": 0},
    "unreported": {"type": "integer", "minimum": 0},
    "not_due": {"type": "integer", "minimum": 0, "description": "Goals due after the review's period."},
    "partial": {"type": "integer", "minimum": 0, "description": "Unreported goals with some items reported."},
    "undecided": {
        "type": "integer",
        "minimum": 0,
        "description": "Unreported goals the review reports on without deciding them (evidence shown).",
    },
    "met_by_basis": _BY_BASIS,
    "missed_by_basis": _BY_BASIS,
    "coverage": {"type": "number", "minimum": 0, "maximum": 1},
    "unreported_share": {"type": "number", "minimum": 0, "maximum": 1},
}
_TALLY: dict[str, Any] = {"type": "object", "required": list(_TALLY_PROPS), "properties": _TALLY_PROPS}


def report_schema() -> dict[str, Any]:
    from planaudit.lints import LINT_CODES

    goal_props: dict[str, Any] = {
        "id": {"type": "string"},
        "section": {"type": "string"},
        "title": {"type": "string"},
        "title_en": _STRING_OR_NULL,
        "quote": {"type": "string", "minLength": 1, "description": "The goal's verbatim text in the plan."},
        "level": {"type": "string", "description": "One of the plan's levels (targets.yaml `levels`)."},
        "rule": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "verdict": {"enum": ["met", "missed", "unreported", "not_due"]},
        "basis": {
            "enum": ["measured", "documented", "judged", None],
            "description": "What the verdict rests on: a number (measured), a document saying done or not "
            "(documented), the auditor's reading (judged); null where no verdict was reached (unreported, partial "
            "or undecided included, and not due): `partial`, `undecided` and `notes` say why.",
        },
        "partial": {"type": "boolean", "description": "Unreported, but some of its items are reported."},
        "undecided": {
            "type": "boolean",
            "description": "Unreported, though the review reports on it: not decided by its evidence (see arithmetic).",
        },
        "near_miss": {"type": "boolean", "description": "Missed, but within settings.near_miss_pct of its target."},
        "pace": {
            "enum": [
                "on_track",
                "acceleration_needed",
                "limited_progress",
                "deterioration",
                "off_track",
                "unreported",
                None,
            ],
            "description": "A trajectory goal's pace in the review year (null for other kinds): on track, off track "
            "(acceleration needed, limited progress, deterioration under the cagr method), or unreported.",
        },
        "target": {**_NUMBER_OR_NULL, "description": "The number the rule compares against."},
        "actual": {**_NUMBER_OR_NULL, "description": "The compared number: derived where the rule derives it."},
        "unit": _STRING_OR_NULL,
        "attainment": {**_NUMBER_OR_NULL, "description": "actual / target where that means something."},
        "stretch": _NUMBER_OR_NULL,
        "stretch_reached": {"type": ["boolean", "null"]},
        "progress": {
            "type": ["object", "null"],
            "required": ["done", "total", "not_done", "silent"],
            "properties": {k: {"type": "integer", "minimum": 0} for k in ("done", "total", "not_done", "silent")},
        },
        "arithmetic": {"type": "array", "items": {"type": "string"}},
        "entry": {"enum": ["reported", "silent", "missing"]},
        "evidence": {"type": "array", "items": _QUOTE},
        "baseline": {
            "type": ["object", "null"],
            "required": ["id", "value", "unit", "source", "quote", "approximate"],
            "properties": {
                "id": {"type": "string"},
                "value": {"type": "number"},
                "unit": {"type": "string"},
                "source": {"type": "string"},
                "quote": {"type": "string"},
                "approximate": {"type": "boolean"},
                "note": _STRING_OR_NULL,
            },
        },
        "caveat": _STRING_OR_NULL,
        "findings": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Caveats from cross-document checks, e.g. a baseline the review's growth rate contradicts.",
        },
        "rationale": _STRING_OR_NULL,
        "notes": {"type": "array", "items": {"type": "string"}},
        "line": {"type": ["integer", "null"], "minimum": 1},
    }
    consistency_props: dict[str, Any] = {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "title_en": _STRING_OR_NULL,
        "level": {"type": "number"},
        "unit": {"type": "string"},
        "growth_pct": {"type": "number"},
        "implied_base": {"type": "number"},
        "baseline": {"type": "object", "required": ["id", "value", "quote", "source"]},
        "alternate": {"type": ["object", "null"]},
        "difference_pct": {"type": "number", "minimum": 0},
        "tolerance_pct": {"type": "number", "minimum": 0},
        "status": {"enum": ["consistent", "inconsistent"]},
        "matches_alternate": {"type": "boolean"},
        "evidence": {"type": "array", "items": _QUOTE},
        "arithmetic": {"type": "array", "items": {"type": "string"}},
    }
    untracked_props: dict[str, Any] = {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "title_en": _STRING_OR_NULL,
        "value": _NUMBER_OR_NULL,
        "unit": _STRING_OR_NULL,
        "growth_pct": _NUMBER_OR_NULL,
        "qualifier": {**_STRING_OR_NULL, "description": "How the quote bounds the value (nearly, more_than, …)."},
        "source": {"type": "string"},
        "quote": {"type": "string", "minLength": 1},
        "note": _STRING_OR_NULL,
        "prior": {"type": ["object", "null"]},
        "change": _NUMBER_OR_NULL,
        "change_unit": _STRING_OR_NULL,
        "arithmetic": {"type": "array", "items": {"type": "string"}},
    }
    summary_props: dict[str, Any] = {
        **_TALLY_PROPS,
        "complete": {"type": "boolean"},
        "missing_entries": {"type": "array", "items": {"type": "string"}},
        "stretch_goals": {"type": "integer", "minimum": 0},
        "stretch_reached": {"type": "integer", "minimum": 0},
        "by_section": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "title", *_TALLY_PROPS],
                "properties": {
                    "id": {"type": "string"},
                    "title": {"type": "string"},
                    "title_en": _STRING_OR_NULL,
                    **_TALLY_PROPS,
                },
            },
        },
        "by_level": {
            "type": "object",
            "additionalProperties": _TALLY,
        },
    }
    single: dict[str, Any] = {
        "type": "object",
        "required": ["schema_version", "tool", "plan", "summary", "goals", "consistency", "untracked", "lints"],
        "properties": {
            "schema_version": {"const": 1},
            "tool": {"type": "object", "required": ["name", "version"]},
            "plan": {"type": "object", "required": ["id", "title", "period"]},
            "inputs": {"type": "object"},
            "summary": {"type": "object", "required": list(summary_props), "properties": summary_props},
            "goals": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": list(goal_props),
                    "properties": goal_props,
                    # Only a verdict reached rests on a basis: an unreported or not-due goal has none.
                    "if": {"properties": {"verdict": {"enum": ["unreported", "not_due"]}}},
                    "then": {"properties": {"basis": {"const": None}}},
                    "else": {"properties": {"basis": {"enum": ["measured", "documented", "judged"]}}},
                },
            },
            "consistency": {
                "type": "array",
                "items": {"type": "object", "required": list(consistency_props), "properties": consistency_props},
            },
            "untracked": {
                "type": "array",
                "items": {"type": "object", "required": list(untracked_props), "properties": untracked_props},
            },
            "document_coverage": {
                "type": ["object", "null"],
                "description": "What of the documents the audit accounts for: plan phrases, review figures, silences.",
                "required": ["targets", "figures", "suspicious_silences"],
                "properties": {
                    "targets": {"type": "object", "required": ["found", "covered", "uncovered"]},
                    "figures": {"type": "object", "required": ["found", "used", "unused"]},
                    "suspicious_silences": {
                        "type": "array",
                        "items": {"type": "object", "required": ["goal", "reason"]},
                    },
                },
            },
            "history": {
                "type": "object",
                "description": "A ledger's review years (actuals-YYYY.yaml): each goal's value, verdict and pace "
                "year by year; the report itself is the latest year's.",
                "required": ["years", "goals"],
                "properties": {
                    "years": {"type": "array", "items": {"type": "integer"}},
                    "goals": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["year", "value", "unit", "verdict", "pace", "entry", "met_early"],
                                "properties": {
                                    "year": {"type": "integer"},
                                    "value": _NUMBER_OR_NULL,
                                    "unit": _STRING_OR_NULL,
                                    "verdict": {"enum": ["met", "missed", "unreported", "not_due"]},
                                    "pace": _STRING_OR_NULL,
                                    "entry": {"enum": ["reported", "silent", "missing"]},
                                    "met_early": {"type": "boolean"},
                                },
                            },
                        },
                    },
                },
            },
            "lints": {
                "type": "array",
                "description": "Doubts about the evidence behind verdicts (errors under --strict).",
                "items": {
                    "type": "object",
                    "required": ["code", "goal", "severity", "message", "line"],
                    "properties": {
                        "code": {"enum": list(LINT_CODES)},
                        "goal": {"type": "string"},
                        "severity": {"enum": ["warning", "error"]},
                        "message": {"type": "string"},
                        "line": {"type": "integer", "minimum": 0},
                        "accepted": {
                            **_STRING_OR_NULL,
                            "description": "The reason a person recorded for accepting this lint (`accept`), or null.",
                        },
                    },
                },
            },
        },
    }
    return {
        "$schema": DIALECT,
        "$id": "https://planaudit.invalid/schemas/report.schema.json",
        "title": "planaudit JSON report",
        "description": "One audit's report (check -t/-a), or a portfolio's (check DIR...): its league table, "
        "totals and one report per audit.",
        "$defs": {"report": single},
        "oneOf": [{"$ref": "#/$defs/report"}, _portfolio_schema()],
    }


def _portfolio_schema() -> dict[str, Any]:
    gate = {
        "type": "object",
        "required": ["passed", "reasons", "checks"],
        "properties": {
            "passed": {"type": "boolean"},
            "reasons": {"type": "array", "items": {"type": "string"}},
            "checks": {"type": "array", "items": {"type": "string"}},
        },
        "additionalProperties": False,
    }
    level = {
        "type": "object",
        "required": ["name", "gates", *_TALLY_PROPS],
        "properties": {"name": {"type": "string"}, "gates": {"type": "boolean"}, **_TALLY_PROPS},
    }
    count = {"type": "integer", "minimum": 0}
    row_props: dict[str, Any] = {
        "folder": {"type": "string", "description": "The audit's folder, as found under the roots."},
        "plan": {"type": "string"},
        "title": {"type": "string"},
        "period": {"type": "string"},
        **_TALLY_PROPS,
        "gate": gate,
    }
    return {
        "type": "object",
        "required": ["schema_version", "tool", "kind", "roots", "summary", "league", "audits"],
        "properties": {
            "schema_version": {"const": 1},
            "tool": {"type": "object", "required": ["name", "version"]},
            "kind": {"const": "portfolio"},
            "roots": {"type": "array", "items": {"type": "string"}},
            "summary": {
                "type": "object",
                "required": ["audits", "passed", "failed", *_TALLY_PROPS, "by_level"],
                "properties": {
                    "audits": count,
                    "passed": count,
                    "failed": count,
                    **_TALLY_PROPS,
                    "by_level": {"type": "object", "additionalProperties": level},
                },
            },
            "league": {
                "type": "array",
                "description": "One row per audit, in the folders' sorted order.",
                "items": {"type": "object", "required": list(row_props), "properties": row_props},
            },
            "audits": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["folder", "report"],
                    "properties": {"folder": {"type": "string"}, "report": {"$ref": "#/$defs/report"}},
                    "additionalProperties": False,
                },
            },
        },
    }


def schema(name: str) -> dict[str, Any]:
    if name == "report":
        return report_schema()
    from planaudit.models import Actuals, Targets, YearlyActuals

    if name == "targets":
        body = Targets.model_json_schema()
    else:  # one review (plan, goals), or a ledger of review years in one file (plan, years)
        from pydantic import TypeAdapter

        body = TypeAdapter(Actuals | YearlyActuals).json_schema()
    return {
        "$schema": DIALECT,
        "$id": f"https://planaudit.invalid/schemas/{name}.schema.json",
        **body,
        "title": f"planaudit {name} file",
    }


def schema_text(name: str) -> str:
    return json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n"
