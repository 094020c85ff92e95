"""Home: who the app is for, what it does, and that nothing typed is stored."""

import streamlit as st

from sen_guide.content import page_words

words = page_words("home")
st.title(words["title"])
st.markdown(words["intro"])
if st.button(words["start_button"], type="primary"):
    st.switch_page("pages/plan/start.py")
st.subheader(words["who_heading"])
st.markdown(words["who"])
st.subheader(words["do_heading"])
st.page_link("pages/understand/sen_support.py", label=words["understand_link"])
st.page_link("pages/plan/tasks.py", label=words["plan_link"])
st.page_link("pages/review/meeting.py", label=words["review_link"])
st.subheader(words["privacy_heading"])
st.markdown(words["privacy"])
