"""Record a review: progress on each outcome, whether the support happened, views, and what comes next."""

import streamlit as st

from sen_guide import review, session
from sen_guide.content import page_words
from sen_guide.widgets.review import ask_delivery, ask_outcome_review, show_rating_chart, tick_boxes
from sen_guide.widgets.text import show_error_summary, show_notice

words, choices = page_words("review_progress"), review.review_words()
plan = session.current_plan()
key = f"review_progress_{session.widget_version('review_progress')}"  # a fresh form after each review
st.title(words["title"])
summary = st.container()
show_notice()
st.markdown(words["intro"])
st.caption(words["keep_note"])
day = st.date_input(words["date"], value=plan.next_review_date, format="DD/MM/YYYY", key=f"{key}_date")

st.header(words["outcomes_heading"])
answers = [ask_outcome_review(n, outcome, words, key) for n, outcome in review.numbered_active_outcomes(plan)]
if not answers:
    st.info(words["no_outcomes"])
st.header(words["provision_heading"])
st.markdown(words["provision_intro"])
delivered = [ask_delivery(item, words, key) for item in plan.provision]

st.header(words["views_heading"])
texts = {name: st.text_area(words[name], key=f"{key}_{name}") for name in review.REVIEW_TEXTS}
st.markdown(words["reasons"])
reasons = tick_boxes(choices.reasons, f"{key}_reason")
st.header(words["next_heading"])
st.markdown(words["next_options"])
steps = tick_boxes(choices.next_steps, f"{key}_step")
texts["next_steps"] = st.text_area(words["next_notes"], key=f"{key}_next_steps")

if st.button(words["record_button"], type="primary", key="review_progress_record"):
    found = {"outcome_progress": [entry for entry, _ in answers], "provision_delivered": delivered}
    record = {"date": day, **found, **texts, "reasons_not_working": reasons, "next_step_options": steps}
    result = review.record_review(plan, record, {entry["outcome_id"]: choice for entry, choice in answers})
    if result.plan is None:
        with summary:
            show_error_summary(words["problem_title"], result.summary)
    else:
        session.bump_widget_version("review_progress")
        session.replace_plan(result.plan, words["recorded"].format(date=review.next_review_text(result.plan)))
        st.rerun()

show_rating_chart(plan, words)
