"""Reusable field types for the plan model: ISO dates, bounded text, ids and times."""

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

TEXT_LIMIT = 10_000
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _iso_date(value: object) -> object:
    """Accept only a real calendar date written YYYY-MM-DD, as the file format promises."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("impossible_date", "is not a real date") from None
    raise PydanticCustomError("date_format", "must be a date written as YYYY-MM-DD")


def _clock_time(value: str) -> str:
    if value and not CLOCK_TIME.fullmatch(value):
        raise PydanticCustomError("time_format", "must be a time written as HH:MM, like 15:30")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Text = Annotated[str, Field(max_length=TEXT_LIMIT)]
ItemId = Annotated[str, Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9_-]+$")]
ClockTime = Annotated[str, Field(max_length=TEXT_LIMIT), AfterValidator(_clock_time)]
