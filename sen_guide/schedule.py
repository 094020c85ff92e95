"""The year's review meetings: one a term, so parents meet the school at least three times (Code 6.65)."""

import datetime as dt

MEETINGS_A_YEAR = 3
WEEKS_BETWEEN_REVIEWS = 13
# Schools in England break for summer from late July to early September.
SUMMER_BREAK = ((7, 22), (9, 4))


def termly_reviews(first: dt.date) -> list[dt.date]:
    """Three review dates a term apart, moved off weekends and out of the summer break."""
    dates = [_school_day(first)]
    while len(dates) < MEETINGS_A_YEAR:
        dates.append(_school_day(dates[-1] + dt.timedelta(weeks=WEEKS_BETWEEN_REVIEWS)))
    return dates


def _school_day(day: dt.date) -> dt.date:
    (start_month, start_day), (end_month, end_day) = SUMMER_BREAK
    if dt.date(day.year, start_month, start_day) <= day < dt.date(day.year, end_month, end_day):
        day = dt.date(day.year, end_month, end_day)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day
