"""The one place a user's current plan lives: this browser session's state, never the server's disk."""

import streamlit as st

from sen_guide.cases import example_plan
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import EditResult
from sen_guide.plan_file import dump_plan, load_plan

PLAN_KEY = "current_plan"
GENERATION_KEY = "plan_generation"
NOTICE_KEY = "notice"


def current_plan() -> SupportPlan:
    """The plan being worked on; a blank one until the user starts or opens one."""
    if PLAN_KEY not in st.session_state:
        st.session_state[PLAN_KEY] = SupportPlan()
    return st.session_state[PLAN_KEY]


def replace_plan(plan: SupportPlan, notice: str = "") -> None:
    """Make `plan` the current plan, with an optional message to show on the next run; every form is
    drawn afresh from it, so no widget keeps a value from the plan before."""
    st.session_state[PLAN_KEY] = plan
    st.session_state[GENERATION_KEY] = st.session_state.get(GENERATION_KEY, 0) + 1
    if notice:
        st.session_state[NOTICE_KEY] = notice


def start_blank_plan(notice: str = "") -> None:
    replace_plan(SupportPlan(), notice)
    replace_questions(None)


def start_example_plan(case: str, notice: str = "") -> None:
    replace_plan(example_plan(case), notice)
    replace_questions(None)


def open_plan_file(data: bytes, notice: str = "") -> list[str]:
    """Open an uploaded plan; on any problem return the messages and keep the current plan."""
    result = load_plan(data)
    if result.plan is not None:
        replace_plan(result.plan, notice)
        replace_questions(None)  # questions written for another plan must not follow it
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


def widget_version(name: str) -> str:
    """A part of a widget's key that changes when the plan is replaced or the page's form is reset, so
    Streamlit draws the widget afresh from the plan instead of keeping an old value."""
    page_version = st.session_state.setdefault(VERSION_KEY, {}).get(name, 0)
    return f"{st.session_state.get(GENERATION_KEY, 0)}_{page_version}"


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


QUESTIONS_KEY = "meeting_questions"


def current_questions() -> list[str] | None:
    """The questions the user edited for the agenda, or None to use the ones built from the plan."""
    return st.session_state.get(QUESTIONS_KEY)


def replace_questions(questions: list[str] | None) -> None:
    """Keep the user's edited questions; None goes back to the ones built from the plan."""
    st.session_state[QUESTIONS_KEY] = questions


# The draft lives in the user's own browser (localStorage), never on the server: a refresh or a
# closed tab does not lose it, and "Clear this device" removes it. See docs/decisions/0004.
DRAFT_STORAGE_NAME = "sen-support-guide-draft"
DRAFT_SCRIPT = """
export default function ({ data, setStateValue }) {
  const name = "STORAGE_NAME";
  try {
    if (!data.checked) { setStateValue("stored", window.localStorage.getItem(name) || ""); }
    else if (data.plan) { window.localStorage.setItem(name, data.plan); }
    else { window.localStorage.removeItem(name); }
  } catch (error) {
    setStateValue("stored", "");
  }
}
""".replace("STORAGE_NAME", DRAFT_STORAGE_NAME)
DRAFT_CHECKED_KEY = "draft_checked"
_draft_store = st.components.v2.component("sen_guide.draft_store", js=DRAFT_SCRIPT)


def keep_draft_in_browser(restored_notice: str) -> None:
    """Once per session, reopen the draft this browser kept; after that, keep it up to date (a blank plan
    keeps nothing, so "Clear this device" leaves no trace). Run it after the page, so it saves this run's edits."""
    checked = st.session_state.get(DRAFT_CHECKED_KEY, False)
    plan = current_plan()
    saved = dump_plan(plan).decode("utf-8") if checked and plan != SupportPlan() else ""
    result = _draft_store(
        key="draft_store", data={"plan": saved, "checked": checked}, on_stored_change=lambda: None, height=0
    )
    stored = getattr(result, "stored", None)
    if checked or stored is None:
        return
    st.session_state[DRAFT_CHECKED_KEY] = True
    draft = load_plan(stored).plan if stored else None
    if draft is not None and plan == SupportPlan():
        replace_plan(draft, restored_notice)
        st.rerun()


def keep_typed_answers(result: EditResult) -> None:
    """Keep what has been typed so far as the draft, when it is valid, without a notice or a rerun."""
    if result.plan is not None and result.plan != current_plan():
        st.session_state[PLAN_KEY] = result.plan
