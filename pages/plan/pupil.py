"""Describe the pupil: who they are, their strengths, and their own and their family's views."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.forms import form_spec
from sen_guide.plan import YEAR_GROUPS
from sen_guide.plan_edits import answer_form, apply_answers, problems_under
from sen_guide.widgets.forms import ask_questions, start_form_page

PAGE = "pupil"
spec, words = form_spec(PAGE), page_words(PAGE)
plan = session.current_plan()
problems = start_form_page(PAGE, spec, words)
if plan.pupil.is_young_person:
    st.info(f"**{words['young_person_heading']}**\n\n{words['young_person']}")
answers = ask_questions(
    spec,
    plan.pupil.model_dump(),
    problems_under(problems, PAGE),
    f"{PAGE}_{session.widget_version(PAGE)}",
    {"year_group": [(year, year) for year in YEAR_GROUPS]},
)
session.keep_typed_answers(apply_answers(plan, PAGE, answers))
if st.button(spec.save_button, type="primary", key="pupil_save"):
    session.finish_edit(PAGE, answer_form(plan, spec, PAGE, answers), spec.saved)
