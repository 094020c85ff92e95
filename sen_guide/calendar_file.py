"""Calendar files (.ics) for the next review meeting and for the year's three termly meetings (Code 6.65)."""

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from sen_guide.dates import parse_clock
from sen_guide.document_words import calendar_words, common_words
from sen_guide.plan import Meeting, SupportPlan
from sen_guide.printed_values import display_name, name_hider

SCHOOL_TIME_ZONE = ZoneInfo("Europe/London")
DEFAULT_LENGTH_MINUTES = 45


def meeting_ics(plan: SupportPlan, initials: bool = True) -> bytes | None:
    """The next review meeting as a calendar file, or None until the meeting has a date."""
    meeting = plan.meeting
    if meeting is None or meeting.date is None:
        return None
    words = calendar_words()
    summary = words.meeting_summary.format(name=display_name(plan.pupil.name, initials))
    event = _event(summary, words.description, meeting.date, meeting)
    return _calendar([event], plan, initials)


def schedule_ics(plan: SupportPlan, initials: bool = True, today: dt.date | None = None) -> bytes:
    """The year's review meetings as one calendar file; the meeting already booked keeps its time."""
    words = calendar_words()
    name = display_name(plan.pupil.name, initials)
    days = plan.review_schedule(today)
    booked = plan.meeting if plan.meeting and plan.meeting.date in days else None
    events = [
        _event(
            words.schedule_summary.format(number=number, count=len(days), name=name),
            words.schedule_description,
            day,
            booked if booked and booked.date == day else None,
        )
        for number, day in enumerate(days, start=1)
    ]
    return _calendar(events, plan, initials)


def _event(summary: str, description: str, day: dt.date, meeting: Meeting | None) -> Event:
    """A timed event when the meeting has a start time, otherwise an all-day one."""
    start_time = parse_clock(meeting.time) if meeting else None
    if start_time is None:
        start: dt.date | dt.datetime = day
        end: dt.date | dt.datetime = day + dt.timedelta(days=1)
    else:
        # Stored in UTC, so every calendar app places it right without a time zone table.
        start = dt.datetime.combine(day, start_time, tzinfo=SCHOOL_TIME_ZONE).astimezone(dt.UTC)
        end = start + dt.timedelta(
            minutes=(meeting.length_minutes if meeting else None) or DEFAULT_LENGTH_MINUTES
        )
    location = meeting.location.strip() if meeting and meeting.location.strip() else None
    return Event.new(
        summary=summary,
        description=description,
        start=start,
        end=end,
        location=location,
        uid=uuid.uuid4(),
        stamp=dt.datetime.now(dt.UTC),
    )


def _calendar(events: list[Event], plan: SupportPlan, initials: bool) -> bytes:
    hide = name_hider(plan.pupil.name) if initials else None
    for event in events:
        if hide and "LOCATION" in event:
            event["LOCATION"] = hide(str(event["LOCATION"]))
    calendar = Calendar.new(
        name=calendar_words().calendar_name,
        prodid=f"-//{common_words().made_by}//EN",
        subcomponents=events,
    )
    return calendar.to_ical()
