"""Expected progress and review date, with the year's schedule of at least three meetings (Code 6.65)."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.dates import day_and_date
from sen_guide.forms import form_spec
from sen_guide.health_check import review_timing_findings
from sen_guide.plan_edits import answer_form, apply_answers, problems_under
from sen_guide.widgets.forms import ask_questions, start_form_page

PAGE = "progress"
spec, words = form_spec(PAGE), page_words(PAGE)
plan = session.current_plan()
problems = start_form_page(PAGE, spec, words)
answers = ask_questions(
    spec, plan.model_dump(), problems_under(problems, ""), f"{PAGE}_{session.widget_version(PAGE)}"
)
session.keep_typed_answers(apply_answers(plan, "", answers))
for finding in review_timing_findings(session.current_plan()):
    st.warning(f"{finding.message} {finding.why} ({finding.source})")
if st.button(spec.save_button, type="primary", key="progress_save"):
    session.finish_edit(PAGE, answer_form(plan, spec, "", answers), spec.saved)

st.subheader(words["schedule_heading"])
if plan.next_review_date is None:
    st.markdown(words["schedule_none"])
else:
    st.markdown(words["schedule_intro"])
    st.markdown("\n".join(f"1. {day_and_date(day)}" for day in plan.review_schedule()))
