"""Your plan: the task list, each step's status worked out from the plan, and the role choice."""

import streamlit as st

from sen_guide import session
from sen_guide.health_check import check_plan
from sen_guide.tasks import task_list, task_statuses
from sen_guide.widgets.lists import show_task
from sen_guide.widgets.text import show_notice

tasks = task_list()
plan = session.current_plan()
st.title(tasks.title)
show_notice()
roles = list(tasks.roles)
role = st.radio(
    tasks.role_label,
    roles,
    index=roles.index(session.current_role()),
    format_func=tasks.roles.get,
    horizontal=True,
    key="tasks_role",
)
session.set_role(role)
st.markdown(tasks.intros[role])
statuses = task_statuses(plan, has_findings=bool(check_plan(plan)))
done = sum(status == "completed" for status in statuses.values())
st.markdown(tasks.progress.format(done=done, total=len(statuses)))
for number, task in enumerate(tasks.tasks, start=1):
    show_task(number, task, tasks.statuses[statuses[task.id]], role)
