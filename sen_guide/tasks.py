"""The Plan task list: each task's status is worked out from the plan itself, never stored."""

from collections.abc import Callable
from typing import Literal

from pydantic import Field

from sen_guide.content import ContentFile, load_content
from sen_guide.forms import Role
from sen_guide.plan import SupportPlan

Status = Literal["not_started", "in_progress", "completed"]


class Task(ContentFile):
    id: str
    title: str
    page: str
    hint: str = ""
    hints: dict[Role, str] = Field(default_factory=dict)

    def hint_for(self, role: Role) -> str:
        return self.hints.get(role, self.hint)


class TaskList(ContentFile):
    title: str
    intros: dict[Role, str]
    role_label: str
    roles: dict[Role, str]
    statuses: dict[Status, str]
    progress: str
    tasks: list[Task]


def task_list() -> TaskList:
    return load_content("tasks", TaskList)


def _status(answers: list[bool]) -> Status:
    """Nothing answered: not started; everything: completed; anything else: in progress."""
    if not any(answers):
        return "not_started"
    return "completed" if all(answers) else "in_progress"


def _pupil(plan: SupportPlan) -> list[bool]:
    pupil = plan.pupil
    return [
        bool(value)
        for value in (pupil.name, pupil.year_group, pupil.strengths, pupil.pupil_views, pupil.parent_views)
    ]


def _needs(plan: SupportPlan) -> list[bool]:
    return [bool(need.area and need.description) for need in plan.needs]


def _outcomes(plan: SupportPlan) -> list[bool]:
    return [
        bool(o.need_ids and o.description and o.success_criteria and o.target_date)
        for o in plan.active_outcomes()
    ]


def _provision(plan: SupportPlan) -> list[bool]:
    return [bool(item.what and item.who and item.total_hours and item.outcome_ids) for item in plan.provision]


def _progress(plan: SupportPlan) -> list[bool]:
    return [bool(plan.start_date), bool(plan.expected_progress), bool(plan.next_review_date)]


STEPS: dict[str, Callable[[SupportPlan], list[bool]]] = {
    "pupil": _pupil,
    "needs": _needs,
    "outcomes": _outcomes,
    "provision": _provision,
    "progress": _progress,
}


def task_statuses(plan: SupportPlan, has_findings: bool) -> dict[str, Status]:
    """Each task's status; "Check your plan" is completed when every step is and the health check is clean."""
    statuses = {task: _status(check(plan)) for task, check in STEPS.items()}
    all_done = all(status == "completed" for status in statuses.values())
    statuses["check"] = ("completed" if not has_findings else "in_progress") if all_done else "not_started"
    return statuses
