"""Evidence lints: verdicts that rest on reused, echoed, empty or caveated evidence, found after scoring."""

from __future__ import annotations

import re
from collections.abc import Callable

from planaudit.errors import Location
from planaudit.facts import Reported
from planaudit.scorecard import GoalResult, Lint, Scorecard

Locate = Callable[[tuple[str | int, ...]], Location]

# Share of an evidence quote's character pairs that also occur in the goal's plan quote, above
# which the evidence only says again what the plan said ("深化“3+1”项目推进机制").
ECHO_SHARE = 0.6
# "一是…", "四是城市形象再展新颜": the enumerated headings of a Chinese speech; praise, not a result.
_HEADING = re.compile(r"^[一二三四五六七八九十]+是")
_DIGIT = re.compile(r"[0-9０-９]")
_COUNT = re.compile(r"[一二两三四五六七八九十百千万亿半][个项家座条幢届名位次所批亩]")
_NAME = re.compile(r"“[^”]{2,}”|《[^》]{2,}》|「[^」]{2,}」")
# Verbs of completion: a thing named in the sentence was actually done.
_DONE = re.compile(
    r"建成|开工|竣工|投产|通车|开学|启用|投用|举办|召开|签约|签订|上市|获评|被评为|荣获|荣膺|入选|认证|通过|落户|揭牌|挂牌|开业|清零"
)
LINT_CODES = ("evidence-reuse", "plan-echo", "judged-without-fact", "caveat-unrated", "caveat-material-met")


def is_concrete(text: str) -> bool:
    """Whether a sentence states a fact a reader can check: a number, a count, a name, or a thing done."""
    if _HEADING.match(text) and len(text) <= 16:
        return False
    return bool(_DIGIT.search(text) or _COUNT.search(text) or _NAME.search(text) or _DONE.search(text))


def echo_share(evidence: str, plan: str) -> float:
    """The share of the evidence's adjacent character pairs that the plan quote already has."""
    pairs = [evidence[i : i + 2] for i in range(len(evidence) - 1)]
    if not pairs:
        return 0.0
    plan_pairs = {plan[i : i + 2] for i in range(len(plan) - 1)}
    return sum(pair in plan_pairs for pair in pairs) / len(pairs)


def lint(scorecard: Scorecard, entries: dict[str, Reported], locate: Locate) -> tuple[Lint, ...]:
    """Every lint for the scored goals; `entries` are the reported actuals by goal id."""
    found: list[Lint] = []
    met_by_quote: dict[tuple[str, str], str] = {}
    for result in scorecard.results:
        entry = entries.get(result.goal.id)
        if entry is None:
            continue
        goal_id = result.goal.id
        met = result.verdict.value == "met"
        if met:
            for index, evidence in enumerate(result.evidence):
                key = (evidence.source, evidence.quote)
                first = met_by_quote.setdefault(key, goal_id)
                # One figure reported for several goals jointly (joint_with) rightly shares its quote.
                if first != goal_id and first not in (entry.joint_with or ()):
                    found.append(
                        Lint(
                            "evidence-reuse",
                            goal_id,
                            locate(("goals", goal_id, "evidence", index, "quote")),
                            f"this evidence quote is already credited to the met verdict of '{first}': "
                            "one sentence cannot be the result of two goals",
                        )
                    )
            if result.basis == "judged":  # a milestone's "held the 5th fair" rightly repeats the plan
                found += _echoes(result, locate)
        if result.basis == "judged" and entry.verdict is not None:
            found += _judged(result, entry, locate)
        if entry.caveat is not None and met:
            found += _caveat(goal_id, entry, locate)
    return tuple(found)


def _echoes(result: GoalResult, locate: Locate) -> list[Lint]:
    lints = []
    for index, evidence in enumerate(result.evidence):
        share = echo_share(evidence.quote, result.goal.quote)
        if share >= ECHO_SHARE:
            lints.append(
                Lint(
                    "plan-echo",
                    result.goal.id,
                    locate(("goals", result.goal.id, "evidence", index, "quote")),
                    f"the evidence repeats the plan's own words ({share:.0%} of it is in the plan quote): "
                    "an echo of the plan is not a result",
                )
            )
    return lints


def _judged(result: GoalResult, entry: Reported, locate: Locate) -> list[Lint]:
    goal_id = result.goal.id
    if entry.fact is None:
        return [
            Lint(
                "judged-without-fact",
                goal_id,
                locate(("goals", goal_id, "verdict")),
                "a judged verdict needs 'fact': the concrete fact it rests on, quoted from its evidence",
            )
        ]
    if is_concrete(entry.fact) or entry.suffices_because is not None:
        return []
    return [
        Lint(
            "judged-without-fact",
            goal_id,
            locate(("goals", goal_id, "fact")),
            "the 'fact' has no number, count, name or completed action (a heading or praise is not a result); "
            "choose a concrete fact or say in 'suffices_because' why this is enough",
        )
    ]


def _caveat(goal_id: str, entry: Reported, locate: Locate) -> list[Lint]:
    if entry.caveat_severity is None:
        return [
            Lint(
                "caveat-unrated",
                goal_id,
                locate(("goals", goal_id, "caveat")),
                "a met verdict with a caveat needs 'caveat_severity: minor' (the verdict stands) "
                "or 'material' (it does not)",
            )
        ]
    if entry.caveat_severity == "material":
        return [
            Lint(
                "caveat-material-met",
                goal_id,
                locate(("goals", goal_id, "caveat_severity")),
                "a material caveat contradicts a met verdict: change the verdict or drop the caveat",
                "error",
            )
        ]
    return []
