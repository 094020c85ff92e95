"""The one place a user's current plan lives: this browser session's state, never the server's disk."""

import streamlit as st

from sen_guide.cases import example_plan
from sen_guide.plan import SupportPlan
from sen_guide.plan_file import load_plan

PLAN_KEY = "current_plan"
NOTICE_KEY = "notice"


def current_plan() -> SupportPlan:
    """The plan being worked on; a blank one until the user starts or opens one."""
    if PLAN_KEY not in st.session_state:
        st.session_state[PLAN_KEY] = SupportPlan()
    return st.session_state[PLAN_KEY]


def replace_plan(plan: SupportPlan, notice: str = "") -> None:
    """Make `plan` the current plan, with an optional message to show on the next run."""
    st.session_state[PLAN_KEY] = plan
    if notice:
        st.session_state[NOTICE_KEY] = notice


def start_blank_plan(notice: str = "") -> None:
    replace_plan(SupportPlan(), notice)


def start_example_plan(case: str, notice: str = "") -> None:
    replace_plan(example_plan(case), notice)


def open_plan_file(data: bytes, notice: str = "") -> list[str]:
    """Open an uploaded plan; on any problem return the messages and keep the current plan."""
    result = load_plan(data)
    if result.plan is not None:
        replace_plan(result.plan, notice)
    return result.errors


def take_notice() -> str:
    """The message left by the last change, shown once."""
    return st.session_state.pop(NOTICE_KEY, "")
