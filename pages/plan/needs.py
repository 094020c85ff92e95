"""Needs: add, change and remove the pupil's needs, each in one of the four broad areas."""

import streamlit as st

from sen_guide import session
from sen_guide.areas import area_choices, area_label
from sen_guide.content import page_words
from sen_guide.forms import form_spec, summary_rows
from sen_guide.live_checks import findings_for_answers
from sen_guide.need_checker import check_need
from sen_guide.plan import Need
from sen_guide.plan_edits import answer_form, item_place, next_id, problems_under, remove_need
from sen_guide.widgets.forms import ask_questions, start_form_page
from sen_guide.widgets.lists import show_item_list
from sen_guide.widgets.text import show_findings

PAGE = "needs"
spec, words = form_spec(PAGE), page_words(PAGE)
plan = session.current_plan()
problems = start_form_page(PAGE, spec, words)

st.subheader(words["list_heading"])
show_item_list(
    PAGE,
    plan.needs,
    words,
    lambda need: f"{need.id}: {area_label(need.area)}",
    lambda need: summary_rows(spec, need.model_dump(), {"area": area_choices()}, words["not_provided"]),
    remove_need,
)

chosen = session.chosen_item(PAGE)
need = next((need for need in plan.needs if need.id == chosen), None)
item_id = need.id if need else next_id(plan, PAGE, "N")
st.subheader(words["change_heading"].format(id=item_id) if need else words["add_heading"])
answers = ask_questions(
    spec,
    need.model_dump() if need else {},
    problems_under(problems, item_place(plan, PAGE, item_id)),
    f"{PAGE}_{session.widget_version(PAGE)}",
    {"area": area_choices()},
)
show_findings(
    findings_for_answers(Need, {"id": item_id, **answers}, check_need),
    words["checker_heading"],
    words["checker_clear"],
)
if st.button(spec.save_button, type="primary", key="needs_save"):
    session.finish_edit(PAGE, answer_form(plan, spec, PAGE, {"id": item_id, **answers}), spec.saved)
