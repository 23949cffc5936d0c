"""The rule registry: every goal kind by its stable id, and the union of their parameters."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from planaudit.rules.approximately import Approximately, ApproximatelyParams
from planaudit.rules.at_least import AtLeast, AtLeastParams
from planaudit.rules.at_most import AtMost, AtMostParams
from planaudit.rules.base import Outcome, Rule, Verdict
from planaudit.rules.between import Between, BetweenParams
from planaudit.rules.growth import Growth, GrowthParams
from planaudit.rules.judged import Judged, JudgedParams
from planaudit.rules.milestone import Milestone, MilestoneParams
from planaudit.rules.named_items import NamedItems, NamedItemsParams
from planaudit.rules.new_items import NewItems, NewItemsParams
from planaudit.rules.pp_change import PpChange, PpChangeParams
from planaudit.rules.ranking import Ranking, RankingParams

RULES: dict[str, Rule[Any]] = {
    "at_least": AtLeast(),
    "at_most": AtMost(),
    "between": Between(),
    "approximately": Approximately(),
    "growth": Growth(),
    "pp_change": PpChange(),
    "new_items": NewItems(),
    "milestone": Milestone(),
    "named_items": NamedItems(),
    "ranking": Ranking(),
    "judged": Judged(),
}

RuleParams = Annotated[
    AtLeastParams
    | AtMostParams
    | BetweenParams
    | ApproximatelyParams
    | GrowthParams
    | PpChangeParams
    | NewItemsParams
    | MilestoneParams
    | NamedItemsParams
    | RankingParams
    | JudgedParams,
    Field(discriminator="kind"),
]

__all__ = ["RULES", "Outcome", "Rule", "RuleParams", "Verdict"]
