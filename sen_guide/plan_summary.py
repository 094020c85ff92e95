"""The check-answers summary: each section of the plan as (question, answer) rows, in the forms' words."""

from dataclasses import dataclass
from typing import get_args

from sen_guide.areas import area_choices, area_label
from sen_guide.content import page_words
from sen_guide.forms import form_spec, summary_rows
from sen_guide.plan import YEAR_GROUPS, OutcomeStatus, SupportPlan

Rows = list[tuple[str, str]]


@dataclass(frozen=True)
class Section:
    """One part of the plan: its heading key, the page that changes it, and its items' rows."""

    key: str
    page: str
    items: list[tuple[str, Rows]]


def plan_sections(plan: SupportPlan, not_provided: str) -> list[Section]:
    """Every section of the plan, ready to show on the check page."""
    needs = {"area": area_choices()}
    outcomes = {"need_ids": [(need.id, need.id) for need in plan.needs], "status": status_choices()}
    provision = {"outcome_ids": [(outcome.id, outcome.id) for outcome in plan.outcomes]}
    return [
        Section(
            "pupil",
            "pages/plan/pupil.py",
            [
                (
                    "",
                    _rows(
                        "pupil",
                        plan.pupil.model_dump(),
                        {"year_group": [(y, y) for y in YEAR_GROUPS]},
                        not_provided,
                    ),
                )
            ],
        ),
        Section(
            "needs",
            "pages/plan/needs.py",
            [
                (
                    f"{need.id}: {area_label(need.area)}",
                    _rows("needs", need.model_dump(), needs, not_provided),
                )
                for need in plan.needs
            ],
        ),
        Section(
            "outcomes",
            "pages/plan/outcomes.py",
            [
                (outcome.id, _rows("outcomes", outcome.model_dump(), outcomes, not_provided))
                for outcome in plan.outcomes
            ],
        ),
        Section(
            "provision",
            "pages/plan/provision.py",
            [
                (f"{item.id}: {item.what}", _rows("provision", item.model_dump(), provision, not_provided))
                for item in plan.provision
            ],
        ),
        Section(
            "progress",
            "pages/plan/review_date.py",
            [("", _rows("progress", plan.model_dump(), {}, not_provided))],
        ),
    ]


def status_choices() -> list[tuple[str, str]]:
    """(value, label) for an outcome's status, in the Outcomes page's words."""
    words = page_words("outcomes")
    return [(status, words[f"status_{status}"]) for status in get_args(OutcomeStatus)]


def _rows(form: str, values: dict, choices: dict, not_provided: str) -> Rows:
    return summary_rows(form_spec(form), values, choices, not_provided)
