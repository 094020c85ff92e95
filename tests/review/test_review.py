"""Recording a review and rolling the plan into its next cycle, and the ratings history behind the chart."""

import datetime as dt

import pytest

from sen_guide.cases import example_plan
from sen_guide.plan import SupportPlan
from sen_guide.review import (
    next_review_text,
    numbered_active_outcomes,
    proposed_next_review,
    rating_history,
    record_review,
    stuck_outcomes,
)

REVIEW_DAY = "2026-12-09"


def a_review(day: str | None = REVIEW_DAY, **ratings: str | None) -> dict:
    """A review of Sam's plan rating the given outcomes, e.g. O1="achieved"."""
    progress = [{"outcome_id": oid, "rating": rating, "evidence": ""} for oid, rating in ratings.items()]
    return {"date": day, "outcome_progress": progress}


def recorded(plan: SupportPlan, review: dict, decisions: dict | None = None) -> SupportPlan:
    result = record_review(plan, review, decisions or {})
    assert result.problems == {}
    assert result.plan is not None
    return result.plan


@pytest.mark.parametrize(
    ("rating", "decision", "status"),
    [
        ("achieved", None, "achieved"),
        ("good_progress", None, "active"),
        ("not_started", None, "active"),
        (None, None, "active"),
        ("good_progress", "closed", "closed"),
        ("some_progress", "achieved", "achieved"),
        ("achieved", "continue", "active"),
    ],
    ids=[
        "achieved rating closes it as achieved",
        "good progress keeps it",
        "no progress keeps it",
        "no rating keeps it",
        "a decision to stop closes it",
        "a decision that it is achieved wins over the rating",
        "a decision to keep going wins over an achieved rating",
    ],
)
def test_the_rating_or_the_decision_sets_what_happens_to_an_outcome(rating, decision, status):
    plan = recorded(example_plan(), a_review(O1=rating), {"O1": decision})
    assert plan.outcomes[0].status == status


def test_recording_a_review_adds_it_to_the_history_and_deletes_no_outcome():
    before = example_plan()
    plan = recorded(before, a_review(O1="achieved", O2="some_progress", O3="not_started"), {"O3": "closed"})
    assert len(plan.reviews) == 1
    assert [outcome.id for outcome in plan.outcomes] == [outcome.id for outcome in before.outcomes]
    assert [outcome.description for outcome in plan.outcomes] == [o.description for o in before.outcomes]


def test_the_review_keeps_who_came_to_the_meeting():
    plan = recorded(example_plan(), a_review())
    assert plan.reviews[0].attendees == example_plan().meeting.attendees


def test_the_next_cycle_starts_on_the_review_date_with_the_next_termly_review():
    plan = recorded(example_plan(), a_review(O1="good_progress"))
    assert plan.start_date == dt.date(2026, 12, 9)
    assert plan.next_review_date == proposed_next_review(dt.date(2026, 12, 9))
    assert plan.meeting.date == plan.next_review_date
    assert next_review_text(plan) == "10 March 2027"


@pytest.mark.parametrize(
    ("review_day", "expected"),
    [
        (dt.date(2026, 12, 9), dt.date(2027, 3, 10)),
        (dt.date(2027, 5, 10), dt.date(2027, 9, 6)),
        (dt.date(2026, 12, 12), dt.date(2027, 3, 15)),
    ],
    ids=["a term later", "never in the summer break", "a weekend review counts from the next school day"],
)
def test_the_proposed_next_review_is_a_school_day_a_term_later(review_day, expected):
    assert proposed_next_review(review_day) == expected


def test_a_kept_outcome_whose_target_has_come_moves_to_the_next_review():
    plan = recorded(example_plan(), a_review(day="2026-12-14", O1="some_progress"))
    assert plan.outcomes[0].target_date == plan.next_review_date


def test_a_closed_outcome_keeps_its_old_target_date_and_the_plan_stays_valid():
    plan = recorded(example_plan(), a_review(day="2026-12-14", O1="achieved"))
    assert plan.outcomes[0].status == "achieved"
    assert plan.outcomes[0].target_date == dt.date(2026, 12, 7)


def test_a_review_with_no_date_is_not_recorded():
    result = record_review(example_plan(), a_review(day=None, O1="achieved"), {})
    assert result.plan is None
    assert list(result.problems) == ["date"]


@pytest.mark.parametrize("day", ["2026-12-09", "2026-11-30"], ids=["the same day", "an earlier day"])
def test_a_review_dated_on_or_before_the_last_one_is_not_recorded(day):
    plan = recorded(example_plan(), a_review(O1="some_progress"))
    result = record_review(plan, a_review(day=day, O1="good_progress"), {})
    assert result.plan is None
    assert "9 December 2026" in result.problems["date"]


def test_a_rating_that_is_not_one_of_the_choices_is_refused():
    result = record_review(example_plan(), a_review(O1="brilliant"), {})
    assert result.plan is None
    assert result.problems


def test_closed_outcomes_are_not_offered_for_rating_but_keep_their_number():
    plan = recorded(example_plan(), a_review(O1="achieved"))
    assert [(number, outcome.id) for number, outcome in numbered_active_outcomes(plan)] == [
        (2, "O2"),
        (3, "O3"),
    ]


def test_the_ratings_history_follows_each_outcome_across_reviews():
    plan = recorded(example_plan(), a_review(O1="not_started", O2="some_progress"))
    plan = recorded(plan, a_review(day="2027-03-10", O1="some_progress", O2=None))
    history = [(point.outcome_id, point.review_number, point.score) for point in rating_history(plan)]
    assert history == [("O1", 1, 0), ("O2", 1, 1), ("O1", 2, 1)]


@pytest.mark.parametrize(
    ("first", "second", "stuck"),
    [
        ("some_progress", "not_started", ["O1"]),
        ("some_progress", "good_progress", []),
        ("good_progress", "some_progress", []),
        ("achieved", None, []),
    ],
    ids=["little progress twice", "better the second time", "worse only the second time", "achieved"],
)
def test_an_outcome_is_stuck_after_two_reviews_of_little_progress(first, second, stuck):
    plan = recorded(example_plan(), a_review(O1=first))
    if plan.outcomes[0].status == "active":
        plan = recorded(plan, a_review(day="2027-03-10", O1=second))
    assert stuck_outcomes(plan) == stuck


def test_one_review_is_never_enough_to_call_an_outcome_stuck():
    assert stuck_outcomes(recorded(example_plan(), a_review(O1="not_started"))) == []
