"""What documents say, as pydantic models that know nothing of rules: baselines, evidence and actuals entries."""

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, WithJsonSchema

from planaudit.reading import periods

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Quote = Annotated[str, StringConstraints(min_length=2, pattern=r"^\S(.*\S)?$")]
# A unit as written ("亿元", "%", "% of GDP", "USD million"): no white space at either end; compared after
# planaudit.reading.units.normalize_unit (NFKC to ASCII, spaces collapsed, aliases), the same rule in both files.
Unit = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^\S(.*\S)?$")]
Qualifier = Literal["exact", "more_than", "at_least", "nearly", "about", "at_most", "less_than"]
# A calendar date of any precision (YYYY, YYYY-MM, YYYY-MM-DD): when a thing was done.
Date = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}){0,2}$")]


def _period(text: str) -> str:
    if periods.parse_period(text) is None:
        raise ValueError(periods.period_problem(text))
    return text


def _due(text: str) -> str:
    if periods.parse_period(text) is None and not periods.is_relative(text):
        raise ValueError(f"{periods.period_problem(text)}, {periods.RELATIVE_EXPLAINED}")
    return text


_PERIOD_PATTERN = (
    r"^(?:[0-9]{4}(?:-[0-9]{2}){0,2}|(?:FY ?)?[0-9]{4}[-/](?:[0-9]{2}|[0-9]{4})|FY ?(?:[0-9]{2}|[0-9]{4}))$"
)
# A plan's or review's period: a year, month, day or fiscal year (2018-19, FY19), see planaudit.reading.periods.
Period = Annotated[str, AfterValidator(_period), WithJsonSchema({"type": "string", "pattern": _PERIOD_PATTERN})]
# When a goal falls due: a period, or a horizon counted from the plan's period ("next two years", "current fiscal").
Due = Annotated[str, AfterValidator(_due), WithJsonSchema({"type": "string", "minLength": 1})]
Level = Literal["commitment", "stretch", "plain"]
Finite = Annotated[float, Field(allow_inf_nan=False)]


def new_list() -> list[Any]:
    """An empty list, as a default: pydantic reads a `list` factory's signature by tokenizing its text (~3 ms)."""
    return []


def new_dict() -> dict[str, Any]:
    """An empty dict, as a default (see new_list)."""
    return {}


# pydantic gives every model a set of the names of the fields it was given: 216 bytes, 730 past five names, a
# third of the memory of 100,000 goals' models. Models given the same names share one set: a frozen model never
# adds to it, and model_copy copies it before adding.
_FIELDS_SETS: dict[tuple[str, ...], set[str]] = {}


def share_fields_set(model: BaseModel) -> None:
    """Point the model at the one shared set of its field names (called as each model is made)."""
    fields = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(tuple(fields), fields)
    if shared is not fields:
        object.__setattr__(model, "__pydantic_fields_set__", shared)


class Strict(BaseModel):
    """Unknown keys are errors and values are not coerced across types."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)

    def model_post_init(self, context: Any, /) -> None:
        share_fields_set(self)


class Alternate(Strict):
    """A second figure the baseline document gives for the same measure (e.g. a reported figure)."""

    value: Finite
    label: Text
    quote: Quote


class Baseline(Strict):
    title: Text
    title_en: Text | None = None
    value: Finite
    unit: Unit
    source: Id
    quote: Quote
    approximate: bool = Field(default=False, description="True where the baseline figure is only approximate.")
    note: Text | None = None
    alternate: Alternate | None = None


class Evidence(Strict):
    source: Id
    quote: Quote


ItemStatus = Literal["done", "not_done", "silent"]


class Measure(Strict):
    """One of several figures an entry reports (all_of measures, the two sides of a comparison)."""

    value: Finite
    unit: Unit
    qualifier: Qualifier = Field(default="exact", description="How the quote bounds the figure (10余个: more_than).")
    basis: Literal["level", "change"] = "level"
    evidence: list[Evidence] | None = Field(
        default=None, description="Quotes stating this figure; default: the entry's evidence."
    )


class Reported(Strict):
    """What the review says about one goal, with its verbatim evidence."""

    status: Literal["reported"]
    evidence: Annotated[list[Evidence], Field(min_length=1)]
    value: Finite | None = None
    unit: Unit | None = None
    basis: Literal["level", "change", "cumulative", "average"] = Field(
        default="level",
        description="level: the reported figure is a level (total, share, amount); change: it is the change itself; "
        "cumulative and average (compound trajectories only): the change since the goal's base year (累计下降13.1%), "
        "or its average yearly rate (年均增长9.2%).",
    )
    growth_pct: Finite | None = Field(default=None, description="A growth rate the review reports beside the level.")
    less: Finite | None = Field(
        default=None,
        description="A figure of the evidence that the value includes and the goal does not (an addition inside the "
        "total after it): the value scored is value − less, computed and shown.",
    )
    qualifier: Qualifier | None = Field(
        default=None,
        description="How the quote bounds the value: 10余个/over 10 more_than, 以上 at_least, 近 nearly, "
        "约/左右 about, 以内 at_most, 不足 less_than. Rules use a qualified value only in the direction it proves.",
    )
    values: dict[Text, Measure] | None = Field(
        default=None,
        description="all_of and comparison goals: each named measure's figure; a name left out is silent.",
    )
    joint_with: list[Id] | None = Field(
        default=None,
        description="The review reports one combined figure for this goal and these goals "
        "(each entry lists the others).",
    )
    done: bool | None = None
    date: Date | None = None
    items: dict[Text, ItemStatus] | None = None
    verdict: Literal["met", "missed"] | None = None
    rationale: Text | None = None
    fact: Quote | None = Field(
        default=None,
        description="Judged goals: the concrete fact the verdict rests on, verbatim from one of the evidence quotes.",
    )
    suffices_because: Text | None = Field(
        default=None,
        description="Judged goals: why evidence with no number, name, date or count is enough for this verdict.",
    )
    caveat: Text | None = Field(default=None, description="Where the evidence measures something slightly different.")
    caveat_severity: Literal["minor", "material"] | None = Field(
        default=None,
        description="minor: the verdict stands despite the caveat; material: the caveat defeats a met verdict.",
    )
    undecided: Text | None = Field(
        default=None,
        description="The review reports on the goal without deciding it (an echo of the plan, a part, a figure for "
        "another scope): why. Scored unreported, with its evidence shown.",
    )
    accept: dict[Text, Text] | None = Field(
        default=None,
        description="Evidence lints a person checked and accepts for this entry, each with the reason "
        "({plan-echo: the review states the outcome in the plan's words}); shown in every report.",
    )
    note: Text | None = None


class Silent(Strict):
    """An explicit record that the review says nothing about the goal."""

    status: Literal["silent"]
    note: Text | None = None


Actual = Annotated[Reported | Silent, Field(discriminator="status")]


class Untracked(Strict):
    """An outcome the review reports that no goal asked for."""

    id: Id
    title: Text
    title_en: Text | None = None
    value: Finite | None = None
    unit: Unit | None = None
    growth_pct: Finite | None = None
    qualifier: Qualifier | None = Field(
        default=None, description="How the quote bounds the value (近1400万: nearly; 超过: more_than), as on a goal."
    )
    source: Id
    quote: Quote
    baseline: Id | None = None
    note: Text | None = None


class Actuals(Strict):
    plan: Id
    goals: dict[Id, Actual]
    untracked: list[Untracked] = Field(default_factory=new_list)


# A review year of a ledger file, 1000 to 2999: a key of `years` (2021: or "2021":).
Year = Annotated[str, StringConstraints(pattern=r"^[12][0-9]{3}$")]


class Review(Strict):
    """One review year of a ledger file: that year's entries, as an actuals file of one review holds them."""

    goals: dict[Id, Actual]
    untracked: list[Untracked] = Field(default_factory=new_list)


class YearlyActuals(Strict):
    """A ledger in one file: the plan's reviews by year, instead of one actuals-YYYY.yaml per year."""

    plan: Id
    years: Annotated[dict[Year, Review], Field(min_length=1)] = Field(
        description="Each review year (four digits, 1000 to 2999) and what that year's review reports; the latest is "
        "audited, each judged with the entries of the years before it.",
        json_schema_extra={"additionalProperties": False},
    )
