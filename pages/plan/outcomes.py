"""Outcomes: what the pupil should be able to do by a date, linked to needs, checked as you type."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.forms import form_spec, summary_rows
from sen_guide.live_checks import findings_for_answers
from sen_guide.outcome_checker import check_outcome, outcome_sentence_frame
from sen_guide.plan import Outcome
from sen_guide.plan_edits import (
    answer_form,
    item_place,
    next_id,
    outcome_defaults,
    problems_under,
    remove_outcome,
)
from sen_guide.plan_summary import status_choices
from sen_guide.widgets.forms import ask_questions, start_form_page
from sen_guide.widgets.lists import show_item_list
from sen_guide.widgets.text import show_findings

PAGE = "outcomes"
spec, words = form_spec(PAGE), page_words(PAGE)
plan = session.current_plan()
problems = start_form_page(PAGE, spec, words)
if not plan.needs:
    st.info(words["no_needs"])
if len(plan.active_outcomes()) > 4:
    st.warning(words["too_many"].format(count=len(plan.active_outcomes())))

choices = {
    "need_ids": [(need.id, f"{need.id}: {need.description[:60]}") for need in plan.needs],
    "status": status_choices(),
}
st.subheader(words["list_heading"])
show_item_list(
    PAGE,
    plan.outcomes,
    words,
    lambda outcome: outcome.id,
    lambda outcome: summary_rows(spec, outcome.model_dump(), choices, words["not_provided"]),
    remove_outcome,
)

chosen = session.chosen_item(PAGE)
outcome = next((outcome for outcome in plan.outcomes if outcome.id == chosen), None)
item_id = outcome.id if outcome else next_id(plan, PAGE, "O")
st.subheader(words["change_heading"].format(id=item_id) if outcome else words["add_heading"])
st.info(outcome_sentence_frame())
answers = ask_questions(
    spec,
    outcome.model_dump() if outcome else outcome_defaults(plan),
    problems_under(problems, item_place(plan, PAGE, item_id)),
    f"{PAGE}_{session.widget_version(PAGE)}",
    choices,
)
show_findings(
    findings_for_answers(Outcome, {"id": item_id, **answers}, check_outcome, plan),
    words["checker_heading"],
    words["checker_clear"],
)
if st.button(spec.save_button, type="primary", key="outcomes_save"):
    session.finish_edit(PAGE, answer_form(plan, spec, PAGE, {"id": item_id, **answers}), spec.saved)
