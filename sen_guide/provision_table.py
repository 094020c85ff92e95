"""The provision list as a table (pandas): for the editable table on the page and the CSV download."""

import datetime as dt
import math
from typing import Any

import pandas as pd

from sen_guide.forms import FormSpec
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import fresh_id

ID_COLUMN = "id"
WHOLE_NUMBERS = ("session_minutes", "duration_weeks", "group_size")


def provision_frame(plan: SupportPlan, spec: FormSpec) -> pd.DataFrame:
    """One row per provision item, columns in the order of the form's questions."""
    columns = [ID_COLUMN, *(question.key for question in spec.questions)]
    rows = [item.model_dump() for item in plan.provision]
    frame = pd.DataFrame(rows, columns=columns)
    for key in WHOLE_NUMBERS:
        frame[key] = frame[key].astype("Int64")
    frame["start_date"] = pd.to_datetime(frame["start_date"]).dt.date
    return frame


def rows_from_frame(frame: pd.DataFrame, plan: SupportPlan) -> list[dict]:
    """Plan-ready rows from the edited table; new rows get the next free "P" id."""
    used = {item.id for item in plan.provision}
    rows = []
    for record in frame.to_dict("records"):
        row: dict[str, Any] = {str(key): _plain(value) for key, value in record.items()}
        if not row.get(ID_COLUMN):
            row[ID_COLUMN] = fresh_id("P", used)
        used.add(row[ID_COLUMN])
        row["outcome_ids"] = list(row.get("outcome_ids") or [])
        rows.append(
            {key: "" if value is None and key in TEXT_COLUMNS else value for key, value in row.items()}
        )
    return rows


def provision_csv(plan: SupportPlan, spec: FormSpec) -> bytes:
    """The provision table as CSV, with the hours worked out, for a spreadsheet or provision map."""
    frame = provision_frame(plan, spec)
    frame["outcome_ids"] = frame["outcome_ids"].map(lambda ids: " ".join(ids))
    frame["hours_per_week"] = [item.hours_per_week for item in plan.provision]
    frame["total_hours"] = [item.total_hours for item in plan.provision]
    for key in TEXT_COLUMNS:
        frame[key] = frame[key].map(_inert)
    return frame.to_csv(index=False).encode("utf-8")


TEXT_COLUMNS = ("what", "who", "why")
FORMULA_SIGNS = ("=", "+", "-", "@", "\t", "\r")


def _inert(text: str) -> str:
    """Stop a spreadsheet reading typed text as a formula (CSV injection) by starting it with '."""
    return f"'{text}" if text.startswith(FORMULA_SIGNS) else text


def _plain(value: object) -> object:
    """pandas' missing values and numpy numbers as the plain Python values the model reads."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp | dt.date):
        return value.isoformat()[:10]
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return value
