"""Recording a review through the page's widgets: ratings, delivery, views, next steps, and the chart."""

import datetime as dt

import pytest

from tests.pages.widget_keys import keyed

PROGRESS = "pages/review/progress.py"


@pytest.fixture
def progress_page(example_app):
    return example_app.switch_page(PROGRESS).run()


def rate(page, **ratings: str) -> None:
    for outcome_id, rating in ratings.items():
        keyed(page.radio, f"_{outcome_id}_rating").set_value(rating)


def test_every_active_outcome_and_provision_item_is_asked_about(progress_page):
    assert not progress_page.exception
    assert keyed(progress_page.date_input, "_date").value == dt.date(2026, 12, 7)
    assert len([r for r in progress_page.radio if r.key.endswith("_rating")]) == 3
    assert len([r for r in progress_page.radio if r.key.endswith("_planned")]) == 3


def test_recording_a_review_adds_it_and_rolls_the_plan_on(progress_page):
    rate(progress_page, O1="achieved", O2="some_progress", O3="not_started")
    keyed(progress_page.text_area, "_O1_evidence").input("62 words a minute")
    keyed(progress_page.selectbox, "_O3_decision").set_value("closed")
    keyed(progress_page.radio, "_P1_planned").set_value("partly")
    keyed(progress_page.number_input, "_P1_missed").set_value(4)
    keyed(progress_page.text_area, "_pupil_views").input("I like the reading buddy.")
    keyed(progress_page.checkbox, "_reason_not_put_into_practice").check()
    keyed(progress_page.checkbox, "_step_adjust").check()
    progress_page.button(key="review_progress_record").click().run()
    assert not progress_page.exception
    plan = progress_page.session_state["current_plan"]
    assert len(plan.reviews) == 1
    review = plan.reviews[0]
    assert [(p.outcome_id, p.rating) for p in review.outcome_progress] == [
        ("O1", "achieved"),
        ("O2", "some_progress"),
        ("O3", "not_started"),
    ]
    assert review.provision_delivered[0].sessions_missed == 4
    assert (review.reasons_not_working, review.next_step_options) == (["not_put_into_practice"], ["adjust"])
    assert [o.status for o in plan.outcomes] == ["achieved", "active", "closed"]
    assert plan.start_date == dt.date(2026, 12, 7)
    assert len(progress_page.success) == 1


def test_after_a_review_the_form_is_fresh_and_only_open_outcomes_are_asked_about(progress_page):
    rate(progress_page, O1="achieved")
    progress_page.button(key="review_progress_record").click().run()
    ratings = [r for r in progress_page.radio if r.key.endswith("_rating")]
    assert [r.key.split("_")[-2] for r in ratings] == ["O2", "O3"]
    assert all(r.value is None for r in ratings)


def test_the_chart_and_its_table_show_ratings_across_reviews(progress_page):
    assert len(progress_page.table) == 0
    rate(progress_page, O2="not_started", O3="some_progress")
    progress_page.button(key="review_progress_record").click().run()
    rate(progress_page, O2="good_progress")
    progress_page.button(key="review_progress_record").click().run()
    assert len(progress_page.get("vega_lite_chart")) == 1
    table = progress_page.table[0].value
    assert table.shape == (2, 3)


def test_a_review_with_no_date_shows_the_problem_and_records_nothing(progress_page):
    keyed(progress_page.date_input, "_date").set_value(None)
    rate(progress_page, O1="achieved")
    progress_page.button(key="review_progress_record").click().run()
    assert len(progress_page.error) == 1
    assert progress_page.session_state["current_plan"].reviews == []
    assert keyed(progress_page.radio, "_O1_rating").value == "achieved"
