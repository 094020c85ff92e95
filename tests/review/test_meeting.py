"""Meeting details: attendees typed by role or as lines, and saving the meeting into the plan."""

import datetime as dt

import pytest

from sen_guide.cases import example_plan
from sen_guide.meeting import meeting_details, parse_attendees, set_meeting, split_attendees
from sen_guide.plan import Attendee


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Mr Lee, speech and language therapist",
            [{"name": "Mr Lee", "role": "speech and language therapist"}],
        ),
        ("  Aunt Zofia  ", [{"name": "Aunt Zofia", "role": ""}]),
        ("A, B, C", [{"name": "A", "role": "B, C"}]),
        ("\n\nMrs Ng, interpreter\n\n", [{"name": "Mrs Ng", "role": "interpreter"}]),
        (", governor", [{"name": "", "role": "governor"}]),
        ("", []),
    ],
    ids=["name and role", "a name only", "the first comma splits", "blank lines", "a role only", "empty"],
)
def test_people_typed_one_a_line_become_attendees(text, people):
    assert parse_attendees(text) == people


def test_usual_roles_fill_their_own_boxes_and_everyone_else_goes_in_the_list():
    attendees = [
        Attendee(name="Mrs Taylor", role="parent or carer"),
        Attendee(name="Mr Taylor", role="Parent or carer"),
        Attendee(name="Sam", role="Pupil (for the first part)"),
        Attendee(name="Mr Jones", role="SENCO"),
    ]
    names, others = split_attendees(attendees)
    assert names == {"Parent or carer": "Mrs Taylor", "SENCO": "Mr Jones"}
    assert others.splitlines() == ["Mr Taylor, Parent or carer", "Sam, Pupil (for the first part)"]


def test_attendees_shown_on_the_page_come_back_unchanged_when_saved():
    attendees = example_plan().meeting.attendees
    names, others = split_attendees(attendees)
    details = meeting_details(None, None, "", None, names, others, "")
    assert sorted((p["name"], p["role"]) for p in details["attendees"]) == sorted(
        (p.name, p.role) for p in attendees
    )


def test_saving_the_meeting_sets_the_next_review_date():
    details = meeting_details(
        dt.date(2026, 12, 10), dt.time(9, 5), " Hall ", 60, {"SENCO": "Mr Jones"}, "", "Polish interpreter"
    )
    plan = set_meeting(example_plan(), details).plan
    assert plan.next_review_date == dt.date(2026, 12, 10)
    assert (plan.meeting.time, plan.meeting.location, plan.meeting.access_needs) == (
        "09:05",
        "Hall",
        "Polish interpreter",
    )


def test_a_meeting_with_no_date_keeps_the_plans_review_date():
    plan = set_meeting(example_plan(), meeting_details(None, None, "", None, {}, "", "")).plan
    assert plan.next_review_date == example_plan().next_review_date
    assert plan.meeting.date is None


def test_a_meeting_before_the_plan_starts_is_refused_with_a_reason():
    details = meeting_details(dt.date(2026, 1, 5), None, "", None, {}, "", "")
    result = set_meeting(example_plan(), details)
    assert result.plan is None
    assert result.summary
