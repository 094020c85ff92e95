"""Questions drawn from forms-as-data (content/forms), and the editable table built from the same."""

import datetime as dt
from typing import Any

import streamlit as st

from sen_guide.forms import FormSpec, Question
from sen_guide.plain_text import escape_markdown
from sen_guide.session import current_role, problems_for
from sen_guide.widgets.text import show_notice, show_problems

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


def _ask(question: Question, value: Any, key: str, options: list[tuple]) -> object:
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

    def label_of(option: object) -> str:
        return str(labels.get(option, option))

    if question.kind == "choice":
        values = list(labels)
        index = values.index(value) if value in values else None
        captions = [option[2] if len(option) > 2 else "" for option in options]
        return st.radio(label, values, index=index, key=key, format_func=label_of, captions=captions)
    if question.kind == "dropdown":
        values = list(labels)
        index = values.index(value) if value in values else None
        return st.selectbox(label, values, index=index, key=key, format_func=label_of)  # type: ignore[arg-type]
    if question.kind == "choices":
        return st.multiselect(
            label,
            list(labels),
            default=[v for v in (value or []) if v in labels],
            key=key,
            format_func=label_of,
        )
    return st.text_input(label, value=value or "", key=key)


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


def start_form_page(page: str, spec: FormSpec, words: dict[str, str]) -> dict[str, str]:
    """The top of a form page: title, last notice, error summary, intro for the role; returns the problems."""
    st.title(spec.title)
    show_notice()
    problems = problems_for(page)
    show_problems(problems, words["problem_title"])
    st.markdown(spec.intro_for(current_role()))  # type: ignore[arg-type]
    return problems
