"""Reusable Streamlit pieces: the error summary, user text shown safely, the notice after a change."""

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from sen_guide.content import page_words
from sen_guide.forms import FormSpec, Question
from sen_guide.guidance import guidance_page, next_guidance_page, page_path
from sen_guide.plain_text import escape_markdown
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import EditResult
from sen_guide.session import choose_item, current_plan, current_role, finish_edit, take_notice


def show_user_text(text: str) -> None:
    """Show text a user typed exactly as typed, never as Markdown or HTML."""
    st.markdown(escape_markdown(text))


def show_error_summary(title: str, messages: list[str], footer: str = "") -> None:
    """A GOV.UK-style error summary: a title, then each problem on its own line."""
    lines = "\n".join(f"- {escape_markdown(message)}" for message in messages)
    st.error(f"**{title}**\n\n{lines}" + (f"\n\n{footer}" if footer else ""), icon="⚠️")


def show_notice() -> None:
    """Show, once, the message left by the last change (e.g. "You opened the example plan")."""
    notice = take_notice()
    if notice:
        st.success(escape_markdown(notice), icon="✅")


def show_guidance(slug: str) -> None:
    """Show one Understand page from content/guidance/: its words, a way onward, and its sources."""
    page, words = guidance_page(slug), page_words("guidance")
    st.title(page.title)
    st.markdown(page.summary)
    st.markdown(page.body)
    st.divider()
    following = next_guidance_page(slug)
    if following is not None:
        label = words["next_link"].format(title=following.title)
        st.page_link(page_path(following.slug), label=label, icon=":material/arrow_forward:")
    st.page_link(page_path("glossary"), label=words["glossary_link"], icon=":material/menu_book:")
    with st.expander(words["sources_heading"]):
        st.markdown("\n".join([words["sources_intro"], "", *(f"- {source}" for source in page.sources)]))
    st.caption(words["disclaimer"])


DATE_RANGE = (dt.date(2000, 1, 1), dt.date(2045, 12, 31))
# (value, label) or (value, label, caption) for each option of a choice question.
Choices = dict[str, list[tuple]]


def ask_questions(
    spec: FormSpec, values: dict, problems: dict[str, str], prefix: str, choices: Choices | None = None
) -> dict:
    """Draw each question of a form, seeded from `values`, with its problem (if any) above it."""
    role = current_role()
    answers = {}
    for question in spec.questions:
        if question.key in problems:
            st.error(escape_markdown(problems[question.key]), icon="⚠️")
        answers[question.key] = _ask(
            question,
            values.get(question.key),
            f"{prefix}_{question.key}",
            (choices or {}).get(question.key, []),
        )
        hint = question.hint_for(role)  # type: ignore[arg-type]
        if hint:
            st.caption(hint)
    return answers


def _ask(question: Question, value: object, key: str, options: list[tuple]) -> object:
    label = question.label
    if question.kind == "long_text":
        return st.text_area(label, value=value or "", key=key, height=120)
    if question.kind == "date":
        return st.date_input(
            label, value=value, key=key, min_value=DATE_RANGE[0], max_value=DATE_RANGE[1], format="DD/MM/YYYY"
        )
    if question.kind == "number":
        return st.number_input(
            label, value=value, key=key, min_value=question.min_value, max_value=question.max_value
        )
    labels = {option[0]: option[1] for option in options}
    if question.kind == "choice":
        values = list(labels)
        index = values.index(value) if value in values else None
        captions = [option[2] if len(option) > 2 else "" for option in options]
        return st.radio(label, values, index=index, key=key, format_func=labels.get, captions=captions)
    if question.kind == "choices":
        return st.multiselect(
            label,
            list(labels),
            default=[v for v in (value or []) if v in labels],
            key=key,
            format_func=labels.get,
        )
    return st.text_input(label, value=value or "", key=key)


def show_problems(problems: dict[str, str], title: str) -> None:
    """The error summary at the top of a page, when there is anything to fix."""
    if problems:
        show_error_summary(title, list(dict.fromkeys(problems.values())))


def show_summary_rows(rows: list[tuple[str, str]]) -> None:
    """Question and answer pairs, the answer shown exactly as typed."""
    for label, answer in rows:
        st.markdown(f"**{escape_markdown(label)}**  \n{escape_markdown(answer)}")


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
