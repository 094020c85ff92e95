"""Questions to ask: built from the plan's gaps, then changed, added to or deleted before they are printed."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.forms import ROLES
from sen_guide.questions import edited_questions, questions_for
from sen_guide.widgets.text import show_notice

words = page_words("review_questions")
plan = session.current_plan()
st.title(words["title"])
show_notice()
st.markdown(words["intro"])

role = st.radio(
    words["role"],
    ROLES,
    index=ROLES.index(session.current_role()),
    format_func=lambda choice: words[f"role_{choice}"],
    horizontal=True,
    key="review_questions_role",
)
if role == "teacher":
    st.caption(words["role_teacher_note"])
saved = session.current_questions()
if saved is not None:
    st.info(words["edited_note"])
shown = saved if saved is not None else questions_for(plan, role)
# The key changes with the role and after each save, so the box is drawn afresh from the list it shows.
version = session.widget_version("review_questions")
text = st.text_area(
    words["label"], "\n\n".join(shown), height=320, max_chars=20_000, key=f"review_questions_{version}_{role}"
)
st.caption(words["hint"])

save, reset = st.columns(2)
if save.button(words["save_button"], type="primary", key="review_questions_save"):
    questions = edited_questions(text)
    session.replace_questions(questions)
    session.bump_widget_version("review_questions")
    session.replace_plan(plan, words["saved"].format(count=len(questions)))
    st.rerun()
if reset.button(words["reset_button"], key="review_questions_reset"):
    session.replace_questions(None)
    session.bump_widget_version("review_questions")
    session.replace_plan(plan, words["reset_done"])
    st.rerun()
