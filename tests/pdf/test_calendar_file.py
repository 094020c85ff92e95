"""Calendar files for the next meeting and the year's three meetings, read back as a calendar app would."""

import datetime as dt

from icalendar import Calendar

from sen_guide.calendar_file import meeting_ics, schedule_ics
from sen_guide.cases import example_plan
from tests.pdf.plans import plan_with


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def test_the_next_meeting_is_one_timed_event_at_the_right_place_and_length():
    (event,) = _events(meeting_ics(example_plan()))
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == dt.datetime(2026, 12, 7, 15, 30, tzinfo=dt.UTC)  # December: London is on UTC
    assert (end - start, str(event["LOCATION"])) == (
        dt.timedelta(minutes=45),
        "Brookfield Primary School, meeting room 2",
    )


def test_a_summer_meeting_time_is_moved_to_utc_from_british_summer_time():
    meeting = example_plan().meeting.model_dump(mode="json") | {"date": "2027-06-07"}
    (event,) = _events(meeting_ics(plan_with(meeting=meeting, next_review_date="2027-06-07")))
    assert event.decoded("DTSTART") == dt.datetime(2027, 6, 7, 14, 30, tzinfo=dt.UTC)


def test_the_calendar_shows_initials_by_default_and_never_the_full_name():
    data = meeting_ics(example_plan())
    assert "S. T." in str(_events(data)[0]["SUMMARY"])
    assert b"Sam" not in data and b"Taylor" not in data


def test_the_full_name_is_shown_only_when_asked_for():
    assert "Sam Taylor" in str(_events(meeting_ics(example_plan(), initials=False))[0]["SUMMARY"])


def test_with_no_meeting_date_there_is_no_meeting_file():
    assert meeting_ics(plan_with(meeting=None)) is None


def test_a_meeting_with_no_time_is_an_all_day_event():
    meeting = example_plan().meeting.model_dump(mode="json") | {"time": ""}
    (event,) = _events(meeting_ics(plan_with(meeting=meeting)))
    assert event.decoded("DTSTART") == dt.date(2026, 12, 7)


def test_the_schedule_has_three_meetings_and_the_booked_one_keeps_its_time():
    events = _events(schedule_ics(example_plan()))
    starts = [event.decoded("DTSTART") for event in events]
    assert len(starts) == 3
    assert starts[0] == dt.datetime(2026, 12, 7, 15, 30, tzinfo=dt.UTC)
    assert starts[1:] == [day for day in example_plan().review_schedule()[1:]]
