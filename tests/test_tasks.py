"""Task list statuses come from the plan itself."""

import pytest

from sen_guide.cases import example_plan
from sen_guide.plan import Pupil, SupportPlan
from sen_guide.tasks import task_list, task_statuses


def test_a_blank_plan_has_every_task_not_started():
    assert set(task_statuses(SupportPlan(), has_findings=True).values()) == {"not_started"}


def test_the_example_plan_has_every_task_completed():
    assert set(task_statuses(example_plan(), has_findings=False).values()) == {"completed"}


@pytest.mark.parametrize(
    ("pupil", "status"),
    [
        (Pupil(name="Ali"), "in_progress"),
        (Pupil(), "not_started"),
    ],
    ids=["a name only", "nothing"],
)
def test_the_pupil_task_is_in_progress_until_every_answer_is_given(pupil, status):
    assert task_statuses(SupportPlan(pupil=pupil), has_findings=True)["pupil"] == status


def test_check_is_in_progress_while_the_health_check_finds_something():
    assert task_statuses(example_plan(), has_findings=True)["check"] == "in_progress"


def test_every_task_in_content_has_a_status_and_a_page():
    ids = [task.id for task in task_list().tasks]
    assert ids == list(task_statuses(SupportPlan(), has_findings=False))
