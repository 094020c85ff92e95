"""The one place a user's current plan lives: this browser session's state, never the server's disk."""

import streamlit as st

from sen_guide.cases import example_plan
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import EditResult
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


ROLE_KEY = "role"
RETURN_KEY = "return_to"
VERSION_KEY = "widget_versions"


def current_role() -> str:
    """Who is using the app ("parent" or "teacher"): it changes hints and wording, never the plan."""
    return st.session_state.get(ROLE_KEY, "teacher")


def set_role(role: str) -> None:
    st.session_state[ROLE_KEY] = role


def set_return_page(page: str) -> None:
    """Remember the page to go back to after a change (the check page's Change links)."""
    st.session_state[RETURN_KEY] = page


def take_return_page() -> str:
    """The page to go back to, once; empty when the user came from the task list."""
    return st.session_state.pop(RETURN_KEY, "")


def widget_version(name: str) -> int:
    """A number in a widget's key; bumping it makes Streamlit draw the widget afresh from the plan."""
    return st.session_state.setdefault(VERSION_KEY, {}).get(name, 0)


def bump_widget_version(name: str) -> None:
    versions = st.session_state.setdefault(VERSION_KEY, {})
    versions[name] = versions.get(name, 0) + 1


PROBLEMS_KEY = "problems"


def problems_for(page: str) -> dict[str, str]:
    """The problems found the last time this page was saved, kept until it is saved again."""
    return st.session_state.get(PROBLEMS_KEY, {}).get(page, {})


def finish_edit(page: str, result: EditResult, notice: str) -> None:
    """Keep a good change and go on (back to the check page after a Change link); or keep the problems."""
    problems = st.session_state.setdefault(PROBLEMS_KEY, {})
    problems[page] = result.problems
    if result.plan is None:
        st.rerun()
    replace_plan(result.plan, notice)
    choose_item(page, "")
    return_page = take_return_page()
    if return_page:
        st.switch_page(return_page)
    st.rerun()


CHOSEN_KEY = "chosen_items"


def chosen_item(page: str) -> str:
    """The id of the item a list page is changing; empty when adding a new one."""
    return st.session_state.get(CHOSEN_KEY, {}).get(page, "")


def choose_item(page: str, item_id: str) -> None:
    """Change which item the page's form edits, and draw the form afresh for it."""
    st.session_state.setdefault(CHOSEN_KEY, {})[page] = item_id
    bump_widget_version(page)
