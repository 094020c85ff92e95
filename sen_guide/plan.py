"""The SEN support plan model (SEND Code of Practice 6.48-6.52): the one source of truth for a plan."""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sen_guide.fields import ClockTime, IsoDate, ItemId, Text
from sen_guide.plan_rules import check_plan_rules
from sen_guide.schedule import termly_reviews

SCHEMA_VERSION: Final = 1


class Area(StrEnum):
    """The four broad areas of need (SEND Code of Practice 6.28-6.35)."""

    communication_and_interaction = "communication_and_interaction"
    cognition_and_learning = "cognition_and_learning"
    social_emotional_and_mental_health = "social_emotional_and_mental_health"
    sensory_and_physical = "sensory_and_physical"


YEAR_GROUPS = ("Reception", *(f"Year {n}" for n in range(1, 14)))
YearGroup = Literal[YEAR_GROUPS]  # type: ignore[valid-type]
OutcomeStatus = Literal["active", "achieved", "closed"]
Rating = Literal["not_started", "some_progress", "good_progress", "achieved"]
AsPlanned = Literal["yes", "partly", "no"]
# The five reasons support may not be helping, to think through at a review (S000).
ReasonNotWorking = Literal[
    "wrong_intervention",
    "too_many_or_too_hard",
    "not_put_into_practice",
    "exceptional_circumstances",
    "needs_increased",
]
# What a review can decide next (SEND Code of Practice 6.54-6.59, 6.63).
NextStep = Literal["continue", "adjust", "specialist_advice", "enhanced_support", "ehc_needs_assessment"]


class PlanPart(BaseModel):
    """Shared settings: unknown keys are refused and typed values never reach an error or log."""

    model_config = ConfigDict(
        extra="forbid", hide_input_in_errors=True, validate_assignment=True, allow_inf_nan=False
    )


class Pupil(PlanPart):
    name: Text = ""
    year_group: YearGroup | None = None
    date_of_birth: IsoDate | None = None
    school: Text = ""
    class_teacher: Text = ""
    senco: Text = ""
    strengths: Text = ""
    pupil_views: Text = ""
    parent_views: Text = ""
    how_best_to_support: Text = ""

    @property
    def is_young_person(self) -> bool:
        """From Year 12 the pupil's own voice leads, as rights pass to them (Code chapter 8)."""
        return self.year_group in YEAR_GROUPS[12:]


class Need(PlanPart):
    id: ItemId
    area: Area | None = None
    description: Text = ""
    evidence: Text = ""


class Outcome(PlanPart):
    id: ItemId
    need_ids: list[ItemId] = []
    description: Text = ""
    success_criteria: Text = ""
    baseline: Text = ""
    target_date: IsoDate | None = None
    status: OutcomeStatus = "active"


class Provision(PlanPart):
    id: ItemId
    outcome_ids: list[ItemId] = []
    what: Text = ""
    who: Text = ""
    sessions_per_week: Annotated[float, Field(gt=0, le=25)] | None = None
    session_minutes: Annotated[int, Field(ge=5, le=240)] | None = None
    duration_weeks: Annotated[int, Field(ge=1, le=52)] | None = None
    group_size: Annotated[int, Field(ge=1, le=40)] | None = None
    start_date: IsoDate | None = None
    why: Text = ""
    cost_per_week_gbp: Annotated[float, Field(ge=0, le=10_000)] | None = None

    @property
    def hours_per_week(self) -> float | None:
        """Adult-led hours a week, or None until both frequency and length are known."""
        if self.sessions_per_week is None or self.session_minutes is None:
            return None
        return self.sessions_per_week * self.session_minutes / 60

    @property
    def total_hours(self) -> float | None:
        """Hours over the whole run of this provision, or None until the weeks are known."""
        if self.hours_per_week is None or self.duration_weeks is None:
            return None
        return self.hours_per_week * self.duration_weeks

    @property
    def total_cost_gbp(self) -> float | None:
        """Cost over the whole run, or None when no weekly cost or no weeks are given."""
        if self.cost_per_week_gbp is None or self.duration_weeks is None:
            return None
        return self.cost_per_week_gbp * self.duration_weeks


class Attendee(PlanPart):
    name: Text = ""
    role: Text = ""


class Meeting(PlanPart):
    date: IsoDate | None = None
    time: ClockTime = ""
    location: Text = ""
    attendees: list[Attendee] = []
    length_minutes: Annotated[int, Field(ge=15, le=240)] | None = None
    access_needs: Text = ""


class OutcomeProgress(PlanPart):
    outcome_id: ItemId
    rating: Rating | None = None
    evidence: Text = ""


class ProvisionDelivered(PlanPart):
    provision_id: ItemId
    as_planned: AsPlanned | None = None
    notes: Text = ""
    sessions_missed: Annotated[int, Field(ge=0, le=500)] | None = None


class Review(PlanPart):
    date: IsoDate | None = None
    attendees: list[Attendee] = []
    outcome_progress: list[OutcomeProgress] = []
    provision_delivered: list[ProvisionDelivered] = []
    pupil_views: Text = ""
    parent_views: Text = ""
    what_is_working: Text = ""
    what_is_not_working: Text = ""
    next_steps: Text = ""
    reasons_not_working: list[ReasonNotWorking] = []
    next_step_options: list[NextStep] = []


class SupportPlan(PlanPart):
    """A whole plan as the file stores it; `schema_version` tells readers which format it is."""

    schema_version: Literal[1] = SCHEMA_VERSION
    pupil: Pupil = Pupil()
    needs: list[Need] = []
    outcomes: list[Outcome] = []
    provision: list[Provision] = []
    start_date: IsoDate | None = None
    expected_progress: Text = ""
    next_review_date: IsoDate | None = None
    meeting: Meeting | None = None
    reviews: list[Review] = []

    @model_validator(mode="after")
    def _references_and_dates_hold(self) -> "SupportPlan":
        check_plan_rules(self)
        return self

    @property
    def hours_per_week(self) -> float:
        """Hours a week across every item whose frequency and length are known."""
        return sum(item.hours_per_week or 0 for item in self.provision)

    @property
    def total_hours(self) -> float:
        """Hours over the plan across every item whose frequency, length and weeks are known."""
        return sum(item.total_hours or 0 for item in self.provision)

    @property
    def total_cost_gbp(self) -> float | None:
        """Cost over the plan of the costed items, or None when nothing is costed."""
        costs = [item.total_cost_gbp for item in self.provision if item.total_cost_gbp is not None]
        return sum(costs) if costs else None

    def active_outcomes(self) -> list[Outcome]:
        """Outcomes still being worked on in this cycle."""
        return [outcome for outcome in self.outcomes if outcome.status == "active"]

    def outcomes_without_provision(self) -> list[Outcome]:
        """Active outcomes that no provision item says it serves."""
        served = {oid for item in self.provision for oid in item.outcome_ids}
        return [outcome for outcome in self.active_outcomes() if outcome.id not in served]

    def provision_without_outcome(self) -> list[Provision]:
        """Provision items linked to no outcome at all."""
        return [item for item in self.provision if not item.outcome_ids]

    def review_schedule(self, today: dt.date | None = None) -> list[dt.date]:
        """The year's review meetings, one a term, starting from the next review date."""
        return termly_reviews(self.next_review_date or self.start_date or today or dt.date.today())
