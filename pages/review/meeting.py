"""Meeting details: when and where the next review meets, who comes, and any interpreter or access needs."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.dates import parse_clock
from sen_guide.meeting import meeting_details, set_meeting, split_attendees
from sen_guide.plan import Meeting
from sen_guide.review import review_words
from sen_guide.widgets.text import show_error_summary, show_notice

words = page_words("review_meeting")
plan = session.current_plan()
upcoming = plan.meeting or Meeting(date=plan.next_review_date)
key = f"review_meeting_{session.widget_version('review_meeting')}"  # drawn afresh when the plan changes
st.title(words["title"])
summary = st.container()
show_notice()
st.markdown(words["intro"])

day = st.date_input(words["date"], value=upcoming.date, format="DD/MM/YYYY", key=f"{key}_date")
st.caption(words["date_hint"])
start = st.time_input(words["time"], value=parse_clock(upcoming.time), step=300, key=f"{key}_time")
place = st.text_input(words["place"], value=upcoming.location, key=f"{key}_place")
st.caption(words["place_hint"])
minutes = st.number_input(
    words["length"],
    min_value=15,
    max_value=240,
    step=5,
    value=upcoming.length_minutes,
    key=f"{key}_length",
)
st.caption(words["length_hint"])

st.subheader(words["who_heading"])
st.markdown(words["who_hint"])
names, others = split_attendees(upcoming.attendees)
for number, role in enumerate(review_words().usual_roles):
    names[role] = st.text_input(role, value=names.get(role, ""), key=f"{key}_role_{number}")
others = st.text_area(words["others"], value=others, key=f"{key}_others")
st.caption(words["others_hint"])
access = st.text_area(words["access"], value=upcoming.access_needs, key=f"{key}_access")
st.caption(words["access_hint"])

if st.button(words["save_button"], type="primary", key="review_meeting_save"):
    details = meeting_details(day, start, place, minutes, names, others, access)
    result = set_meeting(plan, details)
    if result.plan is None:
        with summary:
            show_error_summary(words["problem_title"], result.summary)
    else:
        session.replace_plan(result.plan, words["saved"])
        st.rerun()
