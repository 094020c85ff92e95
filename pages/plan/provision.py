"""Provision: the extra help, as an editable table, with hours, cost and a wording check."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.forms import form_spec
from sen_guide.plan_edits import replace_provision
from sen_guide.provision_table import (
    hours_lines,
    is_over_threshold,
    provision_csv,
    provision_frame,
    rows_from_frame,
)
from sen_guide.widgets import edit_table, show_notice, show_problems

PAGE = "provision"
spec, words = form_spec(PAGE), page_words(PAGE)
plan = session.current_plan()
st.title(spec.title)
show_notice()
show_problems(session.problems_for(PAGE), words["problem_title"])
st.markdown(spec.intro_for(session.current_role()))  # type: ignore[arg-type]
st.caption(words["table_hint"])
choices = {
    "outcome_ids": [(outcome.id, f"{outcome.id}: {outcome.description[:50]}") for outcome in plan.outcomes]
}
edited = edit_table(
    provision_frame(plan, spec), spec, f"{PAGE}_table_{session.widget_version(PAGE)}", choices
)
if st.button(spec.save_button, type="primary", key="provision_save"):
    session.finish_edit(PAGE, replace_provision(plan, rows_from_frame(edited, plan)), spec.saved)

st.subheader(words["totals_heading"])
st.markdown("\n".join(f"- {line}" for line in hours_lines(plan, words)))
if plan.total_cost_gbp is not None:
    st.markdown(words["cost_line"].format(cost=f"{plan.total_cost_gbp:,.0f}"))
    if is_over_threshold(plan):
        st.warning(words["threshold_over"])
st.caption(words["threshold"])
st.download_button(
    words["csv_button"],
    data=provision_csv(plan, spec),
    file_name="provision.csv",
    mime="text/csv",
    on_click="ignore",
    key="provision_csv",
)
