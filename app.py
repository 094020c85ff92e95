"""SEN Support Guide: page setup and navigation by section; every screen lives in pages/."""

import streamlit as st

from sen_guide.content import page_words
from sen_guide.session import keep_draft_in_browser
from sen_guide.widgets.lists import show_device_controls

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
            st.Page("pages/plan/tasks.py", title="Your plan: steps", url_path="plan"),
            st.Page("pages/plan/pupil.py", title="Describe the pupil", url_path="pupil"),
            st.Page("pages/plan/needs.py", title="Needs", url_path="needs"),
            st.Page("pages/plan/outcomes.py", title="Outcomes", url_path="outcomes"),
            st.Page("pages/plan/provision.py", title="Provision", url_path="provision"),
            st.Page(
                "pages/plan/review_date.py", title="Expected progress and review date", url_path="review-date"
            ),
            st.Page("pages/plan/check.py", title="Check your plan", url_path="check"),
        ],
        "Review": [
            st.Page("pages/review/meeting.py", title="Meeting details", url_path="meeting"),
            st.Page("pages/review/progress.py", title="Record a review", url_path="progress"),
            st.Page("pages/review/questions.py", title="Questions to ask", url_path="questions"),
            st.Page("pages/review/export.py", title="Download the agenda", url_path="export"),
        ],
    },
    expanded=True,
)
device_words = page_words("device")
show_device_controls(device_words)
navigation.run()
keep_draft_in_browser(device_words["restored"])
