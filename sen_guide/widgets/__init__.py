"""Reusable Streamlit pieces, the only place (with session.py) that draws widgets; pages import from here."""

from sen_guide.widgets.forms import ask_questions, edit_table
from sen_guide.widgets.guidance import show_guidance
from sen_guide.widgets.lists import change_link, show_device_controls, show_item_list, show_task
from sen_guide.widgets.provision import show_catalogue, show_provision_totals
from sen_guide.widgets.review import ask_delivery, ask_outcome_review, show_rating_chart, tick_boxes
from sen_guide.widgets.text import (
    show_error_summary,
    show_findings,
    show_notice,
    show_problems,
    show_summary_rows,
    show_user_text,
)

__all__ = [
    "ask_delivery",
    "ask_outcome_review",
    "ask_questions",
    "change_link",
    "edit_table",
    "show_catalogue",
    "show_device_controls",
    "show_error_summary",
    "show_findings",
    "show_guidance",
    "show_item_list",
    "show_notice",
    "show_problems",
    "show_provision_totals",
    "show_rating_chart",
    "show_summary_rows",
    "show_task",
    "show_user_text",
    "tick_boxes",
]
