"""Start or open a plan: blank, the example, an uploaded file; and download the current plan."""

import streamlit as st

from sen_guide import session
from sen_guide.cases import case_names, case_study
from sen_guide.content import page_words
from sen_guide.plan_file import dump_plan
from sen_guide.widgets.text import show_error_summary, show_notice, show_user_text

words = page_words("start")
st.title(words["title"])
show_notice()
plan = session.current_plan()

st.subheader(words["current_heading"])
if plan == type(plan)():
    st.markdown(words["current_blank"])
else:
    name = plan.pupil.name
    show_user_text(words["current_named"].format(name=name) if name else words["current_unnamed"])
    st.markdown(
        words["current_counts"].format(
            needs=len(plan.needs), outcomes=len(plan.outcomes), provision=len(plan.provision)
        )
    )

st.subheader(words["save_heading"])
st.markdown(words["save_hint"])
st.download_button(
    words["save_button"],
    data=dump_plan(plan),
    file_name="sen-support-plan.json",
    mime="application/json",
    on_click="ignore",
    key="start_download",
)

st.subheader(words["open_heading"])
st.caption(words["replace_warning"])
upload = st.file_uploader(words["open_label"], type=["json"], key="start_upload")
if upload is not None and st.button(words["open_button"], key="start_open"):
    problems = session.open_plan_file(upload.getvalue(), words["open_done"])
    if problems:
        show_error_summary(words["error_title"], problems, words["error_kept"])
    else:
        st.rerun()

st.subheader(words["new_heading"])
if st.button(words["blank_button"], key="start_blank"):
    session.start_blank_plan(words["blank_done"])
    st.rerun()
st.subheader(words["example_heading"])
st.markdown(words["example_hint"])
case = st.selectbox(
    words["example_label"], case_names(), format_func=lambda name: case_study(name).title, key="start_case"
)
if st.button(words["example_button"], key="start_example"):
    session.start_example_plan(case, words["example_done"].format(title=case_study(case).title))
    st.rerun()
