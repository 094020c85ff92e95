"""Provision: the extra help, as an editable table, with hours, cost and a wording check."""

import streamlit as st

from sen_guide import session
from sen_guide.content import page_words
from sen_guide.forms import form_spec
from sen_guide.plan_edits import replace_provision
from sen_guide.provision_checker import check_provision
from sen_guide.provision_table import provision_csv, provision_frame, rows_from_frame
from sen_guide.widgets.forms import edit_table
from sen_guide.widgets.provision import show_catalogue, show_provision_totals
from sen_guide.widgets.text import show_findings, show_notice, show_problems

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

show_findings(
    [finding for item in plan.provision for finding in check_provision(item)],
    words["checker_heading"],
    words["checker_clear"],
)
show_catalogue(plan, words)
show_provision_totals(plan, words)
st.download_button(
    words["csv_button"],
    data=provision_csv(plan, spec),
    file_name="provision.csv",
    mime="text/csv",
    on_click="ignore",
    key="provision_csv",
)
