"""Check your plan: every answer with a Change link, then the plan health check with its reasons."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.health_check import check_plan
from sen_guide.plan_summary import plan_sections
from sen_guide.widgets.lists import change_link
from sen_guide.widgets.text import show_findings, show_notice, show_summary_rows, show_user_text

PAGE = "pages/plan/check.py"
words = page_words("check")
plan = session.current_plan()
st.title(words["title"])
show_notice()
st.markdown(words["intro"])
for section in plan_sections(plan, words["not_provided"]):
    heading = words[f"{section.key}_heading"]
    st.subheader(heading)
    change_link(
        words["change_button"].format(section=heading.lower()),
        section.page,
        f"check_change_{section.key}",
        PAGE,
    )
    if not section.items:
        st.markdown(words["none_added"])
    for title, rows in section.items:
        with st.container(border=True):
            if title:
                show_user_text(title, bold=True)
            show_summary_rows(rows)

st.subheader(words["health_heading"])
st.markdown(words["health_intro"])
show_findings(check_plan(plan), words["health_heading"], words["health_clear"])
