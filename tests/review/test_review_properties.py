"""Any valid plan can be reviewed and questioned without failing, and a review never loses an outcome."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sen_guide.questions import questions_for
from sen_guide.review import RATING_SCORES, record_review
from tests.strategies import plans

ratings = st.sampled_from([None, *RATING_SCORES])
review_days = st.dates(min_value=dt.date(2026, 9, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=60, deadline=None)
@given(plans(), review_days, st.data())
def test_any_plan_can_be_reviewed_and_keeps_every_outcome(plan, day, data):
    progress = [{"outcome_id": o.id, "rating": data.draw(ratings)} for o in plan.active_outcomes()]
    result = record_review(plan, {"date": day.isoformat(), "outcome_progress": progress}, {})
    assert result.problems == {}
    assert [o.id for o in result.plan.outcomes] == [o.id for o in plan.outcomes]
    assert len(result.plan.reviews) == len(plan.reviews) + 1
    assert result.plan.next_review_date > day


@settings(max_examples=60, deadline=None)
@given(plans())
def test_any_plan_gets_questions_for_each_role(plan):
    for role in ("parent", "teacher"):
        assert all(question.strip() for question in questions_for(plan, role))
