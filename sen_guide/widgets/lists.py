"""Lists of plan items with Change and Remove, task rows, Change links and the device controls."""

from collections.abc import Callable
from typing import Any

import streamlit as st

from sen_guide.plain_text import escape_markdown
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import EditResult
from sen_guide.session import (
    choose_item,
    current_plan,
    finish_edit,
    set_return_page,
    start_blank_plan,
)
from sen_guide.widgets.text import show_summary_rows


def show_item_list(
    page: str,
    items: list,
    words: dict[str, str],
    title_for: Callable[[Any], str],
    rows_for: Callable[[Any], list[tuple[str, str]]],
    remove: Callable[[SupportPlan, str], EditResult],
) -> None:
    """Each item in a bordered box with its answers, a Change button and a Remove button."""
    if not items:
        st.markdown(words["none_yet"])
    for item in items:
        with st.container(border=True):
            st.markdown(f"#### {escape_markdown(title_for(item))}")
            show_summary_rows(rows_for(item))
            change, drop = st.columns(2)
            change.button(
                words["change_button"],
                key=f"{page}_change_{item.id}",
                on_click=choose_item,
                args=(page, item.id),
                help=f"{item.id}",
            )
            if drop.button(words["remove_button"], key=f"{page}_remove_{item.id}", help=f"{item.id}"):
                finish_edit(page, remove(current_plan(), item.id), words["removed"])


def show_task(number: int, task: Any, status: str, role: str) -> None:
    """One row of the task list: a link to the step, its hint, and its status."""
    with st.container(border=True):
        link, state = st.columns([3, 1])
        link.page_link(task.page, label=f"{number}. {task.title}")
        link.caption(task.hint_for(role))
        state.markdown(f"**{status}**")


def change_link(label: str, page: str, key: str, return_page: str) -> None:
    """A Change button that opens `page` and comes back to `return_page` after the edit is saved."""
    if st.button(label, key=key):
        set_return_page(return_page)
        st.switch_page(page)


def show_device_controls(words: dict[str, str]) -> None:
    """In the sidebar: how the draft is kept in this browser, and the button that clears it."""
    with st.sidebar:
        st.caption(words["draft_kept"])
        if st.button(words["clear_button"], key="device_clear"):
            start_blank_plan(words["cleared"])
            st.rerun()
