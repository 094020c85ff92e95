"""Reusable Streamlit pieces: the error summary, user text shown safely, the notice after a change."""

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from sen_guide.areas import area_label
from sen_guide.catalogue import catalogue, provision_catalogue
from sen_guide.content import page_words
from sen_guide.forms import FormSpec, Question
from sen_guide.guidance import guidance_page, next_guidance_page, page_path
from sen_guide.plain_text import escape_markdown
from sen_guide.plan import Outcome, Provision, SupportPlan
from sen_guide.plan_edits import EditResult, add_catalogue_example
from sen_guide.provision_table import hours_lines, is_over_threshold
from sen_guide.review import review_words
from sen_guide.review_chart import rating_chart, rating_table
from sen_guide.session import (
    choose_item,
    current_plan,
    current_role,
    finish_edit,
    set_return_page,
    start_blank_plan,
    take_notice,
)


def show_user_text(text: str, bold: bool = False) -> None:
    """Show text a user typed exactly as typed, never as Markdown or HTML."""
    st.markdown(f"**{escape_markdown(text)}**" if bold else escape_markdown(text))


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
    if question.kind == "dropdown":
        values = list(labels)
        index = values.index(value) if value in values else None
        return st.selectbox(label, values, index=index, key=key, format_func=labels.get)
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


def edit_table(frame: Any, spec: FormSpec, key: str, choices: Choices) -> Any:
    """An editable table whose columns are the form's questions; returns the edited table."""
    columns: dict[str, Any] = {"id": st.column_config.TextColumn("Id", disabled=True, width="small")}
    for question in spec.questions:
        hint = question.hint_for(current_role()) or None  # type: ignore[arg-type]
        columns[question.key] = _column(question, hint, choices.get(question.key, []))
    return st.data_editor(
        frame, column_config=columns, num_rows="dynamic", hide_index=True, key=key, width="stretch"
    )


def _column(question: Question, hint: str | None, options: list[tuple]) -> Any:
    config = st.column_config
    if question.kind == "number":
        return config.NumberColumn(
            question.label, help=hint, min_value=question.min_value, max_value=question.max_value
        )
    if question.kind == "date":
        return config.DateColumn(question.label, help=hint, format="DD/MM/YYYY")
    if question.kind == "choices":
        labels = {option[0]: option[1] for option in options}
        return config.MultiselectColumn(
            question.label,
            help=hint,
            options=list(labels),
            format_func=lambda value: labels.get(value, value),
        )
    return config.TextColumn(question.label, help=hint, max_chars=None)


def show_task(number: int, task: Any, status: str, role: str) -> None:
    """One row of the task list: a link to the step, its hint, and its status."""
    with st.container(border=True):
        link, state = st.columns([3, 1])
        link.page_link(task.page, label=f"{number}. {task.title}")
        link.caption(task.hint_for(role))
        state.markdown(f"**{status}**")


def show_rating_chart(plan: SupportPlan, words: dict[str, str]) -> None:
    """Each outcome's rating across the reviews as a chart, then the same as a table for screen readers."""
    st.header(words["chart_heading"])
    chart = rating_chart(plan, words)
    if chart is None:
        st.markdown(words["chart_none"])
        return
    st.altair_chart(chart, width="stretch")
    st.markdown(words["table_intro"])
    st.table(rating_table(plan, words))


def ask_outcome_review(
    number: int, outcome: Outcome, words: dict[str, str], key: str
) -> tuple[dict, str | None]:
    """One outcome at a review: its rating, the evidence, and what happens to it next."""
    labels = review_words()
    with st.container(border=True):
        st.subheader(words["outcome_name"].format(number=number))
        show_user_text(outcome.description)
        key = f"{key}_{outcome.id}"
        rating = st.radio(
            words["rating"], list(labels.ratings), None, labels.ratings.get, f"{key}_rating", horizontal=True
        )
        evidence = st.text_area(words["evidence"], key=f"{key}_evidence", help=words["evidence_hint"])
        decision = st.selectbox(
            words["decision"],
            list(labels.decisions),
            None,
            labels.decisions.get,
            f"{key}_decision",
            placeholder=words["decision_placeholder"],
        )
    return {"outcome_id": outcome.id, "rating": rating, "evidence": evidence}, decision


def ask_delivery(item: Provision, words: dict[str, str], key: str) -> dict:
    """Whether one provision item happened as planned, so "did not work" is told apart from "did not happen"."""
    labels = review_words().as_planned
    with st.container(border=True):
        show_user_text(item.what or item.id)
        key = f"{key}_{item.id}"
        happened = st.radio(
            words["as_planned"], list(labels), None, labels.get, f"{key}_planned", horizontal=True
        )
        missed = st.number_input(words["missed"], min_value=0, max_value=500, value=None, key=f"{key}_missed")
        notes = st.text_input(words["notes"], key=f"{key}_notes")
    return {"provision_id": item.id, "as_planned": happened, "sessions_missed": missed, "notes": notes}


def tick_boxes(labels: dict[str, str], key: str) -> list[str]:
    """A checkbox for each option, all in view; returns the keys of the ticked ones."""
    return [value for value, label in labels.items() if st.checkbox(label, key=f"{key}_{value}")]


def show_findings(findings: list, heading: str, all_clear: str) -> None:
    """What a checker found: each message with why it matters and its source; or that all is clear."""
    st.markdown(f"**{escape_markdown(heading)}**")
    if not findings:
        st.success(escape_markdown(all_clear), icon="✅")
    for finding in findings:
        head = f"{finding.item_id}: " if finding.item_id else ""
        text = f"**{escape_markdown(head + finding.message)}**  \n{escape_markdown(finding.why)} ({finding.source})"
        (st.warning if finding.severity == "problem" else st.info)(text, icon="💡")


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


def show_provision_totals(plan: SupportPlan, words: dict[str, str]) -> None:
    """Hours per item and in total, the cost where given, and the £6,000 threshold in plain words."""
    st.subheader(words["totals_heading"])
    st.markdown("\n".join(f"- {escape_markdown(line)}" for line in hours_lines(plan, words)))
    if plan.total_cost_gbp is not None:
        st.markdown(escape_markdown(words["cost_line"].format(cost=f"{plan.total_cost_gbp:,.0f}")))
        if is_over_threshold(plan):
            st.warning(words["threshold_over"])
    st.caption(words["threshold"])


def show_catalogue(plan: SupportPlan, words: dict[str, str]) -> None:
    """Examples of provision for the plan's areas of need, each added to the table in one click."""
    book = catalogue()
    areas = {need.area for need in plan.needs if need.area}
    with st.expander(words["catalogue_heading"]):
        st.markdown(book.notice)
        if not areas:
            st.markdown(words["catalogue_no_needs"])
        for entry in provision_catalogue(areas):
            with st.container(border=True):
                st.markdown(f"**{entry.what}**  \n{entry.why}")
                st.caption(f"{area_label(entry.area)} · {book.availability_labels[entry.availability]}")
                if st.button(words["catalogue_add"].format(what=entry.what), key=f"provision_add_{entry.id}"):
                    finish_edit(
                        "provision", add_catalogue_example(current_plan(), entry), words["catalogue_added"]
                    )
