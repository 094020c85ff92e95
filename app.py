"""SEN Support Guide: page setup and navigation by section; every screen lives in pages/."""

import streamlit as st

# No page_title here: each page keeps its own <title> (WCAG 2.4.2). An emoji icon needs no download.
st.set_page_config(page_icon="🧩", layout="centered")

navigation = st.navigation(
    {
        "": [st.Page("pages/home/home.py", title="Home", default=True)],
        "Plan": [st.Page("pages/plan/start.py", title="Start or open a plan", url_path="start")],
    }
)
navigation.run()
