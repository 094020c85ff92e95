"""The review pages' pieces: the rating chart with its table, outcome and delivery questions."""

import streamlit as st

from sen_guide.plan import Outcome, Provision, SupportPlan
from sen_guide.review import review_words
from sen_guide.review_chart import rating_chart, rating_table
from sen_guide.widgets.text import show_user_text


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
            lambda decision: labels.decisions.get(decision, decision),
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
