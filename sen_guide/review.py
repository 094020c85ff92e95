"""Review meetings: the meeting details, recording a review and rolling the plan into its next cycle.

The review looks at how well the support worked, with the pupil and parents, and feeds the next cycle
(SEND Code of Practice 6.54-6.56); parents meet the school at least three times a year (6.65).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sen_guide.content import ContentFile, load_content
from sen_guide.dates import long_date
from sen_guide.plan import Outcome, SupportPlan
from sen_guide.plan_edits import Document, EditResult, edit_plan

OutcomeDecision = Literal["continue", "achieved", "closed"]
DECISION_STATUS: dict[OutcomeDecision, str] = {
    "continue": "active",
    "achieved": "achieved",
    "closed": "closed",
}
# Ratings as steps on the chart's scale, lowest first.
RATING_SCORES = {"not_started": 0, "some_progress": 1, "good_progress": 2, "achieved": 3}
# "Little or no progress" in the Code's words (SEND Code of Practice 6.59).
LITTLE_PROGRESS = frozenset({"not_started", "some_progress"})
# The free-text parts of a review, in the order the review page asks for them.
REVIEW_TEXTS = ("pupil_views", "parent_views", "what_is_working", "what_is_not_working")


class ReviewWords(ContentFile):
    """Labels for every review choice; the keys are the values stored in plan files."""

    ratings: dict[str, str]
    as_planned: dict[str, str]
    reasons: dict[str, str]
    next_steps: dict[str, str]
    decisions: dict[OutcomeDecision, str]
    messages: dict[str, str]
    usual_roles: list[str]


def review_words() -> ReviewWords:
    """The words for review choices, from content/review.yaml."""
    return load_content("review", ReviewWords)


def default_decision(rating: str | None) -> OutcomeDecision:
    """An outcome rated as achieved is closed as achieved; any other is kept for the next cycle."""
    return "achieved" if rating == "achieved" else "continue"


def record_review(
    plan: SupportPlan, review: dict, decisions: dict[str, OutcomeDecision | None]
) -> EditResult:
    """Add the review to the plan's history and start the next cycle on the review date.

    Outcomes are kept, closed as achieved or closed, never deleted; with no decision, the rating decides.
    """
    problem = _date_problem(plan, review.get("date"))
    if problem:
        return EditResult(problems={"date": problem})
    review_date = dt.date.fromisoformat(str(review["date"]))
    next_date = proposed_next_review(review_date).isoformat()
    ratings = {entry["outcome_id"]: entry.get("rating") for entry in review.get("outcome_progress", [])}

    def change(document: Document) -> None:
        people = document["meeting"]["attendees"] if document["meeting"] else []
        document["reviews"].append({"attendees": people, **review})
        for outcome in document["outcomes"]:
            if outcome["status"] == "active":
                decision = decisions.get(outcome["id"]) or default_decision(ratings.get(outcome["id"]))
                _carry_outcome(outcome, decision, review_date, next_date)
        document["start_date"] = review_date.isoformat()
        document["next_review_date"] = next_date
        if document["meeting"]:
            document["meeting"]["date"] = next_date

    return edit_plan(plan, change)


def _date_problem(plan: SupportPlan, day: object) -> str:
    """A review needs a date, and reviews are kept in the order they happened."""
    messages = review_words().messages
    if not day:
        return messages["no_review_date"]
    last = plan.reviews[-1].date if plan.reviews else None
    if last and dt.date.fromisoformat(str(day)) <= last:
        return messages["review_before_last"].format(date=long_date(last))
    return ""


def _carry_outcome(outcome: dict, decision: OutcomeDecision, review_date: dt.date, next_date: str) -> None:
    """Close an outcome or keep it; a kept outcome whose target date has come moves to the next review."""
    outcome["status"] = DECISION_STATUS[decision]
    target = outcome["target_date"]
    if decision == "continue" and target and dt.date.fromisoformat(target) <= review_date:
        outcome["target_date"] = next_date


def numbered_active_outcomes(plan: SupportPlan) -> list[tuple[int, Outcome]]:
    """Active outcomes with their place in the plan, so "Outcome 2" means the same on every page."""
    return [
        (number, outcome)
        for number, outcome in enumerate(plan.outcomes, start=1)
        if outcome.status == "active"
    ]


def next_review_text(plan: SupportPlan) -> str:
    """The next review date as people write it, or an empty string when there is none."""
    return long_date(plan.next_review_date) if plan.next_review_date else ""


def proposed_next_review(review_date: dt.date) -> dt.date:
    """The next termly meeting after a review, from the plan's usual schedule (Code 6.65)."""
    return SupportPlan(start_date=review_date).review_schedule()[1]


@dataclass(frozen=True)
class RatingPoint:
    """One outcome's rating at one review: a point on the progress chart."""

    outcome_id: str
    review_number: int
    review_date: dt.date | None
    rating: str
    score: int


def rating_history(plan: SupportPlan) -> list[RatingPoint]:
    """Every rating given to every outcome, review by review, oldest first."""
    return [
        RatingPoint(entry.outcome_id, number, review.date, entry.rating, RATING_SCORES[entry.rating])
        for number, review in enumerate(plan.reviews, start=1)
        for entry in review.outcome_progress
        if entry.rating is not None
    ]


def latest_ratings(plan: SupportPlan) -> dict[str, str]:
    """Each outcome's most recent rating, by outcome id."""
    return {point.outcome_id: point.rating for point in rating_history(plan)}


def stuck_outcomes(plan: SupportPlan) -> list[str]:
    """Outcomes rated as little or no progress at each of the last two reviews (Code 6.59)."""
    if len(plan.reviews) < 2:
        return []
    last_two = [
        {entry.outcome_id for entry in review.outcome_progress if entry.rating in LITTLE_PROGRESS}
        for review in plan.reviews[-2:]
    ]
    return sorted(last_two[0] & last_two[1])
