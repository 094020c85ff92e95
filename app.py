"""SEN Support Guide: page setup and navigation by section; every screen lives in pages/."""

import streamlit as st

# No page_title here: each page keeps its own <title> (WCAG 2.4.2). An emoji icon needs no download.
st.set_page_config(page_icon="🧩", layout="centered")

navigation = st.navigation(
    {
        "": [
            st.Page("pages/home/home.py", title="Home", default=True),
            st.Page("pages/plan/start.py", title="Start or open a plan", url_path="start"),
        ],
        "Understand": [
            st.Page("pages/understand/sen_support.py", title="What SEN support is", url_path="sen-support"),
            st.Page(
                "pages/understand/graduated_approach.py", title="Assess, plan, do, review", url_path="apdr"
            ),
            st.Page("pages/understand/meetings.py", title="Meetings and your voice", url_path="your-voice"),
            st.Page(
                "pages/understand/not_working.py", title="When support is not working", url_path="not-working"
            ),
            st.Page("pages/understand/glossary.py", title="Glossary", url_path="glossary"),
        ],
        "Plan": [
            st.Page("pages/plan/pupil.py", title="Describe the pupil", url_path="pupil"),
            st.Page("pages/plan/needs.py", title="Needs", url_path="needs"),
        ],
    }
)
navigation.run()
