"""The plan model: round trips, derived figures and the review schedule."""

import datetime as dt
import json

from hypothesis import given, settings

from sen_guide.cases import case_names, example_plan
from sen_guide.plan import Provision, SupportPlan
from sen_guide.plan_file import dump_plan, load_plan
from tests.strategies import plans


@settings(max_examples=150, deadline=None)
@given(plans())
def test_any_valid_plan_survives_a_download_and_reopen(plan):
    assert load_plan(dump_plan(plan)).plan == plan


def test_a_blank_plan_downloads_and_reopens():
    assert load_plan(dump_plan(SupportPlan())).plan == SupportPlan()


def test_a_file_with_only_the_contract_keys_loads():
    minimal = {
        "schema_version": 1,
        "pupil": {"name": "A"},
        "needs": [],
        "outcomes": [],
        "provision": [],
        "start_date": None,
        "expected_progress": "",
        "next_review_date": None,
        "meeting": None,
        "reviews": [],
    }
    assert load_plan(json.dumps(minimal)).plan is not None


def test_every_case_study_is_a_valid_plan():
    for name in case_names():
        assert load_plan(dump_plan(example_plan(name))).plan == example_plan(name)


def test_provision_hours_come_from_frequency_length_and_weeks():
    item = Provision(
        id="P1", sessions_per_week=3, session_minutes=20, duration_weeks=12, cost_per_week_gbp=15
    )
    assert (item.hours_per_week, item.total_hours, item.total_cost_gbp) == (1.0, 12.0, 180.0)


def test_fortnightly_provision_counts_half_a_session_a_week():
    assert Provision(id="P1", sessions_per_week=0.5, session_minutes=60).hours_per_week == 0.5


def test_unfinished_provision_has_no_hours_yet():
    assert Provision(id="P1", session_minutes=20).hours_per_week is None


def test_plan_totals_add_up_every_item():
    plan = example_plan()
    assert plan.hours_per_week == sum(item.hours_per_week for item in plan.provision)
    assert plan.total_hours == 12 + 6 + 5


def test_outcomes_without_provision_and_provision_without_outcome_are_found():
    plan = SupportPlan.model_validate(
        {
            "schema_version": 1,
            "outcomes": [{"id": "O1"}, {"id": "O2"}, {"id": "O3", "status": "closed"}],
            "provision": [{"id": "P1", "outcome_ids": ["O1"]}, {"id": "P2"}],
        }
    )
    assert [o.id for o in plan.outcomes_without_provision()] == ["O2"]
    assert [p.id for p in plan.provision_without_outcome()] == ["P2"]


def test_the_review_schedule_has_three_school_day_meetings_a_term_apart():
    schedule = SupportPlan(next_review_date=dt.date(2026, 5, 1)).review_schedule()
    assert len(schedule) == 3
    assert all(day.weekday() < 5 for day in schedule)
    assert not any(dt.date(day.year, 7, 22) <= day < dt.date(day.year, 9, 4) for day in schedule)
    assert schedule[0] == dt.date(2026, 5, 1)
