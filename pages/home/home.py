"""Home: who the app is for, what it does, and that nothing typed is stored."""

import streamlit as st

from sen_guide.content import page_words

words = page_words("home")
st.title(words["title"])
st.markdown(words["intro"])
st.subheader(words["who_heading"])
st.markdown(words["who"])
st.subheader(words["privacy_heading"])
st.markdown(words["privacy"])
if st.button(words["start_button"], type="primary"):
    st.switch_page("pages/plan/start.py")
