"""Meeting details, driven through the page's widgets with AppTest."""

import datetime as dt

import pytest

from tests.pages.widget_keys import keyed

MEETING = "pages/review/meeting.py"


@pytest.fixture
def meeting_page(example_app):
    return example_app.switch_page(MEETING).run()


def test_the_page_shows_the_plans_meeting(meeting_page):
    assert not meeting_page.exception
    assert keyed(meeting_page.date_input, "_date").value == dt.date(2026, 12, 7)
    assert keyed(meeting_page.text_input, "_role_3").value == "Mr Jones"


def test_saving_meeting_details_puts_them_in_the_plan(meeting_page):
    keyed(meeting_page.date_input, "_date").set_value(dt.date(2026, 12, 10))
    keyed(meeting_page.time_input, "_time").set_value(dt.time(9, 0))
    keyed(meeting_page.text_input, "_place").input("Library")
    keyed(meeting_page.number_input, "_length").set_value(60)
    keyed(meeting_page.text_input, "_role_4").input("Mrs Patel")
    keyed(meeting_page.text_area, "_others").input("Mr Lee, speech and language therapist")
    keyed(meeting_page.text_area, "_access").input("Polish interpreter")
    meeting_page.button(key="review_meeting_save").click().run()
    assert not meeting_page.exception
    plan = meeting_page.session_state["current_plan"]
    assert (plan.meeting.date, plan.meeting.time, plan.meeting.location) == (
        dt.date(2026, 12, 10),
        "09:00",
        "Library",
    )
    assert plan.next_review_date == dt.date(2026, 12, 10)
    assert ("Mrs Patel", "Teaching assistant") in [(p.name, p.role) for p in plan.meeting.attendees]
    assert ("Mr Lee", "speech and language therapist") in [(p.name, p.role) for p in plan.meeting.attendees]
    assert plan.meeting.access_needs == "Polish interpreter"
    assert len(meeting_page.success) == 1


def test_a_date_before_the_plan_starts_shows_the_problem_and_keeps_what_was_typed(meeting_page):
    before = meeting_page.session_state["current_plan"]
    keyed(meeting_page.date_input, "_date").set_value(dt.date(2026, 1, 5))
    keyed(meeting_page.text_input, "_place").input("Hall")
    meeting_page.button(key="review_meeting_save").click().run()
    assert len(meeting_page.error) == 1
    assert meeting_page.session_state["current_plan"] == before
    assert keyed(meeting_page.text_input, "_place").value == "Hall"
