"""The rule registry: every goal kind by its stable id, and the union of their parameters."""

from typing import Annotated, Any

from pydantic import Field

from planaudit.rules.all_of import AllOf, AllOfParams
from planaudit.rules.approximately import Approximately, ApproximatelyParams
from planaudit.rules.at_least import AtLeast, AtLeastParams
from planaudit.rules.at_most import AtMost, AtMostParams
from planaudit.rules.base import Outcome, Rule, Verdict
from planaudit.rules.between import Between, BetweenParams
from planaudit.rules.comparison import Comparison, ComparisonParams
from planaudit.rules.decline import Decline, DeclineParams
from planaudit.rules.growth import Growth, GrowthParams
from planaudit.rules.increase_by import IncreaseBy, IncreaseByParams
from planaudit.rules.judged import Judged, JudgedParams
from planaudit.rules.milestone import Milestone, MilestoneParams
from planaudit.rules.named_items import NamedItems, NamedItemsParams
from planaudit.rules.nearly import Nearly, NearlyParams
from planaudit.rules.new_items import NewItems, NewItemsParams
from planaudit.rules.planned import Planned, PlannedParams
from planaudit.rules.pp_change import PpChange, PpChangeParams
from planaudit.rules.ranking import Ranking, RankingParams
from planaudit.rules.trajectory import Trajectory, TrajectoryParams

RULES: dict[str, Rule[Any]] = {
    "at_least": AtLeast(),
    "at_most": AtMost(),
    "between": Between(),
    "approximately": Approximately(),
    "nearly": Nearly(),
    "planned": Planned(),
    "growth": Growth(),
    "decline": Decline(),
    "increase_by": IncreaseBy(),
    "pp_change": PpChange(),
    "new_items": NewItems(),
    "milestone": Milestone(),
    "named_items": NamedItems(),
    "all_of": AllOf(),
    "comparison": Comparison(),
    "ranking": Ranking(),
    "judged": Judged(),
    "trajectory": Trajectory(),
}

RuleParams = Annotated[
    AtLeastParams
    | AtMostParams
    | BetweenParams
    | ApproximatelyParams
    | NearlyParams
    | PlannedParams
    | GrowthParams
    | DeclineParams
    | IncreaseByParams
    | PpChangeParams
    | NewItemsParams
    | MilestoneParams
    | NamedItemsParams
    | AllOfParams
    | ComparisonParams
    | RankingParams
    | JudgedParams
    | TrajectoryParams,
    Field(discriminator="kind"),
]

__all__ = ["RULES", "Outcome", "Rule", "RuleParams", "Verdict"]
