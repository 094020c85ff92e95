"""Dates and times written the GOV.UK way: "7 December 2026", "Monday 7 December 2026", "3:30pm"."""

import datetime as dt

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: dt.date) -> str:
    """A date as people read it, with no leading zero: "25 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_and_date(day: dt.date) -> str:
    """A date with its weekday, for a meeting people must turn up to: "Monday 7 December 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def clock_time(moment: dt.time) -> str:
    """A time in the 12-hour GOV.UK style: "9am", "3:30pm", "midday", "midnight"."""
    if (moment.hour, moment.minute) == (12, 0):
        return "midday"
    if (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def parse_clock(text: str) -> dt.time | None:
    """The plan's "HH:MM" meeting time as a time, or None when it is not set."""
    return dt.time.fromisoformat(text) if text else None
